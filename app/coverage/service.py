"""The rules of targets and coverage (DOMAIN §7).

A model **counts** when its state is registered, implementing, reported, surveyed, recognized,
not_recognized, nominated or exemplar — submitted and not withdrawn or returned; drafts do not count.
A unit **has a model** when it, or a unit in its subtree, registered a model that counts, for that
campaign and year. Only active units are counted; a category counts the units of its kinds (data:
unit_category_kinds). A campaign with no target row for a category uses the seed-000 default.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.campaigns.service import ensure_manager, find_cycle, get_campaign
from app.core import messages
from app.core.errors import NotFound, PreconditionFailed, Unprocessable
from app.core.i18n import Text, current_language
from app.coverage import repository as repo
from app.coverage.repository import Counts
from app.coverage.schemas import (
    AuthorityCaseCount,
    CampaignTargetsRead,
    CampaignTargetsWrite,
    CategoryCoverage,
    CategoryTargetRead,
    ChildCoverage,
    CoverageReport,
    IndicatorCoverage,
    ModelsPerUnit,
    SummaryReport,
    SummaryRow,
    SummaryTotals,
    TargetRead,
    UnitCategoryRead,
    UnitsWithoutModel,
    UnitWithKind,
    UnitWithoutModel,
)
from app.models import Campaign, CampaignTarget, Unit, UnitCategory
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.units import repository as units

COUNTING_RULE = (
    "A model counts when its state is registered, implementing, reported, surveyed, recognized, not_recognized, "
    "nominated or exemplar (submitted and not withdrawn or returned; drafts do not count). A unit has a model "
    "when it or a unit in its subtree registered a model that counts, for that campaign and year. Only active "
    "units are counted."
)

# Seed 000 §2.1: "trên 80% các cơ quan đơn vị; 100% các xã, thị trấn; trên 75% các thôn, bản, khu phố".
DEFAULT_TARGETS: dict[str, TargetRead] = {
    "agencies_units": TargetRead(comparator="gt", share_percent=80.0),
    "communes_towns": TargetRead(comparator="gte", share_percent=100.0),
    "villages_groups": TargetRead(comparator="gt", share_percent=75.0),
}


@dataclass(frozen=True)
class Indicator:
    """A countable commune-plan indicator: every unit of these kinds builds at least one model."""

    code: str
    label: Text
    kinds: tuple[str, ...]


# Seed 003 §1.6: "Các cơ quan, đơn vị, Mặt trận và các đoàn thể, các chi bộ trực thuộc xây dựng mỗi đơn vị
# ít nhất 01 mô hình".
INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "agencies_each_one_model",
        Text("Mỗi cơ quan, đơn vị ít nhất 01 mô hình", "Each agency and unit builds at least one model"),
        (
            "state_agency",
            "public_service_unit",
            "enterprise",
            "armed_forces_unit",
            "peoples_committee",
            "peoples_council",
            "mass_mobilisation_board",
        ),
    ),
    Indicator(
        "front_one_model",
        Text("Mặt trận xây dựng ít nhất 01 mô hình", "The Fatherland Front builds at least one model"),
        ("fatherland_front",),
    ),
    Indicator(
        "organisations_each_one_model",
        Text("Mỗi đoàn thể ít nhất 01 mô hình", "Each mass organisation builds at least one model"),
        ("youth_union", "womens_union", "farmers_union", "veterans_association", "trade_union", "mass_association"),
    ),
    Indicator(
        "party_cells_each_one_model",
        Text("Mỗi chi bộ trực thuộc ít nhất 01 mô hình", "Each party cell builds at least one model"),
        ("party_cell_under_grassroots", "grassroots_party_cell"),
    ),
)

UNKNOWN_CATEGORY = Text("Không có nhóm đơn vị '{code}'.", "There is no unit category '{code}'.")
DUPLICATE_CATEGORY = Text("Nhóm đơn vị '{code}' xuất hiện hơn một lần.", "The category '{code}' appears twice.")
MIN_ABOVE_MAX = Text(
    "Số mô hình tối thiểu ({min}) lớn hơn tối đa ({max}).",
    "The minimum number of models ({min}) is above the maximum ({max}).",
)


def _label(category: UnitCategory) -> str:
    return category.label_en if current_language.get() == "en" else category.label_vi


async def unit_categories(session: AsyncSession) -> list[UnitCategoryRead]:
    """Every unit category with its kinds and default target."""
    kinds = await repo.category_kinds(session)
    return [
        UnitCategoryRead(
            code=c.code,
            label=_label(c),
            label_vi=c.label_vi,
            label_en=c.label_en,
            sort_order=c.sort_order,
            kinds=kinds.get(c.code, []),
            default_target=DEFAULT_TARGETS.get(c.code),
        )
        for c in await repo.categories(session)
    ]


async def _targets_by_category(session: AsyncSession, campaign: Campaign) -> dict[str, tuple[TargetRead, bool]]:
    """Each category's target (and whether it is the default); categories with neither are left out."""
    out = {code: (target, True) for code, target in DEFAULT_TARGETS.items()}
    for row in await repo.targets(session, campaign.id):
        out[row.category_code] = (TargetRead(comparator=row.comparator, share_percent=row.share_percent), False)
    return out


