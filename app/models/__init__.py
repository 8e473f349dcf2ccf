"""Every ORM table, imported here so Alembic and the app see one metadata."""

from app.models.audit import Event, IdempotencyRecord, ModelHistory, Sequence
from app.models.authority import AuthorityOverride, AuthorityProfile, AuthorityRule
from app.models.base import Base
from app.models.campaign import Campaign, CampaignCycle
from app.models.evidence import EVIDENCE_KINDS, Evidence
from app.models.indicators import IndicatorDefinition, IndicatorValue
from app.models.jobs import EventCheckpoint, Job
from app.models.ratelimit import RateLimitCounter
from app.models.recognition import Decision, DecisionModel, Review, ReviewCandidate, ReviewMember, ReviewVote
from app.models.reference import Criterion, FieldOfWork, UnitKind, UnitLevel
from app.models.registration_list import SentRegistrationList
from app.models.registry import RegisteredModel, Survey
from app.models.targets import CampaignTarget, UnitCategory, UnitCategoryKind
from app.models.unit import Unit
from app.models.user import LoginAttempt, RefreshToken, RoleAssignment, User
from app.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookSubscription

__all__ = [
    "EVIDENCE_KINDS",
    "AuthorityOverride",
    "AuthorityProfile",
    "AuthorityRule",
    "Base",
    "Campaign",
    "CampaignCycle",
    "CampaignTarget",
    "Criterion",
    "Decision",
    "DecisionModel",
    "Event",
    "EventCheckpoint",
    "Evidence",
    "FieldOfWork",
    "IdempotencyRecord",
    "IndicatorDefinition",
    "IndicatorValue",
    "Job",
    "LoginAttempt",
    "ModelHistory",
    "RateLimitCounter",
    "RefreshToken",
    "RegisteredModel",
    "Review",
    "ReviewCandidate",
    "ReviewMember",
    "ReviewVote",
    "RoleAssignment",
    "SentRegistrationList",
    "Sequence",
    "Survey",
    "Unit",
    "UnitCategory",
    "UnitCategoryKind",
    "UnitKind",
    "UnitLevel",
    "User",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookSubscription",
]
