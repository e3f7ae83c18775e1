#!/bin/bash
# PDF reading and URL fetching live in modules that matome loads on first
# use (src/text/module.h): the binary does not link poppler or libcurl,
# and a missing, stale or foreign module is a one-line error naming the
# module file, exit code 2, and no row in the store.
set -euo pipefail
source "$MATOME_SRC/tests/cli/lib.sh"
require_commands add sources
export MATOME_DB=$tmp/modules.db
pdf=$MATOME_SRC/tests/golden/ingest/pdf-simple/input.pdf
url=http://127.0.0.1:9/never-fetched.html

if command -v ldd >/dev/null; then
    check "ldd: neither poppler nor curl" "" \
        "$(ldd "$MATOME_BIN" | grep -Ei 'poppler|curl' || true)"
else
    echo "skip: ldd not found, linked libraries not checked"
fi

# The modules of this build work.
add "$pdf"
check "pdf rc" 0 "$rc"

# No module directory holds them.
mkdir "$tmp/empty"
export MATOME_MODULE_DIR=$tmp/empty
rm -f "$MATOME_DB"
add "$pdf"
check "missing pdf rc" 2 "$rc"
check "missing pdf err" \
    "matome: $pdf: PDF support not available: cannot load $tmp/empty/matome-pdf.so: cannot open shared object file: No such file or directory" \
    "$(cat "$tmp/err")"
add "$url"
check "missing fetch rc" 2 "$rc"
check "missing fetch err" \
    "matome: $url: URL fetching not available: cannot load $tmp/empty/matome-fetch.so: cannot open shared object file: No such file or directory" \
    "$(cat "$tmp/err")"
check "nothing stored" "" "$("$MATOME_BIN" sources)"

# A module left by another matome version, and a file without a matome
# entry point (tests/tools/stale_module.c).
bad=$MATOME_TEST_BAD_MODULE_DIR
export MATOME_MODULE_DIR=$bad
version=$("$MATOME_BIN" --version)
add "$pdf"
check "stale pdf rc" 2 "$rc"
check "stale pdf err" \
    "matome: $pdf: PDF support not available: $bad/matome-pdf.so is from matome 0.0.1 (module ABI 1); this is matome ${version#matome } (module ABI 1)" \
    "$(cat "$tmp/err")"
add "$url"
check "foreign fetch rc" 2 "$rc"
check "foreign fetch err" \
    "matome: $url: URL fetching not available: $bad/matome-fetch.so is not a matome module of this version (no mt_fetch_module_v1)" \
    "$(cat "$tmp/err")"
check "still nothing stored" "" "$("$MATOME_BIN" sources)"

# Commands that read no PDF and no URL never look for a module.
check "search without modules" 0 \
    "$("$MATOME_BIN" search 流出 >/dev/null 2>&1; echo $?)"

exit $fail
