"""Message texts of the indicators package."""

from __future__ import annotations

from app.core.i18n import Text

INDICATOR_NOT_FOUND = Text("Không tìm thấy chỉ tiêu.", "The indicator was not found.")
VALUE_NOT_FOUND = Text("Không tìm thấy kết quả báo cáo chỉ tiêu.", "The indicator value was not found.")
INDICATOR_EXISTS = Text(
    "Năm {year} của phong trào đã có chỉ tiêu '{code}'.", "The campaign year {year} already has indicator '{code}'."
)
INDICATOR_IN_USE = Text(
    "Đã có đơn vị báo cáo kết quả chỉ tiêu này; không thể xóa.",
    "Units have reported values for this indicator; it cannot be deleted.",
)
UNKNOWN_UNIT_KIND = Text("Không có loại đơn vị '{kind}'.", "There is no unit kind '{kind}'.")
NOT_APPLICABLE = Text(
    "Chỉ tiêu '{code}' không áp dụng cho loại đơn vị '{kind}'.",
    "Indicator '{code}' does not apply to units of kind '{kind}'.",
)
BAD_YES_NO = Text("Chỉ tiêu có/không chỉ nhận giá trị 0 hoặc 1.", "A yes/no indicator takes 0 or 1 only.")
BAD_PERCENT = Text("Tỷ lệ phải từ 0 đến 1000 (%).", "A percentage must lie between 0 and 1000.")
UNIT_OUTSIDE_CAMPAIGN = Text(
    "Đơn vị {unit_id} không thuộc phạm vi của phong trào này.",
    "Unit {unit_id} is outside the campaign's part of the tree.",
)
NOT_REPORTER = Text(
    "Chỉ người đăng ký hoặc quản trị của đơn vị mới được báo cáo kết quả chỉ tiêu.",
    "Only registrants or administrators of the unit may report an indicator value.",
)
OUTSIDE_YEAR = Text("Ngày thực hiện phải thuộc năm của chỉ tiêu.", "The date must fall in the indicator's year.")
NO_CHANGE = Text(
    "Nội dung đính chính không khác kết quả đã báo cáo.", "The correction changes nothing that was reported."
)
