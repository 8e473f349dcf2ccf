from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decision_problem_issuing_unit_type_0 import DecisionProblemIssuingUnitType0
    from ..models.problem_error import ProblemError


T = TypeVar("T", bound="DecisionProblem")


@_attrs_define
class DecisionProblem:
    """A decision refused: the fields its checks add (competent unit, review, outcome, revocation).

    Attributes:
        code (str): Stable machine-readable error code.
        detail (str): Human-readable, in Vietnamese or English by Accept-Language.
        status (int):
        title (str):
        type_ (str):
        errors (list[ProblemError] | None | Unset):
        existing_id (None | str | Unset): The decision that already has this number.
        instance (None | str | Unset):
        issuing_unit (DecisionProblemIssuingUnitType0 | None | Unset): The unit named as issuer.
        needed (None | str | Unset):
        purpose (None | str | Unset):
        recognition_ends_on (None | str | Unset):
        recognition_starts_on (None | str | Unset):
        request_id (None | str | Unset):
        required_outcome (None | str | Unset):
        required_state (list[State] | None | State | Unset):
        review_id (None | str | Unset):
        revoked_at (None | str | Unset):
        today (None | str | Unset):
    """

    code: str
    detail: str
    status: int
    title: str
    type_: str
    errors: list[ProblemError] | None | Unset = UNSET
    existing_id: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    issuing_unit: DecisionProblemIssuingUnitType0 | None | Unset = UNSET
    needed: None | str | Unset = UNSET
    purpose: None | str | Unset = UNSET
    recognition_ends_on: None | str | Unset = UNSET
    recognition_starts_on: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    required_outcome: None | str | Unset = UNSET
    required_state: list[State] | None | State | Unset = UNSET
    review_id: None | str | Unset = UNSET
    revoked_at: None | str | Unset = UNSET
    today: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.decision_problem_issuing_unit_type_0 import DecisionProblemIssuingUnitType0  # noqa: PLC0415
        from ..models.problem_error import ProblemError  # noqa: PLC0415

        code = self.code

        detail = self.detail

        status = self.status

        title = self.title

        type_ = self.type_

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        existing_id: None | str | Unset
        if isinstance(self.existing_id, Unset):
            existing_id = UNSET
        else:
            existing_id = self.existing_id

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        issuing_unit: dict[str, Any] | None | Unset
        if isinstance(self.issuing_unit, Unset):
            issuing_unit = UNSET
        elif isinstance(self.issuing_unit, DecisionProblemIssuingUnitType0):
            issuing_unit = self.issuing_unit.to_dict()
        else:
            issuing_unit = self.issuing_unit

        needed: None | str | Unset
        if isinstance(self.needed, Unset):
            needed = UNSET
        else:
            needed = self.needed

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        recognition_ends_on: None | str | Unset
        if isinstance(self.recognition_ends_on, Unset):
            recognition_ends_on = UNSET
        else:
            recognition_ends_on = self.recognition_ends_on

        recognition_starts_on: None | str | Unset
        if isinstance(self.recognition_starts_on, Unset):
            recognition_starts_on = UNSET
        else:
            recognition_starts_on = self.recognition_starts_on

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        required_outcome: None | str | Unset
        if isinstance(self.required_outcome, Unset):
            required_outcome = UNSET
        else:
            required_outcome = self.required_outcome

        required_state: list[str] | None | str | Unset
        if isinstance(self.required_state, Unset):
            required_state = UNSET
        elif isinstance(self.required_state, State):
            required_state = self.required_state.value
        elif isinstance(self.required_state, list):
            required_state = []
            for required_state_type_1_item_data in self.required_state:
                required_state_type_1_item = required_state_type_1_item_data.value
                required_state.append(required_state_type_1_item)

        else:
            required_state = self.required_state

        review_id: None | str | Unset
        if isinstance(self.review_id, Unset):
            review_id = UNSET
        else:
            review_id = self.review_id

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        else:
            revoked_at = self.revoked_at

        today: None | str | Unset
        if isinstance(self.today, Unset):
            today = UNSET
        else:
            today = self.today

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "status": status,
                "title": title,
                "type": type_,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if existing_id is not UNSET:
            field_dict["existing_id"] = existing_id
        if instance is not UNSET:
            field_dict["instance"] = instance
        if issuing_unit is not UNSET:
            field_dict["issuing_unit"] = issuing_unit
        if needed is not UNSET:
            field_dict["needed"] = needed
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if recognition_ends_on is not UNSET:
            field_dict["recognition_ends_on"] = recognition_ends_on
        if recognition_starts_on is not UNSET:
            field_dict["recognition_starts_on"] = recognition_starts_on
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if required_outcome is not UNSET:
            field_dict["required_outcome"] = required_outcome
        if required_state is not UNSET:
            field_dict["required_state"] = required_state
        if review_id is not UNSET:
            field_dict["review_id"] = review_id
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if today is not UNSET:
            field_dict["today"] = today

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision_problem_issuing_unit_type_0 import DecisionProblemIssuingUnitType0  # noqa: PLC0415
        from ..models.problem_error import ProblemError  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        def _parse_errors(data: object) -> list[ProblemError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = ProblemError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProblemError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_existing_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        existing_id = _parse_existing_id(d.pop("existing_id", UNSET))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_issuing_unit(data: object) -> DecisionProblemIssuingUnitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuing_unit_type_0 = DecisionProblemIssuingUnitType0.from_dict(data)

                return issuing_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionProblemIssuingUnitType0 | None | Unset, data)

        issuing_unit = _parse_issuing_unit(d.pop("issuing_unit", UNSET))

        def _parse_needed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        needed = _parse_needed(d.pop("needed", UNSET))

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_recognition_ends_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recognition_ends_on = _parse_recognition_ends_on(d.pop("recognition_ends_on", UNSET))

        def _parse_recognition_starts_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recognition_starts_on = _parse_recognition_starts_on(d.pop("recognition_starts_on", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_required_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_outcome = _parse_required_outcome(d.pop("required_outcome", UNSET))

        def _parse_required_state(data: object) -> list[State] | None | State | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                required_state_type_0 = State(data)

                return required_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_state_type_1 = []
                _required_state_type_1 = data
                for required_state_type_1_item_data in _required_state_type_1:
                    required_state_type_1_item = State(required_state_type_1_item_data)

                    required_state_type_1.append(required_state_type_1_item)

                return required_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[State] | None | State | Unset, data)

        required_state = _parse_required_state(d.pop("required_state", UNSET))

        def _parse_review_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_id = _parse_review_id(d.pop("review_id", UNSET))

        def _parse_revoked_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        def _parse_today(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        today = _parse_today(d.pop("today", UNSET))

        decision_problem = cls(
            code=code,
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            errors=errors,
            existing_id=existing_id,
            instance=instance,
            issuing_unit=issuing_unit,
            needed=needed,
            purpose=purpose,
            recognition_ends_on=recognition_ends_on,
            recognition_starts_on=recognition_starts_on,
            request_id=request_id,
            required_outcome=required_outcome,
            required_state=required_state,
            review_id=review_id,
            revoked_at=revoked_at,
            today=today,
        )

        decision_problem.additional_properties = d
        return decision_problem

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
