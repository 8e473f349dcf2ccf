"""Every refused review request answers a clear 4xx with a stable code, and changes nothing."""

from __future__ import annotations

import uuid

from tests.registry.conftest import YEAR
from tests.reviews.review_support import candidate_of, member_ids
from tests.users.conftest import add_person


async def _open_review(rv):
    a = await rv.surveyed()
    review = await rv.create([a])
    chair, village, viewer, absent = member_ids(review)
    return a, review, candidate_of(review, a["id"]), (chair, village, viewer, absent)


async def test_a_recused_member_cannot_vote(rv) -> None:
    _, review, ca, (chair, village, _, _) = await _open_review(rv)
    before = await rv.snapshot()
    refused = await rv.ballot(review["id"], [(chair, ca["id"], "approve"), (village, ca["id"], "approve")], expect=409)
    assert refused["code"] == "member_recused" and refused["member_id"] == village
    assert refused["pointer"] == "#/votes/1"
    assert await rv.snapshot() == before  # the chair's vote in the same request was not kept either
    # A manual recusal and a vote in the same request: refused too.
    refused = await rv.ballot(
        review["id"],
        [(chair, ca["id"], "approve")],
        recusals=[{"member_id": chair, "candidate_id": ca["id"], "reason": "Người thân"}],
        expect=409,
    )
    assert refused["code"] == "member_recused"
    assert await rv.snapshot() == before


async def test_an_absent_member_cannot_vote(rv) -> None:
    _, review, ca, (_, _, _, absent) = await _open_review(rv)
    before = await rv.snapshot()
    refused = await rv.ballot(review["id"], [(absent, ca["id"], "reject")], expect=422)
    assert refused["code"] == "member_absent" and refused["errors"][0]["pointer"] == "#/votes/0/member_id"
    assert await rv.snapshot() == before


async def test_voting_in_a_closed_review(rv) -> None:
    _, review, ca, (chair, *_) = await _open_review(rv)
    await rv.ballot(review["id"], [(chair, ca["id"], "approve")])
    await rv.minutes(review["id"])
    await rv.close(review["id"])
    before = await rv.snapshot()
    refused = await rv.ballot(review["id"], [(chair, ca["id"], "reject")], expect=409)
    assert refused["code"] == "review_closed"
    assert (await rv.close(review["id"], expect=409))["code"] == "review_closed"
    assert await rv.snapshot() == before


async def test_unknown_members_and_candidates_in_the_ballot(rv) -> None:
    _, review, ca, (chair, *_) = await _open_review(rv)
    other = await rv.create([])
    stranger = member_ids(other)[0]
    before = await rv.snapshot()
    refused = await rv.ballot(
        review["id"],
        [
            (chair, ca["id"], "approve"),
            (stranger, ca["id"], "approve"),
            (chair, str(uuid.uuid4()), "approve"),
            (chair, ca["id"], "reject"),
        ],
        expect=422,
    )
    assert [(e["code"], e["pointer"]) for e in refused["errors"]] == [
        ("unknown_member", "#/votes/1/member_id"),
        ("unknown_candidate", "#/votes/2/candidate_id"),
        ("duplicate_ballot_entry", "#/votes/3"),
    ]
    r = await rv.client.put(
        f"/api/v1/reviews/{review['id']}/votes",
        json={"votes": [{"member_id": chair, "candidate_id": ca["id"], "vote": "yes"}]},
        headers=await rv.m(review["id"]),
    )
    assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "#/votes/0/vote"
    assert await rv.snapshot() == before


async def test_a_candidate_not_surveyed_is_refused(rv) -> None:
    reported = await rv.reported()
    before = await rv.snapshot()
    refused = await rv.create([reported], expect=409)
    assert refused["code"] == "candidate_state" and refused["state"] == "reported"
    assert refused["expected_state"] == "surveyed" and refused["pointer"] == "#/candidates/0/model_id"
    assert await rv.snapshot() == before
    # Nor can it be added to an open review later.
    review = await rv.create([])
    before = await rv.snapshot()
    r = await rv.client.post(
        f"/api/v1/reviews/{review['id']}/candidates",
        json={"model_id": reported["id"]},
        headers=await rv.m(review["id"]),
    )
    assert r.status_code == 409 and r.json()["code"] == "candidate_state"
    assert await rv.snapshot() == before


