"""A decision resting on the chain the authority policy describes (seed 000 §3(1), issue 17 §1): the cell of
Thôn Tân Lập reviews and appraises its village's model and files its minutes, the standing board of Đảng ủy
xã Vĩnh Thạch proposes, and the committee decides, citing both reviews. Each cited review is checked (closed,
covering the model with the outcome followed, held by the unit the policy names for its level) and shown on
the decision with its level and holding unit."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.decisions.decision_support import TODAY, YEAR, DecisionCtx
from tests.decisions.test_decision_on_cell_review import CELL, _cell_review
from tests.etags import if_match
from tests.registry.conftest import tiny_pdf

COMMITTEE = "QT-VL-VT-DU"  # Đảng ủy Xã Vĩnh Thạch: proposes (its standing board) and decides in case 1
OTHER_CELL = "QT-VL-VT-TLA-CB"


async def _board_review(dctx: DecisionCtx, model_id: str, vote: str = "approve") -> dict[str, Any]:
    """The standing board's meeting over HTTP (level stated), every member voting, closed."""
    h = dctx.demo.headers("demo.mobiliser")
    body = {
        "holding_unit_id": dctx.demo.unit(COMMITTEE),
        "campaign_id": dctx.campaign_id,
        "year": YEAR,
        "level": "standing_board",
        "title": "Ban Thường vụ Đảng ủy xã Vĩnh Thạch họp xét đề nghị công nhận mô hình “Dân vận khéo”",
        "held_on": str(TODAY),
        "place": "Phòng họp Đảng ủy xã Vĩnh Thạch",
        "chair": "Phạm Thị Dung",
        "secretary": "Lê Thị Mai",
        "members": [
            {"full_name": "Phạm Thị Dung", "title": "Phó Bí thư Thường trực Đảng ủy"},
            {"full_name": "Lê Thị Mai", "title": "Trưởng khối Dân vận xã"},
            {"full_name": "Nguyễn Văn Hùng", "title": "Ủy viên Ban Thường vụ, Chủ tịch UBND xã"},
        ],
        "candidates": [{"model_id": model_id}],
    }
    r = await dctx.client.post("/api/v1/reviews", json=body, headers=h)
    assert r.status_code == 201, r.text
    review = r.json()
    assert review["level"] == "standing_board"
    url = f"/api/v1/reviews/{review['id']}"
    r = await dctx.client.post(
        f"{url}/minutes",
        data={"title": "Biên bản họp Ban Thường vụ Đảng ủy xã"},
        files={"file": ("bien-ban-btv.pdf", tiny_pdf("biên bản Ban Thường vụ"), "application/pdf")},
        headers=await if_match(dctx.client, url, h),
    )
    assert r.status_code == 201, r.text
    candidate = review["candidates"][0]["id"]
    votes = [{"member_id": m["id"], "candidate_id": candidate, "vote": vote} for m in review["members"]]
    r = await dctx.client.put(f"{url}/votes", json={"votes": votes}, headers=await if_match(dctx.client, url, h))
    assert r.status_code == 200, r.text
    r = await dctx.client.post(f"{url}/close", headers=await if_match(dctx.client, url, h))
    assert r.status_code == 200, r.text
    return r.json()


