from enum import StrEnum


class State(StrEnum):
    DRAFT = "draft"
    EXEMPLAR = "exemplar"
    IMPLEMENTING = "implementing"
    NOMINATED = "nominated"
    NOT_RECOGNIZED = "not_recognized"
    RECOGNIZED = "recognized"
    REGISTERED = "registered"
    REPORTED = "reported"
    RETURNED = "returned"
    SURVEYED = "surveyed"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
