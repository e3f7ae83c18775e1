#!/usr/bin/env python3
"""Write a small, valid PDF 1.4 from a plain ASCII text file.

The one PDF generator of the project: it produces the example PDFs under
examples/ and the golden PDF inputs under tests/golden/ingest/
reproducibly.  The text lives in a .txt file next to them; this script
lays it out in Helvetica (one text object per page, word-wrapped) and
writes the file object by object, with the exact byte offset of each in
the cross-reference table, so that poppler opens it without any repair.

  text2pdf.py IN.txt OUT.pdf --title T --author A --date YYYY-MM-DD
                             [--truncated CUT.pdf]

Lines starting with '# ' are set as headings.  Non-ASCII input is refused
so that the PDF needs no font embedding.  --truncated also writes the
same PDF cut in the middle of the first page's content stream (a
download that stopped early).  The golden inputs:

  text2pdf.py tests/golden/ingest/pdf-simple/source.txt \
      tests/golden/ingest/pdf-simple/input.pdf \
      --title "Notice of unauthorised access" \
      --author "Example Surveying Co., Ltd." --date 2020-02-07 \
      --truncated tests/golden/ingest/pdf-truncated/input.pdf
"""
import argparse
import sys
import textwrap

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 64
LEADING = 14
BODY_SIZE, HEAD_SIZE = 10.5, 14
WRAP = 92


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def layout(lines):
    """Return a list of pages, each a list of (size, text) lines."""
    out = []
    for raw in lines:
        raw = raw.rstrip("\n")
        if raw.startswith("# "):
            out.append((HEAD_SIZE, raw[2:]))
            out.append((BODY_SIZE, ""))
        elif not raw.strip():
            out.append((BODY_SIZE, ""))
        else:
            for w in textwrap.wrap(raw, WRAP) or [""]:
                out.append((BODY_SIZE, w))
    per_page = (PAGE_H - 2 * MARGIN) // LEADING
    return [out[i:i + per_page] for i in range(0, len(out), per_page)] or [[]]


def content_stream(page):
    ops = ["BT", "%d %d Td" % (MARGIN, PAGE_H - MARGIN), "%d TL" % LEADING]
    for size, text in page:
        font = "/F2" if size == HEAD_SIZE else "/F1"
        ops.append("%s %g Tf (%s) Tj T*" % (font, size, esc(text)))
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def build(pages, title, author, date):
    objs = []  # object bodies, 1-based numbering
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then (page, content) pairs
    kids = " ".join("%d 0 R" % (6 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>"
                 % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                b"/Encoding /WinAnsiEncoding >>")
    d = date.replace("-", "")
    objs.append(("<< /Title (%s) /Author (%s) /CreationDate (D:%s090000+09'00') "
                 "/Producer (matome tests/tools/text2pdf.py) >>"
                 % (esc(title), esc(author), d)).encode("ascii"))
    for i, page in enumerate(pages):
        stream = content_stream(page)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                     "/Contents %d 0 R >>" % (PAGE_W, PAGE_H, 7 + 2 * i))
                    .encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream +
                    b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    first_stream = None
    for num, body in enumerate(objs, 1):
        offsets.append(len(out))
        if first_stream is None and b"\nstream\n" in body:
            first_stream = len(out) + body.index(b"\nstream\n")
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return bytes(out), first_stream


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--title", required=True)
    ap.add_argument("--author", required=True)
    ap.add_argument("--date", required=True)
    ap.add_argument("--truncated", metavar="CUT.pdf",
                    help="also write the PDF cut inside its first stream")
    a = ap.parse_args()
    with open(a.input, encoding="ascii") as f:
        lines = f.readlines()
    data, stream_at = build(layout(lines), a.title, a.author, a.date)
    with open(a.output, "wb") as f:
        f.write(data)
    if a.truncated:
        with open(a.truncated, "wb") as f:
            f.write(data[:stream_at + 80])
    return 0


if __name__ == "__main__":
    sys.exit(main())
