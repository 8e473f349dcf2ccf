from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_rule import OutcomeRule
from ..models.review_phase import ReviewPhase
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewUpdate")


@_attrs_define
class ReviewUpdate:
    """Change the meeting's details while it is open; only the fields sent change.

    Attributes:
        chair (None | str | Unset):
        held_on (datetime.date | None | Unset):
        outcome_rule (None | OutcomeRule | Unset):
        phase_review (None | ReviewPhase | Unset):
        place (None | str | Unset):
        secretary (None | str | Unset):
        title (None | str | Unset):
    """

    chair: None | str | Unset = UNSET
    held_on: datetime.date | None | Unset = UNSET
    outcome_rule: None | OutcomeRule | Unset = UNSET
    phase_review: None | ReviewPhase | Unset = UNSET
    place: None | str | Unset = UNSET
    secretary: None | str | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        chair: None | str | Unset
        if isinstance(self.chair, Unset):
            chair = UNSET
        else:
            chair = self.chair

        held_on: None | str | Unset
        if isinstance(self.held_on, Unset):
            held_on = UNSET
        elif isinstance(self.held_on, datetime.date):
            held_on = self.held_on.isoformat()
        else:
            held_on = self.held_on

        outcome_rule: None | str | Unset
        if isinstance(self.outcome_rule, Unset):
            outcome_rule = UNSET
        elif isinstance(self.outcome_rule, OutcomeRule):
            outcome_rule = self.outcome_rule.value
        else:
            outcome_rule = self.outcome_rule

        phase_review: None | str | Unset
        if isinstance(self.phase_review, Unset):
            phase_review = UNSET
        elif isinstance(self.phase_review, ReviewPhase):
            phase_review = self.phase_review.value
        else:
            phase_review = self.phase_review

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        secretary: None | str | Unset
        if isinstance(self.secretary, Unset):
            secretary = UNSET
        else:
            secretary = self.secretary

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if chair is not UNSET:
            field_dict["chair"] = chair
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if outcome_rule is not UNSET:
            field_dict["outcome_rule"] = outcome_rule
        if phase_review is not UNSET:
            field_dict["phase_review"] = phase_review
        if place is not UNSET:
            field_dict["place"] = place
        if secretary is not UNSET:
            field_dict["secretary"] = secretary
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_chair(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chair = _parse_chair(d.pop("chair", UNSET))

        def _parse_held_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_on_type_0 = datetime.date.fromisoformat(data)

                return held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        held_on = _parse_held_on(d.pop("held_on", UNSET))

        def _parse_outcome_rule(data: object) -> None | OutcomeRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_rule_type_0 = OutcomeRule(data)

                return outcome_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutcomeRule | Unset, data)

        outcome_rule = _parse_outcome_rule(d.pop("outcome_rule", UNSET))

        def _parse_phase_review(data: object) -> None | ReviewPhase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_review_type_0 = ReviewPhase(data)

                return phase_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewPhase | Unset, data)

        phase_review = _parse_phase_review(d.pop("phase_review", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_secretary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secretary = _parse_secretary(d.pop("secretary", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        review_update = cls(
            chair=chair,
            held_on=held_on,
            outcome_rule=outcome_rule,
            phase_review=phase_review,
            place=place,
            secretary=secretary,
            title=title,
        )

        return review_update
