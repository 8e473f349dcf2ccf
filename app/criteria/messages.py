"""Message texts of the criteria package (a campaign's own criteria, a comprehensive model's conditions)."""

from __future__ import annotations

from app.core.i18n import Text

CRITERION_NOT_FOUND = Text("Phong trào không có tiêu chí '{code}'.", "The campaign has no criterion '{code}'.")
CRITERION_EXISTS = Text("Phong trào đã có tiêu chí '{code}'.", "The campaign already has a criterion '{code}'.")
CODE_RESERVED = Text(
    "'{code}' là mã của một tiêu chí chung; hãy chọn mã khác.",
    "'{code}' is a general criterion's code; choose another.",
)
TOO_MANY = Text(
    "Mỗi lĩnh vực có tối đa {max} tiêu chí cụ thể đang áp dụng.",
    "A field has at most {max} criteria in force.",
)
MIN_ABOVE_MAX = Text(
    "Điểm tối thiểu ({min_score}) không được lớn hơn điểm tối đa ({max_score}).",
    "The minimum ({min_score}) may not exceed the top score ({max_score}).",
)
CRITERION_IN_USE = Text(
    "Tiêu chí '{code}' đã được chấm điểm; không thể xóa hoặc đổi điểm tối đa (hãy cho thôi áp dụng).",
    "Criterion '{code}' has been scored; it cannot be deleted nor its top changed (retire it instead).",
)
ALREADY_RETIRED = Text("Tiêu chí '{code}' đã thôi áp dụng từ trước.", "Criterion '{code}' is already retired.")
NOT_COMPREHENSIVE = Text(
    "Mô hình {model_code} là mô hình từng lĩnh vực; điều kiện chỉ ghi cho mô hình toàn diện.",
    "Model {model_code} is field-specific; conditions are recorded for comprehensive models only.",
)
CONDITIONS_LOCKED = Text(
    "Mô hình {model_code} đang ở trạng thái '{state}'; không thể thay đổi điều kiện.",
    "Model {model_code} is '{state}'; its conditions can no longer change.",
)
NOT_RECORDER = Text(
    "Chỉ đơn vị đăng ký hoặc cán bộ dân vận phụ trách mô hình mới được ghi điều kiện.",
    "Only the model's registrant or the mass-mobilisation officer over it may record its conditions.",
)
UNKNOWN_CONDITION = Text(
    "Không có điều kiện '{code}' cho mô hình toàn diện của {kind}.",
    "There is no condition '{code}' for a comprehensive model of a {kind} registrant.",
)
DUPLICATE_CONDITION = Text("Điều kiện '{code}' được ghi hai lần.", "Condition '{code}' is given twice.")
NEEDS_MET = Text("Điều kiện '{code}' cần giá trị met (true/false).", "Condition '{code}' needs `met` (true or false).")
NEEDS_PERCENTAGE = Text(
    "Điều kiện '{code}' cần tỷ lệ phần trăm (percentage).", "Condition '{code}' needs a `percentage`."
)
ALWAYS_APPLIES = Text(
    "Điều kiện '{code}' luôn áp dụng; không thể ghi là không áp dụng.",
    "Condition '{code}' always applies; it cannot be recorded as not applicable.",
)
NOT_APPLICABLE_NOTE = Text(
    "Ghi điều kiện '{code}' là không áp dụng thì cần nêu lý do (note) và không kèm giá trị.",
    "Recording condition '{code}' as not applicable needs a note saying why, and no value.",
)
EVIDENCE_NEEDED = Text(
    "Điều kiện '{code}' ghi là đạt cần ít nhất một tệp minh chứng.",
    "Condition '{code}' recorded as met needs at least one evidence file.",
)
UNKNOWN_EVIDENCE = Text(
    "Tệp {evidence_id} không thuộc hồ sơ của mô hình này.", "File {evidence_id} is not in this model's dossier."
)