async def campaign_targets(session: AsyncSession, campaign: Campaign) -> CampaignTargetsRead:
    """The targets a campaign applies."""
    targets = await _targets_by_category(session, campaign)
    rows = [
        CategoryTargetRead(
            category_code=c.code,
            label=_label(c),
            comparator=targets[c.code][0].comparator,
            share_percent=targets[c.code][0].share_percent,
            is_default=targets[c.code][1],
        )
        for c in await repo.categories(session)
        if c.code in targets
    ]
    return CampaignTargetsRead(
        campaign_id=campaign.id,
        models_per_unit_min=campaign.models_per_unit_min,
        models_per_unit_max=campaign.models_per_unit_max,
        targets=rows,
    )


async def set_targets(session: AsyncSession, caller: Caller, campaign: Campaign, data: CampaignTargetsWrite) -> None:
    """Replace the campaign's targets (admins of its launching unit); the campaign's version moves."""
    ensure_manager(caller, campaign)
    known = {c.code for c in await repo.categories(session)}
    errors: list[dict[str, str]] = []
    seen: set[str] = set()
    for index, target in enumerate(data.targets):
        pointer = f"#/targets/{index}/category_code"
        if target.category_code not in known:
            errors.append(
                {
                    "code": "unknown_category",
                    "pointer": pointer,
                    "detail": UNKNOWN_CATEGORY.render(code=target.category_code),
                }
            )
        elif target.category_code in seen:
            errors.append(
                {
                    "code": "duplicate_category",
                    "pointer": pointer,
                    "detail": DUPLICATE_CATEGORY.render(code=target.category_code),
                }
            )
        seen.add(target.category_code)
    if data.models_per_unit_min > data.models_per_unit_max:
        errors.append(
            {
                "code": "models_per_unit_min_above_max",
                "pointer": "#/models_per_unit_min",
                "detail": MIN_ABOVE_MAX.render(min=data.models_per_unit_min, max=data.models_per_unit_max),
            }
        )
    if errors:
        only = errors[0]
        message = Text(only["detail"], only["detail"]) if len(errors) == 1 else messages.INVALID_DATA
        raise Unprocessable(message, code=only["code"] if len(errors) == 1 else "validation_failed", errors=errors)
    await repo.replace_targets(
        session,
        campaign,
        [
            CampaignTarget(
                campaign_id=campaign.id,
                category_code=t.category_code,
                comparator=t.comparator,
                share_percent=t.share_percent,
            )
            for t in data.targets
        ],
    )
    campaign.models_per_unit_min = data.models_per_unit_min
    campaign.models_per_unit_max = data.models_per_unit_max
    campaign.updated_at = utcnow()  # the version moves even when only target rows changed
    try:
        await session.flush()
    except StaleDataError:
        raise PreconditionFailed() from None


async def _report_scope(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int
) -> tuple[Campaign, Unit]:
    """The campaign (visible, with a cycle that year) and the unit (in the caller's READ scope); 404 otherwise."""
    campaign = await get_campaign(session, caller, campaign_id)
    find_cycle(campaign, year)
    unit = await units.get_unit(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.READ):
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    return campaign, unit


def _ref(unit: Unit) -> UnitWithKind:
    return UnitWithKind(id=unit.id, code=unit.code, name=unit.name, kind_code=unit.kind_code)


def _met(counts: Counts, target: TargetRead | None) -> bool | None:
    """Compare exactly (with_model / units against the percent), not the rounded share."""
    if target is None or counts.units == 0:
        return None
    achieved, wanted = counts.with_model * 100, target.share_percent * counts.units
    return achieved > wanted if target.comparator == "gt" else achieved >= wanted


