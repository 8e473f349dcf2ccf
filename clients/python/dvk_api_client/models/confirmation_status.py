from enum import StrEnum


class ConfirmationStatus(StrEnum):
    CONFIRMED = "confirmed"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
