"""Every ORM table, imported here so Alembic and the app see one metadata."""

from app.models.audit import Event, IdempotencyRecord, ModelHistory, Sequence
from app.models.authority import AuthorityOverride, AuthorityProfile, AuthorityRule
from app.models.base import Base
from app.models.campaign import Campaign, CampaignCycle
from app.models.clients import ServiceClient, ServiceClientCall, ServiceClientSecret
from app.models.confirmation import CONFIRMATION_KINDS, Confirmation
from app.models.criteria import CampaignCriterion, ModelConditions
from app.models.document import DOCUMENT_KINDS, DOCUMENT_STATUSES, Document
from app.models.email import EMAIL_KINDS, EMAIL_STATUSES, EmailMessage
from app.models.evidence import EVIDENCE_KINDS, Evidence
from app.models.followup import FOLLOW_UP_KINDS, FollowUp
from app.models.indicators import IndicatorDefinition, IndicatorValue, IndicatorValueCorrection
from app.models.jobs import EventCheckpoint, Job
from app.models.notification import EMAIL_MODES, NOTIFICATION_EMAIL_STATES, Notification, NotificationPreference
from app.models.plans import PlanUnitKind, UnitPlan
from app.models.ratelimit import RateLimitCounter
from app.models.recognition import (
    Decision,
    DecisionModel,
    DecisionReview,
    Review,
    ReviewCandidate,
    ReviewMember,
    ReviewVote,
)
from app.models.reference import Criterion, FieldOfWork, UnitKind, UnitLevel
from app.models.registration_list import SentRegistrationList
from app.models.registry import RegisteredModel, Survey
from app.models.targets import CampaignTarget, UnitCategory, UnitCategoryKind
from app.models.unit import Unit
from app.models.user import LoginAttempt, RefreshToken, RoleAssignment, User
from app.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookSubscription

__all__ = [
    "CONFIRMATION_KINDS",
    "DOCUMENT_KINDS",
    "DOCUMENT_STATUSES",
    "EMAIL_KINDS",
    "EMAIL_MODES",
    "EMAIL_STATUSES",
    "EVIDENCE_KINDS",
    "FOLLOW_UP_KINDS",
    "NOTIFICATION_EMAIL_STATES",
    "AuthorityOverride",
    "AuthorityProfile",
    "AuthorityRule",
    "Base",
    "Campaign",
    "CampaignCriterion",
    "CampaignCycle",
    "CampaignTarget",
    "Confirmation",
    "Criterion",
    "Decision",
    "DecisionModel",
    "DecisionReview",
    "Document",
    "EmailMessage",
    "Event",
    "EventCheckpoint",
    "Evidence",
    "FieldOfWork",
    "FollowUp",
    "IdempotencyRecord",
    "IndicatorDefinition",
    "IndicatorValue",
    "IndicatorValueCorrection",
    "Job",
    "LoginAttempt",
    "ModelConditions",
    "ModelHistory",
    "Notification",
    "NotificationPreference",
    "PlanUnitKind",
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
    "ServiceClient",
    "ServiceClientCall",
    "ServiceClientSecret",
    "Survey",
    "Unit",
    "UnitCategory",
    "UnitCategoryKind",
    "UnitKind",
    "UnitLevel",
    "UnitPlan",
    "User",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookSubscription",
]
