from enum import StrEnum


class DecisionsListStatusType0(StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
