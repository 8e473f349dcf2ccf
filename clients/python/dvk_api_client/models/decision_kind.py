from enum import StrEnum


class DecisionKind(StrEnum):
    COMMENDATION = "commendation"
    EXEMPLAR_RECOGNITION = "exemplar_recognition"
    MODEL_NON_RECOGNITION = "model_non_recognition"
    MODEL_RECOGNITION = "model_recognition"

    def __str__(self) -> str:
        return str(self.value)
