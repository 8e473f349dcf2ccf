"""Models stored before migration 0013 have a deciding unit but no reviewing or proposing unit, so the cell that
reviewed them does not see them. `authority.sync.backfill_roles` (run by `dvk migrate` and `dvk prestart`)
completes them: an undecided model takes the current answer; a decided one keeps the answer it was decided
under and takes the current reviewing and proposing units only when the current answer still names its case
and deciding unit."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update

from app.authority.sync import backfill_roles
from app.models import RegisteredModel
from tests.decisions.decision_support import DecisionCtx

CELL = "QT-VL-VT-TL-CB"
COMMITTEE = "QT-VL-VT-DU"


async def _as_before_0013(dctx: DecisionCtx, model_id: str, **values: Any) -> None:
    """Empty the model's reviewing and proposing units, as migration 0013 left every model it found."""
    await dctx.session.execute(
        update(RegisteredModel)
        .where(RegisteredModel.id == uuid.UUID(model_id))
        .values(reviewing_unit_id=None, proposing_unit_id=None, **values)
    )
    await dctx.session.commit()


async def _roles(dctx: DecisionCtx, model_id: str) -> tuple[int | None, int | None, int | None]:
    await dctx.session.rollback()
    row = (
        await dctx.session.execute(
            select(
                RegisteredModel.reviewing_unit_id, RegisteredModel.proposing_unit_id, RegisteredModel.deciding_unit_id
            ).where(RegisteredModel.id == uuid.UUID(model_id))
        )
    ).one()
    await dctx.session.rollback()
    return row[0], row[1], row[2]


async def _backfill(dctx: DecisionCtx) -> int:
    completed = await backfill_roles(dctx.session)
    await dctx.session.commit()
    return completed


async def _recognised(dctx: DecisionCtx, number: str) -> str:
    model = await dctx.surveyed()
    review = await dctx.review({model["id"]: "approved"})
    await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review, number=number))
    return str(model["id"])


async def test_a_model_decided_before_0013_gets_its_cell_and_the_cell_sees_it(dctx: DecisionCtx) -> None:
    decided = await _recognised(dctx, "125-QĐ/ĐU")
    open_model = str((await dctx.surveyed())["id"])
    for model_id in (decided, open_model):
        await _as_before_0013(dctx, model_id)
    cell_user = await dctx.person("tl.cell", [("authority", CELL)], home=CELL)
    r = await dctx.client.get(f"/api/v1/models/{decided}", headers=dctx.demo.headers(cell_user))
    assert r.status_code == 404, r.text

    assert await _backfill(dctx) == 2
    expected = (dctx.demo.unit(CELL), dctx.demo.unit(COMMITTEE), dctx.demo.unit(COMMITTEE))
    assert await _roles(dctx, decided) == expected
    assert await _roles(dctx, open_model) == expected
    assert await dctx.state(decided) == "recognized"
    for model_id in (decided, open_model):
        r = await dctx.client.get(f"/api/v1/models/{model_id}", headers=dctx.demo.headers(cell_user))
        assert r.status_code == 200, r.text
    listed = await dctx.client.get("/api/v1/models", headers=dctx.demo.headers(cell_user))
    assert sorted(m["id"] for m in listed.json()["items"]) == sorted([decided, open_model])
    # Run again (every `dvk migrate` does): nothing left to complete.
    assert await _backfill(dctx) == 0


async def test_a_decided_model_whose_answer_changed_since_keeps_its_units_unknown(dctx: DecisionCtx) -> None:
    decided = await _recognised(dctx, "125-QĐ/ĐU")
    # Decided under another deciding unit than the policy names today (the tree or the rules changed since).
    await _as_before_0013(dctx, decided, deciding_unit_id=dctx.demo.unit("QT-VL-HU"))
    assert await _backfill(dctx) == 0
    assert await _roles(dctx, decided) == (None, None, dctx.demo.unit("QT-VL-HU"))


async def test_models_with_their_units_are_left_alone(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    before = await _roles(dctx, str(model["id"]))
    assert before[0] == dctx.demo.unit(CELL)
    assert await _backfill(dctx) == 0
    assert await _roles(dctx, str(model["id"])) == before
