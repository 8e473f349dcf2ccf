"""registration lists: a unit's sent registration list (frozen form), and the cycle's deadline for lists

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("campaign_cycles") as batch:
        batch.add_column(sa.Column("lists_due_on", sa.Date(), nullable=True))
    op.create_table(
        "registration_lists",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("unit_path", sa.String(length=1000), nullable=False),
        sa.Column("receiving_unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("receiving_unit_path", sa.String(length=1000), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_by_id", sa.Uuid(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("original_filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_registration_lists_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_registration_lists_unit_id_units")),
        sa.ForeignKeyConstraint(
            ["receiving_unit_id"], ["units.id"], name=op.f("fk_registration_lists_receiving_unit_id_units")
        ),
        sa.ForeignKeyConstraint(["sent_by_id"], ["users.id"], name=op.f("fk_registration_lists_sent_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_lists")),
        sa.UniqueConstraint("campaign_id", "year", "unit_id", "version", name="uq_registration_lists_version"),
    )
    op.create_index("ix_registration_lists_campaign_year", "registration_lists", ["campaign_id", "year"])
    op.create_index(op.f("ix_registration_lists_sha256"), "registration_lists", ["sha256"])


def downgrade() -> None:
    op.drop_index(op.f("ix_registration_lists_sha256"), table_name="registration_lists")
    op.drop_index("ix_registration_lists_campaign_year", table_name="registration_lists")
    op.drop_table("registration_lists")
    with op.batch_alter_table("campaign_cycles") as batch:
        batch.drop_column("lists_due_on")
