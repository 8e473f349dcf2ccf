"""One named enum per value set: every inline `enum` of the contract becomes a `$ref` to its named schema.

Pydantic writes a `Literal` (and the schema types of `core.codes` and `workflow.codes`) inline, once per
field, so a generated client would get one enum class per field (eight for collective/individual). Here
each value set is declared once, from the code that owns it, with its name and a member name per value
(`x-enum-varnames`, so `-updated_at` becomes `UPDATED_AT_DESC`, not `VALUE_3`). The values never change:
only the document's shape does. A value set the contract shows and this table does not name fails
tests/contract/test_enums.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, get_args

from app.confirmations.schemas import ConfirmationStatus
from app.core.labels import (
    AUTHORITY_RELATIONS,
    AWARD_FORMS,
    AWARD_LEVELS,
    DECISION_KINDS,
    EVIDENCE_KINDS,
    FOLLOW_UP_KINDS,
)
from app.coverage.schemas import Comparator
from app.criteria.catalogue import CODES
from app.criteria.conditions import Measure as ConditionMeasure
from app.criteria.conditions import Status as ConditionStatus
from app.decisions.schemas import DecisionStatus, PublicEvidenceKind
from app.documents.schemas import DocumentKind, DocumentStatus, Verdict
from app.events.catalogue import EVENT_TYPES, RESOURCES
from app.events.payloads import CampaignChange, ReviewChange
from app.indicators.schemas import TargetKind
from app.notifications.catalogue import NOTIFICATION_TYPES
from app.notifications.preference_schemas import EmailMode
from app.ops.schemas import ReplicaState
from app.policy.scopes import ClientScope
from app.registrations.list_schemas import ListStatus
from app.registry.schemas import LevelAimed, ModelType, RegistrantKind
from app.reviews.schemas import OutcomeRule, OutcomeValue, PhaseReview, Purpose, ReviewLevel, Status, VoteValue
from app.webhooks.schemas import DeliveryStatus
from app.workflow.codes import ACTION_CODES, HISTORY_ACTION_CODES, ROLE_CODES, STATE_CODES
from app.workflow.confirmers import CONFIRMATION_KINDS
from app.workflow.states import PUBLIC_STATES, State

REF = "#/components/schemas/"


@dataclass(frozen=True)
class NamedEnum:
    """A value set's name in the contract, its values in their order, and what they mean."""

    name: str
    values: tuple[str, ...]
    description: str
    varnames: tuple[str, ...] = ()

    def schema(self) -> dict[str, Any]:
        """The component schema."""
        varnames = self.varnames or tuple(_varname(v) for v in self.values)
        return {
            "type": "string",
            "enum": list(self.values),
            "title": self.name,
            "description": self.description,
            "x-enum-varnames": list(varnames),
        }


def _varname(value: str) -> str:
    """`-updated_at` → `UPDATED_AT_DESC`, `code` → `CODE`."""
    if value.startswith("-"):
        return f"{value[1:].upper()}_DESC"
    return value.upper()