async def _chain(dctx: DecisionCtx) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A surveyed village model, the cell's closed review and the standing board's closed proposal."""
    model = await dctx.surveyed()
    secretary = await dctx.person("tl.cell", [("authority", CELL)], home=CELL)
    cell = await _cell_review(dctx, model["id"], secretary)
    board = await _board_review(dctx, model["id"])
    return model, cell, board


async def test_the_committee_decides_citing_the_cells_review_and_the_boards_proposal(dctx: DecisionCtx) -> None:
    model, cell, board = await _chain(dctx)
    deciding = await dctx.review({model["id"]: "approved"}, level="deciding_body")
    body = dctx.decision_body("model_recognition", [model["id"]], deciding, cited_review_ids=[cell["id"], board["id"]])
    # The committee's authority user holds no `viewer` role: it sees the model it decides and the cell's review.
    committee = await dctx.person("vt.committee", [("authority", COMMITTEE)], home=COMMITTEE)
    for url in (f"/api/v1/models/{model['id']}", f"/api/v1/reviews/{cell['id']}", f"/api/v1/reviews/{board['id']}"):
        r = await dctx.client.get(url, headers=dctx.demo.headers(committee))
        assert r.status_code == 200, (url, r.text)
    decision = (await dctx.issue(body, user=committee)).json()
    assert await dctx.state(model["id"]) == "recognized"
    assert decision["review"]["level"] == "deciding_body"
    assert decision["review"]["holding_unit"]["code"] == COMMITTEE
    cited = [
        (r["id"], r["level"], r["holding_unit"]["code"], r["level_label"]["vi"]) for r in decision["cited_reviews"]
    ]
    assert cited == [
        (cell["id"], "cell", CELL, "Chi bộ bình xét, thẩm định"),
        (board["id"], "standing_board", COMMITTEE, "Ban Thường vụ Đảng ủy đề nghị"),
    ]
    again = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=dctx.demo.headers(committee))
    assert again.status_code == 200, again.text
    assert again.json()["cited_reviews"] == decision["cited_reviews"]


async def test_the_boards_proposal_grounds_the_decision_and_the_cells_review_is_cited(dctx: DecisionCtx) -> None:
    model, cell, board = await _chain(dctx)
    body = dctx.decision_body("model_recognition", [model["id"]], board["id"], cited_review_ids=[cell["id"]])
    decision = (await dctx.issue(body)).json()
    assert (decision["review"]["id"], decision["review"]["level"]) == (board["id"], "standing_board")
    assert [r["id"] for r in decision["cited_reviews"]] == [cell["id"]]
    # A decision without cited reviews reads an empty list.
    other = await dctx.surveyed()
    plain = await dctx.review({other["id"]: "approved"})
    read = (await dctx.issue(dctx.decision_body("model_recognition", [other["id"]], plain, number="126-QĐ/ĐU"))).json()
    assert read["cited_reviews"] == []
    assert read["review"]["level"] is None


async def _refused(dctx: DecisionCtx, model_id: str, review_id: str, cited: list[str], status: int) -> dict[str, Any]:
    before = await dctx.snapshot([model_id])
    body = dctx.decision_body("model_recognition", [model_id], review_id, cited_review_ids=cited)
    r = await dctx.issue(body, expect=status)
    assert await dctx.snapshot([model_id]) == before
    return dict(r.json())


async def test_a_cell_review_held_by_another_cell_is_the_wrong_body(dctx: DecisionCtx) -> None:
    model, _, board = await _chain(dctx)
    wrong = await dctx.review({model["id"]: "approved"}, holding=OTHER_CELL, level="cell")
    problem = await _refused(dctx, model["id"], board["id"], [wrong], 422)
    assert problem["code"] == "review_wrong_body"
    assert problem["errors"][0]["pointer"] == "#/cited_review_ids/0"
    assert problem["errors"][0]["expected_unit_id"] == dctx.demo.unit(CELL)


async def test_a_review_outside_the_chain_cannot_be_cited(dctx: DecisionCtx) -> None:
    model, cell, _ = await _chain(dctx)
    district = await dctx.review({model["id"]: "approved"}, holding="QT-VL")
    problem = await _refused(dctx, model["id"], cell["id"], [district], 422)
    assert problem["code"] == "review_not_in_chain"
    assert problem["errors"][0]["pointer"] == "#/cited_review_ids/0"


async def test_an_open_cited_review_is_409(dctx: DecisionCtx) -> None:
    model, cell, _ = await _chain(dctx)
    open_board = await dctx.review({model["id"]: "approved"}, status="open", level="standing_board")
    problem = await _refused(dctx, model["id"], cell["id"], [open_board], 409)
    assert problem["code"] == "review_not_closed"


async def test_a_cited_review_must_cover_the_model_with_the_outcome_followed(dctx: DecisionCtx) -> None:
    model, cell, _ = await _chain(dctx)
    other = await dctx.surveyed()
    elsewhere = await dctx.review({other["id"]: "approved"}, level="standing_board")
    problem = await _refused(dctx, model["id"], cell["id"], [elsewhere], 422)
    assert problem["code"] == "not_a_candidate"
    rejected = await dctx.review({model["id"]: "rejected"}, level="standing_board")
    problem = await _refused(dctx, model["id"], cell["id"], [rejected], 409)
    assert problem["code"] == "contradicts_review"
    assert problem["errors"][0]["outcome"] == "rejected"


async def test_one_review_per_level_and_none_twice(dctx: DecisionCtx) -> None:
    model, cell, board = await _chain(dctx)
    second_cell = await dctx.review({model["id"]: "approved"}, holding=CELL, level="cell")
    problem = await _refused(dctx, model["id"], board["id"], [cell["id"], second_cell], 422)
    assert problem["code"] == "review_level_repeated"
    assert problem["errors"][0]["pointer"] == "#/cited_review_ids/1"
    problem = await _refused(dctx, model["id"], board["id"], [board["id"]], 422)
    assert problem["code"] == "review_cited_twice"
    problem = await _refused(dctx, model["id"], board["id"], [cell["id"], cell["id"]], 422)
    assert problem["code"] == "review_cited_twice"


async def test_an_unknown_or_invisible_cited_review_is_422(dctx: DecisionCtx) -> None:
    model, _, board = await _chain(dctx)
    problem = await _refused(dctx, model["id"], board["id"], [str(uuid.uuid4())], 422)
    assert problem["code"] == "unknown_review"
    # A review the issuing authority cannot see (held by Đông Hà about a model it does not see) is unknown too.
    hidden = await dctx.review({}, holding="QT-DH-P1-DU", level="cell")
    problem = await _refused(dctx, model["id"], board["id"], [hidden], 422)
    assert (problem["code"], problem["errors"][0]["pointer"]) == ("unknown_review", "#/cited_review_ids/0")


@pytest.mark.parametrize(
    "cited",
    [["not-a-uuid"], [str(uuid.uuid4()) for _ in range(3)], "0b9e5c1a-8f7d-4c3b-9a2e-1d0f6e5c4b3a", [1]],
    ids=["not a uuid", "three", "not a list", "a number"],
)
async def test_bad_cited_review_ids_are_422_and_change_nothing(dctx: DecisionCtx, cited: Any) -> None:
    model = await dctx.surveyed()
    review = await dctx.review({model["id"]: "approved"})
    before = await dctx.snapshot([model["id"]])
    body = dctx.decision_body("model_recognition", [model["id"]], review, cited_review_ids=cited)
    r = await dctx.issue(body, expect=422)
    assert r.json()["code"] == "validation_failed"
    assert r.json()["errors"][0]["pointer"].startswith("#/cited_review_ids")
    assert await dctx.snapshot([model["id"]]) == before
