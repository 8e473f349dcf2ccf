"""Hot read statements run straight on the driver (asyncpg) of the request's own connection.

Why: on the hot paths (the caller's grants, a model read, a list page) a statement costs ~200 µs of CPU in
SQLAlchemy's execution layers (the session, the Core connection, the asyncpg adapter's cursor emulation,
each with its greenlet hop and events) and ~20 µs in asyncpg itself (docs/performance/profile-2026-12.md).
The statements stay SQLAlchemy Core objects, built once per shape: SQLAlchemy compiles each one once (its
parameters expanded, in the dialect's `$n` form) and the compiled text is kept here with the order of its
parameters, so a call only maps names to positions and asks asyncpg, which keeps its own prepared statement.

What does not change: the connection is the session's own (the same pool, replica routing, transaction and
statement timeout; behind PgBouncer asyncpg's statement cache is off and statements are unnamed, as for
SQLAlchemy); a database error is asyncpg's own exception, which `core.db_errors.classify` reads like any
other (an outage is a 503). Only reads go this way, and only columns whose values need no conversion by
SQLAlchemy (text, numbers, booleans, UUIDs, dates and times, JSON decoded by the codec SQLAlchemy set on the
connection): tests/core/test_driver.py holds every driver statement's rows equal to SQLAlchemy's own.

On SQLite (no asyncpg) the same statements go through the session as before."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.util import greenlet_spawn

from app.core.db_errors import classify, connection_gone


class Row(dict[str, Any]):
    """A row as a dict whose keys also read as attributes (`row.state`), like SQLAlchemy's Row."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def _mapping(self) -> dict[str, Any]:
        return self


@dataclass(frozen=True)
class _Compiled:
    """A statement compiled for one set of expanded-parameter lengths: its SQL and where each `$n` comes from:
    (name, None) a parameter, (name, i) the i-th item of a list parameter, (None, value) a constant."""

    statement: Any  # held, so the id() in the cache key is never reused while the entry lives
    sql: str
    sources: tuple[tuple[str | None, Any], ...]


# Who wants to see the statements run here (tests: which server ran what, as SQLAlchemy's before_cursor_execute
# event shows for the session's own statements): called with the engine's URL and the SQL.
observers: list[Callable[[Any, str], None]] = []

_CACHE_MAX = 1024
_compiled: dict[tuple[int, tuple[tuple[str, int], ...]], _Compiled] = {}


def _lengths(params: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    return tuple((k, len(v)) for k, v in params.items() if isinstance(v, (list, tuple)))


def _compile(statement: Any, dialect: Any, params: dict[str, Any]) -> _Compiled:
    key = (id(statement), _lengths(params))
    found = _compiled.get(key)
    if found is not None and found.statement is statement:
        return found
    compiled = statement.compile(dialect=dialect)
    state = compiled.construct_expanded_state(params, escape_names=False)
    owners = {item: (name, i) for name, items in state.parameter_expansion.items() for i, item in enumerate(items)}
    sources: list[tuple[str | None, Any]] = []
    for name in state.positiontup or ():
        if name in params:
            sources.append((name, None))
        elif name in owners and owners[name][0] in params:
            sources.append(owners[name])
        else:  # a value held by the statement itself (a literal list such as `state IN (...)`)
            sources.append((None, state.parameters[name]))
    found = _Compiled(statement, state.statement, tuple(sources))
    if len(_compiled) >= _CACHE_MAX:
        _compiled.clear()
    _compiled[key] = found
    return found


def _arguments(compiled: _Compiled, params: dict[str, Any]) -> list[Any]:
    return [
        value if name is None else (params[name] if value is None else params[name][value])
        for name, value in compiled.sources
    ]


async def adapted_connection(session: AsyncSession) -> Any | None:
    """SQLAlchemy's adapter of the asyncpg connection under the session's connection, or None when the database is
    not PostgreSQL through asyncpg (SQLite)."""
    connection = await session.connection()
    if connection.dialect.driver != "asyncpg":
        return None
    return (await connection.get_raw_connection()).dbapi_connection


async def fetch(session: AsyncSession, statement: Executable, params: dict[str, Any]) -> list[Row]:
    """Every row of a read statement, as Rows; on the driver on PostgreSQL, through the session elsewhere."""
    return [Row(d) for d in await fetch_dicts(session, statement, params)]


async def _run(session: AsyncSession, adapted: Any, statement: Executable, params: dict[str, Any]) -> list[Any]:
    bind = session.get_bind()
    compiled = _compile(statement, bind.dialect, params)
    for observer in observers:
        observer(bind.engine.url, compiled.sql)
    try:
        return await run_on(adapted, compiled.sql, _arguments(compiled, params))
    except Exception as exc:
        if broken(adapted.driver_connection, exc):
            await invalidate((await session.connection()).sync_connection, exc)
        raise


async def run_on(adapted: Any, sql: str, arguments: list[Any]) -> list[Any]:
    """The statement's records, on the asyncpg connection under SQLAlchemy's adapter, as the adapter runs its own:
    one statement at a time on a connection (its lock: two requests of a test share one connection), inside the
    transaction the adapter opens lazily at its first statement (none in AUTOCOMMIT, for reads)."""
    async with adapted._execute_mutex:
        if adapted._transaction is None:
            await adapted._start_transaction()
        return list(await adapted.driver_connection.fetch(sql, *arguments))


def broken(conn: Any, exc: BaseException) -> bool:
    """Whether the driver's error says the connection is gone (db_errors' rule for SQLAlchemy's own statements)."""
    return bool(conn.is_closed()) or connection_gone(classify(exc))


async def invalidate(connection: Any, exc: BaseException) -> None:
    """What SQLAlchemy does when its own statement meets a disconnect: this connection is discarded, and every
    other connection of the pool opened before now is replaced at its next checkout (after a restart or a
    partition they are all dead), so the next request gets a live one instead of an outage of its own."""

    def discard() -> None:
        if not connection.invalidated:
            connection.engine.pool._invalidate(connection.connection, exc)
            connection.invalidate(exc)

    await greenlet_spawn(discard)


async def fetch_dicts(session: AsyncSession, statement: Executable, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Every row as a plain dict (for rows serialised as they are: a dict subclass costs pydantic-core's JSON
    encoder attribute lookups per row)."""
    adapted = await adapted_connection(session)
    if adapted is None:
        return [dict(m) for m in (await session.execute(statement, params)).mappings()]
    return [dict(r.items()) for r in await _run(session, adapted, statement, params)]


async def fetch_one(session: AsyncSession, statement: Executable, params: dict[str, Any]) -> Row | None:
    """The first row of a read statement, or None."""
    rows = await fetch(session, statement, params)
    return rows[0] if rows else None
