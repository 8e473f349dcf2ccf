from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level_aimed import LevelAimed
from ..models.registrant_kind import RegistrantKind
from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationRow")


@_attrs_define
class RegistrationRow:
    """One model on the form: the printed columns plus ids a client can link with.

    Attributes:
        code (str):
        end_date (datetime.date | None):
        field_code (str):
        level_aimed (LevelAimed): The level of recognition a model aims at.
        marks (list[str]): Form columns marked for this row, e.g. ['economy_collective', 'level_grassroots'].
        model_id (UUID):
        model_name (str):
        no (int):
        registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
        start_date (datetime.date | None):
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        targets (str): The model's targets for the year, joined as text.
        unit (str): Registering unit (Tên đơn vị đăng ký).
        unit_code (str):
        unit_id (int):
        individual_name (None | str | Unset): An individual registrant's name (not on the paper form; hidden XLSX
            column).
        individual_position (None | str | Unset): And their position.
    """

    code: str
    end_date: datetime.date | None
    field_code: str
    level_aimed: LevelAimed
    marks: list[str]
    model_id: UUID
    model_name: str
    no: int
    registrant_kind: RegistrantKind
    start_date: datetime.date | None
    state: State
    targets: str
    unit: str
    unit_code: str
    unit_id: int
    individual_name: None | str | Unset = UNSET
    individual_position: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        field_code = self.field_code

        level_aimed = self.level_aimed.value

        marks = self.marks

        model_id = str(self.model_id)

        model_name = self.model_name

        no = self.no

        registrant_kind = self.registrant_kind.value

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        state = self.state.value

        targets = self.targets

        unit = self.unit

        unit_code = self.unit_code

        unit_id = self.unit_id

        individual_name: None | str | Unset
        if isinstance(self.individual_name, Unset):
            individual_name = UNSET
        else:
            individual_name = self.individual_name

        individual_position: None | str | Unset
        if isinstance(self.individual_position, Unset):
            individual_position = UNSET
        else:
            individual_position = self.individual_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "end_date": end_date,
                "field_code": field_code,
                "level_aimed": level_aimed,
                "marks": marks,
                "model_id": model_id,
                "model_name": model_name,
                "no": no,
                "registrant_kind": registrant_kind,
                "start_date": start_date,
                "state": state,
                "targets": targets,
                "unit": unit,
                "unit_code": unit_code,
                "unit_id": unit_id,
            }
        )
        if individual_name is not UNSET:
            field_dict["individual_name"] = individual_name
        if individual_position is not UNSET:
            field_dict["individual_position"] = individual_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        field_code = d.pop("field_code")

        level_aimed = LevelAimed(d.pop("level_aimed"))

        marks = cast(list[str], d.pop("marks"))

        model_id = UUID(d.pop("model_id"))

        model_name = d.pop("model_name")

        no = d.pop("no")

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        state = State(d.pop("state"))

        targets = d.pop("targets")

        unit = d.pop("unit")

        unit_code = d.pop("unit_code")

        unit_id = d.pop("unit_id")

        def _parse_individual_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        individual_name = _parse_individual_name(d.pop("individual_name", UNSET))

        def _parse_individual_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        individual_position = _parse_individual_position(d.pop("individual_position", UNSET))

        registration_row = cls(
            code=code,
            end_date=end_date,
            field_code=field_code,
            level_aimed=level_aimed,
            marks=marks,
            model_id=model_id,
            model_name=model_name,
            no=no,
            registrant_kind=registrant_kind,
            start_date=start_date,
            state=state,
            targets=targets,
            unit=unit,
            unit_code=unit_code,
            unit_id=unit_id,
            individual_name=individual_name,
            individual_position=individual_position,
        )

        registration_row.additional_properties = d
        return registration_row

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
