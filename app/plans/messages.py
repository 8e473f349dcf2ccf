"""Message texts of the plans package."""

from __future__ import annotations

from app.core.i18n import Text

PLAN_NOT_FOUND = Text("Không tìm thấy kế hoạch.", "The plan was not found.")
PLAN_EXISTS = Text(
    "Đơn vị đã có kế hoạch cho phong trào này; hãy đính chính kế hoạch đó.",
    "The unit already has a plan for this campaign; correct that one instead.",
)
NOT_RECORDER = Text(
    "Chỉ người đăng ký, cán bộ dân vận hoặc quản trị của đơn vị (hoặc cấp trên) mới được ghi kế hoạch.",
    "Only a registrant, mobiliser or administrator of the unit (or of a unit above it) may record its plan.",
)
OUTSIDE_CAMPAIGN = Text(
    "Đơn vị {unit_id} không thuộc địa bàn của phong trào; không ghi được kế hoạch.",
    "Unit {unit_id} is outside the campaign's part of the tree; it cannot record a plan for it.",
)
DATE_IN_FUTURE = Text("Ngày này không được sau hôm nay ({today}).", "This date may not be after today ({today}).")
DISSEMINATED_BEFORE_ISSUED = Text(
    "Ngày quán triệt, triển khai không được trước ngày ban hành kế hoạch.",
    "The plan cannot be disseminated before the day it was issued.",
)
NO_DOCUMENT = Text("Kế hoạch chưa có văn bản đính kèm.", "The plan has no document attached.")
