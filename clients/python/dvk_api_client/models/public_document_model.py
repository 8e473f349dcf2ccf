from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_field import PublicField
    from ..models.public_unit import PublicUnit


T = TypeVar("T", bound="PublicDocumentModel")


@_attrs_define
class PublicDocumentModel:
    """A covered model that a published decision made public (the others are only counted).

    Attributes:
        code (str):
        field (PublicField): The model's field, in both languages.
        name (str):
        unit (PublicUnit): A unit, by code and name.
        url (str):
    """

    code: str
    field: PublicField
    name: str
    unit: PublicUnit
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_field import PublicField  # noqa: PLC0415
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        code = self.code

        field = self.field.to_dict()

        name = self.name

        unit = self.unit.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "field": field,
                "name": name,
                "unit": unit,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_field import PublicField  # noqa: PLC0415
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        field = PublicField.from_dict(d.pop("field"))

        name = d.pop("name")

        unit = PublicUnit.from_dict(d.pop("unit"))

        url = d.pop("url")

        public_document_model = cls(
            code=code,
            field=field,
            name=name,
            unit=unit,
            url=url,
        )

        public_document_model.additional_properties = d
        return public_document_model

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
