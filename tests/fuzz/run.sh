#!/bin/bash
# SPDX-FileCopyrightText: 2026 Veille developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every libFuzzer harness of tests/fuzz, one after the other.
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
# SECONDS: how long each harness runs (default 30). BUILD_DIR (default
# build-fuzz): configured with clang, Qt 6 and -DVEILLE_FUZZ=ON if it is not
# yet, then built. VEILLE_FUZZ_TIMES="articleparser=480 csv=60" gives some
# harnesses their own time; VEILLE_FUZZ_FLAGS adds libFuzzer flags to every
# run (e.g. -max_len=1024). Prints each harness's executions and the total;
# exits non-zero on any crash, leak, timeout or UBSan report.
set -u

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
seconds=${1:-30}
build_dir=${2:-$source_dir/build-fuzz}
harnesses=(articleparser csv tsv jsonlines searchquery webannotation gazetteer nermodel)

# Seed folders per harness: tests/data and resources as they are (nothing is
# copied), plus the seeds written for the harness.
seeds_of() {
    case "$1" in
    articleparser) echo "$source_dir/tests/data/parser $source_dir/tests/data/input $source_dir/resources/sample-corpus" ;;
    csv | tsv | jsonlines) echo "$here/seeds/$1 $source_dir/tests/data/parser" ;;
    gazetteer) echo "$here/seeds/gazetteer $source_dir/resources/gazetteer" ;;
    nermodel) echo "$here/seeds/nermodel" ;;
    *) echo "$here/seeds/$1" ;;
    esac
}

dict_of() {
    case "$1" in
    searchquery) echo "$here/searchquery.dict" ;;
    jsonlines | webannotation) echo "$here/json.dict" ;;
    esac
}

seconds_of() {
    local entry
    for entry in ${VEILLE_FUZZ_TIMES:-}; do
        if [ "${entry%%=*}" = "$1" ]; then
            echo "${entry#*=}"
            return
        fi
    done
    echo "$seconds"
}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DQT_MAJOR_VERSION=6 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DVEILLE_FUZZ=ON || exit 1
fi
cmake --build "$build_dir" -j2 --target veille_fuzzers || exit 1

export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
total=0
summary=""
for name in "${harnesses[@]}"; do
    binary="$build_dir/tests/fuzz/fuzz_$name"
    corpus="$build_dir/fuzz-corpus/$name"
    artifacts="$build_dir/fuzz-artifacts/$name/"
    log="$build_dir/fuzz-logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    dict=()
    [ -n "$(dict_of "$name")" ] && dict=(-dict="$(dict_of "$name")")
    time=$(seconds_of "$name")
    echo "=== fuzz_$name for ${time} s"
    # shellcheck disable=SC2046,SC2086 # the seed folders and flags are words
    "$binary" -max_total_time="$time" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "${dict[@]}" ${VEILLE_FUZZ_FLAGS:-} "$corpus" $(seeds_of "$name") >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    execs=${execs:-0}
    total=$((total + execs))
    status=ok
    # libFuzzer's main returns 0 only when nothing was found; a sanitizer
    # report or a timeout ends it with another code and an artifact.
    if [ "$rc" -ne 0 ] || grep -qE "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:" "$log"; then
        status="FAILED (rc $rc, see $log and $artifacts)"
        failed=1
        grep -E -A30 "ERROR:|runtime error:" "$log" | head -n 60
    fi
    line=$(printf '%-16s %6s s %12s execs  %s' "fuzz_$name" "$time" "$execs" "$status")
    echo "$line"
    summary+="$line"$'\n'
done

echo "=== fuzz summary"
printf '%s' "$summary"
printf '%-16s %6s   %12s execs\n' "total" "" "$total"
exit "$failed"
