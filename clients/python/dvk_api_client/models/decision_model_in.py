from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_exception import StandardException


T = TypeVar("T", bound="DecisionModelIn")


@_attrs_define
class DecisionModelIn:
    """A model the decision covers, with an optional note (and, below the standard, the exception).

    Attributes:
        model_id (UUID):
        note (str | Unset):  Default: ''.
        standard_exception (None | StandardException | Unset): Model recognition only: recognise this model although its
            latest survey is below the campaign's standard (each criterion and the total); the reason is stored and shown on
            the decision and the model's history. Without it such a model is refused (422 `guard_failed`, `meets_standard`).
    """

    model_id: UUID
    note: str | Unset = ""
    standard_exception: None | StandardException | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.standard_exception import StandardException  # noqa: PLC0415

        model_id = str(self.model_id)

        note = self.note

        standard_exception: dict[str, Any] | None | Unset
        if isinstance(self.standard_exception, Unset):
            standard_exception = UNSET
        elif isinstance(self.standard_exception, StandardException):
            standard_exception = self.standard_exception.to_dict()
        else:
            standard_exception = self.standard_exception

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if standard_exception is not UNSET:
            field_dict["standard_exception"] = standard_exception

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_exception import StandardException  # noqa: PLC0415

        d = dict(src_dict)
        model_id = UUID(d.pop("model_id"))

        note = d.pop("note", UNSET)

        def _parse_standard_exception(data: object) -> None | StandardException | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                standard_exception_type_0 = StandardException.from_dict(data)

                return standard_exception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardException | Unset, data)

        standard_exception = _parse_standard_exception(d.pop("standard_exception", UNSET))

        decision_model_in = cls(
            model_id=model_id,
            note=note,
            standard_exception=standard_exception,
        )

        return decision_model_in
