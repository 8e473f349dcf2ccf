"""Verification anyone can do: the public page of a code (public fields only, revoked or superseded said), and
an uploaded PDF (intact, modified by one byte, unsigned, not a PDF, too large, of the wrong type)."""

from __future__ import annotations

import json
from typing import Any

from app.demo.documents import sample_pdf
from tests.documents.documents_support import COMMITTEE, DocsCtx

PUBLIC_FIELDS = {
    "verification_code",
    "kind",
    "kind_label",
    "number",
    "version",
    "issued_on",
    "issuer",
    "decision",
    "status",
    "status_changed_on",
    "revoked_by",
    "superseded_by",
    "signed",
    "signer",
    "signed_at",
    "sha256",
    "models",
    "models_not_public",
}


async def _issued(docs: DocsCtx, **over: Any) -> tuple[list[str], dict[str, Any], list[dict[str, Any]]]:
    await docs.sign_for(COMMITTEE)
    ids, decision = await docs.recognition(2, **over)
    return ids, decision, (await docs.issue_documents(decision["id"])).json()


async def test_the_public_page_of_a_code_shows_no_private_data(docs: DocsCtx) -> None:
    ids, decision, issued = await _issued(docs, note="Ghi chú nội bộ của Đảng ủy")
    r = await docs.client.get(f"/api/v1/public/verify/{issued[1]['verification_code']}")
    assert r.status_code == 200 and r.headers["cache-control"] == "public, max-age=300" and r.headers["etag"]
    page = r.json()
    assert set(page) == PUBLIC_FIELDS
    assert page["kind"] == "certificate" and page["number"] == "125.1-GCN/ĐU" and page["status"] == "issued"
    assert page["issuer"] == {"code": COMMITTEE, "name": "Đảng ủy Xã Vĩnh Thạch"}
    assert set(page["decision"]) == {"kind", "kind_label", "number", "issued_on", "status", "revoked_on"}
    assert page["decision"]["number"] == "125-QĐ/ĐU" and page["decision"]["status"] == "issued"
    # A recognition is not published by default: its models are counted, never named.
    assert page["models"] == [] and page["models_not_public"] == 1
    text = json.dumps(page, ensure_ascii=False)
    for private in ("Mô hình “Dân vận khéo” số", "Ghi chú", "Phạm Thị Dung", "Phó Bí thư", ids[0], decision["id"]):
        assert private not in text, private
    # The decision's page counts both models; typed in lower case without the dash it is the same page.
    code = issued[0]["verification_code"].replace("-", "").lower()
    page = (await docs.client.get(f"/api/v1/public/verify/{code}")).json()
    assert page["kind"] == "decision.recognition" and page["models_not_public"] == 2
    # A token is not needed, and a bad one is ignored.
    r = await docs.client.get(f"/api/v1/public/verify/{code}", headers={"Authorization": "Bearer nonsense"})
    assert r.status_code == 200


async def test_a_published_decisions_models_are_shown_as_published(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    ids, decision = await docs.recognition(1, publish=True)
    issued = (await docs.issue_documents(decision["id"])).json()
    page = (await docs.client.get(f"/api/v1/public/verify/{issued[1]['verification_code']}")).json()
    assert page["models_not_public"] == 0
    [model] = page["models"]
    assert set(model) == {"code", "name", "unit", "field", "url"}
    assert model["name"] == "Mô hình “Dân vận khéo” số 1" and model["unit"]["code"] == "QT-VL-VT-TL"
    assert model["url"] == f"/api/v1/public/exemplars/{model['code']}"
    assert ids


async def test_unknown_codes_are_404(docs: DocsCtx) -> None:
    for code in ("AAAAA-AAAAA", "not-a-code", "0" * 30, "ZZZZ"):
        r = await docs.client.get(f"/api/v1/public/verify/{code}")
        assert r.status_code == 404 and r.json()["code"] == "verification_code_not_found", code
    r = await docs.client.get(f"/api/v1/public/verify/{'A' * 31}")
    assert r.status_code == 422


async def test_an_intact_pdf_is_recognised_and_a_changed_byte_is_reported(docs: DocsCtx) -> None:
    _ids, _decision, issued = await _issued(docs)
    data = await docs.file(issued[1])
    answer = (await docs.verify_upload(data)).json()
    assert answer["verdict"] == "intact" and answer["matches_issued"] is True
    assert answer["signature"]["signer"] and answer["signature"]["signed_at"]
    assert answer["verification_code"] == issued[1]["verification_code"]
    assert answer["document"]["number"] == "125.1-GCN/ĐU" and answer["document"]["decision"]["number"] == "125-QĐ/ĐU"
    assert set(answer["document"]) == PUBLIC_FIELDS
    # One byte changed inside the signed content: modified, and still named by its embedded code.
    at = data.index(b"stream") + 20
    tampered = data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]
    answer = (await docs.verify_upload(tampered)).json()
    assert answer["verdict"] == "modified" and answer["matches_issued"] is False
    assert answer["document"] is not None and answer["document"]["number"] == "125.1-GCN/ĐU"


