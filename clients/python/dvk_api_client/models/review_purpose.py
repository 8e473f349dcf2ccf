from enum import StrEnum


class ReviewPurpose(StrEnum):
    EXEMPLAR = "exemplar"
    MODEL = "model"

    def __str__(self) -> str:
        return str(self.value)
