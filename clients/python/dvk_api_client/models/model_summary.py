from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_type import ModelType
from ..models.registrant_kind import RegistrantKind
from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelSummary")


@_attrs_define
class ModelSummary:
    """A model in a list.

    Attributes:
        authority_case (int | None):
        code (str):
        field_code (str):
        id (UUID):
        is_late (bool):
        model_type (ModelType): A comprehensive model or one specific to a field.
        name (str):
        registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
        registrant_unit_id (int): A unit id.
        registrant_unit_name (str):
        replicates_id (None | UUID):
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        updated_at (datetime.datetime):
        year (int):
    """

    authority_case: int | None
    code: str
    field_code: str
    id: UUID
    is_late: bool
    model_type: ModelType
    name: str
    registrant_kind: RegistrantKind
    registrant_unit_id: int
    registrant_unit_name: str
    replicates_id: None | UUID
    state: State
    updated_at: datetime.datetime
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authority_case: int | None
        authority_case = self.authority_case

        code = self.code

        field_code = self.field_code

        id = str(self.id)

        is_late = self.is_late

        model_type = self.model_type.value

        name = self.name

        registrant_kind = self.registrant_kind.value

        registrant_unit_id = self.registrant_unit_id

        registrant_unit_name = self.registrant_unit_name

        replicates_id: None | str
        if isinstance(self.replicates_id, UUID):
            replicates_id = str(self.replicates_id)
        else:
            replicates_id = self.replicates_id

        state = self.state.value

        updated_at = self.updated_at.isoformat()

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authority_case": authority_case,
                "code": code,
                "field_code": field_code,
                "id": id,
                "is_late": is_late,
                "model_type": model_type,
                "name": name,
                "registrant_kind": registrant_kind,
                "registrant_unit_id": registrant_unit_id,
                "registrant_unit_name": registrant_unit_name,
                "replicates_id": replicates_id,
                "state": state,
                "updated_at": updated_at,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authority_case(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        authority_case = _parse_authority_case(d.pop("authority_case"))

        code = d.pop("code")

        field_code = d.pop("field_code")

        id = UUID(d.pop("id"))

        is_late = d.pop("is_late")

        model_type = ModelType(d.pop("model_type"))

        name = d.pop("name")

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        registrant_unit_id = d.pop("registrant_unit_id")

        registrant_unit_name = d.pop("registrant_unit_name")

        def _parse_replicates_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replicates_id_type_0 = UUID(data)

                return replicates_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        replicates_id = _parse_replicates_id(d.pop("replicates_id"))

        state = State(d.pop("state"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        year = d.pop("year")

        model_summary = cls(
            authority_case=authority_case,
            code=code,
            field_code=field_code,
            id=id,
            is_late=is_late,
            model_type=model_type,
            name=name,
            registrant_kind=registrant_kind,
            registrant_unit_id=registrant_unit_id,
            registrant_unit_name=registrant_unit_name,
            replicates_id=replicates_id,
            state=state,
            updated_at=updated_at,
            year=year,
        )

        model_summary.additional_properties = d
        return model_summary

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
