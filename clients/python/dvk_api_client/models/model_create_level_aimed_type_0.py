from enum import StrEnum


class ModelCreateLevelAimedType0(StrEnum):
    DISTRICT = "district"
    GRASSROOTS = "grassroots"

    def __str__(self) -> str:
        return str(self.value)
