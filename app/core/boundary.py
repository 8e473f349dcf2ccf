"""The last line before the server: every exception a route lets through becomes an answer here.

Outages (core.db_errors.DatabaseUnavailable, a pool checkout timeout) are 503 `database_unavailable` with
Retry-After (a read the replica failed is first run again on the primary: core/replica.py); a version that
moved under a write (StaleDataError) is 412; anything else is the 500 problem.
The exception stops here, so the server keeps the connection open (Starlette's own error middleware re-raises
after its 500, and uvicorn then closes keep-alive connections). A serialization failure or deadlock runs the
request again, up to `database_retry_attempts` times, when nothing has been sent and the body was small enough
to keep (uploads are never replayed).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm.exc import StaleDataError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core import messages
from app.core.db import get_database
from app.core.db_errors import DatabaseUnavailable, classify
from app.core.error_handlers import problem_response
from app.core.errors import PreconditionFailed
from app.core.i18n import Text

log = logging.getLogger("dvk.errors")

RETRY_AFTER_SECONDS = 2
UNAVAILABLE = Text(
    "Cơ sở dữ liệu tạm thời không phục vụ được; hãy thử lại sau ít giây. Yêu cầu chưa được thực hiện.",
    "The database is temporarily unavailable; retry in a few seconds. The request was not carried out.",
)
INTERNAL = messages.INTERNAL_ERROR


class _KeptBody:
    """The request body as it is received, kept (up to a ceiling, never multipart) so a retry can replay it."""

    def __init__(self, scope: Scope, receive: Receive, ceiling: int) -> None:
        self._receive = receive
        self._ceiling = ceiling
        self._size = 0
        self.messages: list[Message] = []
        self.replayable = "multipart/" not in Headers(scope=scope).get("content-type", "").lower()

    async def receive(self) -> Message:
        """The next message from the client, kept while the body stays replayable."""
        message = await self._receive()
        if self.replayable and message["type"] == "http.request":
            self._size += len(message.get("body", b""))
            if self._size > self._ceiling:
                self.replayable, self.messages = False, []
            else:
                self.messages.append(message)
        return message


class ErrorBoundary:
    """Answer what the routes did not (503 for outages, 412 for stale versions, else 500)."""

    def __init__(self, app: ASGIApp, *, retry_attempts: int, max_replay_bytes: int) -> None:
        self.app = app
        self.retry_attempts = retry_attempts
        self.max_replay_bytes = max_replay_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request; retry it on a retryable outage; answer any exception it raises."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = _KeptBody(scope, receive, self.max_replay_bytes)
        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        attempt = 0
        current_receive: Receive = body.receive
        while True:
            try:
                await self.app(scope, current_receive, send_tracked)
                return
            except HTTPException:
                raise  # the body limit's 413 and friends: answered by the middleware that raised them
            except Exception as exc:
                if started:
                    log.exception("error after the response started", extra=_ids(scope))
                    raise
                outage = _outage(exc)
                if outage is not None and _replica_failed(scope, outage):
                    log.warning("a read failed on the replica; running it on the primary", extra=_ids(scope))
                    current_receive = _replay(list(body.messages), body.receive)
                    continue
                if outage is not None and outage.retryable and body.replayable and attempt < self.retry_attempts:
                    attempt += 1
                    log.warning(
                        "retrying after a transient database error",
                        extra={**_ids(scope), "reason": outage.reason, "attempt": attempt},
                    )
                    current_receive = _replay(list(body.messages), body.receive)
                    continue
                await _answer(scope, receive, send_tracked, exc, outage)
                return


def _replica_failed(scope: Scope, outage: DatabaseUnavailable) -> bool:
    """A read the replica failed (core/replica.py) goes to the primary, once: True when it is to be run again."""
    state = scope.get("state") or {}
    replica = get_database().replica
    if replica is None or state.get("read_on") != "replica" or state.get("read_primary"):
        return False
    if outage.reason == "sqlstate_57014":  # the statement timeout: the primary would take as long
        return False
    replica.failed(outage, scope.get("route"))
    state["read_primary"] = True
    return True


def _outage(exc: BaseException) -> DatabaseUnavailable | None:
    if isinstance(exc, PoolTimeout):
        return DatabaseUnavailable("pool_timeout")
    return classify(exc)


async def _answer(
    scope: Scope, receive: Receive, send: Send, exc: Exception, outage: DatabaseUnavailable | None
) -> None:
    request = Request(scope, receive)
    if outage is not None:
        log.warning("answered 503: database unavailable", extra={**_ids(scope), "reason": outage.reason})
        response = problem_response(
            request,
            503,
            "database_unavailable",
            UNAVAILABLE.render(),
            headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"},
            extensions={"reason": outage.reason},
        )
    elif isinstance(exc, StaleDataError):
        stale = PreconditionFailed()
        response = problem_response(request, stale.status, stale.code, stale.message.render())
    else:
        log.exception("unhandled error", extra=_ids(scope))
        response = problem_response(
            request, 500, "internal_error", INTERNAL.render(), headers={"Cache-Control": "no-store"}
        )
    await response(scope, receive, send)


def _replay(kept: list[Message], then: Receive) -> Receive:
    """A receive that hands out the kept body messages again, then goes on with `then`."""

    async def receive() -> Message:
        if kept:
            return kept.pop(0)
        return await then()

    return receive


def _ids(scope: Scope) -> dict[str, Any]:
    return {"request_id": scope.get("state", {}).get("request_id"), "path": scope.get("path")}
