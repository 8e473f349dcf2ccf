from enum import StrEnum


class CampaignChange(StrEnum):
    CYCLE_ADDED = "cycle_added"
    CYCLE_DELETED = "cycle_deleted"
    CYCLE_UPDATED = "cycle_updated"
    DETAILS = "details"

    def __str__(self) -> str:
        return str(self.value)
