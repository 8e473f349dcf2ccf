"""Message texts of the registration-form import that both the reader and the sheet scan answer with."""

from __future__ import annotations

from app.core.i18n import Text

INVALID_XLSX = Text("Không đọc được bảng tính Excel.", "The Excel workbook cannot be read.")
TOO_MANY_ROWS = Text("Tệp có quá {limit} dòng dữ liệu.", "The file has more than {limit} data rows.")
