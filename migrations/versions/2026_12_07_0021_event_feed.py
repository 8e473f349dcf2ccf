"""the event feed: each event's catalogue version, the resource whose visibility it follows, the unit path a
moved unit left, and (PostgreSQL) the id of the transaction that wrote it, for a feed in commit order

Rows written before the catalogue keep version 0 (their payloads predate it): kept for the audit, never
served. On PostgreSQL a trigger stamps every new row with pg_current_xact_id(): the feed serves only rows
whose transaction is older than every running one (the snapshot's xmin), ordered by (txid, id), so a
reader paging with a cursor never skips a transaction that commits late (README, "The change feed").

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0021'
down_revision: str | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP_FUNCTION = """
CREATE FUNCTION events_stamp_txid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The top-level transaction's id (also inside a savepoint), epoch-extended: never wraps around.
    NEW.txid := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END
$$
"""
STAMP_TRIGGER = (
    "CREATE TRIGGER events_stamp_txid BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_stamp_txid()"
)


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.SmallInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('subject_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('former_unit_path', sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column('txid', sa.BigInteger(), nullable=True))
        batch_op.create_index('ix_events_feed', ['txid', 'id'], unique=False)
        batch_op.create_index('ix_events_subject_id', ['subject_id'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(STAMP_FUNCTION)
        op.execute(STAMP_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER IF EXISTS events_stamp_txid ON events')
        op.execute('DROP FUNCTION IF EXISTS events_stamp_txid()')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_subject_id')
        batch_op.drop_index('ix_events_feed')
        batch_op.drop_column('txid')
        batch_op.drop_column('former_unit_path')
        batch_op.drop_column('subject_id')
        batch_op.drop_column('version')
