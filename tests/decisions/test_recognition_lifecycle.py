"""The movement's whole lifecycle over HTTP: a district's models go from surveyed through public review
meetings to recognition decisions issued by the competent unit of each of the six authority cases; an
exemplar is nominated, recognised and commended; the public showcase shows it and nothing private."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.registry.conftest import RESULTS, SURVEY, TODAY, YEAR, Ctx, make_campaign, tiny_pdf
from tests.storage.upload_samples import jpeg, png
from tests.users.conftest import add_person


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign open for registration and for recognition today, and the registry helpers
    (the folder's conftest gives each test a local blob store)."""
    campaign = await make_campaign(session, "QT-VL")
    cycle = campaign.cycles[0]
    cycle.recognition_starts_on = TODAY - timedelta(days=3)
    cycle.recognition_ends_on = TODAY + timedelta(days=20)
    await session.commit()
    return Ctx(client, demo, str(campaign.id), str(cycle.id))


# Registrant unit → (authority case, the deciding unit the policy names).
CASES: dict[str, tuple[int, str]] = {
    "QT-VL-VT-TL": (1, "QT-VL-VT-DU"),
    "QT-VL-THPT": (2, "QT-VL-HU"),
    "QT-VL-CTTS": (3, "QT-VL"),
    "QT-VL-VT-MTTQ": (4, "QT-VL-VT-DU"),
    "QT-VL-VT-TL-CB": (5, "QT-VL-VT-DU"),
    "QT-VL-HND": (6, "QT-VL-HU"),
}
# Who decides at each deciding unit (demo.authority already holds authority at QT-VL-VT-DU).
AUTHORITIES = {"QT-VL-VT-DU": "demo.authority", "QT-VL-HU": "hu.authority", "QT-VL": "vl.authority"}


async def _people(session: Any, demo: Any) -> None:
    await add_person(session, demo, "vl.registrant", "QT-VL-BDV", [("registrant", "QT-VL")])
    await add_person(session, demo, "hu.authority", "QT-VL-HU", [("authority", "QT-VL-HU")])
    await add_person(session, demo, "vl.authority", "QT-VL", [("authority", "QT-VL")])


async def _surveyed(ctx: Any, unit_code: str, name: str) -> dict[str, Any]:
    """A model of the unit, driven to `surveyed` over HTTP."""
    registrant = "demo.registrant" if unit_code.startswith("QT-VL-VT") else "vl.registrant"
    model = await ctx.create(registrant, with_form=True, registrant_unit_id=ctx.demo.unit(unit_code), name=name)
    await ctx.move(model["id"], registrant, "submit")
    await ctx.move(model["id"], "demo.mobiliser", "accept")
    await ctx.move(model["id"], registrant, "report_results", **RESULTS)
    return await ctx.move(model["id"], "demo.mobiliser", "record_survey", survey=SURVEY)


