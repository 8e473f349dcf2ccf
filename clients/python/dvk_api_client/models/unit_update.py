from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitUpdate")


@_attrs_define
class UnitUpdate:
    """Fields an admin may change; omitted fields stay as they are. `party_org_id: null` clears it.

    Attributes:
        code (str | Unset): Stable unit code: letters, digits, '.', '_' or '-'; unique.
        kind_code (str | Unset):
        level_code (str | Unset):
        name (str | Unset): Official name in Vietnamese.
        party_org_id (int | None | Unset):
    """

    code: str | Unset = UNSET
    kind_code: str | Unset = UNSET
    level_code: str | Unset = UNSET
    name: str | Unset = UNSET
    party_org_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind_code = self.kind_code

        level_code = self.level_code

        name = self.name

        party_org_id: int | None | Unset
        if isinstance(self.party_org_id, Unset):
            party_org_id = UNSET
        else:
            party_org_id = self.party_org_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if kind_code is not UNSET:
            field_dict["kind_code"] = kind_code
        if level_code is not UNSET:
            field_dict["level_code"] = level_code
        if name is not UNSET:
            field_dict["name"] = name
        if party_org_id is not UNSET:
            field_dict["party_org_id"] = party_org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        kind_code = d.pop("kind_code", UNSET)

        level_code = d.pop("level_code", UNSET)

        name = d.pop("name", UNSET)

        def _parse_party_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        party_org_id = _parse_party_org_id(d.pop("party_org_id", UNSET))

        unit_update = cls(
            code=code,
            kind_code=kind_code,
            level_code=level_code,
            name=name,
            party_org_id=party_org_id,
        )

        return unit_update
