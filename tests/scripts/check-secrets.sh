#!/usr/bin/env bash
# Runs after the whole test suite (tests/scripts/run-tests.sh): none of the secrets the tests use
# may appear in the ctest output, the test artefacts (screenshots aside, every file incl. SQLite
# databases), the user's Tsuzuki settings/log/data folders, or any PostgreSQL database still on
# the test server. See RELIABILITY.md "Secrets" for the agreed marker set.
#   tests/scripts/check-secrets.sh <build dir> [extra file or folder...]
set -uo pipefail
build="${1:?usage: check-secrets.sh <build dir> [paths...]}"
shift

# The fixed secrets the tests use, and the marker every new test secret should contain.
literals=(
    tsuzuki-test-secret-          # the agreed marker: put it in every new fake token/password
    fake-client-secret fake-tmdb-key fake-tmdb-read-token
    anilist-token-alice anilist-token-synthetic anilist-token-revoked-4242 anilist-env-token-0001
    env-trakt-token env-refresh-token trakt-env-secret-0004 layered-trakt-token-88
    second-refresh-token-0002 spent-refresh-token revoked-token-xyz new-trakt-token
    tmdb-secret-key hunter2-secret db-env-password-0005 leaked-token-42
)
# Shapes of a leaked credential whatever its value (a redacted one reads "[redacted]").
patterns=(
    'Bearer [A-Za-z0-9._~+/-]{12,}'
    '"(access|refresh)_token" *: *"[A-Za-z0-9._-]{12,}"'
    '(access_token|refresh_token|client_secret|api_key|password)=[A-Za-z0-9._%-]{8,}'
)

targets=()
[[ -f "$build/Testing/Temporary/LastTest.log" ]] && targets+=("$build/Testing/Temporary/LastTest.log")
[[ -d "$build/test-artifacts" ]] && targets+=("$build/test-artifacts")
for d in "${XDG_CONFIG_HOME:-$HOME/.config}/tsuzuki" "${XDG_DATA_HOME:-$HOME/.local/share}/tsuzuki" \
         "${XDG_STATE_HOME:-$HOME/.local/state}/tsuzuki" "${XDG_CACHE_HOME:-$HOME/.cache}/tsuzuki"; do
    [[ -e "$d" ]] && targets+=("$d")
done
targets+=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    echo "check-secrets: nothing to check in $build (no LastTest.log: run ctest first)" >&2
    exit 1
fi

found=0
report() { echo "check-secrets: LEAK ($1) in $2"; found=1; }
scan() { # $1 = label, then grep args; prints file names only, never the secret itself
    local label="$1"; shift
    while IFS= read -r file; do report "$label" "$file"; done < <(grep -rla --exclude='*.png' "$@" "${targets[@]}" 2>/dev/null)
}
for s in "${literals[@]}"; do scan "marker #$(( $(printf '%s\n' "${literals[@]}" | grep -nxF -- "$s" | cut -d: -f1) ))" -F -e "$s"; done
for p in "${patterns[@]}"; do scan "credential shape" -E -e "$p"; done

# PostgreSQL: every database left on the test server, every table, as text.
if [[ -n "${TSUZUKI_TEST_PG_URI:-}" ]] && command -v pg_dumpall >/dev/null; then
    dump="$(mktemp)"
    # The server asks for the password (scram): the one the tests use, from the environment.
    if PGPASSWORD="${TSUZUKI_DATABASE_PASSWORD:-}" pg_dumpall --data-only -d "$TSUZUKI_TEST_PG_URI" >"$dump" 2>/dev/null; then
        for s in "${literals[@]}"; do grep -qaF -e "$s" "$dump" && report "marker" "PostgreSQL test server"; done
        for p in "${patterns[@]}"; do grep -qaE -e "$p" "$dump" && report "credential shape" "PostgreSQL test server"; done
        echo "check-secrets: PostgreSQL test server: $(grep -c '^COPY ' "$dump") tables dumped"
    else
        echo "check-secrets: PostgreSQL test server not reachable, skipped that part"
    fi
    rm -f "$dump"
fi

if [[ $found -ne 0 ]]; then
    echo "check-secrets: FAILED (the secret values are not printed; grep the files above)"
    exit 1
fi
echo "check-secrets: OK (${#literals[@]} markers, ${#patterns[@]} shapes) in: ${targets[*]}"
