from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follow_up_kind import FollowUpKind
from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelFollowedUpPayload")


@_attrs_define
class ModelFollowedUpPayload:
    """A board's follow-up of a model between its registration and its survey (the state does not change).

    Attributes:
        code (str): The model's code.
        follow_up_id (UUID): GET /follow-ups/{id} reads what was found and asked.
        kind (FollowUpKind): What a board's follow-up of a model was: monitoring, inspection, praise, guidance or a
            reminder.
        request_due_on (datetime.date | None): When what was asked is due, if a date was set.
        resolves (list[UUID]): Earlier follow-ups whose requests this one finds done.
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        visited_on (datetime.date):
    """

    code: str
    follow_up_id: UUID
    kind: FollowUpKind
    request_due_on: datetime.date | None
    resolves: list[UUID]
    state: State
    visited_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        follow_up_id = str(self.follow_up_id)

        kind = self.kind.value

        request_due_on: None | str
        if isinstance(self.request_due_on, datetime.date):
            request_due_on = self.request_due_on.isoformat()
        else:
            request_due_on = self.request_due_on

        resolves = []
        for resolves_item_data in self.resolves:
            resolves_item = str(resolves_item_data)
            resolves.append(resolves_item)

        state = self.state.value

        visited_on = self.visited_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "follow_up_id": follow_up_id,
                "kind": kind,
                "request_due_on": request_due_on,
                "resolves": resolves,
                "state": state,
                "visited_on": visited_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        follow_up_id = UUID(d.pop("follow_up_id"))

        kind = FollowUpKind(d.pop("kind"))

        def _parse_request_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_due_on_type_0 = datetime.date.fromisoformat(data)

                return request_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        request_due_on = _parse_request_due_on(d.pop("request_due_on"))

        resolves = []
        _resolves = d.pop("resolves")
        for resolves_item_data in _resolves:
            resolves_item = UUID(resolves_item_data)

            resolves.append(resolves_item)

        state = State(d.pop("state"))

        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))

        model_followed_up_payload = cls(
            code=code,
            follow_up_id=follow_up_id,
            kind=kind,
            request_due_on=request_due_on,
            resolves=resolves,
            state=state,
            visited_on=visited_on,
        )

        return model_followed_up_payload
