#!/usr/bin/env bash
# run-tests.sh [ctest arguments...]
# The README test command. On Debian 12 as root: installs what is missing, builds everything (warnings are
# errors), starts a throwaway PostgreSQL 15 server (own data directory, loopback, a free port, scram password
# authentication over TLS with a certificate from a CA made for the run: tests/scripts/test-postgres.sh) and a private
# D-Bus session with an unlocked gnome-keyring, runs the whole CTest suite in it, runs it again built with
# AddressSanitizer + UndefinedBehaviorSanitizer, and stops both afterwards.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${TSUZUKI_BUILD_DIR:-$root/build-tests}
jobs=${TSUZUKI_JOBS:-$(nproc)}

bash "$root/packaging/install-build-deps.sh" --tests

mkdir -p "$build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTSUZUKI_WERROR=ON \
    -DTSUZUKI_BUILD_TESTS=ON >"$build/configure.log" || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" -j "$jobs"

# --- a throwaway PostgreSQL 15: scram password authentication, TLS only, a CA made for this run ----------
source "$root/tests/scripts/test-postgres.sh"
trap stop_test_postgres EXIT
start_test_postgres "${TSUZUKI_TEST_PG_PORT:-55432}" # the first port tried (the next free one is used)

# --- the suite, inside a private keyring session ---------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
status=0
bash "$root/tests/scripts/keyring-session.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$jobs" "$@" || status=$?

# --- the same suite again under AddressSanitizer + UndefinedBehaviorSanitizer (CMakePresets.json "asan") --
# Every test that runs Tsuzuki's code, leaks checked; left out are the source checks (format, translations), the
# .deb (the package is the release build, tested above) and the libFuzzer run (built with ASan already).
# TSUZUKI_ASAN=0 leaves this phase out of a local run; CI runs it.
asan_build=""
if [[ ${TSUZUKI_ASAN:-1} != 0 ]]; then
    asan_build=$root/build-asan
    echo "== the suite under ASan + UBSan ($asan_build)"
    mkdir -p "$asan_build"
    (cd "$root" && cmake --preset asan -DTSUZUKI_WERROR=ON >"$asan_build/configure.log" 2>&1) \
        || { cat "$asan_build/configure.log"; exit 1; }
    (cd "$root" && cmake --build --preset asan -j "$jobs")
    (cd "$root" && bash "$root/tests/scripts/keyring-session.sh" \
        ctest --preset asan -j "$jobs" -E '^(format\.clang_format|translations\.complete|packaging\.deb|fuzz\.short)$' "$@") \
        || status=$?
fi

# No token or password the tests used may be left in any table, log, settings file or test output.
# Quiet when clean, so that CTest's summary stays the last thing printed.
for dir in "$build" $asan_build; do
    if ! bash "$root/tests/scripts/check-secrets.sh" "$dir" >"$dir/check-secrets.log" 2>&1; then
        cat "$dir/check-secrets.log"
        echo "check-secrets: FAILED in $dir (a test secret leaked; see above)"
        status=1
    fi
done
exit "$status"
