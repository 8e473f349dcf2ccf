from enum import StrEnum


class PublicState(StrEnum):
    EXEMPLAR = "exemplar"
    NOMINATED = "nominated"
    RECOGNIZED = "recognized"

    def __str__(self) -> str:
        return str(self.value)
