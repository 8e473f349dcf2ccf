"""Before openpyxl sees an imported workbook: its archive is bounded, and its sheets are walked with a
streaming XML parser (no tree, no DOCTYPE) so a row wider than the form, too many rows or too many
shared strings are refused in constant memory (openpyxl builds a whole row, and every shared string,
in memory before the reader can look at them)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.parsers import expat

from app.core.archives import check_archive
from app.core.errors import Unprocessable
from app.core.i18n import Text
from app.registrations.messages import INVALID_XLSX, TOO_MANY_ROWS

HEADER_ALLOWANCE = 1_000  # title lines, blank and styled rows the form may carry besides its data rows
_SHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
_STRINGS = "xl/sharedStrings.xml"
_REF = re.compile(r"^\$?([A-Z]{1,3})")
_STEP = 256 * 1024

TOO_MANY_COLUMNS = Text("Một dòng của bảng tính có quá {limit} ô.", "A row of the sheet has more than {limit} cells.")
TOO_MANY_STRINGS = Text("Bảng tính có quá {limit} chuỗi ký tự.", "The workbook holds more than {limit} strings.")
NO_DOCTYPE = Text(
    "Bảng tính chứa khai báo DOCTYPE; không được chấp nhận.", "The workbook holds a DOCTYPE declaration; it is refused."
)


def _column(ref: str) -> int:
    """1-based column number of a cell reference (A1 -> 1, AB7 -> 28); 0 when there is none."""
    match = _REF.match(ref)
    number = 0
    for ch in match.group(1) if match else "":
        number = number * 26 + ord(ch) - 64
    return number


class _Scan:
    """expat callbacks counting rows, cells per row and shared strings against their caps."""

    def __init__(self, max_rows: int, max_columns: int, max_strings: int) -> None:
        self.max_rows, self.max_columns, self.max_strings = max_rows, max_columns, max_strings
        self.rows = self.cells = self.strings = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name.rsplit(":", 1)[-1]
        if tag == "c":
            self.cells += 1
            if self.cells > self.max_columns or _column(attrs.get("r", "")) > self.max_columns:
                raise Unprocessable(
                    TOO_MANY_COLUMNS, code="too_many_columns", _limit=self.max_columns, limit=self.max_columns
                )
        elif tag == "row":
            self.rows, self.cells = self.rows + 1, 0
            if self.rows > self.max_rows + HEADER_ALLOWANCE:
                raise Unprocessable(TOO_MANY_ROWS, code="too_many_rows", _limit=self.max_rows, limit=self.max_rows)
        elif tag == "si":
            self.strings += 1
            if self.strings > self.max_strings:
                raise Unprocessable(
                    TOO_MANY_STRINGS, code="too_many_cells", _limit=self.max_strings, limit=self.max_strings
                )

    @staticmethod
    def doctype(*_: object) -> None:
        raise Unprocessable(NO_DOCTYPE, code="invalid_xlsx")


def _walk(archive: zipfile.ZipFile, name: str, scan: _Scan) -> None:
    """Feed one part to a fresh expat parser in steps (zipfile stops at the size checked before)."""
    parser = expat.ParserCreate()
    parser.StartElementHandler = scan.start
    parser.StartDoctypeDeclHandler = scan.doctype
    scan.rows = scan.cells = 0
    try:
        with archive.open(name) as part:
            while chunk := part.read(_STEP):
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        raise Unprocessable(INVALID_XLSX, code="invalid_xlsx") from None


def scan_workbook(path: Path, *, max_rows: int, max_columns: int) -> None:
    """Refuse (422) a workbook that is a bomb, or whose sheets pass the row, column or string caps."""
    names = check_archive(path)
    scan = _Scan(max_rows, max_columns, (max_rows + HEADER_ALLOWANCE) * max_columns)
    try:
        with zipfile.ZipFile(path) as archive:
            for name in names:
                if _SHEET.match(name) or name == _STRINGS:
                    _walk(archive, name, scan)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise Unprocessable(INVALID_XLSX, code="invalid_xlsx") from exc
