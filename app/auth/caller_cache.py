"""A per-process cache of signed-in people (their row, session and grants: the Caller), kept true by PostgreSQL.

Every authenticated request of a person would otherwise run `caller_rows`. Here the answer is kept, by (user id,
sign-in session id), for at most `DVK_CALLER_CACHE_SECONDS`, and dropped as soon as PostgreSQL says it changed:
migration 0029's triggers `NOTIFY dvk_caller` with the user's id (their row, role assignments, a session revoked)
or '*' (a unit's path or activity: anyone's grants), and each API process LISTENs on one dedicated connection to
the primary (`DVK_DATABASE_LISTEN_URL`: direct, never through PgBouncer's transaction pooling).

The cache is used only while that connection is up and answering: connection lost (or a heartbeat unanswered)
→ everything is dropped and every request reads the database until it is back (reconnecting with back-off).
Races: `begin()` takes the generation before the statement and `put()` stores only if no invalidation (nor a
reconnect) came since, so an answer read before a change is never stored after its notification. Only answers
read on the primary are stored (a replica may not have replayed a change already notified), and only usable
callers (a refusal is never cached). No cache on SQLite (one process) nor when the listen URL is empty.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import uuid
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.models import RoleAssignment, Unit, User
from app.ops import metrics
from app.policy.principal import Caller

log = logging.getLogger("dvk.caller_cache")

CHANNEL = "dvk_caller"
EVERYONE = "*"
MAX_ENTRIES = 10_000
HEARTBEAT_SECONDS = 5.0
RETRY_FIRST_SECONDS, RETRY_MAX_SECONDS = 0.5, 30.0
_UNIT_FIELDS = ("path", "is_active")
_PENDING = "dvk_caller_invalidate"  # session.info key: users to drop from the cache once the session commits

Key = tuple[uuid.UUID, str | None]


class CallerCache:
    """Callers by (user id, session id), each with the monotonic time it expires; usable only while listening."""

    def __init__(self, ttl_seconds: float = 0.0, max_entries: int = MAX_ENTRIES) -> None:
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self.listening = False
        self.generation = 0
        self._users: dict[uuid.UUID, dict[str | None, tuple[float, Caller]]] = {}
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def get(self, user_id: uuid.UUID, session_id: str | None) -> Caller | None:
        """The cached caller, or None (not cached, expired, or the cache not in use: counted as a miss)."""
        if not self.listening:
            return None
        entry = self._users.get(user_id, {}).get(session_id)
        if entry is None or entry[0] <= time.monotonic():
            metrics.CALLER_CACHE.labels("miss").inc()
            return None
        metrics.CALLER_CACHE.labels("hit").inc()
        return entry[1]

    def begin(self) -> int | None:
        """The generation to pass to put() after reading the database; None when nothing may be stored."""
        return self.generation if self.listening and self.ttl_seconds > 0 else None

    def put(self, caller: Caller, generation: int | None) -> bool:
        """Keep a caller read on the primary, unless something was invalidated since `begin()`."""
        if generation is None or generation != self.generation or not self.listening:
            return False
        if self._size >= self.max_entries:
            self._clear()  # simpler than LRU, and a full cache refills at one statement per caller
        sessions = self._users.setdefault(caller.user.id, {})
        self._size += caller.session_id not in sessions
        sessions[caller.session_id] = (time.monotonic() + self.ttl_seconds, caller)
        return True

    def invalidate(self, payload: str) -> None:
        """A NOTIFY payload: one user's id, or '*' for everyone."""
        self.generation += 1
        if self.listening:
            metrics.CALLER_CACHE_INVALIDATIONS.labels("all" if payload == EVERYONE else "user").inc()
        if payload == EVERYONE:
            self._clear()
            return
        try:
            user_id = uuid.UUID(payload)
        except ValueError:  # not ours to understand: be safe
            self._clear()
            return
        self._size -= len(self._users.pop(user_id, {}))

    def connected(self) -> None:
        """The listener is up: answers read from now on may be kept."""
        self.generation += 1
        self._clear()
        self.listening = True
        metrics.CALLER_CACHE_LISTENING.set(1)

    def lost(self) -> None:
        """The listener is down: nothing is served nor kept until it is back (a change may go unheard)."""
        if self.listening:
            metrics.CALLER_CACHE_INVALIDATIONS.labels("lost").inc()
        self.listening = False
        self.generation += 1
        self._clear()
        metrics.CALLER_CACHE_LISTENING.set(0)

    def _clear(self) -> None:
        self._users.clear()
        self._size = 0


