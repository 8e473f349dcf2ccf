"""Reading a filled-in registration form (XLSX): find the header by its labels, then the data rows."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from starlette.requests import Request

from app.core.config import get_settings
from app.core.errors import AppError, Unprocessable
from app.core.i18n import Text
from app.core.search import fold
from app.evidence.upload import receive_upload
from app.registrations.layout import FIELD_GROUPS, header_key
from app.registrations.messages import INVALID_XLSX, TOO_MANY_ROWS
from app.registrations.sheet_scan import scan_workbook

IMPORT_MAX_ROWS = 10_000  # the default of DVK_IMPORT_MAX_ROWS (data rows per file)
HEADER_SEARCH_ROWS = 15  # the form's header sits below a few title lines, never further down
REQUIRED_GROUPS = (
    "unit",
    "model_name",
    "targets",
    "economy",
    "culture_society",
    "defence_security",
    "political_system",
    "period",
    "level",
)


class NotXlsx(AppError):
    status, code = 415, "not_xlsx"
    message = Text("Tệp không phải bảng tính Excel (.xlsx).", "The file is not an Excel workbook (.xlsx).")


HEADER_NOT_FOUND = Text(
    "Không tìm thấy dòng tiêu đề của biểu mẫu (Số TT, Tên đơn vị đăng ký, …) trong {rows} dòng đầu; thiếu: {missing}.",
    "The form's header row (Số TT, Tên đơn vị đăng ký, …) is not in the first {rows} rows; missing: {missing}.",
)


@dataclass
class Received:
    """An upload received to a temp file, with its SHA-256."""

    path: str
    sha256: str
    size: int
    filename: str = ""


async def receive(request: Request) -> Received:
    """Stream the multipart body to a bounded temp file (413 as bytes pass the limit); 415 unless a zip."""
    upload = await receive_upload(request, max_bytes=get_settings().import_max_bytes)
    try:
        if not zipfile.is_zipfile(upload.path):
            raise NotXlsx()
    except BaseException:
        upload.cleanup()
        raise
    return Received(str(upload.path), upload.sha256, upload.size, upload.filename)


@dataclass
class Cell:
    """One cell of a data row: value, whether it holds a formula, its column letter."""

    value: Any
    formula: bool
    column: str


@dataclass
class SheetRow:
    """A data row by form column key (unit, model_name, targets, economy_collective, …, level_district)."""

    number: int
    cells: dict[str, Cell] = field(default_factory=dict)

    def text(self, key: str) -> str:
        """The cell as stripped text ("" when blank)."""
        cell = self.cells.get(key)
        if cell is None or cell.value is None:
            return ""
        value = cell.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()


@dataclass
class Sheet:
    """The header's position and the non-blank data rows."""

    title: str
    header_row: int
    rows: list[SheetRow]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _layout(header: tuple[Any, ...]) -> dict[str, int]:
    """Column index of each form column key, from the labels of the header row."""
    groups: dict[str, int] = {}
    for index, cell in enumerate(header):
        if isinstance(cell.value, str):
            key = header_key(cell.value)
            if key and key not in groups:
                groups[key] = index
    plain = ("no", "unit", "model_name", "targets", "individual_name", "individual_position")
    keys: dict[str, int] = {k: groups[k] for k in plain if k in groups}
    for code, _ in FIELD_GROUPS:
        if code in groups:
            keys[f"{code}_collective"], keys[f"{code}_individual"] = groups[code], groups[code] + 1
    if "period" in groups:
        keys["start_date"], keys["end_date"] = groups["period"], groups["period"] + 1
    if "level" in groups:
        keys["level_grassroots"], keys["level_district"] = groups["level"], groups["level"] + 1
    return keys


def read_sheet(path: str, max_rows: int) -> Sheet:
    """Bound the workbook (archive, rows, columns), then parse its first sheet (blocking: run it in a thread)."""
    scan_workbook(Path(path), max_rows=max_rows, max_columns=get_settings().import_max_columns)
    with open(path, "rb") as handle:  # a file object: openpyxl judges a path by its extension
        return _read_book(handle, max_rows)


def _find_header(rows: Iterator[tuple[Any, ...]]) -> tuple[dict[str, int], int]:
    """The column layout and the number of the header row, searched in the first rows (422 when absent)."""
    missing: list[str] = list(REQUIRED_GROUPS)
    for number, row in enumerate(rows, start=1):
        if number > HEADER_SEARCH_ROWS:
            break
        found = _layout(row)
        if "unit" in found and "model_name" in found:
            groups = {header_key(c.value) for c in row if isinstance(c.value, str)}
            missing = [g for g in REQUIRED_GROUPS if g not in groups]
            if not missing:
                return found, number
            break
    raise Unprocessable(
        HEADER_NOT_FOUND, code="header_not_found", _rows=HEADER_SEARCH_ROWS, _missing=", ".join(missing)
    )


def _is_total(values: list[Any]) -> bool:
    """True for the total row ("Tổng …" in the first or second cell), which ends the list."""
    first = fold(str(values[0] or "")).strip() if values else ""
    second = fold(str(values[1] or "")).strip() if len(values) > 1 else ""
    return first.startswith("tong") or second.startswith("tong")


def _sheet_row(number: int, row: tuple[Any, ...], layout: dict[str, int]) -> SheetRow:
    """The cells of one data row under the form's column keys (a formula cell is marked as such)."""
    sheet_row = SheetRow(number)
    for key, index in layout.items():
        if index < len(row):
            cell = row[index]
            sheet_row.cells[key] = Cell(
                cell.value, getattr(cell, "data_type", None) == "f", get_column_letter(index + 1)
            )
    return sheet_row


def _read_book(handle: IO[bytes], max_rows: int) -> Sheet:
    """The first sheet of an open workbook file."""
    try:
        book = load_workbook(handle, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise Unprocessable(INVALID_XLSX, code="invalid_xlsx") from exc
    try:
        ws = book.worksheets[0]
        rows = ws.iter_rows(min_row=1)
        layout, header_row = _find_header(rows)
        next(rows, None)  # the second header row (Tập thể | Cá nhân …)
        data: list[SheetRow] = []
        for number, row in enumerate(rows, start=header_row + 2):
            values = [c.value for c in row]
            if all(_blank(v) for v in values):
                continue
            if _is_total(values):
                break  # the total row ends the list
            if len(data) >= max_rows:
                raise Unprocessable(TOO_MANY_ROWS, code="too_many_rows", _limit=max_rows, limit=max_rows)
            data.append(_sheet_row(number, row, layout))
        return Sheet(ws.title, header_row, data)
    finally:
        book.close()


def parse_date(value: Any) -> date | None:
    """A date cell: a real date, or text dd/mm/yyyy (also - and .) or ISO yyyy-mm-dd; ValueError otherwise."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().split(" ")[0].split("T")[0]
    for sep in ("/", "-", "."):
        parts = text.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                return date(int(parts[0]), int(parts[1]), int(parts[2]))
            if len(parts[2]) == 4:
                return date(int(parts[2]), int(parts[1]), int(parts[0]))
    raise ValueError(text)
