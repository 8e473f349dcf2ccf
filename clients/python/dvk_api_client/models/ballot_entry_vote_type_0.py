from enum import StrEnum


class BallotEntryVoteType0(StrEnum):
    ABSTAIN = "abstain"
    APPROVE = "approve"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
