"""The registration list form as JSON, CSV (streamed) and XLSX (constant memory, streamed from disk).

Rows: every model of the campaign and year in the unit's subtree and the caller's scope that is not
withdrawn (drafts and returned models included: the form lists what units registered).
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import tempfile
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import date
from typing import Any
from urllib.parse import quote

import xlsxwriter
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import get_database
from app.core.errors import NotFound
from app.core.messages import UNIT_NOT_FOUND
from app.core.search import fold
from app.models import RegisteredModel, Unit
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.registrations import repository
from app.registrations.layout import MARK, MARK_KEYS, PERSON_COLUMNS, TITLE, TOTAL_LABEL, Column, columns
from app.registrations.repository import BATCH
from app.registrations.schemas import RegistrationList, RegistrationRow
from app.units import repository as units

M = RegisteredModel
CHUNK = 64 * 1024


async def visible_unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """A unit in the caller's read scope, or 404."""
    unit = await units.get_unit(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.READ):
        raise NotFound(UNIT_NOT_FOUND, code="unit_not_found")
    return unit


def targets_text(targets: list[dict[str, Any]] | None) -> str:
    """The model's targets as one line: "what: value unit; …"."""
    parts = []
    for t in targets or []:
        value = t.get("target_value")
        number = f"{value:g}" if isinstance(value, int | float) else str(value or "")
        parts.append(f"{t.get('what', '')}: {number} {t.get('unit_of_measure') or ''}".strip())
    return "; ".join(parts)


def to_row(no: int, r: Any) -> RegistrationRow:
    """A database row as a form row."""
    return RegistrationRow(
        no=no,
        model_id=r.id,
        code=r.code,
        state=r.state,
        unit_id=r.registrant_unit_id,
        unit_code=r.unit_code,
        unit=r.unit_name,
        model_name=r.name,
        targets=targets_text(r.targets),
        field_code=r.field_code,
        registrant_kind=r.registrant_kind,
        start_date=r.start_date,
        end_date=r.end_date,
        level_aimed=r.level_aimed,
        individual_name=r.individual_name,
        individual_position=r.individual_position,
        marks=[f"{r.field_code}_{r.registrant_kind}", f"level_{r.level_aimed}"],
    )


async def stream_rows(session: AsyncSession, query: Select[Any]) -> AsyncIterator[RegistrationRow]:
    """Form rows from a server-side cursor, fetched a batch at a time (see `repository.stream`)."""
    no = 0
    async for r in repository.stream(session, query):
        no += 1
        yield to_row(no, r)


async def list_rows(session: AsyncSession, query: Select[Any]) -> list[RegistrationRow]:
    """All form rows at once (the JSON body)."""
    return [to_row(no, r) for no, r in enumerate(await repository.all_rows(session, query), start=1)]


def totals(counter: Counter[str]) -> dict[str, int]:
    """Counts per marked column, every column present."""
    return {key: counter.get(key, 0) for key in MARK_KEYS}


def title(year: int) -> str:
    """The form's title line."""
    return TITLE.format(year=year)


def filename(unit: Unit, year: int, extension: str) -> str:
    """Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266 / 5987)."""
    ascii_name = "-".join(fold(unit.name).replace("/", " ").split()) or "don-vi"
    fallback = f"danh-sach-dang-ky-dvk-{ascii_name}-{year}.{extension}"
    pretty = f"Danh sách đăng ký DVK {unit.name} {year}.{extension}"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(pretty, safe='')}"


# ---------------------------------------------------------------- CSV


def _cell(row: RegistrationRow, col: Column) -> str:
    if col.key in MARK_KEYS:
        return MARK if col.key in row.marks else ""
    value = getattr(row, col.key)
    return value.isoformat() if isinstance(value, date) else str(value if value is not None else "")


