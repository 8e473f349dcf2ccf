from enum import StrEnum


class AwardForm(StrEnum):
    CERTIFICATE_OF_COMMENDATION = "certificate_of_commendation"
    CERTIFICATE_OF_MERIT = "certificate_of_merit"
    LETTER_OF_COMMENDATION = "letter_of_commendation"
    PUBLIC_COMMENDATION = "public_commendation"

    def __str__(self) -> str:
        return str(self.value)
