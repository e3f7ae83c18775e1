#!/bin/bash
# matome add with URLs, against a local server (tests/tools/httpd.py) on a
# free port of 127.0.0.1; no other address is ever contacted.
set -euo pipefail
# The checks read back through `matome show` and `matome sources`.
source "$MATOME_SRC/tests/cli/lib.sh"
require_commands add show sources
server=
cleanup_extra='[ -z "$server" ] || kill "$server" 2>/dev/null || true'
python3 "$MATOME_SRC/tests/tools/httpd.py" "$tmp/port" "$tmp/log" &
server=$!
for _ in $(seq 100); do [ -f "$tmp/port" ] && break; sleep 0.05; done
port=$(cat "$tmp/port")
base=http://127.0.0.1:$port
export MATOME_DB=$tmp/net.db

add "$base/page.html"
check "page rc" 0 "$rc"
id=$(cut -f1 "$tmp/out")
check "page line" "$id	$base/page.html" "$(cat "$tmp/out")"
check "page title" "Local test page" "$(field "$id" title)"
check "page url" "$base/page.html" "$(field "$id" url)"

# Charset only in the Content-Type header.
add "$base/sjis"
check "sjis rc" 0 "$rc"
id=$(cut -f1 "$tmp/out")
check "sjis charset" "Shift_JIS" "$(field "$id" charset)"
check "sjis text" "このページの文字コードはHTTPヘッダーでのみ宣言されています。" \
    "$("$MATOME_BIN" show --text "$id")"

# Redirects: the final URL is recorded.
add "$base/r1"
check "redirect rc" 0 "$rc"
id=$(cut -f1 "$tmp/out")
check "redirect url" "$base/final.html" "$(field "$id" url)"

add "$base/loop"
check "loop rc" 2 "$rc"
check "loop err" "matome: $base/loop: more than 5 redirects" "$(cat "$tmp/err")"

add "$base/missing"
check "404 rc" 2 "$rc"
check "404 err" "matome: $base/missing: HTTP 404 Not Found" "$(cat "$tmp/err")"

# 50 MB: refused by Content-Length, and by the cap while streaming
# (without a length); neither is read to the end.
add "$base/big"
check "big rc" 2 "$rc"
check "big err" \
    "matome: $base/big: response is 52428800 bytes, above the limit of 33554432" \
    "$(cat "$tmp/err")"
add "$base/big-stream"
check "stream rc" 2 "$rc"
check "stream err" \
    "matome: $base/big-stream: response is above the limit of 33554432 bytes" \
    "$(cat "$tmp/err")"
add --max-size 100000 "$base/big-stream"
check "stream small cap err" \
    "matome: $base/big-stream: response is above the limit of 100000 bytes" \
    "$(cat "$tmp/err")"
sleep 0.5
while read -r path _ sent; do
    if [ "$sent" -ge $((50 * 1024 * 1024)) ]; then
        echo "FAIL $path: the whole body was read ($sent bytes)"
        fail=1
    fi
done <"$tmp/log"

# A slow server and the --timeout option.
start=$(date +%s)
add --timeout 1 "$base/slow"
elapsed=$(($(date +%s) - start))
check "slow rc" 2 "$rc"
if ! grep -Eq "^matome: $base/slow: Operation timed out after [0-9]+ milliseconds" "$tmp/err" ||
    [ "$elapsed" -gt 5 ]; then
    echo "FAIL slow: $(cat "$tmp/err") after ${elapsed}s"
    fail=1
fi

# Nothing listens on a port we just freed.
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
add "http://127.0.0.1:$closed/x"
check "refused rc" 2 "$rc"
if ! grep -Eq "^matome: http://127.0.0.1:$closed/x: Failed to connect to 127.0.0.1 port $closed" "$tmp/err"; then
    echo "FAIL refused: $(cat "$tmp/err")"
    fail=1
fi

# Only the three good URLs were stored.
check "rows" 3 "$("$MATOME_BIN" sources --json | wc -l)"
exit $fail
