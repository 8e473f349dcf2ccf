"""A user's move of a model (POST /models/{id}/transitions): the facts and effects the registry owns,
around the workflow service that checks and applies it.

The registry gathers what the guards need from the campaign (today's date in its time zone, the open
registration window, whether a report is late), hands the move to `app.workflow.service`, and applies
what the move changes besides the state (submitted_at, the reported results, the survey) once every
check passed. A withdrawn model no longer counts as a replication: the model it replicated gets a new version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns import repository as campaigns
from app.campaigns.schedule import is_late, local_today, open_window, windows_text
from app.core.context import RequestContext
from app.criteria.schemas import general_total, sorted_scores
from app.models import ModelHistory, RegisteredModel, Survey
from app.policy.principal import Caller
from app.registry.repository import replications_changed
from app.registry.schemas import SurveyCreate, TransitionRequest
from app.workflow import service as workflow
from app.workflow.states import State
from app.workflow.table import Transition


async def schedule_of(session: AsyncSession, model: RegisteredModel, now: datetime) -> workflow.Schedule:
    """The model's cycle calendar on the day of the move."""
    calendar = await campaigns.calendar_of(session, model.cycle_id)
    assert calendar is not None
    today = local_today(calendar, now)
    return workflow.Schedule(
        today=today,
        window_open=open_window(calendar, today) is not None,
        windows_text=windows_text(calendar),
        late=is_late(calendar, today),
    )


async def transition(
    session: AsyncSession, ctx: RequestContext, caller: Caller, model: RegisteredModel, body: TransitionRequest
) -> ModelHistory:
    """Check and apply one move the caller asks for; returns its history row."""
    now = datetime.now(UTC)
    schedule = await schedule_of(session, model, now)

    async def effects(row: Transition) -> dict[str, Any]:
        return await _effects(session, caller, model, row, body, schedule, now)

    move = workflow.MoveRequest(body.action, body.reason, body.model_dump(mode="json"))
    entry = await workflow.apply_transition(session, ctx, caller, model, move, schedule, effects)
    if entry.to_state == State.WITHDRAWN.value != entry.from_state:
        await replications_changed(session, model.replicates_id)
    return entry


async def _effects(
    session: AsyncSession,
    caller: Caller,
    model: RegisteredModel,
    row: Transition,
    body: TransitionRequest,
    schedule: workflow.Schedule,
    now: datetime,
) -> dict[str, Any]:
    details: dict[str, Any] = {}
    if row.action == "submit":
        model.submitted_at = now
    elif row.action == "report_results":
        model.results = [r.model_dump(mode="json") for r in body.results or []]
        model.results_report = body.results_report
        model.reported_at = now
        model.is_late = schedule.late
        details["late"] = model.is_late
    elif row.action == "record_survey":
        assert body.survey is not None
        survey = add_survey(session, caller, model, body.survey)
        details["survey_id"] = str(survey.id)
        details["total_score"] = survey.total_score
    return details


def add_survey(session: AsyncSession, caller: Caller, model: RegisteredModel, data: SurveyCreate) -> Survey:
    """Store a survey of the model (part of record_survey)."""
    survey = Survey(
        model_id=model.id,
        surveyed_on=data.surveyed_on,
        officers=data.officers,
        findings=data.findings,
        scores=sorted_scores(s.model_dump(mode="json") for s in data.scores),
        total_score=general_total(s.model_dump(mode="json") for s in data.scores),
        latitude=data.latitude,
        longitude=data.longitude,
        recorded_by_id=caller.id,
    )
    session.add(survey)
    return survey
