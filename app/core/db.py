"""The async engine, the session factory and the per-request session dependency.

One transaction per request: services only flush; the session dependency commits when the endpoint
returns (before the response is sent) and rolls back when it raises.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from app.core import db_errors
from app.core.config import get_settings
from app.core.db_errors import classify
from app.core.replica import ReplicaRouter, ReplicaSettings


def is_sqlite(url: str) -> bool:
    """True for the embedded database."""
    return url.startswith("sqlite")


def create_engine(url: str, *, sqlite_begin: str = "BEGIN IMMEDIATE", **kwargs: Any) -> AsyncEngine:
    """An engine with the per-dialect settings the app relies on."""
    settings = get_settings()
    if is_sqlite(url):
        busy = settings.database_statement_timeout_seconds
        engine = create_async_engine(url, connect_args={"timeout": busy}, **kwargs)
        _configure_sqlite(engine, sqlite_begin, int(busy * 1000))
        db_errors.install(engine)
        return engine
    kwargs.setdefault("pool_size", settings.database_pool_size)
    kwargs.setdefault("max_overflow", 10)
    kwargs.setdefault("pool_pre_ping", settings.database_pre_ping)
    kwargs.setdefault("pool_recycle", settings.database_pool_recycle_seconds)
    kwargs.setdefault("pool_timeout", settings.database_pool_timeout_seconds)
    statement_ms = int(settings.database_statement_timeout_seconds * 1000)
    connect_args = {
        "timeout": settings.database_connect_timeout_seconds,
        # The client stops waiting a second after the server should have cancelled: only a silent server
        # (a partition) reaches this one.
        "command_timeout": settings.database_statement_timeout_seconds + 1,
        "server_settings": {"statement_timeout": str(statement_ms)},
    }
    if settings.database_pooler == "pgbouncer":
        connect_args.update(_TRANSACTION_POOLING)
        del connect_args["server_settings"]
    connect_args.update(kwargs.pop("connect_args", {}))
    # asyncpg prepares every statement and PostgreSQL may reuse a generic plan after five runs: subtree
    # filters are index ranges with parameter bounds (policy.scope.InSubtree), which a generic plan can use,
    # so a hot statement is not planned again on every request (not behind PgBouncer: see _TRANSACTION_POOLING).
    engine = create_async_engine(url, connect_args=connect_args, **kwargs)
    db_errors.install(engine)
    return engine


def _unnamed() -> str:
    return ""


# Behind PgBouncer in transaction pooling mode (DVK_DATABASE_POOLER=pgbouncer; PgBouncer < 1.21 keeps no
# prepared statements across server connections): SQLAlchemy's and asyncpg's statement caches off, and every
# statement prepared unnamed, which asyncpg then parses again in the same round trip as its execution (so the
# server connection that runs it is the one that parsed it, even outside a transaction, and none is left behind
# on a server connection for another client to collide with). No start-up `server_settings`: PgBouncer refuses
# parameters it does not track (statement_timeout is set on the role or by PgBouncer's connect_query instead).
_TRANSACTION_POOLING: dict[str, Any] = {
    "statement_cache_size": 0,
    "prepared_statement_cache_size": 0,
    "prepared_statement_name_func": _unnamed,
}


def _configure_sqlite(engine: AsyncEngine, begin: str, busy_ms: int) -> None:
    """Foreign keys on, WAL, and real transactions.

    The sqlite3 driver's own implicit transactions do not cover SELECTs and break SAVEPOINT; we
    take over and start every transaction with BEGIN IMMEDIATE so two writers serialise on the
    database lock (busy timeout) instead of failing with "database is locked" on upgrade.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)


READ_ONLY_STATEMENTS = ("SELECT", "WITH", "SHOW", "EXPLAIN")


class WriteInReadRequest(RuntimeError):
    """A GET or HEAD request tried to write: a bug (reads run without a transaction)."""


