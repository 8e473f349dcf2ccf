from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registration_list_status import RegistrationListStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpectedUnit")


@_attrs_define
class ExpectedUnit:
    """A unit expected on a list (it registered models, or sent a list), and whether a list covering it — its
    own or one sent by a unit above it, e.g. its commune's — arrived.

        Attributes:
            covered_by_unit_id (int | None): The unit that sent the latest list covering this one.
            first_sent_at (datetime.datetime | None):
            latest_list_id (None | UUID):
            status (RegistrationListStatus): Whether a list covering a unit arrived before the deadline, late, or not yet
                (`missing`).
            unit_code (str):
            unit_id (int):
            unit_name (str):
            versions (int): Lists covering it that were sent (corrections included).
    """

    covered_by_unit_id: int | None
    first_sent_at: datetime.datetime | None
    latest_list_id: None | UUID
    status: RegistrationListStatus
    unit_code: str
    unit_id: int
    unit_name: str
    versions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covered_by_unit_id: int | None
        covered_by_unit_id = self.covered_by_unit_id

        first_sent_at: None | str
        if isinstance(self.first_sent_at, datetime.datetime):
            first_sent_at = self.first_sent_at.isoformat()
        else:
            first_sent_at = self.first_sent_at

        latest_list_id: None | str
        if isinstance(self.latest_list_id, UUID):
            latest_list_id = str(self.latest_list_id)
        else:
            latest_list_id = self.latest_list_id

        status = self.status.value

        unit_code = self.unit_code

        unit_id = self.unit_id

        unit_name = self.unit_name

        versions = self.versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covered_by_unit_id": covered_by_unit_id,
                "first_sent_at": first_sent_at,
                "latest_list_id": latest_list_id,
                "status": status,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_covered_by_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        covered_by_unit_id = _parse_covered_by_unit_id(d.pop("covered_by_unit_id"))

        def _parse_first_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_sent_at = _parse_first_sent_at(d.pop("first_sent_at"))

        def _parse_latest_list_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_list_id_type_0 = UUID(data)

                return latest_list_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        latest_list_id = _parse_latest_list_id(d.pop("latest_list_id"))

        status = RegistrationListStatus(d.pop("status"))

        unit_code = d.pop("unit_code")

        unit_id = d.pop("unit_id")

        unit_name = d.pop("unit_name")

        versions = d.pop("versions")

        expected_unit = cls(
            covered_by_unit_id=covered_by_unit_id,
            first_sent_at=first_sent_at,
            latest_list_id=latest_list_id,
            status=status,
            unit_code=unit_code,
            unit_id=unit_id,
            unit_name=unit_name,
            versions=versions,
        )

        expected_unit.additional_properties = d
        return expected_unit

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
