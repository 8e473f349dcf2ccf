"""The async engine, the session factory and the per-request session dependency.

One transaction per request: services only flush; the session dependency commits when the endpoint
returns (before the response is sent) and rolls back when it raises.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from app.core.config import get_settings


def is_sqlite(url: str) -> bool:
    """True for the embedded database."""
    return url.startswith("sqlite")


def create_engine(url: str, *, sqlite_begin: str = "BEGIN IMMEDIATE", **kwargs: Any) -> AsyncEngine:
    """An engine with the per-dialect settings the app relies on."""
    if is_sqlite(url):
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)
        _configure_sqlite(engine, sqlite_begin)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    kwargs.setdefault("pool_pre_ping", True)
    # asyncpg prepares statements; after five runs PostgreSQL may switch to a generic plan, which cannot
    # use the path index for `unit_path LIKE $1 || '%'` (measured: 60 ms → 600 ms). Scope filters are the
    # hot path, so always plan with the actual values.
    kwargs.setdefault("connect_args", {"server_settings": {"plan_cache_mode": "force_custom_plan"}})
    return create_async_engine(url, **kwargs)


def _configure_sqlite(engine: AsyncEngine, begin: str) -> None:
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
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)


class Database:
    """Holds the engine and session factory for one app instance."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = create_engine(url, **engine_kwargs)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=False)

    async def dispose(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()


_database: Database | None = None


def get_database() -> Database:
    """The process-wide database, created on first use from the settings."""
    global _database
    if _database is None:
        _database = Database(get_settings().effective_database_url)
    return _database


def set_database(database: Database | None) -> None:
    """Swap the process-wide database (tests, CLI)."""
    global _database
    _database = database


async def get_session() -> AsyncIterator[AsyncSession]:
    """A session for one request: commit when the endpoint returns, roll back if it raises."""
    async with get_database().sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


# scope="function": the commit happens when the endpoint returns, before the response is sent,
# so a client never sees success for a write that did not commit.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
