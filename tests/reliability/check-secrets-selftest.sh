#!/usr/bin/env bash
# The secrets check must catch a planted marker and a planted credential shape, and pass a clean folder.
set -u
script="$(dirname "${BASH_SOURCE[0]}")/../scripts/check-secrets.sh"
d="$(mktemp -d)"; trap 'rm -rf "$d"' EXIT
mkdir -p "$d/clean" "$d/marker" "$d/shape"
echo "token [redacted] loaded; Authorization: Bearer [redacted]" > "$d/clean/app.log"
printf 'x\0tsuzuki-test-secret-planted-0001\0y' > "$d/marker/tsuzuki.sqlite"
echo '{"access_token": "0123456789abcdef0123"}' > "$d/shape/settings.json"
unset TSUZUKI_TEST_PG_URI
XDG_CONFIG_HOME="$d/none" XDG_DATA_HOME="$d/none" XDG_STATE_HOME="$d/none" XDG_CACHE_HOME="$d/none"
export XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME XDG_CACHE_HOME
bash "$script" "$d/none" "$d/clean" >/dev/null || { echo "clean folder reported as a leak"; exit 1; }
out="$(bash "$script" "$d/none" "$d/marker")" && { echo "planted marker not found"; exit 1; }
[[ "$out" == *planted* ]] && { echo "the secret itself was printed"; exit 1; }
bash "$script" "$d/none" "$d/shape" >/dev/null && { echo "planted access_token not found"; exit 1; }
echo "check-secrets self-test OK"
