"""Revoking a decision whose documents were issued: a signed revocation, the documents marked revoked (and
said so publicly, with the date); refused whole without its number or its signer."""

from __future__ import annotations

from app.documents.keystore import trust_roots
from app.documents.signing import verify_pdf
from tests.documents.documents_support import COMMITTEE, DocsCtx, pdf_text


async def test_revoking_signs_a_revocation_and_marks_the_documents(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    ids, decision = await docs.recognition(1, number="45-QĐ/ĐU")
    issued = (await docs.issue_documents(decision["id"])).json()
    await docs.revoke(decision["id"], revocation_number="60-QĐ/ĐU")
    listed = (await docs.client.get(f"/api/v1/decisions/{decision['id']}/documents", headers=docs.headers())).json()
    revocation = next(d for d in listed if d["kind"] == "decision.revocation")
    assert revocation["number"] == "60-QĐ/ĐU" and revocation["status"] == "issued"
    for old in issued:
        now = next(d for d in listed if d["id"] == old["id"])
        assert now["status"] == "revoked" and now["revoked_by_id"] == revocation["id"] and now["status_changed_at"]
    data = await docs.file(revocation)
    assert verify_pdf(data, trust_roots=trust_roots()).intact
    text = pdf_text(data)
    assert "Số 60-QĐ/ĐU" in text and "45-QĐ/ĐU" in text and "Ban hành nhầm đối tượng" in text
    page = (await docs.client.get(f"/api/v1/public/verify/{issued[1]['verification_code']}")).json()
    assert page["status"] == "revoked" and page["status_changed_on"]
    assert page["revoked_by"] == revocation["verification_code"]
    assert page["decision"]["status"] == "revoked" and page["decision"]["revoked_on"]
    assert "Ban hành nhầm" not in str(page)  # the reason is not public
    # The revoked documents are still served as issued, and their signature still holds.
    assert verify_pdf(await docs.file(issued[0]), trust_roots=trust_roots()).intact
    # A revoked decision's documents are not issued again.
    r = await docs.issue_documents(decision["id"], expect=409, regenerate=True)
    assert r.json()["code"] == "decision_revoked"
    assert ids


async def test_revocation_is_refused_whole_without_its_number_or_signer(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    ids, decision = await docs.recognition(1)
    await docs.issue_documents(decision["id"])
    before = await docs.d.snapshot(ids)
    r = await docs.revoke(decision["id"], expect=422)
    assert r.json()["code"] == "revocation_number_required"
    r = await docs.revoke(decision["id"], expect=422, revocation_number="thu hồi")
    assert r.json()["code"] == "invalid_decision_number"
    r = await docs.revoke(decision["id"], expect=409, revocation_number="125-QĐ/ĐU")  # the decision's own number
    assert r.json()["code"] == "duplicate_decision_number"
    for key in docs.keystore.glob("*.*"):
        key.unlink()  # the unit's certificate is gone
    r = await docs.revoke(decision["id"], expect=409, revocation_number="60-QĐ/ĐU")
    assert r.json()["code"] == "signing_certificate_missing"
    assert await docs.d.snapshot(ids) == before
    assert {d.status for d in await docs.documents(decision["id"])} == {"issued"}


async def test_a_decision_without_documents_is_revoked_as_before(docs: DocsCtx) -> None:
    ids, decision = await docs.recognition(1)
    await docs.revoke(decision["id"])
    assert await docs.d.state(ids[0]) == "surveyed"
    assert await docs.documents() == []


async def test_two_revocations_may_not_share_a_number(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    first = (await docs.recognition(1, number="45-QĐ/ĐU"))[1]
    second = (await docs.recognition(1, number="46-QĐ/ĐU"))[1]
    for decision in (first, second):
        await docs.issue_documents(decision["id"])
    await docs.revoke(first["id"], revocation_number="60-QĐ/ĐU")
    r = await docs.revoke(second["id"], expect=409, revocation_number="60-qđ/đu")
    assert r.json()["code"] == "duplicate_decision_number"
    await docs.revoke(second["id"], revocation_number="61-QĐ/ĐU")
