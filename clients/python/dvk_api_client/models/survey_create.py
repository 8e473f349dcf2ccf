from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion_score import CriterionScore


T = TypeVar("T", bound="SurveyCreate")


@_attrs_define
class SurveyCreate:
    """An on-site survey: date, officers, findings, the criterion scores, optional location.

    Attributes:
        findings (str):
        officers (list[str]):
        scores (list[CriterionScore]): Each of the five general criteria once, and each criterion the campaign set for
            the model's field (`GET /campaigns/{id}/criteria`) once.
        surveyed_on (datetime.date):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
    """

    findings: str
    officers: list[str]
    scores: list[CriterionScore]
    surveyed_on: datetime.date
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.criterion_score import CriterionScore  # noqa: PLC0415

        findings = self.findings

        officers = self.officers

        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)

        surveyed_on = self.surveyed_on.isoformat()

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "findings": findings,
                "officers": officers,
                "scores": scores,
                "surveyed_on": surveyed_on,
            }
        )
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_score import CriterionScore  # noqa: PLC0415

        d = dict(src_dict)
        findings = d.pop("findings")

        officers = cast(list[str], d.pop("officers"))

        scores = []
        _scores = d.pop("scores")
        for scores_item_data in _scores:
            scores_item = CriterionScore.from_dict(scores_item_data)

            scores.append(scores_item)

        surveyed_on = datetime.date.fromisoformat(d.pop("surveyed_on"))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        survey_create = cls(
            findings=findings,
            officers=officers,
            scores=scores,
            surveyed_on=surveyed_on,
            latitude=latitude,
            longitude=longitude,
        )

        return survey_create
