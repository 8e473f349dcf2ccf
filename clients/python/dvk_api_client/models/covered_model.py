from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_ref import ModelRef
    from ..models.standard_exception_read import StandardExceptionRead


T = TypeVar("T", bound="CoveredModel")


@_attrs_define
class CoveredModel:
    """A model the decision covers and the move it made.

    Attributes:
        from_state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        model (ModelRef): A covered model, briefly.
        note (str):
        to_state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        standard_exception (None | StandardExceptionRead | Unset):
    """

    from_state: State
    model: ModelRef
    note: str
    to_state: State
    standard_exception: None | StandardExceptionRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_ref import ModelRef  # noqa: PLC0415
        from ..models.standard_exception_read import StandardExceptionRead  # noqa: PLC0415

        from_state = self.from_state.value

        model = self.model.to_dict()

        note = self.note

        to_state = self.to_state.value

        standard_exception: dict[str, Any] | None | Unset
        if isinstance(self.standard_exception, Unset):
            standard_exception = UNSET
        elif isinstance(self.standard_exception, StandardExceptionRead):
            standard_exception = self.standard_exception.to_dict()
        else:
            standard_exception = self.standard_exception

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_state": from_state,
                "model": model,
                "note": note,
                "to_state": to_state,
            }
        )
        if standard_exception is not UNSET:
            field_dict["standard_exception"] = standard_exception

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_ref import ModelRef  # noqa: PLC0415
        from ..models.standard_exception_read import StandardExceptionRead  # noqa: PLC0415

        d = dict(src_dict)
        from_state = State(d.pop("from_state"))

        model = ModelRef.from_dict(d.pop("model"))

        note = d.pop("note")

        to_state = State(d.pop("to_state"))

        def _parse_standard_exception(data: object) -> None | StandardExceptionRead | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                standard_exception_type_0 = StandardExceptionRead.from_dict(data)

                return standard_exception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StandardExceptionRead | Unset, data)

        standard_exception = _parse_standard_exception(d.pop("standard_exception", UNSET))

        covered_model = cls(
            from_state=from_state,
            model=model,
            note=note,
            to_state=to_state,
            standard_exception=standard_exception,
        )

        covered_model.additional_properties = d
        return covered_model

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
