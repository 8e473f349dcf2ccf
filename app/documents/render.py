"""Render a document to PDF: A4, Liberation Serif (metric-compatible with Times New Roman), the format of
party documents (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" and the issuing committee in the header,
the number and symbol, the place and date line, the title, the bases, the articles, "Nơi nhận", the
signer; every page carries a QR code to the verification address and the verification code.

`render_pdf` is pure and synchronous (CPU-bound, tens of milliseconds): call it from async code through
`anyio.to_thread.run_sync`. It returns the whole PDF or raises, never a part of one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import segno
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from app.documents.errors import TemplateFieldMissing, TemplateInvalid
from app.documents.templates import Block, Filler, Template, load_template

FONT_DIR = Path(__file__).parent / "fonts"
FONT = "LiberationSerif"
_FONT_FILES = {"": "Regular", "B": "Bold", "I": "Italic", "BI": "BoldItalic"}

KEYWORD_PREFIX = "dvk-verification-code:"
"""The document's Keywords (Info dictionary) hold this prefix and the verification code."""
XMP_NAMESPACE = "urn:dvk:document:1.0"
VERIFICATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{3,63}$")

# Hướng dẫn 36-HD/VPTW: margins top 20-25, bottom 20-25, left 30-35, right 15-20 mm; text 13-14 pt.
_TOP, _BOTTOM, _LEFT, _RIGHT = 20.0, 20.0, 30.0, 15.0
_BODY = 14.0
_QR_SIZE = 17.0


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _upper(text: str) -> str:
    return _nfc(text).upper()


class _Values(Filler):
    """The context, the template's defaults and the engine's fields, filled as NFC text."""

    def fill(self, text: str) -> str:
        """The text with its placeholders filled, NFC-normalised."""
        return _nfc(super().fill(_nfc(text)))


