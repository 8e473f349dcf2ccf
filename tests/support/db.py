"""The database of one test, inside one transaction that is rolled back at the end.

`RollbackDatabase` is an `app.core.db.Database` whose session factories are bound to a single connection
with an open transaction (the "outer" one). Every session of the test joins it with a savepoint
(SQLAlchemy's `join_transaction_mode="create_savepoint"`, the way polarsource/polar's harness does): an
app's commit is a RELEASE SAVEPOINT, an app's rollback a ROLLBACK TO SAVEPOINT, and at the end of the test
the outer transaction is rolled back, so nothing a test wrote through the app's sessions reaches the
database file. The engine is the app's own (`create_engine`), so every dialect setting (SQLite's BEGIN
IMMEDIATE, foreign keys, PostgreSQL's statement timeout) is the one the app runs with.

What it cannot do: make a write visible to another connection (a live server, a second engine, two requests
at once, the app's autocommit rate-limit counters on PostgreSQL). Tests that need that are marked
`committing` and get a plain `Database` and the delete-and-restore reset instead (tests/conftest.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from app.core.db import READ_ONLY_STATEMENTS, Database, WriteInReadRequest, create_engine, is_sqlite

# Statements a session's savepoint itself sends; allowed in read sessions.
_SAVEPOINT_STATEMENTS = ("SAVEPOINT", "RELEASE", "ROLLBACK")


class JoinedSession(Session):
    """A session sharing the test's connection: its transaction is a savepoint inside the test's one.

    One difference from a session of its own matters: savepoints nest, so a ROLLBACK TO this session's
    savepoint would also undo whatever other sessions (the app's requests) committed after it was taken. A
    test that reads, sends a request, then rolls back (or closes the session) to see fresh rows would lose
    the request's writes. So when this session has written nothing since its savepoint began, rollback and
    close release the savepoint instead (there is nothing of its own to undo) and expire what it loaded.
    """

    def _clean(self) -> bool:
        """Nothing of this session's to undo: no write sent, no statement failed, nothing pending."""
        conn = self._connection_or_none()
        failures = conn.info.get("failures", 0) if conn is not None else 0
        return (
            not self.info.get("wrote")
            and failures == self.info.get("failures_at_begin", failures)
            and not (self.new or self.dirty or self.deleted)
        )

    def _connection_or_none(self) -> Connection | None:
        bind = self.bind
        return bind if isinstance(bind, Connection) else None

    def rollback(self) -> None:
        """Roll back this session's savepoint, or only release it when the session wrote nothing."""
        if self.in_transaction() and self._clean():
            super().commit()
            self.expire_all()
            return
        super().rollback()

    def _close_impl(self, invalidate: bool, is_reset: bool = False) -> None:
        if not invalidate and self.in_transaction() and self._clean():
            super().commit()
        super()._close_impl(invalidate, is_reset)


@event.listens_for(JoinedSession, "after_begin")
def _began(session: Session, transaction: Any, connection: Connection) -> None:
    if transaction.parent is None:  # not a begin_nested() inside the session's transaction
        session.info["failures_at_begin"] = connection.info.get("failures", 0)


@event.listens_for(JoinedSession, "after_transaction_end")
def _ended(session: Session, transaction: Any) -> None:
    # Reset at the end, not at the begin: do_orm_execute marks a write before the statement's transaction
    # (and with it after_begin) starts.
    if transaction.parent is None:
        session.info["wrote"] = False


@event.listens_for(JoinedSession, "after_flush")
def _flushed(session: Session, _context: Any) -> None:
    session.info["wrote"] = True


@event.listens_for(JoinedSession, "do_orm_execute")
def _executed(state: Any) -> None:
    statement = state.statement
    reads = state.is_select or (
        isinstance(statement, TextClause) and statement.text.lstrip()[:7].upper().startswith(READ_ONLY_STATEMENTS)
    )
    if not reads:
        state.session.info["wrote"] = True


class ReadJoinedSession(JoinedSession):
    """A read session (GET, HEAD) on PostgreSQL: refuses writes like the app's autocommit read sessions do."""


@event.listens_for(ReadJoinedSession, "after_begin")
def _read_began(session: Session, transaction: Any, connection: Connection) -> None:
    if transaction.parent is not None:
        return
    connection.info["read_only"] = connection.info.get("read_only", 0) + 1
    session.info["read_connection"] = connection


@event.listens_for(ReadJoinedSession, "after_transaction_end")
def _read_ended(session: Session, transaction: Any) -> None:
    connection = session.info.get("read_connection")
    if transaction.parent is None and connection is not None:
        connection.info["read_only"] -= 1
        session.info["read_connection"] = None


def _guard(engine: AsyncEngine, connection: AsyncConnection) -> None:
    """Count failed statements (JoinedSession must not release a failed savepoint) and refuse writes while a
    read session's savepoint is open."""
    sync = connection.sync_connection
    assert sync is not None

    @event.listens_for(engine.sync_engine, "handle_error")
    def _failed(context: Any) -> None:
        if context.connection is not None:
            context.connection.info["failures"] = context.connection.info.get("failures", 0) + 1

    @event.listens_for(sync, "before_cursor_execute")
    def _check(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if sync.info.get("read_only"):
            head = statement.lstrip()[:9].upper()
            if not head.startswith(READ_ONLY_STATEMENTS + _SAVEPOINT_STATEMENTS):
                raise WriteInReadRequest(f"a read-only request ran: {statement[:60]}")


class RollbackDatabase(Database):
    """A Database whose sessions all join one connection's transaction, rolled back by `dispose`."""

    connection: AsyncConnection

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        # Not Database.__init__: the factories are bound to the connection `open` makes. On SQLite the outer
        # transaction begins deferred: the app's BEGIN IMMEDIATE orders writers on different connections, and
        # here there is one; taken at once, the write lock would stall a test's reader on a second connection
        # (/readyz's probe) even before the test wrote anything.
        self.url = url
        if is_sqlite(url):
            engine_kwargs.setdefault("sqlite_begin", "BEGIN")
        self.engine: AsyncEngine = create_engine(url, **engine_kwargs)

    @classmethod
    async def open(cls, url: str) -> RollbackDatabase:
        """Connect, begin the outer transaction and bind the session factories to it."""
        db = cls(url)
        db.connection = await db.engine.connect()
        _guard(db.engine, db.connection)
        db.outer = await db.connection.begin()
        options: dict[str, Any] = {
            "expire_on_commit": False,
            "autoflush": False,
            "join_transaction_mode": "create_savepoint",
        }
        db.sessionmaker = async_sessionmaker(db.connection, sync_session_class=JoinedSession, **options)
        db.read_sessionmaker = db.sessionmaker
        if not is_sqlite(url):
            db.read_sessionmaker = async_sessionmaker(db.connection, sync_session_class=ReadJoinedSession, **options)
            # Model codes come from one sequence per year (registry.codes), which a rollback does not
            # rewind: every test starts at 1, as it would on a fresh database.
            await db.connection.execute(
                text(
                    "SELECT setval(format('%I', sequencename)::regclass, 1, false) FROM pg_sequences "
                    "WHERE sequencename LIKE 'model\\_code\\_%'"
                )
            )
        return db

    async def dispose(self) -> None:
        """Roll back everything the test wrote, then close the connection and the engine."""
        try:
            await self.outer.rollback()
            await self.connection.close()
            if not is_sqlite(self.url):
                # The app counts quotas in autocommit statements of their own (core.ratelimit_store): the
                # one table a rollback cannot empty.
                async with self.engine.begin() as conn:
                    await conn.execute(text("DELETE FROM rate_limits"))
        finally:
            await self.engine.dispose()
