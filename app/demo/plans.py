"""Demo plans (seed 000 §2.1): Huyện ủy Vĩnh Linh's plan for the phase with its document, Đảng ủy xã Vĩnh
Thạch's plan disseminated to the commune, and the commune government's plan not yet disseminated. Every other
unit expected to plan has none yet, so the coverage report's chase list shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.documents import sample_pdf
from app.demo.files import store_bytes
from app.events.service import record_event
from app.models import Campaign, Unit, UnitPlan, User

PHASE = "đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn {start} – {end}"


async def load_demo_plans(
    session: AsyncSession, campaign: Campaign, units: dict[str, Unit], users: dict[str, User]
) -> None:
    """Three plans of the campaign's first year; the district's carries its PDF."""
    start, end = campaign.start_year, campaign.end_year
    phase = PHASE.format(start=start, end=end)
    document = sample_pdf(f"88-KH/HU {start}")
    sha256 = await store_bytes(document, "application/pdf")
    plans = [
        UnitPlan(
            campaign_id=campaign.id,
            unit_id=units["QT-VL-HU"].id,
            document_number="88-KH/HU",
            title=f"Kế hoạch {phase}",
            issued_on=date(start, 6, 27),
            issued_by="Ban Thường vụ Huyện ủy Vĩnh Linh",
            disseminated_on=date(start, 7, 10),
            dissemination_note="Hội nghị quán triệt, triển khai đến các chi, đảng bộ trực thuộc, Mặt trận và "
            "các đoàn thể huyện.",
            document_filename="88-KH-HU.pdf",
            document_media_type="application/pdf",
            document_size=len(document),
            document_sha256=sha256,
            recorded_by_id=users["demo.mobiliser"].id,
        ),
        UnitPlan(
            campaign_id=campaign.id,
            unit_id=units["QT-VL-VT-DU"].id,
            document_number="45-KH/ĐU",
            title=f"Kế hoạch triển khai thực hiện phong trào thi đua “Dân vận khéo” giai đoạn {start} – {end}",
            issued_on=date(start, 7, 15),
            issued_by="Ban Thường vụ Đảng ủy xã Vĩnh Thạch",
            disseminated_on=date(start, 7, 28),
            dissemination_note="Quán triệt đến toàn thể cán bộ, đảng viên, đoàn viên, hội viên và Nhân dân "
            "qua hội nghị và hệ thống loa truyền thanh xã.",
            recorded_by_id=users["demo.registrant"].id,
        ),
        UnitPlan(
            campaign_id=campaign.id,
            unit_id=units["QT-VL-VT-UBND"].id,
            document_number="12-KH/UBND",
            title=f"Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” trong công tác chính quyền giai đoạn "
            f"{start} – {end}",
            issued_on=date(start, 8, 2),
            issued_by="Ủy ban nhân dân xã Vĩnh Thạch",
            recorded_by_id=users["demo.registrant"].id,
        ),
    ]
    session.add_all(plans)
    await session.flush()
    for plan in plans:  # the events recording them would have written (GET /events shows the plans)
        await record_event(
            session,
            "plan.recorded",
            resource_type="plan",
            resource_id=plan.id,
            unit_path=next(u.path for u in units.values() if u.id == plan.unit_id),
            actor_id=plan.recorded_by_id,
            request_id=None,
            data={"campaign_id": plan.campaign_id, "unit_id": plan.unit_id, "document_number": plan.document_number},
            occurred_at=datetime.combine(plan.issued_on, time(3), UTC),
            flush=False,
        )
    await session.flush()
