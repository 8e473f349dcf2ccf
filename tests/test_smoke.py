"""The app starts, answers health checks and signs a demo user in."""

from __future__ import annotations


async def test_healthz_and_readyz(client) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json()["status"] == "ready"


async def test_demo_user_signs_in_and_sees_roles(client, demo) -> None:
    r = await client.post("/api/v1/auth/token", data={"username": "demo.mobiliser", "password": demo.password})
    assert r.status_code == 200, r.text
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"})
    assert me.status_code == 200, me.text
    assert me.json()["roles"][0]["role"] == "mobiliser"
    assert me.json()["roles"][0]["unit_code"] == "QT-VL"
