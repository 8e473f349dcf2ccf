from enum import StrEnum


class ModelReadLevelAimed(StrEnum):
    DISTRICT = "district"
    GRASSROOTS = "grassroots"

    def __str__(self) -> str:
        return str(self.value)
