"""Templates are data: every kind loads, a locality overrides a key, a broken template is refused clearly."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents.contexts import CONTEXTS, KINDS
from app.documents.errors import TemplateFieldMissing, TemplateInvalid, UnknownDocumentKind
from app.documents.render import render_pdf
from app.documents.samples import sample_context
from app.documents.templates import load_template, long_date, short_date

CODE = "ABCD-2345"


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.parametrize("kind", KINDS)
def test_template_fields_are_the_context_types(kind: str) -> None:
    """What the template needs is what the kind's TypedDict promises (its required keys)."""
    template = load_template(kind)
    required = set(CONTEXTS[kind].__required_keys__)
    assert template.fields() <= required, template.fields() - required


@pytest.mark.parametrize("kind", KINDS)
def test_every_required_field_missing_is_named(kind: str) -> None:
    required = sorted(CONTEXTS[kind].__required_keys__)
    for field in required:
        context = sample_context(kind)
        context[field] = "  " if isinstance(context[field], str) else None
        with pytest.raises(TemplateFieldMissing) as caught:
            render_pdf(kind, context, verification_code=CODE, verify_url="http://t/v")
        assert caught.value.field_name == field, field


def test_a_row_missing_a_field_is_named_with_its_place() -> None:
    context = sample_context("decision.recognition")
    context["models"] = [dict(m) for m in context["models"]]
    del context["models"][1]["field"]
    with pytest.raises(TemplateFieldMissing) as caught:
        render_pdf("decision.recognition", context, verification_code=CODE, verify_url="http://t/v")
    assert caught.value.field_name == "models[2].field"


def test_an_empty_list_is_missing() -> None:
    context = sample_context("decision.exemplar")
    context["models"] = []
    with pytest.raises(TemplateFieldMissing, match="models"):
        render_pdf("decision.exemplar", context, verification_code=CODE, verify_url="http://t/v")


def test_optional_fields_may_be_left_out() -> None:
    context = sample_context("decision.recognition")
    del context["proposal"], context["superior_body"]
    text = _text(render_pdf("decision.recognition", context, verification_code=CODE, verify_url="http://t/v"))
    assert "Xét đề nghị" not in text and "ĐẢNG BỘ TỈNH" not in text
    assert "HUYỆN ỦY VĨNH LINH" in text


def test_recipients_and_signer_from_the_context() -> None:
    context = sample_context("decision.revocation")
    context["recipients"] = ["Ban Dân vận Tỉnh ủy (b/c),", "Lưu Văn phòng Huyện ủy."]
    context["signer_on_behalf"] = "K/T Bí thư"
    text = _text(render_pdf("decision.revocation", context, verification_code=CODE, verify_url="http://t/v"))
    assert "- Ban Dân vận Tỉnh ủy (b/c)," in text and "K/T BÍ THƯ" in text
    assert "Thu hồi Quyết định số 45-QĐ/HU, ngày 15/10/2026 của Ban Thường vụ Huyện ủy Vĩnh Linh" in text


def test_unknown_kind() -> None:
    with pytest.raises(UnknownDocumentKind):
        load_template("decision.nonsense")
    with pytest.raises(UnknownDocumentKind):
        render_pdf("../etc/passwd", {}, verification_code=CODE, verify_url="http://t/v")


def test_a_locality_overrides_wording(tmp_path: Path, settings_env) -> None:
    (tmp_path / "certificate.yaml").write_text(
        'heading: "GIẤY CHỨNG NHẬN ĐIỂN HÌNH"\ndefaults:\n  signer_on_behalf: "T/M BAN CHẤP HÀNH"\n',
        encoding="utf-8",
    )
    settings_env(document_templates_dir=str(tmp_path))
    template = load_template("certificate")
    assert template.heading == "GIẤY CHỨNG NHẬN ĐIỂN HÌNH" and template.body  # the rest is the built-in file's
    assert template.source[-1] == str(tmp_path / "certificate.yaml")
    text = _text(
        render_pdf("certificate", sample_context("certificate"), verification_code=CODE, verify_url="http://t/v")
    )
    assert "GIẤY CHỨNG NHẬN ĐIỂN HÌNH" in text and "T/M BAN CHẤP HÀNH" in text
    assert load_template("commendation").heading == "GIẤY KHEN"  # no file: the built-in one


