"""Demo yearly indicators (seed 003 §1): this year's default catalogue, the dialogue Đảng ủy xã Vĩnh Thạch
held with the people, and Thôn Tân Lập's community investment supervision board."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.indicators.service import default_catalogue
from app.models import Campaign, IndicatorValue, Unit, User


async def load_demo_indicators(
    session: AsyncSession, campaign: Campaign, year: int, today: date, units: dict[str, Unit], registrant: User
) -> None:
    """Load the year's catalogue and two reported values (the report then shows who still misses each)."""
    catalogue = {i.code: i for i in default_catalogue(campaign.id, year)}
    session.add_all(catalogue.values())
    await session.flush()
    committee, village = units["QT-VL-VT-DU"], units["QT-VL-VT-TL"]
    session.add_all(
        [
            IndicatorValue(
                indicator_id=catalogue["direct_dialogue"].id,
                unit_id=committee.id,
                unit_path=committee.path,
                value=1,
                occurred_on=date(year, 1, 15) if today > date(year, 1, 15) else today,
                held_by="Đồng chí Bí thư Đảng ủy xã Vĩnh Thạch",
                attendance=120,
                minutes="Nhân dân phản ánh về đường giao thông nội đồng thôn Tân Lập; Đảng ủy giao Ủy ban nhân "
                "dân xã khảo sát, báo cáo trong tháng.",
                document_ref="Biên bản hội nghị đối thoại (dữ liệu mẫu)",
                reported_by_id=registrant.id,
            ),
            IndicatorValue(
                indicator_id=catalogue["community_investment_supervision_board"].id,
                unit_id=village.id,
                unit_path=village.path,
                value=1,
                occurred_on=date(year, 1, 1),
                note="Ban Giám sát đầu tư của cộng đồng thôn Tân Lập đã được thành lập.",
                reported_by_id=registrant.id,
            ),
        ]
    )
    await session.flush()
