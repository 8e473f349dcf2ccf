from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shortfall import Shortfall


T = TypeVar("T", bound="StandardExceptionRead")


@_attrs_define
class StandardExceptionRead:
    """The exception the decision recorded for a model below the standard: why, by whom, what fell short.

    Attributes:
        below (list[Shortfall]):
        by_id (None | UUID):
        reason (str):
    """

    below: list[Shortfall]
    by_id: None | UUID
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.shortfall import Shortfall  # noqa: PLC0415

        below = []
        for below_item_data in self.below:
            below_item = below_item_data.to_dict()
            below.append(below_item)

        by_id: None | str
        if isinstance(self.by_id, UUID):
            by_id = str(self.by_id)
        else:
            by_id = self.by_id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "below": below,
                "by_id": by_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shortfall import Shortfall  # noqa: PLC0415

        d = dict(src_dict)
        below = []
        _below = d.pop("below")
        for below_item_data in _below:
            below_item = Shortfall.from_dict(below_item_data)

            below.append(below_item)

        def _parse_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                by_id_type_0 = UUID(data)

                return by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        by_id = _parse_by_id(d.pop("by_id"))

        reason = d.pop("reason")

        standard_exception_read = cls(
            below=below,
            by_id=by_id,
            reason=reason,
        )

        standard_exception_read.additional_properties = d
        return standard_exception_read

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
