#!/usr/bin/env python3
"""Turn the human-written gold files NAME.gold into NAME.expected.jsonl.

A .gold file lists the spans `matome extract --json` must print for
NAME.txt, one per line, fields separated by " | ":

    kind | text [| @N] | value [| key=value ...]

  kind    date, duration, quantity, org, event or hedge
  text    the exact span text as it appears in NAME.txt
  @N      optional: take the N-th occurrence (1-based) of text in the whole
          input instead of the next one (see below)
  value   the normalised value (a quantity's value is a JSON number)
  key=val mod=, unit=, type= as in the extract contract (README.md)

Lines starting with '#' and blank lines are ignored.  Items are written in
reading order: each text is searched from the start of the previous item,
skipping an occurrence already taken by an item of the same kind, so two
"250件" in a row are two different spans.  Offsets are byte offsets into
the UTF-8 input.

The script also scans each input for the trigger, hedge and alias words of
the contract and warns about occurrences that no item of the right kind
covers: most forgotten annotations show up that way.

Usage: annotate.py [--check] [--strict] [NAME.gold ...]
  (no file: every .gold in this directory)
  --check   do not write; fail if an expected.jsonl is missing or stale
  --strict  make the coverage warnings errors
Standard library only.
"""
import json
import os
import re
import sys

KINDS = ("date", "duration", "quantity", "org", "event", "hedge")
MODS = ("approx", "before", "after", "start", "mid", "end", "more_than",
        "at_least", "at_most", "late")
HEDGES = ("possible", "suspected", "not_confirmed", "denied", "confirmed")
EVENT_TYPES = ("intrusion_start", "detection", "leak_possible", "disclosure",
               "notification", "investigation", "containment", "attribution",
               "remediation", "media_report")
DATE_RE = re.compile(r"^(FY\d{4}|\d{4}-Q[1-4]|(\d{4}|XXXX)(-(\d\d|XX)(-\d\d)?)?)$")
DUR_RE = re.compile(r"^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")

# Words whose every occurrence should be covered by an item of this kind
# (for the coverage warning only; the engine's lexicons live in data/).
LEXICON = {
    "event": [
        "不正アクセス", "侵入", "感染", "サイバー攻撃", "検知", "認識", "発覚",
        "発見", "流出", "漏えい", "漏洩", "持ち出し", "公表", "発表", "報告",
        "届け出", "調査", "解析", "遮断", "隔離", "関与", "対策", "再発防止",
        "報道", "報じ", "unauthorized access", "intrusion", "breach",
        "hacked", "infected", "compromised", "detected", "discovered",
        "noticed", "identified", "leaked", "exfiltrated", "stolen",
        "announced", "disclosed", "revealed", "notified", "reported to",
        "investigation", "contained", "isolated", "disconnected",
        "attributed", "linked to", "remediation", "reported by"],
    "hedge": [
        "可能性がある", "恐れ", "否定できない", "疑われる", "とみられる",
        "確認されていない", "確認されておらず", "流出はない", "流出していない",
        "確認した", "判明した", "may have", "could have", "suspected",
        "allegedly", "believed to", "not confirmed", "no evidence", "did not",
        "denied", "confirmed"],
    "org": [
        "神戸製鋼", "神戸鋼", "神鋼", "Kobe Steel", "パスコ", "PASCO", "防衛省",
        "Ministry of Defense", "Defense Ministry", "MOD", "三菱電機",
        "Mitsubishi Electric", "NEC", "日本電気", "株式会社", "Corp.", "Inc.",
        "Ltd."],
}
ASCII_WORD = re.compile(r"^[A-Za-z .]+$")


def fail(path, lineno, msg):
    raise SystemExit("%s:%d: %s" % (path, lineno, msg))


def parse_value(kind, raw, path, lineno):
    if kind == "quantity":
        try:
            v = float(raw)
        except ValueError:
            fail(path, lineno, "quantity value %r is not a number" % raw)
        return int(v) if v.is_integer() and "." not in raw else v
    if kind == "date" and not DATE_RE.match(raw):
        fail(path, lineno, "bad date value %r" % raw)
    if kind == "duration" and not DUR_RE.match(raw):
        fail(path, lineno, "bad duration value %r" % raw)
    if kind == "hedge" and raw not in HEDGES:
        fail(path, lineno, "bad hedge value %r" % raw)
    return raw


