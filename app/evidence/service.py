"""Adding, reading and removing a model's files; who may add which kind; the dossier checklist.

An upload is accepted in this order: the model is visible (404), the caller may add files to it at
all (403, before a byte is read), the body is received to a temp file (413/415/422/400), the form is
valid (422), the caller may add this kind (403), the bytes are what they claim (415), metadata is
stripped from photos, the model's quota holds (413), the bytes are stored, the row is written.
If the row cannot be written, bytes stored for it alone are removed again.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.core.config import get_settings
from app.core.context import RequestContext
from app.core.errors import AppError, Conflict, Forbidden, PayloadTooLarge
from app.core.i18n import Text
from app.events.service import record_event
from app.evidence import repository
from app.evidence.form import LEGACY_FLAG
from app.evidence.form import parse_form as parse_form  # the upload form's parsing (evidence, decisions)
from app.evidence.messages import QUOTA
from app.evidence.schemas import EvidenceCreate, EvidenceRead
from app.evidence.upload import ReceivedUpload, detect_media_type, strip_metadata
from app.models import Evidence, RegisteredModel
from app.policy.permissions import Role
from app.policy.principal import Caller
from app.storage import BlobStore
from app.workflow.roles import acting_roles
from app.workflow.states import EDITABLE_STATES, State

log = logging.getLogger("dvk.evidence")

# Who may add (and, while the model is editable, remove) which kinds of file. Authority counts only
# at the model's deciding unit (see acting_roles).
UPLOADERS: dict[Role, frozenset[str]] = {
    Role.REGISTRANT: frozenset(
        {
            "registration_form",
            "implementation_document",
            "confirmation",
            "result_report",
            "model_photo",
            "portrait",
            "achievement_report",
            "submission",
            "other",
        }
    ),
    Role.MOBILISER: frozenset({"survey_photo", "review_minutes", "submission", "confirmation", "other"}),
    Role.AUTHORITY: frozenset({"decision_document", "review_minutes"}),
}


KIND_NOT_PERMITTED = Text(
    "Vai trò của bạn không được thêm tệp loại '{kind}' cho mô hình này.",
    "Your roles do not allow adding '{kind}' files to this model.",
)
NO_UPLOAD_ROLE = Text(
    "Bạn không có vai trò nào được thêm tệp cho mô hình này.", "None of your roles may add files to this model."
)
MODEL_CLOSED = Text("Mô hình đã rút; không thêm được tệp.", "The model was withdrawn; no files can be added.")
IMMUTABLE = Text(
    "Chỉ xóa được tệp khi mô hình ở trạng thái nháp hoặc bị trả lại (hiện tại: {state}); "
    "hãy tải lên tệp mới để đính chính.",
    "Files can only be removed while the model is a draft or returned (now: {state}); "
    "upload a new file as a correction.",
)
CONFIRMED_FILE = Text(
    "Tệp này gắn với một xác nhận (kể cả xác nhận đã thu hồi) nên không xóa được; hãy tải lên tệp mới.",
    "A confirmation (even a withdrawn one) names this file, so it cannot be removed; upload a new file.",
)


class StorageUnavailable(AppError):
    status, code = 503, "storage_unavailable"
    message = Text(
        "Kho lưu trữ tệp tạm thời không sẵn sàng; hãy thử lại.", "File storage is unavailable right now; retry later."
    )

    def __init__(self) -> None:
        super().__init__(headers={"Retry-After": "5"})  # like the database's outage answer


def may_add(roles: set[Role], kind: str) -> bool:
    """True if one of the roles may add files of this kind."""
    return any(kind in UPLOADERS.get(role, frozenset()) for role in roles)


def require_some_upload_role(caller: Caller, model: RegisteredModel) -> None:
    """403 before the body is read when the caller may add no kind of file to this model."""
    if not any(role in UPLOADERS for role in acting_roles(caller, model)):
        raise Forbidden(NO_UPLOAD_ROLE, code="action_not_permitted")


def require_kind(caller: Caller, model: RegisteredModel, kind: str) -> None:
    """403 unless the caller's roles on this model may add this kind."""
    if not may_add(acting_roles(caller, model), kind):
        raise Forbidden(KIND_NOT_PERMITTED, code="evidence_kind_not_permitted", _kind=kind)


