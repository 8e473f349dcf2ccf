from enum import StrEnum


class EvidenceKind(StrEnum):
    ACHIEVEMENT_REPORT = "achievement_report"
    CONFIRMATION = "confirmation"
    DECISION_DOCUMENT = "decision_document"
    IMPLEMENTATION_DOCUMENT = "implementation_document"
    MODEL_PHOTO = "model_photo"
    OTHER = "other"
    PORTRAIT = "portrait"
    REGISTRATION_FORM = "registration_form"
    RESULT_REPORT = "result_report"
    REVIEW_MINUTES = "review_minutes"
    SUBMISSION = "submission"
    SURVEY_PHOTO = "survey_photo"

    def __str__(self) -> str:
        return str(self.value)
