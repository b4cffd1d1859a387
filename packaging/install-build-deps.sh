#!/usr/bin/env bash
# install-build-deps.sh [--tests]
# Installs, on Debian 12 as root, what building Tsuzuki needs (and with --tests, what the test suite needs:
# a PostgreSQL 15 server, gnome-keyring and a D-Bus session bus). Installs only what is missing, so a second
# run costs a second.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkgconf
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libsecret-1-0
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    libgl-dev
    libzstd-dev
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(
        qt6-httpserver-dev qt6-websockets-dev
        postgresql-15 postgresql-client-15
        gnome-keyring dbus dbus-bin dbus-daemon dbus-x11 libsecret-tools
        xvfb xauth procps psmisc
        desktop-file-utils appstream dpkg-dev file
        libsqlite3-dev libpq-dev openssl
        clang-format clang-14 libclang-rt-14-dev
    )
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "Run as root (or with sudo) to install: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
