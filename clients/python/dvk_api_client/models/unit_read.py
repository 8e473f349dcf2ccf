from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitRead")


@_attrs_define
class UnitRead:
    """One unit of the tree.

    Attributes:
        closed_at (datetime.datetime | None):
        code (str):
        created_at (datetime.datetime):
        depth (int): 0 for a root.
        id (int):
        is_active (bool):
        kind_code (str):
        kind_label_en (str):
        kind_label_vi (str):
        level_code (str):
        level_label_en (str):
        level_label_vi (str):
        name (str):
        parent_id (int | None): The directly managing superior unit; null for a root.
        party_org_id (int | None): The party organisation that leads the unit, if any.
        path_ids (list[int]): Ids from the root down to this unit (itself last).
        updated_at (datetime.datetime):
        version (int): Sent as the ETag; send it back in If-Match to change the unit.
        closed_reason (None | str | Unset): Why the unit was closed (e.g. merged in 2025).
    """

    closed_at: datetime.datetime | None
    code: str
    created_at: datetime.datetime
    depth: int
    id: int
    is_active: bool
    kind_code: str
    kind_label_en: str
    kind_label_vi: str
    level_code: str
    level_label_en: str
    level_label_vi: str
    name: str
    parent_id: int | None
    party_org_id: int | None
    path_ids: list[int]
    updated_at: datetime.datetime
    version: int
    closed_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        code = self.code

        created_at = self.created_at.isoformat()

        depth = self.depth

        id = self.id

        is_active = self.is_active

        kind_code = self.kind_code

        kind_label_en = self.kind_label_en

        kind_label_vi = self.kind_label_vi

        level_code = self.level_code

        level_label_en = self.level_label_en

        level_label_vi = self.level_label_vi

        name = self.name

        parent_id: int | None
        parent_id = self.parent_id

        party_org_id: int | None
        party_org_id = self.party_org_id

        path_ids = self.path_ids

        updated_at = self.updated_at.isoformat()

        version = self.version

        closed_reason: None | str | Unset
        if isinstance(self.closed_reason, Unset):
            closed_reason = UNSET
        else:
            closed_reason = self.closed_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closed_at": closed_at,
                "code": code,
                "created_at": created_at,
                "depth": depth,
                "id": id,
                "is_active": is_active,
                "kind_code": kind_code,
                "kind_label_en": kind_label_en,
                "kind_label_vi": kind_label_vi,
                "level_code": level_code,
                "level_label_en": level_label_en,
                "level_label_vi": level_label_vi,
                "name": name,
                "parent_id": parent_id,
                "party_org_id": party_org_id,
                "path_ids": path_ids,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if closed_reason is not UNSET:
            field_dict["closed_reason"] = closed_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        depth = d.pop("depth")

        id = d.pop("id")

        is_active = d.pop("is_active")

        kind_code = d.pop("kind_code")

        kind_label_en = d.pop("kind_label_en")

        kind_label_vi = d.pop("kind_label_vi")

        level_code = d.pop("level_code")

        level_label_en = d.pop("level_label_en")

        level_label_vi = d.pop("level_label_vi")

        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_party_org_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        party_org_id = _parse_party_org_id(d.pop("party_org_id"))

        path_ids = cast(list[int], d.pop("path_ids"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_closed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason", UNSET))

        unit_read = cls(
            closed_at=closed_at,
            code=code,
            created_at=created_at,
            depth=depth,
            id=id,
            is_active=is_active,
            kind_code=kind_code,
            kind_label_en=kind_label_en,
            kind_label_vi=kind_label_vi,
            level_code=level_code,
            level_label_en=level_label_en,
            level_label_vi=level_label_vi,
            name=name,
            parent_id=parent_id,
            party_org_id=party_org_id,
            path_ids=path_ids,
            updated_at=updated_at,
            version=version,
            closed_reason=closed_reason,
        )

        unit_read.additional_properties = d
        return unit_read

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
