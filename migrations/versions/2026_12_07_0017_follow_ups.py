"""follow-ups: the mass-mobilisation boards' follow-ups (theo dõi, kiểm tra) of a model between its registration
and its survey (seed 001 §III.2.1): the visit, its kind, what was found, what is asked and by when

The kinds are a literal copy of app/models/followup.py's FOLLOW_UP_KINDS (migrations never import app code).

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-07 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("monitoring", "inspection", "praise", "guidance", "reminder")


def upgrade() -> None:
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("model_id", sa.Uuid(), nullable=False),
        sa.Column("model_state", sa.String(length=20), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("request", sa.Text(), nullable=True),
        sa.Column("request_due_on", sa.Date(), nullable=True),
        sa.Column("evidence_ids", sa.JSON(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN (" + ",".join(f"'{k}'" for k in KINDS) + ")", name=op.f("ck_follow_ups_kind")),
        sa.CheckConstraint(
            "request_due_on IS NULL OR request IS NOT NULL", name=op.f("ck_follow_ups_due_needs_request")
        ),
        sa.CheckConstraint(
            "resolved_at IS NULL OR request IS NOT NULL", name=op.f("ck_follow_ups_resolved_needs_request")
        ),
        sa.ForeignKeyConstraint(
            ["model_id"], ["registered_models.id"], name=op.f("fk_follow_ups_model_id_registered_models")
        ),
        sa.ForeignKeyConstraint(["officer_id"], ["users.id"], name=op.f("fk_follow_ups_officer_id_users")),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["follow_ups.id"], name=op.f("fk_follow_ups_resolved_by_id_follow_ups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    op.create_index("ix_follow_ups_model_visited", "follow_ups", ["model_id", "visited_on"])
    op.create_index("ix_follow_ups_request_due_on", "follow_ups", ["request_due_on"])
    op.create_index("ix_follow_ups_resolved_by_id", "follow_ups", ["resolved_by_id"])


def downgrade() -> None:
    op.drop_index("ix_follow_ups_resolved_by_id", table_name="follow_ups")
    op.drop_index("ix_follow_ups_request_due_on", table_name="follow_ups")
    op.drop_index("ix_follow_ups_model_visited", table_name="follow_ups")
    op.drop_table("follow_ups")