def test_a_locality_field_is_required(tmp_path: Path) -> None:
    (tmp_path / "commendation.yaml").write_text('title: "Giấy khen {book_number}"\n', encoding="utf-8")
    assert "book_number" in load_template("commendation", override_dir=tmp_path).fields()


@pytest.mark.parametrize(
    "content",
    [
        "heading: [unclosed",
        "- a list, not a mapping",
        'heading: "{recipient.__class__}"',
        'heading: "{0}"',
        "layout: poster",
        "unexpected_key: 1",
        "kind: certificate",
        'body: []\nheading: ""',
        'logo: "missing.png"',
    ],
)
def test_a_broken_locality_template_is_invalid(tmp_path: Path, content: str) -> None:
    (tmp_path / "commendation.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(TemplateInvalid) as caught:
        load_template("commendation", override_dir=tmp_path)
    assert caught.value.kind == "commendation"


def test_dates_as_party_documents_write_them() -> None:
    assert long_date(date(2026, 10, 15)) == "ngày 15 tháng 10 năm 2026"
    assert long_date(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert long_date(date(2026, 3, 1)) == "ngày 01 tháng 3 năm 2026"
    assert short_date(date(2026, 3, 1)) == "01/03/2026"


def test_bad_verification_code_or_url() -> None:
    for code in ("", "ab", "A B C D", "ABCD/../x"):
        with pytest.raises(TemplateFieldMissing, match="verification_code"):
            render_pdf("certificate", sample_context("certificate"), verification_code=code, verify_url="http://t/v")
    with pytest.raises(TemplateFieldMissing, match="verify_url"):
        render_pdf("certificate", sample_context("certificate"), verification_code=CODE, verify_url=" ")


def test_dvk_documents_preview_uses_the_localitys_templates(tmp_path: Path, settings_env, capsys) -> None:
    from app.cli import main

    (tmp_path / "commendation.yaml").write_text('heading: "BẰNG KHEN"\n', encoding="utf-8")
    settings_env(document_templates_dir=str(tmp_path))
    out = tmp_path / "preview.pdf"
    assert main(["documents", "preview", "commendation", "--out", str(out)]) == 0
    assert "BẰNG KHEN" in _text(out.read_bytes())
    (tmp_path / "commendation.yaml").write_text("heading: [", encoding="utf-8")
    assert main(["documents", "preview", "commendation", "--out", str(out)]) == 1
    assert "invalid" in capsys.readouterr().err


def test_a_localitys_logo_is_drawn_and_a_bad_one_refused(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (60, 60), (200, 16, 46)).save(tmp_path / "huy-hieu.png")
    (tmp_path / "certificate.yaml").write_text('logo: "huy-hieu.png"\n', encoding="utf-8")
    template = load_template("certificate", override_dir=tmp_path)
    assert template.logo == str((tmp_path / "huy-hieu.png").resolve())
    (tmp_path / "huy-hieu.png").write_bytes(b"not an image")
    with pytest.raises(TemplateInvalid, match="not a readable image"):
        load_template("certificate", override_dir=tmp_path)


def test_the_logo_appears_in_the_pdf(tmp_path: Path, settings_env) -> None:
    from PIL import Image

    Image.new("RGB", (60, 60), (200, 16, 46)).save(tmp_path / "huy-hieu.png")
    (tmp_path / "commendation.yaml").write_text('logo: "huy-hieu.png"\n', encoding="utf-8")
    settings_env(document_templates_dir=str(tmp_path))
    pdf = render_pdf("commendation", sample_context("commendation"), verification_code=CODE, verify_url="http://t/v")
    assert b"/Subtype /Image" in pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
