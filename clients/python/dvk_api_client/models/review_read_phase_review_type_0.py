from enum import StrEnum


class ReviewReadPhaseReviewType0(StrEnum):
    FINAL = "final"
    INTERIM = "interim"

    def __str__(self) -> str:
        return str(self.value)
