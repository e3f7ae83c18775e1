#!/usr/bin/env python3
"""Score `matome draft --json` of real-news incidents against their gold.

usage: score.py [--verbose] INCIDENT:GOLD.tsv:IDS.tsv:DRAFT.json ...

GOLD.tsv is bench/realnews/incidents/<incident>/gold.tsv (README.md has
the format); IDS.tsv maps stored ids to file names (id TAB file).

Organisations match by name or alias: a draft organisation is a gold one
when any of its names (name or aliases) equals any name of the gold
organisation after NFKC, case folding, and dropping white space and the
Japanese legal forms (株式会社, (株), ㈱, and the forms of bodies:
公益社団法人, 医療法人) and an English one that ends the name (Inc.,
Co., Ltd., PLC).

A gold row at coarser precision folds into a finer row of the same
organisation and type that contains it (fold(): the draft merges such
dates the same way).  Timeline rows are then matched one to one, per
(gold organisation, date): the
date must be equal at the gold precision (modifiers dropped), and the
gold rows and draft lines of one (organisation, date) pair up, rows of
the same event type first.  So a day that carries a disclosure, a leak
and an attribution needs three lines.
  recall             matched gold rows / gold rows
  precision          matched draft lines / draft lines (a lower bound:
                     a true line the gold missed counts as wrong)
  type accuracy      matched pairs of the same type / matched pairs
  citation precision over matched lines, cited sources that one of the
                     gold rows of that (organisation, date) lists /
                     cited sources
Conflicts: a gold conflict is found when a draft conflict names the same
organisation, the same class (date, count, leak, detection_vs_intrusion,
attacker) and, when the gold gives a date, mentions it; each draft
conflict finds one gold conflict at most (dated gold conflicts choose
first).  A draft conflict that matches no gold conflict is false.
Context: draft lines that fall on a round-up mention of another incident
(gold kind `context`) are counted separately; they are also imprecise.
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "lib"))
from gold import conflict_class, read_gold  # noqa: E402


def legal_forms():
    """The Japanese legal forms and forms of bodies of data/legal_forms.tsv
    (scripts ja and jakey: 株式会社, 公益社団法人X and X are one
    organisation, as the draft compares them), longest first."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                        "..", "data", "legal_forms.tsv")
    forms = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(p) < 3 or p[0] == "form":
                continue
            if p[2] in ("ja", "jakey"):
                forms.add(p[0])
    return sorted(forms, key=len, reverse=True)


LEGAL = legal_forms()
# An English legal form that ends a name ("JAE Oregon, Inc.", "Kamome
# Trading Co., Ltd."), as the draft keys names without it.
EN_LEGAL = re.compile(r"(,\s*|\s+)(co\.?,?\s*ltd|inc|corp|corporation|ltd|"
                      r"llc|plc|gmbh)\.?$")


def norm(name):
    s = unicodedata.normalize("NFKC", name or "").casefold()
    for f in LEGAL:
        s = s.replace(unicodedata.normalize("NFKC", f).casefold(), "")
    s = EN_LEGAL.sub("", s.strip())
    return re.sub(r"[\s・,.]", "", s)


def fold(events):
    """A row at coarser precision is the same timeline entry as a finer row
    of the same organisation and type that it contains (2020-11 disclosure
    and 2020-11-04 disclosure): the draft merges them, so the gold does
    too, into the earliest such finer row, sources joined."""
    events = [dict(g) for g in events]
    out = []
    for g in events:
        finer = [h for h in events
                 if h is not g and h["org"] == g["org"] and
                 h["type"] == g["type"] and len(h["date"]) > len(g["date"])
                 and h["date"].startswith(g["date"] + "-")]
        if finer:
            h = min(finer, key=lambda x: x["date"])
            srcs = [x for x in h["sources"].split(",") if x]
            srcs += [x for x in g["sources"].split(",") if x and x not in srcs]
            h["sources"] = ",".join(srcs)
        else:
            out.append(g)
    return out


