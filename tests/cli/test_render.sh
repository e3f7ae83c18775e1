#!/usr/bin/env bash
# Render goldens through the CLI: every tests/golden/render/<case>/input.md
# built with `matome build --format md|html` must equal expected.md /
# expected.html byte for byte (test_render.c checks the same files through
# the library), and -o writes the same bytes as stdout.
set -euo pipefail

: "${MATOME_BIN:?}" "${MATOME_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
for dir in "$MATOME_SRC"/tests/golden/render/*/; do
    case=$(basename "$dir")
    for fmt in md html; do
        "$MATOME_BIN" build --no-store --format "$fmt" "$dir/input.md" \
            >"$tmp/$case.$fmt" 2>"$tmp/$case.err"
        if ! cmp -s "$tmp/$case.$fmt" "$dir/expected.$fmt"; then
            echo "render golden $case.$fmt differs:" >&2
            diff -u "$dir/expected.$fmt" "$tmp/$case.$fmt" | head -40 >&2
            exit 1
        fi
        n=$((n + 1))
    done
done
[ "$n" -ge 4 ]

# -o writes exactly what stdout gets.
"$MATOME_BIN" build --no-store --format html -o "$tmp/out.html" \
    "$MATOME_SRC/tests/golden/render/basic/input.md" 2>/dev/null
cmp "$tmp/out.html" "$MATOME_SRC/tests/golden/render/basic/expected.html"
echo "render goldens: $n outputs match"
