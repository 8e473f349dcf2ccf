"""Bodies of /decisions: issuing, revoking, and a decision as read."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from app.core.types import UnitId
from app.policy.authority_schemas import Bilingual
from app.registry.schemas import UnitRef
from app.reviews.schemas import ReviewLevel
from app.workflow.codes import StateCode

DecisionKind = Literal["model_recognition", "model_non_recognition", "exemplar_recognition", "commendation"]
DecisionStatus = Literal["issued", "revoked"]
AwardForm = Literal[
    "certificate_of_merit", "certificate_of_commendation", "letter_of_commendation", "public_commendation"
]
AwardLevel = Literal["grassroots", "district", "province", "central"]
PublicEvidenceKind = Literal[
    "model_photo", "portrait", "achievement_report", "decision_document", "review_minutes", "survey_photo"
]

# The labels are the catalogue's (app/core/labels.py), the same words the model's honours and the public
# showcase show; these names stay only for the decisions service, which reads them from here.

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class StandardException(BaseModel):
    """The competent unit recognises a model below the campaign's standard, and says why."""

    model_config = ConfigDict(extra="forbid")

    reason: Reason


class DecisionModelIn(BaseModel):
    """A model the decision covers, with an optional note (and, below the standard, the exception)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    model_id: uuid.UUID
    note: str = Field(default="", max_length=2000)
    standard_exception: StandardException | None = Field(
        default=None,
        description="Model recognition only: recognise this model although its latest survey is below the "
        "campaign's standard (each criterion and the total); the reason is stored and shown on the decision "
        "and the model's history. Without it such a model is refused (422 `guard_failed`, `meets_standard`).",
    )


class PeriodOverride(BaseModel):
    """An administrator's override of the cycle's recognition period, with the reason."""

    model_config = ConfigDict(extra="forbid")

    reason: Reason


_CREATE_EXAMPLE: dict[str, Any] = {
    "kind": "model_recognition",
    "number": "125-QĐ/ĐU",
    "issued_on": "2025-10-15",
    "issuing_unit_id": 53,
    "signer_name": "Phạm Thị Dung",
    "signer_title": "Phó Bí thư Thường trực Đảng ủy",
    "review_id": "0b9e5c1a-8f7d-4c3b-9a2e-1d0f6e5c4b3a",
    "models": [{"model_id": "5d7c2a9e-1b3f-4e6d-8a0c-9f8e7d6c5b4a", "note": "Xếp loại xuất sắc"}],
    "note": 'Công nhận mô hình "Dân vận khéo" năm 2025',
}
_COMMENDATION_EXAMPLE: dict[str, Any] = {
    "kind": "commendation",
    "number": "210-QĐ/HU",
    "issued_on": "2025-12-20",
    "issuing_unit_id": 12,
    "signer_name": "Nguyễn Văn Hùng",
    "signer_title": "Bí thư Huyện ủy",
    "models": [{"model_id": "5d7c2a9e-1b3f-4e6d-8a0c-9f8e7d6c5b4a"}],
    "award_form": "certificate_of_merit",
    "award_level": "district",
    "public_evidence_kinds": ["model_photo", "decision_document"],
}


class DecisionCreate(BaseModel):
    """What the competent unit decides. Exactly these fields may be sent."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [_CREATE_EXAMPLE, _COMMENDATION_EXAMPLE]},
    )

    kind: DecisionKind
    number: str = Field(
        min_length=1,
        max_length=60,
        examples=["125-QĐ/HU", "125/QĐ-UBND"],
        description="As officials write it: party style `125-QĐ/HU` or state style `125/QĐ-UBND`; "
        "the leading number is the serial, unique per issuing unit and year.",
    )
    issued_on: date
    issuing_unit_id: UnitId
    signer_name: Name
    signer_title: Name
    review_id: uuid.UUID | None = Field(
        default=None, description="The closed review meeting the decision rests on; required except for commendations."
    )
    cited_review_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=2,
        description="The reviews of the authority chain the decision rests on besides `review_id` (seed 000 §3(1): "
        "the cell reviews and appraises, the standing board proposes, the committee decides): the reviewing "
        "body's review (level `cell`) and the proposing body's (level `standing_board`), one per level. Each "
        "must be closed, of the purpose the kind needs, held for every model by the unit the policy names for "
        "that role (`GET /models/{id}/authority`), with every model a candidate whose outcome the decision "
        "follows.",
    )
    models: list[DecisionModelIn] = Field(min_length=1, max_length=500)
    note: str = Field(default="", max_length=5000)
    publish: StrictBool | None = Field(
        default=None,
        description="Show the covered models in the public showcase. "
        "Default: true for exemplar recognition and commendation, false for model "
        "recognition; never for non-recognition.",
    )
    public_evidence_kinds: list[PublicEvidenceKind] | None = Field(
        default=None,
        max_length=6,
        description='Which kinds of the models\' files the showcase shows (default `["model_photo"]`).',
    )
    award_form: AwardForm | None = Field(default=None, description="Commendations only (required there).")
    award_level: AwardLevel | None = Field(default=None, description="Commendations only (required there).")
    period_override: PeriodOverride | None = Field(
        default=None,
        description="Model (non-)recognition outside the cycle's recognition period: an "
        "administrator covering the issuing unit may allow it, with a reason.",
    )


