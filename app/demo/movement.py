"""Demo movement data: a Vĩnh Linh campaign and models in several workflow states, so a newcomer
running ./scripts/serve sees every step of the process (never loaded in production or in tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.schedule import plan_cycle, stored_window
from app.core.search import fold
from app.demo import repository
from app.demo.cell_review import load_demo_cell_review
from app.demo.criteria import add_demo_criteria, load_demo_exception, own_scores, record_demo_conditions
from app.demo.documents import sample_pdf
from app.demo.events import record_history_events
from app.demo.files import store_file
from app.demo.followups import add_demo_follow_ups
from app.demo.indicators import load_demo_indicators
from app.demo.lists import load_demo_list
from app.demo.notifications import load_demo_notifications
from app.demo.plans import load_demo_plans
from app.demo.recognition import load_demo_recognition
from app.demo.signed import load_demo_documents
from app.models import Campaign, CampaignCycle, ModelHistory, RegisteredModel, Survey, Unit, User
from app.policy.authority_service import authority_for_unit
from app.registry.service import next_model_code
from app.workflow import service as workflow
from app.workflow.states import State

# (unit code, kind, individual, name, field, type, states walked after draft, summary)
DEMO_MODELS: list[tuple[str, str, str | None, str, str, str, list[str], str]] = [
    (
        "QT-VL-VT-TL",
        "collective",
        None,
        "Dân vận khéo trong phát triển kinh tế vườn hộ ở thôn Tân Lập",
        "economy",
        "field_specific",
        ["registered", "implementing", "reported", "surveyed"],
        "Vận động 40 hộ cải tạo vườn tạp, trồng cây ăn quả có giá trị kinh tế cao.",
    ),
    (
        "QT-VL-VT-MTTQ",
        "collective",
        None,
        "Mặt trận chung tay xây dựng nông thôn mới kiểu mẫu",
        "new_rural",
        "field_specific",
        ["registered", "implementing"],
        "Vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn.",
    ),
    (
        "QT-VL-VT-HLHPN",
        "individual",
        "Trần Thị Bình",
        "Phụ nữ giúp nhau thoát nghèo bền vững",
        "economy",
        "field_specific",
        ["registered", "implementing", "reported"],
        "Tổ tiết kiệm, vay vốn quay vòng giúp 12 hội viên nghèo chăn nuôi bò.",
    ),
    (
        "QT-VL-VT-TLA-CB",
        "collective",
        None,
        "Chi bộ lãnh đạo vận động hiến đất mở rộng đường thôn",
        "political_system",
        "comprehensive",
        ["registered"],
        "Đảng viên nêu gương trước, vận động hộ gia đình hiến đất mở đường.",
    ),
    (
        "QT-VL-VT-DTN",
        "collective",
        None,
        "Thanh niên tình nguyện giữ gìn môi trường xanh - sạch - đẹp",
        "culture_society",
        "field_specific",
        [],
        "Ra quân dọn vệ sinh, trồng cây xanh ngày Chủ nhật hằng tháng.",
    ),
    (
        "QT-VL-HX-KP1",
        "collective",
        None,
        "Khu phố an toàn về an ninh trật tự",
        "defence_security",
        "field_specific",
        ["registered", "returned"],
        "Tổ tự quản, camera an ninh, vận động nhân dân tố giác tội phạm.",
    ),
]

_ACTIONS = {
    "registered": "submit",
    "implementing": "accept",
    "reported": "report_results",
    "surveyed": "record_survey",
    "returned": "return",
}


async def _attach_form(session: AsyncSession, model: RegisteredModel, registrant: User) -> None:
    """The registration form (Mẫu 1) a submitted model must carry, as a real stored file."""
    await store_file(
        session,
        model,
        registrant,
        "registration_form",
        "Bảng đăng ký mô hình (Mẫu 1)",
        sample_pdf(model.code),
        "application/pdf",
        f"Mau-1-{model.code}.pdf",
        model_state="draft",
    )


def _cycle(year: int, today: date) -> CampaignCycle:
    plan = plan_cycle(year)
    windows = [stored_window(w) for w in plan.registration_windows]
    if year == today.year:
        # An extra window around the day the demo is loaded, so the demo registrant can submit now.
        windows.append(
            {
                "label": "Đăng ký bổ sung (dữ liệu mẫu)",
                "opens_on": str(max(today - timedelta(days=7), date(year, 9, 1))),
                "closes_on": str(min(today + timedelta(days=60), date(year + 1, 1, 31))),
            }
        )
        windows = [w for w in windows if not _overlaps(w, windows)]
    return CampaignCycle(
        year=year,
        registration_windows=windows,
        results_due_on=plan.results_due_on,
        recognition_starts_on=plan.recognition_starts_on,
        recognition_ends_on=plan.recognition_ends_on,
    )


def _overlaps(window: dict[str, Any], windows: list[dict[str, Any]]) -> bool:
    """True if a seed window overlaps the demo's extra one (the extra one wins)."""
    extra = windows[-1]
    return window is not extra and window["opens_on"] <= extra["closes_on"] and extra["opens_on"] <= window["closes_on"]


def _today() -> date:
    return datetime.now(UTC).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()


