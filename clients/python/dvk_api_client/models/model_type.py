from enum import StrEnum


class ModelType(StrEnum):
    COMPREHENSIVE = "comprehensive"
    FIELD_SPECIFIC = "field_specific"

    def __str__(self) -> str:
        return str(self.value)
