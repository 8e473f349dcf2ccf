"""The structural PDF check: one PDF and nothing after it, with a findable cross-reference (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import AppError
from app.demo.documents import sample_pdf
from app.evidence.pdf import check_pdf


def _check(tmp_path: Path, data: bytes) -> str | None:
    path = tmp_path / "a.pdf"
    path.write_bytes(data)
    try:
        check_pdf(path)
    except AppError as exc:
        assert exc.status == 422
        return exc.code
    return None


async def test_well_formed_pdfs_pass(tmp_path: Path) -> None:
    pdf = sample_pdf("note")
    assert _check(tmp_path, pdf) is None
    assert _check(tmp_path, pdf + b"\r\n  \n") is None
    update = pdf + b"4 0 obj\n<< >>\nendobj\nxref\n4 1\n0000000000 00000 n \ntrailer\n<< /Prev 0 >>\n"
    assert _check(tmp_path, update + b"startxref\n%d\n%%%%EOF\n" % update.index(b"xref\n4 1")) is None
    stream = b"%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF"
    assert _check(tmp_path, stream) is None


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (sample_pdf() + b"<html><script>alert(1)</script></html>", "pdf_trailing_data"),
        (sample_pdf() + b"%%EOF\nPK\x03\x04", "pdf_trailing_data"),
        (b"%PDF-1.4\n<html>no end</html>\n", "pdf_malformed"),
        (b"%PDF-1.4\n1 0 obj<<>>endobj\nstartxref\n999999\n%%EOF\n", "pdf_malformed"),
        (b"%PDF-1.4\n1 0 obj<<>>endobj\nstartxref\n3\n%%EOF\n", "pdf_malformed"),
        (b"%PDF-1.4\n%%EOF\n", "pdf_malformed"),
    ],
)
async def test_malformed_or_polyglot_pdfs_are_refused(tmp_path: Path, data: bytes, code: str) -> None:
    assert _check(tmp_path, data) == code