class _Document(FPDF):
    """An FPDF page set with the footer (QR code, verification code, page number) on every page."""

    def __init__(self, orientation: str, footer_text: str, verify_url: str, page_numbers: bool) -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        for style, name in _FONT_FILES.items():
            self.add_font(FONT, style, str(FONT_DIR / f"LiberationSerif-{name}.ttf"))
        self.footer_text = footer_text
        self.qr = segno.make(verify_url, error="m", micro=False)
        self.page_numbers = page_numbers
        self.footer_inset = 0.0

    def footer(self) -> None:
        """The QR code at the bottom left, the verification line beside it, the page number."""
        inset = self.footer_inset
        x, y = inset or _LEFT, self.h - (inset or _BOTTOM) - _QR_SIZE + 6
        _draw_qr(self, self.qr, x, y, _QR_SIZE)
        self.set_font(FONT, "", 9)
        self.set_text_color(60, 60, 60)
        self.set_xy(x + _QR_SIZE + 3, y + _QR_SIZE - 9)
        width = self.w - self.get_x() - (inset or _RIGHT)
        self.multi_cell(width, 4, self.footer_text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.page_numbers:
            self.set_xy(x + _QR_SIZE + 3, y + _QR_SIZE - 1)
            self.cell(width, 4, f"Trang {self.page_no()}/{{nb}}", align=Align.L)
        self.set_text_color(0, 0, 0)


def _draw_qr(pdf: FPDF, qr: segno.QRCode, x: float, y: float, size: float) -> None:
    """The QR code as vector squares (one rectangle per run of dark modules), quiet zone included."""
    matrix = qr.matrix
    quiet = 2
    modules = len(matrix) + 2 * quiet
    cell = size / modules
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                pdf.rect(x + (quiet + start) * cell, y + (quiet + r) * cell, (c - start) * cell, cell, style="F")
            else:
                c += 1


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
    needed = set(template.fields()) | {"issuer_name", "number", "place", "issued_on"}
    for name in sorted(needed):
        filler.get_value(name, (), {})
    if not isinstance(values["issued_on"], date):
        raise TemplateFieldMissing("issued_on", kind)
    for block in (*template.bases, *template.articles, *template.body):
        if block.items and (not block.when or values.get(block.when)):
            _rows(kind, values, block.items)
    if template.annex:
        _rows(kind, values, template.annex.rows)


def _rows(kind: str, values: Mapping[str, Any], field: str) -> list[Mapping[str, Any]]:
    """The context list `field` as mappings (a plain string becomes {"value": it}); empty → missing."""
    raw = values.get(field)
    if isinstance(raw, str) or not isinstance(raw, Iterable):
        raise TemplateFieldMissing(field, kind)
    rows = [row if isinstance(row, Mapping) else {"value": row} for row in raw]
    if not rows:
        raise TemplateFieldMissing(field, kind)
    return rows


def _fill_row(kind: str, field: str, text: str, row: Mapping[str, Any], index: int) -> str:
    try:
        return _Values(kind, {**row, "index": index}).fill(text)
    except TemplateFieldMissing as exc:
        raise TemplateFieldMissing(f"{field}[{index}].{exc.field_name}", kind) from None


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
    filler = _Values(kind, values)
    footer = filler.fill(template.footer)
    if template.layout == "decision":
        pdf = _Document("portrait", footer, verify_url, page_numbers=True)
        _decision(pdf, kind, template, filler, values)
    else:
        pdf = _Document("landscape", footer, verify_url, page_numbers=False)
        _award(pdf, template, filler)
    _metadata(pdf, kind, template, filler, code)
    return bytes(pdf.output())


def _metadata(pdf: FPDF, kind: str, template: Template, filler: _Values, code: str) -> None:
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


# ---------------------------------------------------------------------------------------------------------
# The decision layout (portrait)


def _lines(pdf: FPDF, x: float, width: float, lines: Iterable[tuple[str, str, float]], height: float = 6.2) -> float:
    """Centred lines in a column starting at x; returns the y below them."""
    for text, style, size in lines:
        pdf.set_font(FONT, style, size)
        pdf.set_x(x)
        pdf.multi_cell(width, height, text, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


def _underline(pdf: FPDF, text: str, x: float, width: float, y: float, size: float, style: str) -> None:
    """A thin line under a centred text (the party name, the "-----" under a title)."""
    pdf.set_font(FONT, style, size)
    length = min(pdf.get_string_width(text), width)
    pdf.set_line_width(0.3)
    pdf.line(x + (width - length) / 2, y, x + (width + length) / 2, y)


def _header(pdf: _Document, template: Template, filler: _Values, top: float, left: float, right: float) -> float:
    """The two header columns: issuer (and superior), "*", number | party name, place and date."""
    page_width = pdf.w - left - right
    lw, rw = page_width * 0.45, page_width * 0.58
    rx = pdf.w - right - rw
    left_lines: list[tuple[str, str, float]] = []
    if filler.values.get("superior_body"):
        left_lines.append((_upper(filler.fill("{superior_body}")), "", _BODY))
    left_lines += [(_upper(filler.fill("{issuer_name}")), "B", _BODY), ("*", "", _BODY)]
    pdf.set_y(top)
    y_left = _lines(pdf, left, lw, left_lines)
    y_left = _lines(pdf, left, lw, [(filler.fill(template.number_line), "", _BODY)])
    pdf.set_y(top)
    party = _nfc(template.party_name)
    y_right = _lines(pdf, rx, rw, [(party, "B", 15)], height=7)
    _underline(pdf, party, rx, rw, y_right - 0.4, 15, "B")
    pdf.set_y(y_right + 6)
    date_line = filler.fill("{place}, {issued_on:long}")
    y_right = _lines(pdf, rx, rw, [(date_line, "I", _BODY)])
    return max(y_left, y_right)


def _paragraph(pdf: FPDF, label: str, text: str, *, indent: float = 10, style: str = "", size: float = _BODY) -> None:
    """A justified paragraph: a bold label, then the text, the first line indented."""
    columns = pdf.text_columns(text_align=Align.J, line_height=1.3, l_margin=pdf.l_margin, r_margin=pdf.r_margin)
    with columns as cols, cols.paragraph(first_line_indent=indent, bottom_margin=1.8) as par:
        if label:
            pdf.set_font(FONT, "B" if "B" not in style else style, size)
            par.write(label + " ")
        pdf.set_font(FONT, style, size)
        par.write(text)


def _blocks(pdf: FPDF, kind: str, blocks: Sequence[Block], filler: _Values, *, italic: bool = False) -> None:
    for block in blocks:
        if block.when and not filler.values.get(block.when):
            continue
        style = block.style or ("I" if italic else "")
        if block.text or block.label:
            _paragraph(pdf, filler.fill(block.label), filler.fill(block.text), style=style)
        if block.items:
            for index, row in enumerate(_rows(kind, filler.values, block.items), start=1):
                _paragraph(pdf, "", _fill_row(kind, block.items, block.item, row, index), style=style)


def _decision(pdf: _Document, kind: str, template: Template, filler: _Values, values: Mapping[str, Any]) -> None:
    pdf.set_margins(_LEFT, _TOP, _RIGHT)
    pdf.set_auto_page_break(True, margin=_BOTTOM + _QR_SIZE)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - _LEFT - _RIGHT
    y = _header(pdf, template, filler, _TOP, _LEFT, _RIGHT)
    pdf.set_y(y + 9)
    y = _lines(pdf, _LEFT, width, [(_nfc(template.document_type), "B", 16)], height=7.5)
    if template.subject:
        y = _lines(pdf, _LEFT + 15, width - 30, [(filler.fill(template.subject), "B", _BODY)], height=6.5)
    pdf.set_line_width(0.3)
    pdf.line(_LEFT + width / 2 - 12, y + 1.5, _LEFT + width / 2 + 12, y + 1.5)
    pdf.set_y(y + 6)
    y = _lines(pdf, _LEFT, width, [(_upper(filler.fill(template.decider)), "B", _BODY)])
    pdf.set_y(y + 2)
    _blocks(pdf, kind, template.bases, filler, italic=False)
    pdf.set_y(pdf.get_y() + 2)
    _lines(pdf, _LEFT, width, [(_nfc(template.decides), "B", _BODY)], height=7)
    pdf.set_y(pdf.get_y() + 2)
    _blocks(pdf, kind, template.articles, filler)
    _closing(pdf, template, filler, values)
    if template.annex:
        _annex(pdf, kind, template, filler)


def _recipients(template: Template, filler: _Values, values: Mapping[str, Any]) -> list[str]:
    given = values.get("recipients")
    if given and not isinstance(given, str):
        return [_nfc(str(line)) for line in given]
    return [filler.fill(line) for line in template.recipients]


def _closing(pdf: _Document, template: Template, filler: _Values, values: Mapping[str, Any]) -> None:
    """ "Nơi nhận" at the left, the signature block at the right, kept together on one page."""
    recipients = _recipients(template, filler, values)
    needed = max(10 + 5.2 * len(recipients), 48)
    if pdf.get_y() + 6 + needed > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y() + 6
    width = pdf.w - _LEFT - _RIGHT
    pdf.set_xy(_LEFT, top)
    pdf.set_font(FONT, "BU", 13)
    pdf.cell(30, 6, "Nơi nhận:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 12)
    for line in recipients:
        pdf.set_x(_LEFT)
        text = line if line.startswith("-") else f"- {line}"
        pdf.multi_cell(width * 0.45, 5.2, text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _signature(pdf, template, filler, _LEFT + width * 0.45, width * 0.55, top)


def _signature(pdf: FPDF, template: Template, filler: _Values, x: float, width: float, top: float) -> float:
    signer = template.signer
    pdf.set_y(top)
    y = _lines(pdf, x, width, [(_upper(filler.fill(signer.on_behalf)), "B", _BODY)])
    y = _lines(pdf, x, width, [(_upper(filler.fill(signer.position)), "B", _BODY)])
    pdf.set_y(y + 24)
    return _lines(pdf, x, width, [(filler.fill(signer.name), "B", _BODY)])


def _annex(pdf: _Document, kind: str, template: Template, filler: _Values) -> None:
    annex = template.annex
    assert annex is not None
    pdf.add_page()
    width = pdf.w - _LEFT - _RIGHT
    _header(pdf, template, filler, _TOP, _LEFT, _RIGHT)
    pdf.set_y(pdf.get_y() + 9)
    _lines(pdf, _LEFT, width, [(_upper(filler.fill(line)), "B", _BODY) for line in annex.heading], height=6.5)
    _lines(pdf, _LEFT + 5, width - 10, [(filler.fill(line), "I", 13) for line in annex.subheading], height=6)
    pdf.set_y(pdf.get_y() + 4)
    rows = _rows(kind, filler.values, annex.rows)
    total = sum(c.width for c in annex.columns)
    widths = tuple(c.width / total * width for c in annex.columns)
    pdf.set_font(FONT, "", 12)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=widths,
        width=width,
        line_height=5.6,
        text_align=tuple(c.align for c in annex.columns),
        headings_style=_heading_style(),
        padding=1.2,
        first_row_as_headings=True,
    ) as table:
        head = table.row()
        for column in annex.columns:
            head.cell(_nfc(column.header), align=Align.C)
        for index, row in enumerate(rows, start=1):
            cells = table.row()
            for column in annex.columns:
                cells.cell(_fill_row(kind, annex.rows, column.value, row, index))


def _heading_style() -> Any:
    from fpdf.fonts import FontFace

    return FontFace(family=FONT, emphasis="BOLD", size_pt=12)


# ---------------------------------------------------------------------------------------------------------
# The award layout (landscape): certificate, commendation


def _frame(pdf: FPDF, template: Template) -> None:
    r, g, b = template.border_color
    pdf.set_draw_color(r, g, b)
    pdf.set_line_width(2.2)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.5)
    pdf.rect(12, 12, pdf.w - 24, pdf.h - 24)
    pdf.set_draw_color(212, 160, 23)
    pdf.set_line_width(0.3)
    pdf.rect(13.5, 13.5, pdf.w - 27, pdf.h - 27)
    pdf.set_draw_color(0, 0, 0)


def _award(pdf: _Document, template: Template, filler: _Values) -> None:
    inset = 22.0
    pdf.footer_inset = inset
    pdf.set_margins(inset, inset, inset)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _frame(pdf, template)
    y = _header(pdf, template, filler, inset - 2, inset + 4, inset + 4)
    if template.logo:
        pdf.image(template.logo, x=pdf.w / 2 - 9, y=y + 1, h=18)
        y += 19
    width = pdf.w - 2 * inset
    r, g, b = template.heading_color
    pdf.set_text_color(r, g, b)
    pdf.set_y(y + 5)
    _lines(pdf, inset, width, [(_upper(filler.fill(template.heading)), "B", 34)], height=14)
    pdf.set_text_color(0, 0, 0)
    for block in template.body:
        if block.when and not filler.values.get(block.when):
            continue
        pdf.set_y(pdf.get_y() + block.space_before)
        size = block.size or 15
        if block.color:
            pdf.set_text_color(*block.color)
        text = " ".join(p for p in (filler.fill(block.label), filler.fill(block.text)) if p)
        pdf.set_font(FONT, block.style, size)
        pdf.set_x(inset + 10)
        pdf.multi_cell(width - 20, size * 0.5, text, align=block.align or "C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
    bottom = pdf.h - inset - 46
    top = max(pdf.get_y() + 4, bottom)
    sig_x, sig_w = pdf.w / 2 + 10, pdf.w / 2 - inset - 10
    pdf.set_y(top)
    _lines(pdf, sig_x, sig_w, [(filler.fill("{place}, {issued_on:long}"), "I", 14)])
    _signature(pdf, template, filler, sig_x, sig_w, pdf.get_y() + 1)
    if pdf.get_y() > pdf.h - 14:
        raise TemplateInvalid(template.kind, "the award's texts do not fit on one page")
