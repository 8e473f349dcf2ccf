"""Prometheus metrics (prometheus-client): request counts and latencies per route template, and the
database connection pool. One process: its own registry. Several workers (uvicorn --workers, gunicorn):
set PROMETHEUS_MULTIPROC_DIR to an empty directory shared by the workers and every scrape sums them."""

from __future__ import annotations

import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

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


def observe(method: str, route: str, status: int, seconds: float) -> None:
    """Count one answered request (route = the path template, e.g. /api/v1/models/{model_id})."""
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


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