def _refuse_writes(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _check(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip()[:7].upper().startswith(READ_ONLY_STATEMENTS):
            raise WriteInReadRequest(f"a read-only request ran: {statement[:60]}")


class Database:
    """Holds the engine and session factories for one app instance.

    `sessionmaker` opens a transaction per request. `read_sessionmaker` (GET and HEAD) does not on
    PostgreSQL: under READ COMMITTED every statement takes its own snapshot even inside a transaction, so
    a read-only request gains nothing from BEGIN ... COMMIT but two round trips; any write there is refused
    (a bug, never half-applied). On SQLite the two are the same.
    """

    # A streaming replica for GET and HEAD requests' reads (core/replica.py), when one is configured.
    replica: ReplicaRouter | None = None

    def __init__(self, url: str, *, replica_url: str = "", **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = create_engine(url, **engine_kwargs)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self.read_sessionmaker = self.sessionmaker
        if not is_sqlite(url):
            read_engine = _read_only(self.engine)
            self.read_sessionmaker = async_sessionmaker(read_engine, expire_on_commit=False, autoflush=False)
            if replica_url:
                self.replica = _replica_router(replica_url, read_engine)
        elif replica_url:
            raise ValueError("a read replica needs PostgreSQL; the SQLite database has none")

    async def dispose(self) -> None:
        """Close every pooled connection (the replica's too)."""
        await self.engine.dispose()
        if self.replica is not None:
            await self.replica.dispose()


def _read_only(engine: AsyncEngine) -> AsyncEngine:
    """The engine in autocommit mode, refusing writes (reads need no transaction; see Database)."""
    read_engine = engine.execution_options(isolation_level="AUTOCOMMIT")
    _refuse_writes(read_engine)
    return read_engine


def _replica_router(url: str, primary_reads: AsyncEngine) -> ReplicaRouter:
    """The replica's engines (reads; a one-connection pool for its checks, with short timeouts) and router."""
    settings = get_settings()
    timeout = settings.replica_connect_timeout_seconds
    engine = create_engine(url, connect_args={"timeout": timeout})
    check_engine = create_engine(
        url, pool_size=1, max_overflow=1, connect_args={"timeout": timeout, "command_timeout": timeout}
    )
    return ReplicaRouter(
        sessionmaker=async_sessionmaker(_read_only(engine), expire_on_commit=False, autoflush=False),
        engine=engine,
        check_engine=check_engine.execution_options(isolation_level="AUTOCOMMIT"),
        primary=primary_reads,
        settings=ReplicaSettings(
            max_lag_seconds=settings.replica_max_lag_seconds,
            sticky_seconds=settings.replica_sticky_seconds,
            check_interval_seconds=settings.replica_check_interval_seconds,
            retry_seconds=settings.replica_retry_seconds,
        ),
    )


_database: Database | None = None


def get_database() -> Database:
    """The process-wide database, created on first use from the settings."""
    global _database
    if _database is None:
        settings = get_settings()
        _database = Database(settings.effective_database_url, replica_url=settings.effective_replica_url)
    return _database


def set_database(database: Database | None) -> None:
    """Swap the process-wide database (tests, CLI)."""
    global _database
    _database = database


READ_METHODS = frozenset({"GET", "HEAD"})


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A session for one request: commit when the endpoint returns, roll back if it raises.

    With a replica, a read may be served by it (core/replica.py), and after any other request the caller is
    remembered so their next reads see what they wrote.
    """
    database = get_database()
    reading = request.method in READ_METHODS
    replica = database.replica
    if not reading:
        maker = database.sessionmaker
    elif replica is None:
        maker = database.read_sessionmaker
    else:
        maker = replica.read_maker(request, database.read_sessionmaker)
    failure: BaseException | None = None
    try:
        async with maker() as session:
            try:
                yield session
            except BaseException as exc:
                failure = exc
                await session.rollback()
                raise
            else:
                if not reading:  # a read has nothing to commit (no transaction on PostgreSQL; writes refused)
                    await session.commit()
    finally:
        if replica is not None and not reading and _answered(failure):
            await replica.remember_write(request)


def _answered(failure: BaseException | None) -> bool:
    """The request ended with an answer of its own (success, or a refusal such as 412), not an outage."""
    return failure is None or (isinstance(failure, Exception) and classify(failure) is None)


# scope="function": the commit happens when the endpoint returns, before the response is sent,
# so a client never sees success for a write that did not commit.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
