from enum import StrEnum


class DecisionReadAwardLevelType0(StrEnum):
    CENTRAL = "central"
    DISTRICT = "district"
    GRASSROOTS = "grassroots"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
