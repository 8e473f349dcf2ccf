"""Demo data for what models are scored on and must meet: the Vĩnh Linh campaign's own criteria per field
(seed 001 §II "tiêu chí cụ thể … trên từng lĩnh vực"), the conditions the comprehensive model of chi bộ thôn
Thái Lai recorded with its papers (seed 000 §2.2(1)), and last year's model of Hội Nông dân xã Vĩnh Thạch,
recognised below the standard with the exception and the reason Đảng ủy xã recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.search import fold
from app.demo.documents import sample_pdf
from app.demo.files import store_file
from app.demo.recognition import closed_review, issued_decision, move_at
from app.models import (
    Campaign,
    CampaignCriterion,
    CampaignCycle,
    ModelConditions,
    ModelHistory,
    RegisteredModel,
    Survey,
    Unit,
    User,
)
from app.policy.authority_service import authority_for_unit
from app.registry.service import next_model_code
from app.workflow.states import State

# The campaign's own criteria: (code, field, vi, en, top, minimum).
DEMO_CRITERIA: list[tuple[str, str, str, str, int, float | None]] = [
    (
        "household_income",
        "economy",
        "Thu nhập bình quân của hộ tham gia mô hình tăng từ 10% trở lên so với năm trước",
        "The average income of participating households rises by 10 % or more on the year before",
        10,
        5.0,
    ),
    (
        "safe_neighbourhood",
        "defence_security",
        "Khu dân cư được công nhận đạt chuẩn an toàn về an ninh, trật tự",
        "The residential area is recognised as meeting the security and order safety standard",
        10,
        None,
    ),
]
OWN_SCORE = 8

# Last year's model recognised below the standard (consent 4/10, the standard's minimum 5).
BELOW_UNIT = "QT-VL-VT-HND"
BELOW_NAME = "Hội Nông dân xã vận động chuyển đổi cây trồng trên vùng đất cát ven biển"
BELOW_SUMMARY = "Vận động 35 hộ chuyển sang trồng dưa, lạc trên đất cát; năm đầu nhiều hộ còn e ngại."
BELOW_SCORES = [9, 8, 4, 8, 8]
BELOW_TARGET = {"what": "Hộ chuyển đổi cây trồng", "indicator": "Số hộ", "target_value": 35, "unit_of_measure": "hộ"}
BELOW_REASON = (
    "Mô hình mới triển khai ở vùng đất cát ven biển đặc biệt khó khăn, bước đầu có hiệu quả; Đảng ủy thống nhất "
    "công nhận để động viên và tiếp tục theo dõi trong năm sau."
)


def own_scores(field_code: str) -> list[dict[str, Any]]:
    """A demo survey's scores of the campaign's own criteria of a field."""
    return [
        {"criterion": None, "code": code, "score": OWN_SCORE, "comment": ""}
        for code, field, *_ in DEMO_CRITERIA
        if field == field_code
    ]


def add_demo_criteria(session: AsyncSession, campaign: Campaign, admin: User) -> None:
    """The campaign's own criteria, added by the province's administrator."""
    session.add_all(
        CampaignCriterion(
            campaign_id=campaign.id,
            code=code,
            field_code=field,
            label_vi=vi,
            label_en=en,
            max_score=top,
            min_score=minimum,
            sort_order=order,
            created_by_id=admin.id,
        )
        for order, (code, field, vi, en, top, minimum) in enumerate(DEMO_CRITERIA, start=1)
    )


async def record_demo_conditions(
    session: AsyncSession, model: RegisteredModel, registrant: User, officer: User
) -> None:
    """Chi bộ thôn Thái Lai's comprehensive model: its papers filed and its conditions recorded by the officer."""
    year = model.year - 1
    papers = {}
    for key, title in (
        ("rating", f"Quyết định xếp loại chất lượng tổ chức đảng, Ban công tác Mặt trận và các chi hội năm {year}"),
        ("culture", f"Quyết định công nhận danh hiệu Thôn văn hóa năm {year}"),
        ("members", f"Tổng hợp kết quả đánh giá, xếp loại đảng viên chi bộ thôn Thái Lai năm {year}"),
    ):
        evidence = await store_file(
            session, model, registrant, "other", title, sample_pdf(title), "application/pdf", f"{key}-{year}.pdf"
        )
        await session.flush()
        papers[key] = [str(evidence.id)]
    who = {"recorded_by_id": str(officer.id), "recorded_by_name": officer.full_name}
    at = {"recorded_at": datetime.now(UTC).isoformat()}

    def met(key: str, note: str, **value: Any) -> dict[str, Any]:
        return {"applies": True, "met": None, "percentage": None, "evidence_ids": papers[key], "note": note} | value

    entries = {
        "organisations_rated_well": met(
            "rating", "Chi bộ, Ban công tác Mặt trận, 4 chi hội và chi đoàn: hoàn thành tốt nhiệm vụ trở lên.", met=True
        ),
        "schools_advanced": {
            "applies": False,
            "met": None,
            "percentage": None,
            "evidence_ids": [],
            "note": "Thôn Thái Lai không có trường học; học sinh học tại các trường của xã.",
        },
        "unit_cultural_standard": met("culture", "Thôn giữ vững danh hiệu Thôn văn hóa 5 năm liền.", met=True),
        "villages_cultural": met("culture", "Thôn Thái Lai đạt danh hiệu Thôn văn hóa.", met=True),
        "members_completing_well": met("members", "17/18 đảng viên hoàn thành tốt nhiệm vụ trở lên.", percentage=94.4),
    }
    session.add(
        ModelConditions(
            model_id=model.id, entries={k: v | who | at for k, v in entries.items()}, updated_by_id=officer.id
        )
    )


