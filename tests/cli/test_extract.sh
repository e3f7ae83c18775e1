#!/bin/bash
# matome extract through the CLI: the JSON lines of the Kobe Steel/PASCO
# example, stdin input, the table, and the usage errors with their exit
# codes, a bad data row.  (The gold set is scored by test_golden_extract.sh.)
set -euo pipefail
: "${MATOME_BIN:?}" "${MATOME_DATA:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

printf '%s' '神戸製鋼所は17年10月、16年4月ごろから不正アクセスを受け、約250件のうち231件が流出した可能性があると発表した。流出は確認されていない。北朝鮮の関与が疑われる。' >"$tmp/ja.txt"

"$MATOME_BIN" extract --lang ja --ref-date 2020-02-06 --json "$tmp/ja.txt" >"$tmp/out.jsonl"
cat >"$tmp/want.jsonl" <<'JSON'
{"kind":"org","start":0,"end":15,"text":"神戸製鋼所","value":"神戸製鋼所"}
{"kind":"date","start":18,"end":28,"text":"17年10月","value":"2017-10"}
{"kind":"date","start":31,"end":46,"text":"16年4月ごろ","value":"2016-04","mod":"approx"}
{"kind":"event","start":52,"end":70,"text":"不正アクセス","value":"不正アクセス","type":"intrusion_start"}
{"kind":"quantity","start":82,"end":91,"text":"約250件","value":250,"mod":"approx","unit":"件"}
{"kind":"quantity","start":100,"end":106,"text":"231件","value":231,"unit":"件"}
{"kind":"event","start":109,"end":115,"text":"流出","value":"流出","type":"leak_possible"}
{"kind":"hedge","start":121,"end":139,"text":"可能性がある","value":"possible"}
{"kind":"event","start":142,"end":148,"text":"発表","value":"発表","type":"disclosure"}
{"kind":"event","start":157,"end":163,"text":"流出","value":"流出","type":"leak_possible"}
{"kind":"hedge","start":166,"end":190,"text":"確認されていない","value":"not_confirmed"}
{"kind":"event","start":205,"end":211,"text":"関与","value":"関与","type":"attribution"}
{"kind":"hedge","start":214,"end":226,"text":"疑われる","value":"suspected"}
JSON
diff -u "$tmp/want.jsonl" "$tmp/out.jsonl" || fail "JSON lines differ"

# '-' reads standard input, same output
"$MATOME_BIN" extract --lang ja --ref-date 2020-02-06 --json - <"$tmp/ja.txt" >"$tmp/stdin.jsonl"
cmp -s "$tmp/out.jsonl" "$tmp/stdin.jsonl" || fail "stdin output differs"

# without a reference date a two-digit year still resolves, 昨年 does not
printf '昨年3月' | "$MATOME_BIN" extract --json - >"$tmp/noref.jsonl"
grep -qx '{"kind":"date","start":0,"end":10,"text":"昨年3月","value":"XXXX-03"}' "$tmp/noref.jsonl" ||
    fail "unresolved year: $(cat "$tmp/noref.jsonl")"

# the table: a header and one line per span
printf 'Kobe Steel said on Feb. 6, 2020 that 27,445 files may have leaked.' >"$tmp/en.txt"
"$MATOME_BIN" extract "$tmp/en.txt" >"$tmp/table.txt"
[ "$(wc -l <"$tmp/table.txt")" -eq 6 ] || fail "table: $(cat "$tmp/table.txt")"
head -1 "$tmp/table.txt" | grep -q '^KIND  *START  *END  *VALUE  *MOD  *TEXT$' || fail "table header"
grep -q '^quantity  *37  *49  *27445 file  *-  *27,445 files$' "$tmp/table.txt" || fail "table row"

# usage errors: exit 1 and a message naming the problem
set +e
"$MATOME_BIN" extract --ref-date 2020-13-01 "$tmp/en.txt" 2>"$tmp/err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "bad ref date exit $rc"
grep -q "^matome extract: --ref-date takes a date like 2020-02-06, not '2020-13-01'" "$tmp/err" || fail "message: $(cat "$tmp/err")"
set +e
"$MATOME_BIN" extract --lang fr "$tmp/en.txt" 2>"$tmp/err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "bad lang exit $rc"
grep -q "^matome extract: --lang takes ja, en or auto, not 'fr'" "$tmp/err" || fail "message: $(cat "$tmp/err")"
set +e
"$MATOME_BIN" extract "$tmp/missing.txt" 2>"$tmp/err"; rc=$?
set -e
[ $rc -eq 2 ] || fail "missing file exit $rc"
grep -q "missing.txt: cannot open: No such file or directory" "$tmp/err" || fail "message: $(cat "$tmp/err")"
set +e
"$MATOME_BIN" extract 2>"$tmp/err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "no input exit $rc"

# a bad data row: exit 2, the file and line named
bad_row() { # FILE ROW MESSAGE: ROW appended to a copy of data/FILE
    rm -rf "$tmp/data"
    cp -r "$MATOME_DATA" "$tmp/data"
    printf '%s\n' "$2" >>"$tmp/data/$1"
    line=$(wc -l <"$tmp/data/$1")
    set +e
    printf 'x' | MATOME_DATA="$tmp/data" "$MATOME_BIN" extract - 2>"$tmp/err"; rc=$?
    set -e
    [ $rc -eq 2 ] || fail "bad row in $1: exit $rc"
    grep -q "$1:$line: $3" "$tmp/err" || fail "message: $(cat "$tmp/err")"
}
bad_row relative.tsv "$(printf 'Caturday\tref\tweekday\t9')" "bad weekday"
bad_row relative.tsv "$(printf 'the week after\tprev\tweek\t1')" "a weekday or a week takes anchor ref"
bad_row seats.tsv "$(printf '市\tcity')" "unknown seat kind 'city'"
bad_row seats.tsv "$(printf '\tplace')" "empty seat word"
bad_row org_heads.tsv "$(printf '会社\tadjective')" "unknown head kind 'adjective'"
echo "ok"
