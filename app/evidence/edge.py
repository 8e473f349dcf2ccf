"""The HTTP side of a file upload: receive the multipart body, then answer once per Idempotency-Key.

Used by every upload route (a model's files, review minutes, a decision's document); what is done with
the file is the services' business.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, Mapping

from fastapi import Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.idempotency import idempotent
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile, prepare
from app.evidence.upload import ReceivedUpload, receive_upload
from app.policy.principal import Caller


def fingerprint(request: Request, form: EvidenceCreate, upload: ReceivedUpload) -> str:
    """What makes two uploads the same request for Idempotency-Key: the fields and the file's hash."""
    data = {
        "path": request.url.path,
        "form": form.model_dump(mode="json"),
        "sha256": upload.sha256,
        "filename": upload.filename,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


async def idempotent_upload(
    request: Request,
    session: AsyncSession,
    caller: Caller,
    parse: Callable[[Mapping[str, str]], EvidenceCreate],
    produce: Callable[[EvidenceCreate, ReceivedUpload, PreparedFile], Awaitable[Response]],
) -> Response:
    """The shared shape of every file upload: receive the body to a temp file (413/400), validate its form
    fields with `parse` (422/403), check and prepare the bytes (415; off the event loop), then run `produce`
    once per Idempotency-Key; temp files are removed whatever happens. The caller's read-only transaction
    must already be committed (SQLite's write lock is not held while a phone trickles the body in)."""
    upload = await receive_upload(request, max_bytes=get_settings().max_upload_bytes)
    try:
        form = parse(upload.fields)
        prepared = await prepare(upload, form)
        try:

            async def run() -> Response:
                return await produce(form, upload, prepared)

            return await idempotent(request, session, caller.id, run, fingerprint=fingerprint(request, form, upload))
        finally:
            prepared.cleanup()
    finally:
        upload.cleanup()
