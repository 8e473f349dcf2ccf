from enum import StrEnum


class DocumentVerdict(StrEnum):
    INTACT = "intact"
    MODIFIED = "modified"
    NOT_A_PDF = "not_a_pdf"
    UNSIGNED = "unsigned"
    UNTRUSTED = "untrusted"

    def __str__(self) -> str:
        return str(self.value)
