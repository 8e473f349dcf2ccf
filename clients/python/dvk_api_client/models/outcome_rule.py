from enum import StrEnum


class OutcomeRule(StrEnum):
    MAJORITY_OF_PRESENT = "majority_of_present"
    MAJORITY_OF_VOTES_CAST = "majority_of_votes_cast"
    TWO_THIRDS_OF_PRESENT = "two_thirds_of_present"

    def __str__(self) -> str:
        return str(self.value)
