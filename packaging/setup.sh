#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/setup.sh       install what is missing, build, start Veille on the sample corpus
# packaging/setup.sh test  install what is missing, build the Qt 6 configuration with
#                          AddressSanitizer + UBSan and the Qt 5 one, both with warnings
#                          as errors, and run every test in both; then each libFuzzer
#                          harness for 30 s; prints each stage's time
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
jobs=$(nproc 2>/dev/null || echo 2)

common=(cmake ninja-build g++ pkg-config sqlite3 libsqlite3-dev iso-codes)
qt6=(qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev)
qt5=(qtbase5-dev libqt5sql5-sqlite libqt5sql5-psql libqt5svg5 libqt5charts5-dev qttools5-dev qttools5-dev-tools
     libkf5syntaxhighlighting-dev extra-cmake-modules)
checks=(appstream desktop-file-utils reuse python3-jsonschema)
fuzz=(clang libfuzzer-14-dev)
# The team server's tests start a real PostgreSQL 15 (unaccent is in contrib).
postgres=(postgresql-15 postgresql-contrib)

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # build DIR QT_MAJOR_VERSION [cmake options...]
    local dir=$1 qt=$2
    shift 2
    # &&, not two lines: set -e does not apply inside `timed build ... || ...`
    cmake -S "$root" -B "$dir" -G Ninja -DQT_MAJOR_VERSION="$qt" "$@" &&
        cmake --build "$dir" -j "$jobs"
}

# Stage timings: "stage NAME: N s" as each ends, and a summary at the end.
stage_names=()
stage_seconds=()
timed() { # timed NAME command... ; returns the command's status
    local name=$1 start=$SECONDS rc=0
    shift
    "$@" || rc=$?
    stage_names+=("$name")
    stage_seconds+=($((SECONDS - start)))
    echo "stage $name: $((SECONDS - start)) s (rc $rc)"
    return $rc
}
print_timings() {
    echo "=== Stage times ==="
    local i
    for i in "${!stage_names[@]}"; do
        printf '%-24s %6d s\n' "${stage_names[$i]}" "${stage_seconds[$i]}"
    done
    echo "total: $SECONDS s"
}

# --- Fuzz stage (issue 12) -------------------------------------------------
# The libFuzzer harnesses of tests/fuzz (clang, Qt 6, ASan and UBSan, in
# their own build folder), each run for 30 s, then the inputs that once
# crashed replayed once each (tests/fuzz/regressions).
fuzz_stage() {
    echo "=== libFuzzer harnesses, 30 s each ==="
    timed "fuzz build and run" "$root/tests/fuzz/run.sh" 30 "$root/build-fuzz" || return 1
    timed "fuzz replay" bash -c 'cd "$1" && ctest --output-on-failure -R "^fuzz_"' _ "$root/build-fuzz"
}
# --- end of the fuzz stage ---------------------------------------------------

case "$mode" in
run)
    install_missing "${common[@]}" "${qt6[@]}"
    build "$root/build" 6 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
    # A demo database beside the build, so the sample does not mix with
    # your own articles; run build/src/app/veille without --db for those.
    exec "$root/build/src/app/veille" --db "$root/build/sample.sqlite" --import "$root/resources/sample-corpus"
    ;;
test)
    install_missing "${common[@]}" "${qt6[@]}" "${qt5[@]}" "${checks[@]}" "${fuzz[@]}" "${postgres[@]}"
    status=0
    # Qt 6 is built once, with AddressSanitizer and UBSan (issue 12): any
    # ASan, LSan or UBSan report fails the test that met it (see
    # veille_sanitizer_environment). Qt 5 is built plain. -g1 keeps the line
    # tables the reports need and saves the rest of the debug information's
    # compile and link time, which CI is short of.
    configurations=("6 -DVEILLE_SANITIZE=ON" "5")
    for configuration in "${configurations[@]}"; do
        read -r qt options <<<"$configuration"
        echo "=== Qt $qt $options ==="
        # shellcheck disable=SC2086 # $options is a list of words
        timed "qt$qt build" build "$root/build-qt$qt" "$qt" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
            -DVEILLE_WERROR=ON $options || { status=1; continue; }
        timed "qt$qt ctest" bash -c 'cd "$1" && ctest --output-on-failure -j "$2"' _ \
            "$root/build-qt$qt" "$jobs" || status=1
    done
    fuzz_stage || status=1
    print_timings
    exit $status
    ;;
*)
    echo "usage: $0 [run|test]" >&2
    exit 2
    ;;
esac
