"""Load-or-404 dependencies for a document named in the path."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.documents import service
from app.models import Document


async def visible_document(document_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> Document:
    """The document in the path, if the caller may see it; 404 `document_not_found` otherwise (whether it exists
    elsewhere or not)."""
    return await service.visible(session, caller, document_id)


VisibleDocument = Annotated[Document, Depends(visible_document)]
