#!/usr/bin/env python3
"""Write a minimal one-page PDF of ASCII text in Helvetica.

The file is written by hand, object by object, and the cross-reference
table gets the exact byte offset of each object, so that poppler opens it
without any repair.  Usage: mkpdf.py OUT.pdf [TRUNCATED.pdf]
The optional second file is the same PDF cut in the middle of the page's
content stream (a download that stopped early).
"""
import sys

LINES = [
    "Notice of unauthorised access",
    "Example Surveying Co., Ltd.",
    "We found traces of unauthorised access dating from around April 2016.",
    "No leak of personal data has been confirmed.",
]


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build():
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in LINES:
        ops.append("(%s) Tj T*" % esc(line))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title (Notice of unauthorised access) "
        b"/CreationDate (D:20200207010000+09'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objs) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out), offsets[4]


def main():
    data, stream_at = build()
    with open(sys.argv[1], "wb") as f:
        f.write(data)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "wb") as f:
            f.write(data[: stream_at + 80])


if __name__ == "__main__":
    main()
