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
from ..models.public_evidence_kind import PublicEvidenceKind
from ..models.review_phase import ReviewPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bilingual import Bilingual
    from ..models.covered_model import CoveredModel
    from ..models.document_read import DocumentRead
    from ..models.override_read import OverrideRead
    from ..models.review_ref import ReviewRef
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="DecisionRead")


@_attrs_define
class DecisionRead:
    """A decision with everything it records.

    Attributes:
        award_form (AwardForm | None):
        award_form_label (Bilingual | None):
        award_level (AwardLevel | None):
        award_level_label (Bilingual | None):
        created_at (datetime.datetime):
        document (DocumentRead | None):
        id (UUID):
        issued_on (datetime.date):
        issuing_unit (UnitRef): A unit, briefly.
        kind (DecisionKind): What a decision does (labels: core/labels.py).
        kind_label (Bilingual): A text in Vietnamese and English.
        model_count (int):
        models (list[CoveredModel]): The covered models the caller may see, in the decision's order.
        note (str):
        number (str):
        override (None | OverrideRead):
        phase_review (None | ReviewPhase):
        public_evidence_kinds (list[PublicEvidenceKind]):
        publish (bool):
        review (None | ReviewRef):
        revoke_reason (None | str):
        revoked_at (datetime.datetime | None):
        serial (int):
        signer_name (str):
        signer_title (str):
        status (DecisionStatus): An issued decision, or one revoked since.
        updated_at (datetime.datetime):
        version (int):
        year (int):
        cited_reviews (list[ReviewRef] | Unset): The reviews of the authority chain the decision cites (the cell's, the
            standing board's), in the order given.
        hidden_models (int | Unset): How many covered models lie outside the caller's scope: only their number is shown.
            Default: 0.
    """

    award_form: AwardForm | None
    award_form_label: Bilingual | None
    award_level: AwardLevel | None
    award_level_label: Bilingual | None
    created_at: datetime.datetime
    document: DocumentRead | None
    id: UUID
    issued_on: datetime.date
    issuing_unit: UnitRef
    kind: DecisionKind
    kind_label: Bilingual
    model_count: int
    models: list[CoveredModel]
    note: str
    number: str
    override: None | OverrideRead
    phase_review: None | ReviewPhase
    public_evidence_kinds: list[PublicEvidenceKind]
    publish: bool
    review: None | ReviewRef
    revoke_reason: None | str
    revoked_at: datetime.datetime | None
    serial: int
    signer_name: str
    signer_title: str
    status: DecisionStatus
    updated_at: datetime.datetime
    version: int
    year: int
    cited_reviews: list[ReviewRef] | Unset = UNSET
    hidden_models: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.covered_model import CoveredModel  # noqa: PLC0415
        from ..models.document_read import DocumentRead  # noqa: PLC0415
        from ..models.override_read import OverrideRead  # noqa: PLC0415
        from ..models.review_ref import ReviewRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        award_form: None | str
        if isinstance(self.award_form, AwardForm):
            award_form = self.award_form.value
        else:
            award_form = self.award_form

        award_form_label: dict[str, Any] | None
        if isinstance(self.award_form_label, Bilingual):
            award_form_label = self.award_form_label.to_dict()
        else:
            award_form_label = self.award_form_label

        award_level: None | str
        if isinstance(self.award_level, AwardLevel):
            award_level = self.award_level.value
        else:
            award_level = self.award_level

        award_level_label: dict[str, Any] | None
        if isinstance(self.award_level_label, Bilingual):
            award_level_label = self.award_level_label.to_dict()
        else:
            award_level_label = self.award_level_label

        created_at = self.created_at.isoformat()

        document: dict[str, Any] | None
        if isinstance(self.document, DocumentRead):
            document = self.document.to_dict()
        else:
            document = self.document

        id = str(self.id)

        issued_on = self.issued_on.isoformat()

        issuing_unit = self.issuing_unit.to_dict()

        kind = self.kind.value

        kind_label = self.kind_label.to_dict()

        model_count = self.model_count

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        note = self.note

        number = self.number

        override: dict[str, Any] | None
        if isinstance(self.override, OverrideRead):
            override = self.override.to_dict()
        else:
            override = self.override

        phase_review: None | str
        if isinstance(self.phase_review, ReviewPhase):
            phase_review = self.phase_review.value
        else:
            phase_review = self.phase_review

        public_evidence_kinds = []
        for public_evidence_kinds_item_data in self.public_evidence_kinds:
            public_evidence_kinds_item = public_evidence_kinds_item_data.value
            public_evidence_kinds.append(public_evidence_kinds_item)

        publish = self.publish

        review: dict[str, Any] | None
        if isinstance(self.review, ReviewRef):
            review = self.review.to_dict()
        else:
            review = self.review

        revoke_reason: None | str
        revoke_reason = self.revoke_reason

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        serial = self.serial

        signer_name = self.signer_name

        signer_title = self.signer_title

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        year = self.year

        cited_reviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cited_reviews, Unset):
            cited_reviews = []
            for cited_reviews_item_data in self.cited_reviews:
                cited_reviews_item = cited_reviews_item_data.to_dict()
                cited_reviews.append(cited_reviews_item)

        hidden_models = self.hidden_models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "award_form": award_form,
                "award_form_label": award_form_label,
                "award_level": award_level,
                "award_level_label": award_level_label,
                "created_at": created_at,
                "document": document,
                "id": id,
                "issued_on": issued_on,
                "issuing_unit": issuing_unit,
                "kind": kind,
                "kind_label": kind_label,
                "model_count": model_count,
                "models": models,
                "note": note,
                "number": number,
                "override": override,
                "phase_review": phase_review,
                "public_evidence_kinds": public_evidence_kinds,
                "publish": publish,
                "review": review,
                "revoke_reason": revoke_reason,
                "revoked_at": revoked_at,
                "serial": serial,
                "signer_name": signer_name,
                "signer_title": signer_title,
                "status": status,
                "updated_at": updated_at,
                "version": version,
                "year": year,
            }
        )
        if cited_reviews is not UNSET:
            field_dict["cited_reviews"] = cited_reviews
        if hidden_models is not UNSET:
            field_dict["hidden_models"] = hidden_models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.covered_model import CoveredModel  # noqa: PLC0415
        from ..models.document_read import DocumentRead  # noqa: PLC0415
        from ..models.override_read import OverrideRead  # noqa: PLC0415
        from ..models.review_ref import ReviewRef  # noqa: PLC0415
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

        def _parse_award_form_label(data: object) -> Bilingual | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                award_form_label_type_0 = Bilingual.from_dict(data)

                return award_form_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bilingual | None, data)

        award_form_label = _parse_award_form_label(d.pop("award_form_label"))

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

        def _parse_award_level_label(data: object) -> Bilingual | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                award_level_label_type_0 = Bilingual.from_dict(data)

                return award_level_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bilingual | None, data)

        award_level_label = _parse_award_level_label(d.pop("award_level_label"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_document(data: object) -> DocumentRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = DocumentRead.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentRead | None, data)

        document = _parse_document(d.pop("document"))

        id = UUID(d.pop("id"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuing_unit = UnitRef.from_dict(d.pop("issuing_unit"))

        kind = DecisionKind(d.pop("kind"))

        kind_label = Bilingual.from_dict(d.pop("kind_label"))

        model_count = d.pop("model_count")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = CoveredModel.from_dict(models_item_data)

            models.append(models_item)

        note = d.pop("note")

        number = d.pop("number")

        def _parse_override(data: object) -> None | OverrideRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                override_type_0 = OverrideRead.from_dict(data)

                return override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverrideRead, data)

        override = _parse_override(d.pop("override"))

        def _parse_phase_review(data: object) -> None | ReviewPhase:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_review_type_0 = ReviewPhase(data)

                return phase_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewPhase, data)

        phase_review = _parse_phase_review(d.pop("phase_review"))

        public_evidence_kinds = []
        _public_evidence_kinds = d.pop("public_evidence_kinds")
        for public_evidence_kinds_item_data in _public_evidence_kinds:
            public_evidence_kinds_item = PublicEvidenceKind(public_evidence_kinds_item_data)

            public_evidence_kinds.append(public_evidence_kinds_item)

        publish = d.pop("publish")

        def _parse_review(data: object) -> None | ReviewRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                review_type_0 = ReviewRef.from_dict(data)

                return review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewRef, data)

        review = _parse_review(d.pop("review"))

        def _parse_revoke_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoke_reason = _parse_revoke_reason(d.pop("revoke_reason"))

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        serial = d.pop("serial")

        signer_name = d.pop("signer_name")

        signer_title = d.pop("signer_title")

        status = DecisionStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        year = d.pop("year")

        _cited_reviews = d.pop("cited_reviews", UNSET)
        cited_reviews: list[ReviewRef] | Unset = UNSET
        if _cited_reviews is not UNSET:
            cited_reviews = []
            for cited_reviews_item_data in _cited_reviews:
                cited_reviews_item = ReviewRef.from_dict(cited_reviews_item_data)

                cited_reviews.append(cited_reviews_item)

        hidden_models = d.pop("hidden_models", UNSET)

        decision_read = cls(
            award_form=award_form,
            award_form_label=award_form_label,
            award_level=award_level,
            award_level_label=award_level_label,
            created_at=created_at,
            document=document,
            id=id,
            issued_on=issued_on,
            issuing_unit=issuing_unit,
            kind=kind,
            kind_label=kind_label,
            model_count=model_count,
            models=models,
            note=note,
            number=number,
            override=override,
            phase_review=phase_review,
            public_evidence_kinds=public_evidence_kinds,
            publish=publish,
            review=review,
            revoke_reason=revoke_reason,
            revoked_at=revoked_at,
            serial=serial,
            signer_name=signer_name,
            signer_title=signer_title,
            status=status,
            updated_at=updated_at,
            version=version,
            year=year,
            cited_reviews=cited_reviews,
            hidden_models=hidden_models,
        )

        decision_read.additional_properties = d
        return decision_read

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
