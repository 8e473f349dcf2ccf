"""A campaign's coverage targets (DOMAIN §7): the unit categories and their seed-000 defaults, the targets a
campaign sets per category and for models per unit."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.campaigns.service import ensure_manager
from app.core import messages
from app.core.errors import PreconditionFailed, Unprocessable
from app.core.i18n import Text, current_language
from app.coverage import repository as repo
from app.coverage.schemas import (
    CampaignTargetsRead,
    CampaignTargetsWrite,
    CategoryTargetRead,
    TargetRead,
    UnitCategoryRead,
)
from app.models import Campaign, CampaignTarget, UnitCategory
from app.models.base import utcnow
from app.policy.principal import Caller

# Seed 000 §2.1: "trên 80% các cơ quan đơn vị; 100% các xã, thị trấn; trên 75% các thôn, bản, khu phố".
DEFAULT_TARGETS: dict[str, TargetRead] = {
    "agencies_units": TargetRead(comparator="gt", share_percent=80.0),
    "communes_towns": TargetRead(comparator="gte", share_percent=100.0),
    "villages_groups": TargetRead(comparator="gt", share_percent=75.0),
}

UNKNOWN_CATEGORY = Text("Không có nhóm đơn vị '{code}'.", "There is no unit category '{code}'.")
DUPLICATE_CATEGORY = Text("Nhóm đơn vị '{code}' xuất hiện hơn một lần.", "The category '{code}' appears twice.")
MIN_ABOVE_MAX = Text(
    "Số mô hình tối thiểu ({min}) lớn hơn tối đa ({max}).",
    "The minimum number of models ({min}) is above the maximum ({max}).",
)


def category_label(category: UnitCategory) -> str:
    """The category's label in the request's language."""
    return category.label_en if current_language.get() == "en" else category.label_vi


async def unit_categories(session: AsyncSession) -> list[UnitCategoryRead]:
    """Every unit category with its kinds and default target."""
    kinds = await repo.category_kinds(session)
    return [
        UnitCategoryRead(
            code=c.code,
            label=category_label(c),
            label_vi=c.label_vi,
            label_en=c.label_en,
            sort_order=c.sort_order,
            kinds=kinds.get(c.code, []),
            default_target=DEFAULT_TARGETS.get(c.code),
        )
        for c in await repo.categories(session)
    ]


async def targets_by_category(session: AsyncSession, campaign: Campaign) -> dict[str, tuple[TargetRead, bool]]:
    """Each category's target (and whether it is the default); categories with neither are left out."""
    out = {code: (target, True) for code, target in DEFAULT_TARGETS.items()}
    for row in await repo.targets(session, campaign.id):
        out[row.category_code] = (TargetRead(comparator=row.comparator, share_percent=row.share_percent), False)
    return out


async def campaign_targets(session: AsyncSession, campaign: Campaign) -> CampaignTargetsRead:
    """The targets a campaign applies."""
    targets = await targets_by_category(session, campaign)
    rows = [
        CategoryTargetRead(
            category_code=c.code,
            label=category_label(c),
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
