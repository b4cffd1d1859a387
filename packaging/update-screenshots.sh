#!/usr/bin/env bash
# update-screenshots.sh BUILD_DIR: copies the GUI tests' screenshots into packaging/screenshots under the names
# that the AppStream metainfo references. Run after `ctest -L gui` (or the whole suite) in BUILD_DIR.
set -euo pipefail
build=${1:?usage: update-screenshots.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
art="$build/test-artifacts"
copy() { # copy NAME PATTERN...: the newest artifact matching any pattern
    local name=$1; shift
    local found=""
    for pattern in "$@"; do
        local test=(-name "$pattern")
        [[ $pattern == */* ]] && test=(-path "*/$pattern") # e.g. journey/en/08-preview.png
        found=$(find "$art" "${test[@]}" -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -1 | cut -d' ' -f2-)
        [[ -n $found ]] && break
    done
    if [[ -n $found ]]; then
        cp "$found" "$here/screenshots/$name" && echo "$name <- $found"
    else
        echo "no artifact for $name (looked for: $*)" >&2
        return 1
    fi
}
status=0
copy main-window.png 'journey/en/13-dashboard.png' 'mainwindow-dashboardTab.png' 'tab-dashboard.png' 'mainwindow.png' || status=1
copy preview.png 'dialog-preview.png' '*preview*.png' || status=1
copy mappings.png 'tab-mappings.png' 'mainwindow-mappingsTab.png' || status=1
# The README's "Getting started": the first-run journey in English (tests/app/tst_journey.cpp).
mkdir -p "$here/screenshots/getting-started"
for step in 04-trakt-logged-in 05-anilist-logged-in 06-mapping-data 07-first-sync 08-preview 09-result \
    10-fix-mapping; do
    copy "getting-started/$step.png" "journey/en/$step.png" || status=1
done
exit $status
