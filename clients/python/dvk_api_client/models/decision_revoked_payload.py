from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decision_kind import DecisionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionRevokedPayload")


@_attrs_define
class DecisionRevokedPayload:
    """A decision revoked; its models return to where it found them.

    Attributes:
        kind (DecisionKind): What a decision does (labels: core/labels.py).
        number (str):
        reason (str):
    """

    kind: DecisionKind
    number: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        number = self.number

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "number": number,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DecisionKind(d.pop("kind"))

        number = d.pop("number")

        reason = d.pop("reason")

        decision_revoked_payload = cls(
            kind=kind,
            number=number,
            reason=reason,
        )

        return decision_revoked_payload
