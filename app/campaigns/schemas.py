"""Request and response bodies of /campaigns and their cycles.

Write schemas list exactly what an administrator may set (extra fields → 422). Checks that need more
than one field (window order, overlaps, years) live in app/campaigns/schedule.py so they answer with
stable codes and JSON pointers.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StringConstraints, field_validator
from pydantic.json_schema import SkipJsonSchema

from app.campaigns.schedule import DEFAULT_TIMEZONE, local_today, open_window
from app.core.types import UnitId
from app.models import Campaign, CampaignCycle, Unit
from app.models.campaign import REMINDER_DAYS_MAX, REMINDER_DAYS_MIN

Year = Annotated[StrictInt, Field(ge=2000, le=2100, description="A calendar year, 2000–2100.")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
TimezoneName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
    Field(description="IANA time zone in which the campaign's dates are judged."),
]
ProfileCode = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=40),
    Field(description="Authority rule profile deciding recognitions: `district_2023` or `province_2016`."),
]
MAX_WINDOWS = 12
LISTS_DUE_DOC = (
    "Units send their registration list (`POST /registrations/lists`) before this day, judged in the campaign's "
    'time zone (seed 002: "trước ngày 06/3"); a list sent on or after it is late. Null: no deadline.'
)

_WINDOWS_EXAMPLE: list[dict[str, Any]] = [
    {"label": "Đăng ký chính", "opens_on": "2023-08-01", "closes_on": "2023-08-31"},
    {"label": "Mô hình phát sinh", "opens_on": "2024-02-01", "closes_on": "2024-02-29"},
]
_CYCLE_EXAMPLE: dict[str, Any] = {
    "year": 2023,
    "registration_windows": _WINDOWS_EXAMPLE,
    "results_due_on": "2023-10-01",
    "recognition_starts_on": "2023-10-01",
    "recognition_ends_on": "2023-10-31",
    "lists_due_on": "2023-09-06",
}


LeadDays = Annotated[StrictInt, Field(ge=REMINDER_DAYS_MIN, le=REMINDER_DAYS_MAX)]
REMINDERS_DOC = (
    'How many days ahead the calendar reminders are sent (README "Reminders"), judged in the campaign\'s time '
    f"zone; each {REMINDER_DAYS_MIN}–{REMINDER_DAYS_MAX} days."
)
REGISTRATION_CLOSING_DOC = "Days before a registration window closes that a unit which registered nothing is told."
RESULTS_DUE_DOC = "Days before results are due that the registrants of a model being implemented are told."
LIST_DUE_DOC = "Days before the registration lists are due (`lists_due_on`) that a unit yet to send is told."


class ReminderSettings(BaseModel):
    """A campaign's reminder lead times, in days; omitted ones take the defaults (7, 14 and 7)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"registration_closing_days": 7, "results_due_days": 14, "list_due_days": 7}]},
    )

    registration_closing_days: LeadDays = Field(default=7, description=REGISTRATION_CLOSING_DOC)
    results_due_days: LeadDays = Field(default=14, description=RESULTS_DUE_DOC)
    list_due_days: LeadDays = Field(default=7, description=LIST_DUE_DOC)

    @classmethod
    def of(cls, campaign: Campaign) -> ReminderSettings:
        """A stored campaign's lead times."""
        return cls(
            registration_closing_days=campaign.remind_registration_closing_days,
            results_due_days=campaign.remind_results_due_days,
            list_due_days=campaign.remind_list_due_days,
        )


def _omit_default(schema: dict[str, Any]) -> None:
    """Leave the default out of the contract: an omitted field stays as it is (null is refused)."""
    schema.pop("default", None)


class ReminderSettingsUpdate(BaseModel):
    """Changes to a campaign's reminder lead times; omitted ones stay, null is refused."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"results_due_days": 21}, {"list_due_days": 5}]}
    )

    # Not `X | None`: an explicit null is refused by the type, and a refusal points at the field itself (a union
    # would add its member's tag to the pointer). None only marks a field not sent (never validated, never read:
    # the service takes the fields sent, model_dump(exclude_unset=True)).
    registration_closing_days: LeadDays = Field(  # type: ignore[assignment]
        default=None, description=REGISTRATION_CLOSING_DOC, json_schema_extra=_omit_default
    )
    results_due_days: LeadDays = Field(  # type: ignore[assignment]
        default=None, description=RESULTS_DUE_DOC, json_schema_extra=_omit_default
    )
    list_due_days: LeadDays = Field(  # type: ignore[assignment]
        default=None, description=LIST_DUE_DOC, json_schema_extra=_omit_default
    )


class RegistrationWindow(BaseModel):
    """A period in which units register models, judged in the campaign's time zone (both days included)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_WINDOWS_EXAMPLE[0]]})

    label: Label = Field(description="e.g. `Đăng ký chính`; `Mô hình phát sinh` for models arising later.")
    opens_on: date
    closes_on: date


