#!/usr/bin/env bash
# test-deb.sh BUILD_DIR VERSION gui|nogui: builds the .deb with cpack, checks its name, computed dependencies and
# contents, installs it with apt-get, runs the installed programs (--version, and the app started, activated and
# stopped with SIGTERM by tests/app/tst_smoke), then removes it again.
set -euo pipefail
build=$1 version=$2 gui=$3
arch=$(dpkg --print-architecture)
out=$(mktemp -d)
installed=0
cleanup() {
    if ((installed)); then
        apt-get remove -y -q -o DPkg::Lock::Timeout=300 tsuzuki >/dev/null 2>&1 || true
    fi
    rm -rf "$out"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || fail "installing a .deb needs root (apt-get install)"

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack failed"; }
deb="$out/tsuzuki_${version}_${arch}.deb"
[[ -f $deb ]] || { ls -l "$out"; fail "expected $(basename "$deb")"; }
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

echo "== control"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends
depends=$(dpkg-deb -f "$deb" Depends)
names=" $(echo "$depends" | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/ //g' | tr '\n' ' ') "
# dpkg-shlibdeps computed these from the binaries (none of them is listed by hand in Packaging.cmake).
for lib in libc6 libstdc++6 libqt6core6 libqt6network6 libqt6sql6; do
    [[ $names == *" $lib "* ]] || fail "Depends lacks $lib (shlibdeps): $depends"
done
[[ $gui != gui || $names == *" libqt6widgets6 "* ]] || fail "Depends lacks libqt6widgets6 (shlibdeps): $depends"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' > "$out/contents.txt"
expect=(./usr/bin/tsuzuki-cli ./usr/share/man/man1/tsuzuki-cli.1.gz
    ./usr/share/tsuzuki/translations/tsuzuki_ja.qm ./usr/share/tsuzuki/translations/tsuzuki_de.qm)
if [[ $gui == gui ]]; then
    id=io.github.tsuzuki_app.Tsuzuki
    expect+=(./usr/bin/tsuzuki ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/$id.svg)
    for size in 16 22 24 32 48 64 128 256 512; do
        expect+=(./usr/share/icons/hicolor/${size}x${size}/apps/$id.png)
    done
fi
for f in "${expect[@]}"; do
    grep -qxF "$f" "$out/contents.txt" || fail "package lacks $f"
done
echo "all ${#expect[@]} expected files present"
if grep -vE '^\./$|^\./usr/$|^\./usr/(bin|share)(/.*)?$' "$out/contents.txt"; then
    fail "files outside /usr/bin and /usr/share (above)"
fi

echo "== apt-get install"
if dpkg-query -W -f='${Status}' tsuzuki 2>/dev/null | grep -q "install ok installed"; then
    apt-get remove -y -q -o DPkg::Lock::Timeout=300 tsuzuki >/dev/null
fi
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" \
    > "$out/install.log" 2>&1 || { cat "$out/install.log"; fail "apt-get install failed"; }
dpkg-query -W -f='${Package} ${Version} ${Status}\n' tsuzuki

echo "== installed programs"
cli=$(/usr/bin/tsuzuki-cli --version)
echo "$cli"
[[ $cli == "tsuzuki-cli $version" ]] || fail "/usr/bin/tsuzuki-cli --version printed '$cli'"
help_text=$(/usr/bin/tsuzuki-cli --help) || fail "/usr/bin/tsuzuki-cli --help exited non-zero"
[[ $help_text == *"tsuzuki-cli"* ]] || fail "/usr/bin/tsuzuki-cli --help printed no usage"
man_text=$(zcat /usr/share/man/man1/tsuzuki-cli.1.gz)
[[ $man_text == *"Tsuzuki $version"* ]] || fail "man page does not carry version $version"
if [[ $gui == gui ]]; then
    gui_out=$(QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/tsuzuki --version 2>&1)
    echo "$gui_out"
    [[ $gui_out == *"$version"* ]] || fail "/usr/bin/tsuzuki --version printed '$gui_out'"
    # The installed app as a person starts it: reaches its event loop on an empty keyring, comes
    # forward on a second launch, ends cleanly on SIGTERM (tests/app/tst_smoke.cpp).
    TSUZUKI_SMOKE_BINARY=/usr/bin/tsuzuki "$build/tests/app/tst_smoke" > "$out/smoke.log" 2>&1 \
        || { cat "$out/smoke.log"; fail "the installed /usr/bin/tsuzuki did not start and stop cleanly"; }
    grep -E '^Totals' "$out/smoke.log"
fi

echo "== apt-get remove"
apt-get remove -y -q -o DPkg::Lock::Timeout=300 tsuzuki > "$out/remove.log" 2>&1 || { cat "$out/remove.log"; fail "apt-get remove failed"; }
installed=0
[[ ! -e /usr/bin/tsuzuki-cli && ! -e /usr/bin/tsuzuki ]] || fail "programs still in /usr/bin after remove"
if dpkg-query -W -f='${Status}' tsuzuki 2>/dev/null | grep -q "install ok installed"; then
    fail "tsuzuki still installed"
fi
echo "packaging.deb: built, installed, ran and removed $(basename "$deb")"
