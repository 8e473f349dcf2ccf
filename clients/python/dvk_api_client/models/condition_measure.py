from enum import StrEnum


class ConditionMeasure(StrEnum):
    PERCENTAGE = "percentage"
    YES_NO = "yes_no"

    def __str__(self) -> str:
        return str(self.value)
