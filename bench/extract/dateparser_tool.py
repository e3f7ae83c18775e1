#!/usr/bin/python3
"""dateparser (Debian python3-dateparser) for bench/extract/run.

  dateparser_tool.py bench FILE ja|en REF-DATE SAMPLE-BYTES
      time search.search_dates on the first SAMPLE-BYTES of FILE (whole
      paragraphs), one call per paragraph; prints JSON with bytes, seconds
  dateparser_tool.py gold GOLD-DIR OUT-DIR
      dates of every gold case as matome-style JSON lines; dateparser gives
      no offsets, so each found text is located in the input in order, and
      the value is the full date (the scorer cuts it to the gold precision)
"""
import datetime
import json
import os
import re
import sys
import time

from dateparser.search import search_dates


def settings(ref):
    s = {"RETURN_AS_TIMEZONE_AWARE": False}
    if ref:
        y, m, d = map(int, ref.split("-"))
        s["RELATIVE_BASE"] = datetime.datetime(y, m, d, 12)
    return s


def bench(path, lang, ref, sample):
    with open(path, encoding="utf-8") as f:
        paras = f.read().split("\n\n")
    chosen, n = [], 0
    for p in paras:
        if n >= sample:
            break
        chosen.append(p)
        n += len(p.encode("utf-8")) + 2
    st = settings(ref)
    found = 0
    t0 = time.perf_counter()
    for p in chosen:
        r = search_dates(p, languages=[lang], settings=st)
        found += len(r or [])
    t1 = time.perf_counter()
    print(json.dumps({"bytes": n, "seconds": t1 - t0, "dates": found}))


def gold(gdir, odir):
    os.makedirs(odir, exist_ok=True)
    for f in sorted(os.listdir(gdir)):
        if not f.endswith(".txt"):
            continue
        name = f[:-4]
        with open(os.path.join(gdir, f), encoding="utf-8") as fh:
            text = fh.read()
        args = ""
        if os.path.exists(os.path.join(gdir, name + ".args")):
            with open(os.path.join(gdir, name + ".args")) as fh:
                args = fh.read()
        lang = (re.search(r"--lang\s+(\S+)", args) or [None, "en"])[1]
        ref = (re.search(r"--ref-date\s+(\S+)", args) or [None, None])[1]
        try:
            found = search_dates(text, languages=[lang],
                                 settings=settings(ref)) or []
        except Exception:  # dateparser raises on some inputs; count as none
            found = []
        out, cur = [], 0
        for s, dt in found:
            pos = text.find(s, cur)
            if pos < 0:
                continue
            cur = pos + len(s)
            start = len(text[:pos].encode("utf-8"))
            out.append(json.dumps({
                "kind": "date", "start": start,
                "end": start + len(s.encode("utf-8")), "text": s,
                "value": dt.strftime("%Y-%m-%dT%H:%M:%S")},
                ensure_ascii=False))
        with open(os.path.join(odir, name + ".jsonl"), "w",
                  encoding="utf-8") as fh:
            fh.write("".join(o + "\n" for o in out))


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "bench":
        bench(sys.argv[2], sys.argv[3], sys.argv[4],
              int(sys.argv[5]) if len(sys.argv) > 5 else 65536)
    elif len(sys.argv) == 4 and sys.argv[1] == "gold":
        gold(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
