from enum import StrEnum


class DecisionStatus(StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
