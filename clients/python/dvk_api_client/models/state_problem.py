from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_error import ProblemError


T = TypeVar("T", bound="StateProblem")


@_attrs_define
class StateProblem:
    """A model in the wrong state for this (409 `model_not_editable`, `candidate_state`, `model_state`; 422
    `follow_up_not_allowed`).

        Attributes:
            code (str): Stable machine-readable error code.
            detail (str): Human-readable, in Vietnamese or English by Accept-Language.
            status (int):
            title (str):
            type_ (str):
            errors (list[ProblemError] | None | Unset):
            expected_state (list[State] | None | State | Unset):
            instance (None | str | Unset):
            model_id (None | str | Unset):
            request_id (None | str | Unset):
            required_state (list[State] | None | State | Unset):
            state (None | State | Unset):
    """

    code: str
    detail: str
    status: int
    title: str
    type_: str
    errors: list[ProblemError] | None | Unset = UNSET
    expected_state: list[State] | None | State | Unset = UNSET
    instance: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    required_state: list[State] | None | State | Unset = UNSET
    state: None | State | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

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
        if errors is not UNSET:
            field_dict["errors"] = errors
        if expected_state is not UNSET:
            field_dict["expected_state"] = expected_state
        if instance is not UNSET:
            field_dict["instance"] = instance
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if required_state is not UNSET:
            field_dict["required_state"] = required_state
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

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

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

        state_problem = cls(
            code=code,
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            errors=errors,
            expected_state=expected_state,
            instance=instance,
            model_id=model_id,
            request_id=request_id,
            required_state=required_state,
            state=state,
        )

        state_problem.additional_properties = d
        return state_problem

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
