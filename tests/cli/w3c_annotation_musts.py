#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the MUST lists of the W3C Web Annotation test suite on a JSON-LD export.

    w3c_annotation_musts.py --suite DIR FILE.jsonld
        checks an AnnotationCollection that is already written;
    w3c_annotation_musts.py --suite DIR --cli VEILLE_CLI
        first makes one with veille-cli: a temporary database, imported
        articles, a passage with a note and tags, one with a label.

The suite (w3c/web-annotation-tests) is a set of JSON Schemas (draft 4).
Each .test file lists assertions; this script reads those lists the way the
suite's harness (JSONtest.js in web-platform-tests) does:
  - a string names an assertion file: relative to the suite's root when it
    has a slash, to the .test file's folder otherwise;
  - an object with "assertionFile" loads that file and overrides its keys;
  - an object with "assertions" and "compareWith" (and, or) is one
    assertion whose result combines those of its list (whose own results
    are printed, but only the combination passes or fails);
  - a nested list is a group: "skip" stays inside it, "abort" ends all;
  - the result is whether the schema's verdict is the "expectedResult"
    (valid by default); an unexpected one fails ("fail...") or not
    ("pass..."), then continues, skips the rest of the group or aborts, as
    "onUnexpectedResult" says (failAndContinue by default);
  - failures of the assertion types in the .test's "skipFailures" do not
    count; every assertion type is "must" by default.