async def csv_stream(query: Select[Any], year: int) -> AsyncIterator[bytes]:
    """UTF-8 with BOM, header + one line per model + the total row, yielded in small chunks."""
    cols = columns(year)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([f"{c.group} - {c.label}" if c.label else c.group for c in cols])
    yield "\ufeff".encode() + buffer.getvalue().encode()
    counter: Counter[str] = Counter()
    pending = 0
    buffer.seek(0), buffer.truncate()
    # The request's session is closed once the endpoint returns: the body is read in a session of its own.
    async with get_database().sessionmaker() as session:
        async for row in stream_rows(session, query):
            counter.update(row.marks)
            writer.writerow([_cell(row, c) for c in cols])
            pending += 1
            if pending >= BATCH:
                yield buffer.getvalue().encode()
                buffer.seek(0), buffer.truncate()
                pending = 0
    count = totals(counter)
    writer.writerow(
        [TOTAL_LABEL, "", str(sum(counter[k] for k in MARK_KEYS[:-2])), ""]
        + [str(count[c.key]) if c.key in MARK_KEYS else "" for c in cols[4:]]
    )
    yield buffer.getvalue().encode()


# ---------------------------------------------------------------- XLSX


class _Sheet:
    """The paper form on an A4 landscape sheet, written row by row (xlsxwriter constant_memory)."""

    HEADER_ROW = 4  # 0-based: two title lines, a subtitle and a blank line above

    def __init__(self, path: str, unit_name: str, campaign_name: str, year: int) -> None:
        self.book = xlsxwriter.Workbook(path, {"constant_memory": True, "tmpdir": os.path.dirname(path)})
        self.sheet = self.book.add_worksheet("Danh sách đăng ký")
        self.cols = columns(year)
        base = {"font_name": "Times New Roman", "font_size": 11, "valign": "vcenter"}
        self.f_unit = self.book.add_format({**base, "bold": True})
        self.f_title = self.book.add_format(
            {**base, "bold": True, "font_size": 13, "align": "center", "text_wrap": True}
        )
        self.f_sub = self.book.add_format({**base, "italic": True, "align": "center"})
        self.f_head = self.book.add_format({**base, "bold": True, "align": "center", "text_wrap": True, "border": 1})
        self.f_text = self.book.add_format({**base, "text_wrap": True, "border": 1, "valign": "top"})
        self.f_mark = self.book.add_format({**base, "align": "center", "border": 1, "valign": "top"})
        self.f_date = self.book.add_format(
            {**base, "align": "center", "border": 1, "valign": "top", "num_format": "dd/mm/yyyy"}
        )
        self.f_total = self.book.add_format({**base, "bold": True, "align": "center", "border": 1})
        self.row = self.HEADER_ROW + 2
        self.counter: Counter[str] = Counter()
        self._page_setup()
        self._header(unit_name, campaign_name, year)

    def _page_setup(self) -> None:
        ws = self.sheet
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        ws.fit_to_pages(1, 0)  # one page wide, as many tall as needed
        ws.repeat_rows(self.HEADER_ROW, self.HEADER_ROW + 1)
        ws.center_horizontally()
        for index, col in enumerate(self.cols):
            ws.set_column(index, index, col.width)
        for index, col in enumerate(PERSON_COLUMNS, start=len(self.cols)):
            ws.set_column(index, index, col.width, None, {"hidden": True})

    def _header(self, unit_name: str, campaign_name: str, year: int) -> None:
        ws, last = self.sheet, len(self.cols) - 1
        ws.merge_range(0, 0, 0, 3, unit_name.upper(), self.f_unit)
        ws.set_row(1, 36)
        ws.merge_range(1, 0, 1, last, title(year), self.f_title)
        ws.merge_range(2, 0, 2, last, f"({campaign_name})", self.f_sub)
        top, second = self.HEADER_ROW, self.HEADER_ROW + 1
        ws.set_row(top, 60)
        ws.set_row(second, 30)
        # Row by row (constant_memory cannot go back a row): the top labels, then the second row.
        spans: list[tuple[int, int, str, bool]] = []  # first col, last col, label, spans both rows
        index = 0
        while index < len(self.cols):
            col = self.cols[index]
            end = index
            while end + 1 < len(self.cols) and self.cols[end + 1].group == col.group and col.label:
                end += 1
            spans.append((index, end, col.group, not col.label))
            index = end + 1
        for first, end, label, _ in spans:
            ws.write(top, first, label, self.f_head)
            for c in range(first + 1, end + 1):
                ws.write_blank(top, c, None, self.f_head)
        for index, person in enumerate(PERSON_COLUMNS, start=len(self.cols)):
            ws.write(top, index, person.group, self.f_head)
        for index, col in enumerate(self.cols):
            if col.label:
                ws.write(second, index, col.label, self.f_head)
            else:
                ws.write_blank(second, index, None, self.f_head)
        for first, end, _label, both in spans:
            if both or end > first:
                # merge_range() refuses a range starting on an already flushed row in constant_memory mode;
                # the cells are written (with borders) above, so only the range itself is recorded.
                ws.merge.append([top, first, second if both else top, end])

    def add(self, row: RegistrationRow) -> None:
        """One model's line."""
        ws, r = self.sheet, self.row
        self.counter.update(row.marks)
        for index, col in enumerate(self.cols):
            if col.key in MARK_KEYS:
                if col.key in row.marks:
                    ws.write_string(r, index, MARK, self.f_mark)
                else:
                    ws.write_blank(r, index, None, self.f_mark)
            elif col.key == "no":
                ws.write_number(r, index, row.no, self.f_mark)
            elif col.key in ("start_date", "end_date"):
                value = getattr(row, col.key)
                if value is None:
                    ws.write_blank(r, index, None, self.f_date)
                else:
                    ws.write_datetime(r, index, value, self.f_date)
            else:
                ws.write_string(r, index, str(getattr(row, col.key)), self.f_text)
        for index, col in enumerate(PERSON_COLUMNS, start=len(self.cols)):
            if value := getattr(row, col.key):
                ws.write_string(r, index, value, self.f_text)
        self.row += 1

    def finish(self) -> None:
        """The total row, then close the workbook (writes the file)."""
        ws, r = self.sheet, self.row
        count = totals(self.counter)
        ws.merge_range(r, 0, r, 1, TOTAL_LABEL, self.f_total)
        ws.write_number(r, 2, sum(count[k] for k in MARK_KEYS[:-2]), self.f_total)
        ws.write_blank(r, 3, None, self.f_total)
        for index, col in enumerate(self.cols[4:], start=4):
            if col.key in MARK_KEYS:
                ws.write_number(r, index, count[col.key], self.f_total)
            else:
                ws.write_blank(r, index, None, self.f_total)
        self.book.close()


