"""Issuing a decision's documents over HTTP: the signed decision and a certificate per recognised model, the
Giấy khen of a commendation, the refusals (no certificate, an expired one, twice, someone else), the unsigned
preview, and new versions."""

from __future__ import annotations

from typing import Any

import pytest

from app.documents.keystore import trust_roots
from app.documents.signing import verify_pdf
from tests.decisions.decision_support import TODAY
from tests.documents.documents_support import COMMITTEE, DocsCtx, pdf_text, write_expired_certificate


async def test_issuing_a_recognition_signs_the_decision_and_a_certificate_per_model(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    ids, decision = await docs.recognition(2, number="45-QĐ/ĐU")
    r = await docs.issue_documents(decision["id"])
    assert r.headers["location"] == f"/api/v1/decisions/{decision['id']}/documents"
    issued = r.json()
    assert [(d["kind"], d["number"], d["version"], d["status"]) for d in issued] == [
        ("decision.recognition", "45-QĐ/ĐU", 1, "issued"),
        ("certificate", "45.1-GCN/ĐU", 1, "issued"),
        ("certificate", "45.2-GCN/ĐU", 1, "issued"),
    ]
    assert [d["model"]["id"] if d["model"] else None for d in issued] == [None, *ids]
    codes = {d["verification_code"] for d in issued}
    assert len(codes) == 3 and all(len(c) == 11 and c[5] == "-" for c in codes)
    for document in issued:
        assert document["signed"] and document["signer"] and document["media_type"] == "application/pdf"
        assert document["verify_url"] == (
            f"https://dvk.example.gov.vn/api/v1/public/verify/{document['verification_code']}"
        )
        data = await docs.file(document)
        assert data.startswith(b"%PDF-") and len(data) == document["size"]
        result = verify_pdf(data, trust_roots=trust_roots())
        assert result.intact, result.detail
        assert result.verification_code is not None
        assert result.verification_code.replace("-", "") == document["verification_code"].replace("-", "")
    text = pdf_text(await docs.file(issued[0]))
    for expected in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ HUYỆN VĨNH LINH",
        "Số 45-QĐ/ĐU",
        f"Vĩnh Thạch, ngày {TODAY.day:02d}",
        "Mô hình “Dân vận khéo” số 2",
        "Thôn Tân Lập",
        "Phạm Thị Dung",
        f"Mã xác minh: {issued[0]['verification_code']}",
    ):
        assert expected in text, expected
    certificate = pdf_text(await docs.file(issued[1]))
    assert "GIẤY CHỨNG NHẬN" in certificate and "Mô hình “Dân vận khéo” số 1" in certificate
    assert await docs.count_events("decision.documents-issued") == 1


async def test_a_unit_without_a_signing_certificate_is_told_what_is_missing(docs: DocsCtx, store: Any) -> None:
    _ids, decision = await docs.recognition(1)
    stored = {k async for k in store.list_keys()}
    r = await docs.issue_documents(decision["id"], expect=409)
    problem = r.json()
    assert problem["code"] == "signing_certificate_missing"
    assert problem["unit_id"] == docs.d.demo.unit(COMMITTEE) and "Vĩnh Thạch" in problem["unit_name"]
    assert problem["missing"] and r.headers["content-type"] == "application/problem+json"
    assert await docs.documents() == [] and {k async for k in store.list_keys()} == stored
    # The draft can still be read: unsigned, not stored, marked as a draft.
    r = await docs.client.get(f"/api/v1/decisions/{decision['id']}/documents/preview", headers=docs.headers())
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.headers["cache-control"] == "no-store"
    text = pdf_text(r.content)
    assert "BAN-NHAP-CHUA-KY" in text and "Số 125-QĐ/ĐU" in text
    assert verify_pdf(r.content, trust_roots=[]).failure == "no_signature"
    assert await docs.documents() == []


