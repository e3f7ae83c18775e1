#!/usr/bin/env bash
# matome draft: each example's raw sources are added to a fresh store with
# the metadata of its sources.tsv and drafted; the draft must build with
# zero errors and equal tests/golden/draft/<incident>/expected.md.  For the
# worked example it must also hold the merged Kobe Steel detection, the
# "250" conflict and the single-source malware claim.
set -euo pipefail
: "${MATOME_BIN:?}" "${MATOME_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

draft() { # incident -> $tmp/<incident>.md, store $tmp/<incident>.db
    local name=$1 ex="$MATOME_SRC/examples/$1" db="$tmp/$1.db" status=0
    local -a ids=()
    local file kind publisher url lang date id
    while IFS=$'\t' read -r file kind publisher url lang date; do
        case "$file" in ''|'#'*|file) continue ;; esac
        id=$("$MATOME_BIN" --db "$db" add --kind "$kind" --publisher "$publisher" \
            --url "$url" --lang "$lang" --date "$date" "$ex/$file" | cut -f1)
        ids+=("$id")
    done <"$ex/sources.tsv"
    "$MATOME_BIN" --db "$db" draft --incident "$name" "${ids[@]}" \
        >"$tmp/$name.md" 2>"$tmp/err" || status=$?
    [ "$status" -eq 0 ] || { cat "$tmp/err"; echo "FAIL draft $name: exit $status"; return 1; }
    # The draft builds unchanged, without errors.
    status=0
    "$MATOME_BIN" --db "$db" build --format json "$tmp/$name.md" \
        >"$tmp/$name.json" 2>"$tmp/build.err" || status=$?
    [ "$status" -eq 0 ] || { cat "$tmp/build.err"; echo "FAIL build $name: exit $status"; return 1; }
    if grep -q ': error:' "$tmp/build.err"; then
        cat "$tmp/build.err"; echo "FAIL build $name: errors"; return 1
    fi
    # Stored ids depend only on content, so the draft is reproducible.
    # MATOME_UPDATE_GOLDEN=1 rewrites the golden file instead (review the
    # diff before committing it).
    if [ "${MATOME_UPDATE_GOLDEN:-}" = 1 ]; then
        cp "$tmp/$name.md" "$MATOME_SRC/tests/golden/draft/$name/expected.md"
    fi
    diff -u "$MATOME_SRC/tests/golden/draft/$name/expected.md" "$tmp/$name.md" \
        || { echo "FAIL: golden draft $name"; return 1; }
}

draft kobelco-pasco-2020 || fail=1
draft koko-logistics-2023 || fail=1
draft hokuryo-univ-2024 || fail=1

# A relative MATOME_DATA is a directory under the working one, for every
# data file the draft reads (draft_counts.tsv was looked for at
# data/data/).
if [ -n "${MATOME_DATA:-}" ] && [ -d "$MATOME_DATA" ]; then
    rel=$tmp/rel
    mkdir -p "$rel"
    cp -r "$MATOME_DATA" "$rel/data"
    (cd "$rel" && MATOME_DATA=data "$MATOME_BIN" --db "$tmp/koko-logistics-2023.db" \
        draft --query ココ --incident rel >"$rel/d.md" 2>"$rel/err") \
        || { cat "$rel/err"; echo "FAIL: draft with a relative MATOME_DATA"; fail=1; }
fi

# Facts a user relies on.
k="$tmp/kobelco-pasco-2020.md"
grep -Eq '^- 2016-08 \| 神戸製鋼所 \| detection \| .*\[[0-9]+,[0-9]+' "$k" \
    || { echo "FAIL: no merged Kobe Steel detection 2016-08"; fail=1; }
grep -Eq '^- 神戸製鋼所 \| what 250 counts \| ~250 files \[[0-9,]+\] \| ~250 unauthorised accesses \[[0-9]+\] \| ~250 people \[[0-9]+\]$' "$k" \
    || { echo "FAIL: no '250' conflict"; fail=1; }
sed -n '/^Single-source claims/,$p' "$k" | grep -q '^- 神戸製鋼所: .*マルウエア' \
    || { echo "FAIL: malware claim not flagged as single-source"; fail=1; }
grep -q '^- ココ・ロジスティクス | leak as told from 2023-07-18 to 2023-08-11 | confirmed \[4\] | not_confirmed \[1,2,3,4\]$' \
    "$tmp/koko-logistics-2023.md" || { echo "FAIL: koko leak conflict"; fail=1; }

h="$tmp/hokuryo-univ-2024.md"
# The authority's statement, read first, names the victim.
grep -q '^- 2024-01-15 | 北陵大学 | detection | .* \[1,2,4,5\]$' "$h" \
    || { echo "FAIL: hokuryo detection not cited to the authority"; fail=1; }
# About 12,000 people holds 12,148 but not 21,000.
grep -q '^- 北陵大学 | how many people | 12148 people \[1\] | ~12000 people \[2\] | 12000 people \[3,4\] | ~21000 people \[5\]$' "$h" \
    || { echo "FAIL: hokuryo count conflict"; fail=1; }
grep -q 'what 12000 counts' "$h" \
    && { echo "FAIL: ~12000 and 12000 people reported as a conflict"; fail=1; }

# A source without a date is read against the latest year its text
# writes (a copyright line), so its 昨年 and 7日 get years; a fiscal year
# (2025年3月期) is no such date.
u="$tmp/undated"
mkdir -p "$u"
printf '%s\n' 'ウメダ計算機は7日、昨年10月5日に受けたサイバー攻撃の調査結果を発表した。' \
    '同社は2026年3月期の業績予想を取り下げた。' '' 'Copyright 2025 Example News' \
    >"$u/a.txt"
id=$("$MATOME_BIN" --db "$u/db" add --kind media --publisher 'Example News' \
    --lang ja "$u/a.txt" | cut -f1)
"$MATOME_BIN" --db "$u/db" draft --incident umeda "$id" >"$u/d.md" 2>/dev/null \
    || { echo "FAIL draft undated"; fail=1; }
grep -q '^- 2024-10-05 | ウメダ計算機 | intrusion_start |' "$u/d.md" \
    || { cat "$u/d.md"; echo "FAIL: undated source's 昨年10月5日"; fail=1; }

# Usage errors.
status=0
"$MATOME_BIN" --db "$tmp/kobelco-pasco-2020.db" draft >/dev/null 2>"$tmp/err" || status=$?
[ "$status" -eq 1 ] || { echo "FAIL usage: exit $status"; fail=1; }
grep -q 'give --incident and either source ids or --query' "$tmp/err" \
    || { echo "FAIL usage message"; fail=1; }

exit "$fail"
