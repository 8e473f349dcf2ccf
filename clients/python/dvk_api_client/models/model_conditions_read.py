from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_type import ModelType
from ..models.registrant_kind import RegistrantKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_read import ConditionRead


T = TypeVar("T", bound="ModelConditionsRead")


@_attrs_define
class ModelConditionsRead:
    """A model's conditions: `required` for a comprehensive model, each condition of its kind of registrant with
    what was recorded, and `all_met` (recognition needs it when required). The ETag is `version` (0: none yet).

        Attributes:
            all_met (bool):
            conditions (list[ConditionRead]):
            model_id (UUID):
            model_type (ModelType): A comprehensive model or one specific to a field.
            registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
            required (bool):
            unmet (list[str]):
            updated_at (datetime.datetime | None):
            version (int):
    """

    all_met: bool
    conditions: list[ConditionRead]
    model_id: UUID
    model_type: ModelType
    registrant_kind: RegistrantKind
    required: bool
    unmet: list[str]
    updated_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_read import ConditionRead  # noqa: PLC0415

        all_met = self.all_met

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        model_id = str(self.model_id)

        model_type = self.model_type.value

        registrant_kind = self.registrant_kind.value

        required = self.required

        unmet = self.unmet

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all_met": all_met,
                "conditions": conditions,
                "model_id": model_id,
                "model_type": model_type,
                "registrant_kind": registrant_kind,
                "required": required,
                "unmet": unmet,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_read import ConditionRead  # noqa: PLC0415

        d = dict(src_dict)
        all_met = d.pop("all_met")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = ConditionRead.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        model_id = UUID(d.pop("model_id"))

        model_type = ModelType(d.pop("model_type"))

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        required = d.pop("required")

        unmet = cast(list[str], d.pop("unmet"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        version = d.pop("version")

        model_conditions_read = cls(
            all_met=all_met,
            conditions=conditions,
            model_id=model_id,
            model_type=model_type,
            registrant_kind=registrant_kind,
            required=required,
            unmet=unmet,
            updated_at=updated_at,
            version=version,
        )

        model_conditions_read.additional_properties = d
        return model_conditions_read

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
