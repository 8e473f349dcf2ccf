"""Request and response bodies of the targets and the coverage / summary reports."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt

from app.registry.schemas import LevelAimed, RegistrantKind
from app.workflow.codes import StateCode

Comparator = Literal["gt", "gte"]


class TargetRead(BaseModel):
    """A share target: `gt` means more than `share_percent` ("trên 80%"), `gte` at least ("100%")."""

    comparator: Comparator
    share_percent: float


class UnitCategoryRead(BaseModel):
    """A category the plans set targets for, the unit kinds it counts and its seed-000 default target."""

    code: str
    label: str = Field(description="In the language of Accept-Language.")
    label_vi: str
    label_en: str
    sort_order: int
    kinds: list[str] = Field(description="Unit kinds (codes) whose units count in this category.")
    default_target: TargetRead | None = Field(description="What a campaign without its own target uses.")


class CategoryTargetWrite(BaseModel):
    """One category's target."""

    model_config = ConfigDict(extra="forbid")

    category_code: str = Field(max_length=40)
    comparator: Comparator
    share_percent: StrictFloat = Field(ge=0, le=100)


class CampaignTargetsWrite(BaseModel):
    """The campaign's whole set of targets; categories left out fall back to their default."""

    model_config = ConfigDict(extra="forbid")

    targets: list[CategoryTargetWrite] = Field(max_length=50)
    models_per_unit_min: StrictInt = Field(ge=0, le=100)
    models_per_unit_max: StrictInt = Field(ge=0, le=100)


class CategoryTargetRead(TargetRead):
    """A category's target as the campaign applies it."""

    category_code: str
    label: str
    is_default: bool = Field(description="True when the campaign sets none and the seed-000 default applies.")


class CampaignTargetsRead(BaseModel):
    """A campaign's targets: the share per category and the models each unit should launch a year."""

    campaign_id: uuid.UUID
    models_per_unit_min: int
    models_per_unit_max: int
    targets: list[CategoryTargetRead]


class UnitWithKind(BaseModel):
    """A unit, briefly."""

    id: int
    code: str
    name: str
    kind_code: str


class CategoryCoverage(BaseModel):
    """How many units of a category exist in the subtree, how many have a model that counts, and how many have
    one that works (an effective model: README "Coverage rule")."""

    category_code: str
    label: str
    units: int = Field(description="Active units of the category's kinds in the subtree.")
    with_model: int = Field(description="Those that, or a unit below which, registered a model that counts.")
    share: float | None = Field(description="with_model / units in percent, 1 decimal; null when units is 0.")
    target: TargetRead | None
    met: bool | None = Field(description="share against the target; null when there is no unit or no target.")
    with_effective_model: int = Field(
        description="Those that, or a unit below which, have an effective model (registered and working)."
    )
    effective_share: float | None = Field(description="with_effective_model / units in percent, 1 decimal.")
    effective_met: bool | None = Field(
        description="effective_share against the target (seed 000: registered “và hoạt động hiệu quả”)."
    )


class ModelsPerUnit(BaseModel):
    """Counting models registered in the subtree per active unit of the categories' kinds."""

    models: int
    units: int
    average: float | None = Field(description="models / units, 2 decimals; null when units is 0.")
    min: int
    max: int
    met: bool | None = Field(description="average ≥ min; null when units is 0.")
    effective_models: int = Field(description="Of the counting models, those that are effective.")


class IndicatorCoverage(BaseModel):
    """A commune-plan indicator (seed 003 §1.6): each unit of these kinds builds at least one model."""

    code: str
    label: str
    kinds: list[str]
    units: int
    with_model: int
    without_model: int
    met: bool | None = Field(description="True when every such unit has a model; null when there is none.")


class ChildCoverage(BaseModel):
    """The drill-down row of one direct child unit."""

    unit: UnitWithKind
    has_model: bool = Field(description="The child or a unit below it registered a model that counts.")
    has_effective_model: bool = Field(description="The child or a unit below it has an effective model.")
    models: int = Field(description="Models that count, registered in the child's subtree.")
    effective_models: int = Field(description="Of those, the effective ones.")
    has_plan: bool | None = Field(
        description="The child itself has a plan for the campaign; null when its kind is not expected to have one."
    )
    categories: list[CategoryCoverage]


class UnitWithoutModel(UnitWithKind):
    """A unit officials chase: in a category and without a model that counts."""

    category_code: str


class UnitsWithoutModel(BaseModel):
    """The list officials chase, capped at `missing_limit` (ordered by category, then code)."""

    count: int = Field(description="How many (unit, category) rows there are in all.")
    truncated: bool
    items: list[UnitWithoutModel]


class UnitsWithoutPlan(BaseModel):
    """The units still without a plan, capped at `missing_limit` (by unit code)."""

    count: int = Field(description="How many units expected to have a plan have none.")
    truncated: bool
    items: list[UnitWithKind]


class PlanCoverage(BaseModel):
    """Seed 000 §2.1: 100 % of the party organisations, agencies, units and localities have a plan and
    disseminate it. Counted over the subtree's active units in the campaign's part of the tree whose kind is
    expected to have one (`kinds`)."""

    kinds: list[str] = Field(description="The unit kinds expected to have a plan (data: plan_unit_kinds).")
    units: int
    with_plan: int
    share: float | None = Field(description="with_plan / units in percent, 1 decimal; null when units is 0.")
    disseminated: int = Field(description="Units whose plan has a dissemination day (quán triệt, triển khai).")
    disseminated_share: float | None
    target: TargetRead = Field(description="100 %: every such unit.")
    met: bool | None = Field(description="Every such unit has a plan; null when there is none.")
    disseminated_met: bool | None = Field(description="Every such unit has disseminated its plan.")
    units_without_plan: UnitsWithoutPlan


class CoverageReport(BaseModel):
    """Coverage of a unit's subtree for one campaign and year against the campaign's targets."""

    campaign_id: uuid.UUID
    year: int
    unit: UnitWithKind
    categories: list[CategoryCoverage]
    models_per_unit: ModelsPerUnit
    indicators: list[IndicatorCoverage]
    plans: PlanCoverage
    children: list[ChildCoverage]
    units_without_model: UnitsWithoutModel


class SummaryRow(BaseModel):
    """How many models share a field, state, registrant kind and level aimed at."""

    field_code: str
    state: StateCode
    registrant_kind: RegistrantKind
    level_aimed: LevelAimed
    count: int


class AuthorityCaseCount(BaseModel):
    """Counting models per authority case (null: not resolved yet)."""

    authority_case: int | None
    count: int


class SummaryTotals(BaseModel):
    """Totals of the summary."""

    models: int = Field(description="Every model of the subtree, campaign and year, drafts included.")
    counting: int = Field(description="Models that count (submitted, not withdrawn or returned).")
    late_result_reports: int = Field(description="Models whose results report came after the due date.")
    replications: int = Field(description="Models that count and replicate another, recognised model (nhân rộng).")
    effective: int = Field(description='Models that work (hoạt động hiệu quả): README "Coverage rule".')


class SummaryReport(BaseModel):
    """Counts of a subtree's models for one campaign and year."""

    campaign_id: uuid.UUID
    year: int
    unit: UnitWithKind
    rows: list[SummaryRow]
    totals: SummaryTotals
    by_authority_case: list[AuthorityCaseCount]
