"""Helpers for the review tests: models driven to `surveyed`, a meeting body, requests as a user,
and a snapshot of the review tables to show that a refused request changed nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.models import Event, Evidence, IdempotencyRecord, Review, ReviewCandidate, ReviewMember, ReviewVote
from tests.etags import if_match
from tests.registry.conftest import RESULTS, SURVEY, TODAY, YEAR, Ctx, tiny_pdf

MINUTES_PDF = tiny_pdf("biên bản họp bình xét")


@dataclass
class Reviews:
    """The registry's Ctx plus review helpers."""

    ctx: Ctx
    session: Any

    @property
    def client(self) -> Any:
        return self.ctx.client

    @property
    def demo(self) -> Any:
        return self.ctx.demo

    def h(self, user: str = "demo.mobiliser", **extra: str) -> dict[str, str]:
        """Headers acting as a user."""
        return self.demo.headers(user, **extra)

    async def m(self, review_id: str, user: str = "demo.mobiliser", **extra: str) -> dict[str, str]:
        """Headers for a write to a review: If-Match (given in `extra`, else the review's current ETag as
        `user` reads it; none when they cannot see it, so the write answers its own 404)."""
        return await if_match(self.client, f"/api/v1/reviews/{review_id}", self.h(user, **extra))

    async def surveyed(self, **over: Any) -> dict[str, Any]:
        """A model registered by demo.registrant and driven to `surveyed`."""
        model = await self.ctx.create(with_form=True, **over)
        mid = model["id"]
        await self.ctx.move(mid, "demo.registrant", "submit")
        await self.ctx.move(mid, "demo.mobiliser", "accept")
        await self.ctx.move(mid, "demo.registrant", "report_results", **RESULTS)
        return await self.ctx.move(mid, "demo.mobiliser", "record_survey", survey=SURVEY)

    async def reported(self, **over: Any) -> dict[str, Any]:
        """A model driven only to `reported`."""
        model = await self.ctx.create(with_form=True, **over)
        mid = model["id"]
        await self.ctx.move(mid, "demo.registrant", "submit")
        await self.ctx.move(mid, "demo.mobiliser", "accept")
        return await self.ctx.move(mid, "demo.registrant", "report_results", **RESULTS)

    def body(self, models: list[dict[str, Any]] | None = None, **over: Any) -> dict[str, Any]:
        """A meeting of Huyện Vĩnh Linh with three present members and one absent."""
        body: dict[str, Any] = {
            "holding_unit_id": self.demo.unit("QT-VL"),
            "campaign_id": self.ctx.campaign_id,
            "year": YEAR,
            "purpose": "model",
            "title": f'Hội nghị bình xét mô hình "Dân vận khéo" năm {YEAR}',
            "held_on": str(TODAY),
            "place": "Hội trường Huyện ủy Vĩnh Linh",
            "chair": "Lê Văn Cường",
            "secretary": "Hoàng Văn Em",
            "members": [
                {
                    "full_name": "Lê Văn Cường",
                    "title": "Chuyên viên Ban Dân vận",
                    "unit_id": self.demo.unit("QT-VL-BDV"),
                    "user_id": str(self.demo.users["demo.mobiliser"]),
                },
                {
                    "full_name": "Nguyễn Văn Tân",
                    "title": "Bí thư chi bộ thôn Tân Lập",
                    "unit_id": self.demo.unit("QT-VL-VT-TL"),
                },
                {"full_name": "Hoàng Văn Em", "title": "Cán bộ theo dõi phong trào"},
                {"full_name": "Võ Thị Hạnh", "title": "Ủy viên", "present": False, "absence_reason": "Đi công tác"},
            ],
            "candidates": [{"model_id": m["id"]} for m in models or []],
        }
        body.update(over)
        return body

    async def create(
        self,
        models: list[dict[str, Any]] | None = None,
        *,
        user: str = "demo.mobiliser",
        expect: int = 201,
        headers: dict[str, str] | None = None,
        **over: Any,
    ) -> Any:
        """POST /reviews and check the status."""
        r = await self.client.post(
            "/api/v1/reviews", json=self.body(models, **over), headers=self.h(user, **(headers or {}))
        )
        assert r.status_code == expect, r.text
        return r.json()

    async def get(self, review_id: str, user: str = "demo.mobiliser", expect: int = 200) -> Any:
        """GET /reviews/{id}."""
        r = await self.client.get(f"/api/v1/reviews/{review_id}", headers=self.h(user))
        assert r.status_code == expect, r.text
        return r.json()

    async def ballot(
        self,
        review_id: str,
        votes: list[tuple[str, str, str | None]],
        *,
        recusals: list[dict[str, Any]] | None = None,
        user: str = "demo.mobiliser",
        expect: int = 200,
    ) -> Any:
        """PUT /reviews/{id}/votes with (member_id, candidate_id, vote) triples."""
        body: dict[str, Any] = {"votes": [{"member_id": m, "candidate_id": c, "vote": v} for m, c, v in votes]}
        if recusals is not None:
            body["recusals"] = recusals
        r = await self.client.put(
            f"/api/v1/reviews/{review_id}/votes", json=body, headers=await self.m(review_id, user)
        )
        assert r.status_code == expect, r.text
        return r.json()

    async def minutes(
        self,
        review_id: str,
        *,
        user: str = "demo.mobiliser",
        content: bytes = MINUTES_PDF,
        expect: int = 201,
        headers: dict[str, str] | None = None,
        **fields: str,
    ) -> Any:
        """POST /reviews/{id}/minutes with a small PDF."""
        data = {"title": "Biên bản họp bình xét", **fields}
        r = await self.client.post(
            f"/api/v1/reviews/{review_id}/minutes",
            data=data,
            files={"file": ("biên-bản-bình-xét.pdf", content, "application/pdf")},
            headers=await self.m(review_id, user, **(headers or {})),
        )
        assert r.status_code == expect, r.text
        return r.json()

    async def close(
        self, review_id: str, *, user: str = "demo.mobiliser", expect: int = 200, headers: dict[str, str] | None = None
    ) -> Any:
        """POST /reviews/{id}/close."""
        r = await self.client.post(
            f"/api/v1/reviews/{review_id}/close", headers=await self.m(review_id, user, **(headers or {}))
        )
        assert r.status_code == expect, r.text
        return r.json()

    async def snapshot(self) -> dict[str, Any]:
        """Row counts and versions of everything a review write touches (to show a refusal changed nothing)."""
        self.session.expire_all()
        await self.session.rollback()
        counts = {}
        for table in (Review, ReviewMember, ReviewCandidate, ReviewVote, Evidence, Event, IdempotencyRecord):
            counts[table.__tablename__] = await self.session.scalar(select(func.count()).select_from(table))
        reviews = (await self.session.execute(select(Review.id, Review.version, Review.status))).all()
        votes = (
            await self.session.execute(
                select(ReviewVote.candidate_id, ReviewVote.member_id, ReviewVote.vote, ReviewVote.recused).order_by(
                    ReviewVote.candidate_id, ReviewVote.member_id
                )
            )
        ).all()
        members = (
            await self.session.execute(
                select(ReviewMember.id, ReviewMember.full_name, ReviewMember.present, ReviewMember.unit_id).order_by(
                    ReviewMember.id
                )
            )
        ).all()
        await self.session.rollback()
        return {
            "counts": counts,
            "reviews": sorted(map(tuple, reviews)),
            "votes": [tuple(v) for v in votes],
            "members": [tuple(m) for m in members],
        }


def member_ids(review: dict[str, Any]) -> list[str]:
    """The review's member ids in order."""
    return [m["id"] for m in review["members"]]


def candidate_of(review: dict[str, Any], model_id: str) -> dict[str, Any]:
    """The candidate that stands for a model."""
    return next(c for c in review["candidates"] if c["model"]["id"] == model_id)


def vote_of(candidate: dict[str, Any], member_id: str) -> dict[str, Any]:
    """One member's entry in a candidate's ballot."""
    return next(v for v in candidate["votes"] if v["member_id"] == member_id)
