#!/usr/bin/env bash
# run-tests.sh [ctest arguments...]
# The README test command. On Debian 12 as root: installs what is missing, builds everything (warnings are
# errors), starts a throwaway PostgreSQL 15 server (own data directory, loopback, a free port, scram password
# authentication over TLS with a certificate from a CA made for the run: tests/scripts/test-postgres.sh) and a private
# D-Bus session with an unlocked gnome-keyring, runs the whole CTest suite in it, and stops both afterwards.
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

# No token or password the tests used may be left in any table, log, settings file or test output.
# Quiet when clean, so that CTest's summary stays the last thing printed.
if ! bash "$root/tests/scripts/check-secrets.sh" "$build" >"$build/check-secrets.log" 2>&1; then
    cat "$build/check-secrets.log"
    echo "check-secrets: FAILED (a test secret leaked; see above)"
    status=1
fi
exit "$status"
