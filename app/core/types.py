"""Shared bounded types: every id is a positive BIGINT, so anything larger is refused as bad input (422)
instead of overflowing in the database (a 500)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

MAX_ID = 2**63 - 1  # the largest BIGINT; also the bound of every other integer parameter
UnitId = Annotated[int, Field(ge=1, le=MAX_ID, description="A unit id.")]