def cached_only(name, gold, cached):
    """The gold that the cached texts can support.  A page the pages
    corpus no longer holds cannot be drafted: an event row keeps its
    cached sources and is dropped when none is left; a conflict needs two
    cached sources.  What is dropped is said on stderr, so that a table
    made from a partial cache is never mistaken for a whole one."""
    out = []
    dropped = 0
    for g in gold:
        if g["kind"] not in ("event", "conflict", "context") or \
                not g["sources"]:
            out.append(g)
            continue
        srcs = [x for x in g["sources"].split(",") if x]
        have = [x for x in srcs if x in cached]
        if len(have) < (2 if g["kind"] == "conflict" else 1):
            dropped += 1
            continue
        out.append(dict(g, sources=",".join(have)))
    if dropped:
        print(f"score: {name}: {dropped} gold rows dropped, their sources "
              f"are not cached", file=sys.stderr)
    return out


class Score:
    def __init__(self):
        self.gold = self.found = self.lines = self.matched_lines = 0
        self.typed = self.cited = self.supported = 0
        self.cgold = self.cfound = self.cfalse = 0
        self.context = 0
        self.dossiers = 0
        self.victims = self.victims_found = 0

    def add(self, o):
        for k, v in vars(o).items():
            setattr(self, k, getattr(self, k) + v)

    def row(self):
        r = self.found / self.gold if self.gold else 1.0
        p = self.matched_lines / self.lines if self.lines else 0.0
        t = self.typed / self.found if self.found else 0.0
        c = self.supported / self.cited if self.cited else 0.0
        return r, p, t, c


def score_one(name, gold_path, ids_path, draft_path, verbose):
    gold = read_gold(gold_path)
    files = {}
    with open(ids_path, encoding="utf-8") as f:
        for line in f:
            i, fn = line.rstrip("\n").split("\t")
            files[i] = fn
    with open(draft_path, encoding="utf-8") as f:
        draft = json.load(f)
    n2file = {s["n"]: files.get(s["id"], s["id"]) for s in draft["sources"]}
    gold = cached_only(name, gold, set(files.values()))

    # Gold organisations: canonical -> set of normalised names.
    gnames = defaultdict(set)
    roles = {}
    for g in gold:
        if g["kind"] == "org":
            gnames[g["org"]].add(norm(g["org"]))
            for a in g["what"].split("|"):
                if a.strip():
                    gnames[g["org"]].add(norm(a))
            roles[g["org"]] = g["type"]
    for g in gold:
        if g["org"] and g["org"] not in gnames:
            gnames[g["org"]].add(norm(g["org"]))

    # Each draft organisation -> the gold organisations it is.
    dmap = {}
    for o in draft["organizations"]:
        names = {norm(o["name"])} | {norm(a) for a in o.get("aliases", [])}
        dmap[o["name"]] = {g for g, ns in gnames.items() if names & ns}

    sc = Score()
    sc.dossiers = 1
    events = fold([g for g in gold if g["kind"] == "event"])
    context = [g for g in gold if g["kind"] == "context"]
    lines = draft["timeline"]
    sc.gold = len(events)
    sc.lines = len(lines)

    groups = defaultdict(lambda: ([], []))
    for g in events:
        groups[(g["org"], g["date"])][0].append(g)
    unmatched_lines = []
    own = {o["name"]: norm(o["name"]) for o in draft["organizations"]}
    for ln in lines:
        # A draft organisation may carry the names of several gold ones
        # (a group and its subsidiary): the line goes to the one whose
        # rows of that date have its type, else whose own name it bears,
        # else the first.
        cands = [go for go in sorted(dmap.get(ln["org"], ()))
                 if (go, ln["date"]) in groups]
        cands.sort(key=lambda go: (
            not any(r["type"] == ln["type"]
                    for r in groups[(go, ln["date"])][0]),
            own.get(ln["org"]) not in gnames[go]))
        if cands:
            groups[(cands[0], ln["date"])][1].append(ln)
        else:
            unmatched_lines.append(ln)
    missed = []
    for key, (rows, lns) in groups.items():
        rows_left = list(rows)
        lns_left = list(lns)
        pairs = []
        for r in list(rows_left):  # same type first
            for ln in lns_left:
                if ln["type"] == r["type"]:
                    pairs.append((r, ln))
                    rows_left.remove(r)
                    lns_left.remove(ln)
                    break
        while rows_left and lns_left:
            pairs.append((rows_left.pop(0), lns_left.pop(0)))
        support = set()
        for r in rows:
            support |= {x for x in r["sources"].split(",") if x}
        for r, ln in pairs:
            sc.found += 1
            sc.matched_lines += 1
            sc.typed += r["type"] == ln["type"]
            for n in ln["sources"]:
                sc.cited += 1
                sc.supported += n2file.get(n) in support
            if verbose and r["type"] != ln["type"]:
                print(f"  type:   {key[1]} {key[0]} gold {r['type']} "
                      f"draft {ln['type']}")
        missed += rows_left
        unmatched_lines += lns_left
    for ln in unmatched_lines:
        orgs = dmap.get(ln["org"], set())
        if any(c["date"] == ln["date"] and c["org"] in orgs for c in context):
            sc.context += 1

    # Conflicts.  Dated gold conflicts choose first: an undated one
    # matches any draft conflict of its organisation and class, and
    # would take the one a dated gold conflict needs.
    used = set()
    gconf = [g for g in gold if g["kind"] == "conflict"]
    found = {}
    for g in sorted(gconf, key=lambda g: not g["date"]):
        for i, c in enumerate(draft["conflicts"]):
            if i in used:
                continue  # one draft conflict finds one gold conflict
            if g["org"] not in dmap.get(c["org"], ()):
                continue
            if conflict_class(c["about"]) != g["what"]:
                continue
            text = c["about"] + " " + " ".join(
                v["value"] for v in c["variants"])
            if g["date"] and g["date"] not in text:
                continue
            found[id(g)] = i
            used.add(i)
            break
    for g in gconf:
        sc.cgold += 1
        hit = found.get(id(g))
        if hit is not None:
            sc.cfound += 1
        if verbose:
            print(f"  conflict {g['org']} {g['what']} {g['date']}: "
                  f"{'found' if hit is not None else 'NOT FOUND'}")
    false = [c for i, c in enumerate(draft["conflicts"]) if i not in used]
    sc.cfalse = len(false)

    # Victims named with their role.
    for g, role in roles.items():
        if role != "victim":
            continue
        sc.victims += 1
        sc.victims_found += any(
            g in dmap.get(o["name"], ()) and o["role"] == "victim"
            for o in draft["organizations"])

    if verbose:
        r, p, t, c = sc.row()
        print(f"== {name}: recall {r:.2f} precision {p:.2f} type {t:.2f} "
              f"citations {c:.2f}")
        for g in missed:
            print(f"  missed: {g['date']} {g['org']} {g['type']}")
        for ln in unmatched_lines:
            print(f"  extra:  {ln['date']} {ln['org']} {ln['type']}  "
                  f"{ln.get('text', '')[:70]}")
        for c in false:
            vals = " / ".join(v["value"] for v in c["variants"])
            print(f"  false conflict: {c['org']} {c['about']}: {vals}")
    return sc