async def test_candidates_that_do_not_fit(rv, session) -> None:
    a = await rv.surveyed()
    before = await rv.snapshot()
    # Duplicates.
    refused = await rv.create([a, a], expect=422)
    assert refused["code"] == "duplicate_candidate" and refused["errors"][0]["pointer"] == "#/candidates/1/model_id"
    # Outside the holding unit's remit: Thôn Thái Lai holds a meeting about a model of Thôn Tân Lập.
    refused = await rv.create([a], holding_unit_id=rv.demo.unit("QT-VL-VT-TLA"), expect=422)
    assert refused["code"] == "candidate_out_of_scope"
    # Unknown or invisible models answer the same.
    refused = await rv.create([{"id": str(uuid.uuid4())}], expect=422)
    assert refused["code"] == "unknown_model" and refused["errors"][0]["pointer"] == "#/candidates/0/model_id"
    # Another campaign.
    from tests.registry.conftest import make_campaign

    other = await make_campaign(session, "QT-VL")
    refused = await rv.create([a], campaign_id=str(other.id), expect=422)
    assert refused["code"] == "candidate_campaign_mismatch"
    assert await rv.snapshot() == before
    # Already on the agenda.
    review = await rv.create([a])
    r = await rv.client.post(
        f"/api/v1/reviews/{review['id']}/candidates", json={"model_id": a["id"]}, headers=await rv.m(review["id"])
    )
    assert r.status_code == 422 and r.json()["code"] == "duplicate_candidate"


async def test_meeting_fields_that_do_not_fit(rv) -> None:
    before = await rv.snapshot()
    cases = [
        ({"holding_unit_id": 999_999}, "unknown_unit", "#/holding_unit_id"),
        ({"holding_unit_id": rv.demo.unit("QT-DH")}, "unknown_unit", "#/holding_unit_id"),  # outside the scope
        ({"campaign_id": str(uuid.uuid4())}, "unknown_campaign", "#/campaign_id"),
        ({"year": YEAR + 5}, "unknown_cycle", "#/year"),
        ({"phase_review": "final"}, "phase_review_forbidden", "#/phase_review"),
        ({"purpose": "exemplar"}, "phase_review_required", "#/phase_review"),
        (
            {"members": [{"full_name": "A", "unit_id": 999_999}, {"full_name": "B", "user_id": str(uuid.uuid4())}]},
            "unknown_unit",
            "#/members/0/unit_id",
        ),
        ({"members": []}, "validation_failed", "#/members"),
        ({"members": [{"full_name": "A", "vote": "approve"}]}, "validation_failed", "#/members/0/vote"),
        ({"title": "x" * 301}, "validation_failed", "#/title"),
        ({"outcome_rule": "unanimity"}, "validation_failed", "#/outcome_rule"),
        ({"status": "closed"}, "validation_failed", "#/status"),
        ({"held_on": "20/09/2025"}, "validation_failed", "#/held_on"),
        (
            {
                "candidates": [
                    {
                        "model_id": str(uuid.uuid4()),
                        "scores": [{"criterion": 1, "score": 5}, {"criterion": 1, "score": 6}],
                    }
                ]
            },
            "validation_failed",
            "#/candidates/0/scores",
        ),
        (
            {"candidates": [{"model_id": str(uuid.uuid4()), "scores": [{"criterion": 6, "score": 11}]}]},
            "validation_failed",
            "#/candidates/0/scores/0/criterion",
        ),
    ]
    for over, code, pointer in cases:
        refused = await rv.create([], expect=422, **over)
        assert refused["code"] == code, (over, refused)
        assert refused["errors"][0]["pointer"] == pointer, (over, refused)
    member_errors = (await rv.create([], expect=422, **cases[6][0]))["errors"]
    assert [e["code"] for e in member_errors] == ["unknown_unit", "unknown_user"]
    assert await rv.snapshot() == before


