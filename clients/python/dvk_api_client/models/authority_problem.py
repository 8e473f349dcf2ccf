from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_error import ProblemError


T = TypeVar("T", bound="AuthorityProblem")


@_attrs_define
class AuthorityProblem:
    """The authority tree cannot be walked for a unit (422 `authority_unresolvable`): where and why.

    Attributes:
        code (str): Stable machine-readable error code.
        detail (str): Human-readable, in Vietnamese or English by Accept-Language.
        status (int):
        title (str):
        type_ (str):
        at (None | str | Unset): The unit where the walk stopped, as `name (code)`.
        errors (list[ProblemError] | None | Unset):
        hops (int | None | Unset): The walk's limit, when it was reached.
        instance (None | str | Unset):
        kind_en (None | str | Unset):
        kind_vi (None | str | Unset):
        missing (int | None | Unset): The id of a unit the tree names but does not hold.
        relation (None | str | Unset): The relation that could not be followed.
        request_id (None | str | Unset):
        unit_id (int | None | Unset): The unit the walk started from.
    """

    code: str
    detail: str
    status: int
    title: str
    type_: str
    at: None | str | Unset = UNSET
    errors: list[ProblemError] | None | Unset = UNSET
    hops: int | None | Unset = UNSET
    instance: None | str | Unset = UNSET
    kind_en: None | str | Unset = UNSET
    kind_vi: None | str | Unset = UNSET
    missing: int | None | Unset = UNSET
    relation: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    unit_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.problem_error import ProblemError  # noqa: PLC0415

        code = self.code

        detail = self.detail

        status = self.status

        title = self.title

        type_ = self.type_

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        else:
            at = self.at

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

        hops: int | None | Unset
        if isinstance(self.hops, Unset):
            hops = UNSET
        else:
            hops = self.hops

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        kind_en: None | str | Unset
        if isinstance(self.kind_en, Unset):
            kind_en = UNSET
        else:
            kind_en = self.kind_en

        kind_vi: None | str | Unset
        if isinstance(self.kind_vi, Unset):
            kind_vi = UNSET
        else:
            kind_vi = self.kind_vi

        missing: int | None | Unset
        if isinstance(self.missing, Unset):
            missing = UNSET
        else:
            missing = self.missing

        relation: None | str | Unset
        if isinstance(self.relation, Unset):
            relation = UNSET
        else:
            relation = self.relation

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

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
        if at is not UNSET:
            field_dict["at"] = at
        if errors is not UNSET:
            field_dict["errors"] = errors
        if hops is not UNSET:
            field_dict["hops"] = hops
        if instance is not UNSET:
            field_dict["instance"] = instance
        if kind_en is not UNSET:
            field_dict["kind_en"] = kind_en
        if kind_vi is not UNSET:
            field_dict["kind_vi"] = kind_vi
        if missing is not UNSET:
            field_dict["missing"] = missing
        if relation is not UNSET:
            field_dict["relation"] = relation
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

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

        def _parse_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

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

        def _parse_hops(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hops = _parse_hops(d.pop("hops", UNSET))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_kind_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind_en = _parse_kind_en(d.pop("kind_en", UNSET))

        def _parse_kind_vi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind_vi = _parse_kind_vi(d.pop("kind_vi", UNSET))

        def _parse_missing(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        missing = _parse_missing(d.pop("missing", UNSET))

        def _parse_relation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relation = _parse_relation(d.pop("relation", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        authority_problem = cls(
            code=code,
            detail=detail,
            status=status,
            title=title,
            type_=type_,
            at=at,
            errors=errors,
            hops=hops,
            instance=instance,
            kind_en=kind_en,
            kind_vi=kind_vi,
            missing=missing,
            relation=relation,
            request_id=request_id,
            unit_id=unit_id,
        )

        authority_problem.additional_properties = d
        return authority_problem

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
