"""The typed payload (`data`) of each event type: what an event tells, and all it tells.

A payload carries identifiers and the few facts of the change, never more than every reader of the resource
may see: no person's e-mail, phone or account, no actor (history shows who acted to those who may read it),
no candidate model of a review (a reader of the review may not see every candidate), no list of the models a
decision covers (each covered model has its own event). To know more, read the resource (`resource` of the
envelope) with the same credentials: its answer is scoped to the reader. `record_event` validates every
payload before writing it and stores exactly what the feed and the webhooks publish.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from app.models.confirmation import CONFIRMATION_KINDS
from app.models.document import DOCUMENT_KINDS
from app.models.evidence import EVIDENCE_KINDS
from app.models.followup import FOLLOW_UP_KINDS
from app.models.recognition import DECISION_KINDS, OUTCOME_RULES, REVIEW_PURPOSES


def _member_of(values: tuple[str, ...]) -> AfterValidator:
    """Refuse a code outside the fixed set."""

    def check(value: str) -> str:
        if value not in values:
            raise ValueError(f"not one of {', '.join(values)}")
        return value

    return AfterValidator(check)


def _enum(values: tuple[str, ...]) -> WithJsonSchema:
    """List the set in the contract (which names each set once: app/contract/enums.py)."""
    return WithJsonSchema({"type": "string", "enum": list(values)})


# The workflow's states (the workflow package sits above this one): the contract refers to its `State`.
StateRef = Annotated[str, WithJsonSchema({"type": "string", "x-named-enum": "State"})]
EvidenceKind = Annotated[str, _member_of(EVIDENCE_KINDS), _enum(EVIDENCE_KINDS)]
DecisionKind = Annotated[str, _member_of(DECISION_KINDS), _enum(DECISION_KINDS)]
DocumentKind = Annotated[str, _member_of(DOCUMENT_KINDS), _enum(DOCUMENT_KINDS)]
ReviewPurpose = Annotated[str, _member_of(REVIEW_PURPOSES), _enum(REVIEW_PURPOSES)]
OutcomeRule = Annotated[str, _member_of(OUTCOME_RULES), _enum(OUTCOME_RULES)]
FollowUpKind = Annotated[str, _member_of(FOLLOW_UP_KINDS), _enum(FOLLOW_UP_KINDS)]
ConfirmationKind = Annotated[str, _member_of(CONFIRMATION_KINDS), _enum(CONFIRMATION_KINDS)]
Sha256 = Annotated[str, Field(pattern="^[0-9a-f]{64}$", description="SHA-256 of the file's bytes (hex).")]
FieldNames = Annotated[list[Annotated[str, Field(max_length=60)]], Field(max_length=100)]


class Payload(BaseModel):
    """Base of every payload: closed (no field the catalogue does not declare), immutable."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, json_schema_serialization_defaults_required=True
    )


# --- models and their files ----------------------------------------------------------------------------


class ModelCreatedPayload(Payload):
    """A model registered as a draft."""

    code: str = Field(description="The model's code (e.g. DVK-2026-0001).")


class FieldsChangedPayload(Payload):
    """A resource's content edited: which fields changed (read the resource for their values)."""

    fields: FieldNames


class ModelMovedPayload(Payload):
    """A workflow move of a model (GET /workflow lists every move)."""

    code: str = Field(description="The model's code.")
    from_state: StateRef = Field(alias="from", description="The state before the move.")
    to_state: StateRef = Field(alias="to", description="The state after it (the same for a commendation).")
    reason: str | None = Field(default=None, description="The reason given (return, withdrawal, revocation).")
    decision_id: uuid.UUID | None = Field(default=None, description="The decision that made the move, if one did.")
    decision_number: str | None = Field(default=None, description="That decision's number (số quyết định).")


class ModelFollowedUpPayload(Payload):
    """A board's follow-up of a model between its registration and its survey (the state does not change)."""

    code: str = Field(description="The model's code.")
    follow_up_id: uuid.UUID = Field(description="GET /follow-ups/{id} reads what was found and asked.")
    kind: FollowUpKind
    state: StateRef = Field(description="The model's state on the day (unchanged by a follow-up).")
    visited_on: date
    request_due_on: date | None = Field(default=None, description="When what was asked is due, if a date was set.")
    resolves: Annotated[list[uuid.UUID], Field(max_length=100)] = Field(
        default_factory=list, description="Earlier follow-ups whose requests this one finds done."
    )


