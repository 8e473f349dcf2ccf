"""The decisions service's errors: each carries its status, stable code and message."""

from __future__ import annotations

from app.core.errors import Conflict, Forbidden, Unprocessable
from app.decisions import messages as msg
from app.reviews.repository import REVIEW_NOT_FOUND


class InvalidDecisionNumber(Unprocessable):
    code, message = "invalid_decision_number", msg.INVALID_NUMBER


class UnknownUnit(Unprocessable):
    code, message = "unknown_unit", msg.UNKNOWN_UNIT


class NotCompetentAuthority(Forbidden):
    code, message = "not_competent_authority", msg.NOT_COMPETENT_AUTHORITY


class UnknownModel(Unprocessable):
    code, message = "unknown_model", msg.UNKNOWN_MODELS


class ModelStateConflict(Conflict):
    code, message = "model_state_conflict", msg.MODEL_STATE_CONFLICT


class UnknownReview(Unprocessable):
    code, message = "unknown_review", REVIEW_NOT_FOUND


class ReviewNotClosed(Conflict):
    code, message = "review_not_closed", msg.REVIEW_NOT_CLOSED


class ReviewPurposeMismatch(Unprocessable):
    code, message = "review_purpose_mismatch", msg.REVIEW_PURPOSE_MISMATCH


class NotACandidate(Unprocessable):
    code, message = "not_a_candidate", msg.NOT_CANDIDATES


class ReviewNotInChain(Unprocessable):
    code, message = "review_not_in_chain", msg.REVIEW_NOT_IN_CHAIN


class ReviewLevelRepeated(Unprocessable):
    code, message = "review_level_repeated", msg.REVIEW_LEVEL_REPEATED


class ReviewCitedTwice(Unprocessable):
    code, message = "review_cited_twice", msg.REVIEW_CITED_TWICE


class ReviewWrongBody(Unprocessable):
    code, message = "review_wrong_body", msg.REVIEW_WRONG_BODY


class ContradictsReview(Conflict):
    code, message = "contradicts_review", msg.CONTRADICTS_REVIEW


class IssuedInFuture(Unprocessable):
    code, message = "issued_in_future", msg.ISSUED_IN_FUTURE


class OutsideRecognitionPeriod(Unprocessable):
    code, message = "outside_recognition_period", msg.OUTSIDE_RECOGNITION_PERIOD


class OverrideNotPermitted(Forbidden):
    code, message = "override_not_permitted", msg.OVERRIDE_NOT_PERMITTED


class DuplicateDecisionNumber(Conflict):
    code, message = "duplicate_decision_number", msg.DUPLICATE_NUMBER


class DecisionRevoked(Conflict):
    code, message = "decision_revoked", msg.DECISION_REVOKED


class DecisionSuperseded(Conflict):
    code, message = "decision_superseded", msg.DECISION_SUPERSEDED


class DocumentAlreadyAttached(Conflict):
    code, message = "document_already_attached", msg.DOCUMENT_ALREADY_ATTACHED
