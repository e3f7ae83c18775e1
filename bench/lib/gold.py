"""What the draft scorers share (bench/draft-eval, bench/realnews): the
gold file reader and the classes conflicts are matched by.

A gold file is tab-separated with a header row; blank lines and lines
that start with # are skipped, short rows are padded with empty cells.
"""
import re


def read_gold(path):
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def conflict_class(about):
    """The class of a conflict's subject as the draft writes it ("how many
    people", "number of customers", "date of disclosure", "leak",
    "detection or intrusion in 2023-06") or as a gold row names it."""
    a = about.lower()
    if (re.match(r"what .* counts", a) or a.startswith("how many")
            or a.startswith("how much")
            or a.startswith("number of")):
        return "count"
    if a.startswith("leak"):
        return "leak"
    if a.startswith("detection or intrusion"):
        return "detection_vs_intrusion"
    if a.startswith("date"):
        return "date"
    if "attacker" in a or "attribution" in a:
        return "attacker"
    return "other"
