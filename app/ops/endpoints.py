"""/healthz, /readyz and /metrics."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from app.core.bodies import GuardedRoute
from app.core.config import get_settings
from app.core.db import Database, get_database
from app.core.deadline import finished_within
from app.core.error_handlers import problem_response
from app.core.migrations import current_revision, head_revision
from app.core.openapi_docs import problems
from app.ops import metrics, repository
from app.ops.schemas import Liveness, Readiness

router = APIRouter(tags=["operations"], route_class=GuardedRoute)


@router.get("/healthz", operation_id="ops_healthz", summary="Liveness", response_model=Liveness)
async def healthz() -> dict[str, str]:
    """The process is alive (touches nothing else)."""
    return {"status": "ok"}


@router.get(
    "/readyz", operation_id="ops_readyz", summary="Readiness", response_model=Readiness, responses=problems(503)
)
async def readyz(request: Request) -> JSONResponse:
    """The database answers and its schema is at the newest migration; 503 otherwise, within
    DVK_READYZ_TIMEOUT_SECONDS whatever the network does. The read replica's state is reported, never a cause
    of 503."""
    database = get_database()
    head = head_revision()
    bound = get_settings().readyz_timeout_seconds
    check = await finished_within(_probe(database), bound)
    if check is None:
        return _not_ready(request, "database_unreachable", f"database did not answer within {bound:g} s")
    try:
        current = check.result()
    except Exception as exc:  # any failure to reach the database means "not ready"
        return _not_ready(request, "database_unreachable", f"database unreachable: {type(exc).__name__}")
    if current != head:
        return _not_ready(request, "migrations_pending", f"database at {current}, code at {head}")
    replica = await _replica(database, bound)
    return JSONResponse({"status": "ready", "database": "ok", "migration": current, **replica})


async def _replica(database: Database, bound: float) -> dict[str, object]:
    """The read replica's state, checked now: `none` (not configured), `ok`, `lagging` or `down`. A replica
    that is down or lags leaves the API ready: its reads go to the primary."""
    if database.replica is None:
        return {"replica": "none", "replica_lag_seconds": None}
    check = await finished_within(database.replica.check(), bound)
    if check is None or check.exception() is not None:
        return {"replica": "down", "replica_lag_seconds": None}
    status = check.result()
    return {"replica": status.state, "replica_lag_seconds": status.lag_seconds}


async def _probe(database: Database) -> str | None:
    """One round trip, then the schema's migration revision."""
    async with database.engine.connect() as connection:
        await repository.ping(connection)
    return await current_revision(database.engine)


def _not_ready(request: Request, code: str, detail: str) -> JSONResponse:
    """A 503 problem (with the request id, like every other problem)."""
    return problem_response(request, 503, code, detail, headers={"Cache-Control": "no-store"})


@router.get(
    "/metrics",
    operation_id="ops_metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={
        200: {
            "content": {"text/plain": {"schema": {"type": "string"}}},
            "description": "The Prometheus text exposition format.",
        },
        **problems(401),
    },
    description="Request counts and latencies per route template (`dvk_http_requests_total`, "
    "`dvk_http_request_duration_seconds`), database connections in use, the job queue's depth (`dvk_jobs`), "
    "with a read replica where reads went and its lag (`dvk_db_reads_total`, `dvk_db_replica_lag_seconds`) and, "
    "from the worker running in this process, job and webhook delivery counts and latencies. With "
    "`DVK_METRICS_TOKEN` set, the scraper must send `Authorization: Bearer <token>`.",
)
async def prometheus_metrics(request: Request) -> Response:
    """The process's (or, with PROMETHEUS_MULTIPROC_DIR, every worker's) metrics."""
    token = get_settings().metrics_token
    if token:
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            return problem_response(
                request,
                401,
                "unauthorized",
                "metrics need the scrape token",
                headers={"WWW-Authenticate": 'Bearer realm="metrics"'},
            )
    await _count_jobs(get_database())
    body, content_type = metrics.exposition()
    return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})


async def _count_jobs(database: Database) -> None:
    """Refresh the queue-depth gauge from the database, within the readiness bound; on failure the last
    counts stay (a scrape never fails for it)."""

    async def count() -> list[tuple[str, str, int]]:
        async with database.engine.connect() as connection:
            return await repository.job_counts(connection)

    done = await finished_within(count(), get_settings().readyz_timeout_seconds)
    if done is not None and done.exception() is None:
        metrics.set_queue_depth(done.result())