def _category_rows(
    categories: Sequence[UnitCategory], counts: Mapping[str, Counts], targets: Mapping[str, tuple[TargetRead, bool]]
) -> list[CategoryCoverage]:
    rows = []
    for category in categories:
        found = counts.get(category.code, Counts(0, 0))
        target = targets[category.code][0] if category.code in targets else None
        share = round(found.with_model * 100 / found.units, 1) if found.units else None
        rows.append(
            CategoryCoverage(
                category_code=category.code,
                label=_label(category),
                units=found.units,
                with_model=found.with_model,
                share=share,
                target=target,
                met=_met(found, target),
            )
        )
    return rows


def _indicators(by_kind: Mapping[str, Counts]) -> list[IndicatorCoverage]:
    rows = []
    for indicator in INDICATORS:
        units = sum(by_kind[k].units for k in indicator.kinds if k in by_kind)
        with_model = sum(by_kind[k].with_model for k in indicator.kinds if k in by_kind)
        rows.append(
            IndicatorCoverage(
                code=indicator.code,
                label=indicator.label.render(),
                kinds=list(indicator.kinds),
                units=units,
                with_model=with_model,
                without_model=units - with_model,
                met=(with_model == units) if units else None,
            )
        )
    return rows


async def coverage(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int, missing_limit: int
) -> CoverageReport:
    """Coverage of the unit's subtree against the campaign's targets, with the drill-down and the chase list."""
    campaign, root = await _report_scope(session, caller, campaign_id, year, unit_id)
    covered = repo.covered_units(campaign.id, year, root)
    categories = await repo.categories(session)
    targets = await _targets_by_category(session, campaign)
    by_category = await repo.coverage_by_category(session, covered, root)
    kids = await repo.children(session, root)
    by_child = await repo.coverage_by_child(session, covered, root)
    covered_kids = await repo.covered_among(session, covered, [k.id for k in kids])
    children = [
        ChildCoverage(
            unit=_ref(kid),
            has_model=kid.id in covered_kids,
            categories=_category_rows(
                categories, {code: c for (child, code), c in by_child.items() if child == kid.id}, targets
            ),
        )
        for kid in kids
    ]
    units = await repo.category_unit_count(session, root)
    models = await repo.counting_models(session, campaign.id, year, root)
    per_unit = ModelsPerUnit(
        models=models,
        units=units,
        average=round(models / units, 2) if units else None,
        min=campaign.models_per_unit_min,
        max=campaign.models_per_unit_max,
        met=(models >= campaign.models_per_unit_min * units) if units else None,
    )
    missing = await repo.units_without_model(session, covered, root, missing_limit)
    missing_count = sum(c.units - c.with_model for c in by_category.values())
    return CoverageReport(
        campaign_id=campaign.id,
        year=year,
        unit=_ref(root),
        categories=_category_rows(categories, by_category, targets),
        models_per_unit=per_unit,
        indicators=_indicators(await repo.coverage_by_kind(session, covered, root)),
        children=children,
        units_without_model=UnitsWithoutModel(
            count=missing_count,
            truncated=missing_count > len(missing),
            items=[
                UnitWithoutModel(id=i, code=code, name=name, kind_code=kind, category_code=category)
                for i, code, name, kind, category in missing
            ],
        ),
    )


async def summary(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int
) -> SummaryReport:
    """Model counts of the unit's subtree by field × state × registrant kind × level, late reports, cases."""
    campaign, root = await _report_scope(session, caller, campaign_id, year, unit_id)
    rows = [
        SummaryRow(field_code=f, state=s, registrant_kind=k, level_aimed=lv, count=n)
        for f, s, k, lv, n in await repo.summary_rows(session, campaign.id, year, root)
    ]
    cases = [
        AuthorityCaseCount(authority_case=case, count=n)
        for case, n in await repo.by_authority_case(session, campaign.id, year, root)
    ]
    totals = SummaryTotals(
        models=sum(r.count for r in rows),
        counting=sum(r.count for r in rows if r.state in repo.COUNTING_STATES),
        late_result_reports=await repo.late_reports(session, campaign.id, year, root),
        replications=await repo.replications(session, campaign.id, year, root),
    )
    return SummaryReport(
        campaign_id=campaign.id, year=year, unit=_ref(root), rows=rows, totals=totals, by_authority_case=cases
    )
