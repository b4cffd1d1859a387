#!/usr/bin/env bash
# check-translations.sh LUPDATE SRC TS...: fails when a user-visible string in core/, ui/ or app/ is missing
# from a .ts file or not translated there. lupdate runs on temporary copies; the committed files are untouched.
# To fix: cmake --build <dir> --target update_translations, translate the new entries (Qt Linguist), commit.
set -uo pipefail
lupdate=$1 src=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$src" && find core ui app \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) | sort) > "$tmp/files.txt"
fail=0
for ts in "$@"; do
    name=$(basename "$ts")
    if [[ ! -f $ts ]]; then
        echo "FAIL: $ts does not exist"
        fail=1
        continue
    fi
    cp "$ts" "$tmp/$name"
    # English holds only the plural forms ("1 play" / "2 plays"); the rest is the source text.
    only=()
    [[ $name == tsuzuki_en.ts ]] && only=(-pluralonly)
    (cd "$src" && "$lupdate" -locations none -no-obsolete "${only[@]}" -I . @"$tmp/files.txt" -ts "$tmp/$name") > "$tmp/$name.log" 2>&1
    rc=$?
    if ((rc != 0)); then
        echo "FAIL: lupdate exited $rc for $name"; cat "$tmp/$name.log"; fail=1; continue
    fi
    # A tr() that lupdate cannot attach to a context never reaches the .ts file, and so is never translated.
    if grep -E "cannot be called without context|Discarding unconsumed meta data" "$tmp/$name.log"; then
        echo "FAIL: $name: strings lupdate cannot extract (see above)"
        fail=1
    fi
    summary=$(grep -E "Found [0-9]+ source text" "$tmp/$name.log" | tail -1)
    echo "$name: $summary"
    if [[ $name == tsuzuki_en.ts ]]; then
        # -pluralonly counts every source text as new; what matters is that no plural was added.
        if (( $(grep -c "<message" "$ts") != $(grep -c "<message" "$tmp/$name") )); then
            echo "FAIL: $name: plural strings in the sources that are not in the .ts file"
            fail=1
        fi
    elif ! echo "$summary" | grep -qE "\(0 new and"; then
        echo "FAIL: $name: strings in the sources that are not in the .ts file"
        fail=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$tmp/$name")
    if ((unfinished > 0)); then
        echo "FAIL: $name: $unfinished unfinished translation(s), e.g.:"
        grep -B3 'type="unfinished"' "$tmp/$name" | grep '<source>' | head -10
        fail=1
    fi
    if ! cmp -s "$ts" "$tmp/$name"; then
        echo "note: $name differs from what lupdate writes (obsolete entries or ordering); run update_translations"
    fi
done
((fail == 0)) && echo "translations complete: $*"
exit $fail
