"""GET /metrics: Prometheus text with per-route-template counters and latencies; optional scrape token."""

from __future__ import annotations

from typing import Any


def _count(text: str, method: str, route: str, status: str) -> float:
    labels = f'method="{method}",route="{route}",status="{status}"'
    for line in text.splitlines():
        if line.startswith(f"dvk_http_requests_total{{{labels}}} "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_metrics_count_requests_by_route_template(client: Any, demo: Any) -> None:
    before = (await client.get("/metrics")).text
    unit = demo.unit("QT-VL")
    for _ in range(3):
        r = await client.get(f"/api/v1/units/{unit}", headers=demo.headers("demo.viewer"))
        assert r.status_code == 200
    assert (await client.get("/api/v1/units/999999999", headers=demo.headers("demo.viewer"))).status_code == 404
    r = await client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    after = r.text
    route = "/api/v1/units/{unit_id}"
    assert _count(after, "GET", route, "200") - _count(before, "GET", route, "200") == 3
    assert _count(after, "GET", route, "404") - _count(before, "GET", route, "404") == 1
    # One series per template, never per id.
    assert f'/api/v1/units/{unit}"' not in after
    assert "dvk_http_request_duration_seconds_bucket" in after
    assert "dvk_db_pool_checked_out" in after


async def test_metrics_token_guards_the_scrape(client: Any, settings_env: Any) -> None:
    settings_env(metrics_token="scrape-secret-123")
    refused = await client.get("/metrics")
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert (await client.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 401
    ok = await client.get("/metrics", headers={"Authorization": "Bearer scrape-secret-123"})
    assert ok.status_code == 200 and "dvk_http_requests_total" in ok.text
