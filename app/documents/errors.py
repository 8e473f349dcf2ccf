"""The document engine's errors: plain exceptions, no HTTP status (the documents service maps them).

Each says what is missing in words an administrator can act on; none is raised after a partial result
was produced (the engine returns a whole PDF or raises).
"""

from __future__ import annotations

from datetime import datetime


class DocumentEngineError(Exception):
    """Base of every error the document engine raises."""


class UnknownDocumentKind(DocumentEngineError):
    """No template exists for this kind of document."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"no document template for kind {kind!r}")
        self.kind = kind


class TemplateInvalid(DocumentEngineError):
    """A template file cannot be read or lacks a part its layout needs (a deployment error)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(f"document template {kind!r} is invalid: {reason}")
        self.kind = kind
        self.reason = reason


class TemplateFieldMissing(DocumentEngineError):
    """The template (or the layout) needs a context field the caller did not give, or gave empty."""

    def __init__(self, field_name: str, kind: str | None = None) -> None:
        where = f" for a {kind!r} document" if kind else ""
        super().__init__(f"the field {field_name!r} is missing{where}")
        self.field_name = field_name
        self.kind = kind


class TemplateFieldInvalid(TemplateFieldMissing):
    """A context field is given but unusable: the wrong shape or beyond the engine's bounds (a text too long,
    too many rows, a date that is not a date). A kind of TemplateFieldMissing (no usable value), so a handler
    of that one names the field too; `reason` says what is wrong."""

    def __init__(self, field_name: str, reason: str, kind: str | None = None) -> None:
        super().__init__(field_name, kind)
        self.args = (f"the field {field_name!r} is invalid: {reason}",)
        self.reason = reason


class SignerMissing(DocumentEngineError):
    """The unit has no signing key and certificate in the key store (or they cannot be opened)."""

    def __init__(self, unit_id: int, reason: str = "no signing certificate in the key store") -> None:
        super().__init__(f"unit {unit_id}: {reason}")
        self.unit_id = unit_id
        self.reason = reason


class SignerExpired(DocumentEngineError):
    """The unit's signing certificate is no longer (or not yet) valid."""

    def __init__(self, unit_id: int, not_after: datetime) -> None:
        super().__init__(f"unit {unit_id}: the signing certificate expired on {not_after.isoformat()}")
        self.unit_id = unit_id
        self.not_after = not_after


class TimestampUnavailable(DocumentEngineError):
    """The configured timestamp authority did not answer with a timestamp: nothing was signed."""

    def __init__(self, tsa_url: str, reason: str) -> None:
        super().__init__(f"the timestamp authority {tsa_url} gave no timestamp: {reason}")
        self.tsa_url = tsa_url
        self.reason = reason


class SigningFailed(DocumentEngineError):
    """The PDF could not be signed (not a PDF the signer can extend, or a key the signer refuses)."""
