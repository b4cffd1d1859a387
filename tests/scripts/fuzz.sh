#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang-14) and runs each for the given seconds.
#   tests/scripts/fuzz.sh [seconds=60] [target...]
# New inputs go to build-fuzz/corpus-<target>/ (scratch); crashes to build-fuzz/crash-<target>-*.
# Fix a crash in the owning file, then copy the crasher into tests/fuzz/corpus/<target>/ as a
# regression seed (ctest -L fuzz runs every seed).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
shift || true
build="${TSUZUKI_FUZZ_BUILD:-$repo/build-fuzz}"
cxx="${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++)}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$repo/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" \
    -DTSUZUKI_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build "$build" -j"${FUZZ_JOBS:-2}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(anilistprogress anilistresponse traktresponse fribbs anibridge anibridgev3 episodepattern idparser)
fi
failed=0
for t in "${targets[@]}"; do
    mkdir -p "$build/corpus-$t"
    echo "== fuzz_$t for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$build/crash-$t-" \
        "$build/corpus-$t" "$repo/tests/fuzz/corpus/$t" 2>"$build/fuzz-$t.log"; then
        echo "!! fuzz_$t found a problem: $build/fuzz-$t.log"; grep -E "ERROR|SUMMARY|Test unit written" "$build/fuzz-$t.log" | head -5
        failed=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/fuzz-$t.log" | tr '\n' ' '; echo
    echo "   corpus: $(ls "$build/corpus-$t" | wc -l) inputs found, $(ls "$repo/tests/fuzz/corpus/$t" | wc -l) seeds"
done
exit $failed
