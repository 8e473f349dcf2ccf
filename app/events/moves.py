"""The event each workflow move writes: a type of the catalogue (app/events/catalogue.py) per row of the
transition table (tests/events/test_catalogue.py holds the two together)."""

from __future__ import annotations

# The event each workflow move writes (app/workflow/table.py: every row has one).
MOVE_EVENTS: dict[str, str] = {
    "submit": "model.submitted",
    "accept": "model.accepted",
    "return": "model.returned",
    "report_results": "model.results-reported",
    "record_survey": "model.surveyed",
    "withdraw": "model.withdrawn",
    "nominate": "model.nominated",
    "recognize": "model.recognised",
    "not_recognize": "model.not-recognised",
    "recognize_exemplar": "exemplar.recognised",
    "commend": "exemplar.commended",
    "revoke_decision": "model.decision-revoked",
    "revoke_commendation": "exemplar.commendation-revoked",
}
