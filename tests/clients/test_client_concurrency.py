"""Service clients under parallel requests on PostgreSQL: many token requests at once all succeed (each logged),
and two rotations racing on one ETag make one new secret, not two."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import ServiceClientCall, ServiceClientSecret
from tests.clients.conftest import API, Clients

pytestmark = [pytest.mark.anyio, pytest.mark.committing, pytest.mark.postgres_only]


async def test_parallel_token_requests_all_succeed(clients: Clients, session: Any) -> None:
    made = await clients.create(["models:read", "events:read"])
    answers = await asyncio.gather(*(clients.token_response(made["id"], made["client_secret"]) for _ in range(20)))
    assert [a.status_code for a in answers] == [200] * 20, [a.text for a in answers if a.status_code != 200]
    tokens = {a.json()["access_token"] for a in answers}
    checks = await asyncio.gather(
        *(clients.client.get(f"{API}/models", headers={"Authorization": f"Bearer {t}"}) for t in tokens)
    )
    assert {c.status_code for c in checks} == {200}
    logged = await session.scalar(
        select(func.count()).select_from(ServiceClientCall).where(ServiceClientCall.operation_id == "auth_token")
    )
    assert logged == 20


async def test_racing_rotations_make_one_secret(clients: Clients, session: Any) -> None:
    made = await clients.create(["models:read"])
    headers = clients.demo.headers("demo.admin", **{"If-Match": '"1"'})
    url = f"{API}/service-clients/{made['id']}/secrets"
    answers = await asyncio.gather(*(clients.client.post(url, json={}, headers=headers) for _ in range(4)))
    assert sorted(a.status_code for a in answers) == [201, 412, 412, 412], [a.text for a in answers]
    secrets = await session.scalar(select(func.count()).select_from(ServiceClientSecret))
    assert secrets == 2
