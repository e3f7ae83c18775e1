#!/usr/bin/env bash
# The extraction gold set through the CLI: every case's output must be
# valid JSON lines whose text equals the input bytes at [start,end), and
# the overall F1 (exact spans) must be at least 0.95.
set -euo pipefail

: "${MATOME_BIN:?MATOME_BIN must name the matome binary}"
: "${MATOME_SRC:?MATOME_SRC must name the source tree}"
gold="$MATOME_SRC/tests/golden/extract"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The command must exist: 'matome extract --help' succeeds.
if ! "$MATOME_BIN" extract --help >"$tmp/help" 2>&1; then
    cat "$tmp/help" >&2
    fail "'matome extract' is missing or broken (no cli/cmd_extract.c?)"
fi

# The committed expected files are what annotate.py makes of the .gold files.
python3 "$gold/annotate.py" --check || fail "stale expected.jsonl in $gold"

# Score through the CLI; --strict fails on invalid lines or failed runs.
status=0
python3 "$gold/score.py" --dir "$gold" --strict --min-f1 0.95 \
    --json "$tmp/score.json" >"$tmp/report" 2>&1 || status=$?
cat "$tmp/report"
python3 - "$tmp/score.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
if r["invalid"] or r["failed"]:
    print("invalid output lines: %d, failed runs: %d"
          % (len(r["invalid"]), len(r["failed"])))
print("overall F1 %.3f (P %.3f R %.3f, value accuracy %.3f)" % (
    r["overall"]["f1"], r["overall"]["precision"], r["overall"]["recall"],
    r["overall"]["value_accuracy"]))
PY
[ "$status" -eq 0 ] || fail "gold set: invalid output or F1 below 0.95"
echo "ok"
