"""Issuing decisions over HTTP: recognition, non-recognition, exemplar recognition, commendation; reading,
listing, idempotent retries and the signed document."""

from __future__ import annotations

from typing import Any

import pytest

from tests.decisions.decision_support import TODAY, YEAR, DecisionCtx
from tests.registry.conftest import tiny_pdf


async def test_recognition_moves_both_models_with_history_and_events(dctx: DecisionCtx) -> None:
    a, b = await dctx.surveyed(), await dctx.surveyed(name="Dân vận khéo trong xây dựng nông thôn mới")
    review_id = await dctx.review({a["id"]: "approved", b["id"]: "approved"})
    body = dctx.decision_body("model_recognition", [a["id"], b["id"]], review_id, note="Công nhận năm nay")
    r = await dctx.issue(body)
    decision = r.json()
    assert r.headers["Location"] == f"/api/v1/decisions/{decision['id']}"
    assert r.headers["ETag"] == f'"{decision["version"]}"'
    assert decision["status"] == "issued" and decision["kind"] == "model_recognition"
    assert decision["number"] == "125-QĐ/ĐU" and decision["serial"] == 125 and decision["year"] == TODAY.year
    assert decision["kind_label"]["vi"].startswith("Quyết định công nhận")
    assert decision["issuing_unit"]["code"] == "QT-VL-VT-DU"
    assert decision["publish"] is False and decision["public_evidence_kinds"] == ["model_photo"]
    assert decision["review"]["id"] == review_id and decision["document"] is None and decision["override"] is None
    assert [(m["model"]["id"], m["from_state"], m["to_state"], m["model"]["state"]) for m in decision["models"]] == [
        (a["id"], "surveyed", "recognized", "recognized"),
        (b["id"], "surveyed", "recognized", "recognized"),
    ]
    assert decision["models"][0]["note"] == "Ghi chú 0"
    for model in (a, b):
        assert await dctx.state(model["id"]) == "recognized"
        last = (await dctx.history(model["id"]))[-1]
        assert (last["action"], last["from"], last["to"]) == ("recognize", "surveyed", "recognized")
        assert last["details"] == {"decision_id": decision["id"], "number": "125-QĐ/ĐU", "kind": "model_recognition"}
        assert last["actor_id"] == dctx.demo.users["demo.authority"]
    events = await dctx.events("model.recognised")
    assert {e["resource_id"] for e in events} == {a["id"], b["id"]}
    assert [e["resource_id"] for e in await dctx.events("decision.issued")] == [decision["id"]]
    # The model's own view agrees.
    r = await dctx.client.get(f"/api/v1/models/{a['id']}", headers=dctx.demo.headers("demo.registrant"))
    assert r.json()["state"] == "recognized"


async def test_non_recognition_rests_on_a_rejected_outcome(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    review_id = await dctx.review({model["id"]: "rejected"})
    r = await dctx.issue(dctx.decision_body("model_non_recognition", [model["id"]], review_id, number="7/QĐ-ĐU"))
    assert r.json()["models"][0]["to_state"] == "not_recognized" and r.json()["serial"] == 7
    assert await dctx.state(model["id"]) == "not_recognized"
    assert (await dctx.history(model["id"]))[-1]["action"] == "not_recognize"
    assert len(await dctx.events("model.not-recognised")) == 1


async def test_exemplar_recognition_then_commendation(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    review_id = await dctx.review({model["id"]: "approved"})
    await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review_id, number="10-QĐ/ĐU"))
    await dctx.set_state(model["id"], "nominated")
    exemplar_review = await dctx.review({model["id"]: "approved"}, purpose="exemplar", phase_review="final")
    r = await dctx.issue(dctx.decision_body("exemplar_recognition", [model["id"]], exemplar_review, number="11-QĐ/ĐU"))
    decision = r.json()
    assert decision["phase_review"] == "final" and decision["publish"] is True
    assert decision["review"]["phase_review"] == "final"
    assert decision["models"][0]["from_state"] == "nominated" and decision["models"][0]["to_state"] == "exemplar"
    assert await dctx.state(model["id"]) == "exemplar"
    assert (await dctx.history(model["id"]))[-1]["action"] == "recognize_exemplar"

    body = dctx.decision_body(
        "commendation",
        [model["id"]],
        None,
        number="12-QĐ/ĐU",
        award_form="certificate_of_merit",
        award_level="grassroots",
        public_evidence_kinds=["model_photo", "decision_document"],
    )
    commendation = (await dctx.issue(body)).json()
    assert commendation["award_form"] == "certificate_of_merit" and commendation["award_level"] == "grassroots"
    assert commendation["award_form_label"] == {"vi": "Bằng khen", "en": "Certificate of merit"}
    assert commendation["award_level_label"]["vi"] == "Cấp cơ sở"
    assert commendation["public_evidence_kinds"] == ["model_photo", "decision_document"]
    assert commendation["models"][0]["from_state"] == commendation["models"][0]["to_state"] == "exemplar"
    assert await dctx.state(model["id"]) == "exemplar"
    last = (await dctx.history(model["id"]))[-1]
    assert (last["action"], last["from"], last["to"]) == ("commend", "exemplar", "exemplar")
    assert len(await dctx.events("exemplar.commended")) == 1


