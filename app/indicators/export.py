"""The indicators report as CSV: UTF-8 with a BOM so Excel opens the Vietnamese correctly, one row per indicator
and unit that misses it (an indicator every unit meets, or that no unit of the subtree has to report, has one
row with its unit columns empty). The indicator's columns are repeated on every row: the sheet filters and
sorts without merged cells. Headers follow seed 003's words (chỉ tiêu, đơn vị)."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

from app.core.labels import INDICATOR_TARGET_KINDS
from app.core.search import fold
from app.indicators.schemas import IndicatorReport, IndicatorResult, UnitResult

HEADER = (
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "Loại chỉ tiêu",
    "Mục tiêu",
    "Số đơn vị áp dụng",
    "Số đơn vị đạt",
    "Tỷ lệ đạt (%)",
    "Đạt",
    "Mã đơn vị chưa đạt",
    "Đơn vị chưa đạt",
    "Kết quả đạt được",
)
YES, NO = "Có", "Không"
NOTHING_REPORTED = "Chưa báo cáo"


def _number(value: float | None) -> str:
    """A number as Excel reads it in any locale's CSV import: no trailing `.0`, a dot for decimals."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _indicator_cells(result: IndicatorResult) -> list[str]:
    return [
        result.code,
        result.label_vi,
        INDICATOR_TARGET_KINDS[result.target_kind].vi,
        _number(result.target_value),
        str(result.units),
        str(result.units_met),
        _number(result.share),
        "" if result.met is None else YES if result.met else NO,
    ]


def _unit_cells(missing: UnitResult | None) -> list[str]:
    if missing is None:
        return ["", "", ""]
    reached = NOTHING_REPORTED if missing.achieved is None else _number(missing.achieved)
    return [missing.unit.code, missing.unit.name, reached]


def csv_bytes(report: IndicatorReport) -> bytes:
    """The whole report as CSV bytes (a subtree's units × the year's indicators: small enough to build whole)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for result in report.indicators:
        head = _indicator_cells(result)
        missing: list[UnitResult | None] = list(result.missing) or [None]
        for unit in missing:
            writer.writerow(head + _unit_cells(unit))
    return "\ufeff".encode() + buffer.getvalue().encode()


def filename(report: IndicatorReport) -> str:
    """Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266 / 5987)."""
    ascii_name = "-".join(fold(report.unit.name).replace("/", " ").split()) or "don-vi"
    fallback = f"chi-tieu-dvk-{ascii_name}-{report.year}.csv"
    pretty = f"Chỉ tiêu DVK {report.unit.name} {report.year}.csv"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(pretty, safe='')}"
