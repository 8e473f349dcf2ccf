from enum import StrEnum


class FollowUpKind(StrEnum):
    GUIDANCE = "guidance"
    INSPECTION = "inspection"
    MONITORING = "monitoring"
    PRAISE = "praise"
    REMINDER = "reminder"

    def __str__(self) -> str:
        return str(self.value)
