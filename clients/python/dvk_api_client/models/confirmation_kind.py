from enum import StrEnum


class ConfirmationKind(StrEnum):
    ACHIEVEMENT_REPORT = "achievement_report"
    OTHER_FIELD = "other_field"

    def __str__(self) -> str:
        return str(self.value)
