from enum import StrEnum


class LevelAimed(StrEnum):
    DISTRICT = "district"
    GRASSROOTS = "grassroots"

    def __str__(self) -> str:
        return str(self.value)
