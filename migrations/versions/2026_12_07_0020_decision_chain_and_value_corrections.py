"""decision chain and value corrections: the reviews a decision cites, corrections of indicator values

A decision may cite, besides the review whose outcome it follows, the reviews of the authority chain it
rests on (seed 000 §3(1): the cell's review, the standing board's proposal): `decision_reviews`. A reported
indicator value may be corrected: it gets a version (If-Match), and each correction keeps what it replaced,
who made it, when and why in `indicator_value_corrections`. Existing values start at version 1.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 12:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'decision_reviews',
        sa.Column('decision_id', sa.Uuid(), nullable=False),
        sa.Column('review_id', sa.Uuid(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('level', sa.String(length=20), nullable=False),
        sa.CheckConstraint("level IN ('cell','standing_board')", name=op.f('ck_decision_reviews_level')),
        sa.ForeignKeyConstraint(
            ['decision_id'], ['decisions.id'], name=op.f('fk_decision_reviews_decision_id_decisions'), ondelete='CASCADE'
        ),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_decision_reviews_review_id_reviews')),
        sa.PrimaryKeyConstraint('decision_id', 'review_id', name=op.f('pk_decision_reviews')),
    )
    with op.batch_alter_table('decision_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_reviews_review_id'), ['review_id'], unique=False)

    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.alter_column('version', server_default=None)

    op.create_table(
        'indicator_value_corrections',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('value_id', sa.Uuid(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('previous', sa.JSON(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('corrected_by_id', sa.Uuid(), nullable=False),
        sa.Column('corrected_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['value_id'],
            ['indicator_values.id'],
            name=op.f('fk_indicator_value_corrections_value_id_indicator_values'),
            ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['corrected_by_id'], ['users.id'], name=op.f('fk_indicator_value_corrections_corrected_by_id_users')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_value_corrections')),
    )
    with op.batch_alter_table('indicator_value_corrections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_value_corrections_value_id'), ['value_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('indicator_value_corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_value_corrections_value_id'))
    op.drop_table('indicator_value_corrections')
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.drop_column('version')
    with op.batch_alter_table('decision_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_reviews_review_id'))
    op.drop_table('decision_reviews')
