"""A minimal valid PDF, for demo dossiers and tests (no PDF library needed for one blank page)."""

from __future__ import annotations

_PDF_OBJECTS = (
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
)


def sample_pdf(note: str = "") -> bytes:
    """A valid one-page PDF; `note` makes its bytes (and hash) differ from another one's."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    if note:  # a comment before the body: nothing may follow %%EOF
        out += b"% " + note.replace("\n", " ").encode() + b"\n"
    for number, body in enumerate(_PDF_OBJECTS, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
