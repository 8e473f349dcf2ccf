from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitCreate")


@_attrs_define
class UnitCreate:
    """A new unit under an existing parent (roots are created by the seed, not the API).

    Attributes:
        code (str): Stable unit code: letters, digits, '.', '_' or '-'; unique.
        kind_code (str): A code from GET /unit-kinds.
        level_code (str): A code from GET /unit-levels.
        name (str): Official name in Vietnamese.
        parent_id (int): The directly managing superior unit.
        party_org_id (int | None | Unset): The party organisation that leads the unit (a unit of a party kind).
    """

    code: str
    kind_code: str
    level_code: str
    name: str
    parent_id: int
    party_org_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind_code = self.kind_code

        level_code = self.level_code

        name = self.name

        parent_id = self.parent_id

        party_org_id: int | None | Unset
        if isinstance(self.party_org_id, Unset):
            party_org_id = UNSET
        else:
            party_org_id = self.party_org_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "kind_code": kind_code,
                "level_code": level_code,
                "name": name,
                "parent_id": parent_id,
            }
        )
        if party_org_id is not UNSET:
            field_dict["party_org_id"] = party_org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind_code = d.pop("kind_code")

        level_code = d.pop("level_code")

        name = d.pop("name")

        parent_id = d.pop("parent_id")

        def _parse_party_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        party_org_id = _parse_party_org_id(d.pop("party_org_id", UNSET))

        unit_create = cls(
            code=code,
            kind_code=kind_code,
            level_code=level_code,
            name=name,
            parent_id=parent_id,
            party_org_id=party_org_id,
        )

        return unit_create
