"""Render a document to PDF: A4, Liberation Serif (metric-compatible with Times New Roman), the format of
party documents (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" and the issuing committee in the header,
the number and symbol, the place and date line, the title, the bases, the articles, "Nơi nhận", the
signer; every page carries a QR code to the verification address and the verification code.

`render_pdf` is pure and synchronous (CPU-bound): call it from async code through
`anyio.to_thread.run_sync`. It returns the whole PDF or raises, never a part of one. The layouts are
`decision_layout.py` and `award_layout.py`, over `layout.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from fpdf import FPDF

from app.documents.award_layout import award
from app.documents.contexts import required_fields
from app.documents.decision_layout import decision
from app.documents.errors import TemplateFieldInvalid, TemplateFieldMissing
from app.documents.layout import Document, Values, context_rows
from app.documents.templates import Filler, Template, load_template

KEYWORD_PREFIX = "dvk-verification-code:"
"""The document's Keywords (Info dictionary) hold this prefix and the verification code."""
XMP_NAMESPACE = "urn:dvk:document:1.0"
VERIFICATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{3,63}$")


def _values(kind: str, template: Template, context: Mapping[str, Any], code: str, url: str) -> dict[str, Any]:
    values: dict[str, Any] = dict(template.defaults)
    values.update({k: v for k, v in context.items() if v is not None})
    models = values.get("models")
    if isinstance(models, Sequence) and not isinstance(models, str):
        values["model_count"] = len(models)
    values["verification_code"] = code
    values["verify_url"] = url
    return values


def _check_context(kind: str, template: Template, values: Mapping[str, Any]) -> None:
    """Every field the template and the layout need, present and of the right shape, before drawing."""
    filler = Filler(kind, values)
    # The kind's contract (its TypedDict's required keys) and whatever a locality's template adds.
    needed = set(template.fields()) | set(required_fields(kind))
    for name in sorted(needed):
        filler.get_value(name, (), {})
    for name, value in values.items():
        _check_bounds(kind, name, value)
    for block in (*template.bases, *template.articles, *template.body):
        if block.items and (not block.when or values.get(block.when)):
            context_rows(kind, values, block.items)
    if template.annex:
        context_rows(kind, values, template.annex.rows)


MAX_TEXT_CHARS = 2000
"""The longest text a context field may hold (a name, a reason, a basis)."""
MAX_ROWS = 500
"""The most rows a context list may hold (models in an annex, bases, recipients)."""
_DATE_FIELDS = ("issued_on", "revoked_issued_on", "decision_issued_on")


def _check_bounds(kind: str, name: str, value: Any) -> None:
    if name in _DATE_FIELDS and not isinstance(value, date):
        raise TemplateFieldInvalid(name, "must be a date", kind)
    if isinstance(value, str):
        if len(value) > MAX_TEXT_CHARS:
            raise TemplateFieldInvalid(name, f"longer than {MAX_TEXT_CHARS} characters", kind)
    elif isinstance(value, Sequence):
        if len(value) > MAX_ROWS:
            raise TemplateFieldInvalid(name, f"more than {MAX_ROWS} rows", kind)
        for index, row in enumerate(value, start=1):
            cells = row.items() if isinstance(row, Mapping) else [("", row)]
            for key, cell in cells:
                if isinstance(cell, str) and len(cell) > MAX_TEXT_CHARS:
                    where = f"{name}[{index}].{key}" if key else f"{name}[{index}]"
                    raise TemplateFieldInvalid(where, f"longer than {MAX_TEXT_CHARS} characters", kind)


def render_pdf(kind: str, context: Mapping[str, Any], *, verification_code: str, verify_url: str) -> bytes:
    """The document of `kind` for `context` (the TypedDict of that kind in `contexts.py`), as PDF bytes.

    `verification_code` is printed on every page and stored in the PDF's metadata (Keywords
    "dvk-verification-code:<code>" and XMP `dvk:VerificationCode`), where `signing.verify_pdf` reads it
    back; `verify_url` is what the QR code on every page opens. Raises `UnknownDocumentKind`,
    `TemplateInvalid`, or `TemplateFieldMissing(field)` for the first missing field (in name order),
    before anything is drawn.
    """
    template = load_template(kind)
    code = verification_code.strip().upper()
    if not VERIFICATION_CODE.match(code):
        raise TemplateFieldMissing("verification_code", kind)
    if not verify_url.strip():
        raise TemplateFieldMissing("verify_url", kind)
    values = _values(kind, template, context, code, verify_url.strip())
    _check_context(kind, template, values)
    filler = Values(kind, values)
    footer = filler.fill(template.footer)
    if template.layout == "decision":
        pdf = Document("portrait", footer, verify_url, page_numbers=True)
        if not decision(pdf, kind, template, filler, values, carry_last=False):
            pdf = Document("portrait", footer, verify_url, page_numbers=True)
            decision(pdf, kind, template, filler, values, carry_last=True)
    else:
        pdf = Document("landscape", footer, verify_url, page_numbers=False)
        award(pdf, template, filler)
    _metadata(pdf, kind, template, filler, code)
    return bytes(pdf.output())


def _metadata(pdf: FPDF, kind: str, template: Template, filler: Values, code: str) -> None:
    title = filler.fill(template.title)
    pdf.set_title(title)
    pdf.set_author(filler.fill("{issuer_name}"))
    pdf.set_subject(filler.fill(template.subject) if template.subject else title)
    pdf.set_keywords(f"{KEYWORD_PREFIX}{code}")
    pdf.set_creator("DVK API (Dân vận khéo)")
    pdf.set_lang("vi-VN")
    number = escape(filler.fill("{number}"))
    pdf.set_xmp_metadata(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:dvk="{XMP_NAMESPACE}">'
        f"<dvk:VerificationCode>{escape(code)}</dvk:VerificationCode>"
        f"<dvk:Kind>{escape(kind)}</dvk:Kind><dvk:Number>{number}</dvk:Number>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
