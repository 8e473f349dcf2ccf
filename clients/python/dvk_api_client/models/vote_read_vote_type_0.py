from enum import StrEnum


class VoteReadVoteType0(StrEnum):
    ABSTAIN = "abstain"
    APPROVE = "approve"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