async def build_xlsx(
    session: AsyncSession, query: Select[Any], unit_name: str, campaign_name: str, year: int
) -> tuple[str, int]:
    """Write the form to a temp file (constant memory, batches off the event loop); returns path and size."""
    fd, path = tempfile.mkstemp(prefix="dvk-registrations-", suffix=".xlsx")
    os.close(fd)
    try:
        sheet = await asyncio.to_thread(_Sheet, path, unit_name, campaign_name, year)
        batch: list[RegistrationRow] = []
        async for row in stream_rows(session, query):
            batch.append(row)
            if len(batch) >= BATCH:
                await asyncio.to_thread(_add_all, sheet, batch)
                batch = []
        await asyncio.to_thread(_add_all, sheet, batch)
        await asyncio.to_thread(sheet.finish)
    except BaseException:
        os.unlink(path)
        raise
    return path, os.stat(path).st_size


def write_xlsx(rows: list[RegistrationRow], unit_name: str, campaign_name: str, year: int) -> tuple[str, int]:
    """The form of these rows to a temp file (blocking: run it in a thread); returns path and size."""
    fd, path = tempfile.mkstemp(prefix="dvk-registrations-", suffix=".xlsx")
    os.close(fd)
    try:
        sheet = _Sheet(path, unit_name, campaign_name, year)
        _add_all(sheet, rows)
        sheet.finish()
    except BaseException:
        os.unlink(path)
        raise
    return path, os.stat(path).st_size


def form_body(campaign_id: Any, year: int, unit: Unit, rows: list[RegistrationRow]) -> RegistrationList:
    """The form as JSON: the rows and the total row."""
    counter: Counter[str] = Counter(mark for row in rows for mark in row.marks)
    return RegistrationList(
        campaign_id=campaign_id,
        year=year,
        unit_id=unit.id,
        unit_name=unit.name,
        title=title(year),
        rows=rows,
        total=len(rows),
        totals=totals(counter),
    )


def _add_all(sheet: _Sheet, rows: list[RegistrationRow]) -> None:
    for row in rows:
        sheet.add(row)


def file_chunks(path: str) -> Iterator[bytes]:
    """The file in 64 KiB chunks; deleted once sent (or when the client goes away)."""
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk
    finally:
        os.unlink(path)
