"""Reads that tolerate staleness, served by a PostgreSQL streaming replica (`DVK_DATABASE_REPLICA_URL`).

Which reads: the sessions of GET and HEAD requests (`core.db.get_session`), except
- routes marked `reads_primary`, and routes the replica once refused (a statement a standby cannot run, e.g.
  `SELECT … FOR UPDATE`: learnt by each process, logged as an error, the read run again on the primary);
- a caller's reads after their own write (read-your-writes, below);
- while the replica is down, or lags further behind than `DVK_REPLICA_MAX_LAG_SECONDS`.
Everything else uses the primary: writes, the worker, the CLI, /readyz and /metrics, quota counters, the client
call log, exports that open their own session.

Read-your-writes. After every request that is not a GET or HEAD (committed, or refused with a 4xx such as a
stale `If-Match`) the primary's WAL insert position is read, after the commit, and sent back in the cookie
`dvk_read_after` (an LSN such as `0/3A2F1C8`, Max-Age `DVK_REPLICA_STICKY_SECONDS`). A read carrying it goes to
the primary until the replica has replayed past that position, whichever API process serves it: what decides is
the replica's own replay position, not a process's memory, so it holds across processes and machines behind a
load balancer. For clients that keep no cookies, the process that served the write also remembers the caller's
token for `DVK_REPLICA_STICKY_SECONDS`.

The replica's state. Every `DVK_REPLICA_CHECK_INTERVAL_SECONDS` each API process reads the primary's WAL flush
position, then the replica's replay position and the age of the last transaction it replayed (two tiny
statements; a background task that a request starts when the last reading is stale: no request waits for it).
Lag: zero when the replica has replayed what the primary had flushed just before, else the time since the last
transaction it replayed committed. A reading is trusted while its lag plus its age stays within the lag allowed
(the replica may have stopped right after it); past that, reads go to the primary until a check answers. A check
that fails (connect error, timeout: `DVK_REPLICA_CONNECT_TIMEOUT_SECONDS`) opens the circuit: reads go to the
primary for `DVK_REPLICA_RETRY_SECONDS`, then the replica is checked again. A read that fails on the replica with
an outage is run again on the primary (core.boundary), and a broken connection opens the circuit the same way,
so a replica that goes away costs no request a 5xx.

SQL lives here rather than in a repository: core imports no domain package (tests/core/test_sql_in_repositories).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.requests import Request

from app.core.db_errors import BROKEN_CONNECTION_REASONS, DatabaseUnavailable
from app.core.deadline import finished_within

log = logging.getLogger("dvk.replica")

READ_AFTER_COOKIE = "dvk_read_after"
_LSN = re.compile(r"^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$")
_READS_PRIMARY = "__dvk_reads_primary__"
_STICKY_PRUNE_AT = 10_000
_POSITION_TIMEOUT_SECONDS = 2.0
# A read failed for these: the replica is gone (the circuit opens), not merely unable to run that statement.
_GONE_REASONS = BROKEN_CONNECTION_REASONS | {"connect_failed"}

State = Literal["ok", "lagging", "down", "unknown"]
# Why a read went where it went (the `reason` label of dvk_db_reads_total).
REPLICA = "replica"
ROUTE = "route"
READ_YOUR_WRITES = "read_your_writes"
DOWN = "down"
LAGGING = "lagging"
FAILED = "failed"
FALLBACKS = frozenset({DOWN, LAGGING, FAILED})

F = TypeVar("F", bound=Callable[..., Any])


def reads_primary(endpoint: F) -> F:
    """Mark a GET endpoint whose reads must see the primary (put it under the router's decorator)."""
    setattr(endpoint, _READS_PRIMARY, True)
    return endpoint


def parse_lsn(value: str | None) -> int | None:
    """A WAL position written `X/Y` (hex), as one number; None when absent or malformed."""
    if not value or not _LSN.match(value):
        return None
    high, _, low = value.partition("/")
    return (int(high, 16) << 32) + int(low, 16)


def format_lsn(value: int) -> str:
    """The `X/Y` form PostgreSQL writes."""
    return f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"


@dataclass(frozen=True)
class ReplicaStatus:
    """What the last check found: the state, the replay position, the lag (None when unknown), when (monotonic)."""

    state: State
    replay_lsn: int | None = None
    lag_seconds: float | None = None
    checked_at: float = 0.0


class ReplicaObserver:
    """Told of every read's route and every check (the app factory passes the metrics recorder in, so core
    knows nothing of app.ops). This one ignores them."""

    def routed(self, target: str, reason: str) -> None:
        """A read went to `target` (replica or primary) for `reason`."""

    def checked(self, status: ReplicaStatus) -> None:
        """A check (or a failed read) changed what is known of the replica."""


_observer = ReplicaObserver()


def set_observer(observer: ReplicaObserver) -> None:
    """Install the recorder of routes and checks (create_app passes the metrics one)."""
    global _observer
    _observer = observer


def caller_key(request: Request) -> bytes | None:
    """Who is reading or writing, for the in-process read-your-writes: a digest of the bearer token."""
    authorization = request.headers.get("authorization")
    if not authorization:
        return None
    return hashlib.blake2b(authorization.encode(), digest_size=16).digest()


async def _flush_position(engine: AsyncEngine) -> int | None:
    """The primary's WAL flush position (what streaming replicas can have received)."""
    async with engine.connect() as connection:
        return parse_lsn(await connection.scalar(text("SELECT pg_current_wal_flush_lsn()::text")))


async def _insert_position(engine: AsyncEngine) -> int | None:
    """The primary's WAL insert position: past the commit record of every transaction committed before."""
    async with engine.connect() as connection:
        return parse_lsn(await connection.scalar(text("SELECT pg_current_wal_insert_lsn()::text")))


async def _replay_position(engine: AsyncEngine) -> tuple[bool, int | None, float | None]:
    """The replica's (in recovery, replay position, seconds since the last replayed transaction committed)."""
    statement = text(
        "SELECT pg_is_in_recovery(), "
        "(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END)::text, "
        "EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8"
    )
    async with engine.connect() as connection:
        in_recovery, replay, since = (await connection.execute(statement)).one()
    return bool(in_recovery), parse_lsn(replay), None if since is None else max(float(since), 0.0)


@dataclass(frozen=True)
class ReplicaSettings:
    """The knobs of the routing (from core.config's DVK_REPLICA_* settings)."""

    max_lag_seconds: float
    sticky_seconds: float
    check_interval_seconds: float
    retry_seconds: float


class ReplicaRouter:
    """Chooses, for each read, the replica or the primary, and keeps what is known of the replica."""

    def __init__(
        self,
        *,
        sessionmaker: async_sessionmaker[AsyncSession],
        engine: AsyncEngine,
        check_engine: AsyncEngine,
        primary: AsyncEngine,
        settings: ReplicaSettings,
    ) -> None:
        self.sessionmaker = sessionmaker  # autocommit read sessions on the replica
        self.engine = engine
        self._check_engine = check_engine
        self._primary = primary  # an autocommit engine on the primary
        self.settings = settings
        self.status = ReplicaStatus("unknown")
        self._down_until = 0.0
        self._task: asyncio.Task[ReplicaStatus] | None = None
        self._sticky: dict[bytes, float] = {}
        self._primary_routes: set[int] = set()  # id() of routes (they live as long as the app)

    # -- what is known of the replica --------------------------------------------------------------------------

    def current(self) -> ReplicaStatus:
        """The last reading (a check started in the background when it is stale); `unknown` once its lag plus its
        age passes the lag allowed."""
        now = time.monotonic()
        status = self.status
        age = now - status.checked_at
        loop = asyncio.get_running_loop()
        if self._task is not None and self._task.get_loop() is not loop:
            self._task = None  # started in a loop that has ended (a CLI run, a test) before it finished
        if age >= self.settings.check_interval_seconds and now >= self._down_until and self._task is None:
            self._task = loop.create_task(self._background_check())
        if status.state == "ok" and (status.lag_seconds or 0.0) + age > self.settings.max_lag_seconds:
            # Since that reading the replica may have fallen behind by as long as it is old.
            return replace(status, state="unknown")
        return status

    async def _background_check(self) -> ReplicaStatus:
        try:
            return await self.check()
        finally:
            self._task = None

    async def check(self) -> ReplicaStatus:
        """Read the primary's flush position, then the replica's replay position and lag, now."""
        try:
            primary_lsn: int | None = await _flush_position(self._primary)
        except Exception:  # the primary's trouble is answered elsewhere; judge the replica by itself
            primary_lsn = None
        was_down = self.status.state == "down"
        try:
            in_recovery, replay, since = await _replay_position(self._check_engine)
        except Exception as exc:
            log.warning("replica check failed", extra={"reason": type(exc).__name__})
            return self._open_circuit()
        if not in_recovery or (primary_lsn is not None and replay is not None and replay >= primary_lsn):
            lag: float | None = 0.0
        else:
            lag = since
        state: State = "ok" if lag is not None and lag <= self.settings.max_lag_seconds else "lagging"
        self.status = ReplicaStatus(state, replay, lag, time.monotonic())
        if was_down:
            log.warning("replica is back", extra={"state": state})
            # Connections pooled before the outage are dead: start afresh rather than fail a read on each.
            await finished_within(self.engine.dispose(), self.settings.check_interval_seconds)
        _observer.checked(self.status)
        return self.status

    def _open_circuit(self) -> ReplicaStatus:
        now = time.monotonic()
        self._down_until = now + self.settings.retry_seconds
        self.status = ReplicaStatus("down", self.status.replay_lsn, None, now)
        _observer.checked(self.status)
        return self.status

    def failed(self, outage: DatabaseUnavailable, route: Any) -> None:
        """A read on the replica failed (it is run again on the primary): learn from why."""
        reason = outage.reason
        if reason == "sqlstate_25006":  # read_only_sql_transaction: the route runs a statement a standby cannot
            self._primary_routes.add(id(route))
            path = getattr(route, "path", None)
            log.error("a GET route cannot read from the replica; its reads go to the primary", extra={"route": path})
        elif (
            reason in BROKEN_CONNECTION_REASONS
            or reason == "connect_failed"
            or reason.startswith(("sqlstate_08", "sqlstate_57P", "sqlstate_53"))
        ):
            log.warning("replica read failed; reads go to the primary", extra={"reason": reason})
            self._open_circuit()

    # -- routing -----------------------------------------------------------------------------------------------

    def read_maker(
        self, request: Request, primary: async_sessionmaker[AsyncSession]
    ) -> async_sessionmaker[AsyncSession]:
        """The session factory for this read: the replica's, or `primary` (recorded on the request's state)."""
        reason = self._primary_reason(request)
        target = REPLICA if reason is None else "primary"
        request.state.read_on = target
        _observer.routed(target, reason or REPLICA)
        return self.sessionmaker if reason is None else primary

    def _primary_reason(self, request: Request) -> str | None:
        if getattr(request.state, "read_primary", False):
            return FAILED
        route = request.scope.get("route")
        if getattr(getattr(route, "endpoint", None), _READS_PRIMARY, False) or id(route) in self._primary_routes:
            return ROUTE
        status = self.current()
        key = caller_key(request)
        if key is not None and self._sticky.get(key, 0.0) > time.monotonic():
            return READ_YOUR_WRITES
        read_after = parse_lsn(request.cookies.get(READ_AFTER_COOKIE))
        if read_after is not None and (status.replay_lsn is None or status.replay_lsn < read_after):
            return READ_YOUR_WRITES
        if status.state in ("down", "unknown"):
            return DOWN
        if status.state == "lagging":
            return LAGGING
        return None

    async def remember_write(self, request: Request) -> None:
        """After a request that may have written: its caller reads from the primary until the replica has it."""
        now = time.monotonic()
        key = caller_key(request)
        if key is not None:
            if len(self._sticky) >= _STICKY_PRUNE_AT:
                self._sticky = {k: until for k, until in self._sticky.items() if until > now}
            self._sticky[key] = now + self.settings.sticky_seconds
        done = await finished_within(_insert_position(self._primary), _POSITION_TIMEOUT_SECONDS)
        position = None if done is None or done.exception() is not None else done.result()
        if position is None:  # the in-process memory still holds; never fail the answer over it
            log.warning("could not read the commit position for read-your-writes")
            return
        cookie = (
            f"{READ_AFTER_COOKIE}={format_lsn(position)}; Max-Age={math.ceil(self.settings.sticky_seconds)}; "
            "Path=/; HttpOnly; SameSite=Lax"
        )
        if request.url.scheme == "https":
            cookie += "; Secure"
        request.state.set_cookies = [*getattr(request.state, "set_cookies", []), cookie]

    async def dispose(self) -> None:
        """Stop the check in flight and close every pooled connection to the replica."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task
        await self.engine.dispose()
        await self._check_engine.dispose()
