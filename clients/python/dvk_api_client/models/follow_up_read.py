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

if TYPE_CHECKING:
    from ..models.followed_model import FollowedModel


T = TypeVar("T", bound="FollowUpRead")


@_attrs_define
class FollowUpRead:
    """A recorded follow-up.

    Attributes:
        created_at (datetime.datetime):
        evidence_ids (list[UUID]):
        findings (str):
        id (UUID):
        kind (FollowUpKind): What a board's follow-up of a model was: monitoring, inspection, praise, guidance or a
            reminder.
        kind_label (str):
        model (FollowedModel): The model a follow-up is about, briefly, as it is now.
        model_state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        officer_id (UUID): The board's officer who recorded it.
        officer_name (str):
        open_ (bool): A request not yet found done, on a model the boards still follow up (registered, implementing or
            reported): what `GET /follow-ups?open=true` lists.
        participants (list[str]):
        request (None | str):
        request_due_on (datetime.date | None):
        resolved_at (datetime.datetime | None): When a later follow-up found the request done.
        resolved_by_id (None | UUID): That later follow-up.
        visited_on (datetime.date):
    """

    created_at: datetime.datetime
    evidence_ids: list[UUID]
    findings: str
    id: UUID
    kind: FollowUpKind
    kind_label: str
    model: FollowedModel
    model_state: State
    officer_id: UUID
    officer_name: str
    open_: bool
    participants: list[str]
    request: None | str
    request_due_on: datetime.date | None
    resolved_at: datetime.datetime | None
    resolved_by_id: None | UUID
    visited_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.followed_model import FollowedModel  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        evidence_ids = []
        for evidence_ids_item_data in self.evidence_ids:
            evidence_ids_item = str(evidence_ids_item_data)
            evidence_ids.append(evidence_ids_item)

        findings = self.findings

        id = str(self.id)

        kind = self.kind.value

        kind_label = self.kind_label

        model = self.model.to_dict()

        model_state = self.model_state.value

        officer_id = str(self.officer_id)

        officer_name = self.officer_name

        open_ = self.open_

        participants = self.participants

        request: None | str
        request = self.request

        request_due_on: None | str
        if isinstance(self.request_due_on, datetime.date):
            request_due_on = self.request_due_on.isoformat()
        else:
            request_due_on = self.request_due_on

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        resolved_by_id: None | str
        if isinstance(self.resolved_by_id, UUID):
            resolved_by_id = str(self.resolved_by_id)
        else:
            resolved_by_id = self.resolved_by_id

        visited_on = self.visited_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "evidence_ids": evidence_ids,
                "findings": findings,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "model": model,
                "model_state": model_state,
                "officer_id": officer_id,
                "officer_name": officer_name,
                "open": open_,
                "participants": participants,
                "request": request,
                "request_due_on": request_due_on,
                "resolved_at": resolved_at,
                "resolved_by_id": resolved_by_id,
                "visited_on": visited_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.followed_model import FollowedModel  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        evidence_ids = []
        _evidence_ids = d.pop("evidence_ids")
        for evidence_ids_item_data in _evidence_ids:
            evidence_ids_item = UUID(evidence_ids_item_data)

            evidence_ids.append(evidence_ids_item)

        findings = d.pop("findings")

        id = UUID(d.pop("id"))

        kind = FollowUpKind(d.pop("kind"))

        kind_label = d.pop("kind_label")

        model = FollowedModel.from_dict(d.pop("model"))

        model_state = State(d.pop("model_state"))

        officer_id = UUID(d.pop("officer_id"))

        officer_name = d.pop("officer_name")

        open_ = d.pop("open")

        participants = cast(list[str], d.pop("participants"))

        def _parse_request(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request = _parse_request(d.pop("request"))

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

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        def _parse_resolved_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_by_id_type_0 = UUID(data)

                return resolved_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        resolved_by_id = _parse_resolved_by_id(d.pop("resolved_by_id"))

        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))

        follow_up_read = cls(
            created_at=created_at,
            evidence_ids=evidence_ids,
            findings=findings,
            id=id,
            kind=kind,
            kind_label=kind_label,
            model=model,
            model_state=model_state,
            officer_id=officer_id,
            officer_name=officer_name,
            open_=open_,
            participants=participants,
            request=request,
            request_due_on=request_due_on,
            resolved_at=resolved_at,
            resolved_by_id=resolved_by_id,
            visited_on=visited_on,
        )

        follow_up_read.additional_properties = d
        return follow_up_read

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
