from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confirmation_kind import ConfirmationKind
from ..models.evidence_kind import EvidenceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label import Label


T = TypeVar("T", bound="DossierItem")


@_attrs_define
class DossierItem:
    """One line of a checklist: which files are needed, which are there.

    Attributes:
        code (str):
        confirmed_by_grassroots_required (bool): Only files the grassroots party committee confirmed count
            (`confirmation` is `achievement_report`).
        evidence_ids (list[UUID]):
        kind (EvidenceKind): The kind of an evidence file (a paper of the dossier).
        label (Label): A label in both languages.
        min_count (int):
        present_count (int): Qualifying files; for an `other_field` line, the acts that count.
        satisfied (bool):
        alternative (Label | None | Unset): What else satisfies it (e.g. a text report).
        confirmation (ConfirmationKind | None | Unset): The confirmation act the line needs: `other_field` (the act
            itself, by a user of the managing unit; a `confirmation` file is optional) or `achievement_report` (files
            confirmed by the grassroots party committee).
        confirmation_ids (list[UUID] | Unset): The confirmation acts that count for the line (GET
            /models/{id}/confirmations).
    """

    code: str
    confirmed_by_grassroots_required: bool
    evidence_ids: list[UUID]
    kind: EvidenceKind
    label: Label
    min_count: int
    present_count: int
    satisfied: bool
    alternative: Label | None | Unset = UNSET
    confirmation: ConfirmationKind | None | Unset = UNSET
    confirmation_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.label import Label  # noqa: PLC0415

        code = self.code

        confirmed_by_grassroots_required = self.confirmed_by_grassroots_required

        evidence_ids = []
        for evidence_ids_item_data in self.evidence_ids:
            evidence_ids_item = str(evidence_ids_item_data)
            evidence_ids.append(evidence_ids_item)

        kind = self.kind.value

        label = self.label.to_dict()

        min_count = self.min_count

        present_count = self.present_count

        satisfied = self.satisfied

        alternative: dict[str, Any] | None | Unset
        if isinstance(self.alternative, Unset):
            alternative = UNSET
        elif isinstance(self.alternative, Label):
            alternative = self.alternative.to_dict()
        else:
            alternative = self.alternative

        confirmation: None | str | Unset
        if isinstance(self.confirmation, Unset):
            confirmation = UNSET
        elif isinstance(self.confirmation, ConfirmationKind):
            confirmation = self.confirmation.value
        else:
            confirmation = self.confirmation

        confirmation_ids: list[str] | Unset = UNSET
        if not isinstance(self.confirmation_ids, Unset):
            confirmation_ids = []
            for confirmation_ids_item_data in self.confirmation_ids:
                confirmation_ids_item = str(confirmation_ids_item_data)
                confirmation_ids.append(confirmation_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "confirmed_by_grassroots_required": confirmed_by_grassroots_required,
                "evidence_ids": evidence_ids,
                "kind": kind,
                "label": label,
                "min_count": min_count,
                "present_count": present_count,
                "satisfied": satisfied,
            }
        )
        if alternative is not UNSET:
            field_dict["alternative"] = alternative
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation
        if confirmation_ids is not UNSET:
            field_dict["confirmation_ids"] = confirmation_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        confirmed_by_grassroots_required = d.pop("confirmed_by_grassroots_required")

        evidence_ids = []
        _evidence_ids = d.pop("evidence_ids")
        for evidence_ids_item_data in _evidence_ids:
            evidence_ids_item = UUID(evidence_ids_item_data)

            evidence_ids.append(evidence_ids_item)

        kind = EvidenceKind(d.pop("kind"))

        label = Label.from_dict(d.pop("label"))

        min_count = d.pop("min_count")

        present_count = d.pop("present_count")

        satisfied = d.pop("satisfied")

        def _parse_alternative(data: object) -> Label | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alternative_type_0 = Label.from_dict(data)

                return alternative_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Label | None | Unset, data)

        alternative = _parse_alternative(d.pop("alternative", UNSET))

        def _parse_confirmation(data: object) -> ConfirmationKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmation_type_0 = ConfirmationKind(data)

                return confirmation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfirmationKind | None | Unset, data)

        confirmation = _parse_confirmation(d.pop("confirmation", UNSET))

        _confirmation_ids = d.pop("confirmation_ids", UNSET)
        confirmation_ids: list[UUID] | Unset = UNSET
        if _confirmation_ids is not UNSET:
            confirmation_ids = []
            for confirmation_ids_item_data in _confirmation_ids:
                confirmation_ids_item = UUID(confirmation_ids_item_data)

                confirmation_ids.append(confirmation_ids_item)

        dossier_item = cls(
            code=code,
            confirmed_by_grassroots_required=confirmed_by_grassroots_required,
            evidence_ids=evidence_ids,
            kind=kind,
            label=label,
            min_count=min_count,
            present_count=present_count,
            satisfied=satisfied,
            alternative=alternative,
            confirmation=confirmation,
            confirmation_ids=confirmation_ids,
        )

        dossier_item.additional_properties = d
        return dossier_item

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
