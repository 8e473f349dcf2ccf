from enum import StrEnum


class ModelReadRegistrantKind(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