@dataclass
class PreparedFile:
    """The bytes that will be stored: checked, cleaned, hashed."""

    path: Path
    size: int
    sha256: str
    media_type: str
    own_file: bool  # a cleaned copy this module made (removed by cleanup)

    def cleanup(self) -> None:
        """Remove the cleaned copy, if one was made."""
        if self.own_file:
            self.path.unlink(missing_ok=True)


def _hash_file(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _prepare(upload: ReceivedUpload, form: EvidenceCreate) -> PreparedFile:
    media_type = detect_media_type(upload.path, upload.filename, upload.declared_type)
    # Only the uploader of a survey photo may keep its location; portraits and all else lose it.
    keep = form.keep_location and form.kind == "survey_photo"
    cleaned = strip_metadata(upload.path, media_type, keep_location=keep)
    if cleaned == upload.path and not media_type.startswith("image/"):
        return PreparedFile(upload.path, upload.size, upload.sha256, media_type, own_file=False)
    size, sha = _hash_file(cleaned)
    return PreparedFile(cleaned, size, sha, media_type, own_file=cleaned != upload.path)


async def prepare(upload: ReceivedUpload, form: EvidenceCreate) -> PreparedFile:
    """Detect the real type (415), strip photo metadata, hash what will be stored (off the event loop)."""
    return await anyio.to_thread.run_sync(_prepare, upload, form)


def _row(
    model: RegisteredModel,
    kind: str,
    form: EvidenceCreate,
    upload: ReceivedUpload,
    file: PreparedFile,
    caller: Caller,
    **links: Any,
) -> Evidence:
    """The dossier row of one stored file for one model (`links`: photo facts, or the review/decision it files)."""
    return Evidence(
        model_id=model.id,
        kind=kind,
        title=form.title,
        description=form.description,
        original_filename=upload.filename,
        media_type=file.media_type,
        size=file.size,
        sha256=file.sha256,
        uploaded_by_id=caller.id,
        model_state=model.state,
        **links,
    )


async def add_evidence(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    model_id: uuid.UUID,
    form: EvidenceCreate,
    upload: ReceivedUpload,
    file: PreparedFile,
    store: BlobStore,
) -> Evidence:
    """Check the quota, store the bytes, write the row and the event; undo the bytes if the row fails.

    The model row is locked only after the bytes are stored, so a slow store never blocks the model's
    workflow; the quota is checked before storing (no wasted upload) and again under the lock.
    """
    await _check_quota(session, model_id, file.size)
    try:
        await store.put_file(file.sha256, file.path, file.media_type)
    except Exception:
        log.exception("blob store refused a file", extra={"sha256": file.sha256})
        raise StorageUnavailable() from None
    try:
        model = await repository.lock_model(session, model_id)
        if model.state == State.WITHDRAWN.value:
            raise Conflict(MODEL_CLOSED, code="model_withdrawn")
        await _check_quota(session, model_id, file.size)
        evidence = _row(
            model,
            form.kind,
            form,
            upload,
            file,
            caller,
            taken_at=form.taken_at,
            latitude=form.latitude,
            longitude=form.longitude,
        )
        session.add(evidence)
        await session.flush()
        await record_event(
            session,
            "evidence.added",
            resource_type="evidence",
            resource_id=evidence.id,
            unit_path=model.unit_path,
            actor_id=caller.id,
            request_id=ctx.request_id,
            data={"model_id": str(model.id), "kind": form.kind, "sha256": file.sha256},
        )
    except BaseException:
        await _forget_unreferenced(session, store, file.sha256)
        raise
    return evidence


async def _check_quota(session: AsyncSession, model_id: uuid.UUID, size: int) -> None:
    quota = get_settings().model_quota_bytes
    used = await repository.total_size(session, model_id)
    if used + size > quota:
        raise PayloadTooLarge(
            QUOTA, code="model_quota_exceeded", _quota=quota, quota_bytes=quota, used_bytes=used, file_bytes=size
        )


async def _forget_unreferenced(session: AsyncSession, store: BlobStore, sha256: str) -> None:
    """After a failed write: roll back, then remove the bytes unless another file still uses them."""
    try:
        await session.rollback()
        if await repository.references(session, sha256) == 0:
            await store.delete(sha256)
    except Exception:  # the orphan command (dvk blobs orphans) cleans up what this could not
        log.exception("could not remove the bytes of a failed upload", extra={"sha256": sha256})


async def delete_evidence(
    session: AsyncSession, ctx: RequestContext, caller: Caller, evidence: Evidence, model: RegisteredModel
) -> str:
    """Remove a file while its model is draft/returned (else 409), by a role that may add its kind (else 403).

    Returns the SHA-256 whose bytes may now be unreferenced (removed after the commit).
    """
    if not may_add(acting_roles(caller, model), evidence.kind):
        raise Forbidden(KIND_NOT_PERMITTED, code="evidence_kind_not_permitted", _kind=evidence.kind)
    if State(model.state) not in EDITABLE_STATES:
        raise Conflict(IMMUTABLE, code="evidence_immutable", _state=model.state, state=model.state)
    if await repository.confirmations_naming(session, evidence.id):
        raise Conflict(CONFIRMED_FILE, code="evidence_confirmed")
    await session.delete(evidence)
    await session.flush()
    await record_event(
        session,
        "evidence.deleted",
        resource_type="evidence",
        resource_id=evidence.id,
        unit_path=model.unit_path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data={"model_id": str(model.id), "kind": evidence.kind, "sha256": evidence.sha256},
    )
    return evidence.sha256


async def collect_blob(sha256: str) -> None:
    """Remove stored bytes no file references any more (runs after the deleting request committed)."""
    from app.core.db import get_database
    from app.storage import get_store

    try:
        async with get_database().sessionmaker() as session:
            unreferenced = await repository.references(session, sha256) == 0
        if unreferenced:
            await get_store().delete(sha256)
    except Exception:  # left for the orphan command
        log.exception("could not remove unreferenced bytes", extra={"sha256": sha256})


async def to_reads(session: AsyncSession, rows: list[Evidence]) -> list[EvidenceRead]:
    """Files as a client reads them, with their uploaders' names and whether the grassroots committee confirmed
    them (derived from its confirmation acts)."""
    names = await repository.uploader_names(session, {e.uploaded_by_id for e in rows})
    confirmed = await repository.confirmed_by_grassroots(session, [e.id for e in rows])
    return [
        EvidenceRead.model_validate(
            {
                **{c.key: getattr(e, c.key) for c in Evidence.__table__.columns},
                LEGACY_FLAG: e.id in confirmed,
                "kind_label": labels.EVIDENCE_KINDS[e.kind].render(),
                "uploaded_by": {"id": e.uploaded_by_id, "full_name": names.get(e.uploaded_by_id, "")},
                "content_url": f"/api/v1/evidence/{e.id}/content",
            }
        )
        for e in rows
    ]


async def add_copies(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    models: list[RegisteredModel],
    kind: str,
    form: EvidenceCreate,
    upload: ReceivedUpload,
    file: PreparedFile,
    store: BlobStore,
    *,
    review_id: uuid.UUID | None = None,
    decision_id: uuid.UUID | None = None,
) -> list[Evidence]:
    """One document (review minutes, a decision's signed text) filed in the dossier of every model it
    concerns: the bytes are stored once, one row per model links back to the review or the decision.

    The caller's right to file it is checked by the review/decision service, not per model. The
    quota of each model is checked; if any write fails, the bytes stored for it alone are removed.
    """
    for model in models:
        await _check_quota(session, model.id, file.size)
    try:
        await store.put_file(file.sha256, file.path, file.media_type)
    except Exception:
        log.exception("blob store refused a file", extra={"sha256": file.sha256})
        raise StorageUnavailable() from None
    rows: list[Evidence] = []
    try:
        for model in models:
            rows.append(
                _row(
                    model,
                    kind,
                    form,
                    upload,
                    file,
                    caller,
                    review_id=review_id,
                    decision_id=decision_id,
                )
            )
        session.add_all(rows)
        await session.flush()
        for evidence, model in zip(rows, models, strict=True):
            await record_event(
                session,
                "evidence.added",
                resource_type="evidence",
                resource_id=evidence.id,
                unit_path=model.unit_path,
                actor_id=caller.id,
                request_id=ctx.request_id,
                data={
                    "model_id": str(model.id),
                    "kind": kind,
                    "sha256": file.sha256,
                    "review_id": str(review_id) if review_id else None,
                    "decision_id": str(decision_id) if decision_id else None,
                },
            )
    except BaseException:
        await _forget_unreferenced(session, store, file.sha256)
        raise
    return rows
