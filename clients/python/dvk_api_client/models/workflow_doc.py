from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_doc import ActionDoc
    from ..models.state_doc import StateDoc


T = TypeVar("T", bound="WorkflowDoc")


@_attrs_define
class WorkflowDoc:
    """The whole state machine.

    Attributes:
        actions (list[ActionDoc]):
        states (list[StateDoc]):
    """

    actions: list[ActionDoc]
    states: list[StateDoc]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_doc import ActionDoc  # noqa: PLC0415
        from ..models.state_doc import StateDoc  # noqa: PLC0415

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        states = []
        for states_item_data in self.states:
            states_item = states_item_data.to_dict()
            states.append(states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_doc import ActionDoc  # noqa: PLC0415
        from ..models.state_doc import StateDoc  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ActionDoc.from_dict(actions_item_data)

            actions.append(actions_item)

        states = []
        _states = d.pop("states")
        for states_item_data in _states:
            states_item = StateDoc.from_dict(states_item_data)

            states.append(states_item)

        workflow_doc = cls(
            actions=actions,
            states=states,
        )

        workflow_doc.additional_properties = d
        return workflow_doc

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