async def _review(
    ctx: Any, holding: str, models: list[dict[str, Any]], *, purpose: str = "model", phase_review: str | None = None
) -> dict[str, Any]:
    """A public review meeting at the unit: three members present (one from the first candidate's unit, who
    must be recused for it), one absent; everyone eligible approves; minutes filed; closed."""
    client, demo = ctx.client, ctx.demo
    first_unit = models[0]["registrant_unit"]["id"]
    body: dict[str, Any] = {
        "holding_unit_id": demo.unit(holding),
        "campaign_id": ctx.campaign_id,
        "year": YEAR,
        "purpose": purpose,
        "title": f"Họp bình xét mô hình “Dân vận khéo” năm {YEAR}",
        "held_on": str(TODAY),
        "place": "Hội trường",
        "chair": "Nguyễn Văn Chủ Trì",
        "secretary": "Trần Thị Thư Ký",
        "members": [
            {"full_name": "Nguyễn Văn Chủ Trì", "title": "Bí thư", "present": True},
            {"full_name": "Trần Thị Thư Ký", "title": "Ủy viên", "present": True},
            {"full_name": "Lê Văn Thôn", "title": "Bí thư chi bộ", "unit_id": first_unit, "present": True},
            {"full_name": "Phạm Văn Vắng", "title": "Ủy viên", "present": False, "absence_reason": "Đi công tác"},
        ],
        "candidates": [{"model_id": m["id"]} for m in models],
    }
    if phase_review:
        body["phase_review"] = phase_review
    mobiliser = demo.headers("demo.mobiliser")
    r = await client.post("/api/v1/reviews", json=body, headers=mobiliser)
    assert r.status_code == 201, r.text
    review = r.json()
    member_ids = [m["id"] for m in review["members"]]
    recused = {(v["member_id"], c["id"]) for c in review["candidates"] for v in c["votes"] if v["recused"]}
    assert (member_ids[2], review["candidates"][0]["id"]) in recused
    ballot = [
        {"member_id": m, "candidate_id": c["id"], "vote": "approve"}
        for c in review["candidates"]
        for m in member_ids[:3]
        if (m, c["id"]) not in recused
    ]
    # Each write names the review's version the previous answer gave (If-Match).
    r = await client.put(
        f"/api/v1/reviews/{review['id']}/votes",
        json={"votes": ballot},
        headers={**mobiliser, "If-Match": r.headers["ETag"]},
    )
    assert r.status_code == 200, r.text
    r = await client.post(
        f"/api/v1/reviews/{review['id']}/minutes",
        data={"title": "Biên bản họp bình xét"},
        files={"file": ("bien-ban.pdf", tiny_pdf(f"minutes {holding} {purpose}"), "application/pdf")},
        headers={**mobiliser, "If-Match": r.headers["ETag"]},
    )
    assert r.status_code in (200, 201), r.text
    r = await client.post(f"/api/v1/reviews/{review['id']}/close", headers={**mobiliser, "If-Match": r.headers["ETag"]})
    assert r.status_code == 200, r.text
    closed = r.json()
    assert closed["status"] == "closed"
    assert {c["outcome"] for c in closed["candidates"]} == {"approved"}
    return closed


async def _decide(
    ctx: Any,
    user: str,
    unit: str,
    kind: str,
    number: str,
    models: list[dict[str, Any]],
    review_id: str | None,
    expect: int = 201,
    **extra: Any,
) -> dict[str, Any]:
    body = {
        "kind": kind,
        "number": number,
        "issued_on": str(TODAY),
        "issuing_unit_id": ctx.demo.unit(unit),
        "signer_name": "Hoàng Văn Ký",
        "signer_title": "Bí thư",
        "review_id": review_id,
        "models": [{"model_id": m["id"]} for m in models],
        **extra,
    }
    r = await ctx.client.post("/api/v1/decisions", json=body, headers=ctx.demo.headers(user))
    assert r.status_code == expect, r.text
    return dict(r.json())


async def _state(ctx: Any, model_id: str) -> str:
    r = await ctx.client.get(f"/api/v1/models/{model_id}", headers=ctx.demo.headers("demo.mobiliser"))
    assert r.status_code == 200
    return str(r.json()["state"])


async def test_six_cases_from_survey_to_recognition(ctx: Any, session: Any) -> None:
    await _people(session, ctx.demo)
    models = {code: await _surveyed(ctx, code, f"Mô hình trường hợp {case}") for code, (case, _) in CASES.items()}
    for code, (case, deciding) in CASES.items():
        assert models[code]["authority_case"] == case
        assert models[code]["deciding_unit_id"] == ctx.demo.unit(deciding)

    by_unit: dict[str, list[dict[str, Any]]] = {}
    for code, (_, deciding) in CASES.items():
        by_unit.setdefault(deciding, []).append(models[code])

    # Not the competent unit: the district (which sees the commune's models) cannot recognise a model the
    # commune's Đảng ủy decides; the answer explains who can.
    review_du = await _review(ctx, "QT-VL-VT-DU", by_unit["QT-VL-VT-DU"])
    wrong = await _decide(
        ctx,
        "vl.authority",
        "QT-VL",
        "model_recognition",
        "1-QĐ/HU",
        by_unit["QT-VL-VT-DU"],
        review_du["id"],
        expect=403,
    )
    assert wrong["code"] == "not_competent_authority"
    assert all(e["competent_unit"]["id"] == ctx.demo.unit("QT-VL-VT-DU") for e in wrong["errors"])
    assert [await _state(ctx, m["id"]) for m in by_unit["QT-VL-VT-DU"]] == ["surveyed"] * 3

    for serial, (unit, group) in enumerate(sorted(by_unit.items()), start=100):
        review = review_du if unit == "QT-VL-VT-DU" else await _review(ctx, unit, group)
        decision = await _decide(
            ctx, AUTHORITIES[unit], unit, "model_recognition", f"{serial}-QĐ/ĐU", group, review["id"]
        )
        assert decision["status"] == "issued"
        assert sorted(m["model"]["id"] for m in decision["models"]) == sorted(m["id"] for m in group)
    for code in CASES:
        model_id = models[code]["id"]
        assert await _state(ctx, model_id) == "recognized"
        r = await ctx.client.get(f"/api/v1/models/{model_id}/history", headers=ctx.demo.headers("demo.mobiliser"))
        assert [h["action"] for h in r.json()][-1] == "recognize"


