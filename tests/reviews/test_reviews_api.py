"""A review meeting over HTTP: open it, vote, file the minutes in every dossier, close it, outcomes frozen."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.models import Event, RegisteredModel, ReviewCandidate, Unit
from tests.registry.conftest import YEAR
from tests.reviews.review_support import MINUTES_PDF, candidate_of, member_ids, tiny_pdf, vote_of


async def test_a_full_meeting(rv, session) -> None:
    a = await rv.surveyed()  # registered by the village Thôn Tân Lập
    b = await rv.surveyed(registrant_unit_id=rv.demo.unit("QT-VL-VT-MTTQ"), name="Mặt trận với dân")
    r = await rv.client.post("/api/v1/reviews", json=rv.body([a, b]), headers=rv.h())
    assert r.status_code == 201, r.text
    review = r.json()
    rid = review["id"]
    assert r.headers["Location"] == f"/api/v1/reviews/{rid}"
    assert r.headers["ETag"] == f'"{review["version"]}"' == '"1"'
    assert review["status"] == "open" and review["outcome_rule"] == "majority_of_present"
    assert review["holding_unit"] == {"id": rv.demo.unit("QT-VL"), "code": "QT-VL", "name": "Huyện Vĩnh Linh"}
    assert review["minutes"] is None and review["closed_at"] is None
    chair, village, viewer, _absent = member_ids(review)
    assert [m["present"] for m in review["members"]] == [True, True, True, False]

    # The member of Thôn Tân Lập stands aside for model A (its registrant unit), not for B.
    ca, cb = candidate_of(review, a["id"]), candidate_of(review, b["id"])
    assert ca["model"] == {
        "id": a["id"],
        "code": a["code"],
        "name": a["name"],
        "state": "surveyed",
        "registrant_unit_name": "Thôn Tân Lập",
    }
    recusal = vote_of(ca, village)
    assert recusal["recused"] is True and recusal["vote"] is None and "đơn vị đăng ký" in recusal["recusal_reason"]
    assert vote_of(cb, village) == {"member_id": village, "vote": None, "recused": False, "recusal_reason": ""}
    assert ca["tally"] == {"eligible": 2, "approve": 0, "reject": 0, "abstain": 0, "not_voted": 2, "recused": 1}
    assert ca["provisional_outcome"] == "rejected" and ca["outcome"] is None

    # Scores the meeting agreed (If-Match is required on PATCH).
    scores = [{"criterion": c, "score": 9, "comment": ""} for c in range(1, 6)]
    r = await rv.client.patch(
        f"/api/v1/reviews/{rid}/candidates/{ca['id']}",
        json={"scores": scores},
        headers=rv.h(**{"If-Match": r.headers["ETag"]}),
    )
    assert r.status_code == 200, r.text
    assert candidate_of(r.json(), a["id"])["total_score"] == 45
    assert r.json()["version"] == 2

    review = await rv.ballot(
        rid,
        [
            (chair, ca["id"], "approve"),
            (viewer, ca["id"], "approve"),
            (chair, cb["id"], "approve"),
            (village, cb["id"], "reject"),
            (viewer, cb["id"], "abstain"),
        ],
    )
    ca, cb = candidate_of(review, a["id"]), candidate_of(review, b["id"])
    assert ca["tally"] == {"eligible": 2, "approve": 2, "reject": 0, "abstain": 0, "not_voted": 0, "recused": 1}
    assert ca["provisional_outcome"] == "approved"
    assert cb["tally"] == {"eligible": 3, "approve": 1, "reject": 1, "abstain": 1, "not_voted": 0, "recused": 0}
    assert cb["provisional_outcome"] == "rejected"
    # A vote can be changed and cleared.
    review = await rv.ballot(rid, [(viewer, cb["id"], "approve")])
    assert candidate_of(review, b["id"])["provisional_outcome"] == "approved"
    review = await rv.ballot(rid, [(viewer, cb["id"], None)])
    cb = candidate_of(review, b["id"])
    assert cb["provisional_outcome"] == "rejected" and cb["tally"]["not_voted"] == 1

    # Closing needs the minutes.
    refused = await rv.close(rid, expect=422)
    assert refused["code"] == "minutes_missing"

    r = await rv.client.post(
        f"/api/v1/reviews/{rid}/minutes",
        data={"title": "Biên bản họp bình xét"},
        files={"file": ("biên-bản.pdf", MINUTES_PDF, "application/pdf")},
        headers=await rv.m(rid),
    )
    assert r.status_code == 201, r.text
    assert r.headers["Location"] == f"/api/v1/reviews/{rid}/minutes/content"
    minutes = r.json()["minutes"]
    assert minutes["media_type"] == "application/pdf" and minutes["size"] == len(MINUTES_PDF)
    assert minutes["filename"] == "biên-bản.pdf" and minutes["content_url"] == f"/api/v1/reviews/{rid}/minutes/content"
    # Filed in each candidate's dossier, readable by the registrant.
    for model in (a, b):
        files = (
            await rv.client.get(
                f"/api/v1/models/{model['id']}/evidence?kind=review_minutes", headers=rv.h("demo.registrant")
            )
        ).json()["items"]
        assert [(f["kind"], f["sha256"], f["title"]) for f in files] == [
            ("review_minutes", minutes["sha256"], "Biên bản họp bình xét")
        ]
    download = await rv.client.get(f"/api/v1/reviews/{rid}/minutes/content", headers=rv.h("demo.registrant"))
    assert download.status_code == 200 and download.content == MINUTES_PDF

    closed = await rv.close(rid)
    assert (
        closed["status"] == "closed"
        and closed["closed_at"]
        and closed["closed_by_id"] == str(rv.demo.users["demo.mobiliser"])
    )
    ca, cb = candidate_of(closed, a["id"]), candidate_of(closed, b["id"])
    assert (ca["outcome"], cb["outcome"]) == ("approved", "rejected")
    assert ca["provisional_outcome"] is None and cb["provisional_outcome"] is None
    assert cb["tally"] == {"eligible": 3, "approve": 1, "reject": 1, "abstain": 0, "not_voted": 1, "recused": 0}

    # Frozen: stored on the candidates, and the review refuses every change.
    rows = {str(c.model_id): c for c in await session.scalars(select(ReviewCandidate))}
    assert rows[a["id"]].outcome == "approved" and rows[a["id"]].tally["approve"] == 2
    assert rows[b["id"]].outcome == "rejected"
    before = await rv.snapshot()
    assert (await rv.ballot(rid, [(viewer, cb["id"], "approve")], expect=409))["code"] == "review_closed"
    assert (await rv.close(rid, expect=409))["code"] == "review_closed"
    r = await rv.client.patch(
        f"/api/v1/reviews/{rid}", json={"title": "Đổi tên"}, headers=rv.h(**{"If-Match": f'"{closed["version"]}"'})
    )
    assert r.status_code == 409 and r.json()["code"] == "review_closed"
    assert (await rv.minutes(rid, expect=409))["code"] == "review_closed"
    r = await rv.client.delete(f"/api/v1/reviews/{rid}/candidates/{ca['id']}", headers=await rv.m(rid))
    assert r.status_code == 409
    r = await rv.client.post(f"/api/v1/reviews/{rid}/members", json={"full_name": "Người mới"}, headers=await rv.m(rid))
    assert r.status_code == 409
    assert await rv.snapshot() == before

    again = await rv.get(rid, "demo.viewer")
    assert candidate_of(again, a["id"])["outcome"] == "approved" and again["version"] == closed["version"]

    await session.rollback()
    events = [
        (e.type, e.resource_id)
        for e in await session.scalars(select(Event).where(Event.resource_type == "review").order_by(Event.id))
    ]
    assert events[0] == ("review.opened", rid) and events[-1] == ("review.closed", rid)
    assert {t for t, _ in events} == {"review.opened", "review.updated", "review.closed"}
    closed_event = (await session.scalars(select(Event).where(Event.type == "review.closed"))).one()
    assert closed_event.unit_path == (await session.get(Unit, rv.demo.unit("QT-VL"))).path
    # The event counts the candidates; which ones and their outcomes are read from the review (scoped).
    assert closed_event.data == {"outcome_rule": closed["outcome_rule"], "candidate_count": 2}


async def test_get_list_filters_and_conditional_get(rv) -> None:
    a = await rv.surveyed()
    first = await rv.create([a], held_on=f"{YEAR}-01-10", title="Bình xét đợt 1")
    second = await rv.create([], held_on=f"{YEAR}-02-10", title="Bình xét đợt 2")
    third = await rv.create(
        [], held_on=f"{YEAR}-02-10", title="Bình xét đợt 3", holding_unit_id=rv.demo.unit("QT-VL-VT")
    )

    r = await rv.client.get(f"/api/v1/reviews/{first['id']}", headers=rv.h(**{"If-None-Match": '"1"'}))
    assert r.status_code == 304 and r.headers["ETag"] == '"1"'

    async def titles(query: str = "", user: str = "demo.mobiliser") -> list[str]:
        r = await rv.client.get(f"/api/v1/reviews{query}", headers=rv.h(user))
        assert r.status_code == 200, r.text
        return [i["title"] for i in r.json()["items"]]

    newest_first = sorted([second, third], key=lambda x: x["id"], reverse=True)
    assert await titles() == [x["title"] for x in newest_first] + ["Bình xét đợt 1"]
    assert await titles(f"?model_id={a['id']}") == ["Bình xét đợt 1"]
    assert await titles(f"?unit_id={rv.demo.unit('QT-VL-VT')}") == ["Bình xét đợt 3"]
    assert await titles(f"?holding_unit_id={rv.demo.unit('QT-VL')}&year={YEAR}") == ["Bình xét đợt 2", "Bình xét đợt 1"]
    assert await titles("?status=closed") == []
    assert await titles(f"?purpose=exemplar&campaign_id={rv.ctx.campaign_id}") == []

    # Pages of one, in the same order; the cursor is bound to its filters.
    seen, cursor = [], None
    while True:
        r = await rv.client.get("/api/v1/reviews?limit=1" + (f"&cursor={cursor}" if cursor else ""), headers=rv.h())
        body = r.json()
        seen += [i["id"] for i in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert seen == [x["id"] for x in newest_first] + [first["id"]]
    r = await rv.client.get("/api/v1/reviews?limit=1", headers=rv.h())
    bad = await rv.client.get(f"/api/v1/reviews?status=open&cursor={r.json()['next_cursor']}", headers=rv.h())
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_cursor"

    # The registrant of Vĩnh Thạch sees the commune's meeting and the district's one about its model.
    assert sorted(await titles(user="demo.registrant")) == ["Bình xét đợt 1", "Bình xét đợt 3"]


async def test_an_authority_holds_a_review_of_the_models_it_decides(rv) -> None:
    a = await rv.surveyed()  # Thôn Tân Lập: decided by Đảng ủy xã Vĩnh Thạch (case 1)
    review = await rv.create([a], user="demo.authority", holding_unit_id=rv.demo.unit("QT-VL-VT-DU"))
    assert review["holding_unit"]["code"] == "QT-VL-VT-DU"
    # …but not one for the commune it only views (403), nor for the district outside its scope (422).
    refused = await rv.create([a], user="demo.authority", holding_unit_id=rv.demo.unit("QT-VL-VT"), expect=403)
    assert refused["code"] == "review_not_permitted"
    refused = await rv.create([a], user="demo.authority", expect=422)
    assert refused["code"] == "unknown_unit" and refused["errors"][0]["pointer"] == "#/holding_unit_id"


async def test_members_and_recusals_follow_edits(rv) -> None:
    a = await rv.surveyed()
    lan = await rv.surveyed(
        registrant_kind="individual",
        individual_name="Nguyễn Thị Lan",
        individual_position="Chi hội trưởng",
        name="Mô hình của chị Lan",
    )
    review = await rv.create([a, lan])
    rid, version = review["id"], review["version"]
    chair, village, viewer, _absent = member_ids(review)
    ca, cl = candidate_of(review, a["id"]), candidate_of(review, lan["id"])

    # A member named like the individual registrant (diacritics and case aside) stands aside.
    r = await rv.client.post(
        f"/api/v1/reviews/{rid}/members", json={"full_name": "nguyen thi LAN"}, headers=await rv.m(rid)
    )
    assert r.status_code == 201, r.text
    review = r.json()
    lan_member = member_ids(review)[-1]
    assert review["version"] == version + 1
    assert vote_of(candidate_of(review, lan["id"]), lan_member)["recused"] is True
    assert vote_of(candidate_of(review, a["id"]), lan_member)["recused"] is False
    # The registrant's own user account stands aside for every model they registered.
    r = await rv.client.post(
        f"/api/v1/reviews/{rid}/members",
        json={"full_name": "Trần Thị Bình", "user_id": str(rv.demo.users["demo.registrant"])},
        headers=await rv.m(rid),
    )
    review = r.json()
    registrant_member = member_ids(review)[-1]
    assert all(vote_of(c, registrant_member)["recused"] for c in review["candidates"])

    # An automatic recusal cannot be lifted; one made by hand can.
    refused = await rv.ballot(
        rid, [], recusals=[{"member_id": village, "candidate_id": ca["id"], "recused": False}], expect=409
    )
    assert refused["code"] == "recusal_automatic"
    review = await rv.ballot(
        rid,
        [(chair, cl["id"], "approve")],
        recusals=[{"member_id": viewer, "candidate_id": cl["id"], "reason": "Là người thân"}],
    )
    assert vote_of(candidate_of(review, lan["id"]), viewer) == {
        "member_id": viewer,
        "vote": None,
        "recused": True,
        "recusal_reason": "Là người thân",
    }
    review = await rv.ballot(
        rid,
        [(viewer, cl["id"], "reject")],
        recusals=[{"member_id": viewer, "candidate_id": cl["id"], "recused": False}],
    )
    assert vote_of(candidate_of(review, lan["id"]), viewer)["vote"] == "reject"

    # The village member moves to another unit: the automatic recusal goes; marking the chair absent drops his votes.
    etag = f'"{review["version"]}"'
    r = await rv.client.patch(
        f"/api/v1/reviews/{rid}/members/{village}",
        json={"unit_id": rv.demo.unit("QT-VL-HND")},
        headers=rv.h(**{"If-Match": etag}),
    )
    assert r.status_code == 200, r.text
    assert vote_of(candidate_of(r.json(), a["id"]), village)["recused"] is False
    r = await rv.client.patch(
        f"/api/v1/reviews/{rid}/members/{chair}",
        json={"present": False, "absence_reason": "Ốm"},
        headers=rv.h(**{"If-Match": r.headers["ETag"]}),
    )
    assert r.status_code == 200, r.text
    assert vote_of(candidate_of(r.json(), lan["id"]), chair)["vote"] is None
    # …and back to the village: recused again, any vote dropped.
    await rv.ballot(rid, [(village, ca["id"], "approve")])
    review = await rv.get(rid)
    r = await rv.client.patch(
        f"/api/v1/reviews/{rid}/members/{village}",
        json={"unit_id": rv.demo.unit("QT-VL-VT-TL")},
        headers=rv.h(**{"If-Match": f'"{review["version"]}"'}),
    )
    assert vote_of(candidate_of(r.json(), a["id"]), village) == {
        "member_id": village,
        "vote": None,
        "recused": True,
        "recusal_reason": vote_of(ca, village)["recusal_reason"],
    }

    # Removing a member removes their ballots.
    r = await rv.client.delete(f"/api/v1/reviews/{rid}/members/{lan_member}", headers=await rv.m(rid))
    assert r.status_code == 200, r.text
    assert lan_member not in member_ids(r.json())
    assert all(v["member_id"] != lan_member for c in r.json()["candidates"] for v in c["votes"])


async def test_candidates_added_later_get_the_minutes_and_removed_ones_lose_them(rv, store) -> None:
    a, b = await rv.surveyed(), await rv.surveyed(name="Mô hình thứ hai")
    review = await rv.create([a])
    rid = review["id"]
    refused = await rv.client.get(f"/api/v1/reviews/{rid}/minutes/content", headers=rv.h())
    assert refused.status_code == 404
    first = await rv.minutes(rid)
    # Replacing the minutes: the old copies go, the new bytes are filed.
    second_pdf = tiny_pdf("biên bản sửa đổi")
    review = await rv.minutes(rid, content=second_pdf, title="Biên bản (bản sửa)")
    assert review["minutes"]["sha256"] != first["minutes"]["sha256"]
    assert review["minutes"]["title"] == "Biên bản (bản sửa)"

    async def minutes_of(model_id: str) -> list[str]:
        r = await rv.client.get(f"/api/v1/models/{model_id}/evidence?kind=review_minutes", headers=rv.h())
        return [f["sha256"] for f in r.json()["items"]]

    assert await minutes_of(a["id"]) == [review["minutes"]["sha256"]]
    assert not await store.exists(first["minutes"]["sha256"])  # collected once nothing referred to it

    r = await rv.client.post(
        f"/api/v1/reviews/{rid}/candidates", json={"model_id": b["id"], "note": "Bổ sung"}, headers=await rv.m(rid)
    )
    assert r.status_code == 201, r.text
    cb = candidate_of(r.json(), b["id"])
    assert cb["note"] == "Bổ sung"
    assert await minutes_of(b["id"]) == [review["minutes"]["sha256"]]

    r = await rv.client.delete(f"/api/v1/reviews/{rid}/candidates/{cb['id']}", headers=await rv.m(rid))
    assert r.status_code == 200, r.text
    assert [c["model"]["id"] for c in r.json()["candidates"]] == [a["id"]]
    assert await minutes_of(b["id"]) == []
    assert await minutes_of(a["id"]) == [review["minutes"]["sha256"]]
    assert await store.exists(review["minutes"]["sha256"])


async def test_exemplar_round_needs_nominated_models_and_a_phase(rv, session) -> None:
    a = await rv.surveyed()
    model = await session.get(RegisteredModel, uuid.UUID(a["id"]))
    model.state = "nominated"
    await session.commit()
    review = await rv.create([a], purpose="exemplar", phase_review="final")
    assert review["purpose"] == "exemplar" and review["phase_review"] == "final"
    r = await rv.client.patch(
        f"/api/v1/reviews/{review['id']}", json={"phase_review": "interim"}, headers=rv.h(**{"If-Match": '"1"'})
    )
    assert r.status_code == 200 and r.json()["phase_review"] == "interim"
    r = await rv.client.patch(
        f"/api/v1/reviews/{review['id']}", json={"phase_review": None}, headers=rv.h(**{"If-Match": '"2"'})
    )
    assert r.status_code == 422 and r.json()["code"] == "phase_review_required"
