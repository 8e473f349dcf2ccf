from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.survey_read_scores_item import SurveyReadScoresItem


T = TypeVar("T", bound="SurveyRead")


@_attrs_define
class SurveyRead:
    """A recorded survey.

    Attributes:
        created_at (datetime.datetime):
        findings (str):
        id (UUID):
        latitude (float | None):
        longitude (float | None):
        model_id (UUID):
        officers (list[str]):
        recorded_by_id (UUID):
        scores (list[SurveyReadScoresItem]):
        surveyed_on (datetime.date):
        total_score (float):
    """

    created_at: datetime.datetime
    findings: str
    id: UUID
    latitude: float | None
    longitude: float | None
    model_id: UUID
    officers: list[str]
    recorded_by_id: UUID
    scores: list[SurveyReadScoresItem]
    surveyed_on: datetime.date
    total_score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.survey_read_scores_item import SurveyReadScoresItem  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        findings = self.findings

        id = str(self.id)

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        model_id = str(self.model_id)

        officers = self.officers

        recorded_by_id = str(self.recorded_by_id)

        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)

        surveyed_on = self.surveyed_on.isoformat()

        total_score = self.total_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "findings": findings,
                "id": id,
                "latitude": latitude,
                "longitude": longitude,
                "model_id": model_id,
                "officers": officers,
                "recorded_by_id": recorded_by_id,
                "scores": scores,
                "surveyed_on": surveyed_on,
                "total_score": total_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_read_scores_item import SurveyReadScoresItem  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        findings = d.pop("findings")

        id = UUID(d.pop("id"))

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        model_id = UUID(d.pop("model_id"))

        officers = cast(list[str], d.pop("officers"))

        recorded_by_id = UUID(d.pop("recorded_by_id"))

        scores = []
        _scores = d.pop("scores")
        for scores_item_data in _scores:
            scores_item = SurveyReadScoresItem.from_dict(scores_item_data)

            scores.append(scores_item)

        surveyed_on = datetime.date.fromisoformat(d.pop("surveyed_on"))

        total_score = d.pop("total_score")

        survey_read = cls(
            created_at=created_at,
            findings=findings,
            id=id,
            latitude=latitude,
            longitude=longitude,
            model_id=model_id,
            officers=officers,
            recorded_by_id=recorded_by_id,
            scores=scores,
            surveyed_on=surveyed_on,
            total_score=total_score,
        )

        survey_read.additional_properties = d
        return survey_read

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
