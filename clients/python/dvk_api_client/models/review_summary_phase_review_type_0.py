from enum import StrEnum


class ReviewSummaryPhaseReviewType0(StrEnum):
    FINAL = "final"
    INTERIM = "interim"

    def __str__(self) -> str:
        return str(self.value)
