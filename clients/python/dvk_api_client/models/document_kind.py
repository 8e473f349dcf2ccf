from enum import StrEnum


class DocumentKind(StrEnum):
    CERTIFICATE = "certificate"
    COMMENDATION = "commendation"
    DECISION_EXEMPLAR = "decision.exemplar"
    DECISION_NON_RECOGNITION = "decision.non_recognition"
    DECISION_RECOGNITION = "decision.recognition"
    DECISION_REVOCATION = "decision.revocation"

    def __str__(self) -> str:
        return str(self.value)
