"""The decisions service: what the endpoints call. Issuing (`issue.py`, with its checks in `checks.py`
and `grounds.py`), revoking (`revoke.py`), the signed document (`document.py`) and reading (`read.py`)
live in their own modules; a decision's moves are rows of the workflow table, applied by the workflow
service. Messages are in `messages.py`, errors in `errors.py`."""

from __future__ import annotations

from app.decisions.document import attach_document, covered_models, document_of, require_no_document
from app.decisions.errors import DecisionRevoked
from app.decisions.issue import issue
from app.decisions.read import to_read, to_summaries
from app.decisions.revoke import on_revoke, require_issuing_authority, revoke
from app.decisions.rules import DOCUMENT_KIND

__all__ = [
    "DOCUMENT_KIND",
    "DecisionRevoked",
    "attach_document",
    "covered_models",
    "document_of",
    "issue",
    "on_revoke",
    "require_issuing_authority",
    "require_no_document",
    "revoke",
    "to_read",
    "to_summaries",
]
