"""Confirmation acts under concurrency: the model row is locked for each act, so two acts at once record one,
and a withdrawal racing a submission is seen wholly before or wholly after it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.confirmations.support import commune_chair, confirmations, history, url
from tests.registry.conftest import Ctx

pytestmark = pytest.mark.committing  # requests at once


async def test_the_same_act_twice_at_once_records_one(ctx: Ctx, session: Any) -> None:
    chair = await commune_chair(ctx, session)
    mid = (await ctx.create(field_code="other", with_form=True))["id"]
    answers = await asyncio.gather(
        *(ctx.client.post(url(mid), json={"kind": "other_field"}, headers=ctx.demo.headers(chair)) for _ in range(2))
    )
    assert sorted(r.status_code for r in answers) == [201, 409], [r.text for r in answers]
    assert [r.json()["code"] for r in answers if r.status_code == 409] == ["already_confirmed"]
    assert len(await confirmations(ctx, mid)) == 1
    assert [h["action"] for h in await history(ctx, mid)].count("confirm") == 1


async def test_a_withdrawal_racing_a_submission_is_seen_before_or_after_it(ctx: Ctx, session: Any) -> None:
    from tests.etags import if_match

    chair = await commune_chair(ctx, session)
    mid = (await ctx.create(field_code="other", with_form=True))["id"]
    act = await ctx.confirm(mid, chair, "other_field")
    headers = await if_match(ctx.client, f"/api/v1/models/{mid}", ctx.demo.headers("demo.registrant"))
    submit, withdraw = await asyncio.gather(
        ctx.client.post(f"/api/v1/models/{mid}/transitions", json={"action": "submit"}, headers=headers),
        ctx.client.post(
            url(mid, f"/{act['id']}/withdraw"), json={"reason": "Rút lại xác nhận."}, headers=ctx.demo.headers(chair)
        ),
    )
    assert withdraw.status_code == 200, withdraw.text
    actions = [h["action"] for h in await history(ctx, mid)]
    if submit.status_code == 200:
        assert actions.index("submit") < actions.index("withdraw_confirmation")
    else:
        assert submit.status_code == 422 and submit.json()["errors"][0]["code"] == "other_field_confirmed"
        assert "submit" not in actions
