"""webhook subscription API: a subscription's `client_id` references its service client (deleted with it), and
a delivery may carry no event (a test ping, sent outside the event catalogue)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 05:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Subscriptions of a client that no longer exists cannot be owned by anyone: remove them first.
    op.execute(
        "DELETE FROM webhook_subscriptions WHERE client_id IS NOT NULL "
        "AND client_id NOT IN (SELECT id FROM service_clients)"
    )
    with op.batch_alter_table("webhook_subscriptions", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_webhook_subscriptions_client_id_service_clients"),
            "service_clients",
            ["client_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.alter_column(
            "event_id", existing_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        )


def downgrade() -> None:
    op.execute("DELETE FROM webhook_deliveries WHERE event_id IS NULL")
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.alter_column(
            "event_id", existing_type=sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        )
    with op.batch_alter_table("webhook_subscriptions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_webhook_subscriptions_client_id_service_clients"), type_="foreignkey")
