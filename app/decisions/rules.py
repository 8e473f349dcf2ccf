"""What each decision kind needs, as data: the models' state, the review it rests on, the defaults."""

from __future__ import annotations

from app.workflow.table import BY_ACTION, DECISION_MOVES

# The state each kind needs its models in: the source of the move the kind makes (one per kind).
REQUIRED_STATE: dict[str, str] = {
    kind: next(iter(BY_ACTION[action].sources)).value for kind, action in DECISION_MOVES.items()
}
REVIEW_PURPOSE: dict[str, str] = {
    "model_recognition": "model",
    "model_non_recognition": "model",
    "exemplar_recognition": "exemplar",
}
REVIEW_OUTCOME: dict[str, str] = {
    "model_recognition": "approved",
    "model_non_recognition": "rejected",
    "exemplar_recognition": "approved",
}
PERIOD_KINDS = frozenset({"model_recognition", "model_non_recognition"})
PUBLISH_DEFAULT: dict[str, bool] = {
    "model_recognition": False,
    "model_non_recognition": False,
    "exemplar_recognition": True,
    "commendation": True,
}
DEFAULT_PUBLIC_KINDS = ["model_photo"]
DOCUMENT_KIND = "decision_document"
MAX_PARTY_HOPS = 12
