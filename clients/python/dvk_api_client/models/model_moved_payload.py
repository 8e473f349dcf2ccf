from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelMovedPayload")


@_attrs_define
class ModelMovedPayload:
    """A workflow move of a model (GET /workflow lists every move).

    Attributes:
        code (str): The model's code.
        decision_id (None | UUID): The decision that made the move, if one did.
        decision_number (None | str): That decision's number (số quyết định).
        from_ (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        reason (None | str): The reason given (return, withdrawal, revocation).
        to (State): Where a model is in its workflow (GET /workflow lists each with its labels).
    """

    code: str
    decision_id: None | UUID
    decision_number: None | str
    from_: State
    reason: None | str
    to: State

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        decision_id: None | str
        if isinstance(self.decision_id, UUID):
            decision_id = str(self.decision_id)
        else:
            decision_id = self.decision_id

        decision_number: None | str
        decision_number = self.decision_number

        from_ = self.from_.value

        reason: None | str
        reason = self.reason

        to = self.to.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "decision_id": decision_id,
                "decision_number": decision_number,
                "from": from_,
                "reason": reason,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_decision_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_id_type_0 = UUID(data)

                return decision_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decision_id = _parse_decision_id(d.pop("decision_id"))

        def _parse_decision_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_number = _parse_decision_number(d.pop("decision_number"))

        from_ = State(d.pop("from"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        to = State(d.pop("to"))

        model_moved_payload = cls(
            code=code,
            decision_id=decision_id,
            decision_number=decision_number,
            from_=from_,
            reason=reason,
            to=to,
        )

        return model_moved_payload
