#!/usr/bin/env bash
# check-appid.sh SRC APP_ID: the application id is the same in appinfo.h, the desktop file name, its Icon=,
# the metainfo <id>, <launchable> and <icon>, and the installed icon names.
set -euo pipefail
src=$1 id=$2
fail=0
check() { if ! grep -qF -- "$2" "$1"; then echo "FAIL: $1 lacks: $2"; fail=1; else echo "ok: $(basename "$1"): $2"; fi; }
check "$src/core/common/appinfo.h" "ApplicationId = \"$id\""
check "$src/resources/desktop/$id.desktop" "Icon=$id"
check "$src/resources/desktop/$id.metainfo.xml" "<id>$id</id>"
check "$src/resources/desktop/$id.metainfo.xml" "<launchable type=\"desktop-id\">$id.desktop</launchable>"
check "$src/resources/desktop/$id.metainfo.xml" "<icon type=\"stock\">$id</icon>"
for f in "$src/resources/icons/app/$id.svg" "$src/resources/icons/app/"{16,22,24,32,48,64,128,256,512}"/$id.png"; do
    [[ -s $f ]] && echo "ok: $f" || { echo "FAIL: missing $f"; fail=1; }
done
# Each PNG is the size its folder says.
for size in 16 22 24 32 48 64 128 256 512; do
    dims=$(od -An -tu1 -j16 -N8 "$src/resources/icons/app/$size/$id.png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ $dims == "${size}x${size}" ]] || { echo "FAIL: $size/$id.png is $dims"; fail=1; }
done
# Every screenshot the metainfo points to is shipped in packaging/screenshots (the URL is the raw file on main).
shots=$(grep -o 'packaging/screenshots/[^<]*\.png' "$src/resources/desktop/$id.metainfo.xml")
[[ -n $shots ]] || { echo "FAIL: the metainfo has no screenshots"; fail=1; }
for shot in $shots; do
    [[ -s $src/$shot ]] && echo "ok: $shot" || { echo "FAIL: the metainfo names $shot, which is not in the repository"; fail=1; }
done
exit $fail
