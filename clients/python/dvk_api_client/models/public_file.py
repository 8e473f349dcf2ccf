from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence_kind import EvidenceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicFile")


@_attrs_define
class PublicFile:
    """A published file of the model's dossier, served without authentication at `url`.

    Attributes:
        id (str): The file's id (part of `url`).
        kind (EvidenceKind): The kind of an evidence file (a paper of the dossier).
        media_type (str):
        title (str):
        url (str):
    """

    id: str
    kind: EvidenceKind
    media_type: str
    title: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        media_type = self.media_type

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "media_type": media_type,
                "title": title,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = EvidenceKind(d.pop("kind"))

        media_type = d.pop("media_type")

        title = d.pop("title")

        url = d.pop("url")

        public_file = cls(
            id=id,
            kind=kind,
            media_type=media_type,
            title=title,
            url=url,
        )

        public_file.additional_properties = d
        return public_file

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
