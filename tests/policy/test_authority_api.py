"""/api/v1/authority: profiles, the policy's answer for a demo unit, and administrators' overrides."""

from __future__ import annotations

import pytest
from sqlalchemy import event

RESOLVE = "/api/v1/authority/resolve"
PROFILES = "/api/v1/authority/profiles"
OVERRIDES = "/api/v1/authority/overrides"

# Marked here, not only by the harness: parametrized async tests need the marker at collection time.
pytestmark = pytest.mark.anyio


async def _resolve(api, demo, code: str, kind: str = "collective", user: str = "demo.viewer", **params):
    return await api.get(
        RESOLVE, params={"unit_id": demo.unit(code), "registrant_kind": kind, **params}, headers=demo.headers(user)
    )


def _codes(body: dict) -> tuple[int | None, str, str, str]:
    return (
        body["case_number"],
        body["reviewing_unit"]["code"],
        body["proposing_unit"]["code"],
        body["deciding_unit"]["code"],
    )


@pytest.mark.parametrize(
    ("code", "kind", "expected"),
    [
        ("QT-VL-VT-TL", "collective", (1, "QT-VL-VT-TL-CB", "QT-VL-VT-DU", "QT-VL-VT-DU")),
        ("QT-VL-VT-TL", "individual", (1, "QT-VL-VT-TL-CB", "QT-VL-VT-DU", "QT-VL-VT-DU")),
        ("QT-VL-THPT", "collective", (2, "QT-VL-CBTHPT", "QT-VL-CBTHPT", "QT-VL-HU")),
        ("QT-VL-THPT", "individual", (2, "QT-VL-CBTHPT", "QT-VL-CBTHPT", "QT-VL-HU")),
        ("QT-VL-CTTS", "collective", (3, "QT-VL-CTTS", "QT-VL-CTTS", "QT-VL")),
        ("QT-VL-CTTS-PX", "individual", (3, "QT-VL-CTTS-PX", "QT-VL-CTTS-PX", "QT-VL-CTTS")),
        ("QT-VL-VT-MTTQ", "collective", (4, "QT-VL-VT-KDV", "QT-VL-VT-KDV", "QT-VL-VT-DU")),
        ("QT-VL-VT-MTTQ", "individual", (1, "QT-VL-VT-DU", "QT-VL-VT-DU", "QT-VL-VT-DU")),
        ("QT-VL-VT-TL-CB", "collective", (5, "QT-VL-VT-DU", "QT-VL-VT-DU", "QT-VL-VT-DU")),
        ("QT-VL-VT-TL-CB", "individual", (1, "QT-VL-VT-TL-CB", "QT-VL-VT-DU", "QT-VL-VT-DU")),
        ("QT-VL-HND", "collective", (6, "QT-VL-BDV", "QT-VL-BDV", "QT-VL-HU")),
        ("QT-VL-HND", "individual", (6, "QT-VL-BDV", "QT-VL-BDV", "QT-VL-HU")),
    ],
)
async def test_resolve_answers_each_case_on_the_demo_tree(api, demo, code, kind, expected) -> None:
    r = await _resolve(api, demo, code, kind)
    assert r.status_code == 200, r.text
    body = r.json()
    assert _codes(body) == expected
    assert body["profile"] == "district_2023" and body["registrant_kind"] == kind
    assert body["unit"]["code"] == code and body["overridden"] is False
    assert body["explanation"]["vi"].startswith(f"Trường hợp {expected[0]} ")
    assert body["citation"].startswith("KH VL 2023 §3")


async def test_resolve_under_the_provincial_guideline(api, demo) -> None:
    r = await _resolve(api, demo, "QT-VL-VT-MTTQ", profile="province_2016")
    assert r.status_code == 200, r.text
    assert _codes(r.json()) == (4, "QT-MTTQ", "QT-VL-VT-MTTQ", "QT-MTTQ")
    r = await _resolve(api, demo, "QT-VL-CTTS", "individual", profile="province_2016")
    assert _codes(r.json()) == (2, "QT-VL-HU", "QT-VL-CTTS", "QT-VL-HU")
    r = await _resolve(api, demo, "QT-MTTQ", profile="province_2016")
    assert _codes(r.json()) == (6, "QT-BDV", "QT-MTTQ", "QT-BDV")


async def test_resolve_needs_no_more_than_a_handful_of_queries(api, demo, database) -> None:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", count)
    try:
        # measured on the service with the test's engine (the app's requests run on its own engine)
        from app.policy.authority_service import authority_for_unit

        async with database.sessionmaker() as s:
            answer = await authority_for_unit(s, "province_2016", "collective", demo.unit("QT-VL-VT-MTTQ"))
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", count)
    assert answer.deciding_unit.code == "QT-MTTQ"
    selects = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(selects) <= 8


async def test_resolve_answers_in_english_when_asked(api, demo) -> None:
    r = await _resolve(api, demo, "QT-VL-HND")
    assert r.json()["explanation"]["en"].startswith("Case 6 (KH VL 2023 §3(6)) applies to the collective")


