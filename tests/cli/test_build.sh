#!/usr/bin/env bash
# matome build: golden dossiers (tests/golden/dossier/<case>/dossier.md)
# must give exactly expected.json / expected.md / expected.html (those that
# exist) and exactly expected.diagnostics on stderr; exit codes and the
# store side effects are checked too.
set -euo pipefail
: "${MATOME_BIN:?}" "${MATOME_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
golden="$MATOME_SRC/tests/golden/dossier"

for dir in "$golden"/*/; do
    case=$(basename "$dir")
    # Run from the case directory so that diagnostics name "dossier.md".
    status=0
    (cd "$dir" && "$MATOME_BIN" build --no-store --format json dossier.md \
        >"$tmp/$case.json" 2>"$tmp/$case.err") || status=$?
    if [ -f "$dir/expected.json" ]; then
        [ "$status" -eq 0 ] || { echo "FAIL $case: exit $status"; fail=1; }
        diff -u "$dir/expected.json" "$tmp/$case.json" || { echo "FAIL $case: json"; fail=1; }
    else
        [ "$status" -eq 2 ] || { echo "FAIL $case: exit $status, expected 2"; fail=1; }
        [ ! -s "$tmp/$case.json" ] || { echo "FAIL $case: output despite errors"; fail=1; }
    fi
    grep -v ': note: no store' "$tmp/$case.err" >"$tmp/$case.err2" || true
    diff -u "$dir/expected.diagnostics" "$tmp/$case.err2" || { echo "FAIL $case: diagnostics"; fail=1; }
    for fmt in md html; do
        if [ -f "$dir/expected.$fmt" ]; then
            (cd "$dir" && "$MATOME_BIN" build --no-store --format "$fmt" dossier.md) \
                >"$tmp/$case.$fmt" 2>/dev/null
            diff -u "$dir/expected.$fmt" "$tmp/$case.$fmt" || { echo "FAIL $case: $fmt"; fail=1; }
        fi
    done
done

# -o writes the file; stdout stays empty.
(cd "$golden/kobelco-pasco" && "$MATOME_BIN" build --no-store --format json \
    -o "$tmp/out.json" dossier.md) >"$tmp/stdout" 2>/dev/null
cmp "$golden/kobelco-pasco/expected.json" "$tmp/out.json" || { echo "FAIL -o"; fail=1; }
[ ! -s "$tmp/stdout" ] || { echo "FAIL -o wrote to stdout"; fail=1; }

# Usage errors exit 1.
status=0; "$MATOME_BIN" build --format pdf x.md 2>/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "FAIL unknown format: exit $status"; fail=1; }
status=0; "$MATOME_BIN" build 2>/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "FAIL no file: exit $status"; fail=1; }

# With a store: related incidents must exist; a successful build records
# the incident, after which another dossier may relate to it.
db="$tmp/s.db"
cat >"$tmp/a.md" <<'EOD'
---
id: incident-a
title: A
status: closed
---
EOD
cat >"$tmp/b.md" <<'EOD'
---
id: incident-b
title: B
status: ongoing
related: incident-a
---
EOD
status=0
(cd "$tmp" && "$MATOME_BIN" build --db "$db" --format json b.md) >/dev/null 2>"$tmp/b.err" || status=$?
[ "$status" -eq 2 ] || { echo "FAIL related missing: exit $status"; fail=1; }
echo "b.md:5:10: error: related incident 'incident-a' does not exist in the store; build that incident's dossier into this store first, or correct the id" >"$tmp/b.exp"
echo "b.md: 1 error, 0 warnings; nothing written" >>"$tmp/b.exp"
diff -u "$tmp/b.exp" "$tmp/b.err" || { echo "FAIL related diagnostics"; fail=1; }
(cd "$tmp" && "$MATOME_BIN" build --db "$db" --format json a.md) >/dev/null
(cd "$tmp" && "$MATOME_BIN" build --db "$db" --format json b.md) >/dev/null || { echo "FAIL related after build"; fail=1; }
got=$(sqlite3 "$db" "select id || '|' || title || '|' || status from incidents order by id" 2>/dev/null || echo "no sqlite3")
if [ "$got" != "no sqlite3" ]; then
    [ "$got" = "incident-a|A|closed
incident-b|B|ongoing" ] || { echo "FAIL stored incidents: $got"; fail=1; }
fi

# A stored source id without a store is an error naming the fix.
cat >"$tmp/c.md" <<'EOD'
---
id: incident-c
title: C
status: ongoing
---
## Sources
1. @3f2a9c1b
EOD
status=0
(cd "$tmp" && "$MATOME_BIN" build --no-store c.md) >/dev/null 2>"$tmp/c.err" || status=$?
[ "$status" -eq 2 ] || { echo "FAIL stored without store: exit $status"; fail=1; }
grep -qx "c.md:7:1: error: source 1 refers to stored source @3f2a9c1b but no store is open; build with --db PATH naming the store that holds it, or write the source inline" "$tmp/c.err" \
    || { echo "FAIL stored without store: diagnostics"; cat "$tmp/c.err"; fail=1; }

exit $fail
