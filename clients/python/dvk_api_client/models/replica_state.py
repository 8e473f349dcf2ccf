from enum import StrEnum


class ReplicaState(StrEnum):
    DOWN = "down"
    LAGGING = "lagging"
    NONE = "none"
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
