#!/usr/bin/env bash
# The HTML page in a real browser: build the worked example (or, before it
# exists, a golden render input) to HTML, load it in headless Chromium, and
# check the DOM Chromium built: one SVG lane per organisation of the
# timeline, one mark per dated timeline entry, every footnote link and
# back-link resolving (tests/browser/check_dom.py).  Saves a screenshot
# under the build directory (browser/example.png).
#
# Skips (exit 77, meson's skip code) with a message only when Chromium is
# not installed or cannot start here; scripts/bootstrap installs Debian's
# chromium so that CI runs it.
set -euo pipefail

: "${MATOME_BIN:?}" "${MATOME_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

chrome=""
for c in chromium chromium-browser; do
    if command -v "$c" >/dev/null 2>&1; then
        chrome=$c
        break
    fi
done
if [ -z "$chrome" ]; then
    echo "SKIP: chromium is not installed (scripts/bootstrap installs it)"
    exit 77
fi

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update
       --disable-sync --user-data-dir="$tmp/profile")

if ! timeout 60 "$chrome" "${flags[@]}" --dump-dom "about:blank" \
        >"$tmp/probe" 2>"$tmp/probe.err"; then
    echo "SKIP: chromium cannot run here:"
    tail -3 "$tmp/probe.err"
    exit 77
fi

dossier="$MATOME_SRC/examples/kobelco-pasco-2020/dossier.md"
[ -f "$dossier" ] || dossier="$MATOME_SRC/tests/golden/render/basic/input.md"
"$MATOME_BIN" build --no-store --format html -o "$tmp/example.html" \
    "$dossier" 2>"$tmp/build.err" || {
    cat "$tmp/build.err"
    exit 1
}

timeout 60 "$chrome" "${flags[@]}" --dump-dom "file://$tmp/example.html" \
    >"$tmp/dom.html" 2>/dev/null
python3 "$MATOME_SRC/tests/browser/check_dom.py" "$tmp/dom.html"

# The checker must catch a broken page: drop the anchor of source 1.
sed 's/ id="src-1"//' "$tmp/dom.html" >"$tmp/broken.html"
if python3 "$MATOME_SRC/tests/browser/check_dom.py" "$tmp/broken.html" \
        >"$tmp/broken.out"; then
    echo "check_dom.py accepted a page without id=src-1" >&2
    exit 1
fi
grep -q "links without a target: src-1" "$tmp/broken.out"

# Meson runs tests from the build directory.
shots="$PWD/browser"
mkdir -p "$shots"
timeout 60 "$chrome" "${flags[@]}" --hide-scrollbars \
    --screenshot="$shots/example.png" --window-size=1280,2000 \
    "file://$tmp/example.html" >/dev/null 2>&1
[ -s "$shots/example.png" ]
echo "screenshot: $shots/example.png"
