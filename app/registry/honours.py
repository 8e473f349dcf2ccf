"""A model's honours (the issued decisions that recognise or commend it) and its replication links.

Read straight from the decision tables (the queries are in `registry/repository.py`: `honours_of`,
`replication_count`, `replications_changed`, `recognised_model`): the decisions package writes them.
The labels of decision kinds and award forms/levels are the catalogue's (`app/core/labels.py`), so model
reads, the public showcase and the decision read show the same words.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.models import Decision, Unit
from app.workflow.states import LIVE_STATES, RECOGNISED_STATES, state_codes

# Decision kinds that honour a model (a non-recognition decision is not an honour).
HONOUR_KINDS = ("model_recognition", "exemplar_recognition", "commendation")
# States in which a model is recognised: what another model may declare it replicates.
RECOGNISED_STATE_CODES = state_codes(RECOGNISED_STATES)
LIVE_STATE_CODES = state_codes(LIVE_STATES)  # a withdrawn model no longer counts as a replication


@dataclass(frozen=True)
class Honour:
    """An issued decision covering a model, with its issuing unit."""

    model_id: uuid.UUID
    decision: Decision
    issuing_unit: Unit
