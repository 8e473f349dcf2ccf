from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    AUTHORITY = "authority"
    MOBILISER = "mobiliser"
    REGISTRANT = "registrant"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
