#!/bin/bash
# matome add: output lines, de-duplication, overrides and their
# validation, and every kind of bad input (one-line error naming the input
# and the reason, the exit code, no partial row).
set -euo pipefail
# The checks read back through `matome show` and `matome sources`.
source "$MATOME_SRC/tests/cli/lib.sh"
require_commands add show sources
export MATOME_DB=$tmp/m.db
golden=$MATOME_SRC/tests/golden/ingest
rows() { "$MATOME_BIN" sources --json | wc -l; }

cp "$golden/ja-sjis-news/input.html" "$tmp/news.html"
add "$tmp/news.html"
check "add rc" 0 "$rc"
id=$(cut -f1 "$tmp/out")
check "add line" "$id	$tmp/news.html" "$(cat "$tmp/out")"
check "add quiet" "" "$(cat "$tmp/err")"
# The same bytes again (under another name): same id, nothing changes.
cp "$tmp/news.html" "$tmp/copy.html"
before=$("$MATOME_BIN" show --json "$id")
add "$tmp/copy.html"
check "dup rc" 0 "$rc"
check "dup line" "$id	$tmp/copy.html" "$(cat "$tmp/out")"
check "dup unchanged" "$before" "$("$MATOME_BIN" show --json "$id")"
check "dup rows" 1 "$(rows)"

# Overrides.
add --publisher "Example Times" --title "Overridden" --date 2020-02 \
    --kind media --lang en --url https://example.test/a "$golden/en-jsonld/input.html"
check "override rc" 0 "$rc"
id=$(cut -f1 "$tmp/out")
check "override publisher" "Example Times" "$(field "$id" publisher)"
check "override title" "Overridden" "$(field "$id" title)"
check "override date" "2020-02" "$(field "$id" published)"
check "override kind" "media" "$(field "$id" kind)"
check "override lang" "en" "$(field "$id" lang)"
check "override url" "https://example.test/a" "$(field "$id" url)"

# Bad overrides are usage errors (exit 1) and store nothing.
n=$(rows)
add --date 2020-13-01 "$golden/md-notes/input.md"
check "bad date rc" 1 "$rc"
check "bad date msg" "matome add: --date takes YYYY, YYYY-MM or YYYY-MM-DD, not '2020-13-01' (see 'matome add --help')" "$(cat "$tmp/err")"
add --kind newspaper "$golden/md-notes/input.md"
check "bad kind rc" 1 "$rc"
check "bad kind msg" "matome add: --kind takes official, authority, media, blog or other, not 'newspaper' (see 'matome add --help')" "$(cat "$tmp/err")"
add --charset klingon "$golden/md-notes/input.md"
check "bad charset rc" 1 "$rc"
add --title T a.html b.html
check "title two inputs rc" 1 "$rc"
add
check "no input rc" 1 "$rc"
check "usage rows" "$n" "$(rows)"

