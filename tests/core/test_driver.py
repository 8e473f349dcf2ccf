"""Hot reads on the driver (core/driver.py): every statement that runs there gives the rows SQLAlchemy gives, for
every caller of the demo data and every shape the endpoints build; it runs inside the session's transaction;
and on PostgreSQL it really skips SQLAlchemy's execution layers."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import event, select, text

from app.auth.dependencies import _user_caller
from app.auth.repository import _CALLER_QUERIES
from app.core import driver
from app.core.pagination import PageParams
from app.models import RefreshToken, RegisteredModel, Unit, User
from app.policy import visibility
from app.registry import repository
from app.registry.read_repository import _READ_BY_ID, _visible_read_query
from app.registry.repository import ModelFilters, _page_statement, list_models


@pytest.fixture
async def demo(demo: Any, database: Any) -> Any:
    """The demo tree and users, with the demo campaign's models in their several states."""
    from app.demo.movement import load_demo_movement

    async with database.sessionmaker() as s:
        units = {u.code: u for u in (await s.scalars(select(Unit))).all()}
        await load_demo_movement(s, units)
        await s.commit()
    return demo


async def _both(session: Any, statement: Any, params: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """The rows through the driver and through SQLAlchemy, as plain dicts."""
    by_driver = [dict(r) for r in await driver.fetch(session, statement, params)]
    by_sqlalchemy = [dict(r) for r in (await session.execute(statement, params)).mappings()]
    return by_driver, by_sqlalchemy


async def _callers(session: Any) -> list[Any]:
    users = (await session.execute(select(User.id))).scalars().all()
    return [await _user_caller(session, user_id, None) for user_id in users]


async def test_caller_statements_give_sqlalchemys_rows(session: Any, demo: Any) -> None:
    family = str(uuid.uuid4())
    for user_id in demo.users.values():
        by_driver, by_sqlalchemy = await _both(session, _CALLER_QUERIES[False], {"user_id": user_id})
        assert by_driver == by_sqlalchemy and by_driver
        assert [type(v) for v in by_driver[0].values()] == [
            type(v) if not isinstance(v, uuid.UUID) else type(by_driver[0]["id"]) for v in by_sqlalchemy[0].values()
        ]
        params = {"user_id": user_id, "session_id": family}
        assert await _both(session, _CALLER_QUERIES[True], params) == (by_driver, by_sqlalchemy)
    unknown = await _both(session, _CALLER_QUERIES[False], {"user_id": uuid.uuid4()})
    assert unknown == ([], [])
    assert RefreshToken.__tablename__  # the session statement reads refresh tokens: covered above


async def test_model_reads_give_sqlalchemys_rows_for_every_caller_and_model(session: Any, demo: Any) -> None:
    models = (await session.execute(select(RegisteredModel.id))).scalars().all()
    assert len(models) >= 6
    seen = 0
    for caller in await _callers(session):
        shape, scope = visibility.model_rule_params(caller)
        for model_id in [*models, uuid.uuid4()]:
            by_driver, by_sqlalchemy = await _both(
                session, _visible_read_query(*shape), {"model_id": model_id, **scope}
            )
            assert by_driver == by_sqlalchemy
            seen += len(by_driver)
    assert seen > len(models)  # several callers see several models
    for model_id in models:
        by_driver, by_sqlalchemy = await _both(session, _READ_BY_ID, {"model_id": model_id})
        assert by_driver == by_sqlalchemy and len(by_driver) == 1


def _filters(demo: Any, district_path: str) -> list[ModelFilters]:
    return [
        ModelFilters(),
        ModelFilters(unit_path=district_path),
        ModelFilters(unit_path=district_path, field_code="economy", year=None),
        ModelFilters(states=("registered", "implementing"), is_late=False),
        ModelFilters(registrant_kind="collective", model_type="field_specific", authority_case=1),
        ModelFilters(q="thon"),
        ModelFilters(unit_path=district_path, q="phu nu"),
    ]


async def test_pages_followed_by_cursor_are_the_whole_list_in_order(session: Any, demo: Any) -> None:
    """Every shape's statement (filters, sorts, the cursor's keyset as parameters): pages of 2 followed by the
    cursor are exactly the one-page answer, in its order, with no row twice."""
    district = (await session.execute(select(Unit.path).where(Unit.id == demo.unit("QT-VL")))).scalar_one()
    walked = 0
    for caller in await _callers(session):
        for filters in _filters(demo, district):
            for sort in repository.SORTS:
                whole, last = await list_models(session, caller, filters, sort, PageParams(limit=200, cursor=None))
                assert last is None
                ids: list[Any] = []
                cursor = None
                while True:
                    rows, cursor = await list_models(session, caller, filters, sort, PageParams(limit=2, cursor=cursor))
                    assert len(rows) <= 2
                    ids += [r["id"] for r in rows]
                    if cursor is None:
                        break
                assert ids == [r["id"] for r in whole]
                walked += len(ids)
    assert walked > 100
    assert _page_statement.cache_info().currsize >= len(_filters(demo, district))


@pytest.mark.postgres_only
async def test_list_statements_give_sqlalchemys_rows(session: Any, demo: Any, monkeypatch: Any) -> None:
    """Every page statement the walk above builds, run both ways with the parameters the endpoint gave it."""
    district = (await session.execute(select(Unit.path).where(Unit.id == demo.unit("QT-VL")))).scalar_one()
    compared: list[int] = []
    real_fetch = driver.fetch_dicts

    async def comparing(s: Any, statement: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
        rows = await real_fetch(s, statement, params)
        by_sqlalchemy = [dict(r) for r in (await s.execute(statement, params)).mappings()]
        assert rows == by_sqlalchemy
        assert all(type(r) is dict for r in rows)
        compared.append(len(rows))
        return rows

    monkeypatch.setattr(driver, "fetch_dicts", comparing)
    for caller in await _callers(session):
        for filters in _filters(demo, district):
            for sort in repository.SORTS:
                cursor = None
                for _ in range(3):
                    page = PageParams(limit=2, cursor=cursor)
                    _, cursor = await list_models(session, caller, filters, sort, page)
                    if cursor is None:
                        break
    assert len(compared) > 100 and sum(compared) > 100


@pytest.mark.postgres_only
async def test_hot_reads_skip_sqlalchemys_execution(client: Any, demo: Any, database: Any) -> None:
    """GET /models/{id} and a list page run no statement through SQLAlchemy's cursor (the driver's statements
    are asyncpg's own); a write still does."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    headers = demo.headers("demo.mobiliser")
    page = (await client.get("/api/v1/models", headers=headers)).json()
    model_id = page["items"][0]["id"]
    for engine in {database.engine.sync_engine, database.read_sessionmaker.kw["bind"].sync_engine}:
        event.listen(engine, "before_cursor_execute", record)
    try:
        assert (await client.get(f"/api/v1/models/{model_id}", headers=headers)).status_code == 200
        assert (
            await client.get("/api/v1/models", headers=headers, params={"unit": demo.unit("QT-VL")})
        ).status_code == 200
    finally:
        for engine in {database.engine.sync_engine, database.read_sessionmaker.kw["bind"].sync_engine}:
            event.remove(engine, "before_cursor_execute", record)
    # (the savepoints are the test harness's rollback isolation; the quota counter has a store of its own)
    harness = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")
    assert [s for s in seen if "rate_limits" not in s and not s.startswith(harness)] == []


@pytest.mark.postgres_only
async def test_driver_statements_run_inside_the_sessions_transaction(database: Any, demo: Any) -> None:
    """In a write session a driver read sees the transaction's own uncommitted rows, and a rollback undoes
    what the transaction did before it (the driver's statement did not start a transaction of its own)."""
    async with database.sessionmaker() as s:
        user_id = demo.users["demo.viewer"]
        row = await driver.fetch_one(s, _CALLER_QUERIES[False], {"user_id": user_id})
        assert row is not None and row.is_active
        await s.execute(text("UPDATE users SET full_name = 'Đang sửa' WHERE id = :id"), {"id": user_id})
        row = await driver.fetch_one(s, _CALLER_QUERIES[False], {"user_id": user_id})
        assert row is not None and row.full_name == "Đang sửa"
        await s.rollback()
    async with database.sessionmaker() as s:
        row = await driver.fetch_one(s, _CALLER_QUERIES[False], {"user_id": demo.users["demo.viewer"]})
        assert row is not None and row.full_name != "Đang sửa"


async def test_rows_read_as_attributes_and_mappings(session: Any, demo: Any) -> None:
    row = await driver.fetch_one(session, _CALLER_QUERIES[False], {"user_id": demo.users["demo.viewer"]})
    assert row is not None
    assert row.username == row["username"] == row._mapping["username"] == "demo.viewer"
    with pytest.raises(AttributeError):
        _ = row.no_such_column
    assert await driver.fetch_one(session, _CALLER_QUERIES[False], {"user_id": uuid.uuid4()}) is None


@pytest.mark.postgres_only
async def test_compiled_statements_are_kept_per_shape_and_list_lengths(session: Any, demo: Any) -> None:
    shape = (1, True)
    statement = _visible_read_query(*shape)
    for deciding in ([1], [1, 2], [1, 2, 3], [4, 5]):
        params = {"model_id": uuid.uuid4(), "low_0": "/", "high_0": "0", "deciding": deciding}
        assert await driver.fetch(session, statement, params) == []
    keys = [k for k in driver._compiled if k[0] == id(statement)]
    assert sorted(dict(k[1])["deciding"] for k in keys) == [1, 2, 3]


async def test_a_moves_calendar_and_dossier_statements_give_sqlalchemys_rows(session: Any, demo: Any) -> None:
    """What every transition reads on the driver: the cycle's calendar with its campaign's time zone, the model's
    files and whether its field needs a confirmation."""
    from app.campaigns.repository import CALENDAR
    from app.workflow.repository import _FILES, _NEEDS_CONFIRMATION

    models = (await session.execute(select(RegisteredModel))).scalars().all()
    files = 0
    for model in models:
        calendar, by_sqlalchemy = await _both(session, CALENDAR, {"cycle_id": model.cycle_id})
        assert calendar == by_sqlalchemy and len(calendar) == 1
        assert calendar[0]["registration_windows"] and calendar[0]["timezone"] == "Asia/Ho_Chi_Minh"
        found, by_sqlalchemy = await _both(session, _FILES, {"model_id": model.id})
        assert found == by_sqlalchemy
        files += len(found)
        needs, by_sqlalchemy = await _both(session, _NEEDS_CONFIRMATION, {"field_code": model.field_code})
        assert needs == by_sqlalchemy and len(needs) == 1
    assert files > 0  # the submitted demo models hold their registration forms


async def test_the_authority_trees_statements_give_sqlalchemys_rows(session: Any, demo: Any) -> None:
    """What every registration reads on the driver to find who recognises it: a unit's facts, the party chains
    above units, the boards committees lead, a province counterpart, the facts of given units."""
    from app.policy import authority_repository as repo
    from app.policy.scope import subtree_bounds

    units = (await session.execute(select(Unit.id, Unit.path, Unit.kind_code))).all()
    ids = [u.id for u in units]
    assert len(ids) > 20
    chains = 0
    for unit in units:
        found, expected = await _both(session, repo._UNIT_FACTS, {"unit_id": unit.id})
        assert found == expected and len(found) == 1
        found, expected = await _both(session, repo._PARTY_CHAIN, {"seeds": [unit.id]})
        assert sorted(found, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])
        chains += len(found)
        root = "/".join(unit.path.split("/")[:2]) + "/"
        low, high = subtree_bounds(root)
        params = {"kind_code": unit.kind_code, "low": low, "high": high}
        found, expected = await _both(session, repo._PROVINCE_COUNTERPART, params)
        assert found == expected and len(found) <= 1
    assert chains > len(units)  # chains climb
    for some in (ids[:1], ids[:7], ids):
        found, expected = await _both(session, repo._FACTS_OF, {"ids": some})
        assert sorted(found, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"]) and len(found) == len(
            some
        )
        found, expected = await _both(session, repo._BOARDS_LED_BY, {"committees": some})
        assert sorted(found, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])
    boards, _ = await _both(session, repo._BOARDS_LED_BY, {"committees": ids})
    assert boards  # the demo's mass-mobilisation boards are led by its committees
