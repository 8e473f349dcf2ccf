from enum import StrEnum


class ConditionStatus(StrEnum):
    MET = "met"
    NOT_APPLICABLE = "not_applicable"
    NOT_MET = "not_met"
    NOT_RECORDED = "not_recorded"

    def __str__(self) -> str:
        return str(self.value)
