from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decision_kind import DecisionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionIssuedPayload")


@_attrs_define
class DecisionIssuedPayload:
    """A decision issued; each model it covers moves (a `model.*` event each).

    Attributes:
        issuing_unit_id (int):
        kind (DecisionKind): What a decision does (labels: core/labels.py).
        model_count (int): How many models it covers.
        number (str): The decision's number (số quyết định).
    """

    issuing_unit_id: int
    kind: DecisionKind
    model_count: int
    number: str

    def to_dict(self) -> dict[str, Any]:
        issuing_unit_id = self.issuing_unit_id

        kind = self.kind.value

        model_count = self.model_count

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "issuing_unit_id": issuing_unit_id,
                "kind": kind,
                "model_count": model_count,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuing_unit_id = d.pop("issuing_unit_id")

        kind = DecisionKind(d.pop("kind"))

        model_count = d.pop("model_count")

        number = d.pop("number")

        decision_issued_payload = cls(
            issuing_unit_id=issuing_unit_id,
            kind=kind,
            model_count=model_count,
            number=number,
        )

        return decision_issued_payload
