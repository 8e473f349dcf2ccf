"""documents: generated, signed decision documents, certificates and Giấy khen (issue 20)

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = (
    "decision.recognition",
    "decision.non_recognition",
    "decision.exemplar",
    "decision.revocation",
    "certificate",
    "commendation",
)
STATUSES = ("issued", "revoked", "superseded")
BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("decision_id", sa.Uuid(), nullable=False),
        sa.Column("model_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit_id", BIGINT, nullable=False),
        sa.Column("unit_path", sa.String(length=1000), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("verification_code", sa.String(length=16), nullable=False),
        sa.Column("storage_key", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("signer_subject", sa.String(length=500), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(_in("kind", KINDS), name=op.f("ck_documents_kind")),
        sa.CheckConstraint(_in("status", STATUSES), name=op.f("ck_documents_status")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_documents_version")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_documents_size")),
        sa.CheckConstraint("revoked_by_id IS NULL OR status = 'revoked'", name=op.f("ck_documents_revoked_by")),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"], name=op.f("fk_documents_decision_id_decisions")),
        sa.ForeignKeyConstraint(
            ["model_id"], ["registered_models.id"], name=op.f("fk_documents_model_id_registered_models")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_documents_unit_id_units")),
        sa.ForeignKeyConstraint(["revoked_by_id"], ["documents.id"], name=op.f("fk_documents_revoked_by_id_documents")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_documents_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("verification_code", name="uq_documents_verification_code"),
        sa.UniqueConstraint("decision_id", "kind", "position", "version", name="uq_documents_decision_id"),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_decision_id", ["decision_id"], unique=False)
        batch_op.create_index("ix_documents_model_id", ["model_id"], unique=False)
        batch_op.create_index("ix_documents_sha256", ["sha256"], unique=False)
        batch_op.create_index(
            "ix_documents_unit_path", ["unit_path"], unique=False, postgresql_ops={"unit_path": "text_pattern_ops"}
        )


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_unit_path", postgresql_ops={"unit_path": "text_pattern_ops"})
        batch_op.drop_index("ix_documents_sha256")
        batch_op.drop_index("ix_documents_model_id")
        batch_op.drop_index("ix_documents_decision_id")
    op.drop_table("documents")
