"""The read replica's rules that need no replica (both databases): the settings it refuses, WAL positions, which
database a read goes to when nothing is known of the replica. The real replica is tested in test_replica.py."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.config import Settings
from app.core.db import Database
from app.core.replica import format_lsn, parse_lsn

PG = "postgresql://dvk@db.example.vn/dvk"
REPLICA = "postgresql://dvk@replica.example.vn/dvk"


def test_a_replica_is_refused_beside_the_embedded_sqlite_database(monkeypatch: Any) -> None:
    monkeypatch.delenv("DVK_DATABASE_URL", raising=False)
    with pytest.raises(ValueError, match="DVK_DATABASE_REPLICA_URL needs PostgreSQL"):
        Settings(database_url="", database_replica_url=REPLICA)
    with pytest.raises(ValueError, match="DVK_DATABASE_REPLICA_URL needs PostgreSQL"):
        Settings(database_url="sqlite:///data/dvk.sqlite3", database_replica_url=REPLICA)
    with pytest.raises(ValueError, match="DVK_DATABASE_REPLICA_URL needs PostgreSQL"):
        Settings(database_url=PG, database_replica_url="sqlite:///elsewhere.sqlite3")
    with pytest.raises(ValueError, match="a read replica needs PostgreSQL"):
        Database("sqlite+aiosqlite:///nowhere.sqlite3", replica_url="postgresql+asyncpg://x@127.0.0.1:1/x")


def test_replica_settings() -> None:
    settings = Settings(database_url=PG, database_replica_url=REPLICA)
    assert settings.effective_replica_url == "postgresql+asyncpg://dvk@replica.example.vn/dvk"
    assert (settings.replica_max_lag_seconds, settings.replica_sticky_seconds) == (5.0, 10.0)
    assert Settings(database_url=PG).effective_replica_url == ""
    with pytest.raises(ValueError, match="DVK_REPLICA_STICKY_SECONDS must be at least"):
        Settings(database_url=PG, database_replica_url=REPLICA, replica_max_lag_seconds=30, replica_sticky_seconds=10)
    with pytest.raises(ValueError):
        Settings(replica_check_interval_seconds=0)


@pytest.mark.parametrize(
    ("text", "value"),
    [("0/0", 0), ("0/3A2F1C8", 0x3A2F1C8), ("16/B374D848", (0x16 << 32) + 0xB374D848), ("ff/ffffffff", 2**40 - 1)],
)
def test_wal_positions_round_trip(text: str, value: int) -> None:
    assert parse_lsn(text) == value
    assert format_lsn(value) == text.upper()


@pytest.mark.parametrize("text", [None, "", "0/", "/1", "1/2/3", "G/1", "123456789/0", "0/1; Path=/", " 0/1"])
def test_malformed_positions_are_ignored(text: str | None) -> None:
    assert parse_lsn(text) is None


@pytest.mark.postgres_only
@pytest.mark.committing  # a second Database must see the demo users
async def test_reads_go_to_the_primary_until_the_replica_was_checked(client: Any, demo: Any, database: Any) -> None:
    """A replica nobody has checked yet (a process just started) is not used: the first reads go to the primary,
    and start the check in the background."""
    from app.core.db import set_database

    db = Database(database.url, replica_url="postgresql+asyncpg://postgres@127.0.0.1:1/none")
    set_database(db)
    try:
        r = await client.get("/api/v1/units", headers=demo.headers("demo.admin"))
        assert r.status_code == 200, r.text
        assert db.replica is not None
        assert db.replica.status.state in ("unknown", "down")
    finally:
        set_database(database)
        await db.dispose()
