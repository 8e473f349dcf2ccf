from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follow_up_kind import FollowUpKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FollowUpCreate")


@_attrs_define
class FollowUpCreate:
    """A visit or check of a model by a board: when, what kind, who else took part, what was found, what is
    asked of the registrant and by when, the model's files it rests on, and earlier requests found done.

        Attributes:
            findings (str): What was found (đánh giá, nhận xét).
            kind (FollowUpKind): What a board's follow-up of a model was: monitoring, inspection, praise, guidance or a
                reminder.
            visited_on (datetime.date): The day of the visit or check (YYYY-MM-DD); not after today.
            evidence_ids (list[UUID] | Unset): Files of the model's dossier the follow-up cites.
            participants (list[str] | Unset): Others who took part, besides the officer recording it.
            request (None | str | Unset): What the registrant is asked to do (kiến nghị).
            request_due_on (datetime.date | None | Unset): By when the request is to be done: only with a request, not
                before the visit.
            resolves (list[UUID] | Unset): Earlier follow-ups of the model whose open request this visit found done: they
                are closed.
    """

    findings: str
    kind: FollowUpKind
    visited_on: datetime.date
    evidence_ids: list[UUID] | Unset = UNSET
    participants: list[str] | Unset = UNSET
    request: None | str | Unset = UNSET
    request_due_on: datetime.date | None | Unset = UNSET
    resolves: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        findings = self.findings

        kind = self.kind.value

        visited_on = self.visited_on.isoformat()

        evidence_ids: list[str] | Unset = UNSET
        if not isinstance(self.evidence_ids, Unset):
            evidence_ids = []
            for evidence_ids_item_data in self.evidence_ids:
                evidence_ids_item = str(evidence_ids_item_data)
                evidence_ids.append(evidence_ids_item)

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        request: None | str | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        else:
            request = self.request

        request_due_on: None | str | Unset
        if isinstance(self.request_due_on, Unset):
            request_due_on = UNSET
        elif isinstance(self.request_due_on, datetime.date):
            request_due_on = self.request_due_on.isoformat()
        else:
            request_due_on = self.request_due_on

        resolves: list[str] | Unset = UNSET
        if not isinstance(self.resolves, Unset):
            resolves = []
            for resolves_item_data in self.resolves:
                resolves_item = str(resolves_item_data)
                resolves.append(resolves_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "findings": findings,
                "kind": kind,
                "visited_on": visited_on,
            }
        )
        if evidence_ids is not UNSET:
            field_dict["evidence_ids"] = evidence_ids
        if participants is not UNSET:
            field_dict["participants"] = participants
        if request is not UNSET:
            field_dict["request"] = request
        if request_due_on is not UNSET:
            field_dict["request_due_on"] = request_due_on
        if resolves is not UNSET:
            field_dict["resolves"] = resolves

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        findings = d.pop("findings")

        kind = FollowUpKind(d.pop("kind"))

        visited_on = datetime.date.fromisoformat(d.pop("visited_on"))

        _evidence_ids = d.pop("evidence_ids", UNSET)
        evidence_ids: list[UUID] | Unset = UNSET
        if _evidence_ids is not UNSET:
            evidence_ids = []
            for evidence_ids_item_data in _evidence_ids:
                evidence_ids_item = UUID(evidence_ids_item_data)

                evidence_ids.append(evidence_ids_item)

        participants = cast(list[str], d.pop("participants", UNSET))

        def _parse_request(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request = _parse_request(d.pop("request", UNSET))

        def _parse_request_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_due_on_type_0 = datetime.date.fromisoformat(data)

                return request_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        request_due_on = _parse_request_due_on(d.pop("request_due_on", UNSET))

        _resolves = d.pop("resolves", UNSET)
        resolves: list[UUID] | Unset = UNSET
        if _resolves is not UNSET:
            resolves = []
            for resolves_item_data in _resolves:
                resolves_item = UUID(resolves_item_data)

                resolves.append(resolves_item)

        follow_up_create = cls(
            findings=findings,
            kind=kind,
            visited_on=visited_on,
            evidence_ids=evidence_ids,
            participants=participants,
            request=request,
            request_due_on=request_due_on,
            resolves=resolves,
        )

        return follow_up_create
