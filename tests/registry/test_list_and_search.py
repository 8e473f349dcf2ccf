"""Listing models: filters, diacritics-insensitive search, cursor pagination, scope."""

from __future__ import annotations

import time

from app.registry import repository
from tests.etags import if_match
from tests.registry.conftest import YEAR


async def _ids(ctx, query: str, user: str = "demo.viewer") -> list[str]:
    r = await ctx.client.get(f"/api/v1/models?{query}", headers=ctx.demo.headers(user))
    assert r.status_code == 200, r.text
    return [m["id"] for m in r.json()["items"]]


async def test_filters_a_user_would_expect(ctx) -> None:
    a = (await ctx.create())["id"]
    b = (
        await ctx.create(
            name="Dân vận khéo trong xây dựng nông thôn mới",
            field_code="new_rural",
            registrant_unit_id=ctx.demo.unit("QT-VL-VT-MTTQ"),
            with_form=True,
        )
    )["id"]
    c = (await ctx.create(registrant_kind="individual", individual_name="Trần Thị Bình", model_type="comprehensive"))[
        "id"
    ]
    await ctx.move(b, "demo.registrant", "submit")
    assert set(await _ids(ctx, "field=economy")) == {a, c}
    assert await _ids(ctx, "state=registered") == [b]
    assert set(await _ids(ctx, "state=registered&state=draft")) == {a, b, c}
    assert await _ids(ctx, "registrant_kind=individual") == [c]
    assert await _ids(ctx, "model_type=comprehensive") == [c]
    assert set(await _ids(ctx, f"unit={ctx.demo.unit('QT-VL-VT-TL')}")) == {a, c}
    assert set(await _ids(ctx, f"unit={ctx.demo.unit('QT-VL')}")) == {a, b, c}
    assert await _ids(ctx, f"registrant_unit={ctx.demo.unit('QT-VL-VT-MTTQ')}") == [b]
    assert set(await _ids(ctx, f"campaign={ctx.campaign_id}&year={YEAR}")) == {a, b, c}
    assert await _ids(ctx, f"year={YEAR + 1}") == []


async def test_search_ignores_diacritics_and_case(ctx) -> None:
    a = (await ctx.create(name="Dân vận khéo trong giảm nghèo"))["id"]
    b = (await ctx.create(name="Đoàn kết xây dựng đường giao thông", summary="Hiến đất làm đường"))["id"]
    assert await _ids(ctx, "q=dan van kheo") == [a]
    assert await _ids(ctx, "q=GIAM NGHEO") == [a]
    assert await _ids(ctx, "q=duong giao thong") == [b]
    assert await _ids(ctx, "q=hien dat") == [b]
    assert await _ids(ctx, "q=100%25") == []


class _Forced(dict):  # type: ignore[type-arg]
    """A memo that says every scope is small (or large), however long ago: forces one plan."""

    def __init__(self, small: bool) -> None:
        super().__init__()
        self.small = small

    def get(self, key: object, default: object = None) -> tuple[float, bool]:
        return time.monotonic(), self.small


async def test_search_gives_the_same_answer_by_either_plan(ctx, monkeypatch) -> None:
    """On PostgreSQL `q` runs through the trigram index or row by row inside a small scope, and which one is
    remembered per scope for a while. The choice changes the plan, never the answer."""
    a = (await ctx.create(name="Dân vận khéo trong giảm nghèo"))["id"]
    b = (await ctx.create(name="Giảm nghèo bền vững ở thôn", summary="Dân vận khéo"))["id"]
    await ctx.create(name="Đường giao thông nông thôn")

    async def answers() -> tuple[set[str], list[str], set[str]]:
        return (
            set(await _ids(ctx, "q=dan van kheo")),
            await _ids(ctx, "q=giam ngheo&sort=name"),
            set(await _ids(ctx, f"q=kheo&unit={ctx.demo.unit('QT-VL-VT')}")),
        )

    natural = await answers()
    assert natural == ({a, b}, [a, b], {a, b})
    for small in (True, False):
        monkeypatch.setattr(repository, "_scope_is_small", _Forced(small))
        assert await answers() == natural


