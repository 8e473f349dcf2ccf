from enum import StrEnum


class PublicEvidenceKind(StrEnum):
    ACHIEVEMENT_REPORT = "achievement_report"
    DECISION_DOCUMENT = "decision_document"
    MODEL_PHOTO = "model_photo"
    PORTRAIT = "portrait"
    REVIEW_MINUTES = "review_minutes"
    SURVEY_PHOTO = "survey_photo"

    def __str__(self) -> str:
        return str(self.value)
