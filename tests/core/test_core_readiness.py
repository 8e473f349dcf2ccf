"""/healthz answers while the process lives; /readyz only when the database is usable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest

from app.core.db import Database, get_database, set_database

HARNESS = Path(__file__).resolve().parents[1] / "conftest.py"


@pytest.fixture
def scratch_database(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """The harness's create_scratch_database, from the conftest module pytest loaded.

    Not `import conftest` (another folder's conftest may hold that name) nor `tests.conftest`
    (a second copy would re-run the harness set-up and never drop its databases).
    """
    harness = request.config.pluginmanager.get_plugin(str(HARNESS))
    assert harness is not None, f"{HARNESS} is not loaded"
    return harness.create_scratch_database


async def _readyz_on(client: Any, url: str) -> Any:
    previous = get_database()
    scratch = Database(url)
    set_database(scratch)
    try:
        return await client.get("/readyz")
    finally:
        set_database(previous)
        await scratch.dispose()


async def test_readyz_is_ready_on_the_migrated_database(client) -> None:
    r = await client.get("/readyz")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "ready"


async def test_readyz_is_503_when_migrations_are_not_at_head(client, scratch_database) -> None:
    url = await anyio.to_thread.run_sync(scratch_database, "ready")
    r = await _readyz_on(client, url)
    assert r.status_code == 503, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "migrations_pending"
    assert r.json()["request_id"] == r.headers["x-request-id"]
    assert r.headers["cache-control"] == "no-store"
    assert r.headers["x-content-type-options"] == "nosniff"
    # The app's own database is back in place.
    assert (await client.get("/readyz")).status_code == 200


async def test_readyz_is_503_when_the_database_is_unreachable(client, tmp_path) -> None:
    r = await _readyz_on(client, f"sqlite+aiosqlite:///{tmp_path}/missing-dir/none.sqlite3")
    assert r.status_code == 503, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["code"] == "database_unreachable"
    assert "missing-dir" not in r.text  # no connection details leak


async def test_healthz_needs_no_database(client) -> None:
    r = await _readyz_on(client, "postgresql+asyncpg://nobody@127.0.0.1:1/none")
    assert r.status_code == 503
    assert (await client.get("/healthz")).json() == {"status": "ok"}
