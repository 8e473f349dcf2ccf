"""Demo data for generated documents: last year's exemplar has its decisions issued as signed PDFs — the
recognition with its certificate, the exemplar recognition, the commendation with its Giấy khen — signed with
the demo CA's certificate of Đảng ủy xã Vĩnh Thạch, made in the key store folder (data_dir/signing unless
DVK_SIGNING_KEYSTORE_DIR says otherwise) if it is not there yet. `dvk keys demo` gives every other demo committee
its certificate."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.demo.repository import decisions_covering
from app.documents.demo_ca import ensure_demo_keystore
from app.documents.schemas import IssueDocuments
from app.documents.service import issue_documents
from app.models import Document, RegisteredModel, Unit, User


async def load_demo_documents(
    session: AsyncSession, model: RegisteredModel, council: Unit, authority: User
) -> list[Document]:
    """Issue the signed documents of every decision covering the demo exemplar (the council issued them all)."""
    ensure_demo_keystore(get_settings().effective_keystore_dir, [council])
    issued: list[Document] = []
    for decision in await decisions_covering(session, model.id):
        issued += await issue_documents(session, None, authority.id, decision, IssueDocuments())
    return issued