async def test_an_expired_certificate_is_refused(docs: DocsCtx) -> None:
    from app.core.config import get_settings

    write_expired_certificate(
        docs.keystore, docs.d.demo.unit(COMMITTEE), get_settings().signing_keystore_passphrase.get_secret_value()
    )
    _ids, decision = await docs.recognition(1)
    r = await docs.issue_documents(decision["id"], expect=409)
    assert r.json()["code"] == "signing_certificate_expired" and r.json()["not_after"]
    assert await docs.documents() == []


async def test_preview_of_a_models_certificate_and_its_refusals(docs: DocsCtx) -> None:
    ids, decision = await docs.recognition(2)
    url = f"/api/v1/decisions/{decision['id']}/documents/preview"
    r = await docs.client.get(url, params={"model_id": ids[1]}, headers=docs.headers())
    assert r.status_code == 200
    assert "GIẤY CHỨNG NHẬN" in pdf_text(r.content) and "125.2-GCN/ĐU" in pdf_text(r.content)
    r = await docs.client.get(url, params={"model_id": "00000000-0000-4000-8000-000000000000"}, headers=docs.headers())
    assert r.status_code == 404 and r.json()["code"] == "document_not_found"
    r = await docs.client.get(url, headers=docs.headers("demo.mobiliser"))
    assert r.status_code == 403 and r.json()["code"] == "not_competent_authority"


