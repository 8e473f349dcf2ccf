"""What a review's reader sees of its candidates: in full only the models they may see; of the others
only how many there are (README "Who sees what")."""

from __future__ import annotations

import json
from typing import Any

from app.models import RoleAssignment, User
from tests.registry.conftest import RESULTS, SURVEY
from tests.reviews.review_support import Reviews

SECRET_NAME = "Mô hình bí mật của Thị trấn Hồ Xá"


async def _hx_model(rv: Reviews) -> dict[str, Any]:
    """A Hồ Xá model, registered by a registrant of that town and driven to `surveyed`."""
    admin = await rv.session.get(User, rv.demo.users["demo.admin"])
    user = User(
        username="hx.registrant",
        full_name="Cán bộ Hồ Xá",
        position="Chuyên viên",
        home_unit_id=rv.demo.unit("QT-VL-HX"),
        password_hash=admin.password_hash,
    )
    user.roles = [RoleAssignment(role="registrant", unit_id=rv.demo.unit("QT-VL-HX"))]
    rv.session.add(user)
    await rv.session.commit()
    rv.demo.users["hx.registrant"] = user.id
    model = await rv.ctx.create(
        "hx.registrant", with_form=True, registrant_unit_id=rv.demo.unit("QT-VL-HX-KP1"), name=SECRET_NAME
    )
    await rv.ctx.move(model["id"], "hx.registrant", "submit")
    await rv.ctx.move(model["id"], "demo.mobiliser", "accept")
    await rv.ctx.move(model["id"], "hx.registrant", "report_results", **RESULTS)
    return await rv.ctx.move(model["id"], "demo.mobiliser", "record_survey", survey=SURVEY)


async def test_a_commune_registrant_sees_its_own_candidate_and_only_the_count_of_the_others(rv: Reviews) -> None:
    own, other = await rv.surveyed(), await _hx_model(rv)
    review = await rv.create([own, other])
    read = await rv.get(review["id"], user="demo.registrant")
    assert [c["model"]["id"] for c in read["candidates"]] == [own["id"]]
    assert read["hidden_candidates"] == 1
    text = json.dumps(read, ensure_ascii=False)
    for secret in (other["id"], other["code"], SECRET_NAME, "Thị trấn Hồ Xá"):
        assert secret not in text


async def test_a_district_viewer_sees_every_candidate(rv: Reviews) -> None:
    own, other = await rv.surveyed(), await _hx_model(rv)
    review = await rv.create([own, other])
    read = await rv.get(review["id"], user="demo.viewer")
    assert [(c["model"]["id"], c["model"]["name"]) for c in read["candidates"]] == [
        (own["id"], own["name"]),
        (other["id"], SECRET_NAME),
    ]
    assert read["hidden_candidates"] == 0
