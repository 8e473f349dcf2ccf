from enum import StrEnum


class ModelsListRegistrantKindType0(StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"

    def __str__(self) -> str:
        return str(self.value)
