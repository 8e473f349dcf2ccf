"""What the preferences and the catalogue read need of each notification type beyond its message: a short label
(the email's subject, the settings screen) and the roles that must receive it.

A type the catalogue marks `mandatory` cannot be muted by a person holding any of its `MANDATORY_ROLES` (the
roles its recipients hold): a registrant cannot mute "results overdue", but a viewer, who is never sent it, may
list it. A type received by the people of a unit whatever their role (a model returned, a decision revoked, a
review's members) is mandatory for every role. `tests/notifications/test_type_facts.py` keeps these tables in
step with the catalogue."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from app.core.i18n import Text
from app.notifications.catalogue import CATALOGUE
from app.policy.permissions import Role
from app.workflow.states import STATE_FACTS

LABELS: Mapping[str, Text] = {
    "model.returned": Text("Mô hình bị trả lại", "Model returned"),
    "model.accepted": Text("Đăng ký được tiếp nhận", "Registration accepted"),
    "model.surveyed": Text("Mô hình đã được khảo sát", "Model surveyed"),
    "model.recognised": Text("Mô hình được công nhận", "Model recognised"),
    "model.not-recognised": Text("Mô hình chưa được công nhận", "Model not recognised"),
    "turn.waiting": Text("Đến lượt đơn vị xử lý", "Your turn to act"),
    "review.member": Text("Thành viên hội đồng bình xét", "Review panel membership"),
    "decision.issued": Text("Quyết định được ban hành", "Decision issued"),
    "decision.revoked": Text("Quyết định bị thu hồi", "Decision revoked"),
    "import.finished": Text("Nhập dữ liệu hoàn tất", "Import finished"),
    "reminder.registration-closing": Text("Sắp hết hạn đăng ký mô hình", "Registration window closing"),
    "reminder.results-due": Text("Sắp đến hạn báo cáo kết quả", "Results due soon"),
    "reminder.results-overdue": Text("Quá hạn báo cáo kết quả", "Results overdue"),
    "reminder.recognition-open": Text("Bắt đầu thời gian xét công nhận", "Recognition period open"),
    "reminder.list-due": Text("Sắp đến hạn gửi danh sách đăng ký", "Registration list due soon"),
    "reminder.list-late": Text("Danh sách đăng ký quá hạn", "Registration list overdue"),
}

EVERY_ROLE: frozenset[Role] = frozenset(Role)
# The roles a model can wait on (workflow/states.py): who receives "turn.waiting".
WAITED_ON: frozenset[Role] = frozenset(f.waiting_on.role for f in STATE_FACTS.values() if f.waiting_on is not None)

MANDATORY_ROLES: Mapping[str, frozenset[Role]] = {
    "model.returned": EVERY_ROLE,  # the registrant unit's people
    "turn.waiting": WAITED_ON,
    "review.member": EVERY_ROLE,  # the panel's members, whatever their role
    "decision.revoked": EVERY_ROLE,  # the people of the units the decision covered
    "reminder.results-overdue": frozenset({Role.REGISTRANT}),
    "reminder.list-late": frozenset({Role.REGISTRANT}),
}


def label(type_: str) -> Text:
    """A type's short label (the type itself for one the table lacks)."""
    return LABELS.get(type_) or Text(type_, type_)


def mandatory_roles(type_: str) -> frozenset[Role]:
    """The roles that must receive a type (none: anyone may mute it)."""
    entry = CATALOGUE.get(type_)
    if entry is None or not entry.mandatory:
        return frozenset()
    return MANDATORY_ROLES.get(type_, EVERY_ROLE)


def mandatory_for(type_: str, roles: Collection[str]) -> bool:
    """Whether a person holding `roles` must receive the type (a type every role must receive binds a person
    with no role too)."""
    needed = mandatory_roles(type_)
    if not needed:
        return False
    return needed == EVERY_ROLE or any(role in needed for role in roles)