# Bad inputs: each one line naming the input, exit 2, no row.
: >"$tmp/empty.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$tmp/image.png"
truncate -s 3G "$tmp/huge.txt"
mkdir "$tmp/dir"
printf '<html><head><meta charset="utf-8"></head><body><p>ab\xff\xfe</p></body></html>' >"$tmp/bad.html"
cases=(
    "$tmp/missing.html|matome: $tmp/missing.html: cannot open: No such file or directory"
    "$tmp/dir|matome: $tmp/dir: is a directory, not a file"
    "$tmp/empty.txt|matome: $tmp/empty.txt: empty file"
    "$tmp/image.png|matome: $tmp/image.png: binary file, not a document"
    "$tmp/huge.txt|matome: $tmp/huge.txt: file is 3221225472 bytes, above the limit of 33554432"
    "$golden/pdf-truncated/input.pdf|matome: $golden/pdf-truncated/input.pdf: truncated PDF: no %%EOF marker at the end"
)
for c in "${cases[@]}"; do
    in=${c%%|*}
    want=${c#*|}
    add "$in"
    check "rc $in" 2 "$rc"
    check "msg $in" "$want" "$(cat "$tmp/err")"
    check "stdout $in" "" "$(cat "$tmp/out")"
done
check "bad input rows" "$n" "$(rows)"
# --max-size lowers the cap.
add --max-size 100 "$golden/en-jsonld/input.html"
check "max-size rc" 2 "$rc"
check "max-size msg" "matome: $golden/en-jsonld/input.html: file is $(stat -c %s "$golden/en-jsonld/input.html") bytes, above the limit of 100" "$(cat "$tmp/err")"
# Bytes invalid in the declared charset: the offset is named.
add "$tmp/bad.html"
check "undecodable rc" 2 "$rc"
check "undecodable msg" "matome: $tmp/bad.html: byte 52: invalid UTF-8 byte sequence" "$(cat "$tmp/err")"
# Unreadable file: root reads anything, so only as another user.
if [ "$(id -u)" -ne 0 ]; then
    cp "$golden/md-notes/input.md" "$tmp/secret.md"
    chmod 000 "$tmp/secret.md"
    add "$tmp/secret.md"
    check "unreadable msg" "matome: $tmp/secret.md: cannot open: Permission denied" "$(cat "$tmp/err")"
else
    echo "skip: unreadable file (running as root, which reads any file)"
fi

# Several inputs: good ones proceed, the exit code is the worst one.
add "$golden/md-notes/input.md" "$tmp/empty.txt" "$golden/ja-press-release/input.html"
check "mixed rc" 2 "$rc"
check "mixed stdout lines" 2 "$(wc -l <"$tmp/out")"
check "mixed stderr" "matome: $tmp/empty.txt: empty file" "$(cat "$tmp/err")"
check "mixed rows" $((n + 2)) "$(rows)"

# A store that is not SQLite: exit 3, the file is left alone.
printf 'this is not a database, just text that is long enough to matter\n%.0s' $(seq 20) >"$tmp/notdb"
cp "$tmp/notdb" "$tmp/notdb.orig"
set +e
"$MATOME_BIN" --db "$tmp/notdb" add "$golden/md-notes/input.md" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
check "notdb rc" 3 "$rc"
check "notdb lines" 1 "$(wc -l <"$tmp/err")"
check "notdb untouched" "" "$(cmp "$tmp/notdb" "$tmp/notdb.orig" 2>&1)"

# No progress bar when stderr is not a terminal.
add "$golden/en-time-element/input.html" "$golden/ja-eucjp-blog/input.html"
check "no bar" "" "$(cat "$tmp/err")"
# With a terminal (script(1) gives one), a bar on stderr.
if command -v script >/dev/null; then
    script -qec "\"$MATOME_BIN\" --db \"$MATOME_DB\" add \"$golden/en-time-element/input.html\" \"$golden/ja-eucjp-blog/input.html\" >/dev/null" /dev/null >"$tmp/tty" || true
    if ! grep -q '\[##############################\] 2/2' "$tmp/tty"; then
        echo "FAIL progress bar: $(cat -v "$tmp/tty")"
        fail=1
    fi
fi
# Many files: stored in batches, one line per input in input order, each
# printed only once its batch is committed.
mkdir "$tmp/many"
python3 - "$tmp/many" <<'PY'
import sys
for i in range(300):
    para = "<p>Batch article %d: the contractor reported access to server %d.</p>" % (i, i)
    with open("%s/a%03d.html" % (sys.argv[1], i), "w") as f:
        f.write("<html><head><meta charset=utf-8><title>Article %d</title></head>"
                "<body><article>%s</article></body></html>" % (i, para * 70))
PY
export MATOME_DB=$tmp/many.db
add "$tmp"/many/a*.html
check "many rc" 0 "$rc"
check "many inputs" "$(ls "$tmp"/many/a*.html)" "$(cut -f2 "$tmp/out")"
check "many rows" 300 "$(rows)"
# A disk that fills up (a file size limit) part-way: every id printed is
# stored, and every input is either printed or reported, exactly once.
export MATOME_DB=$tmp/full.db
"$MATOME_BIN" add "$tmp/news.html" >/dev/null
set +e
(trap '' XFSZ; ulimit -f 1000; "$MATOME_BIN" add "$tmp"/many/a*.html) \
    >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
check "full rc" 3 "$rc"
check "full rows" $(($(wc -l <"$tmp/out") + 1)) "$(rows)"
check "full accounted" "$(ls "$tmp"/many/a*.html)" \
    "$( (cut -f2 "$tmp/out"; sed 's/^matome: \([^:]*\): .*/\1/' "$tmp/err") | sort)"
for id in $(cut -f1 "$tmp/out"); do
    "$MATOME_BIN" show "$id" >/dev/null 2>&1 || check "full printed id stored" "$id" ""
done
check "full reasons" "" "$(grep -v -e ': disk is full' -e ': i/o error' "$tmp/err")"

exit $fail
