from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_item import ResultItem
    from ..models.survey_create import SurveyCreate


T = TypeVar("T", bound="TransitionRequest")


@_attrs_define
class TransitionRequest:
    """A workflow move: the action, a reason where required, and the action's payload.

    Attributes:
        action (Action): A workflow move (GET /workflow lists each with who takes it and its guards).
        reason (None | str | Unset):
        results (list[ResultItem] | None | Unset):
        results_report (None | str | Unset):
        survey (None | SurveyCreate | Unset):
    """

    action: Action
    reason: None | str | Unset = UNSET
    results: list[ResultItem] | None | Unset = UNSET
    results_report: None | str | Unset = UNSET
    survey: None | SurveyCreate | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.result_item import ResultItem  # noqa: PLC0415
        from ..models.survey_create import SurveyCreate  # noqa: PLC0415

        action = self.action.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        results_report: None | str | Unset
        if isinstance(self.results_report, Unset):
            results_report = UNSET
        else:
            results_report = self.results_report

        survey: dict[str, Any] | None | Unset
        if isinstance(self.survey, Unset):
            survey = UNSET
        elif isinstance(self.survey, SurveyCreate):
            survey = self.survey.to_dict()
        else:
            survey = self.survey

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if results is not UNSET:
            field_dict["results"] = results
        if results_report is not UNSET:
            field_dict["results_report"] = results_report
        if survey is not UNSET:
            field_dict["survey"] = survey

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_item import ResultItem  # noqa: PLC0415
        from ..models.survey_create import SurveyCreate  # noqa: PLC0415

        d = dict(src_dict)
        action = Action(d.pop("action"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_results(data: object) -> list[ResultItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = ResultItem.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResultItem] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_results_report(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results_report = _parse_results_report(d.pop("results_report", UNSET))

        def _parse_survey(data: object) -> None | SurveyCreate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                survey_type_0 = SurveyCreate.from_dict(data)

                return survey_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SurveyCreate | Unset, data)

        survey = _parse_survey(d.pop("survey", UNSET))

        transition_request = cls(
            action=action,
            reason=reason,
            results=results,
            results_report=results_report,
            survey=survey,
        )

        return transition_request
