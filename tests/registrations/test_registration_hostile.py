"""Hostile workbooks: zip bombs and rows wider than the form are refused before openpyxl parses them."""

from __future__ import annotations

from typing import Any

import registrations_support as support
from registrations_support import form_row, hand_form

from tests.core import bombs

reg = support.reg


async def test_a_31_kb_xlsx_with_one_row_of_600_000_cells_is_refused(reg: Any) -> None:
    content = bombs.xlsx_with_sheet(hand_form([form_row(1, "Thôn Tân Lập", "A")]), bombs.wide_row(600_000))
    assert len(content) < 100 * 1024
    r = await reg.upload(content)
    assert r.status_code == 422 and r.json()["code"] == "archive_suspicious", r.text


async def test_a_row_wider_than_the_form_is_refused_even_when_it_does_not_compress(reg: Any) -> None:
    content = bombs.xlsx_with_sheet(
        hand_form([form_row(1, "Thôn Tân Lập", "A")]), bombs.wide_row(5_000, random_values=True)
    )
    r = await reg.upload(content)
    assert r.status_code == 422 and r.json()["code"] == "too_many_columns", r.text


async def test_a_docx_bomb_sent_as_the_form_is_refused(reg: Any) -> None:
    r = await reg.upload(bombs.docx_bomb())
    assert r.status_code == 422 and r.json()["code"] == "archive_too_large", r.text
