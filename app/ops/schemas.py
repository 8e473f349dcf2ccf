"""The answers of /healthz and /readyz (their failures are problems: 503 `database_unreachable`, …)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Liveness(BaseModel):
    """The process is alive."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str = Field(description="Always `ok`.")


class Readiness(BaseModel):
    """The database answers and its schema is at the newest migration."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "ready", "database": "ok", "migration": "2026_11_30_0042"}]}
    )

    status: str = Field(description="Always `ready` (a database not ready is a 503 problem).")
    database: str = Field(description="Always `ok`.")
    migration: str = Field(description="The Alembic revision the database is at (the code's newest).")
