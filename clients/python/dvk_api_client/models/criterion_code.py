from enum import StrEnum


class CriterionCode(StrEnum):
    CONSENT = "consent"
    IDENTITY = "identity"
    INTERESTS = "interests"
    LEADERSHIP = "leadership"
    SUSTAINABILITY = "sustainability"

    def __str__(self) -> str:
        return str(self.value)