async def _below_model(
    session: AsyncSession, campaign: Campaign, cycle: CampaignCycle, unit: Unit, registrant: User
) -> RegisteredModel:
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
        name=BELOW_NAME,
        summary=BELOW_SUMMARY,
        search_text=fold(f"{BELOW_NAME} {BELOW_SUMMARY}"),
        field_code="economy",
        model_type="field_specific",
        objectives="35 hộ chuyển đổi cây trồng trên đất cát.",
        targets=[BELOW_TARGET],
        content_methods="Hội viên nòng cốt làm trước; tập huấn kỹ thuật; liên kết bao tiêu dưa, lạc.",
        start_date=date(year, 2, 1),
        end_date=date(year, 9, 30),
        address=unit.name,
        state=State.DRAFT.value,
        created_by_id=registrant.id,
        authority_case=answer.case_number,
        deciding_unit_id=answer.deciding_unit.id,
        reviewing_unit_id=answer.reviewing_unit.id,
        proposing_unit_id=answer.proposing_unit.id,
        results=[{"target_index": 0, "achieved_value": 21, "note": "14 hộ còn e ngại, chưa chuyển đổi."}],
        results_report="21/35 hộ chuyển đổi; thu nhập các hộ tham gia tăng khoảng 12%.",
        submitted_at=datetime(year, 2, 20, 2, tzinfo=UTC),
        reported_at=datetime(year, 9, 25, 2, tzinfo=UTC),
    )
    session.add(model)
    await session.flush()
    session.add(
        ModelHistory(
            model_id=model.id,
            at=datetime(year, 2, 20, 1, tzinfo=UTC),
            actor_id=registrant.id,
            actor_name=registrant.full_name,
            action="create",
            from_state=None,
            to_state=State.DRAFT.value,
        )
    )
    title = "Bảng đăng ký mô hình (Mẫu 1)"
    await store_file(
        session, model, registrant, "registration_form", title, sample_pdf(model.code), "application/pdf", "Mau-1.pdf"
    )
    return model


async def load_demo_exception(
    session: AsyncSession, campaign: Campaign, cycle: CampaignCycle, units: dict[str, Unit], users: dict[str, User]
) -> RegisteredModel:
    """Last cycle's model of Hội Nông dân xã, scored 4/10 on the people's consent and recognised by Đảng ủy xã
    with the exception and its reason on the decision (seed 001 §I.2.1 "đúng tiêu chuẩn")."""
    registrant, officer, authority = users["demo.registrant"], users["demo.mobiliser"], users["demo.authority"]
    council, year = units["QT-VL-VT-DU"], cycle.year
    model = await _below_model(session, campaign, cycle, units[BELOW_UNIT], registrant)
    await move_at(session, model, registrant, "submit", "registered", datetime(year, 2, 20, 2, tzinfo=UTC))
    await move_at(session, model, officer, "accept", "implementing", datetime(year, 2, 25, 2, tzinfo=UTC))
    await move_at(session, model, registrant, "report_results", "reported", datetime(year, 9, 25, 2, tzinfo=UTC))
    scores = [{"criterion": c, "score": s, "comment": ""} for c, s in enumerate(BELOW_SCORES, start=1)]
    session.add(
        Survey(
            model_id=model.id,
            surveyed_on=date(year, 9, 29),
            officers=[officer.full_name],
            findings="Một số hộ còn e ngại, chưa tham gia; kết quả bước đầu khả quan, thu nhập hộ tham gia tăng.",
            scores=scores + own_scores("economy"),
            total_score=sum(BELOW_SCORES),
            recorded_by_id=officer.id,
        )
    )
    await move_at(session, model, officer, "record_survey", "surveyed", datetime(year, 9, 29, 8, tzinfo=UTC))
    held, closed = date(year, 10, 8), datetime(year, 10, 8, 10, tzinfo=UTC)
    review = await closed_review(session, campaign, council, model, officer, held, "model", closed, BELOW_SCORES)
    exception = {
        "reason": BELOW_REASON,
        "by_id": str(authority.id),
        "below": [{"criterion": "consent", "score": 4, "minimum": 5}],
    }
    number, issued_on = "46-QĐ/ĐU", date(year, 10, 15)
    decision = await issued_decision(
        session, council, authority, "model_recognition", number, issued_on, review, model, "recognized", exception
    )
    await session.flush()
    await move_at(
        session,
        model,
        authority,
        "recognize",
        "recognized",
        datetime(year, 10, 15, 3, 30, tzinfo=UTC),
        decision_id=str(decision.id),
        number=decision.number,
        kind=decision.kind,
        standard_exception=exception,
    )
    return model
