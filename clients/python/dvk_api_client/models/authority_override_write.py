from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorityOverrideWrite")


@_attrs_define
class AuthorityOverrideWrite:
    """The competent units an administrator names for one unit; they win over the rules.

    Attributes:
        deciding_unit_id (int): A unit id.
        reason (str): Why the rules do not fit this unit (shown in every explanation).
        proposing_unit_id (int | None | Unset): Omitted: the rule's proposing unit, else the deciding unit.
        reviewing_unit_id (int | None | Unset): Omitted: the rule's reviewing unit, else the deciding unit.
    """

    deciding_unit_id: int
    reason: str
    proposing_unit_id: int | None | Unset = UNSET
    reviewing_unit_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        deciding_unit_id = self.deciding_unit_id

        reason = self.reason

        proposing_unit_id: int | None | Unset
        if isinstance(self.proposing_unit_id, Unset):
            proposing_unit_id = UNSET
        else:
            proposing_unit_id = self.proposing_unit_id

        reviewing_unit_id: int | None | Unset
        if isinstance(self.reviewing_unit_id, Unset):
            reviewing_unit_id = UNSET
        else:
            reviewing_unit_id = self.reviewing_unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deciding_unit_id": deciding_unit_id,
                "reason": reason,
            }
        )
        if proposing_unit_id is not UNSET:
            field_dict["proposing_unit_id"] = proposing_unit_id
        if reviewing_unit_id is not UNSET:
            field_dict["reviewing_unit_id"] = reviewing_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deciding_unit_id = d.pop("deciding_unit_id")

        reason = d.pop("reason")

        def _parse_proposing_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        proposing_unit_id = _parse_proposing_unit_id(d.pop("proposing_unit_id", UNSET))

        def _parse_reviewing_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reviewing_unit_id = _parse_reviewing_unit_id(d.pop("reviewing_unit_id", UNSET))

        authority_override_write = cls(
            deciding_unit_id=deciding_unit_id,
            reason=reason,
            proposing_unit_id=proposing_unit_id,
            reviewing_unit_id=reviewing_unit_id,
        )

        return authority_override_write
