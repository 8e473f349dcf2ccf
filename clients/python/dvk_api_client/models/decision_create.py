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
from ..models.public_evidence_kind import PublicEvidenceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decision_model_in import DecisionModelIn
    from ..models.period_override import PeriodOverride


T = TypeVar("T", bound="DecisionCreate")


@_attrs_define
class DecisionCreate:
    """What the competent unit decides. Exactly these fields may be sent.

    Attributes:
        issued_on (datetime.date):
        issuing_unit_id (int): A unit id.
        kind (DecisionKind): What a decision does (labels: core/labels.py).
        models (list[DecisionModelIn]):
        number (str): As officials write it: party style `125-QĐ/HU` or state style `125/QĐ-UBND`; the leading number is
            the serial, unique per issuing unit and year.
        signer_name (str):
        signer_title (str):
        award_form (AwardForm | None | Unset): Commendations only (required there).
        award_level (AwardLevel | None | Unset): Commendations only (required there).
        cited_review_ids (list[UUID] | Unset): The reviews of the authority chain the decision rests on besides
            `review_id` (seed 000 §3(1): the cell reviews and appraises, the standing board proposes, the committee
            decides): the reviewing body's review (level `cell`) and the proposing body's (level `standing_board`), one per
            level. Each must be closed, of the purpose the kind needs, held for every model by the unit the policy names for
            that role (`GET /models/{id}/authority`), with every model a candidate whose outcome the decision follows.
        note (str | Unset):  Default: ''.
        period_override (None | PeriodOverride | Unset): Model (non-)recognition outside the cycle's recognition period:
            an administrator covering the issuing unit may allow it, with a reason.
        public_evidence_kinds (list[PublicEvidenceKind] | None | Unset): Which kinds of the models' files the showcase
            shows (default `["model_photo"]`).
        publish (bool | None | Unset): Show the covered models in the public showcase. Default: true for exemplar
            recognition and commendation, false for model recognition; never for non-recognition.
        review_id (None | Unset | UUID): The closed review meeting the decision rests on; required except for
            commendations.
    """

    issued_on: datetime.date
    issuing_unit_id: int
    kind: DecisionKind
    models: list[DecisionModelIn]
    number: str
    signer_name: str
    signer_title: str
    award_form: AwardForm | None | Unset = UNSET
    award_level: AwardLevel | None | Unset = UNSET
    cited_review_ids: list[UUID] | Unset = UNSET
    note: str | Unset = ""
    period_override: None | PeriodOverride | Unset = UNSET
    public_evidence_kinds: list[PublicEvidenceKind] | None | Unset = UNSET
    publish: bool | None | Unset = UNSET
    review_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.decision_model_in import DecisionModelIn  # noqa: PLC0415
        from ..models.period_override import PeriodOverride  # noqa: PLC0415

        issued_on = self.issued_on.isoformat()

        issuing_unit_id = self.issuing_unit_id

        kind = self.kind.value

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        number = self.number

        signer_name = self.signer_name

        signer_title = self.signer_title

        award_form: None | str | Unset
        if isinstance(self.award_form, Unset):
            award_form = UNSET
        elif isinstance(self.award_form, AwardForm):
            award_form = self.award_form.value
        else:
            award_form = self.award_form

        award_level: None | str | Unset
        if isinstance(self.award_level, Unset):
            award_level = UNSET
        elif isinstance(self.award_level, AwardLevel):
            award_level = self.award_level.value
        else:
            award_level = self.award_level

        cited_review_ids: list[str] | Unset = UNSET
        if not isinstance(self.cited_review_ids, Unset):
            cited_review_ids = []
            for cited_review_ids_item_data in self.cited_review_ids:
                cited_review_ids_item = str(cited_review_ids_item_data)
                cited_review_ids.append(cited_review_ids_item)

        note = self.note

        period_override: dict[str, Any] | None | Unset
        if isinstance(self.period_override, Unset):
            period_override = UNSET
        elif isinstance(self.period_override, PeriodOverride):
            period_override = self.period_override.to_dict()
        else:
            period_override = self.period_override

        public_evidence_kinds: list[str] | None | Unset
        if isinstance(self.public_evidence_kinds, Unset):
            public_evidence_kinds = UNSET
        elif isinstance(self.public_evidence_kinds, list):
            public_evidence_kinds = []
            for public_evidence_kinds_type_0_item_data in self.public_evidence_kinds:
                public_evidence_kinds_type_0_item = public_evidence_kinds_type_0_item_data.value
                public_evidence_kinds.append(public_evidence_kinds_type_0_item)

        else:
            public_evidence_kinds = self.public_evidence_kinds

        publish: bool | None | Unset
        if isinstance(self.publish, Unset):
            publish = UNSET
        else:
            publish = self.publish

        review_id: None | str | Unset
        if isinstance(self.review_id, Unset):
            review_id = UNSET
        elif isinstance(self.review_id, UUID):
            review_id = str(self.review_id)
        else:
            review_id = self.review_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "issued_on": issued_on,
                "issuing_unit_id": issuing_unit_id,
                "kind": kind,
                "models": models,
                "number": number,
                "signer_name": signer_name,
                "signer_title": signer_title,
            }
        )
        if award_form is not UNSET:
            field_dict["award_form"] = award_form
        if award_level is not UNSET:
            field_dict["award_level"] = award_level
        if cited_review_ids is not UNSET:
            field_dict["cited_review_ids"] = cited_review_ids
        if note is not UNSET:
            field_dict["note"] = note
        if period_override is not UNSET:
            field_dict["period_override"] = period_override
        if public_evidence_kinds is not UNSET:
            field_dict["public_evidence_kinds"] = public_evidence_kinds
        if publish is not UNSET:
            field_dict["publish"] = publish
        if review_id is not UNSET:
            field_dict["review_id"] = review_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision_model_in import DecisionModelIn  # noqa: PLC0415
        from ..models.period_override import PeriodOverride  # noqa: PLC0415

        d = dict(src_dict)
        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuing_unit_id = d.pop("issuing_unit_id")

        kind = DecisionKind(d.pop("kind"))

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = DecisionModelIn.from_dict(models_item_data)

            models.append(models_item)

        number = d.pop("number")

        signer_name = d.pop("signer_name")

        signer_title = d.pop("signer_title")

        def _parse_award_form(data: object) -> AwardForm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                award_form_type_0 = AwardForm(data)

                return award_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AwardForm | None | Unset, data)

        award_form = _parse_award_form(d.pop("award_form", UNSET))

        def _parse_award_level(data: object) -> AwardLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                award_level_type_0 = AwardLevel(data)

                return award_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AwardLevel | None | Unset, data)

        award_level = _parse_award_level(d.pop("award_level", UNSET))

        _cited_review_ids = d.pop("cited_review_ids", UNSET)
        cited_review_ids: list[UUID] | Unset = UNSET
        if _cited_review_ids is not UNSET:
            cited_review_ids = []
            for cited_review_ids_item_data in _cited_review_ids:
                cited_review_ids_item = UUID(cited_review_ids_item_data)

                cited_review_ids.append(cited_review_ids_item)

        note = d.pop("note", UNSET)

        def _parse_period_override(data: object) -> None | PeriodOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_override_type_0 = PeriodOverride.from_dict(data)

                return period_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PeriodOverride | Unset, data)

        period_override = _parse_period_override(d.pop("period_override", UNSET))

        def _parse_public_evidence_kinds(data: object) -> list[PublicEvidenceKind] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                public_evidence_kinds_type_0 = []
                _public_evidence_kinds_type_0 = data
                for public_evidence_kinds_type_0_item_data in _public_evidence_kinds_type_0:
                    public_evidence_kinds_type_0_item = PublicEvidenceKind(public_evidence_kinds_type_0_item_data)

                    public_evidence_kinds_type_0.append(public_evidence_kinds_type_0_item)

                return public_evidence_kinds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PublicEvidenceKind] | None | Unset, data)

        public_evidence_kinds = _parse_public_evidence_kinds(d.pop("public_evidence_kinds", UNSET))

        def _parse_publish(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publish = _parse_publish(d.pop("publish", UNSET))

        def _parse_review_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_id_type_0 = UUID(data)

                return review_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        review_id = _parse_review_id(d.pop("review_id", UNSET))

        decision_create = cls(
            issued_on=issued_on,
            issuing_unit_id=issuing_unit_id,
            kind=kind,
            models=models,
            number=number,
            signer_name=signer_name,
            signer_title=signer_title,
            award_form=award_form,
            award_level=award_level,
            cited_review_ids=cited_review_ids,
            note=note,
            period_override=period_override,
            public_evidence_kinds=public_evidence_kinds,
            publish=publish,
            review_id=review_id,
        )

        return decision_create
