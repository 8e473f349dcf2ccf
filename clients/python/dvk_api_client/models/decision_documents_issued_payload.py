from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionDocumentsIssuedPayload")


@_attrs_define
class DecisionDocumentsIssuedPayload:
    """The decision's generated documents signed and issued: the first time, again as new versions
    (`regenerated`, the old ones superseded), or its revocation's (`decision.revocation`).

        Attributes:
            count (int): How many documents (a decision's text, one paper per model …).
            kinds (list[DocumentKind]): The kinds of document issued.
            number (str):
            reason (str): Why they were issued again (empty the first time).
            regenerated (bool):
    """

    count: int
    kinds: list[DocumentKind]
    number: str
    reason: str
    regenerated: bool

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.value
            kinds.append(kinds_item)

        number = self.number

        reason = self.reason

        regenerated = self.regenerated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "kinds": kinds,
                "number": number,
                "reason": reason,
                "regenerated": regenerated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in _kinds:
            kinds_item = DocumentKind(kinds_item_data)

            kinds.append(kinds_item)

        number = d.pop("number")

        reason = d.pop("reason")

        regenerated = d.pop("regenerated")

        decision_documents_issued_payload = cls(
            count=count,
            kinds=kinds,
            number=number,
            reason=reason,
            regenerated=regenerated,
        )

        return decision_documents_issued_payload
