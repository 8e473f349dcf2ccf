"""Helpers for the decision tests: a campaign open for recognition today, models driven to `surveyed`
over HTTP, closed reviews inserted as ORM rows (independent of the reviews API), extra officers, and
a snapshot of everything an issue or a revoke may change (to assert that a refusal changed nothing)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, update

from app.models import (
    Campaign,
    Decision,
    DecisionModel,
    Event,
    Evidence,
    ModelHistory,
    RegisteredModel,
    Review,
    ReviewCandidate,
    ReviewMember,
    RoleAssignment,
    User,
)
from tests.registry.conftest import RESULTS, SURVEY, TODAY, YEAR, Ctx, make_campaign

__all__ = ["TODAY", "YEAR", "DecisionCtx", "Snapshot", "make_decision_campaign"]


async def make_decision_campaign(session: Any) -> Campaign:
    """make_campaign for Vĩnh Linh, with the cycle's recognition period around today."""
    campaign = await make_campaign(session, "QT-VL")
    cycle = campaign.cycles[0]
    cycle.recognition_starts_on = TODAY - timedelta(days=5)
    cycle.recognition_ends_on = TODAY + timedelta(days=25)
    await session.commit()
    return campaign


@dataclass(frozen=True)
class Snapshot:
    """What a decision may change, counted."""

    states: dict[str, str]
    history: int
    events: int
    decisions: int
    decision_models: int
    evidence: int


