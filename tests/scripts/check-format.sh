#!/usr/bin/env bash
# check-format.sh [SOURCE_DIR]: fails when a C++ file of the tree differs from what clang-format (the
# repository's .clang-format) would write. Prints the files and how to fix them; changes nothing.
set -uo pipefail
src=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cd "$src" || exit 2
format=$(command -v clang-format || command -v clang-format-14) || { echo "clang-format not found"; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null | grep -v '^tests/fuzz/corpus/' \
    || find core ui app tests \( -name '*.cpp' -o -name '*.h' \) -not -path 'tests/fuzz/corpus/*')
bad=()
for f in "${files[@]}"; do
    [[ -f $f ]] || continue
    "$format" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
    printf 'not clang-formatted (%d):\n' "${#bad[@]}"
    printf '  %s\n' "${bad[@]}"
    echo "fix: clang-format -i <files>   ($("$format" --version | head -1))"
    exit 1
fi
echo "clang-format: ${#files[@]} files clean"