async def test_district_committee_may_commend_an_exemplar_its_commune_recognised(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    await dctx.set_state(model["id"], "exemplar")
    await dctx.person("hu.authority", [("authority", "QT-VL-HU"), ("viewer", "QT-VL")])
    body = dctx.decision_body(
        "commendation",
        [model["id"]],
        None,
        number="210-QĐ/HU",
        unit="QT-VL-HU",
        award_form="letter_of_commendation",
        award_level="district",
    )
    r = await dctx.issue(body, "hu.authority")
    assert r.json()["issuing_unit"]["code"] == "QT-VL-HU"
    assert r.json()["award_form_label"]["vi"] == "Thư khen"


async def test_read_list_filters_and_etag(dctx: DecisionCtx) -> None:
    a, b = await dctx.surveyed(), await dctx.surveyed(name="Mô hình thứ hai")
    review_id = await dctx.review({a["id"]: "approved", b["id"]: "rejected"})
    first = (await dctx.issue(dctx.decision_body("model_recognition", [a["id"]], review_id, number="20-QĐ/ĐU"))).json()
    second = (
        await dctx.issue(dctx.decision_body("model_non_recognition", [b["id"]], review_id, number="21/QĐ-ĐU"))
    ).json()
    headers = dctx.demo.headers("demo.viewer")  # viewer@QT-VL sees the commune's decisions

    r = await dctx.client.get(f"/api/v1/decisions/{first['id']}", headers=headers)
    assert r.status_code == 200 and r.json()["number"] == "20-QĐ/ĐU"
    tag = r.headers["ETag"]
    r = await dctx.client.get(f"/api/v1/decisions/{first['id']}", headers={**headers, "If-None-Match": tag})
    assert r.status_code == 304

    async def ids(**params: Any) -> list[str]:
        r = await dctx.client.get("/api/v1/decisions", params=params, headers=headers)
        assert r.status_code == 200, r.text
        return [d["id"] for d in r.json()["items"]]

    assert set(await ids()) == {first["id"], second["id"]}
    assert await ids(kind="model_non_recognition") == [second["id"]]
    assert await ids(model_id=a["id"]) == [first["id"]]
    assert await ids(q="20-qd/du") == [first["id"]]
    assert await ids(q="QĐ-ĐU") == [second["id"]]
    assert set(await ids(unit_id=dctx.demo.unit("QT-VL-VT"))) == {first["id"], second["id"]}
    assert await ids(unit_id=dctx.demo.unit("QT-VL-HX")) == []
    assert set(await ids(issuing_unit_id=dctx.demo.unit("QT-VL-VT-DU"), year=YEAR, status="issued")) == {
        first["id"],
        second["id"],
    }
    assert await ids(status="revoked") == []
    page = (await dctx.client.get("/api/v1/decisions", params={"limit": 1}, headers=headers)).json()
    assert len(page["items"]) == 1 and page["next_cursor"]
    rest = (
        await dctx.client.get("/api/v1/decisions", params={"limit": 1, "cursor": page["next_cursor"]}, headers=headers)
    ).json()
    assert {page["items"][0]["id"], rest["items"][0]["id"]} == {first["id"], second["id"]}
    assert rest["items"][0]["model_count"] == 1
    r = await dctx.client.get(
        "/api/v1/decisions", params={"kind": "commendation", "cursor": page["next_cursor"]}, headers=headers
    )
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"


async def test_idempotent_retry_returns_the_first_answer(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    review_id = await dctx.review({model["id"]: "approved"})
    body = dctx.decision_body("model_recognition", [model["id"]], review_id)
    first = await dctx.issue(body, **{"Idempotency-Key": "qd-125"})
    again = await dctx.issue(body, **{"Idempotency-Key": "qd-125"})
    assert again.json()["id"] == first.json()["id"] and again.headers.get("Idempotent-Replayed") == "true"
    assert (await dctx.snapshot([model["id"]])).decisions == 1


async def test_signed_document_is_filed_once_in_every_dossier(dctx: DecisionCtx) -> None:
    a, b = await dctx.surveyed(), await dctx.surveyed(name="Mô hình thứ hai")
    review_id = await dctx.review({a["id"]: "approved", b["id"]: "approved"})
    decision = (await dctx.issue(dctx.decision_body("model_recognition", [a["id"], b["id"]], review_id))).json()
    url = f"/api/v1/decisions/{decision['id']}/document"
    pdf = tiny_pdf("quyet-dinh-125")
    r = await dctx.client.post(
        url,
        data={"title": "Quyết định 125 (bản ký)"},
        files={"file": ("Quyết định 125.pdf", pdf, "application/pdf")},
        headers=dctx.demo.headers("demo.registrant"),
    )
    assert r.status_code == 403 and r.json()["code"] == "not_competent_authority"
    for headers, status in (({}, 428), ({"If-Match": '"99"'}, 412), ({"If-Match": f'"{decision["version"]}"'}, 201)):
        r = await dctx.client.post(
            url,
            data={"title": "Quyết định 125 (bản ký)"},
            files={"file": ("Quyết định 125.pdf", pdf, "application/pdf")},
            headers=dctx.demo.headers("demo.authority", **headers),
        )
        assert r.status_code == status, r.text
    document = r.json()["document"]
    assert document["media_type"] == "application/pdf" and document["content_url"] == f"{url}/content"
    assert r.json()["version"] == decision["version"] + 1
    for model in (a, b):
        files = (
            await dctx.client.get(
                f"/api/v1/models/{model['id']}/evidence",
                params={"kind": "decision_document"},
                headers=dctx.demo.headers("demo.registrant"),
            )
        ).json()["items"]
        assert len(files) == 1
    r = await dctx.client.get(f"{url}/content", headers=dctx.demo.headers("demo.registrant"))
    assert r.status_code == 200 and r.content == pdf
    before = await dctx.snapshot([a["id"], b["id"]])
    r = await dctx.client.post(
        url,
        data={"title": "Lần hai"},
        files={"file": ("b.pdf", tiny_pdf("2"), "application/pdf")},
        headers=dctx.demo.headers("demo.authority"),
    )
    assert r.status_code == 409 and r.json()["code"] == "document_already_attached"
    assert await dctx.snapshot([a["id"], b["id"]]) == before


async def test_document_content_is_404_before_upload(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    review_id = await dctx.review({model["id"]: "approved"})
    decision = (await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review_id))).json()
    r = await dctx.client.get(
        f"/api/v1/decisions/{decision['id']}/document/content", headers=dctx.demo.headers("demo.authority")
    )
    assert r.status_code == 404 and r.json()["code"] == "document_not_found"


@pytest.mark.committing  # requests at once
async def test_two_decisions_at_once_on_one_model_exactly_one_wins(dctx: DecisionCtx) -> None:
    import asyncio

    model = await dctx.surveyed()
    review_id = await dctx.review({model["id"]: "approved"})
    bodies = [dctx.decision_body("model_recognition", [model["id"]], review_id, number=f"{n}-QĐ/ĐU") for n in (40, 41)]
    answers = await asyncio.gather(
        *(dctx.client.post("/api/v1/decisions", json=b, headers=dctx.demo.headers("demo.authority")) for b in bodies)
    )
    assert sorted(r.status_code for r in answers) == [201, 409], [r.text for r in answers]
    assert [r.json()["code"] for r in answers if r.status_code == 409] == ["model_state_conflict"]
    snap = await dctx.snapshot([model["id"]])
    assert snap.decisions == 1 and snap.states == {model["id"]: "recognized"}


@pytest.mark.committing  # requests at once
async def test_one_number_twice_at_once_exactly_one_wins(dctx: DecisionCtx) -> None:
    import asyncio

    a, b = await dctx.surveyed(), await dctx.surveyed(name="Mô hình thứ hai")
    review_id = await dctx.review({a["id"]: "approved", b["id"]: "approved"})
    bodies = [dctx.decision_body("model_recognition", [m["id"]], review_id, number="50-QĐ/ĐU") for m in (a, b)]
    answers = await asyncio.gather(
        *(
            dctx.client.post("/api/v1/decisions", json=body, headers=dctx.demo.headers("demo.authority"))
            for body in bodies
        )
    )
    assert sorted(r.status_code for r in answers) == [201, 409], [r.text for r in answers]
    assert [r.json()["code"] for r in answers if r.status_code == 409] == ["duplicate_decision_number"]
    snap = await dctx.snapshot([a["id"], b["id"]])
    assert snap.decisions == 1 and sorted(snap.states.values()) == ["recognized", "surveyed"]


async def test_a_retried_document_upload_gets_the_first_answer(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    review_id = await dctx.review({model["id"]: "approved"})
    decision = (await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review_id))).json()
    url = f"/api/v1/decisions/{decision['id']}/document"
    pdf = tiny_pdf("quyet-dinh-retry")
    headers = dctx.demo.headers(
        "demo.authority", **{"If-Match": f'"{decision["version"]}"', "Idempotency-Key": "signed-document-1"}
    )
    answers = []
    for _ in range(2):  # the phone never saw the first answer and sends the same upload again
        answers.append(
            await dctx.client.post(
                url,
                data={"title": "Quyết định (bản ký)"},
                files={"file": ("qd.pdf", pdf, "application/pdf")},
                headers=headers,
            )
        )
    assert [r.status_code for r in answers] == [201, 201], answers[1].text
    assert answers[1].headers["Idempotent-Replayed"] == "true" and answers[1].content == answers[0].content
    files = (
        await dctx.client.get(
            f"/api/v1/models/{model['id']}/evidence",
            params={"kind": "decision_document"},
            headers=dctx.demo.headers("demo.registrant"),
        )
    ).json()["items"]
    assert len(files) == 1
