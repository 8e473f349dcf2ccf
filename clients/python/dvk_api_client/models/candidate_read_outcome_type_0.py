from enum import StrEnum


class CandidateReadOutcomeType0(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
