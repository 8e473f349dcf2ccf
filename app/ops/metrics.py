"""Prometheus metrics (prometheus-client): request counts and latencies per route template, and the
database connection pool. One process: its own registry. Several workers (uvicorn --workers, gunicorn):
set PROMETHEUS_MULTIPROC_DIR to an empty directory shared by the workers and every scrape sums them."""

from __future__ import annotations

import math
import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from app.core.replica import FALLBACKS, ReplicaObserver, ReplicaStatus

REQUESTS = Counter(
    "dvk_http_requests_total",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "dvk_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
POOL_IN_USE = Gauge(
    "dvk_db_pool_checked_out", "Database connections in use by this process.", multiprocess_mode="livesum"
)

# The worker (app/worker) and webhook delivery (app/webhooks). Queue depth is read from the database when
# /metrics is scraped (one answer for every worker); the rest is counted by the process that did the work (the
# API's, with the in-process worker, or `dvk worker --metrics-port`).
JOBS = Gauge(
    "dvk_jobs",
    "Jobs in the queue by kind and status (queued, running, failed).",
    ["kind", "status"],
    multiprocess_mode="mostrecent",
)
JOBS_FINISHED = Counter(
    "dvk_jobs_finished_total", "Job runs by kind and outcome (done, retry, failed, released).", ["kind", "outcome"]
)
JOB_DURATION = Histogram(
    "dvk_job_duration_seconds",
    "Time a handler ran, by job kind.",
    ["kind"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
)
WEBHOOK_ATTEMPTS = Counter(
    "dvk_webhook_attempts_total",
    "Webhook delivery attempts by outcome (delivered, retry, gone, failed, refused).",
    ["outcome"],
)
WEBHOOK_FAILURES = Counter(
    "dvk_webhook_failures_total",
    "Failed webhook attempts by reason (timeout, connect_error, redirect, http_5xx, refused_private, …).",
    ["reason"],
)
WEBHOOK_ATTEMPT_DURATION = Histogram(
    "dvk_webhook_attempt_duration_seconds",
    "Time one webhook attempt took, from resolving the host to the last byte read.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0),
)
WEBHOOK_DELIVERY_LAG = Histogram(
    "dvk_webhook_delivery_lag_seconds",
    "Time from an event to its successful delivery (retries included).",
    buckets=(0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0, 3600.0, 21_600.0, 86_400.0),
)

# The email channel (app/notifications/email), counted by the worker that sends.
EMAILS = Counter(
    "dvk_emails_total",
    "Email sending attempts by kind (immediate, digest) and outcome (sent, retry, failed, bounced, skipped).",
    ["kind", "outcome"],
)

# The read replica (app/core/replica.py): where each read went and why, and what the last check found.
DB_READS = Counter(
    "dvk_db_reads_total",
    "Reads (the sessions of GET and HEAD requests) by the database that served them (replica, primary) and why "
    "(replica; route, read_your_writes; the fallbacks down, lagging, failed).",
    ["target", "reason"],
)
REPLICA_FALLBACKS = Counter(
    "dvk_db_replica_fallbacks_total",
    "Reads sent to the primary because the replica was down (or not checked recently enough), lagged, or failed "
    "the read.",
    ["reason"],
)
REPLICA_LAG = Gauge(
    "dvk_db_replica_lag_seconds",
    "The replica's replay lag at the last check (NaN when unknown or down).",
    multiprocess_mode="max",
)
REPLICA_UP = Gauge(
    "dvk_db_replica_up",
    "1 when the last check found the replica usable (within the lag allowed), else 0.",
    multiprocess_mode="min",
)

# The caller cache (app/auth/caller_cache.py): lookups, what dropped entries, whether the listener is up.
CALLER_CACHE = Counter(
    "dvk_caller_cache_lookups_total",
    "Signed-in callers looked up in the process's cache while its listener is up, by outcome (hit, miss).",
    ["outcome"],
)
CALLER_CACHE_INVALIDATIONS = Counter(
    "dvk_caller_cache_invalidations_total",
    "Caller cache invalidations: one user (a NOTIFY or a local commit), all (a unit changed), lost (the listener's "
    "connection went away: everything dropped, the cache bypassed until it is back).",
    ["scope"],
)
CALLER_CACHE_LISTENING = Gauge(
    "dvk_caller_cache_listening",
    "1 while the caller cache's LISTEN connection is up (the cache in use), else 0.",
    multiprocess_mode="min",
)


class ReplicaMetrics(ReplicaObserver):
    """The read replica's routes and checks, counted."""

    def routed(self, target: str, reason: str) -> None:
        """One read routed."""
        DB_READS.labels(target, reason).inc()
        if reason in FALLBACKS:
            REPLICA_FALLBACKS.labels(reason).inc()

    def checked(self, status: ReplicaStatus) -> None:
        """The replica's state after a check."""
        REPLICA_UP.set(1 if status.state == "ok" else 0)
        REPLICA_LAG.set(math.nan if status.lag_seconds is None else status.lag_seconds)


def observe(method: str, route: str, status: int, seconds: float) -> None:
    """Count one answered request (route = the path template, e.g. /api/v1/models/{model_id})."""
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


def set_queue_depth(rows: list[tuple[str, str, int]]) -> None:
    """Replace the queue-depth series with a fresh count (kind, status, jobs)."""
    JOBS.clear()
    for kind, status, count in rows:
        JOBS.labels(kind, status).set(count)


def exposition() -> tuple[bytes, str]:
    """The metrics in the Prometheus text format, with their content type."""
    from app.core.db import get_database

    pool = get_database().engine.pool
    checked_out = getattr(pool, "checkedout", None)
    if callable(checked_out):
        POOL_IN_USE.set(checked_out())
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST
