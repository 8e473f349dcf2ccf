"""The document engine renders every kind to a PDF whose text is the expected Vietnamese."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from app.documents.contexts import KINDS
from app.documents.errors import TemplateFieldInvalid, TemplateFieldMissing
from app.documents.render import render_pdf
from app.documents.samples import MODELS, sample_context

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


def test_a_long_annex_repeats_its_table_heading_on_every_page() -> None:
    context = sample_context("decision.recognition")
    context["models"] = [dict(MODELS[i % 3], code=f"VL-2026-{i:04d}") for i in range(1, 61)]
    pdf = render_pdf("decision.recognition", context, verification_code=CODE, verify_url=URL)
    pages = [unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]
    annex = [text for text in pages if "VL-2026-00" in text]
    assert len(annex) >= 3
    assert all("Tên mô hình" in text and "Đơn vị đăng ký" in text for text in annex)
    assert "VL-2026-0060" in annex[-1]
    assert f"Trang {len(pages)}/{len(pages)}" in pages[-1]


def test_a_long_name_shrinks_on_the_certificate_instead_of_failing() -> None:
    context = sample_context("certificate")
    context["model_name"] = "Mô hình rất dài với nhiều chữ " * 9
    text = _text(render_pdf("certificate", context, verification_code=CODE, verify_url=URL))
    assert "Mô hình rất dài với nhiều chữ Mô hình rất dài" in text
    assert (
        len(PdfReader(io.BytesIO(render_pdf("certificate", context, verification_code=CODE, verify_url=URL))).pages)
        == 1
    )


def test_bounds_on_the_context() -> None:
    context = sample_context("decision.exemplar")
    context["bases"] = ["x" * 2001]
    with pytest.raises(TemplateFieldInvalid) as caught:
        render_pdf("decision.exemplar", context, verification_code=CODE, verify_url=URL)
    assert caught.value.field_name == "bases[1]" and "2000" in caught.value.reason
    assert isinstance(caught.value, TemplateFieldMissing)  # a handler of missing fields names it too
    context = sample_context("decision.exemplar")
    context["models"] = [MODELS[0]] * 501
    with pytest.raises(TemplateFieldInvalid, match="models"):
        render_pdf("decision.exemplar", context, verification_code=CODE, verify_url=URL)
    context = sample_context("certificate")
    context["decision_issued_on"] = "15/10/2026"
    with pytest.raises(TemplateFieldInvalid, match="decision_issued_on"):
        render_pdf("certificate", context, verification_code=CODE, verify_url=URL)


def test_control_characters_and_decomposed_text() -> None:
    context = sample_context("certificate")
    context["registrant_unit"] = unicodedata.normalize("NFD", "Hội Nông dân\x00\x07 xã Vĩnh Thạch")
    context["issuing_body"] = 'Ban Chỉ đạo phong trào "Dân vận khéo" huyện Vĩnh Linh'
    text = _text(render_pdf("certificate", context, verification_code=CODE, verify_url=URL))
    assert "Hội Nông dân xã Vĩnh Thạch" in text
    assert "Ban Chỉ đạo phong trào “Dân vận khéo” huyện Vĩnh Linh" in text  # straight quotes printed curly


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
@pytest.mark.parametrize("kind", KINDS)
def test_pages_render_to_png(kind: str, tmp_path) -> None:
    """Poppler draws every page (a structural check a text extractor does not make)."""
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(render_pdf(kind, sample_context(kind), verification_code=CODE, verify_url=URL))
    done = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], capture_output=True, timeout=60
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    pngs = sorted(tmp_path.glob("page*.png"))
    assert pngs and all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
