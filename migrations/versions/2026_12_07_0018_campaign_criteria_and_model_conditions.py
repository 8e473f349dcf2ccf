"""campaign criteria and model conditions: a campaign's own criteria per field (seed 001 §II "tiêu chí cụ thể
… trên từng lĩnh vực") and the extra conditions a comprehensive model records (seed 000 §2.2(1))

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaign_criteria",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("field_code", sa.String(length=40), nullable=False),
        sa.Column("label_vi", sa.Text(), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("max_score", sa.Integer(), nullable=False),
        sa.Column("min_score", sa.Float(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_by_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("max_score BETWEEN 1 AND 10", name=op.f("ck_campaign_criteria_max_score")),
        sa.CheckConstraint(
            "min_score IS NULL OR (min_score >= 0 AND min_score <= max_score)",
            name=op.f("ck_campaign_criteria_min_score"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_criteria_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_campaign_criteria_created_by_id_users")),
        sa.ForeignKeyConstraint(["field_code"], ["fields.code"], name=op.f("fk_campaign_criteria_field_code_fields")),
        sa.ForeignKeyConstraint(["retired_by_id"], ["users.id"], name=op.f("fk_campaign_criteria_retired_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_criteria")),
        sa.UniqueConstraint("campaign_id", "code", name="uq_campaign_criteria_campaign_code"),
    )
    with op.batch_alter_table("campaign_criteria", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_criteria_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "model_conditions",
        sa.Column("model_id", sa.Uuid(), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("updated_by_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_model_conditions_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_model_conditions_updated_by_id_users")),
        sa.PrimaryKeyConstraint("model_id", name=op.f("pk_model_conditions")),
    )


def downgrade() -> None:
    op.drop_table("model_conditions")
    with op.batch_alter_table("campaign_criteria", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_criteria_campaign_id"))
    op.drop_table("campaign_criteria")
