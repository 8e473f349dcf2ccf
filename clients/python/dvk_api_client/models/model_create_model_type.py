from enum import StrEnum


class ModelCreateModelType(StrEnum):
    COMPREHENSIVE = "comprehensive"
    FIELD_SPECIFIC = "field_specific"

    def __str__(self) -> str:
        return str(self.value)
