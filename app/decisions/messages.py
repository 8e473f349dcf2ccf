"""Every text the decisions service answers with, in Vietnamese and English (one place for each)."""

from __future__ import annotations

from app.core.i18n import Text

# --- the body's own rules -------------------------------------------------------------------------------
INVALID_NUMBER = Text(
    "Số quyết định “{number}” không đúng cách viết (ví dụ 125-QĐ/HU hoặc 125/QĐ-UBND).",
    "The decision number “{number}” is not written as officials do (e.g. 125-QĐ/HU or 125/QĐ-UBND).",
)
REVIEW_REQUIRED = Text(
    "Cần cuộc họp bình xét mà quyết định dựa vào.", "The review meeting the decision rests on is required."
)
AWARD_REQUIRED = Text(
    "Quyết định khen thưởng cần hình thức và cấp khen thưởng.", "A commendation needs the form and level of the award."
)
AWARD_NOT_ALLOWED = Text(
    "Chỉ quyết định khen thưởng mới có hình thức, cấp khen thưởng.", "Only a commendation has an award form and level."
)
PUBLISH_NOT_ALLOWED = Text(
    "Không công khai quyết định không công nhận.", "A non-recognition decision is never published."
)
OVERRIDE_NOT_APPLICABLE = Text(
    "Chỉ quyết định (không) công nhận mô hình mới gắn với thời gian xét công nhận.",
    "Only model (non-)recognition is bound to the recognition period.",
)
DUPLICATE_MODEL = Text("Mô hình được nêu hai lần.", "The model is listed twice.")
EXCEPTION_NOT_APPLICABLE = Text(
    "Chỉ quyết định công nhận mô hình mới ghi ngoại lệ về tiêu chuẩn.",
    "Only a model recognition records an exception to the standard.",
)
BELOW_STANDARD = Text(
    "Mô hình {model_code}: tiêu chí “{criterion}” đạt {score} điểm, dưới mức tối thiểu {minimum} của tiêu chuẩn "
    "công nhận (cần ghi ngoại lệ có lý do để công nhận).",
    "Model {model_code}: criterion “{criterion}” scored {score}, below the standard's minimum of {minimum} "
    "(recognising it needs an exception with a reason).",
)

# --- the issuing unit and the models --------------------------------------------------------------------
UNKNOWN_UNIT = Text("Không tìm thấy đơn vị ban hành {unit_id}.", "Issuing unit {unit_id} was not found.")
NOT_COMPETENT_AUTHORITY = Text(
    "Bạn không giữ vai trò cấp có thẩm quyền (authority) tại đơn vị ban hành “{unit}”.",
    "You hold no `authority` role at the issuing unit “{unit}”.",
)
NOT_COMPETENT_FOR_MODELS = Text(
    "Đơn vị “{unit}” không có thẩm quyền quyết định đối với {count} mô hình; xem danh sách lỗi.",
    "“{unit}” is not competent to decide on {count} of the models; see the errors.",
)
NO_DECIDING_UNIT = Text(
    "Chính sách thẩm quyền không xác định được đơn vị quyết định cho mô hình này.",
    "The authority policy names no deciding unit for this model.",
)
NOT_ISSUING_AUTHORITY = Text(
    "Chỉ cấp có thẩm quyền của đơn vị ban hành mới thực hiện được.",
    "Only an authority of the issuing unit may do this.",
)
UNKNOWN_MODELS = Text(
    "Không tìm thấy {count} mô hình trong phạm vi của bạn.", "{count} of the models were not found in your scope."
)
MODEL_STATE_CONFLICT = Text(
    "Quyết định loại này chỉ áp dụng cho mô hình ở trạng thái “{required}”; {count} mô hình không ở trạng thái đó.",
    "This kind of decision needs models in “{required}”; {count} of them are not.",
)
MODEL_IN_STATE = Text("Mô hình {model_code} đang ở trạng thái “{state}”.", "Model {model_code} is in “{state}”.")

