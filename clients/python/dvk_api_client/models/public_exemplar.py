from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_state import PublicState
from ..models.registrant_kind import RegistrantKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_decision import PublicDecision
    from ..models.public_field import PublicField
    from ..models.public_file import PublicFile
    from ..models.public_unit import PublicUnit


T = TypeVar("T", bound="PublicExemplar")


@_attrs_define
class PublicExemplar:
    """A recognised model or exemplar as the public sees it.

    Attributes:
        code (str):
        decisions (list[PublicDecision]): Published, issued decisions, oldest first.
        district (None | PublicUnit): The district or city the unit lies in, if any.
        documents (list[PublicFile]): Published files that are not images (e.g. the decision).
        field (PublicField): The model's field, in both languages.
        individual_name (None | str): The individual a decision names (individual registrants only).
        latest_decision_on (datetime.date): Date of the latest published decision (the list's order).
        name (str):
        photos (list[PublicFile]): Published images: model photos, and portraits or other kinds only where a decision
            publishes them.
        province (None | PublicUnit): The province the unit lies in, if any.
        registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
        state (PublicState): A state shown on the public pages: the recognised states.
        state_label (str):
        summary (str):
        unit (PublicUnit): A unit, by code and name.
        year (int):
    """

    code: str
    decisions: list[PublicDecision]
    district: None | PublicUnit
    documents: list[PublicFile]
    field: PublicField
    individual_name: None | str
    latest_decision_on: datetime.date
    name: str
    photos: list[PublicFile]
    province: None | PublicUnit
    registrant_kind: RegistrantKind
    state: PublicState
    state_label: str
    summary: str
    unit: PublicUnit
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_decision import PublicDecision  # noqa: PLC0415
        from ..models.public_field import PublicField  # noqa: PLC0415
        from ..models.public_file import PublicFile  # noqa: PLC0415
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        code = self.code

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)

        district: dict[str, Any] | None
        if isinstance(self.district, PublicUnit):
            district = self.district.to_dict()
        else:
            district = self.district

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        field = self.field.to_dict()

        individual_name: None | str
        individual_name = self.individual_name

        latest_decision_on = self.latest_decision_on.isoformat()

        name = self.name

        photos = []
        for photos_item_data in self.photos:
            photos_item = photos_item_data.to_dict()
            photos.append(photos_item)

        province: dict[str, Any] | None
        if isinstance(self.province, PublicUnit):
            province = self.province.to_dict()
        else:
            province = self.province

        registrant_kind = self.registrant_kind.value

        state = self.state.value

        state_label = self.state_label

        summary = self.summary

        unit = self.unit.to_dict()

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "decisions": decisions,
                "district": district,
                "documents": documents,
                "field": field,
                "individual_name": individual_name,
                "latest_decision_on": latest_decision_on,
                "name": name,
                "photos": photos,
                "province": province,
                "registrant_kind": registrant_kind,
                "state": state,
                "state_label": state_label,
                "summary": summary,
                "unit": unit,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_decision import PublicDecision  # noqa: PLC0415
        from ..models.public_field import PublicField  # noqa: PLC0415
        from ..models.public_file import PublicFile  # noqa: PLC0415
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in _decisions:
            decisions_item = PublicDecision.from_dict(decisions_item_data)

            decisions.append(decisions_item)

        def _parse_district(data: object) -> None | PublicUnit:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                district_type_0 = PublicUnit.from_dict(data)

                return district_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicUnit, data)

        district = _parse_district(d.pop("district"))

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = PublicFile.from_dict(documents_item_data)

            documents.append(documents_item)

        field = PublicField.from_dict(d.pop("field"))

        def _parse_individual_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        individual_name = _parse_individual_name(d.pop("individual_name"))

        latest_decision_on = datetime.date.fromisoformat(d.pop("latest_decision_on"))

        name = d.pop("name")

        photos = []
        _photos = d.pop("photos")
        for photos_item_data in _photos:
            photos_item = PublicFile.from_dict(photos_item_data)

            photos.append(photos_item)

        def _parse_province(data: object) -> None | PublicUnit:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                province_type_0 = PublicUnit.from_dict(data)

                return province_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicUnit, data)

        province = _parse_province(d.pop("province"))

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        state = PublicState(d.pop("state"))

        state_label = d.pop("state_label")

        summary = d.pop("summary")

        unit = PublicUnit.from_dict(d.pop("unit"))

        year = d.pop("year")

        public_exemplar = cls(
            code=code,
            decisions=decisions,
            district=district,
            documents=documents,
            field=field,
            individual_name=individual_name,
            latest_decision_on=latest_decision_on,
            name=name,
            photos=photos,
            province=province,
            registrant_kind=registrant_kind,
            state=state,
            state_label=state_label,
            summary=summary,
            unit=unit,
            year=year,
        )

        public_exemplar.additional_properties = d
        return public_exemplar

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
