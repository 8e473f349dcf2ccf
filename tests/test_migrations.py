"""The migrations build exactly the schema the models describe, and can be undone and redone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.core.db import create_engine
from app.core.migrations import current_revision, downgrade, head_revision, upgrade
from app.models import Base

HARNESS = Path(__file__).resolve().parent / "conftest.py"


@pytest.fixture
def scratch_database(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """The harness's create_scratch_database, from the conftest module pytest loaded.

    Not `import conftest` (another folder's conftest may hold that name) nor `tests.conftest`
    (a second copy would re-run the harness set-up and never drop its databases).
    """
    harness = request.config.pluginmanager.get_plugin(str(HARNESS))
    assert harness is not None, f"{HARNESS} is not loaded"
    return harness.create_scratch_database


async def _tables_and_revision(url: str) -> tuple[set[str], str | None]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            tables = set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        return tables - {"alembic_version"}, await current_revision(engine)
    finally:
        await engine.dispose()


async def test_upgrade_downgrade_upgrade_round_trip(scratch_database) -> None:
    url = await anyio.to_thread.run_sync(scratch_database, "roundtrip")
    model_tables = set(Base.metadata.tables)

    await anyio.to_thread.run_sync(upgrade, url)
    tables, revision = await _tables_and_revision(url)
    assert tables == model_tables
    assert revision == head_revision()

    await anyio.to_thread.run_sync(downgrade, url)
    tables, revision = await _tables_and_revision(url)
    assert tables == set(), f"downgrade to base left tables behind: {sorted(tables)}"
    assert revision is None

    await anyio.to_thread.run_sync(upgrade, url)
    tables, revision = await _tables_and_revision(url)
    assert tables == model_tables
    assert revision == head_revision()


def _diff(connection: Any) -> list[Any]:
    options = {"compare_type": True, "compare_server_default": True}
    context = MigrationContext.configure(connection, opts=options)
    return compare_metadata(context, Base.metadata)


async def test_models_and_migrations_agree(scratch_database) -> None:
    url = await anyio.to_thread.run_sync(scratch_database, "autogen")
    await anyio.to_thread.run_sync(upgrade, url)
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            diff = await conn.run_sync(_diff)
    finally:
        await engine.dispose()
    assert diff == [], "the models differ from the migrated schema; write a migration:\n" + "\n".join(map(repr, diff))
