from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_error import ProblemError


T = TypeVar("T", bound="FileProblem")


@_attrs_define
class FileProblem:
    """A file refused (upload, minutes, a decision's text): its type, size, pixels, a form field, the quota.

    Attributes:
        code (str): Stable machine-readable error code.
        detail (str): Human-readable, in Vietnamese or English by Accept-Language.
        status (int):
        title (str):
        type_ (str):
        allowed (list[str] | None | Unset): The values allowed (e.g. evidence kinds).
        declared_type (None | str | Unset): The media type the client declared.
        detected_type (None | str | Unset): The media type found in the content.
        errors (list[ProblemError] | None | Unset):
        field (None | str | Unset): The form field concerned.
        file_bytes (int | None | Unset):
        height (int | None | Unset):
        instance (None | str | Unset):
        max_bytes (int | None | Unset):
        max_pixels (int | None | Unset):
        quota_bytes (int | None | Unset):
        request_id (None | str | Unset):
        state (None | State | Unset): The model's state, when it forbids the change.
        used_bytes (int | None | Unset):
        width (int | None | Unset):
    """

    code: str
    detail: str
    status: int
    title: str
    type_: str
    allowed: list[str] | None | Unset = UNSET
    declared_type: None | str | Unset = UNSET
    detected_type: None | str | Unset = UNSET
    errors: list[ProblemError] | None | Unset = UNSET
    field: None | str | Unset = UNSET
    file_bytes: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    instance: None | str | Unset = UNSET
    max_bytes: int | None | Unset = UNSET
    max_pixels: int | None | Unset = UNSET
    quota_bytes: int | None | Unset = UNSET
    request_id: None | str | Unset = UNSET
    state: None | State | Unset = UNSET
    used_bytes: int | None | Unset = UNSET
    width: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_error import ProblemError  # noqa: PLC0415

        code = self.code

        detail = self.detail

        status = self.status

        title = self.title

        type_ = self.type_

        allowed: list[str] | None | Unset
        if isinstance(self.allowed, Unset):
            allowed = UNSET
        elif isinstance(self.allowed, list):
            allowed = self.allowed

        else:
            allowed = self.allowed

        declared_type: None | str | Unset
        if isinstance(self.declared_type, Unset):
            declared_type = UNSET
        else:
            declared_type = self.declared_type

        detected_type: None | str | Unset
        if isinstance(self.detected_type, Unset):
            detected_type = UNSET
        else:
            detected_type = self.detected_type

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

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        file_bytes: int | None | Unset
        if isinstance(self.file_bytes, Unset):
            file_bytes = UNSET
        else:
            file_bytes = self.file_bytes

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        max_bytes: int | None | Unset
        if isinstance(self.max_bytes, Unset):
            max_bytes = UNSET
        else:
            max_bytes = self.max_bytes

        max_pixels: int | None | Unset
        if isinstance(self.max_pixels, Unset):
            max_pixels = UNSET
        else:
            max_pixels = self.max_pixels

        quota_bytes: int | None | Unset
        if isinstance(self.quota_bytes, Unset):
            quota_bytes = UNSET
        else:
            quota_bytes = self.quota_bytes

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

        used_bytes: int | None | Unset
        if isinstance(self.used_bytes, Unset):
            used_bytes = UNSET
        else:
            used_bytes = self.used_bytes

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

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
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if declared_type is not UNSET:
            field_dict["declared_type"] = declared_type
        if detected_type is not UNSET:
            field_dict["detected_type"] = detected_type
        if errors is not UNSET:
            field_dict["errors"] = errors
        if field is not UNSET:
            field_dict["field"] = field
        if file_bytes is not UNSET:
            field_dict["file_bytes"] = file_bytes
        if height is not UNSET:
            field_dict["height"] = height
        if instance is not UNSET:
            field_dict["instance"] = instance
        if max_bytes is not UNSET:
            field_dict["max_bytes"] = max_bytes
        if max_pixels is not UNSET:
            field_dict["max_pixels"] = max_pixels
        if quota_bytes is not UNSET:
            field_dict["quota_bytes"] = quota_bytes
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if state is not UNSET:
            field_dict["state"] = state
        if used_bytes is not UNSET:
            field_dict["used_bytes"] = used_bytes
        if width is not UNSET:
            field_dict["width"] = width

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

        def _parse_allowed(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_type_0 = cast(list[str], data)

                return allowed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed = _parse_allowed(d.pop("allowed", UNSET))

        def _parse_declared_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        declared_type = _parse_declared_type(d.pop("declared_type", UNSET))

        def _parse_detected_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detected_type = _parse_detected_type(d.pop("detected_type", UNSET))

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

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_file_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_bytes = _parse_file_bytes(d.pop("file_bytes", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_max_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_bytes = _parse_max_bytes(d.pop("max_bytes", UNSET))

        def _parse_max_pixels(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_pixels = _parse_max_pixels(d.pop("max_pixels", UNSET))

        def _parse_quota_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_bytes = _parse_quota_bytes(d.pop("quota_bytes", UNSET))

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

        def _parse_used_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        used_bytes = _parse_used_bytes(d.pop("used_bytes", UNSET))

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        file_problem = cls(
            code=code,
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            allowed=allowed,
            declared_type=declared_type,
            detected_type=detected_type,
            errors=errors,
            field=field,
            file_bytes=file_bytes,
            height=height,
            instance=instance,
            max_bytes=max_bytes,
            max_pixels=max_pixels,
            quota_bytes=quota_bytes,
            request_id=request_id,
            state=state,
            used_bytes=used_bytes,
            width=width,
        )

        file_problem.additional_properties = d
        return file_problem

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
