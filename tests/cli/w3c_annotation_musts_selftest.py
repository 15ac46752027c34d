#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Proves that w3c_annotation_musts.py reads assertion lists the way the
suite's harness does, on a small suite of its own in a temporary folder:
expected results, skip and abort, condition objects, overridden assertion
files, "pass..." actions, skipFailures, references, and formats."""

import importlib.util
import json
import os
import sys
import tempfile
import unittest

_SPEC = importlib.util.spec_from_file_location(
    "w3c_annotation_musts", os.path.join(os.path.dirname(os.path.abspath(__file__)), "w3c_annotation_musts.py"))
musts = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(musts)


def requires(key, **extra):
    return dict({"type": "object", "required": [key]}, **extra)


ASSERTIONS = {
    "a/hasA.json": requires("a", id="hasA.json"),
    "a/hasB.json": requires("b", id="hasB.json"),
    "a/hasC.json": requires("c", id="hasC.json"),
    "a/hasX-skip.json": requires("x", id="hasX-skip.json", onUnexpectedResult="failAndSkip"),
    "a/hasX-abort.json": requires("x", id="hasX-abort.json", onUnexpectedResult="failAndAbort"),
    "a/hasX-optional.json": requires("x", id="hasX-optional.json", onUnexpectedResult="passAndContinue"),
    "a/hasX-should.json": requires("x", id="hasX-should.json", assertionType="should"),
    "a/noX.json": requires("x", id="noX.json", expectedResult="invalid"),
    # An id that differs from its file name in case, as one of the suite's does.
    "a/UpperCase.json": {"id": "upperCase.json", "definitions": {"a": requires("a")}},
    "a/byId.json": {"id": "byId.json", "$ref": "upperCase.json#/definitions/a"},
    "a/byFileName.json": {"id": "byFileName.json", "$ref": "UpperCase.json#/definitions/a"},
    "a/byDefinition.json": {"id": "byDefinition.json", "$ref": "defs.json#/definitions/uri"},
    "definitions/defs.json": {"id": "defs.json", "definitions": {"uri": {
        "type": "object", "properties": {"id": {"type": "string", "format": "uri"},
                                         "created": {"type": "string", "format": "date-time"}}}}},
}


class Harness(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        for name, schema in ASSERTIONS.items():
            os.makedirs(os.path.join(cls.folder.name, os.path.dirname(name)), exist_ok=True)
            with open(os.path.join(cls.folder.name, name), "w", encoding="utf-8") as f:
                json.dump(schema, f)
        cls.suite = musts.Suite(cls.folder.name)

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def run_list(self, assertions, instance, skip_failures=None, embedded=False):
        test = {"assertions": assertions}
        if skip_failures:
            test["skipFailures"] = skip_failures
        with open(os.path.join(self.folder.name, "a/t.test"), "w", encoding="utf-8") as f:
            json.dump(test, f)
        return musts.Run(self.suite, "a/t.test", "x", instance, embedded).run()

    def verdicts(self, run):
        return [line.split()[0] + " " + line.split()[2] for line in run.lines]

    def test_expected_invalid_passes_when_invalid(self):
        run = self.run_list(["a/noX.json"], {"a": 1})
        self.assertEqual(self.verdicts(run), ["PASS a/noX.json"])
        self.assertEqual(self.run_list(["a/noX.json"], {"x": 1}).must_failures, 1)

    def test_skip_stays_in_its_group(self):
        run = self.run_list([["a/hasX-skip.json", "a/hasA.json"], "a/hasB.json"], {"a": 1})
        self.assertEqual(self.verdicts(run), ["FAIL a/hasX-skip.json", "SKIPPED a/hasA.json", "FAIL a/hasB.json"])
        self.assertEqual(run.must_failures, 2)

    def test_abort_ends_every_list(self):
        run = self.run_list([["a/hasX-abort.json", "a/hasA.json"], "a/hasB.json"], {"a": 1, "b": 1})
        self.assertEqual(self.verdicts(run), ["FAIL a/hasX-abort.json"])

    def test_or_condition_holds_when_one_child_does(self):
        condition = {"title": "a or b", "compareWith": "or", "assertions": ["a/hasA.json", "a/hasB.json"]}
        run = self.run_list([condition], {"b": 1})
        self.assertEqual(self.verdicts(run), ["no a/hasA.json", "yes a/hasB.json", "PASS a"])
        self.assertEqual(run.must_failures, 0)
        condition["compareWith"] = "and"
        self.assertEqual(self.run_list([condition], {"b": 1}).must_failures, 1)

    def test_assertion_file_keys_are_overridden(self):
        run = self.run_list([{"assertionFile": "a/hasA.json", "expectedResult": "invalid"}], {"b": 1})
        self.assertEqual(self.verdicts(run), ["PASS a/hasA.json"])

    def test_pass_actions_and_skip_failures_do_not_fail_the_run(self):
        self.assertEqual(self.run_list(["a/hasX-optional.json"], {}).must_failures, 0)
        self.assertEqual(self.run_list(["a/hasX-should.json"], {}, skip_failures=["should"]).counts["fail"], 0)
        self.assertEqual(self.run_list(["a/hasX-should.json"], {}).must_failures, 0)

    def test_references_by_id_and_by_file_name(self):
        for name in ("a/byId.json", "a/byFileName.json"):
            with self.subTest(name=name):
                self.assertEqual(self.verdicts(self.run_list([name], {"a": 1})), ["PASS " + name])
                self.assertEqual(self.run_list([name], {"b": 1}).must_failures, 1)

    def test_embedded_objects_inherit_the_context(self):
        context = requires("@context", id="context.json")
        run = self.run_list([context], {"a": 1}, embedded=True)
        self.assertEqual(run.counts["n/a"], 1)
        self.assertEqual(self.run_list([context], {"a": 1}).must_failures, 1)

    def test_formats(self):
        cases = [({"id": "urn:veille:collection:0f8fad5b-d9cb-469f-a165-70867728950e"}, 0),
                 ({"id": "file:///tmp/R%C3%A9vue%20de%20presse/a.txt"}, 0),
                 ({"id": "file:///tmp/Revue de presse/a.txt"}, 1),
                 ({"id": "file:///tmp/Révue/a.txt"}, 1),
                 ({"id": "no-scheme"}, 1),
                 ({"created": "2026-12-06T06:00:18Z"}, 0),
                 ({"created": "2026-12-06T07:00:18+01:00"}, 0),
                 ({"created": "2026-12-06T07:00:18+24:00"}, 1),
                 ({"created": "2026-12-06 06:00:18Z"}, 1),
                 ({"created": "2026-02-30T06:00:18Z"}, 1),
                 ({"created": ""}, 1)]
        for instance, failures in cases:
            with self.subTest(instance=instance):
                self.assertEqual(self.run_list(["a/byDefinition.json"], instance).must_failures, failures)


if __name__ == "__main__":
    sys.exit(0 if unittest.main(exit=False, verbosity=2).result.wasSuccessful() else 1)
