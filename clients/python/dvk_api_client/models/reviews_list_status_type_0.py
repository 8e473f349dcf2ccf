from enum import StrEnum


class ReviewsListStatusType0(StrEnum):
    CLOSED = "closed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
