from enum import StrEnum


class HonourKind(StrEnum):
    COMMENDATION = "commendation"
    EXEMPLAR_RECOGNITION = "exemplar_recognition"
    MODEL_RECOGNITION = "model_recognition"

    def __str__(self) -> str:
        return str(self.value)
