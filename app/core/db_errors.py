"""Which database failures are outages, and turning them into one exception the HTTP edge answers 503.

An outage is anything that says "the database cannot serve this now" rather than "this request is wrong":
the server unreachable, refusing connections or shutting down, a connection lost or timed out (a network
partition ends in asyncpg's command_timeout), a statement cancelled by statement_timeout, a read-only server
(a standby during failover), too many connections, SQLite's lock held past its busy timeout. Serialization
failures and deadlocks are outages too, but retryable: the request can simply be run again.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger("dvk.db")

RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
OUTAGE_SQLSTATES = frozenset(
    {
        "25006",  # read_only_sql_transaction: a standby, or a primary being demoted
        "57014",  # query_canceled: statement_timeout
        "57P01",
        "57P02",
        "57P03",  # admin_shutdown, crash_shutdown, cannot_connect_now
        "53300",  # too_many_connections
    }
)
OUTAGE_SQLSTATE_CLASSES = ("08", "53", "58")  # connection exception, insufficient resources, system error
BROKEN_CONNECTION_REASONS = frozenset({"timeout", "connection_lost"})
SQLITE_OUTAGE_MESSAGES = ("database is locked", "disk i/o error", "unable to open database", "database is full")


class DatabaseUnavailable(Exception):
    """The database cannot serve the request now; answered 503 `database_unavailable` with Retry-After."""

    def __init__(self, reason: str, *, retryable: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


def sqlstate(exc: BaseException | None) -> str | None:
    """The SQLSTATE a driver error carries (asyncpg's `sqlstate`, SQLAlchemy's adapted `pgcode`), if any."""
    for attr in ("sqlstate", "pgcode"):
        value = getattr(exc, attr, None)
        if isinstance(value, str):
            return value
    return None


def connection_gone(outage: DatabaseUnavailable | None) -> bool:
    """Whether the outage leaves its connection unusable (timed out mid-statement, lost, its server shutting
    down), so the pool must replace it; a cancelled statement, a read-only server or a busy SQLite file leave it
    usable."""
    return outage is not None and (
        outage.reason in BROKEN_CONNECTION_REASONS or outage.reason.startswith(("sqlstate_08", "sqlstate_57P"))
    )


def classify(exc: BaseException) -> DatabaseUnavailable | None:
    """The outage this exception (or what it wraps) means, or None when it is not one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DatabaseUnavailable):
            return current
        if isinstance(current, TimeoutError):
            return DatabaseUnavailable("timeout")
        if isinstance(current, ConnectionError):
            return DatabaseUnavailable("connection_lost")
        state = sqlstate(current)
        if state in RETRYABLE_SQLSTATES:
            return DatabaseUnavailable(f"sqlstate_{state}", retryable=True)
        if state and (state in OUTAGE_SQLSTATES or state.startswith(OUTAGE_SQLSTATE_CLASSES)):
            return DatabaseUnavailable(f"sqlstate_{state}")
        if type(current).__name__ in (
            "ConnectionDoesNotExistError",
            "InterfaceError",
            "ConnectionFailureError",
            "InternalClientError",
        ) and type(current).__module__.startswith("asyncpg"):
            return DatabaseUnavailable("connection_lost")
        if type(current).__name__ == "OperationalError" and any(
            m in str(current).lower() for m in SQLITE_OUTAGE_MESSAGES
        ):
            return DatabaseUnavailable("sqlite_busy")
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def install(engine: AsyncEngine) -> None:
    """Turn outages raised by this engine into DatabaseUnavailable, and their connections into discards."""

    @event.listens_for(engine.sync_engine, "handle_error")
    def _on_error(ctx: ExceptionContext) -> BaseException | None:
        outage = classify(ctx.original_exception)
        if outage is None:
            return None
        if connection_gone(outage):
            # A connection that timed out mid-statement or lost its server is in no state to be reused (a
            # cancelled statement, a read-only server or a busy SQLite file leave it usable).
            ctx.is_disconnect = True
        log.warning("database unavailable", extra={"reason": outage.reason})
        return outage

    @event.listens_for(engine.sync_engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        try:
            return dialect.connect(*cargs, **cparams)
        except Exception as exc:
            outage = classify(exc) or (DatabaseUnavailable("connect_failed") if isinstance(exc, OSError) else None)
            if outage is None:
                raise
            log.warning("database unreachable", extra={"reason": outage.reason})
            raise outage from exc
