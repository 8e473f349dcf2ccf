"""The event catalogue is the contract of every event: each type written anywhere in app/ is in it, each move of
the workflow table has its type, names never change, each example fits its payload, no payload carries
private data, and record_event refuses what the catalogue does not declare (writing nothing)."""

from __future__ import annotations

import ast
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from app.confirmations.service import EVENTS as CONFIRMATION_EVENTS
from app.events import payloads
from app.events.catalogue import CATALOGUE, RESOURCES, UnknownEventType
from app.events.examples import PAYLOADS
from app.events.moves import MOVE_EVENTS
from app.events.service import record_event
from app.models import Event
from app.policy.visibility import EVENT_SUBJECTS
from app.workflow.table import TRANSITIONS

APP = Path(__file__).resolve().parents[2] / "app"
NAME = re.compile(r"[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*")
# record_event and the domain helpers that pass a type through to it (reviews.guards.record, campaigns.events.
# record, units.service._record, plans.service.plan_event).
WRITERS = {"record_event", "record", "_record", "plan_event"}
# Published names and versions: a name is never renamed or removed, a version never goes back.
PUBLISHED = {
    "model.created": 1,
    "model.updated": 1,
    "model.submitted": 1,
    "model.accepted": 1,
    "model.returned": 1,
    "model.results-reported": 1,
    "model.surveyed": 1,
    "model.withdrawn": 1,
    "model.nominated": 1,
    "model.recognised": 1,
    "model.not-recognised": 1,
    "exemplar.recognised": 1,
    "exemplar.commended": 1,
    "model.decision-revoked": 1,
    "exemplar.commendation-revoked": 1,
    "model.followed-up": 1,
    "evidence.added": 1,
    "evidence.deleted": 1,
    "review.opened": 1,
    "review.updated": 1,
    "review.closed": 1,
    "decision.issued": 1,
    "decision.revoked": 1,
    "decision.document-attached": 1,
    "decision.documents-issued": 1,
    "unit.created": 1,
    "unit.updated": 1,
    "unit.moved": 1,
    "unit.closed": 1,
    "unit.reopened": 1,
    "campaign.created": 1,
    "campaign.updated": 1,
    "registration-list.sent": 1,
    "indicator-value.reported": 1,
    "model.confirmed": 1,
    "model.confirmation-withdrawn": 1,
    "evidence.confirmed": 1,
    "evidence.confirmation-withdrawn": 1,
    "plan.recorded": 1,
    "plan.corrected": 1,
    "plan.document-attached": 1,
    "plan.deleted": 1,
}
PRIVATE = {"email", "phone", "password", "username", "full_name", "actor", "actor_id", "user_id", "candidates"}


