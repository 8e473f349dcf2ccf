"""Shared bounded types: every id is a positive BIGINT, so anything larger is refused as bad input (422)
instead of overflowing in the database (a 500)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, Strict

MAX_ID = 2**63 - 1  # the largest BIGINT; also the bound of every other integer parameter
# A unit id in a JSON body: a JSON number only. FastAPI validates a parsed body in pydantic's Python mode,
# whose lax rules would read `true` as 1 and "1" as 1; Strict() refuses both (422). Every integer and number
# of a request body is strict so (StrictInt, StrictFloat; tests/core/test_strict_numbers.py walks them all).
UnitId = Annotated[int, Strict(), Field(ge=1, le=MAX_ID, description="A unit id.")]
# A unit id in a query or path parameter: text, read as a number.
UnitIdParam = Annotated[int, Field(ge=1, le=MAX_ID, description="A unit id.")]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    """Refuse what pydantic's lax date would read otherwise (a Unix time such as `0`, a datetime)."""
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise ValueError("expected an ISO 8601 date, YYYY-MM-DD")
    if not isinstance(value, (str, date)):
        raise ValueError("expected an ISO 8601 date, YYYY-MM-DD")
    return value


# A calendar date written YYYY-MM-DD, and only so (query parameters; 422 otherwise).
IsoDate = Annotated[date, BeforeValidator(_iso_date_only)]
