#!/usr/bin/env bash
# run-tests.sh [ctest arguments...]
# The README test command. On Debian 12 as root: installs what is missing, builds everything (warnings are
# errors), starts a throwaway PostgreSQL 15 server (own data directory, loopback, a free port) and a private
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

# --- a throwaway PostgreSQL 15 --------------------------------------------------------------------------
pgbin=/usr/lib/postgresql/15/bin
pgdir=$(mktemp -d /tmp/tsuzuki-pg.XXXXXX)
chown postgres: "$pgdir"
chmod 700 "$pgdir"

stop_postgres() {
    if [[ -f "$pgdir/data/postmaster.pid" ]]; then
        runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pgdir"
}
trap stop_postgres EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=55432
while port_in_use "$port"; do port=$((port + 1)); done

runuser -u postgres -- "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --no-sync >"$pgdir/initdb.log" \
    || { cat "$pgdir/initdb.log"; exit 1; }
# fsync off: the server is thrown away afterwards, and the tests create and drop many databases.
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$pgdir/server.log"; exit 1; }
export TSUZUKI_TEST_PG_URI="postgresql://postgres@127.0.0.1:$port/postgres?sslmode=disable"
echo "PostgreSQL 15 test server on 127.0.0.1:$port"

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