async def _exemplar_dossier(ctx: Any, model_id: str) -> None:
    await ctx.attach(model_id, "submission")
    report = await ctx.attach(model_id, "achievement_report")
    await ctx.confirm(model_id, "demo.authority", "achievement_report", evidence_id=report["id"])
    for kind in ("model_photo", "portrait"):
        await ctx.attach(model_id, kind, content=jpeg(), filename=f"{kind}-1.jpg", content_type="image/jpeg")
        await ctx.attach(model_id, kind, content=png(), filename=f"{kind}-2.png", content_type="image/png")


async def test_exemplar_nominated_recognised_commended_and_shown(ctx: Any, session: Any) -> None:
    demo, client = ctx.demo, ctx.client
    model = await _surveyed(ctx, "QT-VL-VT-TL", "Dân vận khéo trong xây dựng nông thôn mới")
    review = await _review(ctx, "QT-VL-VT-DU", [model])
    recognition = await _decide(
        ctx, "demo.authority", "QT-VL-VT-DU", "model_recognition", "12-QĐ/ĐU", [model], review["id"]
    )

    # Not shown yet: a model recognition is public only when its decision says so.
    assert (await client.get(f"/api/v1/public/exemplars/{model['code']}")).status_code == 404

    # Nominating needs the exemplar dossier: without portraits it is refused.
    refused = await ctx.move(model["id"], "demo.registrant", "nominate", expect=422)
    assert refused["code"] == "guard_failed"
    await _exemplar_dossier(ctx, model["id"])  # the minutes came from the review meeting
    await ctx.move(model["id"], "demo.registrant", "nominate")

    exemplar_review = await _review(ctx, "QT-VL-VT-DU", [model], purpose="exemplar", phase_review="interim")
    exemplar = await _decide(
        ctx, "demo.authority", "QT-VL-VT-DU", "exemplar_recognition", "13-QĐ/ĐU", [model], exemplar_review["id"]
    )
    assert exemplar["phase_review"] == "interim"
    assert await _state(ctx, model["id"]) == "exemplar"
    commendation = await _decide(
        ctx,
        "demo.authority",
        "QT-VL-VT-DU",
        "commendation",
        "14-QĐ/ĐU",
        [model],
        None,
        award_form="certificate_of_commendation",
        award_level="grassroots",
    )
    r = await client.get(f"/api/v1/models/{model['id']}", headers=demo.headers("demo.registrant"))
    honours = {h["number"] for h in r.json()["honours"]}
    assert {recognition["number"], exemplar["number"], commendation["number"]} <= honours

    # The showcase: no sign-in, the exemplar with its photos and decisions, never portraits or minutes.
    r = await client.get("/api/v1/public/exemplars", params={"q": "nong thon moi"})
    assert r.status_code == 200 and "public" in r.headers["cache-control"]
    [item] = [i for i in r.json()["items"] if i["code"] == model["code"]]
    assert {d["number"] for d in item["decisions"]} >= {exemplar["number"], commendation["number"]}
    assert len(item["photos"]) == 2
    for photo in item["photos"]:
        f = await client.get(photo["url"])
        assert f.status_code == 200 and f.headers["content-type"].startswith("image/")
    text = r.text
    for private in ("Lê Văn Thôn", "approve", "bien-ban", "portrait", "Trần Thị Thư Ký"):
        assert private not in text
    evidence = (
        await client.get(
            f"/api/v1/models/{model['id']}/evidence",
            params={"kind": "portrait"},
            headers=demo.headers("demo.registrant"),
        )
    ).json()["items"]
    for portrait in evidence:
        assert (await client.get(f"/api/v1/public/files/{portrait['id']}")).status_code == 404
    etag = r.headers["etag"]
    again = await client.get("/api/v1/public/exemplars", params={"q": "nong thon moi"}, headers={"If-None-Match": etag})
    assert again.status_code == 304
