"""Test harness.

One pytest run exercises one database, chosen by DVK_TEST_DATABASE (sqlite | postgresql); the
test command runs the suite once for each, spread over pytest-xdist workers (`-n`). Every process that
runs tests (each xdist worker, or the one pytest process without `-n`) creates its own throwaway
database (a temp SQLite file, or a `dvk_test_main_<worker>_<random>` PostgreSQL database from
DVK_TEST_POSTGRES_URL), its own data folder and environment (signing key, settings), builds the database
by running the Alembic migrations, and drops it at the end.

Isolation: by default a test runs inside one transaction on one connection, rolled back at the end; the
app's sessions (and the `session` fixture) join it with savepoints, so a commit is a savepoint release
(tests/support/db.py). A test whose writes must be seen by another connection (parallel requests, a live
server or subprocess, a second engine, the TCP fault proxy, migrations, lock and timeout tests) is marked
`committing`: it gets a plain Database, its commits are real, and afterwards every row is removed and the
reference rows the migrations seeded are put back. DVK_TEST_ISOLATION=delete runs every test that way.

Layout: every folder under tests/ mirrors the package of the same name under app/ (tests/decisions tests
app/decisions, and so on). Two folders are infrastructure, not mirrors: tests/support (the harness's
helpers: the shared app, the rolled-back database, a live server, a TCP fault proxy, /proc readings, a
PostgreSQL primary with a streaming replica, a PgBouncer) and
tests/perf (the tests of scripts/generate_data.py, the load-test data generator). Files directly under
tests/ test the app as a whole (smoke, contract, migrations, demo data).
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

DB_KIND = os.environ.get("DVK_TEST_DATABASE", "sqlite")
ADMIN_PG_URL = os.environ.get("DVK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
ISOLATION = os.environ.get("DVK_TEST_ISOLATION", "rollback")
# "gw0", "gw1" … under pytest-xdist; "main" for a run without workers.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
TEST_KID = "test-1"
TEST_SECRET = secrets.token_urlsafe(48)

# Module level runs once per process (each xdist worker imports this file itself): the folder, the secret
# and the environment are that process's, and the servers its tests start inherit them.
_tmpdir = Path(tempfile.mkdtemp(prefix=f"dvk-test-{WORKER}-"))
os.environ.update(
    {
        "DVK_ENV": "test",
        "DVK_JWT_KEYS": json.dumps({TEST_KID: TEST_SECRET}),
        "DVK_JWT_ACTIVE_KID": TEST_KID,
        "DVK_DATA_DIR": str(_tmpdir),
        "DVK_LOG_LEVEL": os.environ.get("DVK_TEST_LOG_LEVEL", "WARNING"),
        "DVK_LOG_JSON": "false",
        # Cheap password hashing in tests only (the production default is argon2-cffi's profile).
        "DVK_ARGON2_TIME_COST": "1",
        "DVK_ARGON2_MEMORY_KIB": "256",
        # Quotas stay on (every request runs the counter) but far above what the suite sends; the quota tests
        # lower them with settings_env.
        **{
            f"DVK_RATE_LIMIT_{name}": "1000000/minute"
            for name in (
                "DEFAULT",
                "CLIENT",
                "ANONYMOUS",
                "CREATE_USER",
                "CREATE_UNIT",
                "UPLOAD_USER",
                "UPLOAD_UNIT",
                "IMPORT_USER",
                "IMPORT_UNIT",
            )
        },
    }
)


def _pg_url(database: str) -> str:
    base, _, _ = ADMIN_PG_URL.rpartition("/")
    return f"{base}/{database}"


async def _pg_admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(ADMIN_PG_URL.replace("+asyncpg", ""), timeout=5)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def create_scratch_database(label: str) -> str:
    """A new empty database of the run's kind; returns its SQLAlchemy URL."""
    if DB_KIND == "sqlite":
        return f"sqlite+aiosqlite:///{_tmpdir / f'{label}-{WORKER}-{secrets.token_hex(4)}.sqlite3'}"
    name = f"dvk_test_{label}_{WORKER}_{secrets.token_hex(4)}"
    asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    _created_pg.append(name)
    return _pg_url(name).replace("postgresql://", "postgresql+asyncpg://", 1)