def nth(text, needle, n):
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def annotate(gold_path):
    base = gold_path[: -len(".gold")]
    with open(base + ".txt", "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    items = []
    taken = set()
    cursor = 0
    with open(gold_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [x.strip() for x in line.split(" | ")]
        if len(fields) < 3:
            fail(gold_path, lineno, "need at least kind | text | value")
        kind, span = fields[0], fields[1]
        rest = fields[2:]
        occ = None
        if rest and re.match(r"^@\d+$", rest[0]):
            occ = int(rest[0][1:])
            rest = rest[1:]
        if kind not in KINDS:
            fail(gold_path, lineno, "unknown kind %r" % kind)
        if not rest:
            fail(gold_path, lineno, "missing value")
        obj_extra = {}
        for kv in rest[1:]:
            if "=" not in kv:
                fail(gold_path, lineno, "expected key=value, got %r" % kv)
            k, v = kv.split("=", 1)
            if k not in ("mod", "unit", "type"):
                fail(gold_path, lineno, "unknown key %r" % k)
            if k == "mod" and v not in MODS:
                fail(gold_path, lineno, "bad mod %r" % v)
            if k == "type" and v not in EVENT_TYPES:
                fail(gold_path, lineno, "bad event type %r" % v)
            obj_extra[k] = v
        if kind == "quantity" and "unit" not in obj_extra:
            fail(gold_path, lineno, "a quantity needs unit=")
        if kind == "event" and "type" not in obj_extra:
            fail(gold_path, lineno, "an event needs type=")
        value = parse_value(kind, rest[0], gold_path, lineno)
        if occ is not None:
            pos = nth(text, span, occ)
        else:
            pos = text.find(span, cursor)
            while pos >= 0 and (kind, pos) in taken:
                pos = text.find(span, pos + 1)
        if pos < 0:
            fail(gold_path, lineno, "text %r not found%s" % (
                span, "" if occ else " after the previous item"))
        taken.add((kind, pos))
        cursor = pos
        start = len(text[:pos].encode("utf-8"))
        end = start + len(span.encode("utf-8"))
        assert raw[start:end].decode("utf-8") == span
        obj = {"kind": kind, "start": start, "end": end, "text": span,
               "value": value}
        for k in ("mod", "unit", "type"):
            if k in obj_extra:
                obj[k] = obj_extra[k]
        items.append(obj)
    items.sort(key=lambda o: (o["start"], o["end"], KINDS.index(o["kind"])))
    last_end = {}
    for o in items:
        if o["start"] < last_end.get(o["kind"], 0):
            raise SystemExit("%s: %s span %r at byte %d overlaps the previous"
                             " one (use @N?)" % (gold_path, o["kind"],
                                                 o["text"], o["start"]))
        last_end[o["kind"]] = max(last_end.get(o["kind"], 0), o["end"])
    seen = set()
    for o in items:
        key = (o["kind"], o["start"], o["end"])
        if key in seen:
            raise SystemExit("%s: duplicate %s span %r at byte %d" % (
                gold_path, o["kind"], o["text"], o["start"]))
        seen.add(key)
    return base, raw, items


def coverage_warnings(name, raw, items):
    """Lexicon words in the input that no item of their kind covers."""
    text = raw.decode("utf-8")
    out = []
    for kind, words in LEXICON.items():
        spans = [(o["start"], o["end"]) for o in items if o["kind"] == kind]
        for w in words:
            for m in re.finditer(re.escape(w), text):
                if ASCII_WORD.match(w):
                    before = text[m.start() - 1] if m.start() else " "
                    after = text[m.end()] if m.end() < len(text) else " "
                    if before.isalnum() or (after.isalnum() and w[-1] != "."):
                        continue
                s = len(text[: m.start()].encode("utf-8"))
                e = s + len(w.encode("utf-8"))
                if not any(a <= s and e <= b for a, b in spans):
                    out.append("%s: %s word %r at byte %d is not annotated"
                               % (name, kind, w, s))
    return out


def render(items):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in items)


def main(argv):
    check = "--check" in argv
    strict = "--strict" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(os.path.join(here, f) for f in os.listdir(here)
                       if f.endswith(".gold"))
    warnings = []
    stale = []
    total = 0
    for g in files:
        base, raw, items = annotate(g)
        total += len(items)
        warnings += coverage_warnings(os.path.basename(base), raw, items)
        out = render(items)
        dest = base + ".expected.jsonl"
        if check:
            try:
                with open(dest, encoding="utf-8") as f:
                    if f.read() != out:
                        stale.append(dest)
            except FileNotFoundError:
                stale.append(dest)
        else:
            with open(dest, "w", encoding="utf-8") as f:
                f.write(out)
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    for s in stale:
        print("stale: %s (run annotate.py)" % s, file=sys.stderr)
    print("%d cases, %d expected items" % (len(files), total), file=sys.stderr)
    if stale or (strict and warnings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
