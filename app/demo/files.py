"""Demo files: small real images and PDFs stored in the blob store and filed in a model's dossier, without
the upload pipeline (the demo loader writes its own data)."""

from __future__ import annotations

import hashlib
import io
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Evidence, RegisteredModel, User
from app.storage import get_store


def jpeg(colour: tuple[int, int, int]) -> bytes:
    """A small JPEG of one colour (a stand-in photo)."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _temp_file(data: bytes) -> Path:
    with tempfile.NamedTemporaryFile(delete=False) as handle:
        handle.write(data)
    return Path(handle.name)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


async def store_file(
    session: AsyncSession,
    model: RegisteredModel,
    uploader: User,
    kind: str,
    title: str,
    data: bytes,
    media_type: str,
    filename: str,
    **extra: Any,
) -> Evidence:
    """Store the bytes and file them in the model's dossier (demo data: no upload pipeline); returns the row."""
    extra.setdefault("model_state", model.state)
    digest = hashlib.sha256(data).hexdigest()
    path = _temp_file(data)
    try:
        await get_store().put_file(digest, path, media_type)
    finally:
        _remove(path)
    evidence = Evidence(
        model_id=model.id,
        kind=kind,
        title=title,
        original_filename=filename,
        media_type=media_type,
        size=len(data),
        sha256=digest,
        uploaded_by_id=uploader.id,
        **extra,
    )
    session.add(evidence)
    return evidence
