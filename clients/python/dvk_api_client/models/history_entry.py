from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_action import HistoryAction
from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_entry_details import HistoryEntryDetails


T = TypeVar("T", bound="HistoryEntry")


@_attrs_define
class HistoryEntry:
    """One workflow move.

    Attributes:
        action (HistoryAction): What a history entry records: `create`, a workflow move, or a board's `follow_up` (the
            state stays).
        actor_id (None | UUID):
        actor_name (str):
        at (datetime.datetime):
        details (HistoryEntryDetails):
        from_state (None | State):
        id (int):
        reason (None | str):
        request_id (None | str):
        to_state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
    """

    action: HistoryAction
    actor_id: None | UUID
    actor_name: str
    at: datetime.datetime
    details: HistoryEntryDetails
    from_state: None | State
    id: int
    reason: None | str
    request_id: None | str
    to_state: State
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.history_entry_details import HistoryEntryDetails  # noqa: PLC0415

        action = self.action.value

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor_name = self.actor_name

        at = self.at.isoformat()

        details = self.details.to_dict()

        from_state: None | str
        if isinstance(self.from_state, State):
            from_state = self.from_state.value
        else:
            from_state = self.from_state

        id = self.id

        reason: None | str
        reason = self.reason

        request_id: None | str
        request_id = self.request_id

        to_state = self.to_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor_id": actor_id,
                "actor_name": actor_name,
                "at": at,
                "details": details,
                "from_state": from_state,
                "id": id,
                "reason": reason,
                "request_id": request_id,
                "to_state": to_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_entry_details import HistoryEntryDetails  # noqa: PLC0415

        d = dict(src_dict)
        action = HistoryAction(d.pop("action"))

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        actor_name = d.pop("actor_name")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        details = HistoryEntryDetails.from_dict(d.pop("details"))

        def _parse_from_state(data: object) -> None | State:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_state_type_0 = State(data)

                return from_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State, data)

        from_state = _parse_from_state(d.pop("from_state"))

        id = d.pop("id")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        to_state = State(d.pop("to_state"))

        history_entry = cls(
            action=action,
            actor_id=actor_id,
            actor_name=actor_name,
            at=at,
            details=details,
            from_state=from_state,
            id=id,
            reason=reason,
            request_id=request_id,
            to_state=to_state,
        )

        history_entry.additional_properties = d
        return history_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
