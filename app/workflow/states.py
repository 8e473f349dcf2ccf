"""Workflow states: stable codes, Vietnamese and English labels (labels are data, codes never change)."""

from __future__ import annotations

from enum import StrEnum

from app.core.i18n import Text


class State(StrEnum):
    """Where a model is in its life."""

    DRAFT = "draft"
    REGISTERED = "registered"
    IMPLEMENTING = "implementing"
    REPORTED = "reported"
    SURVEYED = "surveyed"
    RECOGNIZED = "recognized"
    NOT_RECOGNIZED = "not_recognized"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"
    NOMINATED = "nominated"
    EXEMPLAR = "exemplar"


STATE_LABELS: dict[State, Text] = {
    State.DRAFT: Text("Bản nháp", "Draft"),
    State.REGISTERED: Text("Đã đăng ký", "Registered"),
    State.IMPLEMENTING: Text("Đang xây dựng", "Implementing"),
    State.REPORTED: Text("Đã báo cáo kết quả", "Results reported"),
    State.SURVEYED: Text("Đã khảo sát", "Surveyed"),
    State.RECOGNIZED: Text("Được công nhận", "Recognised"),
    State.NOT_RECOGNIZED: Text("Không được công nhận", "Not recognised"),
    State.RETURNED: Text("Trả lại để bổ sung", "Returned for correction"),
    State.WITHDRAWN: Text("Đã rút", "Withdrawn"),
    State.NOMINATED: Text("Được đề nghị điển hình", "Nominated as exemplar"),
    State.EXEMPLAR: Text("Điển hình \"Dân vận khéo\"", "Exemplar"),
}

# States in which the registrant may edit the content directly.
EDITABLE_STATES = frozenset({State.DRAFT, State.RETURNED})
# States after a decision: withdrawal is no longer possible.
DECIDED_STATES = frozenset({State.RECOGNIZED, State.NOT_RECOGNIZED, State.NOMINATED, State.EXEMPLAR})