def _calls() -> list[tuple[str, ast.Call]]:
    """Every call of a writer in app/ outside app/events, with where it is."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        if path.parent.name == "events":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func_name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if func_name in WRITERS:
                    found.append((f"{path.relative_to(APP.parent)}:{node.lineno}", node))
    return found


def _literal_types() -> dict[str, list[str]]:
    """Each event type written as a literal in app/, and where."""
    types: dict[str, list[str]] = {}
    for where, call in _calls():
        for arg in call.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and NAME.fullmatch(arg.value):
                types.setdefault(arg.value, []).append(where)
    return types


def test_every_type_written_in_app_is_in_the_catalogue_and_every_entry_is_written() -> None:
    written = _literal_types()
    assert len(written) >= 15, written
    unknown = {name: where for name, where in written.items() if name not in CATALOGUE}
    assert not unknown, f"event types missing from app/events/catalogue.py: {unknown}"
    # the confirmations' types are looked up by kind (app/confirmations/service.py EVENTS)
    by_kind = {name for _, *names in CONFIRMATION_EVENTS.values() for name in names}
    assert set(CATALOGUE) == set(written) | set(MOVE_EVENTS.values()) | by_kind, "catalogue entries nothing writes"


def test_record_event_is_always_given_a_catalogued_type() -> None:
    """Its type argument is a literal (checked above), a helper's parameter, or the workflow's MOVE_EVENTS."""
    for where, call in _calls():
        if getattr(call.func, "attr", None) != "record_event" and getattr(call.func, "id", None) != "record_event":
            continue
        kind = call.args[1]
        if isinstance(kind, ast.Subscript):
            assert isinstance(kind.value, ast.Name) and kind.value.id == "MOVE_EVENTS", where
        else:
            assert isinstance(kind, ast.Constant | ast.Name), f"{where}: an event type built at run time"
        resource = next((k.value for k in call.keywords if k.arg == "resource_type"), None)
        if isinstance(kind, ast.Constant) and isinstance(resource, ast.Constant):
            assert CATALOGUE[kind.value].resource == resource.value, where


def test_every_move_of_the_workflow_table_has_its_model_event() -> None:
    assert set(MOVE_EVENTS) == {t.action for t in TRANSITIONS}
    assert len(set(MOVE_EVENTS.values())) == len(MOVE_EVENTS)
    for name in MOVE_EVENTS.values():
        assert CATALOGUE[name].resource == "model"
        assert CATALOGUE[name].payload is payloads.ModelMovedPayload


def test_names_are_stable_and_well_formed() -> None:
    for name, version in PUBLISHED.items():
        assert name in CATALOGUE, f"{name} was published: it may not be renamed or removed"
        assert CATALOGUE[name].version >= version
    for name, entry in CATALOGUE.items():
        assert NAME.fullmatch(name) and entry.name == name
        assert entry.resource in RESOURCES
        assert entry.description.vi and entry.description.en and entry.description.vi != entry.description.en


def test_each_resource_type_has_its_visibility() -> None:
    assert set(EVENT_SUBJECTS) == set(RESOURCES)
    for resource, follows in RESOURCES.items():
        assert (EVENT_SUBJECTS[resource] is None) == (follows is None), resource


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_each_example_is_exactly_its_payload(name: str) -> None:
    entry = CATALOGUE[name]
    validated = entry.payload.model_validate(PAYLOADS[name])
    assert validated.model_dump(mode="json", by_alias=True) == PAYLOADS[name]


def test_no_payload_declares_private_data() -> None:
    for entry in CATALOGUE.values():
        fields = set(entry.payload.model_json_schema(by_alias=True).get("properties", {}))
        assert not fields & PRIVATE, f"{entry.name}: {fields & PRIVATE}"


async def test_record_event_refuses_what_the_catalogue_does_not_declare(session: Any) -> None:
    before = await session.scalar(select(func.count()).select_from(Event))
    common: dict[str, Any] = {"unit_path": "/1/", "actor_id": None, "request_id": None}
    with pytest.raises(UnknownEventType):
        await record_event(session, "model.approved", resource_type="model", resource_id=uuid.uuid4(), **common)
    with pytest.raises(ValueError, match="about a model"):
        await record_event(
            session, "model.created", resource_type="unit", resource_id=1, data={"code": "DVK-2026-000001"}, **common
        )
    with pytest.raises(ValidationError):  # a field the payload lacks: a leak waiting to happen
        await record_event(
            session,
            "model.created",
            resource_type="model",
            resource_id=uuid.uuid4(),
            data={"code": "DVK-2026-000001", "email": "lan@example.vn"},
            **common,
        )
    with pytest.raises(ValidationError):
        await record_event(
            session, "evidence.added", resource_type="evidence", resource_id=uuid.uuid4(), data={}, **common
        )
    assert await session.scalar(select(func.count()).select_from(Event)) == before


async def test_record_event_stores_the_payload_its_version_and_the_subject_it_follows(session: Any) -> None:
    model_id, file_id = uuid.uuid4(), uuid.uuid4()
    event = await record_event(
        session,
        "evidence.deleted",
        resource_type="evidence",
        resource_id=file_id,
        unit_path="/1/",
        actor_id=None,
        request_id="r-1",
        data={"model_id": model_id, "kind": "model_photo", "sha256": "a" * 64},
    )
    assert (event.version, event.resource_id, event.subject_id) == (1, str(file_id), model_id)
    assert event.data == {"model_id": str(model_id), "kind": "model_photo", "sha256": "a" * 64}
    unit = await record_event(
        session, "unit.reopened", resource_type="unit", resource_id=7, unit_path="/1/7/", actor_id=None, request_id=None
    )
    assert (unit.resource_id, unit.subject_id, unit.data) == ("7", None, {})
    await session.rollback()
