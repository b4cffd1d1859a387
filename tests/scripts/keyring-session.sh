#!/usr/bin/env bash
# keyring-session.sh <command...>
#
# Runs <command...> inside a private D-Bus session bus with its own gnome-keyring-daemon (Secret Service),
# whose "login" collection exists, is the default and is unlocked, so that QtKeychain's libsecret backend can
# write without a prompt. Headless, works as root. The keyring lives in a temporary folder and is deleted
# afterwards; the daemon is stopped whatever happens. Exit status is the command's.
#
# Needs (Debian 12): dbus (dbus-run-session, dbus-send: packages dbus-daemon + dbus-bin), gnome-keyring,
# libsecret-1-0 (QtKeychain loads it at run time). Optional: libsecret-tools (secret-tool self-check).
set -euo pipefail

die() { echo "keyring-session: $*" >&2; exit 125; }

if [[ $# -eq 0 ]]; then
    echo "usage: $(basename "$0") <command> [args...]" >&2
    exit 2
fi

if [[ "${TSUZUKI_KEYRING_SESSION_INNER:-}" != "1" ]]; then
    command -v dbus-run-session >/dev/null || die "dbus-run-session not found (install the 'dbus' package)"
    command -v gnome-keyring-daemon >/dev/null || die "gnome-keyring-daemon not found (install 'gnome-keyring')"
    command -v dbus-send >/dev/null || die "dbus-send not found (install 'dbus-bin')"
    # The session (dbus-run-session, its bus, the keyring daemon, the command) runs in its own process group,
    # so that a signal to this script reaches all of it: dbus-run-session itself forwards nothing and would
    # leave the bus and the daemon behind. The inner script stops the daemon and deletes the keyring.
    set -m
    TSUZUKI_KEYRING_SESSION_INNER=1 dbus-run-session -- bash "$(readlink -f "${BASH_SOURCE[0]}")" "$@" &
    session=$!
    set +m
    forward() { kill -"$1" -- "-$session" 2>/dev/null || true; }
    trap 'forward TERM' TERM
    trap 'forward INT' INT
    trap 'forward HUP' HUP
    while :; do
        status=0
        wait "$session" || status=$?
        kill -0 "$session" 2>/dev/null || break
    done
    exit "$status"
fi
unset TSUZUKI_KEYRING_SESSION_INNER

[[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || die "no session bus address after dbus-run-session"

workdir=$(mktemp -d "${TMPDIR:-/tmp}/tsuzuki-keyring.XXXXXX")
chmod 700 "$workdir"
mkdir -m 700 "$workdir/run" "$workdir/data"
daemon_pid=""

cleanup() {
    if [[ -n "$daemon_pid" ]] && kill -0 "$daemon_pid" 2>/dev/null; then
        kill -TERM "$daemon_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$daemon_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$daemon_pid" 2>/dev/null || true
    fi
    [[ -n "$daemon_pid" ]] && wait "$daemon_pid" 2>/dev/null || true
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bus_call() { # dest path method args...
    local dest=$1 path=$2 method=$3
    shift 3
    dbus-send --session --print-reply=literal --reply-timeout=5000 --dest="$dest" "$path" "$method" "$@"
}

secrets_owned() {
    bus_call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null | grep -q true
}

# Nobody else may already answer on this fresh bus; if something did, we would be testing the wrong keyring.
secrets_owned && die "org.freedesktop.secrets is already owned on the new bus"

# --foreground keeps the daemon our child (so we can stop and reap it); --unlock reads the password from stdin,
# creating the "login" keyring with it when it does not exist. The keyring files go to a private XDG_DATA_HOME,
# never the user's own keyrings.
password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s' "$password" | XDG_RUNTIME_DIR="$workdir/run" XDG_DATA_HOME="$workdir/data" HOME="$workdir" \
    gnome-keyring-daemon --foreground --unlock --components=secrets >"$workdir/daemon.log" 2>&1 &
daemon_pid=$!
unset password

for _ in $(seq 1 100); do
    secrets_owned && break
    kill -0 "$daemon_pid" 2>/dev/null || { cat "$workdir/daemon.log" >&2; die "gnome-keyring-daemon exited early"; }
    sleep 0.1
done
secrets_owned || { cat "$workdir/daemon.log" >&2; die "gnome-keyring-daemon did not register org.freedesktop.secrets"; }

login=/org/freedesktop/secrets/collection/login
bus_call org.freedesktop.secrets "$login" org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Label >/dev/null 2>&1 \
    || die "the 'login' collection was not created"
if ! bus_call org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias \
    string:default 2>/dev/null | grep -q "$login"; then
    bus_call org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.Secret.Service.SetAlias \
        string:default objpath:"$login" >/dev/null || die "could not make 'login' the default collection"
fi
bus_call org.freedesktop.secrets "$login" org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q false \
    || die "the 'login' collection is still locked"

# Self-check: a store/lookup/clear round trip through libsecret, as QtKeychain will do it.
if command -v secret-tool >/dev/null; then
    canary="canary-$$-$RANDOM"
    printf '%s' "$canary" | secret-tool store --label="keyring-session check" tsuzuki-check "$$" \
        || die "secret-tool could not store into the default collection"
    [[ "$(secret-tool lookup tsuzuki-check "$$")" == "$canary" ]] || die "secret-tool lookup returned something else"
    secret-tool clear tsuzuki-check "$$" || die "secret-tool could not clear the check entry"
fi

export TSUZUKI_KEYRING_SESSION=1
set +e
"$@"
status=$?
set -e
exit "$status"
