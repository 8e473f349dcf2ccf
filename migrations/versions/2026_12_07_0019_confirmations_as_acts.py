"""confirmations as acts: who of which unit confirmed an `other`-field model or an achievement report, and when

`evidence.confirmed_by_grassroots` (a flag the uploader set) goes. Each achievement report that carried the
flag becomes a `legacy` confirmation: no user, no unit, dated when the file was uploaded, kept as a record and
counted by no guard (an uploader's tick is not the committee's act). A flag on a file of another kind had no
effect and is not carried over. Downgrade puts the flag back on every achievement report with a confirmation
that was not withdrawn (legacy or act).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 06:00:00
"""
from collections.abc import Sequence
import uuid

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEGACY_NOTE = "Đánh dấu “đã xác nhận” khi tải tệp lên, trước khi xác nhận là thao tác của cấp ủy cơ sở."

_evidence = sa.table(
    "evidence",
    sa.column("id", sa.Uuid()),
    sa.column("model_id", sa.Uuid()),
    sa.column("kind", sa.String()),
    sa.column("uploaded_at", sa.DateTime(timezone=True)),
    sa.column("confirmed_by_grassroots", sa.Boolean()),
)


def upgrade() -> None:
    bind = op.get_bind()
    flagged = bind.execute(
        sa.select(_evidence.c.id, _evidence.c.model_id, _evidence.c.uploaded_at).where(
            _evidence.c.confirmed_by_grassroots.is_(True), _evidence.c.kind == "achievement_report"
        )
    ).all()
    with op.batch_alter_table("evidence") as batch:
        batch.drop_column("confirmed_by_grassroots")
    confirmations = op.create_table(
        "confirmations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("model_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("evidence_id", sa.Uuid(), nullable=True),
        sa.Column("confirming_unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("confirmed_by_id", sa.Uuid(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("legacy", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by_id", sa.Uuid(), nullable=True),
        sa.Column("withdrawal_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("kind IN ('other_field','achievement_report')", name=op.f("ck_confirmations_kind")),
        sa.CheckConstraint(
            "kind <> 'achievement_report' OR evidence_id IS NOT NULL", name=op.f("ck_confirmations_report_named")
        ),
        sa.CheckConstraint(
            "legacy OR (confirmed_by_id IS NOT NULL AND confirming_unit_id IS NOT NULL)",
            name=op.f("ck_confirmations_actor"),
        ),
        sa.CheckConstraint(
            "(withdrawn_at IS NULL AND withdrawn_by_id IS NULL AND withdrawal_reason IS NULL) OR "
            "(withdrawn_at IS NOT NULL AND withdrawn_by_id IS NOT NULL AND withdrawal_reason IS NOT NULL)",
            name=op.f("ck_confirmations_withdrawal"),
        ),
        sa.ForeignKeyConstraint(
            ["model_id"], ["registered_models.id"], name=op.f("fk_confirmations_model_id_registered_models")
        ),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], name=op.f("fk_confirmations_evidence_id_evidence")),
        sa.ForeignKeyConstraint(
            ["confirming_unit_id"], ["units.id"], name=op.f("fk_confirmations_confirming_unit_id_units")
        ),
        sa.ForeignKeyConstraint(["confirmed_by_id"], ["users.id"], name=op.f("fk_confirmations_confirmed_by_id_users")),
        sa.ForeignKeyConstraint(["withdrawn_by_id"], ["users.id"], name=op.f("fk_confirmations_withdrawn_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confirmations")),
    )
    with op.batch_alter_table("confirmations") as batch:
        batch.create_index(batch.f("ix_confirmations_model_id"), ["model_id"], unique=False)
        batch.create_index(batch.f("ix_confirmations_evidence_id"), ["evidence_id"], unique=False)
        batch.create_index("ix_confirmations_model_kind", ["model_id", "kind"], unique=False)
    if flagged:
        op.bulk_insert(
            confirmations,
            [
                {
                    "id": uuid.uuid4(),
                    "model_id": model_id,
                    "kind": "achievement_report",
                    "evidence_id": evidence_id,
                    "confirming_unit_id": None,
                    "confirmed_by_id": None,
                    "confirmed_at": uploaded_at,  # as the database handed it back
                    "note": LEGACY_NOTE,
                    "legacy": True,
                }
                for evidence_id, model_id, uploaded_at in flagged
            ],
        )


def downgrade() -> None:
    bind = op.get_bind()
    c = sa.table(
        "confirmations",
        sa.column("evidence_id", sa.Uuid()),
        sa.column("kind", sa.String()),
        sa.column("withdrawn_at", sa.DateTime(timezone=True)),
    )
    confirmed = [
        row[0]
        for row in bind.execute(
            sa.select(c.c.evidence_id).where(c.c.kind == "achievement_report", c.c.withdrawn_at.is_(None)).distinct()
        )
    ]
    with op.batch_alter_table("confirmations") as batch:
        batch.drop_index("ix_confirmations_model_kind")
        batch.drop_index(batch.f("ix_confirmations_evidence_id"))
        batch.drop_index(batch.f("ix_confirmations_model_id"))
    op.drop_table("confirmations")
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(
            sa.Column("confirmed_by_grassroots", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    for evidence_id in confirmed:
        bind.execute(
            sa.update(_evidence).where(_evidence.c.id == evidence_id).values(confirmed_by_grassroots=True)
        )
    with op.batch_alter_table("evidence") as batch:
        batch.alter_column("confirmed_by_grassroots", server_default=None)
