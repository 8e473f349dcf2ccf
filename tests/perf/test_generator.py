"""The data generator fills the database with data the API serves (so the generator cannot rot)."""

from __future__ import annotations

import importlib.util
import os
import sys
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select

from app.core.config import get_settings
from app.core.search import fold
from app.core.security import issue_token
from app.models import ModelHistory, RegisteredModel, Unit, User

# The generator writes through an engine of its own: the API must see what it committed.
pytestmark = pytest.mark.committing

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "generate_data.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_data", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_data"] = module
    spec.loader.exec_module(module)
    return module


def _headers(user_id: Any) -> dict[str, str]:
    token, _, _ = issue_token(get_settings(), subject=user_id, token_type="access", lifetime=timedelta(minutes=5))
    return {"Authorization": f"Bearer {token}"}


async def test_small_preset_is_served_by_the_api(database, client) -> None:
    gen = _generator()
    # `tiny` on SQLite: the harness's clean-up after the test deletes models one FK check at a time there
    # (continues_from_id has no index), which for `small` takes ~50 s.
    preset = gen.PRESETS["small" if database.engine.dialect.name == "postgresql" else "tiny"]
    counts = await gen.generate(os.environ["DVK_DATABASE_URL"], preset, seed=3, quiet=True)

    districts = preset.provinces * preset.districts
    async with database.sessionmaker() as s:
        assert await s.scalar(select(func.count()).select_from(RegisteredModel)) == preset.models
        assert await s.scalar(select(func.count()).select_from(Unit)) == counts["units"]
        assert await s.scalar(select(func.count()).select_from(User)) == preset.provinces + 4 * districts
        assert await s.scalar(select(func.count()).select_from(ModelHistory)) >= preset.models
        assert (
            await s.scalar(
                select(func.count()).select_from(RegisteredModel).where(RegisteredModel.authority_case.is_(None))
            )
            == 0
        )
        district = (await s.scalars(select(Unit).where(Unit.code == "P01-D02"))).one()
        mobiliser = (await s.scalars(select(User).where(User.username == "p01-d02.mobiliser"))).one()
    headers = _headers(mobiliser.id)

    r = await client.get(f"/api/v1/models?unit={district.id}&field=economy&limit=10", headers=headers)
    assert r.status_code == 200, r.text
    page = r.json()
    assert len(page["items"]) == 10 and page["next_cursor"]
    assert all(m["field_code"] == "economy" for m in page["items"])
    r = await client.get(
        f"/api/v1/models?unit={district.id}&field=economy&limit=10&cursor={page['next_cursor']}", headers=headers
    )
    assert r.status_code == 200, r.text
    assert not {m["id"] for m in r.json()["items"]} & {m["id"] for m in page["items"]}

    r = await client.get("/api/v1/models?q=HIEN DAT&limit=50", headers=headers)
    assert r.status_code == 200, r.text
    found = [m["id"] for m in r.json()["items"]]
    async with database.sessionmaker() as s:
        expected = (
            await s.scalars(
                select(RegisteredModel.id)
                .where(
                    RegisteredModel.search_text.contains(fold("HIẾN ĐẤT")),
                    RegisteredModel.unit_path.startswith(district.path),
                )
                .order_by(RegisteredModel.code.desc())
                .limit(50)
            )
        ).all()
    assert found and found == [str(i) for i in expected]

    one = page["items"][0]
    r = await client.get(f"/api/v1/models/{one['id']}", headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["code"] == one["code"]

    outsider = (
        await client.get(
            f"/api/v1/models?unit={district.id}", headers=_headers((await _user(database, "p01-d01.viewer")).id)
        )
    ).json()["items"]
    assert outsider == [], "a viewer of another district sees nothing of this one"


async def _user(database: Any, username: str) -> User:
    async with database.sessionmaker() as s:
        return (await s.scalars(select(User).where(User.username == username))).one()


async def test_append_adds_a_second_country_beside_the_first(database, client) -> None:
    gen = _generator()
    preset = gen.PRESETS["tiny"]
    url = os.environ["DVK_DATABASE_URL"]
    first = await gen.generate(url, preset, seed=5, quiet=True)
    try:
        await gen.generate(url, preset, seed=5, quiet=True)
    except SystemExit as refused:
        assert "--append" in str(refused)
    else:
        raise AssertionError("a non-empty database must be refused without --append")
    second = await gen.generate(url, preset, seed=5, append=True, quiet=True)
    assert second["registered_models"] == first["registered_models"] == preset.models

    async with database.sessionmaker() as s:
        assert await s.scalar(select(func.count()).select_from(RegisteredModel)) == 2 * preset.models
        assert await s.scalar(select(func.count()).select_from(Unit)) == first["units"] + second["units"]
        appended_units = dict((await s.execute(select(Unit.id, Unit.code).where(Unit.code.startswith("S5-")))).all())
        assert len(appended_units) == second["units"], "appended units carry the seed prefix"
        appended = (await s.scalars(select(User).where(User.username.startswith("s5-")))).all()
        mobiliser = next(u for u in appended if u.username.endswith(".mobiliser"))
    # The appended country is served like the first, and scoped apart from it.
    r = await client.get("/api/v1/models?limit=200", headers=_headers(mobiliser.id))
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items and all(m["registrant_unit_id"] in appended_units for m in items)


async def test_the_big_district_registers_its_models_in_one_year(database, client) -> None:
    # `national` gives its first district 10 000 models of one year: the registration-list export target.
    import dataclasses

    gen = _generator()
    preset = dataclasses.replace(gen.PRESETS["tiny"], big_district_models=300)
    await gen.generate(os.environ["DVK_DATABASE_URL"], preset, seed=4, quiet=True)
    async with database.sessionmaker() as s:
        district = (await s.scalars(select(Unit).where(Unit.code == "P01-D01"))).one()
        years = dict(
            (
                await s.execute(
                    select(RegisteredModel.year, func.count())
                    .where(RegisteredModel.unit_path.startswith(district.path))
                    .group_by(RegisteredModel.year)
                )
            ).all()
        )
        campaign_id = await s.scalar(
            select(RegisteredModel.campaign_id).where(RegisteredModel.unit_path.startswith(district.path)).limit(1)
        )
        withdrawn = await s.scalar(
            select(func.count())
            .select_from(RegisteredModel)
            .where(RegisteredModel.unit_path.startswith(district.path), RegisteredModel.state == "withdrawn")
        )
        admin = (await s.scalars(select(User).where(User.username == "p01.admin"))).one()
    assert years == {gen.YEARS[-1]: 300}
    r = await client.get(
        "/api/v1/reports/registrations",
        headers=_headers(admin.id),
        params={"campaign": str(campaign_id), "year": gen.YEARS[-1], "unit": district.id},
    )
    assert r.status_code == 200, r.text
    assert r.json()["total"] == 300 - withdrawn
