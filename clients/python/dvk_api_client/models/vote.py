from enum import StrEnum


class Vote(StrEnum):
    ABSTAIN = "abstain"
    APPROVE = "approve"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
