from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label import Label


T = TypeVar("T", bound="StateDoc")


@_attrs_define
class StateDoc:
    """A state, its facts, and who must act while a model is in it.

    Attributes:
        code (str):
        counted (bool):
        decided (bool):
        editable (bool):
        followed_up (bool): The boards record follow-ups of a model in this state (POST /models/{id}/follow-ups).
        label (Label): A label in both languages.
        public (bool):
        recognised (bool):
        terminal (bool):
        waiting_on_role (None | str):
        waiting_on_unit (None | str):
    """

    code: str
    counted: bool
    decided: bool
    editable: bool
    followed_up: bool
    label: Label
    public: bool
    recognised: bool
    terminal: bool
    waiting_on_role: None | str
    waiting_on_unit: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.label import Label  # noqa: PLC0415

        code = self.code

        counted = self.counted

        decided = self.decided

        editable = self.editable

        followed_up = self.followed_up

        label = self.label.to_dict()

        public = self.public

        recognised = self.recognised

        terminal = self.terminal

        waiting_on_role: None | str
        waiting_on_role = self.waiting_on_role

        waiting_on_unit: None | str
        waiting_on_unit = self.waiting_on_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "counted": counted,
                "decided": decided,
                "editable": editable,
                "followed_up": followed_up,
                "label": label,
                "public": public,
                "recognised": recognised,
                "terminal": terminal,
                "waiting_on_role": waiting_on_role,
                "waiting_on_unit": waiting_on_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        counted = d.pop("counted")

        decided = d.pop("decided")

        editable = d.pop("editable")

        followed_up = d.pop("followed_up")

        label = Label.from_dict(d.pop("label"))

        public = d.pop("public")

        recognised = d.pop("recognised")

        terminal = d.pop("terminal")

        def _parse_waiting_on_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        waiting_on_role = _parse_waiting_on_role(d.pop("waiting_on_role"))

        def _parse_waiting_on_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        waiting_on_unit = _parse_waiting_on_unit(d.pop("waiting_on_unit"))

        state_doc = cls(
            code=code,
            counted=counted,
            decided=decided,
            editable=editable,
            followed_up=followed_up,
            label=label,
            public=public,
            recognised=recognised,
            terminal=terminal,
            waiting_on_role=waiting_on_role,
            waiting_on_unit=waiting_on_unit,
        )

        state_doc.additional_properties = d
        return state_doc

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
