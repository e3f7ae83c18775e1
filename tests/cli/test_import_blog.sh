#!/usr/bin/env bash
# matome import-blog against tests/golden/import-blog/<case>/: input.txt is
# a summary in the Japanese blog layout; expected.err holds the exact
# diagnostics; expected.md, when present, the exact dossier written (exit
# 0), else the import must fail with exit 2 and write nothing.  Every
# written dossier must then build (`matome build`) with no errors.
set -euo pipefail

: "${MATOME_BIN:?}" "${MATOME_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$MATOME_SRC/tests/golden/import-blog"

n=0
for dir in */; do
    c=${dir%/}
    rc=0
    "$MATOME_BIN" import-blog --incident "$c" "$c/input.txt" \
        >"$tmp/$c.md" 2>"$tmp/$c.err" || rc=$?
    if ! cmp -s "$tmp/$c.err" "$c/expected.err"; then
        echo "import-blog $c: diagnostics differ:" >&2
        diff -u "$c/expected.err" "$tmp/$c.err" >&2 || true
        exit 1
    fi
    if [ -f "$c/expected.md" ]; then
        [ "$rc" -eq 0 ] || { echo "import-blog $c: exit $rc" >&2; exit 1; }
        if ! cmp -s "$tmp/$c.md" "$c/expected.md"; then
            echo "import-blog $c: dossier differs:" >&2
            diff -u "$c/expected.md" "$tmp/$c.md" >&2 || true
            exit 1
        fi
        # Round trip: the written dossier builds with no errors.
        "$MATOME_BIN" build --no-store --format html -o "$tmp/$c.html" \
            "$tmp/$c.md" 2>"$tmp/$c.build" || {
            echo "import-blog $c: matome build failed:" >&2
            cat "$tmp/$c.build" >&2
            exit 1
        }
        if grep -q ': error:' "$tmp/$c.build"; then
            cat "$tmp/$c.build" >&2
            exit 1
        fi
    else
        [ "$rc" -eq 2 ] || { echo "import-blog $c: exit $rc, want 2" >&2; exit 1; }
        [ ! -s "$tmp/$c.md" ] || { echo "import-blog $c: wrote output" >&2; exit 1; }
    fi
    n=$((n + 1))
done
[ "$n" -ge 3 ]

# -o writes the same bytes; --incident defaults to the file name.
cp basic/input.txt "$tmp/Shirahama_Kasei 2024.txt"
"$MATOME_BIN" import-blog -o "$tmp/out.md" "$tmp/Shirahama_Kasei 2024.txt" \
    2>/dev/null
grep -qx 'id: shirahama-kasei-2024' "$tmp/out.md"
sed 's/^id: .*/id: basic/' "$tmp/out.md" | cmp - basic/expected.md

# Usage errors exit 1; a missing file and non-UTF-8 input exit 2.
rc=0; "$MATOME_BIN" import-blog >/dev/null 2>&1 || rc=$?; [ "$rc" -eq 1 ]
rc=0; "$MATOME_BIN" import-blog "$tmp/nope.txt" 2>/dev/null || rc=$?
[ "$rc" -eq 2 ]
printf 'title\n\xff\xfe\n' >"$tmp/bad.txt"
rc=0; "$MATOME_BIN" import-blog "$tmp/bad.txt" 2>"$tmp/bad.err" || rc=$?
[ "$rc" -eq 2 ]
grep -q 'byte 6: not UTF-8 text' "$tmp/bad.err"
echo "import-blog: $n golden cases"
