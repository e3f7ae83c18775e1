#!/bin/bash
# CLI tests of the store and the read-side commands (sources, show, search,
# remove): error paths with their exact messages and exit codes, and, when
# `matome add` is built, listing, showing, searching and removing real
# sources.
set -euo pipefail

: "${MATOME_BIN:?}" "${MATOME_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
unset MATOME_DB COLUMNS NO_COLOR

fails=0
# expect CODE STDOUT STDERR -- command...: run, compare exit code and
# both streams exactly.
expect() {
    local code=$1 want_out=$2 want_err=$3
    shift 4
    local got_code=0
    "$@" >out.txt 2>err.txt || got_code=$?
    local out err
    out=$(cat out.txt)
    err=$(cat err.txt)
    if [ "$got_code" != "$code" ] || [ "$out" != "$want_out" ] ||
        [ "$err" != "$want_err" ]; then
        echo "FAIL: $*" >&2
        echo "  exit $got_code (want $code)" >&2
        echo "  stdout: $out" >&2
        echo "  want:   $want_out" >&2
        echo "  stderr: $err" >&2
        echo "  want:   $want_err" >&2
        fails=$((fails + 1))
    fi
}

m=$MATOME_BIN

# A missing store is not created by reading commands.
expect 2 "" "matome: $tmp/none.db: no store here (no such file or directory)" \
    -- "$m" sources --db "$tmp/none.db"
[ ! -e "$tmp/none.db" ] || { echo "FAIL: sources created a store" >&2; fails=$((fails + 1)); }
expect 2 "" "matome: none.db: no store here (no such file or directory)" \
    -- env MATOME_DB=none.db "$m" search kobe

# A file that is not SQLite, and a database of another program.
printf 'This is a plain text file, not an SQLite database at all.\n%.0s' \
    1 2 3 4 5 6 7 8 >notdb.txt
expect 3 "" "matome: notdb.txt: not a matome store (not an SQLite database)" \
    -- "$m" --db notdb.txt sources
sqlite3 other.db 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'
expect 3 "" "matome: other.db: not a matome store (an SQLite database of another program)" \
    -- "$m" sources --db other.db
[ "$(sqlite3 other.db 'SELECT x FROM t')" = 1 ] ||
    { echo "FAIL: foreign database changed" >&2; fails=$((fails + 1)); }

# An empty file becomes an empty store: nothing listed, nothing found.
: >empty.db
expect 0 "" "" -- "$m" sources --db empty.db
expect 0 "" "" -- "$m" sources --db empty.db --json
expect 0 "" "" -- "$m" search --db empty.db 流出
expect 0 "" "" -- "$m" search --db empty.db --json --newest kobe
[ "$(sqlite3 empty.db 'PRAGMA user_version')" = 4 ] ||
    { echo "FAIL: empty store not initialised" >&2; fails=$((fails + 1)); }

# Unknown and malformed ids.
expect 2 "" "matome: abcd1234: no such source" -- "$m" show --db empty.db abcd1234
expect 2 "" "matome: abcd1234: no such source" \
    -- "$m" remove --db empty.db --yes abcd1234
expect 1 "" "matome: xyz: not a source id (4 to 16 hex digits)" \
    -- "$m" show --db empty.db xyz
expect 1 "" "matome remove: not removing abcd1234: add --yes to confirm (see 'matome remove --help')" \
    -- "$m" remove --db empty.db abcd1234
expect 1 "" "matome show: which source? give an ID (see 'matome show --help')" \
    -- "$m" show --db empty.db
expect 1 "" "matome show: --text and --json exclude each other (see 'matome show --help')" \
    -- "$m" show --db empty.db --text --json abcd

# Search arguments: an empty query is a usage error, FTS5 syntax is not.
expect 1 "" "matome search: empty query (see 'matome search --help')" \
    -- "$m" search --db empty.db "  "
expect 1 "" "matome search: search for what? give a QUERY (see 'matome search --help')" \
    -- "$m" search --db empty.db
for q in 'NEAR(' '"' '*' '-' ':' 'title:kobe' 'a OR b' '"unclosed'; do
    expect 0 "" "" -- "$m" search --db empty.db -- "$q"
done
expect 1 "" "matome search: --limit takes a whole number from 1 to 100000 (see 'matome search --help')" \
    -- "$m" search --db empty.db --limit 0 kobe
expect 1 "" "matome search: option '--limit' needs a value (see 'matome search --help')" \
    -- "$m" search --db empty.db kobe --limit
expect 1 "" "matome sources: unknown option '--frobnicate' (see 'matome sources --help')" \
    -- "$m" sources --db empty.db --frobnicate

# A store written by a newer matome is refused and left as it is.
sqlite3 empty.db 'PRAGMA user_version = 99'
expect 3 "" "matome: empty.db: written by a newer matome (schema 99, this build reads up to 4)" \
    -- "$m" sources --db empty.db
[ "$(sqlite3 empty.db 'PRAGMA user_version')" = 99 ] ||
    { echo "FAIL: newer store downgraded" >&2; fails=$((fails + 1)); }

# With `matome add` (built in the same tree once ingest lands): the read
# side over real sources, per the DESIGN.md contract of `add`.
if "$m" help add >/dev/null 2>&1; then
    printf '神戸製鋼所は、社内のサーバーが不正アクセスを受け、防衛関連の情報が流出した可能性があると公表した。\n' >ja.txt
    printf 'Kobe Steel said an outside party had accessed its network without authorization.\n' >en.txt
    "$m" add --db s.db --title '神戸製鋼所に不正アクセス' --publisher 例新聞 \
        --date 2020-01-31 --kind media --lang ja ja.txt >add.txt
    "$m" add --db s.db --title 'Kobe Steel reports unauthorized access' \
        --publisher 'Example Wire' --date 2020-02-06 --kind media --lang en \
        en.txt >>add.txt
    ja=$(awk -F'\t' '$2 == "ja.txt" {print $1}' add.txt)
    en=$(awk -F'\t' '$2 == "en.txt" {print $1}' add.txt)
    expect 0 "{\"id\":\"$en\",\"url\":null,\"publisher\":\"Example Wire\",\"title\":\"Kobe Steel reports unauthorized access\",\"published\":\"2020-02-06\",\"kind\":\"media\",\"lang\":\"en\"}
{\"id\":\"$ja\",\"url\":null,\"publisher\":\"例新聞\",\"title\":\"神戸製鋼所に不正アクセス\",\"published\":\"2020-01-31\",\"kind\":\"media\",\"lang\":\"ja\"}" "" \
        -- "$m" sources --db s.db --json
    expect 0 "$ja  2020-01-31
例新聞: 神戸製鋼所に不正アクセス
    …を受け、防衛関連の情報が[流出]した可能性があると公表し…" "" \
        -- "$m" search --db s.db 流出
    expect 0 "$(cat ja.txt)" "" -- "$m" show --db s.db --text "${ja:0:6}"
    expect 0 "removed $ja" "" -- "$m" remove --db s.db --yes "$ja"
    expect 0 "" "" -- "$m" search --db s.db 流出
fi

if [ "$fails" -ne 0 ]; then
    echo "test_store.sh: $fails failure(s)" >&2
    exit 1
fi
echo "test_store.sh: ok"
