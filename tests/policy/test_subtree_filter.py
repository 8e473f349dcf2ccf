"""Subtree filters: a byte-wise index range with parameter bounds, the same rows as a prefix match."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite

from app.models import RegisteredModel, Unit
from app.policy.scope import in_subtree, path_in, subtree_bounds


def test_bounds_cover_exactly_the_paths_under_a_path() -> None:
    low, high = subtree_bounds("/1/10/")
    assert (low, high) == ("/1/10/", "/1/100")
    inside = ["/1/10/", "/1/10/5/", "/1/10/99/7/"]
    outside = ["/1/1/", "/1/100/", "/1/101/", "/1/1/0/", "/1/", "/2/10/", "/1/10"]
    assert all(low <= p < high for p in inside)
    assert not any(low <= p < high for p in outside)


def test_compiles_to_pattern_operators_on_postgresql_and_plain_comparisons_elsewhere() -> None:
    query = select(RegisteredModel.id).where(path_in(RegisteredModel.unit_path, ["/1/", "/2/5/"]))
    pg = str(query.compile(dialect=postgresql.dialect()))
    assert pg.count("~>=~") == 2 and pg.count("~<~") == 2 and "LIKE" not in pg
    lite = str(query.compile(dialect=sqlite.dialect()))
    assert ">=" in lite and "<" in lite and "= 1" not in lite  # no boolean wrapping: the index stays usable

    # One statement shape for every path: SQLAlchemy compiles it once, PostgreSQL may reuse its plan.
    def shape(paths: list[str]) -> tuple:
        return select(RegisteredModel.id).where(path_in(RegisteredModel.unit_path, paths))._generate_cache_key().key

    assert shape(["/1/", "/2/5/"]) == shape(["/7/", "/9/9/"])


async def test_selects_the_same_units_as_a_prefix_match(session, demo) -> None:
    units = (await session.execute(select(Unit.id, Unit.path))).all()
    assert len(units) > 5
    for _, path in units:
        found = set((await session.scalars(select(Unit.id).where(in_subtree(Unit.path, path)))).all())
        assert found == {i for i, p in units if p.startswith(path)}, path


@pytest.mark.postgres_only
async def test_a_generic_plan_still_reads_the_subtree_from_the_index(session) -> None:
    # The reason for the range: a prepared statement's generic plan (planned once, reused) can use the
    # index for parameter bounds, where `LIKE $1 || '%'` needs the value at plan time and scans the table.
    sql = str(select(Unit.id).where(in_subtree(Unit.path, "/1/")).compile(dialect=postgresql.dialect()))
    sql = sql.replace("%(param_1)s", "$1").replace("%(param_2)s", "$2")
    await session.execute(text("SET LOCAL plan_cache_mode = force_generic_plan"))
    await session.execute(text("SET LOCAL enable_seqscan = off"))
    await session.execute(text(f"PREPARE subtree (varchar, varchar) AS {sql}"))
    await session.execute(text("PREPARE prefix (varchar) AS SELECT id FROM units WHERE path LIKE $1 || '%'"))
    try:
        plan = "\n".join((await session.scalars(text("EXPLAIN EXECUTE subtree('/1/', '/10')"))).all())
        assert "ix_units_path" in plan and "Seq Scan" not in plan, plan
        plan = "\n".join((await session.scalars(text("EXPLAIN EXECUTE prefix('/1/')"))).all())
        assert "Seq Scan" in plan, plan  # what the old LIKE filter got from a generic plan
    finally:
        await session.rollback()
