from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCreate")


@_attrs_define
class PlanCreate:
    """A unit's plan for a campaign, as recorded.

    Attributes:
        campaign_id (UUID): The campaign (phase) the plan carries out; one plan per unit.
        document_number (str): The plan's number and symbol (số, ký hiệu), e.g. 45-KH/ĐU.
        issued_by (str): Who issued it: the issuing body or person.
        issued_on (datetime.date): The day it was issued (YYYY-MM-DD), not after today.
        title (str): The plan's title (trích yếu).
        disseminated_on (datetime.date | None | Unset): The day it was disseminated (quán triệt, triển khai), not before
            issued_on nor after today.
        dissemination_note (None | str | Unset): How and to whom it was disseminated.
    """

    campaign_id: UUID
    document_number: str
    issued_by: str
    issued_on: datetime.date
    title: str
    disseminated_on: datetime.date | None | Unset = UNSET
    dissemination_note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        document_number = self.document_number

        issued_by = self.issued_by

        issued_on = self.issued_on.isoformat()

        title = self.title

        disseminated_on: None | str | Unset
        if isinstance(self.disseminated_on, Unset):
            disseminated_on = UNSET
        elif isinstance(self.disseminated_on, datetime.date):
            disseminated_on = self.disseminated_on.isoformat()
        else:
            disseminated_on = self.disseminated_on

        dissemination_note: None | str | Unset
        if isinstance(self.dissemination_note, Unset):
            dissemination_note = UNSET
        else:
            dissemination_note = self.dissemination_note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
                "document_number": document_number,
                "issued_by": issued_by,
                "issued_on": issued_on,
                "title": title,
            }
        )
        if disseminated_on is not UNSET:
            field_dict["disseminated_on"] = disseminated_on
        if dissemination_note is not UNSET:
            field_dict["dissemination_note"] = dissemination_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        document_number = d.pop("document_number")

        issued_by = d.pop("issued_by")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        title = d.pop("title")

        def _parse_disseminated_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disseminated_on_type_0 = datetime.date.fromisoformat(data)

                return disseminated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        disseminated_on = _parse_disseminated_on(d.pop("disseminated_on", UNSET))

        def _parse_dissemination_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dissemination_note = _parse_dissemination_note(d.pop("dissemination_note", UNSET))

        plan_create = cls(
            campaign_id=campaign_id,
            document_number=document_number,
            issued_by=issued_by,
            issued_on=issued_on,
            title=title,
            disseminated_on=disseminated_on,
            dissemination_note=dissemination_note,
        )

        return plan_create
