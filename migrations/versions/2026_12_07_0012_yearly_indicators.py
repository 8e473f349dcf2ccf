"""yearly indicators: the catalogue of a campaign year (seed 003 §1) and the values units report

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 03:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "indicator_definitions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("label_vi", sa.Text(), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("unit_kinds", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "target_kind IN ('count','yes_no','percentage')", name=op.f("ck_indicator_definitions_target_kind")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_indicator_definitions_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_definitions")),
        sa.UniqueConstraint("campaign_id", "year", "code", name="uq_indicator_definitions_campaign_year_code"),
    )
    with op.batch_alter_table("indicator_definitions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_definitions_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "indicator_values",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("unit_path", sa.String(length=1000), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("held_by", sa.String(length=300), nullable=True),
        sa.Column("attendance", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=True),
        sa.Column("document_ref", sa.String(length=500), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reported_by_id", sa.Uuid(), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator_definitions.id"],
            name=op.f("fk_indicator_values_indicator_id_indicator_definitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reported_by_id"], ["users.id"], name=op.f("fk_indicator_values_reported_by_id_users")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_indicator_values_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_values")),
    )
    with op.batch_alter_table("indicator_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_values_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_values_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            "ix_indicator_values_unit_path",
            ["unit_path"],
            unique=False,
            postgresql_ops={"unit_path": "text_pattern_ops"},
        )


def downgrade() -> None:
    with op.batch_alter_table("indicator_values", schema=None) as batch_op:
        batch_op.drop_index("ix_indicator_values_unit_path", postgresql_ops={"unit_path": "text_pattern_ops"})
        batch_op.drop_index(batch_op.f("ix_indicator_values_unit_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_values_indicator_id"))
    op.drop_table("indicator_values")
    with op.batch_alter_table("indicator_definitions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_definitions_campaign_id"))
    op.drop_table("indicator_definitions")
