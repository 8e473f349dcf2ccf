from enum import StrEnum


class ModelsListSort(StrEnum):
    CODE = "code"
    NAME = "name"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-code"
    VALUE_3 = "-updated_at"
    VALUE_5 = "-name"

    def __str__(self) -> str:
        return str(self.value)
