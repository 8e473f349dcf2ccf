"""Correcting a reported indicator value: the unit's registrants and administrators change what was reported
(If-Match on the value's version), and what it replaced is kept with who corrected it, when and why."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Forbidden, Unprocessable
from app.core.writes import flush_versioned
from app.indicators.messages import NO_CHANGE, NOT_REPORTER
from app.indicators.schemas import IndicatorValueCorrection as CorrectionBody
from app.indicators.schemas import IndicatorValueRead
from app.indicators.service import LocatedValue, check_value, may_report, read_value
from app.models import IndicatorValue, IndicatorValueCorrection
from app.policy.principal import Caller

FIELDS = ("value", "occurred_on", "held_by", "attendance", "minutes", "document_ref", "note")


def evidence(value: IndicatorValue) -> dict[str, Any]:
    """The value's fields as stored (JSON-ready: the date as YYYY-MM-DD)."""
    fields = {name: getattr(value, name) for name in FIELDS}
    return fields | {"occurred_on": value.occurred_on.isoformat()}


async def correct_value(
    session: AsyncSession, caller: Caller, found: LocatedValue, body: CorrectionBody
) -> IndicatorValueRead:
    """Apply a correction (the caller checked If-Match): 403 for one who may not report for the unit, 422 for
    a correction that changes nothing or gives a value the indicator does not take; the value's version moves."""
    value = found.value
    if not may_report(caller, value.unit_path):
        raise Forbidden(NOT_REPORTER, code="not_indicator_reporter")
    changes = {name: new for name, new in body.changes().items() if getattr(value, name) != new}
    if not changes:
        raise Unprocessable(NO_CHANGE, code="no_change")
    check_value(found.indicator, changes.get("value", value.value), changes.get("occurred_on", value.occurred_on))
    session.add(
        IndicatorValueCorrection(
            value_id=value.id,
            version=value.version + 1,
            previous=evidence(value),
            reason=body.reason,
            corrected_by_id=caller.id,
        )
    )
    for name, new in changes.items():
        setattr(value, name, new)
    await flush_versioned(session)
    return await read_value(session, found)