_created_pg: list[str] = []
DATABASE_URL = ""
REFERENCE_ROWS: dict[str, list[dict[str, Any]]] = {}
REFERENCE_TABLES = (
    "unit_kinds",
    "unit_levels",
    "fields",
    "criteria",
    "authority_profiles",
    "authority_rules",
    "unit_categories",
    "unit_category_kinds",
    "plan_unit_kinds",
)


def _is_xdist_controller(config: pytest.Config) -> bool:
    """True in the process that only hands tests to xdist workers (it needs no database)."""
    return (
        WORKER == "main"
        and bool(getattr(config.option, "numprocesses", None))
        and getattr(config.option, "dist", "no") != "no"
    )


def pytest_configure(config: pytest.Config) -> None:
    """Create and migrate this process's database; snapshot the reference rows."""
    global DATABASE_URL
    if DB_KIND not in ("sqlite", "postgresql"):
        raise pytest.UsageError("DVK_TEST_DATABASE must be sqlite or postgresql")
    if ISOLATION not in ("rollback", "delete"):
        raise pytest.UsageError("DVK_TEST_ISOLATION must be rollback or delete")
    if _is_xdist_controller(config):
        return
    DATABASE_URL = create_scratch_database("main")
    os.environ["DVK_DATABASE_URL"] = DATABASE_URL
    from app.core.config import get_settings
    from app.core.migrations import upgrade

    get_settings.cache_clear()
    upgrade(DATABASE_URL)
    asyncio.run(_snapshot_reference())


async def _snapshot_reference() -> None:
    from sqlalchemy import select

    from app.core.db import create_engine
    from app.models import Base

    engine = create_engine(DATABASE_URL)
    async with engine.connect() as conn:
        for name in REFERENCE_TABLES:
            # Through the typed Table, so JSON columns round-trip as values, not strings.
            rows = await conn.execute(select(Base.metadata.tables[name]))
            REFERENCE_ROWS[name] = [dict(r._mapping) for r in rows]
    await engine.dispose()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Drop the run's databases."""
    for name in _created_pg:
        try:
            asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except Exception as exc:  # leave a note, never fail the run over cleanup
            print(f"could not drop {name}: {exc}")
    shutil.rmtree(_tmpdir, ignore_errors=True)


def pytest_report_header(config: pytest.Config) -> str:
    """Say which database this run uses."""
    where = DATABASE_URL.split("@")[-1] if DATABASE_URL else "one per xdist worker"
    return f"database: {DB_KIND} ({where}), isolation: {ISOLATION}"


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip PostgreSQL-only tests on SQLite (at run time: anyio rebuilds items after collection)."""
    if DB_KIND != "postgresql" and item.get_closest_marker("postgres_only"):
        pytest.skip("needs PostgreSQL; runs in the PostgreSQL half")


@pytest.fixture
def anyio_backend() -> str:
    """asyncio only."""
    return "asyncio"


async def reset_database(db: Any) -> None:
    """Remove every row, then restore the reference rows."""
    from sqlalchemy import text

    from app.models import Base

    tables = list(reversed(Base.metadata.sorted_tables))
    # DELETE, not TRUNCATE: for a few rows it is far cheaper on PostgreSQL (no file swap, no fsync,
    # no exclusive locks), and it is the same statement on both databases.
    async with db.engine.begin() as conn:
        for table in tables:
            await conn.execute(table.delete())
        for table in Base.metadata.sorted_tables:
            rows = REFERENCE_ROWS.get(table.name)
            if rows:
                await conn.execute(table.insert(), rows)
        if conn.dialect.name == "postgresql":
            # Model codes come from one sequence per year (registry.codes): start every test at 1 again.
            names = (
                await conn.execute(
                    text("SELECT sequencename FROM pg_sequences WHERE sequencename LIKE 'model\\_code\\_%'")
                )
            ).scalars()
            for name in list(names):
                await conn.execute(text(f"ALTER SEQUENCE {name} RESTART WITH 1"))


def committing(request: pytest.FixtureRequest) -> bool:
    """Whether this test's commits must be real (marked `committing`, or DVK_TEST_ISOLATION=delete)."""
    return ISOLATION == "delete" or request.node.get_closest_marker("committing") is not None


