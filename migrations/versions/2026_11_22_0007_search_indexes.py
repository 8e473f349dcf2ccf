"""search indexes: pg_trgm GIN indexes for `q`, btree indexes for lists at national scale

On PostgreSQL `q` is LIKE '%…%' on the folded *_search columns; a GIN trigram index serves it
whatever the table size. On SQLite the same index names hold plain indexes, because that is what
the ORM's Index declarations compile to there (so autogenerate finds no difference); SQLite is for
development and tests, never at national scale.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 02:40:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index name, table, column)
TRIGRAM = [
    ("ix_registered_models_search_text_trgm", "registered_models", "search_text"),
    ("ix_units_name_search_trgm", "units", "name_search"),
    ("ix_users_full_name_search_trgm", "users", "full_name_search"),
]
# (index name, table, columns, PostgreSQL operator classes)
BTREE = [
    ("ix_registered_models_field_unit_path", "registered_models", ["field_code", "unit_path"],
     {"unit_path": "text_pattern_ops"}),
    ("ix_registered_models_deciding_unit_id", "registered_models", ["deciding_unit_id"], {}),
    # Deleting a model checks this self-reference; without an index each deleted row scans the table.
    ("ix_registered_models_continues_from_id", "registered_models", ["continues_from_id"], {}),
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in TRIGRAM:
        if postgres:
            op.create_index(name, table, [column], postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})
        else:
            op.create_index(name, table, [column])
    for name, table, columns, ops in BTREE:
        op.create_index(name, table, columns, postgresql_ops=ops)


def downgrade() -> None:
    for name, table, _, _ in BTREE:
        op.drop_index(name, table_name=table)
    for name, table, _ in TRIGRAM:
        op.drop_index(name, table_name=table)
    # The extension stays: other databases objects may use it, and dropping it needs ownership.
