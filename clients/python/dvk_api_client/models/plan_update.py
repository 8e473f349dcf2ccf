from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanUpdate")


@_attrs_define
class PlanUpdate:
    """A correction: the fields sent replace the recorded ones (`disseminated_on: null` clears it).

    Attributes:
        disseminated_on (datetime.date | None | Unset): The day it was disseminated (quán triệt, triển khai), not before
            issued_on nor after today.
        dissemination_note (None | str | Unset): How and to whom it was disseminated.
        document_number (None | str | Unset): The plan's number and symbol (số, ký hiệu), e.g. 45-KH/ĐU.
        issued_by (None | str | Unset): Who issued it: the issuing body or person.
        issued_on (datetime.date | None | Unset): The day it was issued (YYYY-MM-DD), not after today.
        title (None | str | Unset): The plan's title (trích yếu).
    """

    disseminated_on: datetime.date | None | Unset = UNSET
    dissemination_note: None | str | Unset = UNSET
    document_number: None | str | Unset = UNSET
    issued_by: None | str | Unset = UNSET
    issued_on: datetime.date | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        document_number: None | str | Unset
        if isinstance(self.document_number, Unset):
            document_number = UNSET
        else:
            document_number = self.document_number

        issued_by: None | str | Unset
        if isinstance(self.issued_by, Unset):
            issued_by = UNSET
        else:
            issued_by = self.issued_by

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.date):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if disseminated_on is not UNSET:
            field_dict["disseminated_on"] = disseminated_on
        if dissemination_note is not UNSET:
            field_dict["dissemination_note"] = dissemination_note
        if document_number is not UNSET:
            field_dict["document_number"] = document_number
        if issued_by is not UNSET:
            field_dict["issued_by"] = issued_by
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_number = _parse_document_number(d.pop("document_number", UNSET))

        def _parse_issued_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issued_by = _parse_issued_by(d.pop("issued_by", UNSET))

        def _parse_issued_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.date.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("issued_on", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        plan_update = cls(
            disseminated_on=disseminated_on,
            dissemination_note=dissemination_note,
            document_number=document_number,
            issued_by=issued_by,
            issued_on=issued_on,
            title=title,
        )

        return plan_update
