from enum import StrEnum


class ReviewsListPurposeType0(StrEnum):
    EXEMPLAR = "exemplar"
    MODEL = "model"

    def __str__(self) -> str:
        return str(self.value)