@pytest.fixture
async def database(request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """The process's database for one test: rolled back afterwards, or (`committing`) emptied afterwards."""
    from app.core.db import Database, set_database
    from tests.support.db import RollbackDatabase

    if not committing(request):
        rolled_back = await RollbackDatabase.open(DATABASE_URL)
        set_database(rolled_back)
        try:
            yield rolled_back
        finally:
            set_database(None)
            await rolled_back.dispose()
        return
    db = Database(DATABASE_URL)
    set_database(db)
    try:
        yield db
    finally:
        await reset_database(db)
        await db.dispose()
        set_database(None)


@pytest.fixture
async def session(request: pytest.FixtureRequest, database: Any) -> AsyncIterator[Any]:
    """A session for setting up and checking data directly (commit explicitly, so the app sees it).

    Rolled back tests: it joins the test's transaction like the app's sessions (tests/support/db.py).
    Committing tests on SQLite: it starts deferred transactions, so a test that only reads does not hold the
    write lock the app's requests need (the app itself begins every transaction IMMEDIATE).
    """
    from app.core.db import Database

    own = Database(DATABASE_URL, sqlite_begin="BEGIN") if DB_KIND == "sqlite" and committing(request) else database
    async with own.sessionmaker() as s:
        yield s
    if own is not database:
        await own.dispose()


from tests.support.app import get_app  # noqa: E402  (after the environment above is set)


@pytest.fixture
async def client(database: Any) -> AsyncIterator[Any]:
    """An HTTP client talking to the app in-process."""
    import httpx

    transport = httpx.ASGITransport(app=get_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


DEMO_PASSWORD = "Demo-password-123"
_demo_hash: str | None = None


class Demo:
    """The demo tree and users, with helpers to act as a user."""

    def __init__(self, units: dict[str, int], users: dict[str, Any]) -> None:
        self.units = units
        self.users = users
        self.password = DEMO_PASSWORD

    def unit(self, code: str) -> int:
        """A unit's id by its code."""
        return self.units[code]

    def headers(self, username: str, **extra: str) -> dict[str, str]:
        """Authorization headers for a user (a freshly minted access token)."""
        from datetime import timedelta

        from app.core.config import get_settings
        from app.core.security import issue_token

        token, _, _ = issue_token(
            get_settings(), subject=self.users[username], token_type="access", lifetime=timedelta(minutes=5)
        )
        return {"Authorization": f"Bearer {token}", **extra}


@pytest.fixture
async def demo(database: Any) -> Demo:
    """Load the demo data (tree + one user per role) and return lookups."""
    global _demo_hash
    from sqlalchemy import select

    from app.core.security import hash_password
    from app.demo.data import load_demo
    from app.models import User

    if _demo_hash is None:
        _demo_hash = hash_password(DEMO_PASSWORD)
    async with database.sessionmaker() as s:
        units = await load_demo(s, password_hash=_demo_hash)
        await s.commit()
        users = {u.username: u.id for u in (await s.scalars(select(User))).all()}
    return Demo({code: u.id for code, u in units.items()}, users)


@pytest.fixture
def settings_env(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """Override settings for one test: settings_env(login_max_failures=2)."""
    from app.core.config import get_settings

    def apply(**values: Any) -> Any:
        for key, value in values.items():
            monkeypatch.setenv(f"DVK_{key.upper()}", value if isinstance(value, str) else json.dumps(value))
        get_settings.cache_clear()
        return get_settings()

    yield apply
    monkeypatch.undo()
    get_settings.cache_clear()


@pytest.fixture
def local_store(tmp_path: Path) -> Iterator[Any]:
    """A fresh local blob store installed as the app's store for one test (folders opt in with an autouse
    `store` fixture that returns this one)."""
    from app.storage import set_store
    from app.storage.local import LocalBlobStore

    blob_store = LocalBlobStore(tmp_path / "blobs")
    set_store(blob_store)
    try:
        yield blob_store
    finally:
        set_store(None)
