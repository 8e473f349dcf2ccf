"""Replication (nhân rộng): a model declares it replicates another, recognised model; the recognised model
lists its replications; reports count them."""

from __future__ import annotations

import uuid
from typing import Any

from tests.public.showcase_support import decide, insert_model
from tests.registry.conftest import YEAR


async def _recognised_elsewhere(session: Any, demo: Any, **over: Any) -> Any:
    """A model of Khu phố 1, Phường 1 (Đông Hà: outside Vĩnh Linh's scope) recognised by Thành ủy Đông Hà."""
    model = await insert_model(
        session, demo, unit="QT-DH-P1-KP1", name="Khu phố tự quản về an ninh trật tự", state="surveyed", **over
    )
    await decide(session, demo, [model.id], issuing_unit="QT-DH-TU")
    return model


async def test_a_model_declares_it_replicates_a_recognised_model_of_another_district(ctx, session) -> None:
    target = await _recognised_elsewhere(session, ctx.demo)
    own = await ctx.create(replicates_id=str(target.id))
    assert own["replicates"] == {"id": str(target.id), "code": target.code, "name": target.name}
    assert own["replication_count"] == 0 and own["honours"] == []
    headers = ctx.demo.headers("demo.registrant")
    # The recognised model is a public fact: its replications can be listed by someone who cannot read it.
    assert (await ctx.client.get(f"/api/v1/models/{target.id}", headers=headers)).status_code == 404
    r = await ctx.client.get(f"/api/v1/models/{target.id}/replications", headers=headers)
    assert r.status_code == 200, r.text
    assert [i["id"] for i in r.json()["items"]] == [own["id"]] and r.json()["total"] == 1
    assert r.json()["items"][0]["replicates_id"] == str(target.id)
    listed = await ctx.client.get("/api/v1/models", params={"replicates": str(target.id)}, headers=headers)
    assert [i["id"] for i in listed.json()["items"]] == [own["id"]]
    read = await ctx.client.get(f"/api/v1/models/{target.id}", headers=ctx.demo.headers("demo.admin"))
    assert read.json()["replication_count"] == 1


async def test_replicates_must_name_another_recognised_model(ctx, session) -> None:
    demo = ctx.demo
    draft = await insert_model(session, demo, unit="QT-DH-P1-KP1", name="Bản nháp ở Đông Hà")
    surveyed = await insert_model(session, demo, state="surveyed")
    problems = []
    for wrong in (draft.id, surveyed.id, uuid.uuid4()):
        r = await ctx.client.post(
            "/api/v1/models", json=ctx.body(replicates_id=str(wrong)), headers=demo.headers("demo.registrant")
        )
        assert r.status_code == 422, r.text
        problems.append(r.json())
    # One answer whether the model does not exist, is a draft elsewhere or is not recognised: nothing leaks.
    assert all(p["code"] == "invalid_replicates" for p in problems)
    assert all(
        p["errors"] == [{"code": "invalid_replicates", "pointer": "#/replicates_id", "detail": problems[0]["detail"]}]
        for p in problems
    )
    assert len({p["detail"] for p in problems}) == 1
    listed = await ctx.client.get("/api/v1/models", headers=demo.headers("demo.registrant"))
    assert [i["id"] for i in listed.json()["items"]] == [str(surveyed.id)]  # nothing was created

    model = await ctx.create()
    url, headers = f"/api/v1/models/{model['id']}", demo.headers("demo.registrant", **{"If-Match": '"1"'})
    itself = await ctx.client.patch(url, json={"replicates_id": model["id"]}, headers=headers)
    assert itself.status_code == 422 and itself.json()["code"] == "invalid_replicates"
    for state in ("nominated", "exemplar"):
        target = await insert_model(session, demo, unit="QT-DH-P1-KP1", state=state)
        r = await ctx.client.patch(url, json={"replicates_id": str(target.id)}, headers=headers)
        assert r.status_code == 200, r.text
        assert r.json()["replicates"]["code"] == target.code
        headers["If-Match"] = r.headers["etag"]
    cleared = await ctx.client.patch(url, json={"replicates_id": None}, headers=headers)
    assert cleared.status_code == 200 and cleared.json()["replicates"] is None


