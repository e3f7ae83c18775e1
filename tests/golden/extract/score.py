#!/usr/bin/env python3
"""Score an extractor against the gold set in this directory.

For every case NAME (NAME.txt, NAME.args, NAME.expected.jsonl) the scorer
gets predicted spans, either by running a command (default
`$MATOME_BIN extract --json <args> NAME.txt`) or from DIR/NAME.jsonl
(--pred-dir), checks that they are well-formed, matches them with the
expected spans and reports, per kind and overall, precision, recall, F1
and value accuracy, then the misses, false positives and wrong values.

Matching (--match):
  exact    a prediction matches an expected span when kind, start and end
           are equal (how matome is scored)
  overlap  same kind and the byte ranges overlap; one-to-one, in order
           (how tools with other boundary conventions are scored)
Value accuracy is the share of matched spans whose value, mod, unit and
type are all equal (--value-rule exact), or, with --value-rule prefix, whose
date value agrees at the precision of the gold value (see README.md).
--lenient is --kinds date --match overlap --value-rule prefix, and also
ignores predicted dates that overlap a gold duration (3日前, two years ago).

Well-formedness (always checked, reported as "invalid"): every line is a
JSON object with kind, start, end, text, value; 0 <= start <= end <= input
size; text equals the input bytes [start, end).

Exit status: 0, or 1 when --min-f1 is not reached or (with --strict) any
output is invalid or a command failed.  Standard library only.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

KINDS = ("date", "duration", "quantity", "org", "event", "hedge")
HERE = os.path.dirname(os.path.abspath(__file__))


def load_cases(directory, only):
    names = sorted(f[: -len(".expected.jsonl")] for f in os.listdir(directory)
                   if f.endswith(".expected.jsonl"))
    if only:
        names = [n for n in names if any(o in n for o in only)]
    cases = []
    for n in names:
        base = os.path.join(directory, n)
        with open(base + ".txt", "rb") as f:
            raw = f.read()
        args = ""
        if os.path.exists(base + ".args"):
            with open(base + ".args", encoding="utf-8") as f:
                args = f.read().strip()
        with open(base + ".expected.jsonl", encoding="utf-8") as f:
            gold = [json.loads(line) for line in f if line.strip()]
        cases.append({"name": n, "path": base + ".txt", "raw": raw,
                      "args": args, "gold": gold})
    return cases


def run_command(template, case):
    binary = os.environ.get("MATOME_BIN", "matome")
    argv = []
    for tok in shlex.split(template):
        if tok == "{args}":
            argv += shlex.split(case["args"])
        else:
            argv.append(tok.replace("{bin}", binary)
                        .replace("{input}", case["path"]))
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "cannot run %s: %s" % (" ".join(argv), e)
    if p.returncode != 0:
        return None, "%s exited %d: %s" % (
            " ".join(argv), p.returncode,
            p.stderr.decode("utf-8", "replace").strip()[:300])
    return p.stdout, None


def parse_predictions(out, raw):
    """(spans, problems): the JSON-lines output checked against the input."""
    spans, problems = [], []
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError as e:
        return [], ["output is not UTF-8: %s" % e]
    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError as e:
            problems.append("line %d: not JSON (%s): %.80s" % (i, e, line))
            continue
        if not isinstance(o, dict):
            problems.append("line %d: not an object" % i)
            continue
        missing = [k for k in ("kind", "start", "end", "text", "value")
                   if k not in o]
        if missing:
            problems.append("line %d: missing %s" % (i, ", ".join(missing)))
            continue
        s, e = o["start"], o["end"]
        if not (isinstance(s, int) and isinstance(e, int)
                and 0 <= s <= e <= len(raw)):
            problems.append("line %d: bad offsets %r..%r" % (i, s, e))
            continue
        if raw[s:e].decode("utf-8", "replace") != o["text"]:
            problems.append("line %d: text %r differs from input bytes "
                            "[%d,%d) %r" % (i, o["text"], s, e,
                                            raw[s:e].decode("utf-8",
                                                            "replace")))
            continue
        spans.append(o)
    return spans, problems


def same_value(kind, g, p):
    if kind == "quantity":
        try:
            return float(g) == float(p)
        except (TypeError, ValueError):
            return False
    return g == p


def value_ok(g, p, rule):
    """Whether a matched prediction has the expected value (and attributes)."""
    if rule == "prefix":
        gv, pv = str(g["value"]), str(p.get("value", ""))
        if gv.startswith("FY") or "Q" in gv:
            return gv == pv
        if len(pv) < len(gv):
            return False
        return all(a == b or (a == "X" and b.isdigit())
                   for a, b in zip(gv, pv[: len(gv)]))
    if not same_value(g["kind"], g["value"], p.get("value")):
        return False
    return all(g.get(k) == p.get(k) for k in ("mod", "unit", "type"))


def overlaps(a, b):
    if a["start"] == a["end"] or b["start"] == b["end"]:
        return a["start"] == b["start"]
    return a["start"] < b["end"] and b["start"] < a["end"]


def match_case(gold, pred, mode):
    """Pairs (g, p), unmatched gold, unmatched predictions."""
    pairs, misses = [], []
    used = set()
    if mode == "exact":
        index = {}
        for i, p in enumerate(pred):
            index.setdefault((p["kind"], p["start"], p["end"]), []).append(i)
        for g in gold:
            cands = [i for i in index.get((g["kind"], g["start"], g["end"]),
                                          []) if i not in used]
            if cands:
                used.add(cands[0])
                pairs.append((g, pred[cands[0]]))
            else:
                misses.append(g)
    else:
        order = sorted(range(len(pred)), key=lambda i: (pred[i]["start"],
                                                        pred[i]["end"]))
        for g in sorted(gold, key=lambda o: (o["start"], o["end"])):
            best = None
            for i in order:
                p = pred[i]
                if i in used or p["kind"] != g["kind"] or not overlaps(g, p):
                    continue
                best = i
                break
            if best is None:
                # a tool may report one span for a range: a prediction
                # already used may also cover the other end it overlaps
                prev = [q for _, q in pairs
                        if q["kind"] == g["kind"] and overlaps(g, q)]
                if prev:
                    pairs.append((g, prev[0]))
                else:
                    misses.append(g)
                continue
            used.add(best)
            pairs.append((g, pred[best]))
    fps = [p for i, p in enumerate(pred) if i not in used
           and not any(p is q for _, q in pairs)]
    return pairs, misses, fps


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=HERE, help="gold directory")
    ap.add_argument("--case", action="append", default=[],
                    help="only cases whose name contains this (repeatable)")
    ap.add_argument("--cmd", default="{bin} extract --json {args} {input}",
                    help="command per case; {bin} is $MATOME_BIN, {args} "
                    "the case's .args, {input} the .txt path")
    ap.add_argument("--pred-dir", help="read predictions from DIR/NAME.jsonl")
    ap.add_argument("--kinds", help="comma-separated kinds to score")
    ap.add_argument("--match", choices=("exact", "overlap"), default="exact")
    ap.add_argument("--value-rule", choices=("exact", "prefix"),
                    default="exact")
    ap.add_argument("--lenient", action="store_true",
                    help="score a dates-only tool (see README.md)")
    ap.add_argument("--name", default="matome", help="system name in reports")
    ap.add_argument("--json", dest="json_out",
                    help="write machine-readable results here ('-': stdout)")
    ap.add_argument("--quiet", action="store_true",
                    help="no per-span listing")
    ap.add_argument("--min-f1", type=float,
                    help="exit 1 when overall F1 is below this")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 on invalid output or a failed command")
    a = ap.parse_args(argv)
    ignore_dur = False
    if a.lenient:
        a.kinds, a.match, a.value_rule = "date", "overlap", "prefix"
        ignore_dur = True
    kinds = tuple(a.kinds.split(",")) if a.kinds else KINDS
    for k in kinds:
        if k not in KINDS:
            ap.error("unknown kind %r" % k)

    cases = load_cases(a.dir, a.case)
    if not cases:
        print("no cases found in %s" % a.dir, file=sys.stderr)
        return 1
    stats = {k: {"gold": 0, "pred": 0, "tp": 0, "value_ok": 0} for k in kinds}
    misses, fps, wrong, problems, failures = [], [], [], [], []
    for c in cases:
        if a.pred_dir:
            path = os.path.join(a.pred_dir, c["name"] + ".jsonl")
            try:
                with open(path, "rb") as f:
                    out, err = f.read(), None
            except OSError as e:
                out, err = None, str(e)
        else:
            out, err = run_command(a.cmd, c)
        if err:
            failures.append({"case": c["name"], "error": err})
            out = b""
        pred, probs = parse_predictions(out, c["raw"])
        problems += [{"case": c["name"], "problem": p} for p in probs]
        gold = [g for g in c["gold"] if g["kind"] in kinds]
        durs = [g for g in c["gold"] if g["kind"] == "duration"]
        pred = [p for p in pred if p["kind"] in kinds]
        if ignore_dur:
            pred = [p for p in pred
                    if not any(overlaps(p, d) for d in durs)]
        pairs, miss, fp = match_case(gold, pred, a.match)
        for k in kinds:
            stats[k]["gold"] += sum(1 for g in gold if g["kind"] == k)
            stats[k]["pred"] += sum(1 for p in pred if p["kind"] == k)
        for g, p in pairs:
            stats[g["kind"]]["tp"] += 1
            if value_ok(g, p, a.value_rule):
                stats[g["kind"]]["value_ok"] += 1
            else:
                wrong.append({"case": c["name"], "expected": g,
                              "predicted": p})
        misses += [{"case": c["name"], "expected": g} for g in miss]
        fps += [{"case": c["name"], "predicted": p} for p in fp]

    # With overlap matching one prediction may cover two gold ends, so
    # precision counts predictions that matched at least once.
    rows = {}
    tot = {"gold": 0, "pred": 0, "tp": 0, "value_ok": 0}
    for k in kinds:
        s = stats[k]
        tp_pred = s["pred"] - sum(1 for f in fps if f["predicted"]["kind"] == k)
        p = tp_pred / s["pred"] if s["pred"] else (1.0 if not s["gold"] else 0.0)
        r = s["tp"] / s["gold"] if s["gold"] else (1.0 if not s["pred"] else 0.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        va = s["value_ok"] / s["tp"] if s["tp"] else 0.0
        rows[k] = dict(s, precision=p, recall=r, f1=f1, value_accuracy=va)
        for key in tot:
            tot[key] += s[key]
    tp_pred = tot["pred"] - len(fps)
    p = tp_pred / tot["pred"] if tot["pred"] else 0.0
    r = tot["tp"] / tot["gold"] if tot["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    va = tot["value_ok"] / tot["tp"] if tot["tp"] else 0.0
    overall = dict(tot, precision=p, recall=r, f1=f1, value_accuracy=va)

    out = sys.stdout if a.json_out != "-" else sys.stderr
    if not a.quiet:
        for f in failures:
            print("FAILED  %s: %s" % (f["case"], f["error"]), file=out)
        for pr in problems:
            print("INVALID %s: %s" % (pr["case"], pr["problem"]), file=out)
        for m in misses:
            g = m["expected"]
            print("MISS    %s: %s %r [%d,%d) %s" % (
                m["case"], g["kind"], g["text"], g["start"], g["end"],
                fmt_attrs(g)), file=out)
        for f in fps:
            pr = f["predicted"]
            print("FALSE   %s: %s %r [%d,%d) %s" % (
                f["case"], pr["kind"], pr["text"], pr["start"], pr["end"],
                fmt_attrs(pr)), file=out)
        for w in wrong:
            print("VALUE   %s: %s %r expected %s got %s" % (
                w["case"], w["expected"]["kind"], w["expected"]["text"],
                fmt_attrs(w["expected"]), fmt_attrs(w["predicted"])),
                file=out)
    print("%s on %d cases (match %s, values %s)" % (
        a.name, len(cases), a.match, a.value_rule), file=out)
    print("%-9s %5s %5s %5s %6s %6s %6s %6s" % (
        "kind", "gold", "pred", "tp", "P", "R", "F1", "value"), file=out)
    for k in kinds:
        print(fmt_row(k, rows[k]), file=out)
    print(fmt_row("overall", overall), file=out)
    if problems or failures:
        print("%d invalid output lines, %d failed runs" % (
            len(problems), len(failures)), file=out)

    if a.json_out:
        res = {"system": a.name, "cases": len(cases), "match": a.match,
               "value_rule": a.value_rule, "kinds": rows,
               "overall": overall, "misses": misses,
               "false_positives": fps, "wrong_values": wrong,
               "invalid": problems, "failed": failures}
        if a.json_out == "-":
            json.dump(res, sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            with open(a.json_out, "w", encoding="utf-8") as f:
                json.dump(res, f, ensure_ascii=False, indent=1)
    status = 0
    if a.min_f1 is not None and overall["f1"] < a.min_f1:
        print("overall F1 %.3f is below %.3f" % (overall["f1"], a.min_f1),
              file=out)
        status = 1
    if a.strict and (problems or failures):
        status = 1
    return status


def fmt_attrs(o):
    parts = ["value=%s" % json.dumps(o.get("value"), ensure_ascii=False)]
    for k in ("mod", "unit", "type"):
        if o.get(k) is not None:
            parts.append("%s=%s" % (k, o[k]))
    return " ".join(parts)


def fmt_row(name, r):
    return "%-9s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f" % (
        name, r["gold"], r["pred"], r["tp"], r["precision"], r["recall"],
        r["f1"], r["value_accuracy"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
