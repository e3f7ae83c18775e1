#!/usr/bin/env python3
"""List committed text that runs close to the cached third-party articles.

usage: bench/realnews/copycheck.py [--min N] [FILE...]

The article texts under bench/realnews/texts/ are never committed, and
nothing we commit may copy their sentences (README.md).  This reads every
cached text and, for each FILE (default: the unit tests, the golden
extraction texts, the fuzz seeds and the examples), prints each stretch of
at least N characters (default 40) that also occurs in a cached text.  For
C files only the string literals count, joined as the compiler joins
adjacent ones.  Short stretches are mostly common phrases ("a group that
calls itself"); long ones are copies to reword.  Exit status 1 when any
stretch is found, 2 when there is no cache.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def literals(text):
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', text))


def stretches(text, corpus, n):
    found, i = [], 0
    while i + n <= len(text):
        if text[i:i + n] in corpus:
            j = i + n
            while j < len(text) and text[i:j + 1] in corpus:
                j += 1
            found.append(text[i:j])
            i = j
        else:
            i += 1
    return found


def main():
    args = sys.argv[1:]
    n = 40
    if len(args) >= 2 and args[0] == "--min":
        n, args = int(args[1]), args[2:]
    cached = glob.glob(os.path.join(HERE, "texts", "*", "*"))
    if not cached:
        print("copycheck: no cached texts under bench/realnews/texts/ "
              "(README.md says how to collect them)", file=sys.stderr)
        return 2
    corpus = "\n".join(open(f, encoding="utf-8", errors="replace").read()
                       for f in cached)
    files = args or sorted(
        glob.glob(os.path.join(ROOT, "tests", "unit", "*.c")) +
        glob.glob(os.path.join(ROOT, "tests", "golden", "extract", "*.txt")) +
        glob.glob(os.path.join(ROOT, "fuzz", "corpus", "*", "*")) +
        glob.glob(os.path.join(ROOT, "examples", "*", "*.html")) +
        glob.glob(os.path.join(ROOT, "examples", "*", "*.md")))
    bad = 0
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        if f.endswith(".c"):
            text = literals(text)
        for s in stretches(text, corpus, n):
            bad += 1
            print(f"{os.path.relpath(f, ROOT)}: {len(s)} characters: "
                  f"{s[:100]!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