Windows = Annotated[list[RegistrationWindow], Field(min_length=1, max_length=MAX_WINDOWS)]


def _refuse_null(value: Any) -> Any:
    """Omitted fields stay as they are; an explicit null is refused."""
    if value is None:
        raise ValueError("may not be null / không được để null")
    return value


class CycleCreate(BaseModel):
    """One year of a campaign. Omitted dates take the seed's defaults for that year."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_CYCLE_EXAMPLE, {"year": 2024}]})

    year: Year
    registration_windows: Windows | None = Field(
        default=None,
        description="Default: `Đăng ký chính` 1–31 August of the year and `Mô hình phát sinh` all of "
        "February of the next year (seed 000). Windows may not overlap.",
    )
    results_due_on: date | None = Field(
        default=None, description="Results are reported by this date (default 1 October of the year)."
    )
    recognition_starts_on: date | None = Field(
        default=None,
        description="Start of the recognition period (default 1 October: Mass-Mobilisation Month).",
    )
    recognition_ends_on: date | None = Field(default=None, description="End of it (default 31 October).")
    lists_due_on: date | None = Field(default=None, description=LISTS_DUE_DOC)


class CycleUpdate(BaseModel):
    """Changes to a cycle; omitted fields stay. Send the campaign's ETag in If-Match."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "registration_windows": [
                        {"label": "Đăng ký chính", "opens_on": "2024-08-01", "closes_on": "2024-09-15"},
                        {"label": "Mô hình phát sinh", "opens_on": "2025-02-01", "closes_on": "2025-02-28"},
                    ]
                },
                {"results_due_on": "2024-09-30"},
                {"lists_due_on": "2024-03-06"},
            ]
        },
    )

    registration_windows: Windows | SkipJsonSchema[None] = None
    results_due_on: date | SkipJsonSchema[None] = None
    recognition_starts_on: date | SkipJsonSchema[None] = None
    recognition_ends_on: date | SkipJsonSchema[None] = None
    lists_due_on: date | SkipJsonSchema[None] = Field(default=None, description=LISTS_DUE_DOC)

    @field_validator("*")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        return _refuse_null(value)


class CampaignCreate(BaseModel):
    """A new phase of the movement, launched by a unit the caller administers."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Giai đoạn 2023–2025",
                    "description": 'Phong trào thi đua "Dân vận khéo" huyện Vĩnh Linh giai đoạn 2023–2025.',
                    "start_year": 2023,
                    "end_year": 2025,
                    "owning_unit_id": 5,
                },
                {
                    "name": "Giai đoạn 2023–2025",
                    "start_year": 2023,
                    "end_year": 2025,
                    "owning_unit_id": 5,
                    "timezone": "Asia/Ho_Chi_Minh",
                    "authority_profile": "district_2023",
                    "cycles": [_CYCLE_EXAMPLE, {"year": 2024}, {"year": 2025}],
                    "reminders": {"registration_closing_days": 10, "results_due_days": 14, "list_due_days": 7},
                },
            ]
        },
    )

    name: Name
    description: Description = ""
    start_year: Year
    end_year: Year
    owning_unit_id: UnitId = Field(description="The unit that launched the movement; in your admin scope.")
    timezone: TimezoneName = DEFAULT_TIMEZONE
    authority_profile: ProfileCode | None = Field(default=None, description="Default: the default profile.")
    cycles: list[CycleCreate] | None = Field(
        default=None,
        max_length=101,
        description="Omitted: one cycle per year with the defaults. Given: exactly these cycles.",
    )
    reminders: ReminderSettings = Field(default_factory=ReminderSettings, description=REMINDERS_DOC)


class CampaignUpdate(BaseModel):
    """Changes to a campaign; omitted fields stay. Send its ETag in If-Match."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"name": "Giai đoạn 2023–2025 (điều chỉnh)"},
                {"end_year": 2026},
                {"reminders": {"results_due_days": 21}},
            ]
        },
    )

    name: Name | SkipJsonSchema[None] = None
    description: Description | SkipJsonSchema[None] = None
    timezone: TimezoneName | SkipJsonSchema[None] = None
    authority_profile: ProfileCode | SkipJsonSchema[None] = None
    end_year: Year | SkipJsonSchema[None] = Field(
        default=None, description="Not before start_year or any existing cycle's year."
    )
    reminders: ReminderSettingsUpdate = Field(default_factory=ReminderSettingsUpdate, description=REMINDERS_DOC)

    @field_validator("*")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        return _refuse_null(value)


