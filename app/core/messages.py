"""Message texts more than one package answers with: one place for each, imported where it is raised.

A domain's own texts live in its `<domain>/messages.py` (e.g. `campaigns/messages.py`); labels of codes
(kinds, levels, roles …) are not messages and live in `app/core/labels.py`. `tests/core/test_labels.py`
checks that no text is written twice in `app/`.
"""

from __future__ import annotations

from app.core.i18n import Text

# Requests.
INVALID_DATA = Text("Dữ liệu gửi lên không hợp lệ.", "The submitted data is not valid.")
FIELD_NOT_ALLOWED = Text("Trường này không được phép gửi.", "This field may not be sent.")
INVALID_JSON = Text("JSON không hợp lệ.", "The body is not valid JSON.")
INVALID_TOKEN = Text("Mã truy cập không hợp lệ hoặc đã hết hạn.", "The access token is invalid or expired.")
INTERNAL_ERROR = Text(
    "Lỗi hệ thống. Hãy báo mã yêu cầu cho quản trị viên.",
    "Internal error. Report the request id to the administrators.",
)

# Units.
UNIT_NOT_FOUND = Text("Không tìm thấy đơn vị.", "Unit not found.")
UNIT_ID_NOT_FOUND = Text("Không tìm thấy đơn vị {unit_id}.", "Unit {unit_id} was not found.")
UNIT_NOT_IN_SCOPE = Text(
    "Không tìm thấy đơn vị {unit_id} trong phạm vi của bạn.", "Unit {unit_id} was not found in your scope."
)
UNIT_CLOSED = Text("Đơn vị {unit_id} đã ngừng hoạt động.", "Unit {unit_id} is closed.")

# Models.
MODEL_NOT_FOUND = Text("Không tìm thấy mô hình.", "Model not found.")
UNKNOWN_FIELD = Text("Lĩnh vực không tồn tại: {code}.", "No such field: {code}.")
MODEL_NAME_MISSING = Text("Thiếu tên mô hình.", "The model name is missing.")
