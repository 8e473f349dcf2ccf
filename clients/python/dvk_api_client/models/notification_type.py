from enum import StrEnum


class NotificationType(StrEnum):
    DECISION_ISSUED = "decision.issued"
    DECISION_REVOKED = "decision.revoked"
    IMPORT_FINISHED = "import.finished"
    MODEL_ACCEPTED = "model.accepted"
    MODEL_NOT_RECOGNISED = "model.not-recognised"
    MODEL_RECOGNISED = "model.recognised"
    MODEL_RETURNED = "model.returned"
    MODEL_SURVEYED = "model.surveyed"
    REMINDER_LIST_DUE = "reminder.list-due"
    REMINDER_LIST_LATE = "reminder.list-late"
    REMINDER_RECOGNITION_OPEN = "reminder.recognition-open"
    REMINDER_REGISTRATION_CLOSING = "reminder.registration-closing"
    REMINDER_RESULTS_DUE = "reminder.results-due"
    REMINDER_RESULTS_OVERDUE = "reminder.results-overdue"
    REVIEW_MEMBER = "review.member"
    TURN_WAITING = "turn.waiting"

    def __str__(self) -> str:
        return str(self.value)
