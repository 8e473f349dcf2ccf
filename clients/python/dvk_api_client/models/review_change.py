from enum import StrEnum


class ReviewChange(StrEnum):
    BALLOT = "ballot"
    CANDIDATE_ADDED = "candidate_added"
    CANDIDATE_REMOVED = "candidate_removed"
    CANDIDATE_UPDATED = "candidate_updated"
    DETAILS = "details"
    MEMBER_ADDED = "member_added"
    MEMBER_REMOVED = "member_removed"
    MEMBER_UPDATED = "member_updated"
    MINUTES = "minutes"

    def __str__(self) -> str:
        return str(self.value)
