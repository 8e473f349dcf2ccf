"""The public showcase: what a published decision shows, and nothing else, to anyone, cacheably."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from showcase_support import add_file, decide, image, insert_model, revoke, set_state

from tests.registry.conftest import TODAY, YEAR

API = "/api/v1/public"


async def _items(client: Any, **params: Any) -> list[dict[str, Any]]:
    r = await client.get(f"{API}/exemplars", params=params)
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


async def _codes(client: Any, **params: Any) -> list[str]:
    return [i["code"] for i in await _items(client, **params)]


async def _exemplar(session: Any, demo: Any, store: Any, **over: Any) -> tuple[Any, dict[str, Any]]:
    """An exemplar of Thôn Tân Lập with a full dossier: recognised (unpublished), nominated, then recognised as an
    exemplar and commended (both published, photos only)."""
    model = await insert_model(
        session,
        demo,
        name="Dân vận khéo trong xây dựng nông thôn mới",
        summary="Vận động nhân dân hiến đất làm đường",
        field_code="new_rural",
        **over,
    )
    files = {
        "photo1": await add_file(session, store, demo, model.id, "model_photo", image((200, 10, 10))),
        "photo2": await add_file(
            session, store, demo, model.id, "model_photo", image((10, 200, 10), "PNG"), media_type="image/png"
        ),
        "portrait": await add_file(session, store, demo, model.id, "portrait", image((10, 10, 200))),
        "minutes": await add_file(
            session, store, demo, model.id, "review_minutes", b"%PDF-1.4 minutes", media_type="application/pdf"
        ),
        "survey": await add_file(session, store, demo, model.id, "survey_photo", image((90, 90, 90))),
    }
    decisions = {
        "recognition": await decide(session, demo, [model.id], publish=False, issued_on=TODAY - timedelta(days=400)),
    }
    await set_state(session, model.id, "nominated", action="nominate")
    decisions["exemplar"] = await decide(
        session, demo, [model.id], kind="exemplar_recognition", issued_on=TODAY - timedelta(days=20), number="13-QĐ/ĐU"
    )
    decisions["commendation"] = await decide(
        session,
        demo,
        [model.id],
        kind="commendation",
        number="14-QĐ/ĐU",
        issued_on=TODAY - timedelta(days=10),
        award_form="certificate_of_merit",
        award_level="district",
        issuing_unit="QT-VL-HU",
    )
    return model, {**files, **decisions}


async def test_an_exemplar_is_shown_with_its_published_photos_without_signing_in(
    client, demo, session, store, ctx
) -> None:
    model, things = await _exemplar(session, demo, store)
    r = await client.get(f"{API}/exemplars")
    assert r.status_code == 200
    [item] = r.json()["items"]
    assert item["code"] == model.code and item["name"] == model.name and item["state"] == "exemplar"
    assert item["state_label"] == 'Điển hình "Dân vận khéo"'
    assert item["field"] == {
        "code": "new_rural",
        "label_vi": "Xây dựng nông thôn mới",
        "label_en": item["field"]["label_en"],
    }
    assert item["unit"] == {"code": "QT-VL-VT-TL", "name": "Thôn Tân Lập"}
    assert item["district"] == {"code": "QT-VL", "name": "Huyện Vĩnh Linh"}
    assert item["province"] == {"code": "QT", "name": "Tỉnh Quảng Trị"}
    assert item["registrant_kind"] == "collective" and item["individual_name"] is None
    assert item["latest_decision_on"] == str(TODAY - timedelta(days=10))
    # The unpublished model recognition stays out; the exemplar decision and the commendation are shown.
    assert [(d["kind"], d["number"]) for d in item["decisions"]] == [
        ("exemplar_recognition", "13-QĐ/ĐU"),
        ("commendation", "14-QĐ/ĐU"),
    ]
    commendation = item["decisions"][1]
    assert commendation["issuing_unit"] == {"code": "QT-VL-HU", "name": "Huyện ủy Vĩnh Linh"}
    assert (commendation["award_form"], commendation["award_form_label"]) == ("certificate_of_merit", "Bằng khen")
    assert commendation["award_level"] == "district"
    # Only the model photos: no portrait, minutes or survey photo.
    assert sorted(p["id"] for p in item["photos"]) == sorted(str(things[k].id) for k in ("photo1", "photo2"))
    assert item["documents"] == []
    for private in (
        str(model.id),
        "portrait",
        "review_minutes",
        "survey_photo",
        "Nguyen Van A",
        "Phạm Thị Dung",
        "demo.",
        "version",
        "created_by",
    ):
        assert private not in r.text

    photo = next(p for p in item["photos"] if p["id"] == str(things["photo2"].id))
    assert photo["media_type"] == "image/png" and photo["url"] == f"/api/v1/public/files/{things['photo2'].id}"
    f = await client.get(photo["url"])
    assert f.status_code == 200 and f.headers["content-type"] == "image/png"
    assert f.headers["cache-control"] == "public, max-age=86400, immutable"
    assert f.headers["etag"] == f'"{things["photo2"].sha256}"'
    assert f.headers["content-disposition"].startswith("inline;") and "Nguyen" not in f.headers["content-disposition"]
    assert f.content == image((10, 200, 10), "PNG")


async def test_the_detail_shows_objectives_and_methods(client, demo, session, store, ctx) -> None:
    model, _ = await _exemplar(session, demo, store)
    r = await client.get(f"{API}/exemplars/{model.code}", headers={"Accept-Language": "en"})
    assert r.status_code == 200
    body = r.json()
    assert body["code"] == model.code and body["objectives"] == "Mục tiêu" and body["content_methods"] == "Cách làm"
    assert (
        body["state_label"] == "Exemplar"
        and body["decisions"][0]["kind_label"] == 'Recognition of "Dân vận khéo" exemplars'
    )
    assert len(body["photos"]) == 2


async def test_portraits_and_other_kinds_are_shown_only_when_a_decision_publishes_them(
    client, demo, session, store, ctx
) -> None:
    model = await insert_model(
        session,
        demo,
        state="surveyed",
        registrant_kind="individual",
        individual_name="Nguyễn Thị Hoa",
        individual_position="Chi hội trưởng",
    )
    portrait = await add_file(session, store, demo, model.id, "portrait")
    photo = await add_file(session, store, demo, model.id, "model_photo")
    report = await add_file(
        session, store, demo, model.id, "achievement_report", b"%PDF-1.4 report", media_type="application/pdf"
    )
    marked = await add_file(
        session, store, demo, model.id, "other", b"%PDF-1.4 leaflet", media_type="application/pdf", is_public=True
    )
    await decide(session, demo, [model.id], public_evidence_kinds=["model_photo", "portrait"])
    [item] = await _items(client)
    assert item["individual_name"] == "Nguyễn Thị Hoa" and "Chi hội trưởng" not in str(item)
    assert [p["id"] for p in item["photos"]] == [str(photo.id), str(portrait.id)]
    assert [d["id"] for d in item["documents"]] == [str(marked.id)]
    assert (await client.get(f"{API}/files/{portrait.id}")).status_code == 200
    pdf = await client.get(f"{API}/files/{marked.id}")
    assert pdf.status_code == 200 and pdf.headers["content-disposition"].startswith("attachment;")
    assert (await client.get(f"{API}/files/{report.id}")).status_code == 404


async def test_a_revoked_decision_hides_its_models(client, demo, session, store, ctx) -> None:
    model = await insert_model(session, demo, state="surveyed")
    photo = await add_file(session, store, demo, model.id, "model_photo")
    decision = await decide(session, demo, [model.id])
    assert await _codes(client) == [model.code]
    assert (await client.get(f"{API}/files/{photo.id}")).status_code == 200
    await revoke(session, decision)
    assert await _codes(client) == []
    assert (await client.get(f"{API}/exemplars/{model.code}")).status_code == 404
    assert (await client.get(f"{API}/files/{photo.id}")).status_code == 404


async def test_unpublished_recognitions_and_undecided_models_are_not_shown(client, demo, session, store, ctx) -> None:
    hidden = await insert_model(session, demo, state="surveyed")
    await decide(session, demo, [hidden.id], publish=False)
    # A published decision whose model has since left the recognised states (e.g. by a later revocation).
    moved = await insert_model(session, demo, state="recognized")
    await decide(session, demo, [moved.id], kind="commendation")
    await set_state(session, moved.id, "surveyed", action="revoke")
    # A published non-recognition never makes a model public.
    refused = await insert_model(session, demo, state="surveyed")
    await decide(session, demo, [refused.id], kind="model_non_recognition")
    assert await _codes(client) == []
    for model in (hidden, moved, refused):
        r = await client.get(f"{API}/exemplars/{model.code}")
        assert r.status_code == 404 and r.json()["code"] == "not_found"


async def test_a_draft_code_and_a_private_file_answer_404(client, demo, session, store, ctx) -> None:
    draft = await ctx.create()
    r = await client.get(f"{API}/exemplars/{draft['code']}")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "not_found"
    assert (await client.get(f"{API}/exemplars/DVK-{YEAR}-999999")).json()["code"] == "not_found"
    draft_photo = await ctx.attach(
        draft["id"], "model_photo", content=image(), filename="a.jpg", content_type="image/jpeg"
    )
    assert (await client.get(f"{API}/files/{draft_photo['id']}")).status_code == 404
    _, things = await _exemplar(session, demo, store)
    for private in ("portrait", "minutes", "survey"):
        r = await client.get(f"{API}/files/{things[private].id}")
        assert r.status_code == 404 and r.json()["code"] == "not_found"
    assert (await client.get(f"{API}/files/00000000-0000-0000-0000-000000000000")).status_code == 404
    assert (await client.get(f"{API}/files/not-a-uuid")).status_code == 422


async def test_filters_by_unit_subtree_field_year_state_and_search_without_diacritics(
    client, demo, session, store, ctx
) -> None:
    economy = await insert_model(session, demo, name="Dân vận khéo phát triển kinh tế hộ", state="surveyed")
    dong_ha = await insert_model(
        session,
        demo,
        unit="QT-DH-P1-KP1",
        name="Khu phố văn minh, đoàn kết",
        field_code="culture_society",
        state="surveyed",
    )
    older = await insert_model(
        session, demo, unit="QT-VL-HND", name="Nông dân giúp nhau làm giàu", year=YEAR - 1, state="surveyed"
    )
    await decide(session, demo, [economy.id, older.id], issued_on=TODAY - timedelta(days=30))
    await decide(session, demo, [dong_ha.id], issuing_unit="QT-DH-TU", issued_on=TODAY - timedelta(days=5))
    await set_state(session, older.id, "nominated", action="nominate")

    assert await _codes(client) == [dong_ha.code, *sorted([economy.code, older.code])]
    assert await _codes(client, unit=demo.unit("QT-DH")) == [dong_ha.code]
    assert sorted(await _codes(client, unit=demo.unit("QT-VL"))) == sorted([economy.code, older.code])
    assert await _codes(client, unit=demo.unit("QT-VL-VT")) == [economy.code]
    assert len(await _codes(client, unit=demo.unit("QT"))) == 3
    assert await _codes(client, field="culture_society") == [dong_ha.code]
    assert await _codes(client, year=YEAR - 1) == [older.code]
    assert await _codes(client, state="nominated") == [older.code]
    assert sorted(await _codes(client, state=["nominated", "recognized"])) == sorted(
        [economy.code, older.code, dong_ha.code]
    )
    assert await _codes(client, q="DOAN KET") == [dong_ha.code]
    assert await _codes(client, q="nong dan giup nhau") == [older.code]
    assert await _codes(client, q="50%_") == []

    r = await client.get(f"{API}/exemplars", params={"unit": 987654321})
    assert r.status_code == 404 and r.json()["code"] == "unit_not_found"
    assert (await client.get(f"{API}/exemplars", params={"state": "draft"})).status_code == 422


async def test_pages_follow_the_latest_decision_then_the_code(client, demo, session, store, ctx) -> None:
    models = [await insert_model(session, demo, state="surveyed", name=f"Mô hình {i}") for i in range(5)]
    for i, model in enumerate(models):
        await decide(session, demo, [model.id], issued_on=TODAY - timedelta(days=i // 2))
    expected = [m.code for m in sorted(models, key=lambda m: (models.index(m) // 2, m.code))]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get(f"{API}/exemplars", params=params)).json()
        seen += [i["code"] for i in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == expected
    first = (await client.get(f"{API}/exemplars", params={"limit": 2})).json()
    other = await client.get(f"{API}/exemplars", params={"limit": 2, "year": YEAR, "cursor": first["next_cursor"]})
    assert other.status_code == 400 and other.json()["code"] == "invalid_cursor"
    assert (await client.get(f"{API}/exemplars", params={"cursor": "garbage"})).status_code == 400


async def test_responses_are_cacheable_and_answer_304_on_if_none_match(client, demo, session, store, ctx) -> None:
    model, things = await _exemplar(session, demo, store)
    for url in (f"{API}/exemplars", f"{API}/exemplars/{model.code}"):
        r = await client.get(url)
        assert r.headers["cache-control"] == "public, max-age=300"
        assert "Accept-Language" in r.headers["vary"]
        tag = r.headers["etag"]
        assert tag.startswith('"') and not tag.startswith("W/")
        again = await client.get(url, headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        assert again.headers["cache-control"] == "public, max-age=300"
        assert (await client.get(url, headers={"If-None-Match": '"stale"'})).status_code == 200
        english = await client.get(url, headers={"Accept-Language": "en"})
        assert english.headers["etag"] != tag  # the labels differ, so does the body
    file_url = f"{API}/files/{things['photo1'].id}"
    tag = (await client.get(file_url)).headers["etag"]
    again = await client.get(file_url, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.headers["cache-control"] == "public, max-age=86400, immutable"
    # A new published decision changes the body, so the old ETag no longer matches.
    await decide(session, demo, [model.id], kind="commendation", award_form="letter_of_commendation")
    assert (await client.get(f"{API}/exemplars/{model.code}", headers={"If-None-Match": tag})).status_code == 200


async def test_a_bearer_token_good_or_bad_changes_nothing(client, demo, session, store, ctx) -> None:
    model, things = await _exemplar(session, demo, store)
    anonymous = await client.get(f"{API}/exemplars")
    for headers in ({"Authorization": "Bearer not-a-token"}, demo.headers("demo.viewer")):
        for url in (f"{API}/exemplars", f"{API}/exemplars/{model.code}", f"{API}/files/{things['photo1'].id}"):
            r = await client.get(url, headers=headers)
            assert r.status_code == 200, r.text
            assert r.headers["cache-control"].startswith("public")
        r = await client.get(f"{API}/exemplars", headers=headers)
        assert r.headers["etag"] == anonymous.headers["etag"]