async def test_unsigned_and_non_pdf_uploads(docs: DocsCtx) -> None:
    answer = (await docs.verify_upload(sample_pdf("chưa ký"))).json()
    assert answer["verdict"] == "unsigned" and answer["signature"] is None and answer["document"] is None
    answer = (await docs.verify_upload(b"<html>day khong phai PDF</html>", "gia-mao.pdf")).json()
    assert answer["verdict"] == "not_a_pdf" and answer["matches_issued"] is False


async def test_upload_bounds_and_types(docs: DocsCtx, settings_env: Any) -> None:
    settings_env(document_max_bytes=64 * 1024)
    r = await docs.verify_upload(b"%PDF-1.7\n" + b"0" * (70 * 1024), expect=413)
    assert r.json()["code"] == "payload_too_large"
    r = await docs.client.post(
        "/api/v1/documents/verify", content=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}
    )
    assert r.status_code == 415 and r.json()["code"] == "unsupported_media_type"
    r = await docs.client.post(
        "/api/v1/documents/verify", files={"file": ("a.pdf", b"%PDF-1.7", "application/pdf")}, data={"note": "x"}
    )
    assert r.status_code == 422 and r.json()["code"] == "validation_failed"
    r = await docs.client.post("/api/v1/documents/verify", files={"other": ("a.txt", b"", "text/plain")})
    assert r.status_code == 422


async def test_verification_is_rate_limited_like_every_anonymous_request(docs: DocsCtx, settings_env: Any) -> None:
    """The public page and the upload count against the anonymous quota of the client's address."""
    import httpx

    from tests.support.app import get_app

    settings_env(rate_limit_anonymous="3/minute")
    transport = httpx.ASGITransport(app=get_app(), raise_app_exceptions=False, client=("203.0.113.9", 1234))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as stranger:
        for _ in range(2):
            assert (await stranger.get("/api/v1/public/verify/AAAAA-AAAAA")).status_code == 404
        r = await stranger.post("/api/v1/documents/verify", files={"file": ("a.pdf", sample_pdf(), "application/pdf")})
        assert r.status_code == 200
        r = await stranger.get("/api/v1/public/verify/AAAAA-AAAAA")
        assert r.status_code == 429 and r.json()["code"] == "rate_limited" and int(r.headers["retry-after"]) > 0
        r = await stranger.post("/api/v1/documents/verify", files={"file": ("a.pdf", sample_pdf(), "application/pdf")})
        assert r.status_code == 429


async def test_a_forgery_signed_by_another_authority_is_untrusted(docs: DocsCtx, tmp_path: Any) -> None:
    """A certificate redrawn with a real document's code and signed by a CA of the forger's own: untrusted, and
    named as the document it claims to be (which the public record shows is not these bytes)."""
    from types import SimpleNamespace

    from app.documents.demo_ca import ensure_demo_keystore
    from app.documents.keystore import signer_for
    from app.documents.render import render_pdf
    from app.documents.samples import sample_context
    from app.documents.signing import sign_pdf

    _ids, _decision, issued = await _issued(docs)
    forger = tmp_path / "forger"
    ensure_demo_keystore(forger, [SimpleNamespace(id=1, name="Đảng ủy giả mạo")])
    code = issued[1]["verification_code"]
    pdf = render_pdf("certificate", sample_context("certificate"), verification_code=code, verify_url="https://x")
    forged = sign_pdf(pdf, signer_for(1, directory=forger), reason="Giả mạo", location="Nơi khác", tsa_url=None)
    answer = (await docs.verify_upload(forged)).json()
    assert answer["verdict"] == "untrusted" and answer["matches_issued"] is False
    assert answer["verification_code"] == code and answer["document"]["sha256"] == issued[1]["sha256"]
