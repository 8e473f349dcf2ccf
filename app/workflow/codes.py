"""The workflow's codes as schema types: a state, a move's action, a history entry's action, a role.

Fields that carry one of these codes stay plain strings in Python (what the database stores and the
services compare); the contract lists the values, taken from the one declaration of each (`State`,
`TRANSITIONS`, `Role`), and `app.contract.enums` names each value set once (`State`, `Action`, …).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import WithJsonSchema

from app.policy.permissions import Role
from app.workflow.states import State
from app.workflow.table import TRANSITIONS

STATE_CODES: tuple[str, ...] = tuple(s.value for s in State)
ACTION_CODES: tuple[str, ...] = tuple(t.action for t in TRANSITIONS)
# A history entry also records the model's creation and the boards' follow-ups (app/followups: the state
# stays, from_state = to_state), which are not moves of the table.
FOLLOW_UP_ACTION = "follow_up"
HISTORY_ACTION_CODES: tuple[str, ...] = ("create", *ACTION_CODES, FOLLOW_UP_ACTION)
ROLE_CODES: tuple[str, ...] = tuple(r.value for r in Role)

StateCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(STATE_CODES)})]
ActionCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(ACTION_CODES)})]
HistoryActionCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(HISTORY_ACTION_CODES)})]
RoleCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(ROLE_CODES)})]
