"""Demo: the party cell of Thôn Tân Lập reviews its village's model (seed 000 §3(1): the cells "tiến hành bình
xét, thẩm định, gửi danh sách, biên bản họp xét về Ban Thường vụ Đảng ủy"). This year's surveyed model of the
village has the cell's closed review, held at level `cell`, with its members' votes and the minutes filed in
the dossier; the standing board's proposal and the committee's decision are still to come."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import repository
from app.demo.documents import sample_pdf
from app.demo.files import store_file
from app.models import Campaign, Review, ReviewCandidate, ReviewMember, ReviewVote, Unit, User

MEMBERS = [
    ("Nguyễn Văn Tân", "Bí thư Chi bộ thôn Tân Lập"),
    ("Lê Thị Lan", "Phó Bí thư Chi bộ, Trưởng thôn"),
    ("Trần Văn Hòa", "Chi hội trưởng Chi hội Nông dân thôn"),
    ("Võ Thị Hằng", "Chi hội trưởng Chi hội Phụ nữ thôn"),
    ("Hồ Văn Nam", "Trưởng ban Công tác Mặt trận thôn"),
]
SCORES = {"identity": 9, "leadership": 9, "consent": 8.5, "interests": 9, "sustainability": 8}


async def load_demo_cell_review(
    session: AsyncSession, campaign: Campaign, year: int, today: date, units: dict[str, Unit], mobiliser: User
) -> Review:
    """The cell's closed review of the village's surveyed model, with the minutes in the model's dossier."""
    cell, village = units["QT-VL-VT-TL-CB"], units["QT-VL-VT-TL"]
    model = await repository.model_in_state(session, village.id, year, "surveyed")
    assert model.reviewing_unit_id == cell.id, "the policy names the cell as the reviewing unit (case 1)"
    held_on = min(today, date(year, 9, 25))
    closed_at = datetime.combine(held_on, time(10), tzinfo=UTC)
    review = Review(
        holding_unit_id=cell.id,
        holding_unit_path=cell.path,
        campaign_id=campaign.id,
        year=year,
        purpose="model",
        level="cell",
        title=f"Chi bộ thôn Tân Lập họp bình xét, thẩm định mô hình “Dân vận khéo” năm {year}",
        held_on=held_on,
        place="Nhà văn hóa thôn Tân Lập",
        chair=MEMBERS[0][0],
        secretary=MEMBERS[1][0],
        status="closed",
        closed_at=closed_at,
        closed_by_id=mobiliser.id,
        created_by_id=mobiliser.id,
    )
    session.add(review)
    await session.flush()
    members = [ReviewMember(review_id=review.id, position=i, full_name=n, title=t) for i, (n, t) in enumerate(MEMBERS)]
    session.add_all(members)
    scores = [
        {"criterion": i, "code": code, "score": score, "comment": ""}
        for i, (code, score) in enumerate(SCORES.items(), start=1)
    ]
    candidate = ReviewCandidate(
        review_id=review.id,
        model_id=model.id,
        scores=scores,
        total_score=sum(SCORES.values()),
        note="Chi bộ thống nhất gửi danh sách, biên bản họp xét về Ban Thường vụ Đảng ủy xã.",
        outcome="approved",
        tally={"eligible": 5, "approve": 5, "reject": 0, "abstain": 0, "not_voted": 0, "recused": 0},
    )
    session.add(candidate)
    await session.flush()
    session.add_all(
        ReviewVote(review_id=review.id, candidate_id=candidate.id, member_id=m.id, vote="approve") for m in members
    )
    await store_file(
        session,
        model,
        mobiliser,
        "review_minutes",
        "Biên bản họp bình xét, thẩm định của Chi bộ thôn Tân Lập",
        sample_pdf(f"bien ban chi bo Tan Lap {year}"),
        "application/pdf",
        "bien-ban-chi-bo-tan-lap.pdf",
        review_id=review.id,
    )
    await session.flush()
    return review
