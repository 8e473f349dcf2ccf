from enum import StrEnum


class CategoryTargetWriteComparator(StrEnum):
    GT = "gt"
    GTE = "gte"

    def __str__(self) -> str:
        return str(self.value)
