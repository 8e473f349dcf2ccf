"""The chain the authority policy describes (seed 000 §3, issue 17 §1): the party cell of Thôn Tân Lập
reviews its village's model (bình xét, thẩm định, biên bản họp xét), and the commune's party committee,
the deciding unit, recognises it on the cell's closed review."""

from __future__ import annotations

from typing import Any

from tests.decisions.decision_support import TODAY, YEAR, DecisionCtx
from tests.etags import if_match
from tests.registry.conftest import tiny_pdf

CELL = "QT-VL-VT-TL-CB"
MINUTES = tiny_pdf("biên bản họp xét của chi bộ thôn Tân Lập")


async def _cell_review(dctx: DecisionCtx, model_id: str, user: str, outcome_vote: str = "approve") -> dict[str, Any]:
    """The cell's meeting over HTTP: opened, minutes filed, every member's vote, closed."""
    h = dctx.demo.headers(user)
    body = {
        "holding_unit_id": dctx.demo.unit(CELL),
        "campaign_id": dctx.campaign_id,
        "year": YEAR,
        "title": "Họp chi bộ bình xét, thẩm định mô hình “Dân vận khéo” thôn Tân Lập",
        "held_on": str(TODAY),
        "place": "Nhà văn hóa thôn Tân Lập",
        "chair": "Nguyễn Văn Tân",
        "secretary": "Lê Thị Lan",
        "members": [
            {"full_name": "Nguyễn Văn Tân", "title": "Bí thư chi bộ thôn Tân Lập"},
            {"full_name": "Lê Thị Lan", "title": "Phó Bí thư chi bộ, Trưởng thôn"},
        ],
        "candidates": [{"model_id": model_id}],
    }
    r = await dctx.client.post("/api/v1/reviews", json=body, headers=h)
    assert r.status_code == 201, r.text
    review = r.json()
    url = f"/api/v1/reviews/{review['id']}"
    r = await dctx.client.post(
        f"{url}/minutes",
        data={"title": "Biên bản họp xét của chi bộ"},
        files={"file": ("bien-ban.pdf", MINUTES, "application/pdf")},
        headers=await if_match(dctx.client, url, h),
    )
    assert r.status_code == 201, r.text
    candidate = review["candidates"][0]["id"]
    votes = [{"member_id": m["id"], "candidate_id": candidate, "vote": outcome_vote} for m in review["members"]]
    r = await dctx.client.put(f"{url}/votes", json={"votes": votes}, headers=await if_match(dctx.client, url, h))
    assert r.status_code == 200, r.text
    r = await dctx.client.post(f"{url}/close", headers=await if_match(dctx.client, url, h))
    assert r.status_code == 200, r.text
    return r.json()


async def test_the_deciding_committee_recognises_on_the_cells_review(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    secretary = await dctx.person("tl.cell", [("authority", CELL)], home=CELL)
    review = await _cell_review(dctx, model["id"], secretary)
    assert review["level"] == "cell"
    r = await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review["id"]))
    decision = r.json()
    assert decision["review"]["id"] == review["id"]
    assert await dctx.state(model["id"]) == "recognized"
    # The cell's authority user sees the decision on the model it reviewed.
    r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=dctx.demo.headers(secretary))
    assert r.status_code == 200, r.text


async def test_the_cells_rejection_does_not_ground_a_recognition(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    secretary = await dctx.person("tl.cell", [("authority", CELL)], home=CELL)
    review = await _cell_review(dctx, model["id"], secretary, outcome_vote="reject")
    before = await dctx.snapshot([model["id"]])
    r = await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review["id"]), expect=409)
    assert r.json()["code"] == "contradicts_review"
    assert await dctx.snapshot([model["id"]]) == before
