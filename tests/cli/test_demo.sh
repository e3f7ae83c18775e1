#!/usr/bin/env bash
# The demo (scripts/demo, what `make demo` runs) ingests every example
# source with the metadata of its sources.tsv, and the store it leaves
# holds exactly those sources, searchable in Japanese and English,
# including the Shift_JIS and EUC-JP pages.
set -euo pipefail

: "${MATOME_BIN:?}" "${MATOME_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/demo/matome.db

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

DEMO_DIR=$tmp/demo "$MATOME_SRC/scripts/demo" >"$tmp/out" 2>"$tmp/err" ||
    fail "scripts/demo exited $?: $(cat "$tmp/err")"

# Every file of every sources.tsv is added, in order, one "ID<TAB>path"
# line each.
expected=$(for ex in kobelco-pasco-2020 koko-logistics-2023; do
    grep -v -e '^#' -e '^file	' "$MATOME_SRC/examples/$ex/sources.tsv" |
        cut -f1 | sed "s|^|examples/$ex/|"
done)
got=$(grep -E '^[0-9a-f]{16}	examples/' "$tmp/out" | cut -f2)
[[ $got == "$expected" ]] ||
    fail "added files differ: $(diff <(echo "$expected") <(echo "$got"))"
n=$(echo "$expected" | wc -l)
[[ $n -eq 12 ]] || fail "expected 12 example sources, sources.tsv lists $n"

id_of() { grep -F "	examples/$1" "$tmp/out" | cut -f1; }

# The store holds exactly those sources with the metadata of sources.tsv.
"$MATOME_BIN" --db "$db" sources --json >"$tmp/sources.json"
python3 - "$tmp/sources.json" "$MATOME_SRC/examples" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
want = {}
for ex in ("kobelco-pasco-2020", "koko-logistics-2023"):
    for line in open("%s/%s/sources.tsv" % (sys.argv[2], ex), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0].startswith("#") or f[0] == "file":
            continue
        want[f[3]] = {"kind": f[1], "publisher": f[2], "url": f[3],
                      "lang": f[4], "published": f[5]}
assert len(rows) == len(want), "store has %d sources, want %d" % (len(rows), len(want))
for r in rows:
    w = want.get(r.get("url"))
    assert w, "unexpected source %r" % r
    for k, v in w.items():
        assert r.get(k) == v, "%s: %s is %r, want %r" % (w["url"], k, r.get(k), v)
PY

# Searches find the right documents, whatever their original charset.
search_ids() { "$MATOME_BIN" --db "$db" search "$1" --json --limit 50; }
expect_hit() { # QUERY FILE
    search_ids "$1" | grep -q "$(id_of "$2")" ||
        fail "search '$1' does not find $2"
}
expect_hit 痕跡 kobelco-pasco-2020/pasco-20200206.html       # Shift_JIS, declared
expect_hit 痕跡 kobelco-pasco-2020/maiasa-20200206.html
expect_hit 目黒区 kobelco-pasco-2020/jiho-20200206.html     # EUC-JP
expect_hit 脆弱性 koko-logistics-2023/koko-20230810.html     # Shift_JIS, undeclared
expect_hit "launch tubes" kobelco-pasco-2020/tbw-20200207.html
expect_hit "launch tubes" kobelco-pasco-2020/adcb-20200210.pdf
expect_hit マルウエア kobelco-pasco-2020/maiasa-20200206.html
# Only one outlet mentions malware (the planted single-source claim).
[[ $(search_ids マルウエア | grep -c '"id"') -eq 1 ]] ||
    fail "マルウエア should be in exactly one source"

# Running the demo again starts from a fresh store with the same ids.
DEMO_DIR=$tmp/demo "$MATOME_SRC/scripts/demo" >"$tmp/out2" 2>&1
[[ $(grep -E '^[0-9a-f]{16}	' "$tmp/out2") == "$(grep -E '^[0-9a-f]{16}	' "$tmp/out")" ]] ||
    fail "a second demo run gives different ids"
[[ $("$MATOME_BIN" --db "$db" sources --json | wc -l) -eq 12 ]] ||
    fail "a second demo run does not start from a fresh store"
echo "ok"
