"""Numbers in a JSON body are JSON numbers: `true`, `false` and `"1"` for an integer or number field are 422.

FastAPI validates a parsed body in pydantic's Python mode, whose lax rules read `true` as 1 and `"1"` as 1
(fuzzing found `models_per_unit_max: false` accepted on PUT /campaigns/{id}/targets). Every integer, number and
boolean of every JSON request body is strict (StrictInt, StrictFloat, StrictBool, `core.types.UnitId`): the walk
below reads the validator FastAPI uses for each operation's body, nested models included, so a new lax field
fails here. Query and path parameters are text and stay lax (`?unit=12` is read as 12).
"""

from __future__ import annotations

import functools
from typing import Any

import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from sqlalchemy import select

from app.models import Campaign, Unit
from tests.registry.conftest import make_campaign
from tests.support.app import get_app

API = "/api/v1"
NUMERIC = ("int", "float", "bool")


def _walk(node: Any, where: str, defs: dict[str, Any], strict: bool, seen: set[Any], out: dict[str, bool]) -> None:
    """Record every int/float/bool node of a core schema with whether it is strict (its own flag or its model's)."""
    if isinstance(node, list):
        for item in node:
            _walk(item, where, defs, strict, seen, out)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("type")
    if kind == "definitions":
        defs.update({d["ref"]: d for d in node["definitions"]})
        _walk(node["schema"], where, defs, strict, seen, out)
    elif kind == "definition-ref":
        if (node["schema_ref"], strict) not in seen:
            seen.add((node["schema_ref"], strict))
            _walk(defs.get(node["schema_ref"]), where, defs, strict, seen, out)
    elif kind == "model":
        config = node.get("config") or {}
        name = f"{where}.{node['cls'].__name__}" if where else node["cls"].__name__
        _walk(node["schema"], name, defs, config.get("strict", strict), seen, out)
    elif kind == "model-fields":
        for name, field in node["fields"].items():
            _walk(field["schema"], f"{where}.{name}", defs, strict, seen, out)
    elif kind in NUMERIC:
        out[f"{where} ({kind})"] = bool(node.get("strict", strict))
    else:
        for key, value in node.items():
            if key not in ("metadata", "serialization", "cls", "ref"):
                _walk(value, where, defs, strict, seen, out)


@functools.cache
def _body_fields() -> dict[str, bool]:
    """Every numeric field of every JSON request body → strict or not."""
    out: dict[str, bool] = {}
    for context in iter_route_contexts(get_app().routes):
        route = context.original_route
        if isinstance(route, APIRoute) and route.body_field is not None:
            _walk(route.body_field._type_adapter.core_schema, "", {}, False, set(), out)
    return out


def test_every_number_of_every_json_body_is_strict() -> None:
    fields = _body_fields()
    # The walk reaches nested bodies and the fields the fuzzing and the issue named.
    for expected in (
        "CampaignTargetsWrite.models_per_unit_max (int)",
        "CampaignTargetsWrite.targets.CategoryTargetWrite.share_percent (float)",
        "ReviewCreate.candidates.CandidateCreate.scores.CriterionScore.criterion (int)",
        "TransitionRequest.survey.SurveyCreate.latitude (float)",
        "DecisionCreate.issuing_unit_id (int)",
        "UserCreate.roles.RoleAssignmentCreate.unit_id (int)",
        "DecisionCreate.publish (bool)",
    ):
        assert expected in fields, expected
    assert sorted(name for name, strict in fields.items() if not strict) == []


