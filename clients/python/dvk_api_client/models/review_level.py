from enum import StrEnum


class ReviewLevel(StrEnum):
    CELL = "cell"
    DECIDING_BODY = "deciding_body"
    STANDING_BOARD = "standing_board"

    def __str__(self) -> str:
        return str(self.value)