async def test_only_the_issuing_authority_issues_and_twice_is_a_conflict(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    _ids, decision = await docs.recognition(1)
    for user in ("demo.mobiliser", "demo.registrant", "demo.admin", "demo.viewer"):
        r = await docs.issue_documents(decision["id"], user=user, expect=403)
        assert r.json()["code"] == "not_competent_authority"
    assert await docs.documents() == []
    await docs.issue_documents(decision["id"])
    r = await docs.issue_documents(decision["id"], expect=409)
    assert r.json()["code"] == "documents_already_issued" and len(r.json()["documents"]) == 2
    assert len(await docs.documents()) == 2
    r = await docs.issue_documents("00000000-0000-4000-8000-000000000000", expect=404)
    for body in ({"regenerate": "yes"}, {"regenerate": True, "status": "issued"}, {"reason": "x" * 2001}):
        r = await docs.issue_documents(decision["id"], expect=422, **body)
        assert r.json()["code"] == "validation_failed"
    assert len(await docs.documents()) == 2


async def test_regenerating_issues_new_versions_and_keeps_the_old(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    _ids, decision = await docs.recognition(1)
    first = (await docs.issue_documents(decision["id"])).json()
    second = (await docs.issue_documents(decision["id"], regenerate=True, reason="Sửa tên mô hình")).json()
    assert [(d["kind"], d["version"], d["status"]) for d in second] == [
        ("decision.recognition", 2, "issued"),
        ("certificate", 2, "issued"),
    ]
    assert {d["verification_code"] for d in first}.isdisjoint({d["verification_code"] for d in second})
    listed = (await docs.client.get(f"/api/v1/decisions/{decision['id']}/documents", headers=docs.headers())).json()
    assert [(d["kind"], d["version"], d["status"]) for d in listed] == [
        ("decision.recognition", 2, "issued"),
        ("decision.recognition", 1, "superseded"),
        ("certificate", 2, "issued"),
        ("certificate", 1, "superseded"),
    ]
    old = listed[1]
    assert old["superseded_by_id"] == second[0]["id"] and old["status_changed_at"]
    assert await docs.file(old) == await docs.file(first[0])  # the old bytes stay, unchanged
    public = (await docs.client.get(f"/api/v1/public/verify/{old['verification_code']}")).json()
    assert public["status"] == "superseded" and public["superseded_by"] == second[0]["verification_code"]
    assert public["version"] == 1


async def test_idempotency_key_replays_the_issue(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    _ids, decision = await docs.recognition(1)
    url = f"/api/v1/decisions/{decision['id']}/documents"
    headers = docs.headers(**{"Idempotency-Key": "ban-hanh-1"})
    first = await docs.client.post(url, headers=headers)
    again = await docs.client.post(url, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers.get("Idempotent-Replayed") == "true"
    assert len(await docs.documents()) == 2


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("model_non_recognition", "decision.non_recognition"), ("exemplar_recognition", "decision.exemplar")],
)
async def test_non_recognition_and_exemplar_decisions_have_their_text(docs: DocsCtx, kind: str, expected: str) -> None:
    await docs.sign_for(COMMITTEE)
    model = await docs.d.surveyed(name="Mô hình chưa đạt")
    if kind == "exemplar_recognition":
        recognised_review = await docs.d.review({model["id"]: "approved"})
        await docs.d.issue(
            docs.d.decision_body("model_recognition", [model["id"]], recognised_review, number="30-QĐ/ĐU")
        )
        await docs.d.set_state(model["id"], "nominated")
        review = await docs.d.review({model["id"]: "approved"}, purpose="exemplar", phase_review="interim")
    else:
        review = await docs.d.review({model["id"]: "rejected"})
    decision = (await docs.d.issue(docs.d.decision_body(kind, [model["id"]], review, number="31-QĐ/ĐU"))).json()
    issued = (await docs.issue_documents(decision["id"])).json()
    assert [d["kind"] for d in issued] == [expected]
    text = pdf_text(await docs.file(issued[0]))
    assert "Số 31-QĐ/ĐU" in text and "Mô hình chưa đạt" in text


async def test_a_commendation_gives_each_exemplar_its_giay_khen(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    model = await docs.d.surveyed(name="Điển hình được khen")
    await docs.d.set_state(model["id"], "exemplar")
    body = docs.d.decision_body(
        "commendation",
        [model["id"]],
        None,
        number="53-QĐ/ĐU",
        award_form="certificate_of_commendation",
        award_level="grassroots",
    )
    decision = (await docs.d.issue(body)).json()
    issued = (await docs.issue_documents(decision["id"])).json()
    assert [(d["kind"], d["number"]) for d in issued] == [("commendation", "53.1-GK/ĐU")]
    text = pdf_text(await docs.file(issued[0]))
    assert "GIẤY KHEN" in text and "Điển hình được khen" in text and "Thôn Tân Lập" in text
    # Another award form has no template: nothing to issue.
    other = await docs.d.surveyed(name="Điển hình khác")
    await docs.d.set_state(other["id"], "exemplar")
    body = docs.d.decision_body(
        "commendation",
        [other["id"]],
        None,
        number="54-QĐ/ĐU",
        award_form="public_commendation",
        award_level="grassroots",
    )
    decision = (await docs.d.issue(body)).json()
    r = await docs.issue_documents(decision["id"], expect=409)
    assert r.json()["code"] == "no_documents_for_decision"


async def test_a_template_needing_data_the_decision_lacks_issues_nothing(
    docs: DocsCtx, store: Any, settings_env: Any, tmp_path: Any
) -> None:
    """A locality's certificate names a field no decision gives: 409 naming it, for the issue and the preview."""
    await docs.sign_for(COMMITTEE)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "certificate.yaml").write_text('heading: "GIẤY CHỨNG NHẬN SỐ {so_vao_so}"\n', encoding="utf-8")
    settings_env(document_templates_dir=str(templates))
    ids, decision = await docs.recognition(1)
    stored = {k async for k in store.list_keys()}
    r = await docs.issue_documents(decision["id"], expect=409)
    assert r.json()["code"] == "template_field_missing"
    assert (r.json()["kind"], r.json()["field"]) == ("certificate", "so_vao_so")
    assert await docs.documents() == [] and {k async for k in store.list_keys()} == stored
    r = await docs.client.get(
        f"/api/v1/decisions/{decision['id']}/documents/preview", params={"model_id": ids[0]}, headers=docs.headers()
    )
    assert r.status_code == 409 and r.json()["field"] == "so_vao_so"
