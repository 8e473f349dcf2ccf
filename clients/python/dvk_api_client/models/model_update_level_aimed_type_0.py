from enum import StrEnum


class ModelUpdateLevelAimedType0(StrEnum):
    DISTRICT = "district"
    GRASSROOTS = "grassroots"

    def __str__(self) -> str:
        return str(self.value)
