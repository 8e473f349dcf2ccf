"""Helpers for the documents service tests: decisions issued over HTTP, a key store made by the demo CA for the
units that sign, an expired certificate, the documents' bytes and text, and counts of what issuing writes."""

from __future__ import annotations

import io
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pypdf import PdfReader
from sqlalchemy import func, select

from app.models import Document, Event
from tests.decisions.decision_support import DecisionCtx
from tests.etags import if_match

COMMITTEE = "QT-VL-VT-DU"  # Đảng ủy xã Vĩnh Thạch: decides the demo's village models


def pdf_text(pdf: bytes) -> str:
    """The PDF's text, NFC, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def write_expired_certificate(directory: Path, unit_id: int, passphrase: str) -> None:
    """A key and a certificate for the unit that expired yesterday (`<id>.key.pem` + `<id>.cert.pem`)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Đơn vị {unit_id} (hết hạn)")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=400))
        .not_valid_after(now - timedelta(days=1))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob(f"{unit_id}.*"):
        stale.unlink()
    (directory / f"{unit_id}.key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode()),
        )
    )
    (directory / f"{unit_id}.cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))


@dataclass
class DocsCtx:
    """The decision helpers plus the documents' own."""

    d: DecisionCtx
    keystore: Path

    @property
    def client(self) -> Any:
        """The app's HTTP client."""
        return self.d.client

    def headers(self, user: str = "demo.authority", **extra: str) -> dict[str, str]:
        """A user's Authorization headers."""
        return self.d.demo.headers(user, **extra)

    async def sign_for(self, *codes: str) -> None:
        """Give these units (by code) a demo-CA signing certificate in the key store."""
        from app.documents.demo_ca import ensure_demo_keystore
        from app.models import Unit

        await self.d.session.rollback()
        rows = await self.d.session.execute(select(Unit.id, Unit.name).where(Unit.code.in_(codes or (COMMITTEE,))))
        units = [SimpleNamespace(id=i, name=n) for i, n in rows]
        await self.d.session.rollback()
        ensure_demo_keystore(self.keystore, units)

    # --- decisions --------------------------------------------------------------------------------

    async def recognition(
        self, n: int = 2, number: str = "125-QĐ/ĐU", villages: tuple[str, ...] = ("QT-VL-VT-TL",), **over: Any
    ) -> tuple[list[str], dict[str, Any]]:
        """`n` models recognised by one decision (their villages in turn); their ids and the decision."""
        ids = []
        for i in range(n):
            village = villages[i % len(villages)]
            model = await self.d.surveyed(
                name=f"Mô hình “Dân vận khéo” số {i + 1}", registrant_unit_id=self.d.demo.unit(village)
            )
            ids.append(model["id"])
        review_id = await self.d.review(dict.fromkeys(ids, "approved"))
        body = self.d.decision_body("model_recognition", ids, review_id, number=number, **over)
        return ids, (await self.d.issue(body)).json()

    async def issue_documents(
        self, decision_id: str, user: str = "demo.authority", expect: int = 201, **body: Any
    ) -> Any:
        """POST /decisions/{id}/documents and check the status."""
        r = await self.client.post(
            f"/api/v1/decisions/{decision_id}/documents", json=body or None, headers=self.headers(user)
        )
        assert r.status_code == expect, r.text
        return r

    async def revoke(self, decision_id: str, expect: int = 200, user: str = "demo.authority", **body: Any) -> Any:
        """POST /decisions/{id}/revoke with the current If-Match."""
        url = f"/api/v1/decisions/{decision_id}"
        headers = await if_match(self.client, url, self.headers(user))
        r = await self.client.post(f"{url}/revoke", json={"reason": "Ban hành nhầm đối tượng", **body}, headers=headers)
        assert r.status_code == expect, r.text
        return r

    async def file(self, document: dict[str, Any], user: str = "demo.authority") -> bytes:
        """A document's bytes as `user` downloads them."""
        r = await self.client.get(document["file_url"], headers=self.headers(user))
        assert r.status_code == 200, r.text
        assert r.headers["content-type"] == "application/pdf"
        assert r.headers["etag"] == f'"{document["sha256"]}"'
        return r.content

    async def verify_upload(self, data: bytes, filename: str = "van-ban.pdf", expect: int = 200) -> Any:
        """POST /documents/verify without signing in."""
        r = await self.client.post("/api/v1/documents/verify", files={"file": (filename, data, "application/pdf")})
        assert r.status_code == expect, r.text
        return r

    # --- what was written -------------------------------------------------------------------------

    async def documents(self, decision_id: str | None = None) -> list[Document]:
        """Document rows (of one decision), by kind and position."""
        s = self.d.session
        await s.rollback()
        query = select(Document).order_by(Document.position, Document.kind, Document.version)
        if decision_id is not None:
            query = query.where(Document.decision_id == uuid.UUID(decision_id))
        rows = list((await s.scalars(query)).all())
        s.expunge_all()  # read as they are now: a rollback would expire them
        await s.rollback()
        return rows

    async def count_events(self, type_: str) -> int:
        """How many events of a type were written."""
        s = self.d.session
        await s.rollback()
        n = int(await s.scalar(select(func.count()).select_from(Event).where(Event.type == type_)) or 0)
        await s.rollback()
        return n
