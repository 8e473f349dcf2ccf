"""What a decision's reader sees of the models it covers: in full only the models they may see; of the
others only how many there are (README "Who sees what")."""

from __future__ import annotations

import json
import uuid
from typing import Any

from app.models import DecisionModel
from tests.decisions.decision_support import DecisionCtx

SECRET_NAME = "Mô hình bí mật của Thị trấn Hồ Xá"


async def _decision_covering_two_communes(dctx: DecisionCtx) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A recognition of a Vĩnh Thạch model that also covers a Hồ Xá model (not recognised)."""
    own = await dctx.surveyed()
    review_id = await dctx.review({own["id"]: "approved"})
    decision = (await dctx.issue(dctx.decision_body("model_recognition", [own["id"]], review_id))).json()
    await dctx.person("hx.registrant", [("registrant", "QT-VL-HX")], home="QT-VL-HX")
    other = await dctx.create("hx.registrant", registrant_unit_id=dctx.demo.unit("QT-VL-HX-KP1"), name=SECRET_NAME)
    await dctx.set_state(other["id"], "not_recognized")
    dctx.session.add(
        DecisionModel(
            decision_id=uuid.UUID(decision["id"]),
            model_id=uuid.UUID(other["id"]),
            position=1,
            from_state="surveyed",
            to_state="not_recognized",
        )
    )
    await dctx.session.commit()
    return decision, own, other


async def test_a_commune_registrant_sees_its_own_model_and_only_the_count_of_the_others(dctx: DecisionCtx) -> None:
    decision, own, other = await _decision_covering_two_communes(dctx)
    r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=dctx.demo.headers("demo.registrant"))
    assert r.status_code == 200, r.text
    read = r.json()
    assert [m["model"]["id"] for m in read["models"]] == [own["id"]]
    assert read["hidden_models"] == 1 and read["model_count"] == 2
    text = json.dumps(read, ensure_ascii=False)
    for secret in (other["id"], other["code"], SECRET_NAME, "not_recognized"):
        assert secret not in text


async def test_a_district_viewer_sees_every_covered_model(dctx: DecisionCtx) -> None:
    decision, own, other = await _decision_covering_two_communes(dctx)
    r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=dctx.demo.headers("demo.viewer"))
    assert r.status_code == 200, r.text
    read = r.json()
    assert [(m["model"]["id"], m["model"]["name"], m["model"]["state"]) for m in read["models"]] == [
        (own["id"], own["name"], "recognized"),
        (other["id"], SECRET_NAME, "not_recognized"),
    ]
    assert read["hidden_models"] == 0