async def test_authority_case_filter_uses_the_policy(ctx) -> None:
    village = (await ctx.create())["id"]  # Thôn Tân Lập: case 1
    front = (await ctx.create(registrant_unit_id=ctx.demo.unit("QT-VL-VT-MTTQ"), with_form=True))["id"]  # case 4
    assert await _ids(ctx, "authority_case=1") == [village]
    assert await _ids(ctx, "authority_case=4") == [front]


async def test_pages_walk_every_model_once_in_a_stable_order(ctx) -> None:
    created = {(await ctx.create(name=f"Mô hình số {i}"))["id"] for i in range(7)}
    seen: list[str] = []
    cursor = None
    while True:
        query = "limit=3" + (f"&cursor={cursor}" if cursor else "")
        page = (await ctx.client.get(f"/api/v1/models?{query}", headers=ctx.demo.headers("demo.viewer"))).json()
        seen += [m["id"] for m in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 7 and set(seen) == created
    codes = [
        m["code"]
        for m in (await ctx.client.get("/api/v1/models?limit=50", headers=ctx.demo.headers("demo.viewer"))).json()[
            "items"
        ]
    ]
    assert codes == sorted(codes, reverse=True)


async def test_a_cursor_is_bound_to_its_filters(ctx) -> None:
    for i in range(3):
        await ctx.create(name=f"Mô hình {i}")
    headers = ctx.demo.headers("demo.viewer")
    page = (await ctx.client.get("/api/v1/models?limit=1&field=economy", headers=headers)).json()
    r = await ctx.client.get(
        f"/api/v1/models?limit=1&field=new_rural&cursor={page['next_cursor']}", headers=ctx.demo.headers("demo.viewer")
    )
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"
    forged = await ctx.client.get("/api/v1/models?cursor=bm90LWEtY3Vyc29y", headers=ctx.demo.headers("demo.viewer"))
    assert forged.status_code == 400


async def test_limits(ctx) -> None:
    await ctx.create()
    assert (await ctx.client.get("/api/v1/models?limit=-1", headers=ctx.demo.headers("demo.viewer"))).status_code == 422
    big = await ctx.client.get("/api/v1/models?limit=100000", headers=ctx.demo.headers("demo.viewer"))
    assert big.status_code == 200 and big.json()["limit"] == 200


async def test_etag_and_not_modified(ctx) -> None:
    model = await ctx.create()
    url = f"/api/v1/models/{model['id']}"
    r = await ctx.client.get(url, headers=ctx.demo.headers("demo.viewer"))
    again = await ctx.client.get(url, headers=ctx.demo.headers("demo.viewer", **{"If-None-Match": r.headers["ETag"]}))
    assert again.status_code == 304


async def test_authority_endpoint_explains_the_case(ctx) -> None:
    model = await ctx.create(registrant_unit_id=ctx.demo.unit("QT-VL-VT-MTTQ"))
    r = await ctx.client.get(f"/api/v1/models/{model['id']}/authority", headers=ctx.demo.headers("demo.viewer"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["case_number"] == 4
    assert body["deciding_unit"]["code"] == "QT-VL-VT-DU"
    assert body["explanation"]["vi"] and body["explanation"]["en"]


async def test_an_override_updates_the_stored_authority_of_undecided_models(ctx) -> None:
    model = await ctx.create()  # Thôn Tân Lập: case 1, decided by Đảng ủy xã Vĩnh Thạch
    assert model["deciding_unit_id"] == ctx.demo.unit("QT-VL-VT-DU")
    village = ctx.demo.unit("QT-VL-VT-TL")
    r = await ctx.client.put(
        f"/api/v1/authority/overrides/{village}",
        json={"deciding_unit_id": ctx.demo.unit("QT-VL-HU"), "reason": "Quyết định của BTV"},
        headers=ctx.demo.headers("demo.admin"),
    )
    assert r.status_code in (200, 201), r.text
    after = (await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.viewer"))).json()
    assert after["deciding_unit_id"] == ctx.demo.unit("QT-VL-HU")
    r = await ctx.client.delete(f"/api/v1/authority/overrides/{village}", headers=ctx.demo.headers("demo.admin"))
    assert r.status_code == 204
    again = (await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.viewer"))).json()
    assert again["deciding_unit_id"] == ctx.demo.unit("QT-VL-VT-DU")


async def test_a_campaign_profile_change_updates_the_stored_authority_of_undecided_models(ctx) -> None:
    """The campaign hears of its profile change only through the listener create_app registers."""
    model = await ctx.create(registrant_unit_id=ctx.demo.unit("QT-VL-VT-MTTQ"))  # case 4 under the district plan
    assert (model["authority_case"], model["deciding_unit_id"]) == (4, ctx.demo.unit("QT-VL-VT-DU"))
    url = f"/api/v1/campaigns/{ctx.campaign_id}"
    headers = await if_match(ctx.client, url, ctx.demo.headers("demo.admin"))
    r = await ctx.client.patch(url, json={"authority_profile": "province_2016"}, headers=headers)
    assert r.status_code == 200, r.text
    after = (await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.viewer"))).json()
    assert (after["authority_case"], after["deciding_unit_id"]) == (4, ctx.demo.unit("QT-MTTQ"))


async def test_moving_a_unit_keeps_its_models_visible_and_their_authority_current(ctx, session) -> None:
    """An enterprise workshop (case 3, decided by its parent) moves under another enterprise."""
    from app.models import RoleAssignment, User

    district_registrant = User(
        username="vl.registrant",
        full_name="Cán bộ đăng ký huyện",
        password_hash="x",
        home_unit_id=ctx.demo.unit("QT-VL"),
        roles=[RoleAssignment(role="registrant", unit_id=ctx.demo.unit("QT-VL"))],
    )
    session.add(district_registrant)
    await session.commit()
    ctx.demo.users["vl.registrant"] = district_registrant.id
    admin = ctx.demo.headers("demo.admin")
    r = await ctx.client.post(
        "/api/v1/units",
        headers=admin,
        json={
            "code": "QT-VL-CTMN",
            "name": "Công ty TNHH May Vĩnh Linh",
            "kind_code": "enterprise",
            "level_code": "district",
            "parent_id": ctx.demo.unit("QT-VL"),
        },
    )
    assert r.status_code == 201, r.text
    new_parent = r.json()["id"]
    workshop = ctx.demo.unit("QT-VL-CTTS-PX")
    model = await ctx.create(user="vl.registrant", registrant_unit_id=workshop)
    assert model["authority_case"] == 3 and model["deciding_unit_id"] == ctx.demo.unit("QT-VL-CTTS")

    unit = await ctx.client.get(f"/api/v1/units/{workshop}", headers=admin)
    moved = await ctx.client.post(
        f"/api/v1/units/{workshop}/move",
        json={"parent_id": new_parent},
        headers={**admin, "If-Match": unit.headers["ETag"]},
    )
    assert moved.status_code == 200, moved.text

    after = (await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.viewer"))).json()
    assert after["deciding_unit_id"] == new_parent
    assert await _ids(ctx, f"unit={new_parent}") == [model["id"]]
    assert await _ids(ctx, f"unit={ctx.demo.unit('QT-VL-CTTS')}") == []


async def test_list_items_are_exactly_the_documented_summary(ctx) -> None:
    """The list serialises database rows directly (its hot path); they must stay what the contract says."""
    from app.registry.schemas import ModelSummary

    created = await ctx.create(individual_name=None)
    r = await ctx.client.get("/api/v1/models", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    [item] = [i for i in r.json()["items"] if i["id"] == created["id"]]
    assert list(item) == list(ModelSummary.model_fields)
    assert ModelSummary.model_validate(item).model_dump(mode="json") == item
    assert item["registrant_unit_name"] == created["registrant_unit"]["name"]
    assert item["updated_at"] == created["updated_at"]
