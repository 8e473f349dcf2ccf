from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decision_kind import DecisionKind
from ..models.decision_status import DecisionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicDocumentDecision")


@_attrs_define
class PublicDocumentDecision:
    """The decision a verified document belongs to, as the public may know it.

    Attributes:
        issued_on (datetime.date):
        kind (DecisionKind): What a decision does (labels: core/labels.py).
        kind_label (str):
        number (str):
        revoked_on (datetime.date | None): The day the decision was revoked, if it was.
        status (DecisionStatus): An issued decision, or one revoked since.
    """

    issued_on: datetime.date
    kind: DecisionKind
    kind_label: str
    number: str
    revoked_on: datetime.date | None
    status: DecisionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issued_on = self.issued_on.isoformat()

        kind = self.kind.value

        kind_label = self.kind_label

        number = self.number

        revoked_on: None | str
        if isinstance(self.revoked_on, datetime.date):
            revoked_on = self.revoked_on.isoformat()
        else:
            revoked_on = self.revoked_on

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issued_on": issued_on,
                "kind": kind,
                "kind_label": kind_label,
                "number": number,
                "revoked_on": revoked_on,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        kind = DecisionKind(d.pop("kind"))

        kind_label = d.pop("kind_label")

        number = d.pop("number")

        def _parse_revoked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_on_type_0 = datetime.date.fromisoformat(data)

                return revoked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        revoked_on = _parse_revoked_on(d.pop("revoked_on"))

        status = DecisionStatus(d.pop("status"))

        public_document_decision = cls(
            issued_on=issued_on,
            kind=kind,
            kind_label=kind_label,
            number=number,
            revoked_on=revoked_on,
            status=status,
        )

        public_document_decision.additional_properties = d
        return public_document_decision

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
