"""review bodies: the stored reviewing and proposing units of a model, and a review's level

A model already stored the authority policy's deciding unit; it now stores the reviewing and proposing
units too, so the body the policy names (a party cell leading its village or school) may hold the review
and its authority users see the models they review or propose. A review records the level it was held
at: cell, standing board or deciding body. Existing models get the columns empty until their answer is
next recomputed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 03:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNIT_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
LEVELS = "level IS NULL OR level IN ('cell','standing_board','deciding_body')"


def upgrade() -> None:
    with op.batch_alter_table('registered_models', schema=None) as batch_op:
        for role in ('reviewing', 'proposing'):
            column = f'{role}_unit_id'
            batch_op.add_column(sa.Column(column, UNIT_ID, nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f'fk_registered_models_{column}_units'), 'units', [column], ['id']
            )
            batch_op.create_index(f'ix_registered_models_{column}', [column], unique=False)
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('level', sa.String(length=20), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_reviews_level'), LEVELS)


def downgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_reviews_level'), type_='check')
        batch_op.drop_column('level')
    with op.batch_alter_table('registered_models', schema=None) as batch_op:
        for role in ('proposing', 'reviewing'):
            column = f'{role}_unit_id'
            batch_op.drop_index(f'ix_registered_models_{column}')
            batch_op.drop_constraint(batch_op.f(f'fk_registered_models_{column}_units'), type_='foreignkey')
            batch_op.drop_column(column)