# --- the review it rests on -----------------------------------------------------------------------------
REVIEW_NOT_CLOSED = Text(
    "Cuộc họp bình xét chưa kết thúc; chỉ quyết định dựa trên cuộc họp đã kết thúc.",
    "The review meeting is still open; decisions rest on a closed review.",
)
REVIEW_PURPOSE_MISMATCH = Text(
    "Cuộc họp bình xét có mục đích “{purpose}”, quyết định loại này cần “{needed}”.",
    "The review's purpose is “{purpose}”; this kind of decision needs “{needed}”.",
)
NOT_CANDIDATES = Text(
    "{count} mô hình không có trong danh sách bình xét của cuộc họp.",
    "{count} of the models were not candidates at the review.",
)
NOT_A_CANDIDATE = Text(
    "Mô hình {model_code} không có trong danh sách bình xét.", "Model {model_code} was not a candidate."
)
CONTRADICTS_REVIEW = Text(
    "Quyết định trái với kết quả bình xét của {count} mô hình.",
    "The decision contradicts the review's outcome for {count} of the models.",
)
REVIEW_OUTCOME_WAS = Text(
    "Kết quả bình xét mô hình {model_code} là “{outcome}”.",
    "The review's outcome for model {model_code} is “{outcome}”.",
)

# --- the reviews of the authority chain it cites (seed 000 §3(1)) ---------------------------------------
REVIEW_NOT_IN_CHAIN = Text(
    "Cuộc họp “{title}” không phải cuộc họp bình xét của chi bộ hay đề nghị của Ban Thường vụ (cấp họp: {level}).",
    "The review “{title}” is neither a cell's review nor a standing board's proposal (its level: {level}).",
)
REVIEW_LEVEL_REPEATED = Text(
    "Quyết định chỉ dẫn một cuộc họp ở mỗi cấp; cấp “{level}” đã được dẫn.",
    "A decision cites one review per level; “{level}” is cited already.",
)
REVIEW_CITED_TWICE = Text("Cuộc họp bình xét được dẫn hai lần.", "The review is cited twice.")
REVIEW_WRONG_BODY = Text(
    "Theo phân cấp thẩm quyền, cuộc họp cấp “{level}” của mô hình {model_code} do đơn vị khác tổ chức.",
    "Under the authority policy another unit holds the “{level}” review of model {model_code}.",
)

# --- the dates and the number ---------------------------------------------------------------------------
ISSUED_IN_FUTURE = Text(
    "Ngày ban hành {issued_on} sau ngày hôm nay ({today}).", "The issue date {issued_on} is after today ({today})."
)
OUTSIDE_RECOGNITION_PERIOD = Text(
    "Ngày ban hành {issued_on} nằm ngoài thời gian xét công nhận của chu kỳ {year} (từ {starts} đến {ends}).",
    "The issue date {issued_on} is outside the cycle {year}'s recognition period ({starts} to {ends}).",
)
OVERRIDE_NOT_PERMITTED = Text(
    "Chỉ quản trị viên phụ trách đơn vị ban hành mới được cho phép ban hành ngoài thời gian xét công nhận.",
    "Only an administrator covering the issuing unit may allow a date outside the recognition period.",
)
DUPLICATE_NUMBER = Text(
    "Đơn vị đã có quyết định số {serial} năm {year} ({number}).",
    "The unit already has a decision numbered {serial} in {year} ({number}).",
)

# --- revoking and the document --------------------------------------------------------------------------
DECISION_REVOKED = Text("Quyết định đã bị thu hồi.", "The decision is already revoked.")
DECISION_SUPERSEDED = Text(
    "Không thể thu hồi: {count} mô hình đã chuyển bước sau quyết định này; hãy thu hồi quyết định sau trước.",
    "Cannot revoke: {count} of the models moved on after this decision; revoke the later decision first.",
)
MOVED_ON = Text(
    "Mô hình {code} đang ở trạng thái “{state}”, không còn “{expected}”.",
    "Model {code} is now “{state}”, no longer “{expected}”.",
)
COMMENDED_SINCE = Text(
    "Mô hình {code} đã được khen thưởng sau quyết định này.", "Model {code} was commended after this decision."
)
DOCUMENT_ALREADY_ATTACHED = Text("Quyết định đã có văn bản ký.", "The decision already has its signed document.")
