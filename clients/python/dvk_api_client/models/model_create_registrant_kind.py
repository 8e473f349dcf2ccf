from enum import StrEnum


class ModelCreateRegistrantKind(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