class WindowRead(BaseModel):
    """A registration window."""

    label: str
    opens_on: date
    closes_on: date


class CycleRead(BaseModel):
    """One year of a campaign, with the window open today in the campaign's time zone."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "5a1d7c3e-2b4f-4e6a-9c8d-7e6f5a4b3c2d",
                    **_CYCLE_EXAMPLE,
                    "open_window_today": _WINDOWS_EXAMPLE[0],
                }
            ]
        }
    )

    id: uuid.UUID
    year: int
    registration_windows: list[WindowRead]
    results_due_on: date
    recognition_starts_on: date
    recognition_ends_on: date
    lists_due_on: date | None = Field(default=None, description=LISTS_DUE_DOC)
    open_window_today: WindowRead | None = Field(
        description="The registration window open today in the campaign's time zone; null if none."
    )

    @classmethod
    def build(cls, cycle: CampaignCycle, today: date) -> CycleRead:
        """From a cycle and today's date in its campaign's time zone."""
        window = open_window(cycle, today)
        return cls(
            id=cycle.id,
            year=cycle.year,
            registration_windows=[WindowRead.model_validate(w) for w in cycle.registration_windows],
            results_due_on=cycle.results_due_on,
            recognition_starts_on=cycle.recognition_starts_on,
            recognition_ends_on=cycle.recognition_ends_on,
            lists_due_on=cycle.lists_due_on,
            open_window_today=WindowRead.model_validate(window) if window else None,
        )


class CampaignRead(BaseModel):
    """A campaign, its cycles and its version (also sent as ETag)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "9c2e4a6b-1d3f-4b5a-8e7c-6d5f4e3a2b1c",
                    "name": "Giai đoạn 2023–2025",
                    "description": 'Phong trào thi đua "Dân vận khéo" huyện Vĩnh Linh giai đoạn 2023–2025.',
                    "start_year": 2023,
                    "end_year": 2025,
                    "owning_unit_id": 5,
                    "owning_unit_code": "QT-VL",
                    "owning_unit_name": "Huyện Vĩnh Linh",
                    "timezone": "Asia/Ho_Chi_Minh",
                    "authority_profile": "district_2023",
                    "local_today": "2023-08-15",
                    "cycles": [CycleRead.model_config["json_schema_extra"]["examples"][0]],  # type: ignore[index]
                    "reminders": {"registration_closing_days": 7, "results_due_days": 14, "list_due_days": 7},
                    "version": 2,
                    "created_at": "2023-07-20T02:30:00Z",
                    "updated_at": "2023-07-21T08:15:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    name: str
    description: str
    start_year: int
    end_year: int
    owning_unit_id: int
    owning_unit_code: str
    owning_unit_name: str
    timezone: str
    authority_profile: str
    local_today: date = Field(description="Today's date in the campaign's time zone.")
    cycles: list[CycleRead]
    reminders: ReminderSettings = Field(description=REMINDERS_DOC)
    version: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def build(cls, campaign: Campaign, unit: Unit, now: datetime) -> CampaignRead:
        """From a campaign, its owning unit and the current instant."""
        today = local_today(campaign, now)
        return cls(
            id=campaign.id,
            name=campaign.name,
            description=campaign.description,
            start_year=campaign.start_year,
            end_year=campaign.end_year,
            owning_unit_id=unit.id,
            owning_unit_code=unit.code,
            owning_unit_name=unit.name,
            timezone=campaign.timezone,
            authority_profile=campaign.authority_profile,
            local_today=today,
            cycles=[CycleRead.build(c, today) for c in campaign.cycles],
            reminders=ReminderSettings.of(campaign),
            version=campaign.version,
            created_at=campaign.created_at,
            updated_at=campaign.updated_at,
        )
