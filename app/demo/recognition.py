"""Demo data for the end of the lifecycle: last year's model of thôn Tân Lập's party cell went through a
public review, was recognised by Đảng ủy xã Vĩnh Thạch in October, nominated with its exemplar dossier,
recognised as an exemplar at the phase's interim review and commended — so the public showcase has
something to show and a newcomer sees reviews and decisions filled in as officials fill them in."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.confirmations.schemas import ConfirmationCreate
from app.confirmations.service import Confirmer, confirm
from app.core.search import fold
from app.demo.documents import sample_pdf
from app.demo.files import jpeg, store_file
from app.demo.repository import grants_of
from app.models import (
    Campaign,
    CampaignCycle,
    Decision,
    DecisionModel,
    ModelHistory,
    RegisteredModel,
    Review,
    ReviewCandidate,
    ReviewMember,
    ReviewVote,
    Survey,
    Unit,
    User,
)
from app.policy.authority_service import authority_for_unit
from app.registry.service import next_model_code
from app.reviews.candidates import levels_held
from app.workflow import service as workflow
from app.workflow.states import State

NAME = "Chi bộ thôn Tân Lập lãnh đạo xây dựng đường giao thông nông thôn bằng sức dân"
SUMMARY = (
    "Đảng viên đi trước, nhân dân hiến 3.200 m² đất và 1.500 ngày công làm 2,4 km đường bê tông "
    "liên xóm; không phát sinh khiếu kiện."
)
REPORT_NOTE = "Đảng ủy xã Vĩnh Thạch xác nhận báo cáo thành tích của chi bộ thôn Tân Lập."
MEMBERS = [
    ("Nguyễn Văn Hùng", "Bí thư Đảng ủy, Chủ tịch Hội đồng"),
    ("Lê Thị Mai", "Trưởng khối Dân vận xã"),
    ("Hồ Văn Sơn", "Chủ tịch Ủy ban MTTQ xã"),
    ("Trần Văn Long", "Bí thư chi bộ thôn Tân Lập"),
    ("Phan Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
]


async def move_at(
    session: AsyncSession, model: RegisteredModel, actor: User, action: str, to: str, at: datetime, **details: Any
) -> None:
    """A step of the exemplar's history, through the workflow service (checked against the table), dated `at`."""
    entry = await workflow.replay(
        session, workflow.Actor(actor.id, actor.full_name), model, action, at, details=details
    )
    assert entry.to_state == to, (entry.to_state, to)


async def closed_review(
    session: AsyncSession,
    campaign: Campaign,
    unit: Unit,
    model: RegisteredModel,
    author: User,
    held_on: date,
    purpose: str,
    closed_at: datetime,
    scores: list[int] | None = None,
) -> Review:
    """A closed review of one model held by `unit`, its members, the model approved by all present but the
    recused member (the cell's own secretary), with the scores agreed (9 on each general criterion unless
    given)."""
    scores = scores or [9] * 5
    review = Review(
        holding_unit_id=unit.id,
        holding_unit_path=unit.path,
        campaign_id=campaign.id,
        year=held_on.year,
        purpose=purpose,
        phase_review="interim" if purpose == "exemplar" else None,
        level=next(iter(levels_held(model, unit.id)), None),
        title=(
            "Hội nghị bình xét mô hình “Dân vận khéo” năm "
            if purpose == "model"
            else "Sơ kết giữa kỳ, xét công nhận điển hình “Dân vận khéo” "
        )
        + str(held_on.year),
        held_on=held_on,
        place="Hội trường Đảng ủy xã Vĩnh Thạch",
        chair=MEMBERS[0][0],
        secretary=MEMBERS[1][0],
        status="closed",
        closed_at=closed_at,
        closed_by_id=author.id,
        created_by_id=author.id,
    )
    session.add(review)
    await session.flush()
    members = [
        ReviewMember(
            review_id=review.id, position=i, full_name=n, title=t, unit_id=model.registrant_unit_id if i == 3 else None
        )
        for i, (n, t) in enumerate(MEMBERS)
    ]
    session.add_all(members)
    candidate = ReviewCandidate(
        review_id=review.id,
        model_id=model.id,
        total_score=sum(scores),
        scores=[{"criterion": c, "score": s, "comment": ""} for c, s in enumerate(scores, start=1)],
        outcome="approved",
        tally={"eligible": 4, "approve": 4, "reject": 0, "abstain": 0, "not_voted": 0, "recused": 1},
    )
    session.add(candidate)
    await session.flush()
    for i, member in enumerate(members):
        recused = i == 3  # the cell's own secretary: recused for the cell's model
        session.add(
            ReviewVote(
                review_id=review.id,
                candidate_id=candidate.id,
                member_id=member.id,
                vote=None if recused else "approve",
                recused=recused,
                recusal_reason="Thành viên thuộc đơn vị đăng ký mô hình." if recused else "",
            )
        )
    return review


