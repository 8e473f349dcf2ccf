from enum import StrEnum


class EventType(StrEnum):
    CAMPAIGN_CREATED = "campaign.created"
    CAMPAIGN_UPDATED = "campaign.updated"
    DECISION_DOCUMENT_ATTACHED = "decision.document-attached"
    DECISION_ISSUED = "decision.issued"
    DECISION_REVOKED = "decision.revoked"
    EVIDENCE_ADDED = "evidence.added"
    EVIDENCE_DELETED = "evidence.deleted"
    EXEMPLAR_COMMENDATION_REVOKED = "exemplar.commendation-revoked"
    EXEMPLAR_COMMENDED = "exemplar.commended"
    EXEMPLAR_RECOGNISED = "exemplar.recognised"
    INDICATOR_VALUE_REPORTED = "indicator-value.reported"
    MODEL_ACCEPTED = "model.accepted"
    MODEL_CREATED = "model.created"
    MODEL_DECISION_REVOKED = "model.decision-revoked"
    MODEL_NOMINATED = "model.nominated"
    MODEL_NOT_RECOGNISED = "model.not-recognised"
    MODEL_RECOGNISED = "model.recognised"
    MODEL_RESULTS_REPORTED = "model.results-reported"
    MODEL_RETURNED = "model.returned"
    MODEL_SUBMITTED = "model.submitted"
    MODEL_SURVEYED = "model.surveyed"
    MODEL_UPDATED = "model.updated"
    MODEL_WITHDRAWN = "model.withdrawn"
    REGISTRATION_LIST_SENT = "registration-list.sent"
    REVIEW_CLOSED = "review.closed"
    REVIEW_OPENED = "review.opened"
    REVIEW_UPDATED = "review.updated"
    UNIT_CLOSED = "unit.closed"
    UNIT_CREATED = "unit.created"
    UNIT_MOVED = "unit.moved"
    UNIT_REOPENED = "unit.reopened"
    UNIT_UPDATED = "unit.updated"

    def __str__(self) -> str:
        return str(self.value)
