from enum import StrEnum


class ReviewReadPurpose(StrEnum):
    EXEMPLAR = "exemplar"
    MODEL = "model"

    def __str__(self) -> str:
        return str(self.value)
