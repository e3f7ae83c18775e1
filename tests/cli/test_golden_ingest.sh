#!/bin/bash
# The golden ingest cases (tests/golden/ingest/<case>/) through the CLI:
# `matome add` then `matome show --text` must give expected.txt exactly and
# `matome show --json` the fields of expected.meta; a case with
# expected.err must be refused with exactly that message and exit code 2,
# leaving no row.  tests/unit/test_ingest.c runs the same cases through
# the library.
set -euo pipefail
# The checks read back through `matome show` and `matome sources`.
source "$MATOME_SRC/tests/cli/lib.sh"
require_commands add show sources
export MATOME_DB=$tmp/golden.db
for dir in "$MATOME_SRC"/tests/golden/ingest/*/; do
    name=$(basename "$dir")
    input=$(cd "$dir" && ls input.* | head -1)
    if [ -f "$dir/expected.err" ]; then
        set +e
        (cd "$dir" && "$MATOME_BIN" add "$input") >"$tmp/out" 2>"$tmp/err"
        rc=$?
        set -e
        if [ $rc -ne 2 ] || [ -s "$tmp/out" ] ||
            [ "$(cat "$tmp/err")" != "matome: $(cat "$dir/expected.err")" ]; then
            echo "FAIL $name: rc=$rc stdout=$(cat "$tmp/out") stderr=$(cat "$tmp/err")"
            fail=1
        fi
        continue
    fi
    out=$(cd "$dir" && "$MATOME_BIN" add "$input")
    id=${out%%$'\t'*}
    if [ "$out" != "$id"$'\t'"$input" ]; then
        echo "FAIL $name: add printed '$out'"
        fail=1
        continue
    fi
    "$MATOME_BIN" show --text "$id" >"$tmp/text"
    # show --text ends the text with a newline when it has none.
    cp "$dir/expected.txt" "$tmp/want"
    [ -z "$(tail -c1 "$tmp/want")" ] || echo >>"$tmp/want"
    if ! cmp -s "$tmp/text" "$tmp/want"; then
        echo "FAIL $name: text differs"
        diff "$tmp/want" "$tmp/text" || true
        fail=1
    fi
    "$MATOME_BIN" show --json "$id" | python3 -c '
import json, sys
o = json.load(sys.stdin)
for k in ["id", "title", "publisher", "published", "lang", "url", "charset",
          "media_type"]:
    if o.get(k) is not None:
        print("%s: %s" % (k, o[k]))' >"$tmp/meta"
    if ! cmp -s "$tmp/meta" "$dir/expected.meta"; then
        echo "FAIL $name: metadata differs"
        diff "$dir/expected.meta" "$tmp/meta" || true
        fail=1
    fi
done
# Refused inputs left nothing behind: one row per accepted case.
want=$(ls "$MATOME_SRC"/tests/golden/ingest/*/expected.meta | wc -l)
got=$("$MATOME_BIN" sources --json | wc -l)
if [ "$got" -ne "$want" ]; then
    echo "FAIL: $got sources stored, expected $want"
    fail=1
fi
exit $fail
