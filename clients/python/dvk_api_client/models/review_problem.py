from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_error import ProblemError


T = TypeVar("T", bound="ReviewProblem")


@_attrs_define
class ReviewProblem:
    """A review refused a change: the model, member or candidate concerned and where in the body.

    Attributes:
        code (str): Stable machine-readable error code.
        detail (str): Human-readable, in Vietnamese or English by Accept-Language.
        status (int):
        title (str):
        type_ (str):
        candidate_id (None | str | Unset):
        errors (list[ProblemError] | None | Unset):
        expected_state (list[State] | None | State | Unset):
        instance (None | str | Unset):
        member_id (None | str | Unset):
        model_id (None | str | Unset):
        pointer (None | str | Unset): JSON pointer into the body.
        request_id (None | str | Unset):
        state (None | State | Unset):
    """

    code: str
    detail: str
    status: int
    title: str
    type_: str
    candidate_id: None | str | Unset = UNSET
    errors: list[ProblemError] | None | Unset = UNSET
    expected_state: list[State] | None | State | Unset = UNSET
    instance: None | str | Unset = UNSET
    member_id: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    pointer: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    state: None | State | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_error import ProblemError  # noqa: PLC0415

        code = self.code

        detail = self.detail

        status = self.status

        title = self.title

        type_ = self.type_

        candidate_id: None | str | Unset
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        else:
            candidate_id = self.candidate_id

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

        expected_state: list[str] | None | str | Unset
        if isinstance(self.expected_state, Unset):
            expected_state = UNSET
        elif isinstance(self.expected_state, State):
            expected_state = self.expected_state.value
        elif isinstance(self.expected_state, list):
            expected_state = []
            for expected_state_type_1_item_data in self.expected_state:
                expected_state_type_1_item = expected_state_type_1_item_data.value
                expected_state.append(expected_state_type_1_item)

        else:
            expected_state = self.expected_state

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        member_id: None | str | Unset
        if isinstance(self.member_id, Unset):
            member_id = UNSET
        else:
            member_id = self.member_id

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        pointer: None | str | Unset
        if isinstance(self.pointer, Unset):
            pointer = UNSET
        else:
            pointer = self.pointer

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, State):
            state = self.state.value
        else:
            state = self.state

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
        if candidate_id is not UNSET:
            field_dict["candidate_id"] = candidate_id
        if errors is not UNSET:
            field_dict["errors"] = errors
        if expected_state is not UNSET:
            field_dict["expected_state"] = expected_state
        if instance is not UNSET:
            field_dict["instance"] = instance
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if pointer is not UNSET:
            field_dict["pointer"] = pointer
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_error import ProblemError  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        def _parse_candidate_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        candidate_id = _parse_candidate_id(d.pop("candidate_id", UNSET))

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

        def _parse_expected_state(data: object) -> list[State] | None | State | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_state_type_0 = State(data)

                return expected_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expected_state_type_1 = []
                _expected_state_type_1 = data
                for expected_state_type_1_item_data in _expected_state_type_1:
                    expected_state_type_1_item = State(expected_state_type_1_item_data)

                    expected_state_type_1.append(expected_state_type_1_item)

                return expected_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[State] | None | State | Unset, data)

        expected_state = _parse_expected_state(d.pop("expected_state", UNSET))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_id = _parse_member_id(d.pop("member_id", UNSET))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_pointer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pointer = _parse_pointer(d.pop("pointer", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_state(data: object) -> None | State | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = State(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | State | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        review_problem = cls(
            code=code,
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            candidate_id=candidate_id,
            errors=errors,
            expected_state=expected_state,
            instance=instance,
            member_id=member_id,
            model_id=model_id,
            pointer=pointer,
            request_id=request_id,
            state=state,
        )

        review_problem.additional_properties = d
        return review_problem

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
