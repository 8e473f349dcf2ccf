from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_doc_to_state_from import ActionDocToStateFrom
    from ..models.guard_doc import GuardDoc
    from ..models.label import Label


T = TypeVar("T", bound="ActionDoc")


@_attrs_define
class ActionDoc:
    """One row of the transition table.

    Attributes:
        action (str):
        from_states (list[str]):
        guards (list[GuardDoc]):
        keeps_state (bool): An honour (a commendation or its revocation): recorded, the state stays.
        label (Label): A label in both languages.
        payload (None | str):
        reason_required (bool):
        roles (list[str]):
        taken_through (str): The endpoint that takes the move.
        to_state (str):
        to_state_from (ActionDocToStateFrom): Where the move leads from each source state (a revocation returns each
            state to where the decision found it; otherwise every source leads to `to_state`).
        via_api (bool): Taken through POST /models/{id}/transitions; false: by a decision.
    """

    action: str
    from_states: list[str]
    guards: list[GuardDoc]
    keeps_state: bool
    label: Label
    payload: None | str
    reason_required: bool
    roles: list[str]
    taken_through: str
    to_state: str
    to_state_from: ActionDocToStateFrom
    via_api: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_doc_to_state_from import ActionDocToStateFrom  # noqa: PLC0415
        from ..models.guard_doc import GuardDoc  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        action = self.action

        from_states = self.from_states

        guards = []
        for guards_item_data in self.guards:
            guards_item = guards_item_data.to_dict()
            guards.append(guards_item)

        keeps_state = self.keeps_state

        label = self.label.to_dict()

        payload: None | str
        payload = self.payload

        reason_required = self.reason_required

        roles = self.roles

        taken_through = self.taken_through

        to_state = self.to_state

        to_state_from = self.to_state_from.to_dict()

        via_api = self.via_api

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "from_states": from_states,
                "guards": guards,
                "keeps_state": keeps_state,
                "label": label,
                "payload": payload,
                "reason_required": reason_required,
                "roles": roles,
                "taken_through": taken_through,
                "to_state": to_state,
                "to_state_from": to_state_from,
                "via_api": via_api,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_doc_to_state_from import ActionDocToStateFrom  # noqa: PLC0415
        from ..models.guard_doc import GuardDoc  # noqa: PLC0415
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        from_states = cast(list[str], d.pop("from_states"))

        guards = []
        _guards = d.pop("guards")
        for guards_item_data in _guards:
            guards_item = GuardDoc.from_dict(guards_item_data)

            guards.append(guards_item)

        keeps_state = d.pop("keeps_state")

        label = Label.from_dict(d.pop("label"))

        def _parse_payload(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payload = _parse_payload(d.pop("payload"))

        reason_required = d.pop("reason_required")

        roles = cast(list[str], d.pop("roles"))

        taken_through = d.pop("taken_through")

        to_state = d.pop("to_state")

        to_state_from = ActionDocToStateFrom.from_dict(d.pop("to_state_from"))

        via_api = d.pop("via_api")

        action_doc = cls(
            action=action,
            from_states=from_states,
            guards=guards,
            keeps_state=keeps_state,
            label=label,
            payload=payload,
            reason_required=reason_required,
            roles=roles,
            taken_through=taken_through,
            to_state=to_state,
            to_state_from=to_state_from,
            via_api=via_api,
        )

        action_doc.additional_properties = d
        return action_doc

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
