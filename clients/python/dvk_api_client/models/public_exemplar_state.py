from enum import StrEnum


class PublicExemplarState(StrEnum):
    EXEMPLAR = "exemplar"
    NOMINATED = "nominated"
    RECOGNIZED = "recognized"

    def __str__(self) -> str:
        return str(self.value)
