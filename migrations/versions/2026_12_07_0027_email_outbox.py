"""email outbox: every email of the notification channel (immediate or the daily digest), and where each
notification stands with it (notifications.email_state; the ones written before this revision are 'off', so
deploying it emails nobody about the past)

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
STATES = "'pending','queued','digest','digested','off','skipped'"


def upgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("email_state", sa.String(length=12), server_default="pending", nullable=False)
        )
        batch_op.create_check_constraint(batch_op.f("ck_notifications_email_state"), f"email_state IN ({STATES})")
    op.execute("UPDATE notifications SET email_state = 'off'")
    op.create_index(
        "ix_notifications_email_pending",
        "notifications",
        ["id"],
        unique=False,
        sqlite_where=sa.text("email_state = 'pending'"),
        postgresql_where=sa.text("email_state = 'pending'"),
    )

    op.create_table(
        "email_messages",
        sa.Column("id", BIGINT, autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("text_body", sa.Text(), nullable=False),
        sa.Column("html_body", sa.Text(), nullable=False),
        sa.Column("notification_ids", sa.JSON(), nullable=False),
        sa.Column("notification_id", BIGINT, nullable=True),
        sa.Column("digest_on", sa.Date(), nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("last_smtp_code", sa.Integer(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('immediate','digest')", name=op.f("ck_email_messages_kind")),
        sa.CheckConstraint(
            "status IN ('queued','sent','failed','bounced','skipped')", name=op.f("ck_email_messages_status")
        ),
        sa.CheckConstraint(
            "(kind = 'digest' AND digest_on IS NOT NULL) OR (kind = 'immediate' AND digest_on IS NULL)",
            name=op.f("ck_email_messages_digest_day"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_email_messages_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["notification_id"],
            ["notifications.id"],
            name=op.f("fk_email_messages_notification_id_notifications"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_messages")),
        sa.UniqueConstraint("message_id", name=op.f("uq_email_messages_message_id")),
        sa.UniqueConstraint("notification_id", name=op.f("uq_email_messages_notification_id")),
        sa.UniqueConstraint("user_id", "digest_on", name="uq_email_messages_user_digest_on"),
    )
    with op.batch_alter_table("email_messages", schema=None) as batch_op:
        batch_op.create_index("ix_email_messages_user_id_id", ["user_id", "id"], unique=False)
        batch_op.create_index("ix_email_messages_status_created_at", ["status", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("email_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_email_messages_status_created_at")
        batch_op.drop_index("ix_email_messages_user_id_id")
    op.drop_table("email_messages")
    op.drop_index("ix_notifications_email_pending", table_name="notifications")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_notifications_email_state"), type_="check")
        batch_op.drop_column("email_state")
