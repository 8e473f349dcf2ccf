"""create_app(): middleware, error handlers and routers."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.auth import caller_cache
from app.auth.dependencies import get_caller
from app.auth.endpoints import router as auth_router
from app.authority.endpoints import router as authority_router
from app.authority.sync import refresh_campaign
from app.background import worker_registry
from app.campaigns import service as campaigns_service
from app.campaigns.endpoints import router as campaigns_router
from app.clients.audit import ClientCallLog
from app.clients.endpoints import router as clients_router
from app.confirmations.endpoints import router as confirmations_router
from app.contract import install_contract
from app.core.bodies import require_token_for
from app.core.boundary import ErrorBoundary
from app.core.config import get_settings
from app.core.config_checks import listen_url
from app.core.db import get_database
from app.core.docs_ui import install_docs
from app.core.error_handlers import install_error_handlers
from app.core.guard import request_guard
from app.core.logging import configure_logging
from app.core.middleware import RequestContextMiddleware
from app.core.openapi_docs import install_problem_schemas
from app.core.openapi_guard import install_guard_responses
from app.core.openapi_implied import install_implied_responses
from app.core.ratelimit import RateLimitHeadersMiddleware
from app.core.replica import set_observer as observe_replica
from app.coverage.endpoints import router as coverage_router
from app.criteria.condition_endpoints import router as conditions_router
from app.criteria.endpoints import router as criteria_router
from app.criteria.own_endpoints import router as own_criteria_router
from app.decisions import service as decisions_service
from app.decisions.endpoints import router as decisions_router
from app.documents import service as documents_service
from app.documents.endpoints import router as documents_router
from app.evidence.endpoints import router as evidence_router
from app.feed.endpoints import router as events_router
from app.fields.endpoints import router as fields_router
from app.followups.endpoints import router as followups_router
from app.indicators.endpoints import router as indicators_router
from app.notifications.endpoints import router as notifications_router
from app.notifications.preference_endpoints import router as notification_preferences_router
from app.ops import metrics
from app.ops.endpoints import router as ops_router
from app.plans.endpoints import router as plans_router
from app.public.endpoints import router as public_router
from app.registrations.endpoints import router as registrations_router
from app.registry.endpoints import router as models_router
from app.registry.workflow_endpoints import router as workflow_router
from app.reviews.endpoints import router as reviews_router
from app.storage.orphans import sweep_temp_files
from app.units.endpoints import router as units_router
from app.users.endpoints import router as users_router
from app.webhooks.endpoints import router as webhooks_router
from app.worker.runner import Worker

API_PREFIX = "/api/v1"

DESCRIPTION = """
HTTP/JSON API of the **"Dân vận khéo"** (Skilful Mass Mobilisation) emulation movement:
units register models, build them, report results, are surveyed, reviewed and recognised.

* Errors are RFC 9457 `application/problem+json` with a stable `code`; `detail` follows
  `Accept-Language` (Vietnamese by default, `en` for English).
* Sign in at `POST /api/v1/auth/token` (OAuth2 password grant) and send `Authorization: Bearer …`.
  A service client (an integrated system) gets its token at the same endpoint with the client-credentials
  grant; each operation's `security` names the scope it needs.
* Lists use cursor pagination: pass `next_cursor` back as `cursor`.
* Writes to versioned resources need `If-Match` with the resource's `ETag`.
"""


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    # Everything built at start-up (modules, routes, schemas, table metadata) lives as long as the process:
    # move it out of the collector's sight, so collections while serving only walk what requests allocate.
    sweep_temp_files()  # uploads a killed worker left half-written in data_dir/tmp
    gc.collect()
    gc.freeze()
    stop = asyncio.Event()
    # DVK_WORKER_IN_PROCESS (./scripts/serve): one worker beside the API, stopped (jobs in hand finished or
    # released) before the database closes.
    worker = asyncio.create_task(Worker(get_database(), worker_registry()).run(stop)) if _in_process() else None
    listener = _caller_listener(stop)
    yield
    stop.set()
    for task in (worker, listener):
        if task is not None:
            await task
    await get_database().dispose()


def _in_process() -> bool:
    return get_settings().worker_in_process


def _caller_listener(stop: asyncio.Event) -> asyncio.Task[None] | None:
    """The caller cache's LISTEN connection (none on SQLite, behind PgBouncer without a direct URL, or when off)."""
    settings = get_settings()
    return caller_cache.start(
        stop, listen_url(settings), settings.caller_cache_seconds, settings.database_connect_timeout_seconds
    )


def create_app() -> FastAPI:
    """Build the application."""
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_json)
    app = FastAPI(
        title="DVK API",
        version="1.0.0",
        description=DESCRIPTION,
        lifespan=_lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # install_docs: the same pages with their assets served from here, not a CDN
        redoc_url=None,
        dependencies=[Depends(request_guard)],
    )
    install_docs(app)
    install_error_handlers(app)
    install_problem_schemas(app)
    install_guard_responses(app)
    install_implied_responses(app)  # headers and statuses each route's dependencies imply, the guard's included
    install_contract(app)  # last: names the enums and types the problems of the finished document
    require_token_for(get_caller)  # a body sent to a route that needs the caller is refused without a token
    campaigns_service.on_profile_change(refresh_campaign)  # undecided models follow their campaign's profile
    decisions_service.on_revoke(documents_service.on_decision_revoked)  # a revoked decision's signed revocation
    observe_replica(metrics.ReplicaMetrics())  # the read replica's routes and checks, counted
    # Innermost: whatever a route lets through is answered here (503/412/500), inside the request context.
    app.add_middleware(
        ErrorBoundary, retry_attempts=settings.database_retry_attempts, max_replay_bytes=settings.max_json_body_bytes
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "Idempotency-Key",
                "Accept-Language",
                "X-Request-ID",
            ],
            expose_headers=["ETag", "X-Request-ID", "Retry-After", "Location", "RateLimit", "RateLimit-Policy"],
        )
    app.add_middleware(RateLimitHeadersMiddleware)
    app.add_middleware(ClientCallLog)  # inside the request context (its request id), outside the boundary
    app.add_middleware(RequestContextMiddleware, max_body_bytes=settings.max_json_body_bytes, observe=metrics.observe)
    app.include_router(ops_router)
    for router in (
        auth_router,
        units_router,
        users_router,
        clients_router,
        fields_router,
        criteria_router,
        campaigns_router,
        own_criteria_router,
        models_router,
        conditions_router,
        evidence_router,
        confirmations_router,
        followups_router,
        workflow_router,
        authority_router,
        coverage_router,
        registrations_router,
        reviews_router,
        decisions_router,
        documents_router,
        public_router,
        indicators_router,
        events_router,
        notifications_router,
        webhooks_router,
        plans_router,
        notification_preferences_router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    return app
