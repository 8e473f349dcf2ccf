from enum import StrEnum


class RegistrationListStatus(StrEnum):
    ARRIVED = "arrived"
    LATE = "late"
    MISSING = "missing"

    def __str__(self) -> str:
        return str(self.value)