def _codes(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _words(values: Iterable[str]) -> tuple[str, ...]:
    """`model.results-reported` → `MODEL_RESULTS_REPORTED`."""
    return tuple(v.replace(".", "_").replace("-", "_").upper() for v in values)


MODEL_SORT = ("code", "-code", "updated_at", "-updated_at", "name", "-name")
REPORT_FORMATS = ("json", "csv", "xlsx")
TABLE_FORMATS = ("json", "csv")
HONOUR_KINDS = ("model_recognition", "exemplar_recognition", "commendation")

NAMED_ENUMS: tuple[NamedEnum, ...] = (
    NamedEnum("State", STATE_CODES, "Where a model is in its workflow (GET /workflow lists each with its labels)."),
    NamedEnum(
        "PublicState",
        _codes(s.value for s in State if s in PUBLIC_STATES),
        "A state shown on the public pages: the recognised states.",
    ),
    NamedEnum("Action", ACTION_CODES, "A workflow move (GET /workflow lists each with who takes it and its guards)."),
    NamedEnum(
        "HistoryAction",
        HISTORY_ACTION_CODES,
        "What a history entry records: `create`, a workflow move, a board's `follow_up`, or an act that moves "
        "nothing (`confirm`, `withdraw_confirmation`); the state stays for the last three.",
    ),
    NamedEnum("Role", ROLE_CODES, "A role a user holds at a unit."),
    NamedEnum("RegistrantKind", _codes(get_args(RegistrantKind)), "Who registers a model: a collective or a person."),
    NamedEnum("ModelType", _codes(get_args(ModelType)), "A comprehensive model or one specific to a field."),
    NamedEnum("LevelAimed", _codes(get_args(LevelAimed)), "The level of recognition a model aims at."),
    NamedEnum("DecisionKind", _codes(DECISION_KINDS), "What a decision does (labels: core/labels.py)."),
    NamedEnum("HonourKind", HONOUR_KINDS, "A decision that honours a model (recognition, exemplar, commendation)."),
    NamedEnum("DecisionStatus", _codes(get_args(DecisionStatus)), "An issued decision, or one revoked since."),
    NamedEnum(
        "DocumentKind",
        _codes(get_args(DocumentKind)),
        "A generated document: a decision's own text, its revocation, a model's certificate or Giấy khen.",
        _words(get_args(DocumentKind)),
    ),
    NamedEnum(
        "DocumentStatus",
        _codes(get_args(DocumentStatus)),
        "A generated document in force, revoked with its decision, or superseded by a newer version.",
    ),
    NamedEnum(
        "DocumentVerdict",
        _codes(get_args(Verdict)),
        "What checking an uploaded PDF found: intact, modified, unsigned, signed by an untrusted certificate, "
        "or not a PDF.",
    ),
    NamedEnum("AwardForm", _codes(AWARD_FORMS), "The form of a commendation."),
    NamedEnum("AwardLevel", _codes(AWARD_LEVELS), "The level of a commendation."),
    NamedEnum("EvidenceKind", _codes(EVIDENCE_KINDS), "The kind of an evidence file (a paper of the dossier)."),
    NamedEnum(
        "FollowUpKind",
        _codes(FOLLOW_UP_KINDS),
        "What a board's follow-up of a model was: monitoring, inspection, praise, guidance or a reminder.",
    ),
    NamedEnum(
        "ConfirmationKind",
        CONFIRMATION_KINDS,
        "What a confirmation act confirms: a model in field `other` (by its managing unit) or an achievement report "
        "(by the grassroots party committee).",
    ),
    NamedEnum("WebhookDeliveryStatus", _codes(get_args(DeliveryStatus)), "Where a webhook delivery stands."),
    NamedEnum(
        "EmailMode",
        _codes(get_args(EmailMode)),
        "How a person is emailed their notifications: each at once, a daily digest, or not at all.",
    ),
    NamedEnum("ConfirmationStatus", _codes(get_args(ConfirmationStatus)), "A confirmation in force, or withdrawn."),
    NamedEnum(
        "PublicEvidenceKind",
        _codes(get_args(PublicEvidenceKind)),
        "An evidence kind a decision may publish on the public pages.",
    ),
    NamedEnum(
        "RegistrationListStatus",
        _codes(get_args(ListStatus)),
        "Whether a list covering a unit arrived before the deadline, late, or not yet (`missing`).",
    ),
    NamedEnum("CriterionCode", _codes(CODES), "One of the five general criteria of a model (GET /criteria)."),
    NamedEnum(
        "ConditionMeasure",
        _codes(get_args(ConditionMeasure)),
        "How a comprehensive model's condition is recorded: met or not, or a percentage against its threshold.",
    ),
    NamedEnum(
        "ConditionStatus",
        _codes(get_args(ConditionStatus)),
        "A comprehensive model's condition: met, not met, not applicable (a note says why) or not recorded.",
    ),
    NamedEnum("TargetComparator", _codes(get_args(Comparator)), "How a coverage target compares: `gt` or `gte`."),
    NamedEnum(
        "IndicatorTargetKind",
        _codes(get_args(TargetKind)),
        "How a yearly indicator is measured: a count reached, yes or no, or a percentage reached.",
    ),
    NamedEnum("ReviewPurpose", _codes(get_args(Purpose)), "What a review session considers: models or exemplars."),
    NamedEnum("ReviewPhase", _codes(get_args(PhaseReview)), "An interim or final (end of phase) review."),
    NamedEnum(
        "ReviewLevel",
        _codes(get_args(ReviewLevel)),
        "The body a review is held at in the authority chain: cell review, standing board proposal, decision.",
    ),
    NamedEnum("OutcomeRule", _codes(get_args(OutcomeRule)), "How a review's votes decide a candidate's outcome."),
    NamedEnum("Vote", _codes(get_args(VoteValue)), "A member's vote on a candidate."),
    NamedEnum("ReviewStatus", _codes(get_args(Status)), "A review session still open, or closed (outcomes frozen)."),
    NamedEnum("ReviewOutcome", _codes(get_args(OutcomeValue)), "A candidate's outcome in a review."),
    NamedEnum(
        "AuthorityRelation",
        _codes(AUTHORITY_RELATIONS),
        "How a competent unit is found from the registrant's unit (`override`: named by an administrator).",
    ),
    NamedEnum(
        "EventType",
        EVENT_TYPES,
        "A type of the event catalogue (the document's `webhooks` describe each).",
        _words(EVENT_TYPES),
    ),
    NamedEnum(
        "EventResourceType",
        _codes(RESOURCES),
        "What an event is about (the collection of its resource).",
        _words(RESOURCES),
    ),
    NamedEnum(
        "NotificationType",
        NOTIFICATION_TYPES,
        'A type of the notification catalogue (README, "Notifications", says who receives each).',
        _words(NOTIFICATION_TYPES),
    ),
    NamedEnum("ReviewChange", _codes(get_args(ReviewChange)), "What a `review.updated` event reports changed."),
    NamedEnum("CampaignChange", _codes(get_args(CampaignChange)), "What a `campaign.updated` event reports changed."),
    NamedEnum(
        "ClientScope",
        _codes(s.value for s in ClientScope),
        "A scope a service client holds (GET /service-client-scopes lists each with its label).",
        tuple(s.name for s in ClientScope),
    ),
    NamedEnum(
        "ReplicaState",
        _codes(get_args(ReplicaState)),
        "The read replica in /readyz: not configured, usable, lagging beyond the limit, or unreachable.",
    ),
    NamedEnum("ModelSort", MODEL_SORT, "The order of GET /models: a field, descending when prefixed by `-`."),
    NamedEnum("ReportFormat", REPORT_FORMATS, "The format of a report: JSON, CSV or an Excel workbook."),
    NamedEnum("TableFormat", TABLE_FORMATS, "The format of a report without a printed form: JSON or CSV."),
)

_KEEP = ("description", "default", "examples", "example", "deprecated")


def _named(values: list[Any]) -> NamedEnum | None:
    key = frozenset(values)
    return next((e for e in NAMED_ENUMS if frozenset(e.values) == key), None)


def _replace(node: Any) -> Any:
    if isinstance(node, list):
        return [_replace(item) for item in node]
    if not isinstance(node, dict):
        return node
    values = node.get("enum")
    if isinstance(values, list) and all(isinstance(v, str) for v in values):
        named = _named(values)
        if named is not None:
            return {"$ref": REF + named.name, **{k: node[k] for k in _KEEP if k in node}}
    return {key: _replace(value) for key, value in node.items()}


def name_enums(document: dict[str, Any]) -> dict[str, Any]:
    """Replace every inline enum of a named value set by a `$ref`, and declare the named schemas. Idempotent."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name in list(schemas):
        schemas[name] = _replace(schemas[name])
    document["paths"] = _replace(document.get("paths", {}))
    for named in NAMED_ENUMS:  # last: a component pydantic named after an enum (`Role`) is replaced whole
        schemas[named.name] = named.schema()
    document["components"]["schemas"] = dict(sorted(schemas.items()))
    return document
