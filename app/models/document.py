"""Generated documents (issue 20): a decision's signed PDF, the certificate of each model it recognises, the
Giấy khen of each exemplar it commends, the revocation that withdraws it.

A row is immutable but for its status: the bytes live in the blob store under `storage_key` (the SHA-256 of
what was stored, like evidence files), a regenerated document is a new version (the old one becomes
`superseded`), a revoked decision's documents become `revoked` and point at the revocation's document.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

# The engine's template kinds (app/documents/render.py), stored as they are named there.
DOCUMENT_KINDS = (
    "decision.recognition",
    "decision.non_recognition",
    "decision.exemplar",
    "decision.revocation",
    "certificate",
    "commendation",
)
DOCUMENT_STATUSES = ("issued", "revoked", "superseded")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class Document(Base):
    """One version of one generated document of a decision (its own text, or one covered model's paper)."""

    __tablename__ = "documents"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(40))
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decisions.id"), index=True)
    # The model a certificate or a Giấy khen is for (None: the decision's own text or its revocation).
    model_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("registered_models.id"), index=True)
    # 0 for the decision's own text (and its revocation), n for the decision's n-th covered model.
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The issuing unit and a copy of its path (the visibility rule filters on it without a join).
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    unit_path: Mapped[str] = mapped_column(String(1000))
    version: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[str] = mapped_column(String(80))  # number and symbol as printed: "45-QĐ/ĐU", "45.1-GCN/ĐU"
    issued_on: Mapped[date] = mapped_column(Date)  # the date it bears (a revocation's is its own)
    # Short, unguessable, unique: 10 Crockford base32 characters, printed grouped (XXXXX-XXXXX).
    verification_code: Mapped[str] = mapped_column(String(16))
    storage_key: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    signed: Mapped[bool] = mapped_column(Boolean, default=True)
    signer_subject: Mapped[str | None] = mapped_column(String(500))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), default="issued")
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("documents.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        UniqueConstraint("verification_code", name="uq_documents_verification_code"),
        UniqueConstraint("decision_id", "kind", "position", "version", name="uq_documents_decision_id"),
        CheckConstraint(_in("kind", DOCUMENT_KINDS), name="kind"),
        CheckConstraint(_in("status", DOCUMENT_STATUSES), name="status"),
        CheckConstraint("version >= 1", name="version"),
        CheckConstraint("size >= 0", name="size"),
        CheckConstraint("revoked_by_id IS NULL OR status = 'revoked'", name="revoked_by"),
        Index("ix_documents_unit_path", "unit_path", postgresql_ops={"unit_path": "text_pattern_ops"}),
    )