@dataclass
class DecisionCtx(Ctx):
    """Ctx plus the test session and decision helpers."""

    session: Any

    # --- models -----------------------------------------------------------------------------------

    async def reported(self, user: str = "demo.registrant", **over: Any) -> dict[str, Any]:
        """A model with results reported (waiting for its survey)."""
        model = await self.create(user, with_form=True, **over)
        await self.move(model["id"], user, "submit")
        await self.move(model["id"], "demo.mobiliser", "accept")
        await self.move(model["id"], user, "report_results", **RESULTS)
        return model

    async def surveyed(self, user: str = "demo.registrant", **over: Any) -> dict[str, Any]:
        """A model driven over HTTP to `surveyed`."""
        model = await self.reported(user, **over)
        await self.move(model["id"], "demo.mobiliser", "record_survey", survey=SURVEY)
        return model

    async def set_state(self, model_id: str, state: str) -> None:
        """Force a model's state (e.g. `nominated`, whose dossier guard is tested elsewhere)."""
        await self.session.execute(
            update(RegisteredModel)
            .where(RegisteredModel.id == uuid.UUID(model_id))
            .values(state=state, version=RegisteredModel.version + 1)
        )
        await self.session.commit()

    async def state(self, model_id: str) -> str:
        """A model's state as stored."""
        await self.session.rollback()
        value = await self.session.scalar(
            select(RegisteredModel.state).where(RegisteredModel.id == uuid.UUID(model_id))
        )
        await self.session.rollback()
        return str(value)

    # --- reviews ----------------------------------------------------------------------------------

    async def review(
        self,
        outcomes: dict[str, str],
        *,
        purpose: str = "model",
        status: str = "closed",
        phase_review: str | None = None,
        holding: str = "QT-VL-VT-DU",
        level: str | None = None,
    ) -> str:
        """Insert a review held by `holding` (at `level` of the authority chain) with its members and candidates
        (model id → outcome)."""
        review = Review(
            holding_unit_id=self.demo.unit(holding),
            holding_unit_path=await self._path(holding),
            campaign_id=uuid.UUID(self.campaign_id),
            year=YEAR,
            purpose=purpose,
            phase_review=phase_review,
            level=level,
            title=f"Họp bình xét {purpose} {YEAR}",
            held_on=TODAY - timedelta(days=1),
            place="Hội trường xã",
            chair="Phạm Thị Dung",
            secretary="Lê Văn Cường",
            status=status,
            created_by_id=self.demo.users["demo.authority"],
        )
        self.session.add(review)
        await self.session.flush()
        self.session.add_all(
            [
                ReviewMember(review_id=review.id, position=i, full_name=name, title="Ủy viên", present=True)
                for i, name in enumerate(("Phạm Thị Dung", "Lê Văn Cường", "Hoàng Văn Em"))
            ]
        )
        for i, (model_id, outcome) in enumerate(outcomes.items()):
            approve = 3 if outcome == "approved" else 1
            self.session.add(
                ReviewCandidate(
                    review_id=review.id,
                    model_id=uuid.UUID(model_id),
                    position=i,
                    outcome=outcome if status == "closed" else None,
                    tally={
                        "eligible": 3,
                        "approve": approve,
                        "reject": 3 - approve,
                        "abstain": 0,
                        "not_voted": 0,
                        "recused": 0,
                    }
                    if status == "closed"
                    else None,
                )
            )
        await self.session.commit()
        return str(review.id)

    async def _path(self, code: str) -> str:
        from app.models import Unit

        return str(await self.session.scalar(select(Unit.path).where(Unit.code == code)))

    # --- people -----------------------------------------------------------------------------------

    async def person(self, username: str, roles: list[tuple[str, str]], home: str = "QT-VL-BDV") -> str:
        """Insert a user with roles; demo.headers(username) works afterwards."""
        hashed = (await self.session.get(User, self.demo.users["demo.admin"])).password_hash
        user = User(
            username=username,
            full_name=f"Cán bộ {username}",
            position="Chuyên viên",
            home_unit_id=self.demo.unit(home),
            password_hash=hashed,
        )
        user.roles = [RoleAssignment(role=role, unit_id=self.demo.unit(code)) for role, code in roles]
        self.session.add(user)
        await self.session.commit()
        self.demo.users[username] = user.id
        return username

    async def grant(self, username: str, role: str, unit: str) -> None:
        """Give an existing user one more role."""
        self.session.add(RoleAssignment(user_id=self.demo.users[username], role=role, unit_id=self.demo.unit(unit)))
        await self.session.commit()

    # --- decisions --------------------------------------------------------------------------------

    def decision_body(
        self,
        kind: str,
        model_ids: list[str],
        review_id: str | None,
        *,
        number: str = "125-QĐ/ĐU",
        issued_on: date | None = None,
        unit: str = "QT-VL-VT-DU",
        **over: Any,
    ) -> dict[str, Any]:
        """A complete decision body."""
        body: dict[str, Any] = {
            "kind": kind,
            "number": number,
            "issued_on": str(issued_on or TODAY),
            "issuing_unit_id": self.demo.unit(unit),
            "signer_name": "Phạm Thị Dung",
            "signer_title": "Phó Bí thư Thường trực Đảng ủy",
            "models": [{"model_id": m, "note": f"Ghi chú {i}"} for i, m in enumerate(model_ids)],
        }
        if review_id is not None:
            body["review_id"] = review_id
        body.update(over)
        return body

    async def issue(self, body: dict[str, Any], user: str = "demo.authority", expect: int = 201, **headers: str) -> Any:
        """POST /decisions and check the status."""
        r = await self.client.post("/api/v1/decisions", json=body, headers=self.demo.headers(user, **headers))
        assert r.status_code == expect, r.text
        return r

    async def snapshot(self, model_ids: list[str]) -> Snapshot:
        """States of these models and counts of every table an issue or a revoke writes."""
        s = self.session
        await s.rollback()
        ids = [uuid.UUID(m) for m in model_ids]
        states = {
            str(i): st
            for i, st in (
                await s.execute(select(RegisteredModel.id, RegisteredModel.state).where(RegisteredModel.id.in_(ids)))
            )
        }

        async def count(model: Any) -> int:
            return int(await s.scalar(select(func.count()).select_from(model)) or 0)

        snap = Snapshot(
            states,
            await count(ModelHistory),
            await count(Event),
            await count(Decision),
            await count(DecisionModel),
            await count(Evidence),
        )
        await s.rollback()
        return snap

    async def history(self, model_id: str) -> list[dict[str, Any]]:
        """A model's history rows (action, from, to, reason, details), oldest first."""
        await self.session.rollback()
        rows = [
            {
                "action": h.action,
                "from": h.from_state,
                "to": h.to_state,
                "reason": h.reason,
                "details": h.details,
                "actor_id": h.actor_id,
            }
            for h in (
                await self.session.scalars(
                    select(ModelHistory).where(ModelHistory.model_id == uuid.UUID(model_id)).order_by(ModelHistory.id)
                )
            ).all()
        ]
        await self.session.rollback()
        return rows

    async def events(self, type_: str) -> list[dict[str, Any]]:
        """Events of one type (resource id and data), oldest first."""
        await self.session.rollback()
        rows = [
            {"resource_id": e.resource_id, "data": e.data, "unit_path": e.unit_path}
            for e in (await self.session.scalars(select(Event).where(Event.type == type_).order_by(Event.id))).all()
        ]
        await self.session.rollback()
        return rows
