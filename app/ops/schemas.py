"""The answers of /healthz and /readyz (their failures are problems: 503 `database_unreachable`, …)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# The read replica as /readyz reports it (app/core/replica.py).
ReplicaState = Literal["none", "ok", "lagging", "down"]


class Liveness(BaseModel):
    """The process is alive."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str = Field(description="Always `ok`.")


class Readiness(BaseModel):
    """The database answers and its schema is at the newest migration; the read replica's state."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "status": "ready",
                    "database": "ok",
                    "migration": "2026_11_30_0042",
                    "replica": "ok",
                    "replica_lag_seconds": 0.0,
                }
            ]
        }
    )

    status: str = Field(description="Always `ready` (a database not ready is a 503 problem).")
    database: str = Field(description="Always `ok`.")
    migration: str = Field(description="The Alembic revision the database is at (the code's newest).")
    replica: ReplicaState = Field(
        description="The read replica (`DVK_DATABASE_REPLICA_URL`): `none` when not configured, `ok`, `lagging` "
        "(further behind than `DVK_REPLICA_MAX_LAG_SECONDS`) or `down`. Reads go to the primary unless `ok`; the "
        "API stays ready either way."
    )
    replica_lag_seconds: float | None = Field(
        description="The replica's replay lag found by this check; null without a replica, or when down."
    )
