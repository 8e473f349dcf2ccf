"""rate limits: one fixed-window counter per quota and subject, shared by every worker and replica

Each request bumps its counters with one INSERT ... ON CONFLICT DO UPDATE ... RETURNING (a new window
restarts the count), so the table holds one row per active subject and quota.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 00:12:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limits")),
    )


def downgrade() -> None:
    op.drop_table("rate_limits")