"$ref"s are resolved inside the suite folder, to definitions/*.json and to
assertions, by file name or by "id" (one id differs from its file name in
case).

Embedded annotations and the page inherit the collection's @context, so the
assertions that require an "@context" of the object itself are reported N/A
for them (SOURCE.md of the suite's copy says the same; the W3C's own sample
collection fails them too). The page is checked twice: embedded in the
collection, the form its .test asks for, and alone.

Exit status: 0 when every MUST holds, 1 when one fails, 77 (ctest's skip)
when the suite or python3-jsonschema is missing, 2 on any other error.
"""

import argparse
import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings
from datetime import datetime

SKIP = 77

try:
    import jsonschema

    # RefResolver is deprecated in recent jsonschema, but it is the only API
    # of the version Debian 12 ships.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        RefResolver = jsonschema.RefResolver
except ImportError:
    print("SKIP: python3-jsonschema is not installed")
    sys.exit(SKIP)

MUST_LISTS = {
    "annotation": "annotations/annotationMusts.test",
    "collection": "collections/collectionMusts.test",
    "page": "collections/pages/pageMusts.test",
}

# --- formats ---------------------------------------------------------------
# Draft 4 defines "uri" as RFC 3986 and "date-time" as RFC 3339. The suite's
# harness (Ajv) checks both; python-jsonschema checks them only when optional
# modules are installed, and silently passes otherwise. These checks make the
# verdict the same on every machine.

_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|" + _PCT + r")"
_REG_NAME = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=]|" + _PCT + r")*"
_USERINFO = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|" + _PCT + r")*"
_IP_LITERAL = r"\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]"
_AUTHORITY = r"(?:" + _USERINFO + r"@)?(?:" + _IP_LITERAL + r"|" + _REG_NAME + r")(?::[0-9]*)?"
_SEGMENTS = r"(?:/" + _PCHAR + r"*)*"
_HIER_PART = (r"(?://" + _AUTHORITY + _SEGMENTS + r"|/(?:" + _PCHAR + r"+" + _SEGMENTS + r")?|"
              + _PCHAR + r"+" + _SEGMENTS + r"|)")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+\-.]*:" + _HIER_PART + r"(?:\?(?:" + _PCHAR + r"|[/?])*)?(?:#(?:"
                  + _PCHAR + r"|[/?])*)?\Z")
_DATE_TIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.\d+)?"
                        r"(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)\Z")


def format_checker():
    checker = jsonschema.FormatChecker()

    @checker.checks("uri")
    def is_uri(value):
        return not isinstance(value, str) or _URI.match(value) is not None

    @checker.checks("date-time")
    def is_date_time(value):
        if not isinstance(value, str):
            return True
        match = _DATE_TIME.match(value)
        if not match:
            return False
        year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
        try:  # RFC 3339 allows a leap second, which datetime does not
            datetime(year, month, day, hour, minute, min(second, 59))
        except ValueError:
            return False
        return second <= 60

    return checker


# --- the suite ---------------------------------------------------------------


class Suite:
    """The schemas of the suite folder, by file name and by id."""

    def __init__(self, root):
        self.root = root
        self.store = {}
        for folder, _, files in os.walk(root):
            for name in sorted(files):
                if name.endswith(".json"):
                    self._remember(os.path.join(folder, name))
        self.checker = format_checker()

    def _remember(self, path):
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        # By file name and by id: they differ in case for one assertion.
        self.store.setdefault(os.path.basename(path), schema)
        schema_id = schema.get("id") if isinstance(schema, dict) else None
        if isinstance(schema_id, str):
            self.store.setdefault(schema_id, schema)

    def load_json(self, relative):
        with open(os.path.join(self.root, relative), encoding="utf-8") as f:
            return json.load(f)

    def validate(self, schema, instance):
        """The errors of instance against schema, shortened: none when valid."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            resolver = RefResolver(base_uri=schema.get("id", ""), referrer=schema, store=self.store)
            validator = jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=self.checker)
            return [shorten(error.message) for error in validator.iter_errors(instance)]


def shorten(text, limit=160):
    return text if len(text) <= limit else text[:limit] + "…"


# --- running an assertion list (JSONtest.js) -----------------------------------

ACTIONS = {"Continue": "continue", "Skip": "skip", "Abort": "abort"}


def unexpected(assertion):
    """(counts as a failure, next action) after an unexpected result."""
    value = assertion.get("onUnexpectedResult", "failAndContinue")
    match = re.fullmatch(r"(fail|pass)And(Continue|Skip|Abort)", value)
    if not match:
        return True, "continue"
    return match.group(1) == "fail", ACTIONS[match.group(2)]


class Run:
    """One .test list on one JSON object; collects the report lines."""

    def __init__(self, suite, test_file, target, instance, embedded):
        self.suite = suite
        self.test_dir = os.path.dirname(test_file)
        self.test = suite.load_json(test_file)
        self.skip_failures = set(self.test.get("skipFailures", []))
        self.target = target
        self.instance = instance
        self.embedded = embedded
        self.lines = []
        self.counts = {"pass": 0, "fail": 0, "skipped": 0, "n/a": 0}
        self.must_failures = 0
        self.in_condition = 0  # the children of a condition object only feed its result

    def run(self):
        self.run_list(self.test["assertions"], "continue")
        return self

    def load(self, entry):
        if isinstance(entry, str):
            relative = entry if "/" in entry else os.path.join(self.test_dir, entry)
            assertion = self.suite.load_json(relative)
            assertion["assertionFile"] = entry
            return assertion
        if "assertionFile" in entry:
            assertion = self.load(entry["assertionFile"])
            assertion.update({k: v for k, v in entry.items() if k != "assertionFile"})
            return assertion
        return entry

    def run_list(self, entries, action):
        """Runs a list from action; returns (action after it, results)."""
        results = []
        for entry in entries:
            if action == "abort":
                break
            if isinstance(entry, list):
                inner, _ = self.run_list(entry, action)
                action = "abort" if inner == "abort" else action
                continue
            assertion = self.load(entry)
            if isinstance(assertion.get("assertions"), list):
                action, result = self.run_condition(assertion, action)
            else:
                action, result = self.run_schema(assertion, action)
            if result is not None:
                results.append(result)
        return action, results

    def run_condition(self, assertion, action):
        self.in_condition += 1
        inner, results = self.run_list(assertion["assertions"], action)
        self.in_condition -= 1
        if inner == "abort":
            return "abort", None
        either = assertion.get("compareWith", "and") == "or"
        result = any(results) if either else all(results)
        return self.report(assertion, action, result, [] if result else ["no option held"])

    def run_schema(self, assertion, action):
        if self.embedded and "@context" not in self.instance and "@context" in assertion.get("required", []):
            self.line("N/A", assertion, "inherits the collection's @context")
            self.counts["n/a"] += 1
            return action, None
        if action != "continue":
            return self.report(assertion, action, None, [])
        schema = copy.deepcopy(assertion)
        schema.pop("assertionFile", None)
        errors = self.suite.validate(schema, self.instance)
        expected_valid = assertion.get("expectedResult", "valid") == "valid"
        return self.report(assertion, action, (not errors) == expected_valid, errors)

    def report(self, assertion, action, result, errors):
        if result is None:
            self.line("SKIPPED", assertion)
            self.counts["skipped"] += 1
            return action, None
        if self.in_condition:
            self.line("  yes" if result else "  no", assertion)
            return ("continue", True) if result else (unexpected(assertion)[1], False)
        if result:
            self.line("PASS", assertion)
            self.counts["pass"] += 1
            return "continue", True
        counts_as_failure, next_action = unexpected(assertion)
        kind = assertion.get("assertionType", "must")
        if counts_as_failure and kind not in self.skip_failures:
            self.line("FAIL", assertion, assertion.get("errorMessage", "") + " " + "; ".join(errors[:3]))
            self.counts["fail"] += 1
            self.must_failures += kind == "must"
        else:
            self.line("PASS", assertion, "unexpected result, " + assertion.get("onUnexpectedResult", ""))
            self.counts["pass"] += 1
        return next_action, False

    def line(self, verdict, assertion, why=""):
        name = assertion.get("assertionFile") or assertion.get("title", "inline assertion")
        self.lines.append("%-7s %-16s %s%s" % (verdict, self.target, name, "  (" + why.strip() + ")" if why else ""))


# --- what is checked ---------------------------------------------------------------


def targets(document):
    """(name, must list, object, embedded) for the collection, its page and items."""
    page = document.get("first") if isinstance(document.get("first"), dict) else None
    found = [("collection", "collection", document, False)]
    if page is not None:
        found += [("collection+page", "page", document, False), ("page", "page", page, True)]
        for index, item in enumerate(page.get("items", [])):
            if isinstance(item, dict):
                found.append(("annotation %d" % (index + 1), "annotation", item, True))
    return found


def check(suite, document):
    """Prints each assertion's verdict and the totals; returns the MUST failures."""
    runs = [Run(suite, MUST_LISTS[kind], name, instance, embedded).run()
            for name, kind, instance, embedded in targets(document)]
    for run in runs:
        print("\n".join(run.lines))
    total = {key: sum(run.counts[key] for run in runs) for key in runs[0].counts}
    failures = sum(run.must_failures for run in runs)
    held = total["pass"]
    print("%d of %d assertions hold (%d failed, %d skipped, %d not applicable); %d MUST failures"
          % (held, held + total["fail"], total["fail"], total["skipped"], total["n/a"], failures))
    return failures


# --- making an export with veille-cli ---------------------------------------------

ARTICLES = {
    # A space and accents in the file name: the target's source must still be a URI.
    "corpus/Cérémonie à Hanoï.txt": " date 2025-05-13 Intel et Qualcomm au Vietnam \U0001F680\n\n"
    "Le \U0001F680 groupe Intel a annoncé un investissement à Hô Chi Minh-Ville.\n\n"
    "Qualcomm ouvre un centre de recherche à Hanoï. Le groupe Intel suit.\n\nVNA/CVN\n",
    "corpus/b.txt": " date 2025-06-02 Amkor à Bac Ninh\n\n"
    "Amkor inaugure une usine d’assemblage à Bac Ninh.\n\nVNA\n",
}


def cli(executable, home, *arguments):
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"), LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    done = subprocess.run([executable, "--db", os.path.join(home, "veille.sqlite")] + list(arguments),
                          env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError("veille-cli %s failed: %s" % (" ".join(arguments), done.stderr.strip()))
    return done.stdout


def export_with(executable, home):
    """The JSON-LD export of two passages bookmarked on imported articles."""
    for name, text in ARTICLES.items():
        os.makedirs(os.path.join(home, os.path.dirname(name)), exist_ok=True)
        with open(os.path.join(home, name), "w", encoding="utf-8") as f:
            f.write(text)
    cli(executable, home, "import", os.path.join(home, "corpus"))
    ids = {a["title"]: str(a["id"]) for a in json.loads(cli(executable, home, "list", "--json"))}
    cli(executable, home, "bookmarks", "add", ids["Intel et Qualcomm au Vietnam \U0001F680"], "--quote",
        "groupe Intel", "--occurrence", "2", "--note", "Le second, après \U0001F680", "--tag", "intel")
    cli(executable, home, "bookmarks", "add", ids["Amkor à Bac Ninh"], "--quote", "usine d’assemblage",
        "--label", "question")
    out = os.path.join(home, "passages.jsonld")
    cli(executable, home, "bookmarks", "export", "--format", "jsonld", "--out", out)
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def has_both_kinds(document):
    """Whether the export holds the two passages: one with a note, one with a label."""
    items = document.get("first", {}).get("items", [])
    purposes = [body.get("purpose") for item in items for body in item.get("body", [])]
    return len(items) == 2 and "commenting" in purposes and "classifying" in purposes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", required=True, help="the web-annotation-tests folder")
    parser.add_argument("--cli", help="veille-cli, to make the export")
    parser.add_argument("export", nargs="?", help="a JSON-LD AnnotationCollection")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.suite, MUST_LISTS["annotation"])):
        print("SKIP: no W3C Web Annotation test suite in %s" % args.suite)
        return SKIP
    if bool(args.cli) == bool(args.export):
        parser.error("give either an export or --cli")
    suite = Suite(args.suite)
    if args.export:
        with open(args.export, encoding="utf-8") as f:
            return 1 if check(suite, json.load(f)) else 0
    with tempfile.TemporaryDirectory() as home:
        document = export_with(args.cli, home)
    if not has_both_kinds(document):
        print("FAIL: the export does not hold the two passages (a note, a label)")
        return 1
    return 1 if check(suite, document) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (OSError, RuntimeError, ValueError, KeyError, subprocess.SubprocessError) as error:
        print("ERROR: %s" % error)
        sys.exit(2)
