#!/usr/bin/env python3
"""How much of each source's gold the drafts find.

usage: KEEP=DIR bench/realnews/run HALF; bench/realnews/persource.py DIR HALF

For every gold event row (organisation, date, type) and every source the
row lists, the row counts as found for that source when a draft line of
the same type, a date that starts with the gold date, an organisation
sharing a name with the gold one (score.py's norm()) and that source among
its citations exists.  Prints one line per source, worst first, then the
totals by language and for undated against dated sources (sources.tsv's
date column).  Text of the sources is not read; only the drafts the run
kept in DIR (INCIDENT.json, INCIDENT.ids) and the committed gold.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from score import norm  # noqa: E402


def rows(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    keep, half = sys.argv[1], sys.argv[2]
    incidents = [f[0] for f in rows(os.path.join(HERE, "incidents.tsv"))
                 if f[0] != "incident" and len(f) > 1 and f[1] == half]
    total, found = collections.Counter(), collections.Counter()
    lang, undated = {}, set()
    for inc in incidents:
        draft_path = os.path.join(keep, inc + ".json")
        if not os.path.exists(draft_path):
            continue
        with open(draft_path, encoding="utf-8") as fh:
            d = json.load(fh)
        with open(os.path.join(keep, inc + ".ids"), encoding="utf-8") as fh:
            ids = dict(line.rstrip("\n").split("\t") for line in fh)
        n2f = {s["n"]: ids.get(s["id"]) for s in d["sources"]}
        for s in d["sources"]:
            lang[n2f[s["n"]]] = s.get("lang")
        for f in rows(os.path.join(HERE, "incidents", inc, "sources.tsv")):
            if f[0] != "file" and (len(f) < 6 or not f[5]):
                undated.add(f[0])
        gold = os.path.join(HERE, "incidents", inc, "gold.tsv")
        names = {}
        for f in rows(gold):
            if f[0] == "org":
                names[f[1]] = {norm(f[1])} | {
                    norm(x) for x in (f[5] if len(f) > 5 else "").split("|")
                    if x}
        dnames = {o["name"]: {norm(o["name"])} |
                  {norm(a) for a in o.get("aliases") or []}
                  for o in d["organizations"]}
        for f in rows(gold):
            if f[0] != "event":
                continue
            g = names.get(f[1], {norm(f[1])})
            for src in f[4].split(","):
                total[src] += 1
                for t in d["timeline"]:
                    if (t["type"] == f[3] and
                            (t.get("date") or "").startswith(f[2]) and
                            dnames.get(t["org"], {norm(t["org"])}) & g and
                            any(n2f.get(n) == src for n in t["sources"])):
                        found[src] += 1
                        break
    for s in sorted(total, key=lambda s: (found[s] / total[s], -total[s])):
        print(f"{s:34} {lang.get(s) or '-':2} {found[s]:3}/{total[s]:3}")

    def share(pick):
        ss = [s for s in total if pick(s)]
        return f"{sum(found[s] for s in ss)}/{sum(total[s] for s in ss)}"

    for code in ("en", "ja"):
        print(f"{code}: {share(lambda s, c=code: lang.get(s) == c)}")
    print(f"undated: {share(lambda s: s in undated)}")
    print(f"dated: {share(lambda s: s not in undated)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
