"""Evidence as a resource: upload, metadata, list, download with ranges, delete, scope and roles."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from sqlalchemy import func, select

from app.models import Event, Evidence, RoleAssignment, User
from tests.evidence.conftest import exif_of, jpeg_with_gps, stored_keys
from tests.registry.conftest import tiny_pdf


async def _count(session, model=Evidence) -> int:
    return int(await session.scalar(select(func.count()).select_from(model)))


async def _other_district_user(ctx, session, role: str = "registrant") -> str:
    """A user of Phường 1 (Thành phố Đông Hà), outside Vĩnh Linh."""
    name = f"dh.{role}"
    user = User(
        username=name,
        full_name="Người Đông Hà",
        home_unit_id=ctx.demo.unit("QT-DH-P1"),
        password_hash="x",
        roles=[RoleAssignment(role=role, unit_id=ctx.demo.unit("QT-DH"))],
    )
    session.add(user)
    await session.commit()
    ctx.demo.users[name] = user.id
    return name


async def test_registrant_uploads_the_registration_form_and_reads_its_metadata(ctx, store) -> None:
    model = await ctx.create()
    content = tiny_pdf("mẫu 1")
    r = await ctx.client.post(
        f"/api/v1/models/{model['id']}/evidence",
        data={"kind": "registration_form", "title": "Bảng đăng ký mô hình (Mẫu 1)", "description": "Bản có chữ ký"},
        files={"file": ("Bảng đăng ký Mẫu 1.pdf", content, "application/pdf")},
        headers=ctx.demo.headers("demo.registrant"),
    )
    assert r.status_code == 201, r.text
    item = r.json()
    assert r.headers["Location"] == f"/api/v1/evidence/{item['id']}"
    assert item["kind"] == "registration_form" and item["title"] == "Bảng đăng ký mô hình (Mẫu 1)"
    assert item["original_filename"] == "Bảng đăng ký Mẫu 1.pdf" and item["media_type"] == "application/pdf"
    assert item["size"] == len(content) and item["sha256"] == hashlib.sha256(content).hexdigest()
    assert item["uploaded_by"]["full_name"] and item["model_state"] == "draft"
    assert item["content_url"] == f"/api/v1/evidence/{item['id']}/content"
    assert await stored_keys(store) == {item["sha256"]}
    got = await ctx.client.get(f"/api/v1/evidence/{item['id']}", headers=ctx.demo.headers("demo.viewer"))
    assert got.status_code == 200 and got.json() == item


async def test_list_filters_by_kind_and_pages_with_a_cursor(ctx) -> None:
    mid = (await ctx.create())["id"]
    form = await ctx.attach(mid, "registration_form")
    doc = await ctx.attach(mid, "implementation_document", title="Kế hoạch thực hiện")
    other = await ctx.attach(mid, "implementation_document", title="Danh sách tổ viên")
    url = f"/api/v1/models/{mid}/evidence"
    viewer = ctx.demo.headers("demo.viewer")
    everything = (await ctx.client.get(url, headers=viewer)).json()
    assert [e["id"] for e in everything["items"]] == [form["id"], doc["id"], other["id"]]
    docs = (await ctx.client.get(f"{url}?kind=implementation_document", headers=viewer)).json()
    assert [e["id"] for e in docs["items"]] == [doc["id"], other["id"]]
    first = (await ctx.client.get(f"{url}?limit=2", headers=viewer)).json()
    rest = (await ctx.client.get(f"{url}?limit=2&cursor={first['next_cursor']}", headers=viewer)).json()
    assert [e["id"] for e in first["items"] + rest["items"]] == [form["id"], doc["id"], other["id"]]
    assert rest["next_cursor"] is None
    wrong = await ctx.client.get(f"{url}?kind=portrait&cursor={first['next_cursor']}", headers=viewer)
    assert wrong.status_code == 400 and wrong.json()["code"] == "invalid_cursor"
    bad_kind = await ctx.client.get(f"{url}?kind=selfie", headers=viewer)
    assert bad_kind.status_code == 422


async def test_one_file_uploaded_twice_is_stored_once(ctx, store) -> None:
    mid = (await ctx.create())["id"]
    content = tiny_pdf("same")
    a = await ctx.attach(mid, "registration_form", content=content)
    b = await ctx.attach(mid, "implementation_document", content=content)
    assert a["id"] != b["id"] and a["sha256"] == b["sha256"]
    assert await stored_keys(store) == {a["sha256"]}


async def test_download_sends_the_bytes_with_name_etag_and_ranges(ctx) -> None:
    mid = (await ctx.create())["id"]
    content = tiny_pdf("download")
    item = await ctx.attach(mid, "registration_form", content=content, filename="Biên bản họp thôn Tân Lập.pdf")
    url = f"/api/v1/evidence/{item['id']}/content"
    headers = ctx.demo.headers("demo.viewer")
    r = await ctx.client.get(url, headers=headers)
    assert r.status_code == 200 and r.content == content
    assert r.headers["ETag"] == f'"{item["sha256"]}"' and r.headers["Accept-Ranges"] == "bytes"
    assert r.headers["Content-Type"] == "application/pdf" and r.headers["Content-Length"] == str(len(content))
    disposition = r.headers["Content-Disposition"]
    assert disposition.startswith("attachment; ")
    assert f"filename*=UTF-8''{quote('Biên bản họp thôn Tân Lập.pdf', safe='')}" in disposition
    assert 'filename="Bien ban hop thon Tan Lap.pdf"' in disposition

    cached = await ctx.client.get(url, headers={**headers, "If-None-Match": r.headers["ETag"]})
    assert cached.status_code == 304 and cached.content == b""

    size = len(content)
    part = await ctx.client.get(url, headers={**headers, "Range": "bytes=0-9"})
    assert part.status_code == 206 and part.content == content[:10]
    assert part.headers["Content-Range"] == f"bytes 0-9/{size}" and part.headers["Content-Length"] == "10"
    resume = await ctx.client.get(url, headers={**headers, "Range": "bytes=100-"})
    assert resume.status_code == 206 and resume.content == content[100:]
    assert resume.headers["Content-Range"] == f"bytes 100-{size - 1}/{size}"
    tail = await ctx.client.get(url, headers={**headers, "Range": "bytes=-7"})
    assert tail.status_code == 206 and tail.content == content[-7:]
    clamped = await ctx.client.get(url, headers={**headers, "Range": f"bytes=5-{size + 500}"})
    assert clamped.status_code == 206 and clamped.content == content[5:]
    stale = await ctx.client.get(url, headers={**headers, "Range": "bytes=0-9", "If-Range": '"someotherhash"'})
    assert stale.status_code == 200 and stale.content == content


async def test_a_range_beyond_the_end_is_416(ctx) -> None:
    mid = (await ctx.create())["id"]
    item = await ctx.attach(mid, "registration_form")
    r = await ctx.client.get(
        f"/api/v1/evidence/{item['id']}/content",
        headers=ctx.demo.headers("demo.viewer", Range=f"bytes={item['size']}-"),
    )
    assert r.status_code == 416 and r.json()["code"] == "range_not_satisfiable"
    assert r.headers["Content-Range"] == f"bytes */{item['size']}"
    assert r.headers["Content-Type"].startswith("application/problem+json")


async def test_registrant_removes_a_file_from_a_draft_and_its_bytes_go(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    item = await ctx.attach(mid, "implementation_document")
    r = await ctx.client.delete(f"/api/v1/evidence/{item['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 204
    assert await _count(session) == 0 and await stored_keys(store) == set()
    gone = await ctx.client.get(f"/api/v1/evidence/{item['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert gone.status_code == 404
    types = [e.type for e in (await session.scalars(select(Event).order_by(Event.id))).all()]
    assert types[-2:] == ["evidence.added", "evidence.deleted"]


async def test_removing_one_of_two_files_with_the_same_bytes_keeps_the_bytes(ctx, store) -> None:
    mid = (await ctx.create())["id"]
    content = tiny_pdf("shared")
    a = await ctx.attach(mid, "implementation_document", content=content)
    b = await ctx.attach(mid, "other", content=content)
    r = await ctx.client.delete(f"/api/v1/evidence/{a['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 204
    assert await stored_keys(store) == {b["sha256"]}
    download = await ctx.client.get(f"/api/v1/evidence/{b['id']}/content", headers=ctx.demo.headers("demo.viewer"))
    assert download.content == content


async def test_deleting_evidence_of_a_submitted_model_is_refused(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    form = await ctx.attach(mid, "registration_form")
    await ctx.move(mid, "demo.registrant", "submit")
    r = await ctx.client.delete(f"/api/v1/evidence/{form['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 409 and r.json()["code"] == "evidence_immutable" and r.json()["state"] == "registered"
    assert await _count(session) == 1 and await stored_keys(store) == {form["sha256"]}
    # A correction is a new file, which is still accepted.
    fixed = await ctx.attach(mid, "registration_form", title="Mẫu 1 (bản đính chính)")
    assert fixed["model_state"] == "registered"


async def test_a_returned_model_can_drop_files_again(ctx) -> None:
    mid = (await ctx.create())["id"]
    form = await ctx.attach(mid, "registration_form")
    await ctx.move(mid, "demo.registrant", "submit")
    await ctx.move(mid, "demo.mobiliser", "return", reason="Mẫu 1 thiếu chữ ký.")
    r = await ctx.client.delete(f"/api/v1/evidence/{form['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 204


async def test_only_a_role_that_may_add_the_kind_may_remove_it(ctx, session) -> None:
    mid = (await ctx.create())["id"]
    form = await ctx.attach(mid, "registration_form")
    for user in ("demo.mobiliser", "demo.viewer"):
        r = await ctx.client.delete(f"/api/v1/evidence/{form['id']}", headers=ctx.demo.headers(user))
        assert r.status_code == 403, user
    assert await _count(session) == 1


async def test_who_may_upload_which_kind(ctx, session) -> None:
    mid = (await ctx.create())["id"]
    denied = await ctx.attach(mid, "survey_photo", "demo.registrant", expect=403)
    assert denied["code"] == "evidence_kind_not_permitted"
    assert (await ctx.attach(mid, "decision_document", "demo.mobiliser", expect=403))[
        "code"
    ] == "evidence_kind_not_permitted"
    assert (await ctx.attach(mid, "registration_form", "demo.viewer", expect=403))["code"] == "action_not_permitted"
    photo = await ctx.attach(
        mid, "survey_photo", "demo.mobiliser", content=jpeg_with_gps(), filename="ks.jpg", content_type="image/jpeg"
    )
    assert photo["media_type"] == "image/jpeg"
    assert (await ctx.attach(mid, "review_minutes", "demo.mobiliser"))["kind"] == "review_minutes"
    assert await _count(session) == 2


async def test_authority_of_the_deciding_unit_adds_the_decision(ctx, session) -> None:
    model = await ctx.create()
    assert model["deciding_unit_id"] == ctx.demo.unit("QT-VL-VT-DU")  # case: commune party committee decides
    decision = await ctx.attach(model["id"], "decision_document", "demo.authority", title="Quyết định công nhận")
    assert decision["kind"] == "decision_document"
    assert (await ctx.attach(model["id"], "portrait", "demo.authority", expect=403))[
        "code"
    ] == "evidence_kind_not_permitted"


async def test_uploading_to_a_model_of_another_unit_is_404(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    outsider = await _other_district_user(ctx, session)
    r = await ctx.attach(mid, "registration_form", outsider, expect=404)
    assert r["code"] == "not_found"
    assert await _count(session) == 0 and await stored_keys(store) == set()


async def test_a_file_of_another_district_answers_404_like_its_model(ctx, session) -> None:
    mid = (await ctx.create())["id"]
    item = await ctx.attach(mid, "registration_form")
    outsider = await _other_district_user(ctx, session, role="viewer")
    headers = ctx.demo.headers(outsider)
    for url in (
        f"/api/v1/evidence/{item['id']}",
        f"/api/v1/evidence/{item['id']}/content",
        f"/api/v1/models/{mid}/evidence",
        f"/api/v1/models/{mid}/dossier",
    ):
        r = await ctx.client.get(url, headers=headers)
        assert r.status_code == 404, url
    assert (await ctx.client.delete(f"/api/v1/evidence/{item['id']}", headers=headers)).status_code == 404
    assert await _count(session) == 1


async def test_portraits_lose_gps_and_a_survey_photo_keeps_it_only_on_request(ctx) -> None:
    mid = (await ctx.create())["id"]
    photo = jpeg_with_gps()
    assert 0x8825 in exif_of(photo)
    jpeg = {"filename": "anh.jpg", "content_type": "image/jpeg"}
    portrait = await ctx.attach(mid, "portrait", content=photo, keep_location=True, **jpeg)
    kept = await ctx.attach(
        mid,
        "survey_photo",
        "demo.mobiliser",
        content=jpeg_with_gps("blue"),
        keep_location=True,
        latitude=17.05,
        longitude=107.03,
        taken_at="2025-08-10T08:30:00+07:00",
        **jpeg,
    )
    plain = await ctx.attach(mid, "survey_photo", "demo.mobiliser", content=jpeg_with_gps("red"), **jpeg)

    async def stored(item):
        r = await ctx.client.get(f"/api/v1/evidence/{item['id']}/content", headers=ctx.demo.headers("demo.viewer"))
        assert hashlib.sha256(r.content).hexdigest() == item["sha256"] and len(r.content) == item["size"]
        return exif_of(r.content)

    assert 0x8825 not in await stored(portrait) and 0x010F not in await stored(portrait)
    assert portrait["sha256"] != hashlib.sha256(photo).hexdigest()
    assert 0x8825 in await stored(kept) and 0x010F not in await stored(kept)
    assert kept["latitude"] == 17.05 and kept["taken_at"].startswith("2025-08-10T01:30:00")
    assert 0x8825 not in await stored(plain)


async def test_the_model_quota_is_enforced(ctx, session, store, settings_env) -> None:
    settings_env(model_quota_bytes=2048)
    mid = (await ctx.create())["id"]
    big = tiny_pdf("x" * 900)
    await ctx.attach(mid, "implementation_document", content=big)
    await ctx.attach(mid, "implementation_document", content=tiny_pdf("y" * 100))
    r = await ctx.attach(mid, "implementation_document", content=tiny_pdf("z" * 900), expect=413)
    assert r["code"] == "model_quota_exceeded" and r["quota_bytes"] == 2048
    assert await _count(session) == 2 and len(await stored_keys(store)) == 2
