"""folded full names for search, unit close reason

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 01:21:36.156980
"""
from collections.abc import Sequence

import re
import unicodedata

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.lower()).strip()


def upgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_reason', sa.Text(), nullable=True))

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('full_name_search', sa.String(length=200), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_users_full_name_search'), ['full_name_search'], unique=False)

    # Backfill with the same folding the app uses (copied: migrations never import app code).
    users = sa.table('users', sa.column('id', sa.Uuid()), sa.column('full_name', sa.String()),
                     sa.column('full_name_search', sa.String()))
    connection = op.get_bind()
    for user_id, full_name in connection.execute(sa.select(users.c.id, users.c.full_name)).all():
        connection.execute(users.update().where(users.c.id == user_id).values(full_name_search=_fold(full_name)))
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('full_name_search', server_default=None)



def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_full_name_search'))
        batch_op.drop_column('full_name_search')

    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('closed_reason')

