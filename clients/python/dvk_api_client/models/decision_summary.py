from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.award_form import AwardForm
from ..models.award_level import AwardLevel
from ..models.decision_kind import DecisionKind
from ..models.decision_status import DecisionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bilingual import Bilingual
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="DecisionSummary")


@_attrs_define
class DecisionSummary:
    """A decision in a list.

    Attributes:
        award_form (AwardForm | None):
        award_level (AwardLevel | None):
        id (UUID):
        issued_on (datetime.date):
        issuing_unit (UnitRef): A unit, briefly.
        kind (DecisionKind): What a decision does (labels: core/labels.py).
        kind_label (Bilingual): A text in Vietnamese and English.
        model_count (int):
        number (str):
        publish (bool):
        signer_name (str):
        signer_title (str):
        status (DecisionStatus): An issued decision, or one revoked since.
        version (int):
        year (int):
    """

    award_form: AwardForm | None
    award_level: AwardLevel | None
    id: UUID
    issued_on: datetime.date
    issuing_unit: UnitRef
    kind: DecisionKind
    kind_label: Bilingual
    model_count: int
    number: str
    publish: bool
    signer_name: str
    signer_title: str
    status: DecisionStatus
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        award_form: None | str
        if isinstance(self.award_form, AwardForm):
            award_form = self.award_form.value
        else:
            award_form = self.award_form

        award_level: None | str
        if isinstance(self.award_level, AwardLevel):
            award_level = self.award_level.value
        else:
            award_level = self.award_level

        id = str(self.id)

        issued_on = self.issued_on.isoformat()

        issuing_unit = self.issuing_unit.to_dict()

        kind = self.kind.value

        kind_label = self.kind_label.to_dict()

        model_count = self.model_count

        number = self.number

        publish = self.publish

        signer_name = self.signer_name

        signer_title = self.signer_title

        status = self.status.value

        version = self.version

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "award_form": award_form,
                "award_level": award_level,
                "id": id,
                "issued_on": issued_on,
                "issuing_unit": issuing_unit,
                "kind": kind,
                "kind_label": kind_label,
                "model_count": model_count,
                "number": number,
                "publish": publish,
                "signer_name": signer_name,
                "signer_title": signer_title,
                "status": status,
                "version": version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_award_form(data: object) -> AwardForm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                award_form_type_0 = AwardForm(data)

                return award_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AwardForm | None, data)

        award_form = _parse_award_form(d.pop("award_form"))

        def _parse_award_level(data: object) -> AwardLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                award_level_type_0 = AwardLevel(data)

                return award_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AwardLevel | None, data)

        award_level = _parse_award_level(d.pop("award_level"))

        id = UUID(d.pop("id"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuing_unit = UnitRef.from_dict(d.pop("issuing_unit"))

        kind = DecisionKind(d.pop("kind"))

        kind_label = Bilingual.from_dict(d.pop("kind_label"))

        model_count = d.pop("model_count")

        number = d.pop("number")

        publish = d.pop("publish")

        signer_name = d.pop("signer_name")

        signer_title = d.pop("signer_title")

        status = DecisionStatus(d.pop("status"))

        version = d.pop("version")

        year = d.pop("year")

        decision_summary = cls(
            award_form=award_form,
            award_level=award_level,
            id=id,
            issued_on=issued_on,
            issuing_unit=issuing_unit,
            kind=kind,
            kind_label=kind_label,
            model_count=model_count,
            number=number,
            publish=publish,
            signer_name=signer_name,
            signer_title=signer_title,
            status=status,
            version=version,
            year=year,
        )

        decision_summary.additional_properties = d
        return decision_summary

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
