"""Demo follow-ups: the district board's visits to this year's models while they are implemented (seed 001
§III.2.1: theo dõi, biểu dương, giúp đỡ khắc phục khó khăn), one request still open past its due date so
`GET /follow-ups?open=true&due_before=<today>` has something to chase."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.followups.schemas import FollowUpCreate
from app.followups.service import write_follow_up
from app.models import RegisteredModel, User

# Registrant unit code -> the visits recorded once its model is implementing: (days before today, body).
# A visit with `resolves_previous` closes the request of the visit before it.
DEMO_FOLLOW_UPS: dict[str, list[tuple[int, dict[str, Any]]]] = {
    "QT-VL-VT-TL": [
        (
            45,
            {
                "kind": "praise",
                "participants": ["Khối Dân vận xã Vĩnh Thạch"],
                "findings": "30/40 hộ đã cải tạo vườn tạp, trồng bưởi và cam; chi hội nông dân thôn tổ chức "
                "tốt việc đổi công. Biểu dương tổ đổi công xóm Đông.",
            },
        ),
    ],
    "QT-VL-VT-MTTQ": [
        (
            30,
            {
                "kind": "inspection",
                "participants": ["Nguyễn Thị Hoa (Khối Dân vận xã Vĩnh Thạch)"],
                "findings": "Đã vận động 25 hộ hiến đất, làm được 1,2 km đường bê tông; còn 3 hộ chưa đồng thuận.",
                "request": "Phối hợp chi bộ thôn gặp gỡ, vận động 3 hộ còn lại; báo cáo kết quả về Ban Dân vận.",
                "due_days_ago": 5,
            },
        ),
    ],
    "QT-VL-VT-HLHPN": [
        (
            60,
            {
                "kind": "guidance",
                "findings": "Tổ tiết kiệm hoạt động đều; sổ theo dõi vốn vay chưa ghi đủ các lần quay vòng.",
                "request": "Bổ sung sổ theo dõi vốn vay quay vòng của tổ tiết kiệm.",
                "due_days_ago": 40,
            },
        ),
        (
            35,
            {
                "kind": "monitoring",
                "findings": "Sổ theo dõi vốn vay đã ghi đầy đủ; 12 hội viên đều đã nhận bò giống.",
                "resolves_previous": True,
            },
        ),
    ],
}


async def add_demo_follow_ups(
    session: AsyncSession, model: RegisteredModel, unit_code: str, officer: User, today: date
) -> None:
    """Record the demo visits of this model (none for most), as the district board's officer made them."""
    previous = None
    for days_ago, spec in DEMO_FOLLOW_UPS.get(unit_code, []):
        values = dict(spec)
        due_days_ago = values.pop("due_days_ago", None)
        resolves_previous = values.pop("resolves_previous", False)
        closes = previous if resolves_previous else None
        body = FollowUpCreate(
            visited_on=today - timedelta(days=days_ago),
            request_due_on=today - timedelta(days=due_days_ago) if due_days_ago is not None else None,
            resolves=[closes.id] if closes is not None else [],
            **values,
        )
        follow_up, _ = write_follow_up(session, model, (officer.id, officer.full_name), body)
        await session.flush()
        if closes is not None:
            closes.resolved_at, closes.resolved_by_id = follow_up.created_at, follow_up.id
        previous = follow_up
