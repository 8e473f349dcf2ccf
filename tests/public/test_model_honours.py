"""A model shows its honours: the issued recognition, exemplar and commendation decisions covering it."""

from __future__ import annotations

from datetime import timedelta

from showcase_support import decide, insert_model, revoke, set_state

from tests.registry.conftest import TODAY


async def test_a_model_shows_its_issued_honours_oldest_first(client, demo, session, ctx) -> None:
    model = await insert_model(session, demo, state="surveyed")
    recognition = await decide(
        session, demo, [model.id], publish=False, issued_on=TODAY - timedelta(days=300), number="12-QĐ/ĐU"
    )
    await set_state(session, model.id, "nominated", action="nominate")
    exemplar = await decide(
        session, demo, [model.id], kind="exemplar_recognition", issued_on=TODAY - timedelta(days=30), number="13-QĐ/ĐU"
    )
    commendation = await decide(
        session,
        demo,
        [model.id],
        kind="commendation",
        issuing_unit="QT-VL-HU",
        issued_on=TODAY - timedelta(days=5),
        number="125-QĐ/HU",
        award_form="certificate_of_merit",
        award_level="district",
    )
    withdrawn = await decide(
        session,
        demo,
        [model.id],
        kind="commendation",
        issued_on=TODAY - timedelta(days=1),
        award_form="letter_of_commendation",
        award_level="grassroots",
    )
    await revoke(session, withdrawn)

    r = await client.get(f"/api/v1/models/{model.id}", headers=demo.headers("demo.registrant"))
    assert r.status_code == 200, r.text
    honours = r.json()["honours"]
    assert [h["decision_id"] for h in honours] == [str(d.id) for d in (recognition, exemplar, commendation)]
    assert honours[0] == {
        "decision_id": str(recognition.id),
        "kind": "model_recognition",
        "kind_label": 'Quyết định công nhận mô hình "Dân vận khéo"',
        "number": "12-QĐ/ĐU",
        "issued_on": str(TODAY - timedelta(days=300)),
        "issuing_unit": {"id": demo.unit("QT-VL-VT-DU"), "name": "Đảng ủy Xã Vĩnh Thạch"},
        "award_form": None,
        "award_form_label": None,
        "award_level": None,
        "award_level_label": None,
    }
    assert honours[2]["issuing_unit"] == {"id": demo.unit("QT-VL-HU"), "name": "Huyện ủy Vĩnh Linh"}
    assert (honours[2]["award_form_label"], honours[2]["award_level_label"]) == ("Bằng khen", "Cấp huyện")
    english = await client.get(
        f"/api/v1/models/{model.id}", headers=demo.headers("demo.registrant", **{"Accept-Language": "en"})
    )
    assert [h["kind_label"] for h in english.json()["honours"]] == [
        'Recognition of "Dân vận khéo" models',
        'Recognition of "Dân vận khéo" exemplars',
        "Commendation",
    ]
    assert english.json()["honours"][2]["award_form_label"] == "Certificate of merit"
    # Lists stay one query per page: a model summary carries no honours.
    listed = await client.get("/api/v1/models", headers=demo.headers("demo.registrant"))
    assert "honours" not in listed.json()["items"][0]


async def test_a_non_recognition_is_not_an_honour(client, demo, session, ctx) -> None:
    model = await insert_model(session, demo, state="surveyed")
    await decide(session, demo, [model.id], kind="model_non_recognition", publish=False)
    r = await client.get(f"/api/v1/models/{model.id}", headers=demo.headers("demo.registrant"))
    assert r.json()["state"] == "not_recognized" and r.json()["honours"] == []