async def test_replications_list_the_visible_ones_and_count_them_all(ctx, session) -> None:
    demo = ctx.demo
    target = await insert_model(session, demo, unit="QT-VL-VT-TLA", state="surveyed", name="Mô hình gốc")
    await decide(session, demo, [target.id])
    mine = [await ctx.create(replicates_id=str(target.id), name=f"Nhân rộng {i}") for i in range(2)]
    await insert_model(session, demo, unit="QT-DH-P1-KP1", replicates_id=target.id, state="registered")
    await insert_model(session, demo, replicates_id=target.id, state="withdrawn")
    url = f"/api/v1/models/{target.id}/replications"

    registrant = (await ctx.client.get(url, headers=demo.headers("demo.registrant"))).json()
    assert sorted(i["id"] for i in registrant["items"]) == sorted(m["id"] for m in mine)
    assert registrant["total"] == 3  # Đông Hà's counts, the withdrawn one does not
    seen, cursor = [], None
    while True:
        page = (
            await ctx.client.get(
                url, params={"limit": 1, **({"cursor": cursor} if cursor else {})}, headers=demo.headers("demo.admin")
            )
        ).json()
        seen += [i["code"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 3 and seen == sorted(seen)
    read = await ctx.client.get(f"/api/v1/models/{target.id}", headers=demo.headers("demo.registrant"))
    assert read.json()["replication_count"] == 3

    # A model that is neither visible nor recognised: 404, like any model outside the caller's scope.
    hidden = await insert_model(session, demo, unit="QT-DH-P1-KP1")
    r = await ctx.client.get(f"/api/v1/models/{hidden.id}/replications", headers=demo.headers("demo.registrant"))
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    bad = await ctx.client.get(url, params={"cursor": "x"}, headers=demo.headers("demo.registrant"))
    assert bad.status_code == 400


async def test_the_summary_report_counts_replications(ctx, session) -> None:
    demo = ctx.demo
    target = await _recognised_elsewhere(session, demo)
    await ctx.create(replicates_id=str(target.id))  # a draft: does not count yet
    for state in ("registered", "recognized", "withdrawn"):
        await insert_model(session, demo, replicates_id=target.id, state=state)
    await insert_model(session, demo, state="registered")
    r = await ctx.client.get(
        "/api/v1/reports/summary",
        params={"campaign": ctx.campaign_id, "year": YEAR, "unit": demo.unit("QT-VL")},
        headers=demo.headers("demo.viewer"),
    )
    assert r.status_code == 200, r.text
    assert r.json()["totals"]["replications"] == 2


async def test_a_replicated_models_etag_changes_with_its_replication_count(ctx, session) -> None:
    """The read shows replication_count and the ETag is the version: a new, cleared or withdrawn replication
    gives the replicated model a new version, so a cached copy is never answered 304 with a stale count."""
    demo = ctx.demo
    target = await _recognised_elsewhere(session, demo)
    admin = demo.headers("demo.admin")
    url = f"/api/v1/models/{target.id}"
    first = await ctx.client.get(url, headers=admin)
    assert first.status_code == 200 and first.json()["replication_count"] == 0

    def conditional(response: Any) -> dict[str, str]:
        return {**admin, "If-None-Match": response.headers["etag"]}

    assert (await ctx.client.get(url, headers=conditional(first))).status_code == 304
    own = await ctx.create(replicates_id=str(target.id))
    after_create = await ctx.client.get(url, headers=conditional(first))
    assert after_create.status_code == 200, "a stale copy must not be confirmed"
    assert after_create.json()["replication_count"] == 1
    assert after_create.headers["etag"] != first.headers["etag"]
    # Derived, not edited: the replicated model's own updated_at does not move.
    assert after_create.json()["updated_at"] == first.json()["updated_at"]

    # The replicating model stops replicating (PATCH to null), then replicates again, then is withdrawn.
    own_url = f"/api/v1/models/{own['id']}"
    registrant = demo.headers("demo.registrant")
    cleared = await ctx.client.patch(own_url, json={"replicates_id": None}, headers={**registrant, "If-Match": '"1"'})
    assert cleared.status_code == 200, cleared.text
    after_clear = await ctx.client.get(url, headers=conditional(after_create))
    assert after_clear.status_code == 200 and after_clear.json()["replication_count"] == 0
    again = await ctx.client.patch(
        own_url, json={"replicates_id": str(target.id)}, headers={**registrant, "If-Match": cleared.headers["etag"]}
    )
    assert again.status_code == 200, again.text
    # An edit that leaves replicates_id alone does not touch the replicated model.
    renamed = await ctx.client.patch(
        own_url, json={"name": "Dân vận khéo nhân rộng"}, headers={**registrant, "If-Match": again.headers["etag"]}
    )
    assert renamed.status_code == 200, renamed.text
    before_withdraw = await ctx.client.get(url, headers=admin)
    assert before_withdraw.json()["replication_count"] == 1
    assert before_withdraw.json()["version"] == after_clear.json()["version"] + 1
    withdrawn = await ctx.client.post(
        f"{own_url}/transitions",
        headers={**registrant, "If-Match": renamed.headers["etag"]},
        json={"action": "withdraw", "reason": "Đơn vị rút đăng ký"},
    )
    assert withdrawn.status_code == 200, withdrawn.text
    after_withdraw = await ctx.client.get(url, headers=conditional(before_withdraw))
    assert after_withdraw.status_code == 200 and after_withdraw.json()["replication_count"] == 0
    assert after_withdraw.json()["version"] == before_withdraw.json()["version"] + 1
