"""Reviews held by the body the authority policy names (issue 17 §1, seed 000 §3): the party cell that
leads a village reviews the village's models although the village is not in its subtree; the review
records its level (cell / standing board / deciding body); the cell's authority users see the models
they review, another cell's do not."""

from __future__ import annotations

from typing import Any

from app.models import RoleAssignment, User
from tests.reviews.review_support import Reviews, member_ids

CELL = "QT-VL-VT-TL-CB"  # Chi bộ Thôn Tân Lập: leads Thôn Tân Lập through the party link, not as its parent
OTHER_CELL = "QT-VL-VT-TLA-CB"  # Chi bộ Thôn Thái Lai


async def _person(rv: Reviews, username: str, role: str, unit: str) -> str:
    """Insert a user holding one role at one unit (homed there)."""
    admin = await rv.session.get(User, rv.demo.users["demo.admin"])
    user = User(
        username=username,
        full_name=f"Bí thư {username}",
        position="Bí thư chi bộ",
        home_unit_id=rv.demo.unit(unit),
        password_hash=admin.password_hash,
    )
    user.roles = [RoleAssignment(role=role, unit_id=rv.demo.unit(unit))]
    rv.session.add(user)
    await rv.session.commit()
    rv.demo.users[username] = user.id
    return username


def cell_body(rv: Reviews, models: list[dict[str, Any]], **over: Any) -> dict[str, Any]:
    """The meeting of the cell of Thôn Tân Lập (bình xét, thẩm định at the cell)."""
    over = {"holding_unit_id": rv.demo.unit(CELL), **over}
    return rv.body(
        models,
        title="Họp chi bộ bình xét, thẩm định mô hình “Dân vận khéo” thôn Tân Lập",
        place="Nhà văn hóa thôn Tân Lập",
        chair="Nguyễn Văn Tân",
        secretary="Lê Thị Lan",
        members=[
            {"full_name": "Nguyễn Văn Tân", "title": "Bí thư chi bộ thôn Tân Lập"},
            {"full_name": "Lê Thị Lan", "title": "Phó Bí thư chi bộ, Trưởng thôn"},
            {"full_name": "Trần Văn Hòa", "title": "Chi hội trưởng Chi hội Nông dân thôn"},
        ],
        **over,
    )


async def _post(rv: Reviews, body: dict[str, Any], user: str) -> Any:
    return await rv.client.post("/api/v1/reviews", json=body, headers=rv.h(user))


async def test_the_policy_names_the_village_cell_as_reviewing_unit(rv: Reviews) -> None:
    model = await rv.surveyed()
    r = await rv.client.get(f"/api/v1/models/{model['id']}/authority", headers=rv.h())
    assert r.status_code == 200, r.text
    assert r.json()["reviewing_unit"]["id"] == rv.demo.unit(CELL)


async def test_the_cell_holds_the_review_of_its_village_and_files_the_minutes(rv: Reviews) -> None:
    model = await rv.surveyed()
    secretary = await _person(rv, "tl.cell", "authority", CELL)
    r = await _post(rv, cell_body(rv, [model]), secretary)
    assert r.status_code == 201, r.text
    review = r.json()
    assert review["holding_unit"]["id"] == rv.demo.unit(CELL)
    assert review["level"] == "cell"
    assert [c["model"]["id"] for c in review["candidates"]] == [model["id"]]
    await rv.minutes(review["id"], user=secretary)
    candidate = review["candidates"][0]["id"]
    await rv.ballot(review["id"], [(m, candidate, "approve") for m in member_ids(review)], user=secretary)
    closed = await rv.close(review["id"], user=secretary)
    assert closed["status"] == "closed"
    assert closed["candidates"][0]["outcome"] == "approved"
    listed = await rv.client.get("/api/v1/reviews", headers=rv.h(secretary))
    assert [(i["id"], i["level"]) for i in listed.json()["items"]] == [(review["id"], "cell")]
    dossier = await rv.client.get(f"/api/v1/models/{model['id']}/evidence", headers=rv.h(secretary))
    assert "review_minutes" in [e["kind"] for e in dossier.json()["items"]]


async def test_a_mobiliser_may_hold_the_cell_review_and_states_its_level(rv: Reviews) -> None:
    model = await rv.surveyed()
    review = await rv.create(**{k: v for k, v in cell_body(rv, [model], level="cell").items() if k != "members"})
    assert review["level"] == "cell"


async def test_a_stated_level_the_holding_unit_does_not_play_is_refused(rv: Reviews) -> None:
    model = await rv.surveyed()
    before = await rv.snapshot()
    r = await _post(rv, cell_body(rv, [model], level="deciding_body"), "demo.mobiliser")
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "review_level_mismatch"
    assert r.json()["errors"][0]["pointer"] == "#/candidates/0/model_id"
    assert await rv.snapshot() == before


async def test_the_deciding_committee_holds_a_deciding_body_review(rv: Reviews) -> None:
    model = await rv.surveyed()
    review = await rv.create([model], holding_unit_id=rv.demo.unit("QT-VL-VT-DU"))
    assert review["level"] == "deciding_body"


async def test_a_district_review_over_its_subtree_has_no_level(rv: Reviews) -> None:
    model = await rv.surveyed()
    review = await rv.create([model])
    assert review["level"] is None


async def test_another_village_model_stays_out_of_the_cells_scope(rv: Reviews) -> None:
    other = await rv.surveyed(registrant_unit_id=rv.demo.unit("QT-VL-VT-TLA"))
    before = await rv.snapshot()
    r = await _post(rv, cell_body(rv, [other]), "demo.mobiliser")
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "candidate_out_of_scope"
    assert await rv.snapshot() == before


async def test_the_cells_authority_user_sees_its_village_model_and_another_cells_does_not(rv: Reviews) -> None:
    model = await rv.surveyed()
    own = await _person(rv, "tl.cell", "authority", CELL)
    other = await _person(rv, "tla.cell", "authority", OTHER_CELL)
    r = await rv.client.get(f"/api/v1/models/{model['id']}", headers=rv.h(own))
    assert r.status_code == 200, r.text
    listed = await rv.client.get("/api/v1/models", headers=rv.h(own))
    assert [m["id"] for m in listed.json()["items"]] == [model["id"]]
    r = await rv.client.get(f"/api/v1/models/{model['id']}", headers=rv.h(other))
    assert r.status_code == 404, r.text
    listed = await rv.client.get("/api/v1/models", headers=rv.h(other))
    assert listed.json()["items"] == []


async def test_another_cells_user_cannot_put_the_model_on_its_agenda(rv: Reviews) -> None:
    model = await rv.surveyed()
    other = await _person(rv, "tla.cell", "authority", OTHER_CELL)
    body = cell_body(rv, [model], holding_unit_id=rv.demo.unit(OTHER_CELL))
    r = await _post(rv, body, other)
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "unknown_model"
