"""Helpers for showcase, honours and replication tests: models, decisions and files written straight to the
database (the reviews and decisions APIs are tested on their own), so a test can make a model recognised,
an exemplar or commended with a published (or unpublished, or revoked) decision in a few lines."""

from __future__ import annotations

import hashlib
import io
import secrets
import tempfile
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from app.core.search import fold
from app.models import (
    Campaign,
    Decision,
    DecisionModel,
    Evidence,
    ModelHistory,
    RegisteredModel,
    Unit,
)
from app.workflow.table import DECISION_MOVES
from tests.registry.conftest import TODAY, YEAR

# The move a decision kind makes (commendations move nothing).
MOVES = {
    "model_recognition": "recognized",
    "model_non_recognition": "not_recognized",
    "exemplar_recognition": "exemplar",
}


def image(color: tuple[int, int, int] = (10, 120, 40), kind: str = "JPEG") -> bytes:
    """A small valid JPEG (or PNG) whose bytes differ by colour."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (12, 8), color).save(out, kind)
    return out.getvalue()


async def unit_of(session: Any, code: str) -> Unit:
    """A unit by its code."""
    return (await session.execute(select(Unit).where(Unit.code == code))).scalar_one()


async def insert_model(
    session: Any,
    demo: Any,
    *,
    unit: str = "QT-VL-VT-TL",
    name: str = "Mô hình dân vận khéo",
    summary: str = "",
    field_code: str = "economy",
    year: int = YEAR,
    state: str = "draft",
    registrant_kind: str = "collective",
    individual_name: str | None = None,
    replicates_id: uuid.UUID | None = None,
    **over: Any,
) -> RegisteredModel:
    """A model inserted directly (any unit, any state), in the first campaign there is."""
    campaign = (await session.execute(select(Campaign).order_by(Campaign.created_at))).scalars().first()
    assert campaign is not None, "make a campaign first (tests.registry.conftest.make_campaign)"
    await session.refresh(campaign, ["cycles"])
    owner = await unit_of(session, unit)
    code = f"DVK-{year}-T{uuid.uuid4().hex[:8].upper()}"
    model = RegisteredModel(
        code=code,
        campaign_id=campaign.id,
        cycle_id=campaign.cycles[0].id,
        year=year,
        registrant_unit_id=owner.id,
        unit_path=owner.path,
        registrant_kind=registrant_kind,
        individual_name=individual_name,
        name=name,
        summary=summary,
        search_text=fold(f"{name} {summary}"),
        field_code=field_code,
        model_type="field_specific",
        state=state,
        replicates_id=replicates_id,
        objectives="Mục tiêu",
        content_methods="Cách làm",
        created_by_id=demo.users["demo.registrant"],
        **over,
    )
    session.add(model)
    await session.commit()
    return model


async def set_state(
    session: Any, model_id: Any, state: str, *, action: str = "recognize", details: dict[str, Any] | None = None
) -> None:
    """Move a model directly, with its history row (what a decision does)."""
    mid = uuid.UUID(str(model_id))
    before = (await session.execute(select(RegisteredModel.state).where(RegisteredModel.id == mid))).scalar_one()
    await session.execute(
        update(RegisteredModel)
        .where(RegisteredModel.id == mid)
        .values(state=state, version=RegisteredModel.version + 1)
    )
    session.add(
        ModelHistory(
            model_id=mid,
            actor_name="Đảng ủy xã Vĩnh Thạch",
            action=action,
            from_state=before,
            to_state=state,
            details=details or {},
        )
    )
    await session.commit()


async def decide(
    session: Any,
    demo: Any,
    model_ids: list[Any],
    *,
    kind: str = "model_recognition",
    publish: bool = True,
    public_evidence_kinds: list[str] | None = None,
    issued_on: date = TODAY,
    issuing_unit: str = "QT-VL-VT-DU",
    number: str | None = None,
    award_form: str | None = None,
    award_level: str | None = None,
    move: bool = True,
) -> Decision:
    """An issued decision covering the models; it moves them as its kind says (unless move=False)."""
    unit = await unit_of(session, issuing_unit)
    serial = secrets.randbelow(10**8) + 1
    decision = Decision(
        kind=kind,
        number=number or f"{serial}-QĐ/ĐU",
        serial=serial,
        year=issued_on.year,
        issued_on=issued_on,
        issuing_unit_id=unit.id,
        issuing_unit_path=unit.path,
        signer_name="Phạm Thị Dung",
        signer_title="Phó Bí thư",
        publish=publish,
        public_evidence_kinds=["model_photo"] if public_evidence_kinds is None else public_evidence_kinds,
        award_form=award_form,
        award_level=award_level,
        status="issued",
        created_by_id=demo.users["demo.authority"],
    )
    session.add(decision)
    await session.flush()
    target = MOVES.get(kind) if move else None
    for position, model_id in enumerate(model_ids):
        mid = uuid.UUID(str(model_id))
        before = (await session.execute(select(RegisteredModel.state).where(RegisteredModel.id == mid))).scalar_one()
        session.add(
            DecisionModel(
                decision_id=decision.id, model_id=mid, position=position, from_state=before, to_state=target or before
            )
        )
        if target:
            await session.execute(
                update(RegisteredModel)
                .where(RegisteredModel.id == mid)
                .values(state=target, version=RegisteredModel.version + 1)
            )
            session.add(
                ModelHistory(
                    model_id=mid,
                    actor_name=unit.name,
                    action=DECISION_MOVES[kind],
                    from_state=before,
                    to_state=target,
                    details={"decision_id": str(decision.id)},
                )
            )
    await session.commit()
    return decision


async def revoke(session: Any, decision: Decision) -> None:
    """Revoke a decision: its models go back to where they were."""
    rows = (await session.execute(select(DecisionModel).where(DecisionModel.decision_id == decision.id))).scalars()
    for row in list(rows):
        if row.from_state != row.to_state:
            await set_state(session, row.model_id, row.from_state, action="revoke")
    await session.execute(
        update(Decision)
        .where(Decision.id == decision.id)
        .values(status="revoked", revoke_reason="Sai thẩm quyền", version=Decision.version + 1)
    )
    await session.commit()


async def add_file(
    session: Any,
    store: Any,
    demo: Any,
    model_id: Any,
    kind: str,
    content: bytes | None = None,
    *,
    media_type: str = "image/jpeg",
    title: str | None = None,
    is_public: bool = False,
    filename: str = "Nguyen Van A.jpg",
) -> Evidence:
    """A dossier file written directly: the bytes into the blob store, the row into the database."""
    data = content if content is not None else image((len(kind) * 9 % 256, 80, 160))
    sha = hashlib.sha256(data).hexdigest()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "blob"
        path.write_bytes(data)
        await store.put_file(sha, path, media_type)
    evidence = Evidence(
        model_id=uuid.UUID(str(model_id)),
        kind=kind,
        title=title or f"Tệp {kind}",
        original_filename=filename,
        media_type=media_type,
        size=len(data),
        sha256=sha,
        uploaded_by_id=demo.users["demo.registrant"],
        model_state="recognized",
        is_public=is_public,
    )
    session.add(evidence)
    await session.commit()
    return evidence
