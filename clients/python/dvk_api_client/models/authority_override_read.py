from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_unit_read import AuthorityUnitRead


T = TypeVar("T", bound="AuthorityOverrideRead")


@_attrs_define
class AuthorityOverrideRead:
    """A unit's override.

    Attributes:
        created_at (datetime.datetime): When it was last set.
        created_by_id (UUID): The administrator who last set it.
        deciding_unit (AuthorityUnitRead): A unit the policy names.
        proposing_unit (AuthorityUnitRead | None):
        reason (str):
        reviewing_unit (AuthorityUnitRead | None):
        unit (AuthorityUnitRead): A unit the policy names.
    """

    created_at: datetime.datetime
    created_by_id: UUID
    deciding_unit: AuthorityUnitRead
    proposing_unit: AuthorityUnitRead | None
    reason: str
    reviewing_unit: AuthorityUnitRead | None
    unit: AuthorityUnitRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authority_unit_read import AuthorityUnitRead  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        created_by_id = str(self.created_by_id)

        deciding_unit = self.deciding_unit.to_dict()

        proposing_unit: dict[str, Any] | None
        if isinstance(self.proposing_unit, AuthorityUnitRead):
            proposing_unit = self.proposing_unit.to_dict()
        else:
            proposing_unit = self.proposing_unit

        reason = self.reason

        reviewing_unit: dict[str, Any] | None
        if isinstance(self.reviewing_unit, AuthorityUnitRead):
            reviewing_unit = self.reviewing_unit.to_dict()
        else:
            reviewing_unit = self.reviewing_unit

        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_id": created_by_id,
                "deciding_unit": deciding_unit,
                "proposing_unit": proposing_unit,
                "reason": reason,
                "reviewing_unit": reviewing_unit,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_unit_read import AuthorityUnitRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by_id = UUID(d.pop("created_by_id"))

        deciding_unit = AuthorityUnitRead.from_dict(d.pop("deciding_unit"))

        def _parse_proposing_unit(data: object) -> AuthorityUnitRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proposing_unit_type_0 = AuthorityUnitRead.from_dict(data)

                return proposing_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorityUnitRead | None, data)

        proposing_unit = _parse_proposing_unit(d.pop("proposing_unit"))

        reason = d.pop("reason")

        def _parse_reviewing_unit(data: object) -> AuthorityUnitRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reviewing_unit_type_0 = AuthorityUnitRead.from_dict(data)

                return reviewing_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorityUnitRead | None, data)

        reviewing_unit = _parse_reviewing_unit(d.pop("reviewing_unit"))

        unit = AuthorityUnitRead.from_dict(d.pop("unit"))

        authority_override_read = cls(
            created_at=created_at,
            created_by_id=created_by_id,
            deciding_unit=deciding_unit,
            proposing_unit=proposing_unit,
            reason=reason,
            reviewing_unit=reviewing_unit,
            unit=unit,
        )

        authority_override_read.additional_properties = d
        return authority_override_read

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
