from enum import StrEnum


class ModelSummaryRegistrantKind(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
