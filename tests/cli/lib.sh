# Shared by the CLI tests: source it right after `set -euo pipefail`.
#
# It makes $tmp (a fresh directory removed on exit; a test that starts a
# server sets cleanup_extra to the command that stops it), sets fail=0,
# and defines:
#   require_commands CMD...  skip the test (exit 77) unless every
#                            subcommand is built
#   check NAME EXPECTED GOT  compare, print both and set fail=1 when they
#                            differ
#   add ARGS...              run matome add: stdout in $tmp/out, stderr in
#                            $tmp/err, the exit code in $rc
#   field ID KEY             one field of `matome show --json ID`

require_commands() {
    local c
    for c in "$@"; do
        "$MATOME_BIN" help "$c" >/dev/null 2>&1 ||
            { echo "skip: matome $c not built"; exit 77; }
    done
}

tmp=$(mktemp -d)
cleanup_extra=:
trap 'eval "$cleanup_extra"; rm -rf "$tmp"' EXIT
fail=0

check() { # name, expected, got
    if [ "$2" != "$3" ]; then
        printf 'FAIL %s\n  expected: %s\n  got:      %s\n' "$1" "$2" "$3"
        fail=1
    fi
}

add() {
    set +e
    "$MATOME_BIN" add "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    set -e
}

field() { # id, key
    "$MATOME_BIN" show --json "$1" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$2"
}