@pytest.mark.parametrize("bad", [False, True, "1", "3", 2.5])
async def test_the_targets_put_refuses_a_boolean_or_a_string_count(client, demo, session, bad) -> None:
    campaign_id = (await make_campaign(session, "QT-VL")).id
    url = f"{API}/campaigns/{campaign_id}/targets"
    before = await session.scalar(select(Campaign.version).where(Campaign.id == campaign_id))
    await session.rollback()
    body = {"targets": [], "models_per_unit_min": 1, "models_per_unit_max": bad}
    r = await client.put(url, json=body, headers=demo.headers("demo.admin", **{"If-Match": f'"{before}"'}))
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_failed"
    assert [e["pointer"] for e in r.json()["errors"]] == ["#/models_per_unit_max"]
    assert await session.scalar(select(Campaign.version).where(Campaign.id == campaign_id)) == before
    await session.rollback()
    # A JSON number is still read, and an integer for a number field (share_percent) too.
    good = {"targets": [{"category_code": "agencies_units", "comparator": "gte", "share_percent": 90}]}
    r = await client.put(
        url,
        json=good | {"models_per_unit_min": 1, "models_per_unit_max": 3},
        headers=demo.headers("demo.admin", **{"If-Match": f'"{before}"'}),
    )
    assert r.status_code == 200, r.text
    assert r.json()["models_per_unit_max"] == 3


@pytest.mark.parametrize(
    ("field", "bad"),
    [("parent_id", True), ("parent_id", "1"), ("party_org_id", False), ("party_org_id", "12")],
)
async def test_a_unit_id_in_a_body_is_a_json_number(client, demo, session, field, bad) -> None:
    body: dict[str, Any] = {"code": "QT-VL-VT-MOI", "name": "Thôn Mới", "kind_code": "village"}
    body |= {"parent_id": demo.unit("QT-VL-VT"), field: bad}
    r = await client.post(f"{API}/units", json=body, headers=demo.headers("demo.admin"))
    assert r.status_code == 422, r.text
    assert f"#/{field}" in [e.get("pointer") for e in r.json()["errors"]]
    assert await session.scalar(select(Unit.id).where(Unit.code == "QT-VL-VT-MOI")) is None


async def test_a_nested_score_is_a_json_number(client, demo, session) -> None:
    campaign = await make_campaign(session, "QT-VL")
    body = {
        "holding_unit_id": demo.unit("QT-VL"),
        "campaign_id": str(campaign.id),
        "year": campaign.cycles[0].year,
        "title": "Hội nghị bình xét",
        "held_on": "2025-10-08",
        "chair": "Lê Văn Cường",
        "secretary": "Hoàng Văn Em",
        "members": [{"full_name": "Lê Văn Cường", "title": "Chuyên viên", "unit_id": "7"}],
        "candidates": [
            {
                "model_id": "00000000-0000-0000-0000-000000000001",
                "scores": [{"criterion": True, "score": "9"}],
            }
        ],
    }
    r = await client.post(f"{API}/reviews", json=body, headers=demo.headers("demo.mobiliser"))
    assert r.status_code == 422, r.text
    assert sorted(e["pointer"] for e in r.json()["errors"]) == [
        "#/candidates/0/scores/0/criterion",
        "#/candidates/0/scores/0/score",
        "#/members/0/unit_id",
    ]


def _parameters() -> dict[str, bool]:
    """Every numeric query, path and header parameter → strict or not."""
    out: dict[str, bool] = {}

    def collect(dependant: Any, where: str) -> None:
        for param in (*dependant.query_params, *dependant.path_params, *dependant.header_params):
            _walk(param._type_adapter.core_schema, f"{where} {param.alias}", {}, False, set(), out)
        for sub in dependant.dependencies:
            collect(sub, where)

    for context in iter_route_contexts(get_app().routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            collect(route.dependant, context.path_format)
    return out


def test_no_query_or_path_parameter_is_strict() -> None:
    params = _parameters()
    assert "/api/v1/models unit (int)" in params
    assert sorted(name for name, strict in params.items() if strict) == []


async def test_query_parameters_are_text_and_still_read_as_numbers(client, demo) -> None:
    unit = demo.unit("QT-VL")
    for url in (f"{API}/models?unit={unit}&limit=5", f"{API}/reviews?holding_unit_id={unit}", f"{API}/units/{unit}"):
        r = await client.get(url, headers=demo.headers("demo.admin"))
        assert r.status_code == 200, (url, r.text)
