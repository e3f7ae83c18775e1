#!/usr/bin/env python3
"""Check the DOM that headless Chromium built from a matome HTML page.

Usage: check_dom.py DOM.html

Checks, printing one line per failure and exiting 1 if any:
  - the SVG timeline has one lane (g.lane) per organisation named in the
    timeline table, with the same names (data-org);
  - it has one mark (g.mark) per timeline entry whose date has a year, and
    each mark's data-entry names a row of the table;
  - every link to "#id" in the page has an element with that id (footnote
    links to the source table and the back-links to each citation).
Standard library only.
"""
import sys
from html.parser import HTMLParser


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []
        self.lanes = []
        self.marks = []
        self.rows = []  # (date, organisation) of each timeline table row
        self._in_tl_table = False
        self._row = None
        self._cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append(a["href"][1:])
        if tag == "g" and "lane" in cls:
            self.lanes.append(a.get("data-org", ""))
        if tag == "g" and "mark" in cls:
            self.marks.append(a.get("data-entry"))
        if tag == "table" and "timeline" in cls:
            self._in_tl_table = True
        if self._in_tl_table and tag == "tr" and (a.get("id") or "").startswith(
                "entry-"):
            self._row = []
        if self._row is not None and tag == "td":
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_tl_table = False
        if tag == "td" and self._row is not None and self._cell is not None:
            self._row.append(self._cell.strip())
            self._cell = None
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def main():
    dom = Dom()
    with open(sys.argv[1], encoding="utf-8") as f:
        dom.feed(f.read())
    bad = []
    if not dom.rows:
        bad.append("no timeline table rows found")
    orgs = []
    for r in dom.rows:
        if len(r) < 3:
            bad.append("short timeline row: %r" % (r,))
        elif r[2] not in orgs:
            orgs.append(r[2])
    if sorted(dom.lanes) != sorted(orgs) or len(dom.lanes) != len(orgs):
        bad.append("lanes %r != organisations in the timeline %r"
                   % (dom.lanes, orgs))
    dated = [i for i, r in enumerate(dom.rows)
             if len(r) > 1 and not r[1].startswith("XXXX")]
    if len(dom.marks) != len(dated):
        bad.append("%d marks for %d dated timeline entries"
                   % (len(dom.marks), len(dated)))
    if sorted(int(m) for m in dom.marks if m is not None) != dated:
        bad.append("mark data-entry values %r do not match the dated rows %r"
                   % (dom.marks, dated))
    missing = sorted(set(l for l in dom.links if l not in dom.ids))
    if missing:
        bad.append("links without a target: %s" % ", ".join(missing))
    if not any(l.startswith("src-") for l in dom.links):
        bad.append("no footnote links to the source table")
    if not any(l.startswith("ref-") for l in dom.links):
        bad.append("no back-links from the source table")
    for b in bad:
        print("check_dom: " + b)
    print("check_dom: %d lanes, %d marks, %d links checked"
          % (len(dom.lanes), len(dom.marks), len(dom.links)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
