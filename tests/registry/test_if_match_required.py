"""Moving a model needs If-Match with its ETag, like editing it: a transition (POST /models/{id}/transitions)
and a survey (POST /models/{id}/surveys, the record_survey move) answer 428 without it and 412 with a stale
one, and change nothing. Concurrent moves or edits with the same current ETag: exactly one wins, no 5xx."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.registry.conftest import RESULTS, SURVEY
from tests.support.app import get_app

pytestmark = pytest.mark.anyio

CASES = [(None, 428, "precondition_required"), ('"99"', 412, "precondition_failed")]


async def _state(ctx: Any, model_id: str) -> tuple[str, int, int]:
    read = (await ctx.client.get(f"/api/v1/models/{model_id}", headers=ctx.demo.headers("demo.mobiliser"))).json()
    history = (
        await ctx.client.get(f"/api/v1/models/{model_id}/history", headers=ctx.demo.headers("demo.mobiliser"))
    ).json()
    return read["state"], read["version"], len(history)


@pytest.mark.parametrize(("if_match", "status", "code"), CASES, ids=["missing", "stale"])
@pytest.mark.parametrize("write", ["transition", "survey"])
async def test_a_move_needs_the_models_current_etag(
    ctx, write: str, if_match: str | None, status: int, code: str
) -> None:
    model = await ctx.create(with_form=True)
    await ctx.move(model["id"], "demo.registrant", "submit")
    await ctx.move(model["id"], "demo.mobiliser", "accept")
    reported = await ctx.move(model["id"], "demo.registrant", "report_results", **RESULTS)
    url, body = (
        (f"/api/v1/models/{model['id']}/transitions", {"action": "record_survey", "survey": SURVEY})
        if write == "transition"
        else (f"/api/v1/models/{model['id']}/surveys", SURVEY)
    )
    before = await _state(ctx, model["id"])
    headers = ctx.demo.headers("demo.mobiliser", **({"If-Match": if_match} if if_match else {}))
    r = await ctx.client.post(url, json=body, headers=headers)
    assert r.status_code == status and r.json()["code"] == code, r.text
    assert await _state(ctx, model["id"]) == before
    r = await ctx.client.post(
        url, json=body, headers=ctx.demo.headers("demo.mobiliser", **{"If-Match": f'"{reported["version"]}"'})
    )
    assert r.status_code in (200, 201), r.text
    assert r.json()["state"] == "surveyed" and r.headers["ETag"] == f'"{reported["version"] + 1}"'


async def test_the_role_and_the_state_are_checked_before_if_match(ctx) -> None:
    """The order stays: who may act (403) and from which state (409) come before If-Match (428)."""
    model = await ctx.create(with_form=True)
    url = f"/api/v1/models/{model['id']}/transitions"
    r = await ctx.client.post(url, json={"action": "submit"}, headers=ctx.demo.headers("demo.mobiliser"))
    assert r.status_code == 403, r.text
    r = await ctx.client.post(url, json={"action": "accept"}, headers=ctx.demo.headers("demo.mobiliser"))
    assert r.status_code == 409 and r.json()["code"] == "transition_not_allowed", r.text
    r = await ctx.client.post(url, json={"action": "submit"}, headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 428, r.text


async def _parallel(requests: list[tuple[str, str, dict[str, Any], dict[str, str]]]) -> list[httpx.Response]:
    """Fire the requests at once through the real app, each on its own connection (no shared client state)."""
    transport = httpx.ASGITransport(app=get_app(), raise_app_exceptions=False)

    async def one(method: str, url: str, body: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            return await c.request(method, url, json=body, headers=headers)

    return list(await asyncio.gather(*(one(*r) for r in requests)))


@pytest.mark.committing  # requests at once
@pytest.mark.postgres_only
async def test_ten_parallel_moves_with_one_etag_exactly_one_wins(ctx) -> None:
    model = await ctx.create(with_form=True)
    submitted = await ctx.move(model["id"], "demo.registrant", "submit")
    url = f"/api/v1/models/{model['id']}/transitions"
    etag = {"If-Match": f'"{submitted["version"]}"'}
    moves = [("accept", "demo.mobiliser"), ("return", "demo.mobiliser")] * 5
    results = await _parallel(
        [
            (
                "POST",
                url,
                {"action": action, **({"reason": "Bổ sung hồ sơ"} if action == "return" else {})},
                ctx.demo.headers(user, **etag),
            )
            for action, user in moves
        ]
    )
    codes = sorted(r.status_code for r in results)
    assert codes.count(200) == 1 and all(c in (409, 412) for c in codes[1:]), [r.text for r in results]
    winner = next(r for r in results if r.status_code == 200).json()
    history = (
        await ctx.client.get(f"/api/v1/models/{model['id']}/history", headers=ctx.demo.headers("demo.viewer"))
    ).json()
    assert [h["action"] for h in history][:2] == ["create", "submit"] and len(history) == 3
    assert history[-1]["to_state"] == winner["state"] and winner["version"] == submitted["version"] + 1


@pytest.mark.committing  # requests at once
@pytest.mark.postgres_only
async def test_ten_parallel_edits_with_one_etag_exactly_one_wins(ctx) -> None:
    model = await ctx.create()
    url = f"/api/v1/models/{model['id']}"
    etag = {"If-Match": f'"{model["version"]}"'}
    results = await _parallel(
        [("PATCH", url, {"summary": f"Bản sửa {i}"}, ctx.demo.headers("demo.registrant", **etag)) for i in range(10)]
    )
    codes = sorted(r.status_code for r in results)
    assert codes == [200] + [412] * 9, [r.text for r in results]
    read = (await ctx.client.get(url, headers=ctx.demo.headers("demo.registrant"))).json()
    assert read["version"] == model["version"] + 1