async def test_roles_that_may_not_hold_a_review(rv) -> None:
    a = await rv.surveyed()
    before = await rv.snapshot()
    for user in ("demo.viewer", "demo.registrant"):
        refused = await rv.create([a], user=user, holding_unit_id=rv.demo.unit("QT-VL-VT"), expect=403)
        assert refused["code"] == "review_not_permitted"
    assert await rv.snapshot() == before
    review = await rv.create([a])
    before = await rv.snapshot()
    # The registrant sees the review (it is about their model) but may not change it.
    seen = await rv.get(review["id"], "demo.registrant")
    assert seen["id"] == review["id"]
    r = await rv.client.patch(
        f"/api/v1/reviews/{review['id']}", json={"title": "Sửa"}, headers=rv.h("demo.registrant", **{"If-Match": '"1"'})
    )
    assert r.status_code == 403 and r.json()["code"] == "review_not_permitted"
    member = member_ids(review)[0]
    r = await rv.client.put(
        f"/api/v1/reviews/{review['id']}/votes",
        json={"votes": [{"member_id": member, "candidate_id": review["candidates"][0]["id"], "vote": "approve"}]},
        headers=await rv.m(review["id"], "demo.viewer"),
    )
    assert r.status_code == 403 and r.json()["code"] == "review_not_permitted"
    r = await rv.client.post(f"/api/v1/reviews/{review['id']}/close", headers=await rv.m(review["id"], "demo.viewer"))
    assert r.status_code == 403
    assert await rv.snapshot() == before


async def test_an_invisible_review_answers_404(rv, session) -> None:
    a = await rv.surveyed()
    review = await rv.create([a], holding_unit_id=rv.demo.unit("QT-VL-VT"))
    # A registrant of another commune (Thị trấn Hồ Xá) and a mobiliser of another district.
    await add_person(session, rv.demo, "hx.registrant", "QT-VL-HX-HND", [("registrant", "QT-VL-HX")])
    await add_person(session, rv.demo, "dh.mobiliser", "QT-DH-BDV", [("mobiliser", "QT-DH")])
    before = await rv.snapshot()
    for user in ("hx.registrant", "dh.mobiliser"):
        assert (await rv.get(review["id"], user, expect=404))["code"] == "not_found"
        r = await rv.client.get("/api/v1/reviews", headers=rv.h(user))
        assert r.json()["items"] == []
        r = await rv.client.get(f"/api/v1/reviews/{review['id']}/minutes/content", headers=rv.h(user))
        assert r.status_code == 404
        r = await rv.client.post(f"/api/v1/reviews/{review['id']}/close", headers=await rv.m(review["id"], user))
        assert r.status_code == 404
        r = await rv.client.patch(
            f"/api/v1/reviews/{review['id']}", json={"title": "x"}, headers=rv.h(user, **{"If-Match": '"1"'})
        )
        assert r.status_code == 404
    assert (await rv.get(str(uuid.uuid4()), expect=404))["code"] == "not_found"
    assert await rv.snapshot() == before


async def test_patch_needs_a_current_if_match(rv) -> None:
    _, review, ca, (chair, *_) = await _open_review(rv)
    rid = review["id"]
    before = await rv.snapshot()
    r = await rv.client.patch(f"/api/v1/reviews/{rid}", json={"title": "Tên mới"}, headers=rv.h())
    assert r.status_code == 428 and r.json()["code"] == "precondition_required"
    r = await rv.client.patch(f"/api/v1/reviews/{rid}/members/{chair}", json={"present": False}, headers=rv.h())
    assert r.status_code == 428
    r = await rv.client.patch(f"/api/v1/reviews/{rid}/candidates/{ca['id']}", json={"note": "x"}, headers=rv.h())
    assert r.status_code == 428
    assert await rv.snapshot() == before

    await rv.ballot(rid, [(chair, ca["id"], "approve")])  # the version moves on: "1" is stale
    before = await rv.snapshot()
    stale = rv.h(**{"If-Match": '"1"'})
    r = await rv.client.patch(f"/api/v1/reviews/{rid}", json={"title": "Tên mới"}, headers=stale)
    assert r.status_code == 412 and r.json()["code"] == "precondition_failed" and r.json()["current_etag"] == '"2"'
    r = await rv.client.put(f"/api/v1/reviews/{rid}/votes", json={"votes": []}, headers=stale)
    assert r.status_code == 412
    r = await rv.client.post(f"/api/v1/reviews/{rid}/close", headers=stale)
    assert r.status_code == 412
    assert await rv.snapshot() == before

    r = await rv.client.patch(
        f"/api/v1/reviews/{rid}",
        json={"title": "Tên mới", "outcome_rule": "two_thirds_of_present"},
        headers=rv.h(**{"If-Match": '"2"'}),
    )
    assert r.status_code == 200 and r.headers["ETag"] == '"3"'
    assert r.json()["title"] == "Tên mới" and r.json()["outcome_rule"] == "two_thirds_of_present"
    r = await rv.client.patch(
        f"/api/v1/reviews/{rid}", json={"held_on": "tomorrow"}, headers=rv.h(**{"If-Match": '"3"'})
    )
    assert r.status_code == 422