async def issued_decision(
    session: AsyncSession,
    unit: Unit,
    signer: User,
    kind: str,
    number: str,
    issued_on: date,
    review: Review | None,
    model: RegisteredModel,
    to_state: str,
    standard_exception: dict[str, Any] | None = None,
    **extra: Any,
) -> Decision:
    """An issued decision on one model (with the exception it recorded, for a model below the standard)."""
    decision = Decision(
        kind=kind,
        number=number,
        serial=int(number.split("-")[0]),
        year=issued_on.year,
        issued_on=issued_on,
        issuing_unit_id=unit.id,
        issuing_unit_path=unit.path,
        signer_name="Nguyễn Văn Hùng",
        signer_title="Bí thư Đảng ủy",
        review_id=review.id if review else None,
        created_by_id=signer.id,
        **extra,
    )
    session.add(decision)
    await session.flush()
    session.add(
        DecisionModel(
            decision_id=decision.id,
            model_id=model.id,
            from_state=model.state,
            to_state=to_state,
            standard_exception=standard_exception,
        )
    )
    return decision


async def load_demo_recognition(
    session: AsyncSession, campaign: Campaign, cycle: CampaignCycle, units: dict[str, Unit], users: dict[str, User]
) -> RegisteredModel:
    """Last cycle's exemplar, with its reviews, decisions and published photos."""
    registrant, mobiliser, authority = users["demo.registrant"], users["demo.mobiliser"], users["demo.authority"]
    unit, council = units["QT-VL-VT-TL-CB"], units["QT-VL-VT-DU"]
    year = cycle.year
    answer = await authority_for_unit(session, campaign.authority_profile, "collective", unit.id)
    model = RegisteredModel(
        code=await next_model_code(session, year),
        campaign_id=campaign.id,
        cycle_id=cycle.id,
        year=year,
        registrant_unit_id=unit.id,
        unit_path=unit.path,
        registrant_kind="collective",
        name=NAME,
        summary=SUMMARY,
        search_text=fold(f"{NAME} {SUMMARY}"),
        field_code="new_rural",
        model_type="field_specific",
        objectives="Hoàn thành 2,4 km đường bê tông liên xóm bằng sức dân.",
        targets=[
            {"what": "Đường bê tông liên xóm", "indicator": "Chiều dài", "target_value": 2.4, "unit_of_measure": "km"}
        ],
        content_methods="Chi bộ ra nghị quyết chuyên đề; đảng viên nhận đoạn đường phụ trách; họp dân công khai.",
        start_date=date(year, 3, 1),
        end_date=date(year, 9, 30),
        address=unit.name,
        state=State.DRAFT.value,
        created_by_id=registrant.id,
        authority_case=answer.case_number,
        deciding_unit_id=answer.deciding_unit.id,
        reviewing_unit_id=answer.reviewing_unit.id,
        proposing_unit_id=answer.proposing_unit.id,
        results=[{"target_index": 0, "achieved_value": 2.4, "note": "Hoàn thành trước 2 tháng."}],
        results_report="Hoàn thành 2,4 km đường, 100% hộ đồng thuận.",
        submitted_at=datetime(year, 8, 10, 2, tzinfo=UTC),
        reported_at=datetime(year, 9, 25, 2, tzinfo=UTC),
    )
    session.add(model)
    await session.flush()
    at = datetime(year, 8, 10, 2, tzinfo=UTC)
    session.add(
        ModelHistory(
            model_id=model.id,
            at=at,
            actor_id=registrant.id,
            actor_name=registrant.full_name,
            action="create",
            from_state=None,
            to_state=State.DRAFT.value,
        )
    )
    await store_file(
        session,
        model,
        registrant,
        "registration_form",
        "Bảng đăng ký mô hình (Mẫu 1)",
        sample_pdf(model.code),
        "application/pdf",
        f"Mau-1-{model.code}.pdf",
    )
    await move_at(session, model, registrant, "submit", "registered", at)
    await move_at(session, model, mobiliser, "accept", "implementing", datetime(year, 8, 15, 2, tzinfo=UTC))
    await move_at(session, model, registrant, "report_results", "reported", datetime(year, 9, 25, 2, tzinfo=UTC))
    session.add(
        Survey(
            model_id=model.id,
            surveyed_on=date(year, 9, 28),
            officers=[mobiliser.full_name],
            findings="Đường đã đưa vào sử dụng, nhân dân phấn khởi; cách làm có thể nhân rộng.",
            scores=[{"criterion": c, "score": 9, "comment": ""} for c in range(1, 6)],
            total_score=45,
            recorded_by_id=mobiliser.id,
        )
    )
    await move_at(session, model, mobiliser, "record_survey", "surveyed", datetime(year, 9, 28, 8, tzinfo=UTC))

    review = await closed_review(
        session, campaign, council, model, mobiliser, date(year, 10, 8), "model", datetime(year, 10, 8, 9, tzinfo=UTC)
    )
    await store_file(
        session,
        model,
        mobiliser,
        "review_minutes",
        "Biên bản họp bình xét",
        sample_pdf(f"minutes {year}"),
        "application/pdf",
        "bien-ban-binh-xet.pdf",
        review_id=review.id,
    )
    recognition = await issued_decision(
        session, council, authority, "model_recognition", "45-QĐ/ĐU", date(year, 10, 15), review, model, "recognized"
    )
    await session.flush()
    await move_at(
        session,
        model,
        authority,
        "recognize",
        "recognized",
        datetime(year, 10, 15, 3, tzinfo=UTC),
        decision_id=str(recognition.id),
        number=recognition.number,
    )

    files = {}
    for kind, title, data, name in (
        ("submission", "Tờ trình đề nghị công nhận điển hình", sample_pdf("to trinh"), "to-trinh.pdf"),
        ("achievement_report", "Báo cáo thành tích", sample_pdf("thanh tich"), "bao-cao-thanh-tich.pdf"),
    ):
        files[kind] = await store_file(session, model, registrant, kind, title, data, "application/pdf", name)
    await session.flush()
    # Đảng ủy xã Vĩnh Thạch (the cell's grassroots committee) confirms the report: an act of its user.
    confirmer = Confirmer(authority.id, authority.full_name, await grants_of(session, authority.id))
    report = ConfirmationCreate(kind="achievement_report", evidence_id=files["achievement_report"].id, note=REPORT_NOTE)
    await confirm(session, None, confirmer, model, report, at=datetime(year, 10, 30, 2, tzinfo=UTC))
    for i, colour in enumerate(((46, 125, 50), (198, 40, 40)), start=1):
        await store_file(
            session,
            model,
            registrant,
            "model_photo",
            f"Tuyến đường bê tông liên xóm ({i})",
            jpeg(colour),
            "image/jpeg",
            f"duong-lien-xom-{i}.jpg",
        )
        await store_file(
            session,
            model,
            registrant,
            "portrait",
            f"Ảnh chân dung ({i})",
            jpeg((90 + i, 90, 90)),
            "image/jpeg",
            f"chan-dung-{i}.jpg",
        )
    await move_at(session, model, registrant, "nominate", "nominated", datetime(year, 11, 2, 2, tzinfo=UTC))

    interim = await closed_review(
        session,
        campaign,
        council,
        model,
        mobiliser,
        date(year, 11, 20),
        "exemplar",
        datetime(year, 11, 20, 9, tzinfo=UTC),
    )
    exemplar = await issued_decision(
        session,
        council,
        authority,
        "exemplar_recognition",
        "52-QĐ/ĐU",
        date(year, 11, 25),
        interim,
        model,
        "exemplar",
        phase_review="interim",
        publish=True,
        public_evidence_kinds=["model_photo"],
    )
    await session.flush()
    await move_at(
        session,
        model,
        authority,
        "recognize_exemplar",
        "exemplar",
        datetime(year, 11, 25, 3, tzinfo=UTC),
        decision_id=str(exemplar.id),
        number=exemplar.number,
    )
    commendation = await issued_decision(
        session,
        council,
        authority,
        "commendation",
        "53-QĐ/ĐU",
        date(year, 11, 25),
        None,
        model,
        "exemplar",
        award_form="certificate_of_commendation",
        award_level="grassroots",
        publish=True,
        public_evidence_kinds=["model_photo"],
    )
    await session.flush()
    await move_at(
        session,
        model,
        authority,
        "commend",
        "exemplar",
        datetime(year, 11, 25, 3, tzinfo=UTC),
        decision_id=str(commendation.id),
        number=commendation.number,
    )
    await session.flush()
    return model
