"""The decision layout (A4 portrait): header, title, bases, articles, "Nơi nhận" and the signer, the annex."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from app.documents.layout import (
    BODY,
    FONT,
    FOOTER_BOTTOM,
    LEFT,
    QR_SIZE,
    RIGHT,
    TOP,
    Document,
    Values,
    centred_lines,
    context_rows,
    fill_row,
    header,
    nfc,
    signature_block,
    upper,
)
from app.documents.templates import Block, Template


def _paragraph(pdf: FPDF, label: str, text: str, *, indent: float = 10, style: str = "", size: float = BODY) -> None:
    """A justified paragraph: a bold label, then the text, the first line indented."""
    columns = pdf.text_columns(text_align=Align.J, line_height=1.3, l_margin=pdf.l_margin, r_margin=pdf.r_margin)
    with columns as cols, cols.paragraph(first_line_indent=indent, bottom_margin=1.8) as par:
        if label:
            pdf.set_font(FONT, "B" if "B" not in style else style, size)
            par.write(label + " ")
        pdf.set_font(FONT, style, size)
        par.write(text)


def _blocks(pdf: FPDF, kind: str, blocks: Sequence[Block], filler: Values, *, italic: bool = False) -> None:
    for block in blocks:
        if block.when and not filler.values.get(block.when):
            continue
        style = block.style or ("I" if italic else "")
        if block.text or block.label:
            _paragraph(pdf, filler.fill(block.label), filler.fill(block.text), style=style)
        if block.items:
            for index, row in enumerate(context_rows(kind, filler.values, block.items), start=1):
                _paragraph(pdf, "", fill_row(kind, block.items, block.item, row, index), style=style)


def decision(
    pdf: Document, kind: str, template: Template, filler: Values, values: Mapping[str, Any], *, carry_last: bool
) -> bool:
    """Draw a decision; False when its signature block had to start a page of its own (a signature is never
    alone on a page: the caller draws again with `carry_last`, the last article moved to that page)."""
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, margin=FOOTER_BOTTOM + QR_SIZE + 4)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - LEFT - RIGHT
    y = header(pdf, template, filler, TOP, LEFT, RIGHT)
    pdf.set_y(y + 9)
    y = centred_lines(pdf, LEFT, width, [(nfc(template.document_type), "B", 16)], height=7.5)
    if template.subject:
        y = centred_lines(pdf, LEFT + 15, width - 30, [(filler.fill(template.subject), "B", BODY)], height=6.5)
    pdf.set_line_width(0.3)
    pdf.line(LEFT + width / 2 - 12, y + 1.5, LEFT + width / 2 + 12, y + 1.5)
    pdf.set_y(y + 6)
    y = centred_lines(pdf, LEFT, width, [(upper(filler.fill(template.decider)), "B", BODY)])
    pdf.set_y(y + 2)
    _blocks(pdf, kind, template.bases, filler, italic=False)
    pdf.set_y(pdf.get_y() + 2)
    centred_lines(pdf, LEFT, width, [(nfc(template.decides), "B", BODY)], height=7)
    pdf.set_y(pdf.get_y() + 2)
    _blocks(pdf, kind, template.articles[:-1], filler)
    if carry_last:
        pdf.add_page()
    _blocks(pdf, kind, template.articles[-1:], filler)
    fitted = _closing(pdf, template, filler, values)
    if template.annex:
        _annex(pdf, kind, template, filler)
    return fitted


def _recipients(template: Template, filler: Values, values: Mapping[str, Any]) -> list[str]:
    given = values.get("recipients")
    if given and not isinstance(given, str):
        return [nfc(str(line)) for line in given]
    return [filler.fill(line) for line in template.recipients]


def _closing(pdf: Document, template: Template, filler: Values, values: Mapping[str, Any]) -> bool:
    """ "Nơi nhận" at the left, the signature block at the right, kept together on one page; False when
    they did not fit below the text and start a new page."""
    recipients = _recipients(template, filler, values)
    needed = max(8 + 5.2 * len(recipients), 40)
    fitted = pdf.get_y() + 5 + needed <= pdf.h - pdf.b_margin
    if not fitted:
        pdf.add_page()
    top = pdf.get_y() + 5
    width = pdf.w - LEFT - RIGHT
    pdf.set_xy(LEFT, top)
    pdf.set_font(FONT, "BU", 13)
    pdf.cell(30, 6, "Nơi nhận:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 12)
    for line in recipients:
        pdf.set_x(LEFT)
        text = line if line.startswith("-") else f"- {line}"
        pdf.multi_cell(width * 0.45, 5.2, text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    signature_block(pdf, template, filler, LEFT + width * 0.45, width * 0.55, top)
    return fitted


def _annex(pdf: Document, kind: str, template: Template, filler: Values) -> None:
    annex = template.annex
    assert annex is not None
    pdf.add_page()
    width = pdf.w - LEFT - RIGHT
    header(pdf, template, filler, TOP, LEFT, RIGHT)
    pdf.set_y(pdf.get_y() + 9)
    centred_lines(pdf, LEFT, width, [(upper(filler.fill(line)), "B", BODY) for line in annex.heading], height=6.5)
    centred_lines(pdf, LEFT + 5, width - 10, [(filler.fill(line), "I", 13) for line in annex.subheading], height=6)
    pdf.set_y(pdf.get_y() + 4)
    rows = context_rows(kind, filler.values, annex.rows)
    total = sum(c.width for c in annex.columns)
    widths = tuple(c.width / total * width for c in annex.columns)
    pdf.set_font(FONT, "", 11.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=widths,
        width=width,
        line_height=5.2,
        text_align=tuple(c.align for c in annex.columns),
        headings_style=_heading_style(),
        padding=1.2,
        first_row_as_headings=True,
    ) as table:
        head = table.row()
        for column in annex.columns:
            head.cell(nfc(column.header), align=Align.C)
        for index, row in enumerate(rows, start=1):
            cells = table.row()
            for column in annex.columns:
                cells.cell(fill_row(kind, annex.rows, column.value, row, index))


def _heading_style() -> Any:
    from fpdf.fonts import FontFace

    return FontFace(family=FONT, emphasis="BOLD", size_pt=12)
