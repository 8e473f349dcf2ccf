from enum import StrEnum


class EventResourceType(StrEnum):
    CAMPAIGN = "campaign"
    DECISION = "decision"
    EVIDENCE = "evidence"
    INDICATOR_VALUE = "indicator-value"
    MODEL = "model"
    NOTIFICATION = "notification"
    PLAN = "plan"
    REGISTRATION_LIST = "registration-list"
    REVIEW = "review"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
