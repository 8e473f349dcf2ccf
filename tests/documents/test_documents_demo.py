"""The demo: last year's recognised exemplar has its decisions issued as signed documents (the demo CA's
certificate of Đảng ủy xã Vĩnh Thạch, made in the key store folder), verifiable by anyone."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.documents.keystore import trust_roots
from app.documents.signing import verify_pdf
from tests.documents.documents_support import pdf_text


async def test_the_demo_exemplar_has_its_signed_decision_and_certificate(
    client: Any, demo: Any, database: Any, keystore: Any
) -> None:
    from app.demo.movement import load_demo_movement
    from app.demo.recognition import NAME
    from app.models import Unit

    async with database.sessionmaker() as s:
        units = {u.code: u for u in (await s.scalars(select(Unit))).all()}
        await load_demo_movement(s, units)
        await s.commit()
    headers = demo.headers("demo.authority")
    models = (await client.get("/api/v1/models?limit=50", headers=headers)).json()["items"]
    exemplar = next(m for m in models if m["name"] == NAME)
    documents = (await client.get(f"/api/v1/models/{exemplar['id']}/documents", headers=headers)).json()
    assert sorted((d["kind"], d["number"]) for d in documents) == [
        ("certificate", "45.1-GCN/ĐU"),
        ("commendation", "53.1-GK/ĐU"),
        ("decision.exemplar", "52-QĐ/ĐU"),
        ("decision.recognition", "45-QĐ/ĐU"),
    ]
    assert (keystore / "trust").is_dir()
    for document in documents:
        data = (await client.get(document["file_url"], headers=headers)).content
        assert verify_pdf(data, trust_roots=trust_roots()).intact, document["kind"]
        if document["kind"] == "certificate":
            assert NAME in pdf_text(data)
        page = (await client.get(f"/api/v1/public/verify/{document['verification_code']}")).json()
        assert page["status"] == "issued" and page["issuer"]["code"] == "QT-VL-VT-DU"
    # The exemplar is on the public showcase, so its certificate's public page names it.
    certificate = next(d for d in documents if d["kind"] == "certificate")
    page = (await client.get(f"/api/v1/public/verify/{certificate['verification_code']}")).json()
    assert [m["name"] for m in page["models"]] == [NAME]
