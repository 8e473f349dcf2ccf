from enum import StrEnum


class AwardLevel(StrEnum):
    CENTRAL = "central"
    DISTRICT = "district"
    GRASSROOTS = "grassroots"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