def main():
    args = sys.argv[1:]
    verbose = False
    if args and args[0] == "--verbose":
        verbose = True
        args = args[1:]
    total = Score()
    print(f"{'incident':28} {'rows':>4} {'lines':>5} {'recall':>6} "
          f"{'prec':>5} {'type':>5} {'cite':>5} {'confl':>6} {'false':>5} "
          f"{'ctx':>3} {'victim':>6}")
    for a in args:
        name, g, i, d = a.split(":")
        sc = score_one(name, g, i, d, verbose)
        total.add(sc)
        r, p, t, c = sc.row()
        print(f"{name:28} {sc.gold:4} {sc.lines:5} {r:6.2f} {p:5.2f} "
              f"{t:5.2f} {c:5.2f} {sc.cfound:2}/{sc.cgold:<3} {sc.cfalse:5} "
              f"{sc.context:3} {sc.victims_found:2}/{sc.victims:<3}")
    r, p, t, c = total.row()
    cf = total.cfound / total.cgold if total.cgold else 1.0
    print(f"{'all':28} {total.gold:4} {total.lines:5} {r:6.2f} {p:5.2f} "
          f"{t:5.2f} {c:5.2f} {total.cfound:2}/{total.cgold:<3} "
          f"{total.cfalse:5} {total.context:3} "
          f"{total.victims_found:2}/{total.victims:<3}")
    print(f"conflicts found {cf:.2f}, false conflicts per dossier "
          f"{total.cfalse / max(total.dossiers, 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
