#!/usr/bin/env python3
"""Score one `matome draft --json` against a gold file (bench/draft-eval).

usage: score.py NAME GOLD.tsv IDS.tsv DRAFT.json

GOLD.tsv (tab-separated, '#' comments, header line) has the columns
    kind  org  date  type  sources  what
kind is
  event     an expected timeline row: organisation (canonical name as the
            draft writes it), date (YYYY, YYYY-MM or YYYY-MM-DD, modifiers
            left out), event type, and the source files that report it
            (comma-separated);
  conflict  a planted disagreement: organisation and what (count: one
            number counting different things, or different numbers of one
            thing; leak,
            detection_vs_intrusion, date), date optional;
  single    a claim that rests on one source and must be flagged: the
            organisation and a word of the claim (what), its source file.
IDS.tsv maps stored ids to file names (id TAB file).

A draft timeline line matches a gold row when the organisation and the
date (with modifiers dropped) are equal.  Precision: matching lines / all
lines; recall: gold rows matched / gold rows; type accuracy: gold rows
whose matching lines include one with the gold type / gold rows matched;
citation precision: over matching lines, cited sources that the gold row
lists / all cited sources.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "lib"))
from gold import conflict_class, read_gold  # noqa: E402


def main():
    name, gold_path, ids_path, draft_path = sys.argv[1:5]
    gold = read_gold(gold_path)
    files = {}
    with open(ids_path, encoding="utf-8") as f:
        for line in f:
            i, fn = line.rstrip("\n").split("\t")
            files[i] = fn
    with open(draft_path, encoding="utf-8") as f:
        draft = json.load(f)
    n2file = {s["n"]: files.get(s["id"], s["id"]) for s in draft["sources"]}

    events = [g for g in gold if g["kind"] == "event"]
    lines = draft["timeline"]

    def match(line, g):
        return line["org"] == g["org"] and line["date"] == g["date"]

    matched_lines = 0
    cited = supported = 0
    for line in lines:
        gs = [g for g in events if match(line, g)]
        if not gs:
            continue
        matched_lines += 1
        support = set()
        for g in gs:
            support |= set(x for x in g["sources"].split(",") if x)
        for n in line["sources"]:
            cited += 1
            supported += n2file.get(n) in support
    found = typed = 0
    missed = []
    for g in events:
        ms = [line for line in lines if match(line, g)]
        if ms:
            found += 1
            typed += any(m["type"] == g["type"] for m in ms)
        else:
            missed.append(g)
    extra = [line for line in lines if not any(match(line, g) for g in events)]

    prec = matched_lines / len(lines) if lines else 0.0
    rec = found / len(events) if events else 1.0
    tacc = typed / found if found else 0.0
    cprec = supported / cited if cited else 0.0
    print(f"== {name}")
    print(f"timeline: {len(lines)} lines, {len(events)} gold rows")
    print(f"  precision {prec:.2f}  recall {rec:.2f}  "
          f"type accuracy {tacc:.2f}  citation precision {cprec:.2f}")
    for g in missed:
        print(f"  missed: {g['date']} {g['org']} {g['type']}")
    for line in extra:
        print(f"  extra:  {line['date']} {line['org']} {line['type']}")

    ok = True
    for g in gold:
        if g["kind"] != "conflict":
            continue
        hit = any(c["org"] == g["org"] and
                  conflict_class(c["about"]) == g["what"] and
                  (not g["date"] or g["date"] in c["about"] or
                   any(g["date"] in v["value"] for v in c["variants"]))
                  for c in draft["conflicts"])
        ok = ok and hit
        print(f"conflict {g['org']} {g['what']} {g['date']}: "
              f"{'found' if hit else 'NOT FOUND'}")
    for g in gold:
        if g["kind"] != "single":
            continue
        hit = any(c["org"] == g["org"] and g["what"] in c["text"] and
                  len(c["sources"]) == 1 and
                  n2file.get(c["sources"][0]) == g["sources"]
                  for c in draft["claims"])
        ok = ok and hit
        print(f"single-source {g['org']} '{g['what']}': "
              f"{'flagged' if hit else 'NOT FLAGGED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
