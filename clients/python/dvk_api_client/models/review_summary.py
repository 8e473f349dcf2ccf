from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_level import ReviewLevel
from ..models.review_phase import ReviewPhase
from ..models.review_purpose import ReviewPurpose
from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bilingual import Bilingual
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="ReviewSummary")


@_attrs_define
class ReviewSummary:
    """A review in a list.

    Attributes:
        campaign_id (UUID):
        closed_at (datetime.datetime | None):
        held_on (datetime.date):
        holding_unit (UnitRef): A unit, briefly.
        id (UUID):
        level (None | ReviewLevel): The body the review is held at in the authority chain; null when the holding unit is
            named by none of its candidates' policy (it holds the review over its own subtree).
        level_label (Bilingual | None): The level's label (seed 000 §3: the cell reviews, the standing board proposes).
        phase_review (None | ReviewPhase):
        purpose (ReviewPurpose): What a review session considers: models or exemplars.
        status (ReviewStatus): A review session still open, or closed (outcomes frozen).
        title (str):
        version (int):
        year (int):
    """

    campaign_id: UUID
    closed_at: datetime.datetime | None
    held_on: datetime.date
    holding_unit: UnitRef
    id: UUID
    level: None | ReviewLevel
    level_label: Bilingual | None
    phase_review: None | ReviewPhase
    purpose: ReviewPurpose
    status: ReviewStatus
    title: str
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        held_on = self.held_on.isoformat()

        holding_unit = self.holding_unit.to_dict()

        id = str(self.id)

        level: None | str
        if isinstance(self.level, ReviewLevel):
            level = self.level.value
        else:
            level = self.level

        level_label: dict[str, Any] | None
        if isinstance(self.level_label, Bilingual):
            level_label = self.level_label.to_dict()
        else:
            level_label = self.level_label

        phase_review: None | str
        if isinstance(self.phase_review, ReviewPhase):
            phase_review = self.phase_review.value
        else:
            phase_review = self.phase_review

        purpose = self.purpose.value

        status = self.status.value

        title = self.title

        version = self.version

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "closed_at": closed_at,
                "held_on": held_on,
                "holding_unit": holding_unit,
                "id": id,
                "level": level,
                "level_label": level_label,
                "phase_review": phase_review,
                "purpose": purpose,
                "status": status,
                "title": title,
                "version": version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        holding_unit = UnitRef.from_dict(d.pop("holding_unit"))

        id = UUID(d.pop("id"))

        def _parse_level(data: object) -> None | ReviewLevel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = ReviewLevel(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewLevel, data)

        level = _parse_level(d.pop("level"))

        def _parse_level_label(data: object) -> Bilingual | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                level_label_type_0 = Bilingual.from_dict(data)

                return level_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bilingual | None, data)

        level_label = _parse_level_label(d.pop("level_label"))

        def _parse_phase_review(data: object) -> None | ReviewPhase:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_review_type_0 = ReviewPhase(data)

                return phase_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewPhase, data)

        phase_review = _parse_phase_review(d.pop("phase_review"))

        purpose = ReviewPurpose(d.pop("purpose"))

        status = ReviewStatus(d.pop("status"))

        title = d.pop("title")

        version = d.pop("version")

        year = d.pop("year")

        review_summary = cls(
            campaign_id=campaign_id,
            closed_at=closed_at,
            held_on=held_on,
            holding_unit=holding_unit,
            id=id,
            level=level,
            level_label=level_label,
            phase_review=phase_review,
            purpose=purpose,
            status=status,
            title=title,
            version=version,
            year=year,
        )

        review_summary.additional_properties = d
        return review_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