async def test_resolve_where_no_rule_applies_is_422_authority_no_rule(api, demo) -> None:
    r = await _resolve(api, demo, "QT-MTTQ")
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "authority_no_rule"


async def test_resolve_on_a_broken_tree_is_422_authority_unresolvable(api, demo, database) -> None:
    from sqlalchemy import update

    from app.models import Unit

    async with database.sessionmaker() as s:  # the village's cell loses its link to the commune committee
        await s.execute(
            update(Unit).where(Unit.id == demo.unit("QT-VL-VT-TL-CB")).values(party_org_id=demo.unit("QT-VL-HU"))
        )
        await s.commit()
    r = await api.get(
        RESOLVE,
        params={"unit_id": demo.unit("QT-VL-VT-TL"), "registrant_kind": "collective"},
        headers=demo.headers("demo.viewer", **{"Accept-Language": "en"}),
    )
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["code"] == "authority_unresolvable"
    assert body["relation"] == "nearest_grassroots_committee"
    assert body["unit_id"] == demo.unit("QT-VL-VT-TL")
    assert "Thôn Tân Lập" in body["detail"] and "grassroots party committee" in body["detail"]


async def test_resolve_unknown_unit_or_profile_is_404(api, demo) -> None:
    headers = demo.headers("demo.viewer")
    r = await api.get(RESOLVE, params={"unit_id": 999_999, "registrant_kind": "collective"}, headers=headers)
    assert (r.status_code, r.json()["code"]) == (404, "unit_not_found")
    r = await _resolve(api, demo, "QT-VL", profile="nowhere_2030")
    assert (r.status_code, r.json()["code"]) == (404, "authority_profile_not_found")


async def test_resolve_refuses_bad_parameters(api, demo) -> None:
    r = await _resolve(api, demo, "QT-VL", "family")
    assert (r.status_code, r.json()["code"]) == (422, "validation_failed")
    r = await api.get(RESOLVE, params={"registrant_kind": "collective"}, headers=demo.headers("demo.viewer"))
    assert r.status_code == 422


async def test_resolve_and_profiles_need_sign_in(api, demo) -> None:
    assert (await api.get(RESOLVE, params={"unit_id": 1, "registrant_kind": "collective"})).status_code == 401
    assert (await api.get(PROFILES)).status_code == 401


async def test_profiles_list_the_rules_in_the_order_they_are_tried(api, demo) -> None:
    r = await api.get(PROFILES, headers=demo.headers("demo.registrant"))
    assert r.status_code == 200
    profiles = r.json()
    assert [p["code"] for p in profiles] == ["district_2023", "province_2016"]
    district = profiles[0]
    assert district["is_default"] is True
    assert [(x["case_number"], x["precedence"]) for x in district["rules"]] == [
        (5, 10),
        (3, 20),
        (4, 30),
        (6, 40),
        (6, 45),
        (1, 50),
        (2, 60),
    ]
    assert district["rules"][2]["match"]["registrant_kinds"] == ["collective"]


# --- overrides ----------------------------------------------------------------------------------------------


async def _put(api, demo, code: str, body: dict, user: str = "demo.admin"):
    return await api.put(f"{OVERRIDES}/{demo.unit(code)}", json=body, headers=demo.headers(user))


async def test_admin_override_wins_until_it_is_removed(api, demo) -> None:
    body = {"deciding_unit_id": demo.unit("QT-VL-UBND"), "reason": "Theo quy chế thi đua, khen thưởng của huyện"}
    r = await _put(api, demo, "QT-VL-HND", body)
    assert r.status_code == 201, r.text
    assert r.headers["location"] == f"{OVERRIDES}/{demo.unit('QT-VL-HND')}"
    created = r.json()
    assert created["unit"]["code"] == "QT-VL-HND" and created["deciding_unit"]["code"] == "QT-VL-UBND"
    assert created["reviewing_unit"] is None and created["created_by_id"] == str(demo.users["demo.admin"])

    answer = (await _resolve(api, demo, "QT-VL-HND")).json()
    assert answer["overridden"] is True and answer["case_number"] == 6
    assert _codes(answer) == (6, "QT-VL-BDV", "QT-VL-BDV", "QT-VL-UBND")
    assert "Quản trị viên đã chỉ định riêng" in answer["explanation"]["vi"]
    assert answer["override_reason"] == "Theo quy chế thi đua, khen thưởng của huyện"

    r = await _put(api, demo, "QT-VL-HND", {**body, "reviewing_unit_id": demo.unit("QT-VL-UBND")})
    assert r.status_code == 200 and r.json()["reviewing_unit"]["code"] == "QT-VL-UBND"
    r = await api.get(OVERRIDES, headers=demo.headers("demo.admin"))
    assert [o["unit"]["code"] for o in r.json()["items"]] == ["QT-VL-HND"]

    r = await api.delete(f"{OVERRIDES}/{demo.unit('QT-VL-HND')}", headers=demo.headers("demo.admin"))
    assert r.status_code == 204
    answer = (await _resolve(api, demo, "QT-VL-HND")).json()
    assert answer["overridden"] is False and answer["deciding_unit"]["code"] == "QT-VL-HU"
    r = await api.delete(f"{OVERRIDES}/{demo.unit('QT-VL-HND')}", headers=demo.headers("demo.admin"))
    assert (r.status_code, r.json()["code"]) == (404, "authority_override_not_found")