class RevokeRequest(BaseModel):
    """Why the decision is revoked."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"reason": "Quyết định ban hành sai thẩm quyền, thu hồi để ban hành lại."},
                {"reason": "Ban hành nhầm đối tượng.", "revocation_number": "60-QĐ/ĐU"},
            ]
        },
    )

    reason: Reason
    revocation_number: str | None = Field(
        default=None,
        max_length=60,
        description="The number of the revocation decision (party or state style, like a decision's). Required "
        "when the decision's documents were issued (422 `revocation_number_required`): its signed revocation "
        "document bears it, and it may not be a number the issuing unit already gave that year (409 "
        "`duplicate_decision_number`). Ignored otherwise.",
    )


class ModelRef(BaseModel):
    """A covered model, briefly."""

    id: uuid.UUID
    code: str
    name: str
    state: StateCode


class Shortfall(BaseModel):
    """A criterion (or `total`) of the model's latest survey below the campaign's standard."""

    criterion: str
    score: float
    minimum: float


class StandardExceptionRead(BaseModel):
    """The exception the decision recorded for a model below the standard: why, by whom, what fell short."""

    reason: str
    by_id: uuid.UUID | None
    below: list[Shortfall]


class CoveredModel(BaseModel):
    """A model the decision covers and the move it made."""

    model: ModelRef
    note: str
    from_state: StateCode
    to_state: StateCode
    standard_exception: StandardExceptionRead | None = None


class ReviewRef(BaseModel):
    """A review meeting a decision rests on, with the body that held it and its level in the authority chain."""

    id: uuid.UUID
    title: str
    held_on: date
    phase_review: str | None
    holding_unit: UnitRef | None = None
    level: ReviewLevel | None = None
    level_label: Bilingual | None = None


class DocumentRead(BaseModel):
    """The signed document's metadata."""

    title: str
    original_filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_at: datetime
    content_url: str


class OverrideRead(BaseModel):
    """The recognition-period override that allowed the date."""

    reason: str
    by_id: uuid.UUID | None


class DecisionSummary(BaseModel):
    """A decision in a list."""

    id: uuid.UUID
    kind: DecisionKind
    kind_label: Bilingual
    number: str
    issued_on: date
    year: int
    issuing_unit: UnitRef
    signer_name: str
    signer_title: str
    status: DecisionStatus
    model_count: int
    award_form: AwardForm | None
    award_level: AwardLevel | None
    publish: bool
    version: int


class DecisionRead(DecisionSummary):
    """A decision with everything it records."""

    serial: int
    award_form_label: Bilingual | None
    award_level_label: Bilingual | None
    note: str
    public_evidence_kinds: list[PublicEvidenceKind]
    phase_review: Literal["interim", "final"] | None
    review: ReviewRef | None
    cited_reviews: list[ReviewRef] = Field(
        default_factory=list,
        description="The reviews of the authority chain the decision cites (the cell's, the standing board's), "
        "in the order given.",
    )
    models: list[CoveredModel] = Field(description="The covered models the caller may see, in the decision's order.")
    hidden_models: int = Field(
        default=0,
        ge=0,
        description="How many covered models lie outside the caller's scope: only their number is shown.",
    )
    document: DocumentRead | None
    override: OverrideRead | None
    revoked_at: datetime | None
    revoke_reason: str | None
    created_at: datetime
    updated_at: datetime

    def seen_by(self, visible: set[uuid.UUID]) -> DecisionRead:
        """The read as a caller who sees only the models in `visible` gets it: the others counted, not shown."""
        shown = [m for m in self.models if m.model.id in visible]
        return self.model_copy(update={"models": shown, "hidden_models": len(self.models) - len(shown)})
