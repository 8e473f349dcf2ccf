from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_list import RegistrationList


T = TypeVar("T", bound="SentListDetail")


@_attrs_define
class SentListDetail:
    """A sent list with its frozen rows (the JSON form as it stood, individuals' names included).

    Attributes:
        campaign_id (UUID):
        due_on (datetime.date | None): The cycle's deadline when it was sent (lists due before that day).
        filename (str):
        form (RegistrationList): The form as JSON: rows in unit order and the total row (counts per marked column).
        id (UUID):
        late (bool): Sent on or after `due_on` (the seed's “trước ngày 06/3”).
        receiving_unit_id (int): The campaign's owning unit, which receives registrations.
        receiving_unit_name (str):
        sent_at (datetime.datetime):
        sent_by_id (UUID):
        sent_on (datetime.date): The day it was sent, in the campaign's time zone.
        sha256 (str): SHA-256 of the frozen XLSX (also its ETag).
        size (int): Bytes of the frozen XLSX.
        total (int): Models listed.
        unit_code (str):
        unit_id (int):
        unit_name (str):
        version (int): 1 for the first list; a corrected list is the next version.
        year (int):
    """

    campaign_id: UUID
    due_on: datetime.date | None
    filename: str
    form: RegistrationList
    id: UUID
    late: bool
    receiving_unit_id: int
    receiving_unit_name: str
    sent_at: datetime.datetime
    sent_by_id: UUID
    sent_on: datetime.date
    sha256: str
    size: int
    total: int
    unit_code: str
    unit_id: int
    unit_name: str
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registration_list import RegistrationList  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        filename = self.filename

        form = self.form.to_dict()

        id = str(self.id)

        late = self.late

        receiving_unit_id = self.receiving_unit_id

        receiving_unit_name = self.receiving_unit_name

        sent_at = self.sent_at.isoformat()

        sent_by_id = str(self.sent_by_id)

        sent_on = self.sent_on.isoformat()

        sha256 = self.sha256

        size = self.size

        total = self.total

        unit_code = self.unit_code

        unit_id = self.unit_id

        unit_name = self.unit_name

        version = self.version

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "due_on": due_on,
                "filename": filename,
                "form": form,
                "id": id,
                "late": late,
                "receiving_unit_id": receiving_unit_id,
                "receiving_unit_name": receiving_unit_name,
                "sent_at": sent_at,
                "sent_by_id": sent_by_id,
                "sent_on": sent_on,
                "sha256": sha256,
                "size": size,
                "total": total,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "version": version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_list import RegistrationList  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))

        filename = d.pop("filename")

        form = RegistrationList.from_dict(d.pop("form"))

        id = UUID(d.pop("id"))

        late = d.pop("late")

        receiving_unit_id = d.pop("receiving_unit_id")

        receiving_unit_name = d.pop("receiving_unit_name")

        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))

        sent_by_id = UUID(d.pop("sent_by_id"))

        sent_on = datetime.date.fromisoformat(d.pop("sent_on"))

        sha256 = d.pop("sha256")

        size = d.pop("size")

        total = d.pop("total")

        unit_code = d.pop("unit_code")

        unit_id = d.pop("unit_id")

        unit_name = d.pop("unit_name")

        version = d.pop("version")

        year = d.pop("year")

        sent_list_detail = cls(
            campaign_id=campaign_id,
            due_on=due_on,
            filename=filename,
            form=form,
            id=id,
            late=late,
            receiving_unit_id=receiving_unit_id,
            receiving_unit_name=receiving_unit_name,
            sent_at=sent_at,
            sent_by_id=sent_by_id,
            sent_on=sent_on,
            sha256=sha256,
            size=size,
            total=total,
            unit_code=unit_code,
            unit_id=unit_id,
            unit_name=unit_name,
            version=version,
            year=year,
        )

        sent_list_detail.additional_properties = d
        return sent_list_detail

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
