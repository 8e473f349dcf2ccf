"""service clients: systems that call the API with the OAuth2 client-credentials grant, their argon2-hashed
secrets (rotation gives the older ones an expiry), and the log of every call a client makes

A client's id is also the id of its account row in `users` (made by the API with the client, never able to
sign in), so the tables that record an actor record the client without a change.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0022'
down_revision: str | None = '0021'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "service_clients",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("unit_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["id"], ["users.id"], name=op.f("fk_service_clients_id_users")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_service_clients_unit_id_units")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_service_clients_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by_id"], ["users.id"], name=op.f("fk_service_clients_revoked_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_clients")),
    )
    op.create_index(op.f("ix_service_clients_unit_id"), "service_clients", ["unit_id"])
    op.create_table(
        "service_client_secrets",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("secret_hash", sa.String(length=255), nullable=False),
        sa.Column("hint", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["service_clients.id"],
            name=op.f("fk_service_client_secrets_client_id_service_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_service_client_secrets_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_client_secrets")),
    )
    op.create_index(op.f("ix_service_client_secrets_client_id"), "service_client_secrets", ["client_id"])
    op.create_table(
        "service_client_calls",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("route", sa.String(length=300), nullable=False),
        sa.Column("operation_id", sa.String(length=100), nullable=True),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=True),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["service_clients.id"],
            name=op.f("fk_service_client_calls_client_id_service_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_client_calls")),
    )
    op.create_index("ix_service_client_calls_client_id_id", "service_client_calls", ["client_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_service_client_calls_client_id_id", table_name="service_client_calls")
    op.drop_table("service_client_calls")
    op.drop_index(op.f("ix_service_client_secrets_client_id"), table_name="service_client_secrets")
    op.drop_table("service_client_secrets")
    op.drop_index(op.f("ix_service_clients_unit_id"), table_name="service_clients")
    op.drop_table("service_clients")
