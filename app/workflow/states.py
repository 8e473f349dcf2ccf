"""Workflow states: stable codes, vi/en labels and every fact about each state, declared once.

Labels are data and codes never change. Every query and module that needs a set of states (public,
counted for coverage, recognised, editable, decided, live, waiting on whom) derives it from STATE_FACTS.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from app.core.i18n import Text
from app.policy.permissions import Role


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


@dataclass(frozen=True)
class WaitingOn:
    """Who must act next: a role, at which unit (the registrant unit, the campaign's receiving body or the
    deciding unit), and what they are to do."""

    role: Role
    unit: Literal["registrant_unit", "receiving_unit", "deciding_unit"]
    text: Text


@dataclass(frozen=True)
class StateFacts:
    """Everything the application knows about a state."""

    label: Text
    waiting_on: WaitingOn | None = None  # None: nobody is waited on (the state is terminal)
    editable: bool = False  # the registrant may edit the content (and its files) directly
    counted: bool = False  # counts as a registration in coverage reports
    decided: bool = False  # a decision has been made: withdrawal is no longer possible
    recognised: bool = False  # recognised (a public fact: listed publicly, counted as an honour)
    live: bool = True  # False only when withdrawn: no longer counts as a replication
    # Between registration and survey: the boards follow the model up (theo dõi, kiểm tra, seed 001 §III.2.1)
    # and record it (POST /models/{id}/follow-ups); their open requests are chased while it stays here.
    followed_up: bool = False

    @property
    def terminal(self) -> bool:
        """Nobody is waited on: the model's ordinary course has ended (only a revocation moves it on)."""
        return self.waiting_on is None

    @property
    def public(self) -> bool:
        """Shown on the public pages: exactly the recognised states."""
        return self.recognised


def _wait(
    role: Role, unit: Literal["registrant_unit", "receiving_unit", "deciding_unit"], vi: str, en: str
) -> WaitingOn:
    return WaitingOn(role, unit, Text(vi, en))


S = State
R = Role
STATE_FACTS: dict[State, StateFacts] = {
    S.DRAFT: StateFacts(
        Text("Bản nháp", "Draft"),
        editable=True,
        waiting_on=_wait(
            R.REGISTRANT,
            "registrant_unit",
            "Đơn vị đăng ký hoàn thiện và gửi đăng ký",
            "The registrant completes and submits",
        ),
    ),
    S.REGISTERED: StateFacts(
        Text("Đã đăng ký", "Registered"),
        counted=True,
        followed_up=True,
        waiting_on=_wait(
            R.MOBILISER, "receiving_unit", "Cán bộ dân vận tiếp nhận đăng ký", "A mass-mobilisation officer accepts it"
        ),
    ),
    S.IMPLEMENTING: StateFacts(
        Text("Đang xây dựng", "Implementing"),
        counted=True,
        followed_up=True,
        waiting_on=_wait(
            R.REGISTRANT, "registrant_unit", "Đơn vị đăng ký báo cáo kết quả", "The registrant reports results"
        ),
    ),
    S.REPORTED: StateFacts(
        Text("Đã báo cáo kết quả", "Results reported"),
        counted=True,
        followed_up=True,
        waiting_on=_wait(
            R.MOBILISER, "receiving_unit", "Cán bộ dân vận khảo sát thực tế", "A mass-mobilisation officer surveys it"
        ),
    ),
    S.SURVEYED: StateFacts(
        Text("Đã khảo sát", "Surveyed"),
        counted=True,
        waiting_on=_wait(
            R.AUTHORITY,
            "deciding_unit",
            "Cấp có thẩm quyền bình xét, quyết định công nhận",
            "The competent authority reviews and decides",
        ),
    ),
    S.RECOGNIZED: StateFacts(Text("Được công nhận", "Recognised"), counted=True, decided=True, recognised=True),
    S.NOT_RECOGNIZED: StateFacts(Text("Không được công nhận", "Not recognised"), counted=True, decided=True),
    S.RETURNED: StateFacts(
        Text("Trả lại để bổ sung", "Returned for correction"),
        editable=True,
        waiting_on=_wait(
            R.REGISTRANT,
            "registrant_unit",
            "Đơn vị đăng ký bổ sung và gửi lại",
            "The registrant corrects and resubmits",
        ),
    ),
    S.WITHDRAWN: StateFacts(Text("Đã rút", "Withdrawn"), live=False),
    S.NOMINATED: StateFacts(
        Text("Được đề nghị điển hình", "Nominated as exemplar"),
        counted=True,
        decided=True,
        recognised=True,
        waiting_on=_wait(
            R.AUTHORITY,
            "deciding_unit",
            "Cấp có thẩm quyền xét công nhận điển hình",
            "The competent authority decides on the exemplar",
        ),
    ),
    S.EXEMPLAR: StateFacts(Text('Điển hình "Dân vận khéo"', "Exemplar"), counted=True, decided=True, recognised=True),
}


def _where(fact: str) -> frozenset[State]:
    return frozenset(s for s in State if getattr(STATE_FACTS[s], fact))


STATE_LABELS: dict[State, Text] = {s: STATE_FACTS[s].label for s in State}
# States in which the registrant may edit the content directly.
EDITABLE_STATES = _where("editable")
# States after a decision: withdrawal is no longer possible.
DECIDED_STATES = _where("decided")
RECOGNISED_STATES = _where("recognised")
PUBLIC_STATES = _where("public")
COUNTED_STATES = _where("counted")
LIVE_STATES = _where("live")
# States in which the boards record follow-ups (between registration and survey).
FOLLOWED_UP_STATES = _where("followed_up")


def state_codes(states: frozenset[State]) -> tuple[str, ...]:
    """The codes of a set of states, in declaration order (for SQL `IN` lists and documentation)."""
    return tuple(s.value for s in State if s in states)


# The state codes as types, for request parameters (the contract lists them as an enum).
if TYPE_CHECKING:
    StateCode = str
    PublicStateCode = str
else:
    StateCode = Literal[tuple(s.value for s in State)]
    PublicStateCode = Literal[state_codes(PUBLIC_STATES)]