async def load_demo_movement(session: AsyncSession, units: dict[str, Unit]) -> Campaign:
    """A campaign of Huyện Vĩnh Linh (last year to next year) with its own criteria per field, one model per
    interesting state this year (the comprehensive one with its conditions recorded, the surveyed one reviewed
    by its village's party cell), last year's exemplar with its reviews and decisions (issued as signed
    documents), and last year's model recognised below the standard by an exception."""
    today = _today()
    year = today.year
    owner = units["QT-VL"]
    campaign = Campaign(
        name=f"Phong trào thi đua “Dân vận khéo” giai đoạn {year - 1}–{year + 1}",
        start_year=year - 1,
        end_year=year + 1,
        owning_unit_id=owner.id,
        owning_unit_path=owner.path,
        authority_profile="district_2023",
        description="Kế hoạch của Ban Thường vụ Huyện ủy Vĩnh Linh (dữ liệu mẫu).",
        cycles=[_cycle(y, today) for y in (year - 1, year, year + 1)],
    )
    session.add(campaign)
    await session.flush()
    cycle = next(c for c in campaign.cycles if c.year == year)
    users = {u.username: u for u in await repository.all_users(session)}
    registrant, mobiliser = users["demo.registrant"], users["demo.mobiliser"]
    add_demo_criteria(session, campaign, users["demo.admin"])
    models: dict[str, RegisteredModel] = {}
    for unit_code, kind, person, name, field, model_type, states, summary in DEMO_MODELS:
        models[name] = await _add_model(
            session,
            campaign,
            cycle,
            units[unit_code],
            kind,
            person,
            name,
            field,
            model_type,
            states,
            summary,
            registrant,
            mobiliser,
        )
    await load_demo_cell_review(session, campaign, year, today, units, mobiliser)
    await load_demo_list(session, campaign, cycle, units, registrant)
    last_cycle = next(c for c in campaign.cycles if c.year == year - 1)
    exemplar = await load_demo_recognition(session, campaign, last_cycle, units, users)
    await load_demo_documents(session, exemplar, units["QT-VL-VT-DU"], users["demo.authority"])
    await load_demo_exception(session, campaign, last_cycle, units, users)
    comprehensive = next(m for m in models.values() if m.model_type == "comprehensive")
    await record_demo_conditions(session, comprehensive, registrant, mobiliser)
    await load_demo_indicators(session, campaign, year, today, units, registrant)
    await load_demo_plans(session, campaign, units, users)
    await record_history_events(session)
    await load_demo_notifications(session, users)
    return campaign


async def _add_model(
    session: AsyncSession,
    campaign: Campaign,
    cycle: CampaignCycle,
    unit: Unit,
    kind: str,
    person: str | None,
    name: str,
    field: str,
    model_type: str,
    states: list[str],
    summary: str,
    registrant: User,
    mobiliser: User,
) -> RegisteredModel:
    year = cycle.year
    answer = await authority_for_unit(session, campaign.authority_profile, kind, unit.id)
    targets = [{"what": "Hộ gia đình tham gia", "indicator": "Số hộ", "target_value": 40, "unit_of_measure": "hộ"}]
    model = RegisteredModel(
        code=await next_model_code(session, year),
        campaign_id=campaign.id,
        cycle_id=cycle.id,
        year=year,
        registrant_unit_id=unit.id,
        unit_path=unit.path,
        registrant_kind=kind,
        individual_name=person,
        individual_position="Chi hội trưởng" if person else None,
        name=name,
        summary=summary,
        search_text=fold(f"{name} {summary}"),
        field_code=field,
        model_type=model_type,
        objectives=summary,
        targets=targets,
        content_methods="Tuyên truyền, vận động, nêu gương.",
        start_date=date(year, 3, 1),
        end_date=date(year, 12, 31),
        address=unit.name,
        state=State.DRAFT.value,
        created_by_id=registrant.id,
        authority_case=answer.case_number,
        deciding_unit_id=answer.deciding_unit.id,
        reviewing_unit_id=answer.reviewing_unit.id,
        proposing_unit_id=answer.proposing_unit.id,
    )
    session.add(model)
    await session.flush()
    session.add(
        ModelHistory(
            model_id=model.id,
            actor_id=registrant.id,
            actor_name=registrant.full_name,
            action="create",
            from_state=None,
            to_state=State.DRAFT.value,
        )
    )
    for state in states:
        await _walk(session, model, state, registrant, mobiliser, year)
        if state == "implementing":  # the board follows the model up while it is built (seed 001 §III.2.1)
            await add_demo_follow_ups(session, model, unit.code, mobiliser, _today())
    if model.state != State.DRAFT:
        await _attach_form(session, model, registrant)
    await session.flush()
    return model


async def _walk(
    session: AsyncSession, model: RegisteredModel, state: str, registrant: User, mobiliser: User, year: int
) -> None:
    """One step of the model's history, through the workflow service (checked against the table), with
    what the step records besides the state."""
    actor = mobiliser if state in ("implementing", "surveyed", "returned") else registrant
    if state == "reported":
        model.results = [{"target_index": 0, "achieved_value": 42, "note": ""}]
        model.results_report = "Đạt và vượt chỉ tiêu đề ra."
        model.reported_at = datetime.now(UTC)
    if state == "surveyed":
        session.add(
            Survey(
                model_id=model.id,
                surveyed_on=date(year, 9, 20),
                officers=[mobiliser.full_name],
                findings="Nhân dân đồng tình hưởng ứng, mô hình có sức lan tỏa.",
                scores=[{"criterion": c, "score": 9, "comment": ""} for c in range(1, 6)]
                + own_scores(model.field_code),
                total_score=45,
                recorded_by_id=mobiliser.id,
            )
        )
    if state == "registered":
        model.submitted_at = datetime.now(UTC)
    entry = await workflow.replay(
        session,
        workflow.Actor(actor.id, actor.full_name),
        model,
        _ACTIONS[state],
        reason="Bổ sung chỉ tiêu cụ thể (dữ liệu mẫu)." if state == "returned" else None,
    )
    assert entry.to_state == state, (entry.to_state, state)
