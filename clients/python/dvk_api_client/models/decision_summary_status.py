from enum import StrEnum


class DecisionSummaryStatus(StrEnum):
    ISSUED = "issued"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
