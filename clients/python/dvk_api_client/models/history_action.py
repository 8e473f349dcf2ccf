from enum import StrEnum


class HistoryAction(StrEnum):
    ACCEPT = "accept"
    COMMEND = "commend"
    CREATE = "create"
    FOLLOW_UP = "follow_up"
    NOMINATE = "nominate"
    NOT_RECOGNIZE = "not_recognize"
    RECOGNIZE = "recognize"
    RECOGNIZE_EXEMPLAR = "recognize_exemplar"
    RECORD_SURVEY = "record_survey"
    REPORT_RESULTS = "report_results"
    RETURN = "return"
    REVOKE_COMMENDATION = "revoke_commendation"
    REVOKE_DECISION = "revoke_decision"
    SUBMIT = "submit"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