async def test_admin_of_another_district_cannot_override_vinh_linh_units(api, demo, district_admin) -> None:
    body = {"deciding_unit_id": demo.unit("QT-DH-TU"), "reason": "x"}
    r = await _put(api, demo, "QT-VL-HND", body, user=district_admin)
    assert (r.status_code, r.json()["code"]) == (403, "unit_out_of_scope")
    r = await _put(api, demo, "QT-DH-HND", body, user=district_admin)
    assert r.status_code == 201, r.text
    await _put(api, demo, "QT-VL-HND", {"deciding_unit_id": demo.unit("QT-VL-UBND"), "reason": "y"})

    r = await api.get(OVERRIDES, headers=demo.headers(district_admin))
    assert [o["unit"]["code"] for o in r.json()["items"]] == ["QT-DH-HND"]
    r = await api.delete(f"{OVERRIDES}/{demo.unit('QT-VL-HND')}", headers=demo.headers(district_admin))
    assert r.status_code == 403
    r = await api.get(f"{OVERRIDES}/{demo.unit('QT-VL-HND')}", headers=demo.headers(district_admin))
    assert r.status_code == 403
    r = await api.get(OVERRIDES, headers=demo.headers("demo.admin"))
    assert [o["unit"]["code"] for o in r.json()["items"]] == sorted(
        ["QT-DH-HND", "QT-VL-HND"], key=lambda c: demo.unit(c)
    )


@pytest.mark.parametrize("user", ["demo.viewer", "demo.mobiliser", "demo.registrant", "demo.authority"])
async def test_only_administrators_manage_overrides(api, demo, user) -> None:
    r = await _put(api, demo, "QT-VL-VT-MTTQ", {"deciding_unit_id": demo.unit("QT-VL-HU"), "reason": "x"}, user)
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")
    assert (await api.get(OVERRIDES, headers=demo.headers(user))).status_code == 403


async def test_override_body_is_checked(api, demo) -> None:
    hu = demo.unit("QT-VL-HU")
    cases = [
        ({"deciding_unit_id": hu}, "validation_failed"),
        ({"deciding_unit_id": hu, "reason": "   "}, "validation_failed"),
        ({"deciding_unit_id": hu, "reason": "x" * 2001}, "validation_failed"),
        ({"deciding_unit_id": hu, "reason": "x", "created_by_id": "me"}, "validation_failed"),
        ({"deciding_unit_id": 999_999, "reason": "x"}, "override_unit_not_found"),
        ({"deciding_unit_id": hu, "proposing_unit_id": 999_998, "reason": "x"}, "override_unit_not_found"),
    ]
    for body, code in cases:
        r = await _put(api, demo, "QT-VL-HND", body)
        assert (r.status_code, r.json()["code"]) == (422, code), body
    r = await api.put(
        f"{OVERRIDES}/999999", json={"deciding_unit_id": hu, "reason": "x"}, headers=demo.headers("demo.admin")
    )
    assert (r.status_code, r.json()["code"]) == (404, "unit_not_found")
    r = await api.get(OVERRIDES, headers=demo.headers("demo.admin"))
    assert r.json()["items"] == []


async def test_override_cannot_name_a_closed_unit(api, demo, database) -> None:
    from sqlalchemy import update

    from app.models import Unit

    async with database.sessionmaker() as s:
        await s.execute(update(Unit).where(Unit.id == demo.unit("QT-VL-BCD")).values(is_active=False))
        await s.commit()
    r = await _put(api, demo, "QT-VL-HND", {"deciding_unit_id": demo.unit("QT-VL-BCD"), "reason": "x"})
    assert (r.status_code, r.json()["code"]) == (422, "override_unit_closed")


async def test_overrides_list_pages_with_a_cursor(api, demo) -> None:
    for code in ("QT-VL-HND", "QT-VL-HLHPN", "QT-VL-MTTQ"):
        r = await _put(api, demo, code, {"deciding_unit_id": demo.unit("QT-VL-UBND"), "reason": "x"})
        assert r.status_code == 201
    headers = demo.headers("demo.admin")
    first = (await api.get(OVERRIDES, params={"limit": 2}, headers=headers)).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = (await api.get(OVERRIDES, params={"limit": 2, "cursor": first["next_cursor"]}, headers=headers)).json()
    assert len(second["items"]) == 1 and second["next_cursor"] is None
    seen = [o["unit"]["id"] for o in first["items"] + second["items"]]
    assert seen == sorted(seen) and len(set(seen)) == 3
    r = await api.get(OVERRIDES, params={"cursor": "garbage"}, headers=headers)
    assert (r.status_code, r.json()["code"]) == (400, "invalid_cursor")
