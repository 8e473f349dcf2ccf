"""Fixtures for model tests: a campaign owned by Huyện Vĩnh Linh with a cycle whose registration
window is open today (in Asia/Ho_Chi_Minh), and helpers to drive a model through the workflow
(including uploading the files its dossier needs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.demo.documents import sample_pdf
from app.models import AuthorityProfile, Campaign, CampaignCycle, Unit
from tests.etags import if_match


# A tiny but well-formed PDF (header, one empty page, xref, trailer).
def tiny_pdf(note: str = "") -> bytes:
    """A valid one-page PDF; `note` makes its bytes (and hash) differ from another one's."""
    return sample_pdf(note)


TODAY = datetime.now(UTC).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
YEAR = TODAY.year


@dataclass
class Ctx:
    """A ready campaign plus request helpers."""

    client: Any
    demo: Any
    campaign_id: str
    cycle_id: str

    def body(self, **over: Any) -> dict[str, Any]:
        """A complete registration body for the village Thôn Tân Lập."""
        body: dict[str, Any] = {
            "campaign_id": self.campaign_id,
            "year": YEAR,
            "registrant_unit_id": self.demo.unit("QT-VL-VT-TL"),
            "registrant_kind": "collective",
            "name": "Dân vận khéo trong giảm nghèo bền vững",
            "summary": "Vận động hội viên giúp nhau phát triển chăn nuôi",
            "field_code": "economy",
            "model_type": "field_specific",
            "objectives": "Giảm 15 hộ nghèo",
            "content_methods": "Tổ hợp tác",
            "targets": [
                {"what": "Hộ thoát nghèo", "indicator": "Số hộ", "target_value": 15, "unit_of_measure": "hộ"},
                {"what": "Tổ hợp tác thành lập", "target_value": 2, "unit_of_measure": "tổ"},
            ],
            "start_date": f"{YEAR}-01-01",
            "end_date": f"{YEAR}-12-31",
        }
        body.update(over)
        return body

    async def create(self, user: str = "demo.registrant", *, with_form: bool = False, **over: Any) -> dict[str, Any]:
        """Register a model and return it; `with_form` also attaches its registration form (Mẫu 1)."""
        r = await self.client.post("/api/v1/models", json=self.body(**over), headers=self.demo.headers(user))
        assert r.status_code == 201, r.text
        if with_form:
            await self.attach(r.json()["id"], "registration_form", user)
        return r.json()

    async def attach(
        self,
        model_id: str,
        kind: str,
        user: str = "demo.registrant",
        *,
        content: bytes | None = None,
        filename: str = "tai-lieu.pdf",
        content_type: str = "application/pdf",
        expect: int = 201,
        headers: dict[str, str] | None = None,
        **fields: Any,
    ) -> Any:
        """Upload a file to the model's dossier (a tiny valid PDF unless `content` is given)."""
        data = {
            "kind": kind,
            "title": fields.pop("title", f"Tệp {kind}"),
            **{k: v if isinstance(v, str) else str(v).lower() for k, v in fields.items()},
        }
        body = content if content is not None else tiny_pdf(f"{model_id}:{kind}:{fields}")
        r = await self.client.post(
            f"/api/v1/models/{model_id}/evidence",
            data=data,
            files={"file": (filename, body, content_type)},
            headers=self.demo.headers(user, **(headers or {})),
        )
        assert r.status_code == expect, r.text
        return r.json()

    async def confirm(self, model_id: str, user: str, kind: str, expect: int = 201, **body: Any) -> Any:
        """Record a confirmation act (POST /models/{id}/confirmations) as `user` and check the status."""
        r = await self.client.post(
            f"/api/v1/models/{model_id}/confirmations", json={"kind": kind, **body}, headers=self.demo.headers(user)
        )
        assert r.status_code == expect, r.text
        return r.json()

    async def move(
        self, model_id: str, user: str, action: str, expect: int = 200, *, etag: str | None = None, **payload: Any
    ) -> Any:
        """Apply a transition with If-Match (`etag`, else the model's current ETag) and check the status."""
        headers = self.demo.headers(user, **({"If-Match": etag} if etag else {}))
        headers = await if_match(self.client, f"/api/v1/models/{model_id}", headers)
        r = await self.client.post(
            f"/api/v1/models/{model_id}/transitions", json={"action": action, **payload}, headers=headers
        )
        assert r.status_code == expect, r.text
        return r.json()


RESULTS = {
    "results": [{"target_index": 0, "achieved_value": 16}, {"target_index": 1, "achieved_value": 2}],
    "results_report": "Đã giúp 16 hộ thoát nghèo.",
}
SURVEY = {
    "surveyed_on": str(TODAY),
    "officers": ["Lê Văn Cường"],
    "findings": "Nhân dân đồng tình hưởng ứng.",
    "scores": [{"criterion": c, "score": 8, "comment": ""} for c in range(1, 6)],
}


async def make_campaign(
    session: Any, owner: str, *, opens: Any = None, closes: Any = None, results_due: Any = None
) -> Campaign:
    """Insert a campaign and one cycle for YEAR directly (the campaigns API is tested elsewhere)."""
    if await session.get(AuthorityProfile, "district_2023") is None:
        session.add(AuthorityProfile(code="district_2023", label_vi="KH 2023", label_en="Plan 2023", is_default=True))
    unit = (await session.execute(select(Unit).where(Unit.code == owner))).scalar_one()
    campaign = Campaign(
        name=f"Giai đoạn {YEAR}–{YEAR + 2}",
        start_year=YEAR,
        end_year=YEAR + 2,
        owning_unit_id=unit.id,
        owning_unit_path=unit.path,
        authority_profile="district_2023",
    )
    campaign.cycles = [
        CampaignCycle(
            year=YEAR,
            registration_windows=[
                {
                    "label": "Đăng ký",
                    "opens_on": str(opens or TODAY - timedelta(days=10)),
                    "closes_on": str(closes or TODAY + timedelta(days=10)),
                }
            ],
            results_due_on=results_due or TODAY + timedelta(days=30),
            recognition_starts_on=TODAY + timedelta(days=40),
            recognition_ends_on=TODAY + timedelta(days=70),
        )
    ]
    session.add(campaign)
    await session.commit()
    return campaign


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Ctx:
    """A Vĩnh Linh campaign with an open window, and helpers."""
    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))
