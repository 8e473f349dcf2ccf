from enum import StrEnum


class ModelSummaryModelType(StrEnum):
    COMPREHENSIVE = "comprehensive"
    FIELD_SPECIFIC = "field_specific"

    def __str__(self) -> str:
        return str(self.value)