async def test_idempotency_key_replays_the_first_answer(rv) -> None:
    a = await rv.surveyed()
    key = {"Idempotency-Key": "review-create-1"}
    first = await rv.client.post("/api/v1/reviews", json=rv.body([a]), headers=rv.h(**key))
    assert first.status_code == 201
    after_first = await rv.snapshot()
    again = await rv.client.post("/api/v1/reviews", json=rv.body([a]), headers=rv.h(**key))
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json() and again.headers["Location"] == first.headers["Location"]
    other = await rv.client.post("/api/v1/reviews", json=rv.body([a], title="Khác"), headers=rv.h(**key))
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    assert await rv.snapshot() == after_first  # one review only

    rid = first.json()["id"]
    await rv.minutes(rid, headers={"Idempotency-Key": "minutes-1"})
    after_minutes = await rv.snapshot()
    replay = await rv.minutes(rid, headers={"Idempotency-Key": "minutes-1"})
    assert (replay["minutes"]["sha256"] == after_minutes and False) or replay["status"] == "open"
    assert await rv.snapshot() == after_minutes

    closed = await rv.close(rid, headers={"Idempotency-Key": "close-1"})
    after_close = await rv.snapshot()
    assert await rv.close(rid, headers={"Idempotency-Key": "close-1"}) == closed
    assert await rv.snapshot() == after_close


async def test_close_needs_candidates_and_minutes(rv) -> None:
    review = await rv.create([])
    before = await rv.snapshot()
    assert (await rv.close(review["id"], expect=422))["code"] == "no_candidates"
    assert (await rv.minutes(review["id"], expect=422))["code"] == "no_candidates"
    r = await rv.client.post(
        f"/api/v1/reviews/{review['id']}/minutes",
        data={"title": "Biên bản", "kind": "other"},
        files={"file": ("a.pdf", b"%PDF-1.4 not really", "application/pdf")},
        headers=await rv.m(review["id"]),
    )
    assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "#/kind"
    assert await rv.snapshot() == before


async def test_members_that_cannot_go(rv) -> None:
    review = await rv.create([], members=[{"full_name": "Người duy nhất"}])
    [only] = member_ids(review)
    before = await rv.snapshot()
    r = await rv.client.delete(f"/api/v1/reviews/{review['id']}/members/{only}", headers=await rv.m(review["id"]))
    assert r.status_code == 422 and r.json()["code"] == "last_member"
    r = await rv.client.delete(
        f"/api/v1/reviews/{review['id']}/members/{uuid.uuid4()}", headers=await rv.m(review["id"])
    )
    assert r.status_code == 404 and r.json()["code"] == "member_not_found"
    r = await rv.client.post(
        f"/api/v1/reviews/{review['id']}/members",
        json={"full_name": "X", "unit_id": 999_999},
        headers=await rv.m(review["id"]),
    )
    assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "#/unit_id"
    assert await rv.snapshot() == before


async def test_disguised_minutes_are_refused(rv) -> None:
    _, review, _, _ = await _open_review(rv)
    before = await rv.snapshot()
    r = await rv.client.post(
        f"/api/v1/reviews/{review['id']}/minutes",
        data={"title": "Biên bản"},
        files={"file": ("bien-ban.pdf", b"MZ\x90\x00 not a pdf at all", "application/pdf")},
        headers=await rv.m(review["id"], "demo.mobiliser", **{"Accept-Language": "en"}),
    )
    assert r.status_code == 415, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert await rv.snapshot() == before
    r = await rv.client.post(
        f"/api/v1/reviews/{review['id']}/minutes",
        data={"description": "no title"},
        files={"file": ("bien-ban.pdf", b"%PDF-1.4", "application/pdf")},
        headers=await rv.m(review["id"]),
    )
    assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "#/title"
    assert await rv.snapshot() == before
