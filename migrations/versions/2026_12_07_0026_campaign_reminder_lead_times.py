"""campaign reminder lead times: how many days before a registration window closes, results are due and a
unit's registration list is due the calendar reminders are sent (app/notifications/reminders.py)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (column, default days); every lead time lies within 1–90 days.
LEAD_TIMES = (
    ("remind_registration_closing_days", "7"),
    ("remind_results_due_days", "14"),
    ("remind_list_due_days", "7"),
)


def upgrade() -> None:
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        for column, default in LEAD_TIMES:
            batch_op.add_column(sa.Column(column, sa.Integer(), server_default=default, nullable=False))
            batch_op.create_check_constraint(column, f"{column} BETWEEN 1 AND 90")


def downgrade() -> None:
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        for column, _ in reversed(LEAD_TIMES):
            batch_op.drop_constraint(batch_op.f(f"ck_campaigns_{column}"), type_="check")
            batch_op.drop_column(column)
