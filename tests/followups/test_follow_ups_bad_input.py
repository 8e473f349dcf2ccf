"""Bad input to POST /models/{id}/follow-ups: each gets a clear 422 with a pointer, and changes nothing (no
follow-up, no history row, no event, the model's version as it was)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.registry.conftest import TODAY

OTHER_FILE = "00000000-0000-4000-8000-000000000001"

CASES: list[tuple[str, dict[str, Any], str, str]] = [
    (
        "future visit",
        {"visited_on": str(TODAY + timedelta(days=2)), "request_due_on": str(TODAY + timedelta(days=9))},
        "visit_in_future",
        "#/visited_on",
    ),
    ("due without request", {"request": None}, "due_without_request", "#/request_due_on"),
    (
        "due before the visit",
        {"visited_on": str(TODAY - timedelta(days=3)), "request_due_on": str(TODAY - timedelta(days=4))},
        "due_before_visit",
        "#/request_due_on",
    ),
    ("a file of no model", {"evidence_ids": [OTHER_FILE]}, "unknown_evidence", "#/evidence_ids/0"),
    ("an unknown request", {"resolves": [OTHER_FILE]}, "not_an_open_request", "#/resolves/0"),
    ("unknown kind", {"kind": "audit"}, "value_error", "#/kind"),
    ("kind not a string", {"kind": 3}, "string_type", "#/kind"),
    ("no findings", {"findings": "   "}, "string_too_short", "#/findings"),
    ("findings too long", {"findings": "x" * 20001}, "string_too_long", "#/findings"),
    ("empty request", {"request": ""}, "string_too_short", "#/request"),
    ("visit as a number", {"visited_on": 0}, "value_error", "#/visited_on"),
    ("visit as a datetime", {"visited_on": f"{TODAY}T08:00:00"}, "value_error", "#/visited_on"),
    ("too many participants", {"participants": ["Lê Văn A"] * 31}, "too_long", "#/participants"),
    ("a participant's name too long", {"participants": ["x" * 201]}, "string_too_long", "#/participants/0"),
    ("a file id that is no id", {"evidence_ids": ["ảnh-1"]}, "uuid_parsing", "#/evidence_ids/0"),
    ("an unknown field", {"state": "surveyed"}, "extra_forbidden", "#/state"),
]


async def _written(session: Any) -> tuple[int, int, int]:
    from app.models import Event, FollowUp, ModelHistory

    counts = []
    for table in (FollowUp, ModelHistory, Event):
        counts.append(int(await session.scalar(select(func.count()).select_from(table)) or 0))
    return counts[0], counts[1], counts[2]


@pytest.mark.parametrize(("over", "code", "pointer"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_bad_input_is_refused_and_changes_nothing(fu, session, over, code, pointer) -> None:
    mid = await fu.model_in("implementing")
    before, written = await fu.model(mid), await _written(session)
    problem = (await fu.record(mid, expect=422, **over)).json()
    assert problem["code"] == "validation_failed", problem
    assert [(e["code"], e["pointer"]) for e in problem["errors"]] == [(code, pointer)]
    after = await fu.model(mid)
    assert after.headers["ETag"] == before.headers["ETag"] and after.json()["follow_up_count"] == 0
    assert await _written(session) == written


async def test_a_file_of_another_model_is_not_the_models_own(fu, session) -> None:
    mid = await fu.model_in("implementing")
    other = await fu.model_in("registered")
    files = (await fu.client.get(f"/api/v1/models/{other}/evidence", headers=fu.headers("demo.viewer"))).json()
    problem = (await fu.record(mid, expect=422, evidence_ids=[files["items"][0]["id"]])).json()
    assert problem["errors"][0]["code"] == "unknown_evidence"
    assert (await fu.model(mid)).json()["follow_up_count"] == 0


async def test_every_fault_is_reported_at_once(fu) -> None:
    mid = await fu.model_in("implementing")
    problem = (
        await fu.record(
            mid,
            expect=422,
            visited_on=str(TODAY + timedelta(days=1)),
            request=None,
            evidence_ids=[OTHER_FILE],
            resolves=[OTHER_FILE],
        )
    ).json()
    assert [e["code"] for e in problem["errors"]] == [
        "visit_in_future",
        "due_without_request",
        "unknown_evidence",
        "not_an_open_request",
    ]


@pytest.mark.parametrize(
    "params",
    [{"kind": "audit"}, {"open": "maybe"}, {"due_before": "0"}, {"due_before": "07/12/2026"}, {"limit": "0"}],
)
async def test_bad_list_parameters_are_refused(fu, params) -> None:
    r = await fu.client.get("/api/v1/follow-ups", params=params, headers=fu.headers("demo.viewer"))
    assert r.status_code == 422 and r.json()["code"] == "validation_failed"


async def test_an_unknown_unit_filter_is_404(fu) -> None:
    r = await fu.client.get("/api/v1/follow-ups", params={"unit": 2**62}, headers=fu.headers("demo.viewer"))
    assert r.status_code == 404 and r.json()["code"] == "unit_not_found"
