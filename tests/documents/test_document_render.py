"""The document engine renders every kind to a PDF whose text is the expected Vietnamese."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from app.documents.contexts import KINDS
from app.documents.errors import TemplateFieldMissing
from app.documents.render import render_pdf
from app.documents.samples import sample_context

CODE = "7KQ2-M9XD"
URL = "http://127.0.0.1:8000/api/v1/public/verify/7KQ2-M9XD"


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_with_its_code(kind: str) -> None:
    pdf = render_pdf(kind, sample_context(kind), verification_code=CODE, verify_url=URL)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    text = _text(pdf)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "HUYỆN ỦY VĨNH LINH" in text
    assert "Vĩnh Linh, ngày 15 tháng 10 năm 2026" in text
    assert f"Mã xác minh: {CODE}" in text


def test_recognition_decision_text() -> None:
    pdf = render_pdf(
        "decision.recognition", sample_context("decision.recognition"), verification_code=CODE, verify_url=URL
    )
    text = _text(pdf)
    for expected in (
        "Số 45-QĐ/HU",
        "QUYẾT ĐỊNH công nhận mô hình “Dân vận khéo” năm 2026",
        "BAN THƯỜNG VỤ HUYỆN ỦY VĨNH LINH",
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "Điều 1. Công nhận 3 mô hình “Dân vận khéo” năm 2026 (có danh sách kèm theo).",
        "Nơi nhận:",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Nguyễn Thị Hương",
        "VL-2026-0003",
        "Hội Liên hiệp Phụ nữ xã Vĩnh Thạch",
    ):
        assert expected in text, expected


def test_missing_field_is_named_and_no_pdf() -> None:
    context = sample_context("certificate")
    del context["model_name"]
    with pytest.raises(TemplateFieldMissing) as caught:
        render_pdf("certificate", context, verification_code=CODE, verify_url=URL)
    assert caught.value.field_name == "model_name"
