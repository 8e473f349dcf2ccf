"""What every generated document shares: the page set with its footer (QR code, verification code, page
number), the font (Liberation Serif, embedded on first use), the party header, the signature block, filled text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import segno
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from app.documents.errors import TemplateFieldMissing
from app.documents.templates import Filler, Template

FONT_DIR = Path(__file__).parent / "fonts"
FONT = "LiberationSerif"
FONT_FILES = {"": "Regular", "B": "Bold", "I": "Italic", "BI": "BoldItalic"}  # keys: letters sorted

# Hướng dẫn 36-HD/VPTW: margins top 20-25, bottom 20-25, left 30-35, right 15-20 mm; text 13-14 pt.
TOP, BOTTOM, LEFT, RIGHT = 20.0, 20.0, 30.0, 15.0
BODY = 14.0
QR_SIZE = 16.0
FOOTER_BOTTOM = 9.0  # the footer (QR code, verification line) sits in the bottom margin

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


_STRAIGHT_QUOTES = re.compile(r'"([^"\n]*)"')


def nfc(text: str) -> str:
    """NFC text without control characters (a tab or newline stays: multi_cell lays them out), straight
    double quotes in pairs printed as the curly ones of the documents ("Dân vận khéo" → “Dân vận khéo”)."""
    return _STRAIGHT_QUOTES.sub("“\\1”", _CONTROL.sub(" ", unicodedata.normalize("NFC", text)))


def upper(text: str) -> str:
    return nfc(text).upper()


class Values(Filler):
    """The context, the template's defaults and the engine's fields, filled as NFC text."""

    def fill(self, text: str) -> str:
        """The text with its placeholders filled, NFC-normalised."""
        return nfc(super().fill(nfc(text)))


class Document(FPDF):
    """An FPDF page set with the footer (QR code, verification code, page number) on every page."""

    def __init__(self, orientation: str, footer_text: str, verify_url: str, page_numbers: bool) -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self._styles_added: set[str] = set()
        self.footer_text = footer_text
        self.qr = segno.make(verify_url, error="m", micro=False)
        self.page_numbers = page_numbers
        # Where the footer goes: the QR code's left edge and bottom, the text's width beside it.
        self.footer_x = LEFT
        self.footer_bottom = self.h - FOOTER_BOTTOM
        self.footer_width = self.w - LEFT - RIGHT - QR_SIZE - 3

    def set_font(self, family: str | None = None, style: Any = "", size: float = 0) -> None:
        """Select a style of the document font, embedding it on first use (parsing a TrueType file is the
        slow part of rendering, so a style a document never uses is never read)."""
        key = "".join(sorted(str(style).upper().replace("U", "")))
        if family == FONT and key not in self._styles_added:
            self.add_font(FONT, key, str(FONT_DIR / f"LiberationSerif-{FONT_FILES[key]}.ttf"))
            self._styles_added.add(key)
        super().set_font(family, style, size)

    def footer(self) -> None:
        """The QR code at the bottom left, the verification line beside it, the page number at the right."""
        x, y = self.footer_x, self.footer_bottom - QR_SIZE
        draw_qr(self, self.qr, x, y, QR_SIZE)
        self.set_font(FONT, "", 9)
        self.set_text_color(70, 70, 70)
        lines = line_count(self, self.footer_width, 4, self.footer_text)
        self.set_xy(x + QR_SIZE + 3, self.footer_bottom - 4 * lines)
        self.multi_cell(self.footer_width, 4, self.footer_text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.page_numbers:
            self.set_xy(self.w - RIGHT - 30, self.footer_bottom - 4)
            self.cell(30, 4, f"Trang {self.page_no()}/{{nb}}", align=Align.R)
        self.set_text_color(0, 0, 0)


def line_count(pdf: FPDF, width: float, height: float, text: str) -> int:
    """How many lines `text` takes in a cell of `width` with the current font (measured, not drawn)."""
    lines = pdf.multi_cell(width, height, text, dry_run=True, output="LINES")
    return len(lines) if isinstance(lines, list) else 1


def draw_qr(pdf: FPDF, qr: segno.QRCode, x: float, y: float, size: float) -> None:
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


def centred_lines(
    pdf: FPDF, x: float, width: float, lines: Iterable[tuple[str, str, float]], height: float = 6.2
) -> float:
    """Centred lines in a column starting at x; returns the y below them."""
    for text, style, size in lines:
        pdf.set_font(FONT, style, size)
        pdf.set_x(x)
        pdf.multi_cell(width, height, text, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


def underline(pdf: FPDF, text: str, x: float, width: float, y: float, size: float, style: str) -> None:
    """A thin line under a centred text (the party name, the "-----" under a title)."""
    pdf.set_font(FONT, style, size)
    length = min(pdf.get_string_width(text), width)
    pdf.set_line_width(0.3)
    pdf.line(x + (width - length) / 2, y, x + (width + length) / 2, y)


def header(
    pdf: Document, template: Template, filler: Values, top: float, left: float, right: float, *, dated: bool = True
) -> float:
    """The two header columns: issuer (and superior), "*", number | party name, place and date (`dated`)."""
    page_width = pdf.w - left - right
    lw, rw = page_width * 0.45, page_width * 0.58
    rx = pdf.w - right - rw
    left_lines: list[tuple[str, str, float]] = []
    if filler.values.get("superior_body"):
        left_lines.append((upper(filler.fill("{superior_body}")), "", BODY))
    left_lines += [(upper(filler.fill("{issuer_name}")), "B", BODY), ("*", "", BODY)]
    pdf.set_y(top)
    y_left = centred_lines(pdf, left, lw, left_lines)
    y_left = centred_lines(pdf, left, lw, [(filler.fill(template.number_line), "", BODY)])
    pdf.set_y(top)
    party = nfc(template.party_name)
    y_right = centred_lines(pdf, rx, rw, [(party, "B", 15)], height=7)
    underline(pdf, party, rx, rw, y_right - 0.4, 15, "B")
    if dated:
        pdf.set_y(y_right + 6)
        y_right = centred_lines(pdf, rx, rw, [(filler.fill("{place}, {issued_on:long}"), "I", BODY)])
    return max(y_left, y_right)


def signature_block(pdf: FPDF, template: Template, filler: Values, x: float, width: float, top: float) -> float:
    signer = template.signer
    pdf.set_y(top)
    y = centred_lines(pdf, x, width, [(upper(filler.fill(signer.on_behalf)), "B", BODY)])
    y = centred_lines(pdf, x, width, [(upper(filler.fill(signer.position)), "B", BODY)])
    pdf.set_y(y + 20)
    return centred_lines(pdf, x, width, [(filler.fill(signer.name), "B", BODY)])


def context_rows(kind: str, values: Mapping[str, Any], field: str) -> list[Mapping[str, Any]]:
    """The context list `field` as mappings (a plain string becomes {"value": it}); empty → missing."""
    raw = values.get(field)
    if isinstance(raw, str) or not isinstance(raw, Iterable):
        raise TemplateFieldMissing(field, kind)
    rows = [row if isinstance(row, Mapping) else {"value": row} for row in raw]
    if not rows:
        raise TemplateFieldMissing(field, kind)
    return rows


def fill_row(kind: str, field: str, text: str, row: Mapping[str, Any], index: int) -> str:
    try:
        return Values(kind, {**row, "index": index}).fill(text)
    except TemplateFieldMissing as exc:
        raise TemplateFieldMissing(f"{field}[{index}].{exc.field_name}", kind) from None
