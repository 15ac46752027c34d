#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rewrites tests/data/reference/*.ref from tests/data/input/*.txt with the
# matcher and rules as they are now, like KSyntaxHighlighting's
# update-reference-data.sh. Read `git diff tests/data/reference` before
# committing: a reference is only worth what its review was.
#
# Usage: tests/data/update-references.sh [BUILD_DIR]    (default: build)
set -euo pipefail

data_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$data_dir/../.." && pwd)"
build_dir="$(cd "${1:-$source_dir/build}" && pwd)"

cmake --build "$build_dir" --target tst_highlight_golden

# A reference whose input is gone would never be compared again.
for ref in "$data_dir"/reference/*.ref; do
    [ -e "$ref" ] || continue
    name="$(basename "$ref" .ref)"
    [ -e "$data_dir/input/$name.txt" ] || rm -v -- "$ref"
done

VEILLE_UPDATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build_dir/tests/core/tst_highlight_golden"

git -C "$source_dir" --no-pager diff --stat -- tests/data/reference || true
