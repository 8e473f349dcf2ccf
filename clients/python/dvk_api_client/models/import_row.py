from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row_error import RowError


T = TypeVar("T", bound="ImportRow")


@_attrs_define
class ImportRow:
    """One data row of the sheet: what it would create (or created), or its errors.

    Attributes:
        ok (bool):
        row (int):
        end_date (datetime.date | None | Unset):
        errors (list[RowError] | Unset):
        field_code (None | str | Unset):
        level_aimed (None | str | Unset):
        model_code (None | str | Unset):
        model_id (None | Unset | UUID): The draft created (not on a dry run).
        name (None | str | Unset):
        registrant_kind (None | str | Unset):
        start_date (datetime.date | None | Unset):
        unit_id (int | None | Unset):
        unit_name (None | str | Unset):
    """

    ok: bool
    row: int
    end_date: datetime.date | None | Unset = UNSET
    errors: list[RowError] | Unset = UNSET
    field_code: None | str | Unset = UNSET
    level_aimed: None | str | Unset = UNSET
    model_code: None | str | Unset = UNSET
    model_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    registrant_kind: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    unit_id: int | None | Unset = UNSET
    unit_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.row_error import RowError  # noqa: PLC0415

        ok = self.ok

        row = self.row

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_code: None | str | Unset
        if isinstance(self.field_code, Unset):
            field_code = UNSET
        else:
            field_code = self.field_code

        level_aimed: None | str | Unset
        if isinstance(self.level_aimed, Unset):
            level_aimed = UNSET
        else:
            level_aimed = self.level_aimed

        model_code: None | str | Unset
        if isinstance(self.model_code, Unset):
            model_code = UNSET
        else:
            model_code = self.model_code

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        elif isinstance(self.model_id, UUID):
            model_id = str(self.model_id)
        else:
            model_id = self.model_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        registrant_kind: None | str | Unset
        if isinstance(self.registrant_kind, Unset):
            registrant_kind = UNSET
        else:
            registrant_kind = self.registrant_kind

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        unit_name: None | str | Unset
        if isinstance(self.unit_name, Unset):
            unit_name = UNSET
        else:
            unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "row": row,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if errors is not UNSET:
            field_dict["errors"] = errors
        if field_code is not UNSET:
            field_dict["field_code"] = field_code
        if level_aimed is not UNSET:
            field_dict["level_aimed"] = level_aimed
        if model_code is not UNSET:
            field_dict["model_code"] = model_code
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if name is not UNSET:
            field_dict["name"] = name
        if registrant_kind is not UNSET:
            field_dict["registrant_kind"] = registrant_kind
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_error import RowError  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("ok")

        row = d.pop("row")

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        _errors = d.pop("errors", UNSET)
        errors: list[RowError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = RowError.from_dict(errors_item_data)

                errors.append(errors_item)

        def _parse_field_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_code = _parse_field_code(d.pop("field_code", UNSET))

        def _parse_level_aimed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level_aimed = _parse_level_aimed(d.pop("level_aimed", UNSET))

        def _parse_model_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_code = _parse_model_code(d.pop("model_code", UNSET))

        def _parse_model_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_id_type_0 = UUID(data)

                return model_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_registrant_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registrant_kind = _parse_registrant_kind(d.pop("registrant_kind", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        def _parse_unit_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_name = _parse_unit_name(d.pop("unit_name", UNSET))

        import_row = cls(
            ok=ok,
            row=row,
            end_date=end_date,
            errors=errors,
            field_code=field_code,
            level_aimed=level_aimed,
            model_code=model_code,
            model_id=model_id,
            name=name,
            registrant_kind=registrant_kind,
            start_date=start_date,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        import_row.additional_properties = d
        return import_row

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
