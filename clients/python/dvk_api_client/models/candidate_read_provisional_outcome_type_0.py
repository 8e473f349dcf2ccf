from enum import StrEnum


class CandidateReadProvisionalOutcomeType0(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
