#!/usr/bin/env bash
# test-postgres.sh: sourced by run-tests.sh (or by hand: `source tests/scripts/test-postgres.sh; start_test_postgres
# [first-port]`). Starts a throwaway PostgreSQL 15 server set up the way users run one: password authentication
# (scram-sha-256) over TLS only, with a server certificate signed by a CA made here and now (nothing is trusted that
# the system trusts, nothing is written outside the temporary folder). Exports:
#   TSUZUKI_TEST_PG_URI        postgresql://postgres@127.0.0.1:PORT/postgres?sslmode=verify-full&sslrootcert=CA (no password)
#   TSUZUKI_DATABASE_PASSWORD  the postgres user's password (random, with the test-secret marker): the same variable
#                              tsuzuki-cli and the app read on a server without a keychain
#   TSUZUKI_TEST_PG_CA         the test CA's certificate
# stop_test_postgres stops it and deletes everything (run-tests.sh does so on exit).

test_pg_bin=/usr/lib/postgresql/15/bin
test_pg_dir=""

stop_test_postgres() {
    [[ -n "$test_pg_dir" ]] || return 0
    if [[ -f "$test_pg_dir/data/postmaster.pid" ]]; then
        runuser -u postgres -- "$test_pg_bin/pg_ctl" -D "$test_pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$test_pg_dir"
    test_pg_dir=""
}

start_test_postgres() {
    local port=${1:-55432}
    test_pg_dir=$(mktemp -d /tmp/tsuzuki-pg.XXXXXX)
    chown postgres: "$test_pg_dir" # the server writes its log and socket here
    chmod 755 "$test_pg_dir"       # and the tests read the CA certificate
    local tls="$test_pg_dir/tls"
    mkdir "$tls"

    # A CA for this run only, and a server certificate for 127.0.0.1 / localhost signed by it (2 days).
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -subj "/CN=Tsuzuki test CA $$" \
        -keyout "$tls/ca.key" -out "$tls/ca.crt" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        >"$tls/openssl.log" 2>&1 || { cat "$tls/openssl.log"; return 1; }
    openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost" \
        -keyout "$tls/server.key" -out "$tls/server.csr" >>"$tls/openssl.log" 2>&1 || { cat "$tls/openssl.log"; return 1; }
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
        "keyUsage=digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" >"$tls/server.ext"
    openssl x509 -req -sha256 -days 2 -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
        -CAcreateserial -extfile "$tls/server.ext" -out "$tls/server.crt" >>"$tls/openssl.log" 2>&1 \
        || { cat "$tls/openssl.log"; return 1; }
    rm -f "$tls/ca.key" "$tls/server.csr"
    chown postgres: "$tls/server.key" "$tls/server.crt"
    chmod 600 "$tls/server.key"
    chmod 644 "$tls/ca.crt"

    local password
    password="tsuzuki-test-secret-pg-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    printf '%s\n' "$password" >"$test_pg_dir/pwfile"
    chown postgres: "$test_pg_dir/pwfile"
    chmod 600 "$test_pg_dir/pwfile"

    port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
    while port_in_use "$port"; do port=$((port + 1)); done

    mkdir "$test_pg_dir/data" && chown postgres: "$test_pg_dir/data" && chmod 700 "$test_pg_dir/data"
    runuser -u postgres -- "$test_pg_bin/initdb" -D "$test_pg_dir/data" -U postgres -E UTF8 --no-sync \
        --auth-local=trust --auth-host=scram-sha-256 --pwfile="$test_pg_dir/pwfile" >"$test_pg_dir/initdb.log" 2>&1 \
        || { cat "$test_pg_dir/initdb.log"; return 1; }
    rm -f "$test_pg_dir/pwfile"
    # TLS only over TCP: no "host" line, so a connection without TLS finds no entry and is refused.
    cat >"$test_pg_dir/data/pg_hba.conf" <<HBA
local   all all                 trust
hostssl all all 127.0.0.1/32    scram-sha-256
hostssl all all ::1/128         scram-sha-256
HBA
    # fsync off: the server is thrown away afterwards, and the tests create and drop many databases.
    runuser -u postgres -- "$test_pg_bin/pg_ctl" -D "$test_pg_dir/data" -l "$test_pg_dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $test_pg_dir -c fsync=off -c full_page_writes=off \
            -c max_connections=200 -c password_encryption=scram-sha-256 -c ssl=on \
            -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key" \
        start >/dev/null || { cat "$test_pg_dir/server.log"; return 1; }

    export TSUZUKI_TEST_PG_URI="postgresql://postgres@127.0.0.1:$port/postgres?sslmode=verify-full&sslrootcert=$tls/ca.crt"
    export TSUZUKI_DATABASE_PASSWORD="$password"
    export TSUZUKI_TEST_PG_CA="$tls/ca.crt"
    echo "PostgreSQL 15 test server on 127.0.0.1:$port (scram-sha-256, TLS with a test CA)"
}
