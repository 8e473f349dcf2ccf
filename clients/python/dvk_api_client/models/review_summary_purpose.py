from enum import StrEnum


class ReviewSummaryPurpose(StrEnum):
    EXEMPLAR = "exemplar"
    MODEL = "model"

    def __str__(self) -> str:
        return str(self.value)
