#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/setup.sh       install what is missing, build, start Veille on the sample corpus
# packaging/setup.sh test  install what is missing, build the Qt 6 and Qt 5 configurations
#                          with warnings as errors, and run every test in both; then
#                          build the libFuzzer harnesses (clang) and run each for 30 s
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
jobs=$(nproc 2>/dev/null || echo 2)

common=(cmake ninja-build g++ pkg-config sqlite3 libsqlite3-dev iso-codes)
qt6=(qt6-base-dev libqt6sql6-sqlite libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev)
qt5=(qtbase5-dev libqt5sql5-sqlite libqt5svg5 qttools5-dev qttools5-dev-tools
     libkf5syntaxhighlighting-dev extra-cmake-modules)
checks=(appstream desktop-file-utils reuse)
fuzz=(clang libfuzzer-14-dev)

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
    cmake -S "$root" -B "$dir" -G Ninja -DQT_MAJOR_VERSION="$qt" "$@"
    cmake --build "$dir" -j "$jobs"
}

# --- stage timings and the fuzz stage (tests/fuzz) -------------------------
stage_names=()
stage_seconds=()
stage_start=0
stage_name=""

stage() { # stage NAME: ends the stage running, if any, and starts NAME
    local now
    now=$(date +%s)
    if [ -n "$stage_name" ]; then
        stage_names+=("$stage_name")
        stage_seconds+=($((now - stage_start)))
    fi
    stage_name=$1
    stage_start=$now
    [ -n "$stage_name" ] && echo "=== stage: $stage_name $now"
    return 0
}

stage_summary() {
    stage ""
    echo "=== stage times"
    local i
    for i in "${!stage_names[@]}"; do
        printf '%-28s %5d s\n' "${stage_names[$i]}" "${stage_seconds[$i]}"
    done
}

# libFuzzer harnesses: clang, Qt 6, ASan and UBSan, in their own build folder.
fuzz_stage() {
    stage "fuzz build and run (30 s each)"
    local rc=0
    "$root/tests/fuzz/run.sh" 30 "$root/build-fuzz" || rc=1
    # The inputs that once crashed, replayed once each (tests/fuzz/regressions).
    (cd "$root/build-fuzz" && ctest --output-on-failure -R '^fuzz_') || rc=1
    return $rc
}
# --- end of stage timings and the fuzz stage --------------------------------

case "$mode" in
run)
    install_missing "${common[@]}" "${qt6[@]}"
    build "$root/build" 6 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
    # A demo database beside the build, so the sample does not mix with
    # your own articles; run build/src/app/veille without --db for those.
    exec "$root/build/src/app/veille" --db "$root/build/sample.sqlite" --import "$root/resources/sample-corpus"
    ;;
test)
    stage "install packages"
    install_missing "${common[@]}" "${qt6[@]}" "${qt5[@]}" "${checks[@]}" "${fuzz[@]}"
    status=0
    for qt in 6 5; do
        stage "Qt $qt build and tests"
        build "$root/build-qt$qt" "$qt" -DCMAKE_BUILD_TYPE=Debug -DVEILLE_WERROR=ON
        (cd "$root/build-qt$qt" && ctest --output-on-failure -j "$jobs") || status=1
    done
    fuzz_stage || status=1
    stage_summary
    exit $status
    ;;
*)
    echo "usage: $0 [run|test]" >&2
    exit 2
    ;;
esac
