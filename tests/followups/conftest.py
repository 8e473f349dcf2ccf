"""Fixtures for the follow-up tests: the registry's Vĩnh Linh campaign (tests/registry/conftest.py), a fresh
blob store (a submitted model carries its registration form), and helpers to bring a model to a state and
record a board's follow-up of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.registry.conftest import RESULTS, SURVEY, TODAY, Ctx, make_campaign


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


def visit(**over: Any) -> dict[str, Any]:
    """A follow-up body in the seed's words: an inspection that asks something of the registrant."""
    body: dict[str, Any] = {
        "visited_on": str(TODAY),
        "kind": "inspection",
        "participants": ["Nguyễn Thị Hoa (Khối Dân vận xã Vĩnh Thạch)"],
        "findings": "Đã vận động 25/40 hộ cải tạo vườn tạp; 3 hộ còn băn khoăn về vốn.",
        "request": "Phối hợp Hội Nông dân xã hướng dẫn 3 hộ vay vốn; báo cáo kết quả.",
        "request_due_on": str(TODAY),
    }
    body.update(over)
    return body


@dataclass
class FollowUps:
    """The registry's helpers, and what a follow-up test does again and again."""

    ctx: Ctx

    @property
    def client(self) -> Any:
        return self.ctx.client

    def headers(self, user: str, **extra: str) -> dict[str, str]:
        return self.ctx.demo.headers(user, **extra)

    async def model_in(self, state: str) -> str:
        """A Thôn Tân Lập model walked to `state` (draft, registered, implementing, reported, surveyed)."""
        model = await self.ctx.create(with_form=state != "draft")
        mid = model["id"]
        steps = [
            ("registered", "demo.registrant", "submit", {}),
            ("implementing", "demo.mobiliser", "accept", {}),
            ("reported", "demo.registrant", "report_results", RESULTS),
            ("surveyed", "demo.mobiliser", "record_survey", {"survey": SURVEY}),
        ]
        order = ["draft", *[s for s, *_ in steps]]
        for target, user, action, payload in steps[: order.index(state)]:
            await self.ctx.move(mid, user, action, **payload)
            assert target
        return mid

    async def record(
        self, mid: str, user: str = "demo.mobiliser", expect: int = 201, headers: dict[str, str] | None = None, **over
    ) -> Any:
        """POST a follow-up (the `visit` body changed by `over`) and check the status."""
        r = await self.client.post(
            f"/api/v1/models/{mid}/follow-ups", json=visit(**over), headers=self.headers(user, **(headers or {}))
        )
        assert r.status_code == expect, r.text
        return r

    async def model(self, mid: str, user: str = "demo.viewer") -> Any:
        r = await self.client.get(f"/api/v1/models/{mid}", headers=self.headers(user))
        assert r.status_code == 200, r.text
        return r

    async def history(self, mid: str, user: str = "demo.viewer") -> list[dict[str, Any]]:
        r = await self.client.get(f"/api/v1/models/{mid}/history", headers=self.headers(user))
        assert r.status_code == 200, r.text
        return r.json()

    async def listed(self, mid: str, user: str = "demo.viewer", **params: Any) -> Any:
        r = await self.client.get(f"/api/v1/models/{mid}/follow-ups", params=params, headers=self.headers(user))
        assert r.status_code == 200, r.text
        return r.json()


@pytest.fixture
async def fu(client: Any, demo: Any, session: Any) -> FollowUps:
    """A Vĩnh Linh campaign with an open window, and the follow-up helpers."""
    campaign = await make_campaign(session, "QT-VL")
    return FollowUps(Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id)))


@pytest.fixture
async def dong_ha_mobiliser(session: Any, demo: Any) -> str:
    """A mobiliser of Thành phố Đông Hà: another district's board, who does not see Vĩnh Linh's models."""
    from app.models import RoleAssignment, User

    user = User(
        username="dh.mobiliser",
        full_name="Võ Thị Giang",
        home_unit_id=demo.unit("QT-DH-BDV"),
        password_hash="x",
        roles=[RoleAssignment(role="mobiliser", unit_id=demo.unit("QT-DH"))],
    )
    session.add(user)
    await session.commit()
    demo.users["dh.mobiliser"] = user.id
    return "dh.mobiliser"