class EvidenceAddedPayload(Payload):
    """A file filed in a model's dossier (by upload, or as a copy of a review's minutes or a decision)."""

    model_id: uuid.UUID
    kind: EvidenceKind
    sha256: Sha256
    review_id: uuid.UUID | None = Field(default=None, description="The review whose minutes this copy is.")
    decision_id: uuid.UUID | None = Field(default=None, description="The decision whose document this copy is.")


class EvidenceDeletedPayload(Payload):
    """A file removed from a draft or returned model's dossier."""

    model_id: uuid.UUID
    kind: EvidenceKind
    sha256: Sha256


class ConfirmedPayload(Payload):
    """A unit confirmed a model's field (`other_field`) or its achievement report (`achievement_report`): seed 000
    §2.2, §5. GET /models/{id}/confirmations reads who confirmed and the note."""

    model_id: uuid.UUID
    code: str = Field(description="The model's code.")
    confirmation_id: uuid.UUID
    kind: ConfirmationKind
    evidence_id: uuid.UUID | None = Field(default=None, description="The file confirmed (`achievement_report`).")
    confirming_unit_id: int
    confirming_unit_name: str
    relation: str = Field(max_length=60, description="How the tree names the confirming unit for the model.")


class ConfirmationWithdrawnPayload(Payload):
    """A confirmation withdrawn, with the reason; the guards that counted it fail again until a new act."""

    model_id: uuid.UUID
    code: str = Field(description="The model's code.")
    confirmation_id: uuid.UUID
    kind: ConfirmationKind
    evidence_id: uuid.UUID | None = None
    confirming_unit_id: int | None = Field(default=None, description="Null for a legacy record.")
    reason: str


# --- reviews and decisions -------------------------------------------------------------------------------


class ReviewOpenedPayload(Payload):
    """A review meeting opened."""

    title: str
    purpose: ReviewPurpose
    candidate_count: int = Field(ge=0, description="How many models it considers (which: GET /reviews/{id}).")


ReviewChange = Literal[
    "details",
    "minutes",
    "member_added",
    "member_updated",
    "member_removed",
    "candidate_added",
    "candidate_updated",
    "candidate_removed",
    "ballot",
]


class ReviewUpdatedPayload(Payload):
    """A change to an open review: its details, minutes, members, candidates or ballot."""

    change: ReviewChange = "details"
    fields: FieldNames | None = Field(default=None, description="For `details` and `*_updated`: what changed.")
    member_id: uuid.UUID | None = None
    candidate_id: uuid.UUID | None = None
    sha256: Sha256 | None = Field(default=None, description="For `minutes`: the minutes file.")
    votes: int | None = Field(default=None, ge=0, description="For `ballot`: votes recorded.")
    recusals: int | None = Field(default=None, ge=0, description="For `ballot`: recusals recorded.")


class ReviewClosedPayload(Payload):
    """A review closed: each candidate's tally and outcome are frozen (GET /reviews/{id} shows them)."""

    outcome_rule: OutcomeRule
    candidate_count: int = Field(ge=0)


class DecisionIssuedPayload(Payload):
    """A decision issued; each model it covers moves (a `model.*` event each)."""

    number: str = Field(description="The decision's number (số quyết định).")
    kind: DecisionKind
    issuing_unit_id: int
    model_count: int = Field(ge=1, description="How many models it covers.")


class DecisionRevokedPayload(Payload):
    """A decision revoked; its models return to where it found them."""

    number: str
    kind: DecisionKind
    reason: str


class DecisionDocumentPayload(Payload):
    """The signed decision filed (a copy in each covered model's dossier)."""

    number: str
    sha256: Sha256


