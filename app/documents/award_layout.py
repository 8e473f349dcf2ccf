"""The award layout (A4 landscape): the certificate and the commendation in a frame, one page."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image

from app.documents.errors import TemplateInvalid
from app.documents.layout import (
    FONT,
    QR_SIZE,
    Document,
    Values,
    centred_lines,
    header,
    line_count,
    signature_block,
    upper,
)
from app.documents.templates import Template

_AWARD_SCALES = (1.0, 0.9, 0.8, 0.7, 0.6)


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


def _award_body(
    pdf: Document, template: Template, filler: Values, x: float, width: float, *, scale: float, draw: bool
) -> float:
    """The award's paragraphs from the current y, their sizes times `scale`; their height (drawn if `draw`)."""
    height = 0.0
    for block in template.body:
        if block.when and not filler.values.get(block.when):
            continue
        size = (block.size or 15) * scale
        text = " ".join(p for p in (filler.fill(block.label), filler.fill(block.text)) if p)
        pdf.set_font(FONT, block.style, size)
        line = size * 0.5
        if not draw:
            height += block.space_before + line * line_count(pdf, width, line, text)
            continue
        pdf.set_y(pdf.get_y() + block.space_before)
        pdf.set_text_color(*(block.color or (0, 0, 0)))
        pdf.set_x(x)
        pdf.multi_cell(width, line, text, align=block.align or "C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
    return height


def award(pdf: Document, template: Template, filler: Values) -> None:
    inset = 22.0
    pdf.set_margins(inset, inset, inset)
    pdf.set_auto_page_break(False)
    pdf.footer_x, pdf.footer_bottom = inset - 2, pdf.h - inset + 2
    pdf.footer_width = pdf.w / 2 - pdf.footer_x - QR_SIZE - 12
    pdf.add_page()
    _frame(pdf, template)
    y = header(pdf, template, filler, inset - 2, inset + 4, inset + 4, dated=False)
    if template.logo:
        with Image.open(template.logo) as image:
            width = 18 * image.width / image.height
        pdf.image(template.logo, x=(pdf.w - width) / 2, y=y + 1, h=18)
        y += 19
    width = pdf.w - 2 * inset
    pdf.set_text_color(*template.heading_color)
    pdf.set_y(y + 4)
    y = centred_lines(pdf, inset, width, [(upper(filler.fill(template.heading)), "B", 36)], height=15)
    pdf.set_text_color(0, 0, 0)
    # The body centred in the space between the heading and the signature block.
    signature_top = pdf.h - inset - 48
    body_x, body_width = inset + 12, width - 24
    # A long name shrinks the body's type (down to 60 %) rather than leave the page.
    for scale in _AWARD_SCALES:
        height = _award_body(pdf, template, filler, body_x, body_width, scale=scale, draw=False)
        if y + height <= signature_top:
            break
    else:
        raise TemplateInvalid(template.kind, "the award's texts do not fit on one page")
    pdf.set_y(y + (signature_top - y - height) / 2)
    _award_body(pdf, template, filler, body_x, body_width, scale=scale, draw=True)
    sig_x, sig_w = pdf.w / 2 + 15, pdf.w / 2 - inset - 15
    pdf.set_y(signature_top + 2)
    centred_lines(pdf, sig_x, sig_w, [(filler.fill("{place}, {issued_on:long}"), "I", 14)])
    signature_block(pdf, template, filler, sig_x, sig_w, pdf.get_y() + 1)
