"""Message texts of the registration-form import that both the reader and the sheet scan answer with."""

from __future__ import annotations

from app.core.i18n import Text

INVALID_XLSX = Text("Không đọc được bảng tính Excel.", "The Excel workbook cannot be read.")
TOO_MANY_ROWS = Text("Tệp có quá {limit} dòng dữ liệu.", "The file has more than {limit} data rows.")
LIST_UNIT_OUT_OF_SCOPE = Text(
    "Chỉ người đăng ký hoặc quản trị của đơn vị mới gửi được danh sách đăng ký của đơn vị.",
    "Only a registrant or administrator of the unit may send its registration list.",
)
LIST_NOT_FOUND = Text("Không tìm thấy danh sách đăng ký đã gửi.", "Sent registration list not found.")
LIST_SENT_MEANWHILE = Text(
    "Đơn vị vừa gửi một danh sách khác cùng lúc; hãy thử lại.",
    "The unit sent another list at the same moment; try again.",
)