CACHE = CallerCache()


def get_cache() -> CallerCache:
    """The process's cache."""
    return CACHE


class CallerListener:
    """One asyncpg connection that LISTENs on `dvk_caller` and feeds the cache; reconnects with back-off."""

    def __init__(self, cache: CallerCache, dsn: str, *, connect_timeout: float = 5.0) -> None:
        self.cache = cache
        self.dsn = dsn
        self.connect_timeout = connect_timeout
        self.heartbeat_seconds = HEARTBEAT_SECONDS
        self.connection: Any = None
        self._gone = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        """Listen until `stop` is set; on any failure drop the cache, wait, and connect again."""
        delay = RETRY_FIRST_SECONDS
        while not stop.is_set():
            try:
                await self._listen(stop)
                delay = RETRY_FIRST_SECONDS
            except Exception as exc:
                log.warning("caller cache listener down; reads go to the database", extra={"reason": repr(exc)})
            finally:
                self.cache.lost()
                await self._close()
            if not stop.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), random.uniform(delay / 2, delay))
                delay = min(delay * 2, RETRY_MAX_SECONDS)

    async def _listen(self, stop: asyncio.Event) -> None:
        import asyncpg

        self._gone = asyncio.Event()
        self.connection = await asyncpg.connect(self.dsn, timeout=self.connect_timeout)
        self.connection.add_termination_listener(self._terminated)
        await self.connection.add_listener(CHANNEL, self._notified)
        self.cache.connected()
        log.info("caller cache listening")
        while not stop.is_set():
            waiters = {asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._gone.wait())}
            done, pending = await asyncio.wait(
                waiters, timeout=self.heartbeat_seconds, return_when=asyncio.FIRST_COMPLETED
            )
            for waiter in pending:
                waiter.cancel()
            if self._gone.is_set():
                raise ConnectionError("the listen connection closed")
            if not done:  # a silent partition shows here: the heartbeat times out, the cache is dropped
                await self.connection.fetchval("SELECT 1", timeout=self.connect_timeout)

    def _notified(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self.cache.invalidate(payload)

    def _terminated(self, _connection: Any) -> None:
        self.cache.lost()  # at once, before the loop notices
        self._gone.set()

    async def _close(self) -> None:
        connection, self.connection = self.connection, None
        if connection is not None and not connection.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.close(), self.connect_timeout)


def start(stop: asyncio.Event, dsn: str, ttl_seconds: float, connect_timeout: float) -> asyncio.Task[None] | None:
    """Start the process's listener (the app's lifespan); None when there is no cache (empty dsn, ttl 0)."""
    if not dsn or ttl_seconds <= 0:
        return None
    CACHE.ttl_seconds = ttl_seconds
    return asyncio.create_task(CallerListener(CACHE, dsn, connect_timeout=connect_timeout).run(stop))


def invalidate_on_commit(session: Any, user_id: uuid.UUID | str) -> None:
    """Drop a user's cached callers ('*': everyone's) in this process as soon as the session commits; the NOTIFY
    tells the other processes (and this one, a moment later): a change answered here is felt here by the very next
    request. For statements the ORM does not see (bulk updates); its own changes are found by `_after_flush`."""
    sync_session = getattr(session, "sync_session", session)
    sync_session.info.setdefault(_PENDING, set()).add(str(user_id))


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, User):
            invalidate_on_commit(session, obj.id)
        elif isinstance(obj, RoleAssignment):
            invalidate_on_commit(session, obj.user_id)
        elif isinstance(obj, Unit) and obj not in session.new:
            state = inspect(obj)
            if obj in session.deleted or any(state.attrs[name].history.has_changes() for name in _UNIT_FIELDS):
                invalidate_on_commit(session, EVERYONE)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    for payload in session.info.pop(_PENDING, ()):
        CACHE.invalidate(payload)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)
