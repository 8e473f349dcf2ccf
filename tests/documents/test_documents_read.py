"""Reading documents: listed on the decision and on the model, one document, its file — each to whom may see it
(another unit's caller gets 404, a registrant sees their own model's certificate but not a decision text that
lists models they may not see)."""

from __future__ import annotations

from typing import Any

from tests.documents.documents_support import COMMITTEE, DocsCtx

NOWHERE = "00000000-0000-4000-8000-000000000000"


async def _issued(docs: DocsCtx) -> tuple[list[str], dict[str, Any], list[dict[str, Any]]]:
    """Two models of two villages of Vĩnh Thạch recognised by one decision, its documents issued."""
    await docs.sign_for(COMMITTEE)
    ids, decision = await docs.recognition(2, villages=("QT-VL-VT-TL", "QT-VL-VT-TLA"))
    return ids, decision, (await docs.issue_documents(decision["id"])).json()


async def test_listed_on_the_decision_and_the_model(docs: DocsCtx) -> None:
    ids, decision, issued = await _issued(docs)
    r = await docs.client.get(f"/api/v1/decisions/{decision['id']}/documents", headers=docs.headers("demo.viewer"))
    assert r.status_code == 200 and [d["id"] for d in r.json()] == [d["id"] for d in issued]
    first = r.json()[0]
    assert first["decision_number"] == "125-QĐ/ĐU" and first["created_by"] == "Phạm Thị Dung"
    assert first["kind_label"]["vi"].startswith("Văn bản quyết định công nhận")
    r = await docs.client.get(f"/api/v1/models/{ids[1]}/documents", headers=docs.headers("demo.mobiliser"))
    assert r.status_code == 200
    assert [(d["kind"], d["model"]["id"] if d["model"] else None) for d in r.json()] == [
        ("decision.recognition", None),
        ("certificate", ids[1]),
    ]
    r = await docs.client.get(f"/api/v1/documents/{issued[2]['id']}", headers=docs.headers("demo.viewer"))
    assert r.status_code == 200 and r.json() == issued[2]


async def test_another_units_caller_gets_404(docs: DocsCtx) -> None:
    ids, decision, issued = await _issued(docs)
    stranger = await docs.d.person("can.bo.dong.ha", [("viewer", "QT-DH")], home="QT-DH-BDV")
    headers = docs.headers(stranger)
    for url in (
        f"/api/v1/decisions/{decision['id']}/documents",
        f"/api/v1/decisions/{decision['id']}/documents/preview",
        f"/api/v1/models/{ids[0]}/documents",
        *(f"/api/v1/documents/{d['id']}" for d in issued),
        *(d["file_url"] for d in issued),
        f"/api/v1/documents/{NOWHERE}",
        f"/api/v1/documents/{NOWHERE}/file",
    ):
        r = await docs.client.get(url, headers=headers)
        assert r.status_code == 404, url
        assert r.headers["content-type"] == "application/problem+json"
    r = await docs.client.get(issued[0]["file_url"])
    assert r.status_code == 401


async def test_a_registrant_sees_their_models_paper_not_the_whole_list(docs: DocsCtx) -> None:
    ids, decision, issued = await _issued(docs)
    # Registers for Thôn Thái Lai only: sees the second model, not the first (Thôn Tân Lập).
    village = await docs.d.person("to.truong.thai.lai", [("registrant", "QT-VL-VT-TLA")], home="QT-VL-VT-TLA")
    headers = docs.headers(village)
    r = await docs.client.get(f"/api/v1/decisions/{decision['id']}/documents", headers=headers)
    assert r.status_code == 200
    assert [(d["kind"], d["model"]["id"]) for d in r.json()] == [("certificate", ids[1])]
    assert (await docs.client.get(issued[2]["file_url"], headers=headers)).status_code == 200
    for document in issued[:2]:  # the decision text (its annex names Tân Lập's model) and Tân Lập's certificate
        assert (await docs.client.get(document["file_url"], headers=headers)).status_code == 404
    r = await docs.client.get(f"/api/v1/models/{ids[1]}/documents", headers=headers)
    assert [d["kind"] for d in r.json()] == ["certificate"]


async def test_the_file_is_served_with_its_hash_as_etag(docs: DocsCtx) -> None:
    _ids, _decision, issued = await _issued(docs)
    document = issued[0]
    data = await docs.file(document)
    assert (
        "attachment"
        in (await docs.client.get(document["file_url"], headers=docs.headers())).headers["content-disposition"]
    )
    r = await docs.client.get(
        document["file_url"], headers=docs.headers(**{"If-None-Match": f'"{document["sha256"]}"'})
    )
    assert r.status_code == 304 and r.content == b""
    r = await docs.client.get(document["file_url"], headers=docs.headers(Range="bytes=0-99"))
    assert r.status_code == 206 and r.content == data[:100]
    assert r.headers["content-range"] == f"bytes 0-99/{len(data)}"