class DecisionDocumentsIssuedPayload(Payload):
    """The decision's generated documents signed and issued: the first time, again as new versions
    (`regenerated`, the old ones superseded), or its revocation's (`decision.revocation`)."""

    number: str
    kinds: list[DocumentKind] = Field(description="The kinds of document issued.")
    count: int = Field(ge=1, description="How many documents (a decision's text, one paper per model …).")
    regenerated: bool
    reason: str = Field(description="Why they were issued again (empty the first time).")


# --- the unit tree (public) -----------------------------------------------------------------------------


class UnitCreatedPayload(Payload):
    """A unit added to the tree."""

    code: str
    name: str
    kind_code: str
    level_code: str
    parent_id: int


class UnitMovedPayload(Payload):
    """A unit (with its whole subtree) put under another parent. The event's unit path is the new one;
    `from_path` is the one it left (a subtree filter on either side sees the move)."""

    from_parent_id: int
    to_parent_id: int
    from_path: str
    to_path: str


class UnitClosedPayload(Payload):
    """A unit closed (e.g. merged away)."""

    reason: str | None = None


class UnitReopenedPayload(Payload):
    """A closed unit active again."""


# --- units' plans ---------------------------------------------------------------------------------------


class PlanPayload(Payload):
    """A unit's plan for a campaign (seed 000 §2.1) recorded, corrected or deleted (read it: GET /plans/{id})."""

    campaign_id: uuid.UUID
    unit_id: int
    document_number: str = Field(description="The plan's number (số kế hoạch), e.g. 45-KH/ĐU.")


class PlanCorrectedPayload(PlanPayload):
    """A recorded plan corrected: which fields the correction gave."""

    fields: FieldNames = Field(default_factory=list)


class PlanDocumentPayload(PlanPayload):
    """The plan's document filed (or replaced)."""

    sha256: Sha256


# --- campaigns, lists, indicators -------------------------------------------------------------------------


class CampaignCreatedPayload(Payload):
    """A campaign launched by a unit."""

    name: str
    start_year: int
    end_year: int


CampaignChange = Literal["details", "cycle_added", "cycle_updated", "cycle_deleted"]


class CampaignUpdatedPayload(Payload):
    """A change to a campaign: its details, or one of its yearly cycles."""

    change: CampaignChange = "details"
    fields: FieldNames | None = Field(default=None, description="For `details`: what changed.")
    year: int | None = Field(default=None, description="For a cycle's change: the cycle's year.")


class RegistrationListSentPayload(Payload):
    """A unit's registration list (Danh sách đăng ký) frozen and sent to the campaign's receiving unit."""

    campaign_id: uuid.UUID
    year: int
    unit_id: int
    receiving_unit_id: int
    version: int = Field(ge=1, description="1 for the first list a unit sends for the year, then 2, 3…")
    total: int = Field(ge=0, description="Models on the list.")
    late: bool


class IndicatorValueReportedPayload(Payload):
    """A value a unit reported for one of the year's indicators."""

    indicator_id: uuid.UUID
    indicator_code: str
    year: int
    unit_id: int
    value: float
    occurred_on: date


# --- a person's notifications (app/notifications) ----------------------------------------------------------

# The notification catalogue's types (app/notifications sits above this package): the contract refers to its
# named enum `NotificationType`.
NotificationTypeRef = Annotated[
    str, Field(max_length=60), WithJsonSchema({"type": "string", "x-named-enum": "NotificationType"})
]


class NotificationEventTexts(Payload):
    """The notification's text in both languages."""

    vi: str
    en: str


class NotificationEventTarget(Payload):
    """What the notification points to."""

    type: str = Field(max_length=40, description="`model`, `review`, `decision`, `campaign`, …")
    id: str = Field(max_length=64)
    path: str | None = Field(default=None, description="Where to read it in this API (e.g. /api/v1/models/{id}).")


class NotificationCreatedPayload(Payload):
    """A notification added to a person's inbox (GET /me/notifications lists the same, and marks it read). The
    event is its recipient's alone: the feed shows it to no one else, no webhook delivers it."""

    type: NotificationTypeRef
    texts: NotificationEventTexts
    target: NotificationEventTarget
    unit_id: int | None = Field(default=None, description="The unit it concerns, if one.")
