from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.evidence_kind import EvidenceKind
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="EvidenceUploadForm")


@_attrs_define
class EvidenceUploadForm:
    """
    Attributes:
        file (File): pdf, jpeg, png, webp, heic, docx, xlsx, odt or ods; detected from the bytes.
        kind (EvidenceKind): The kind of an evidence file (a paper of the dossier).
        title (str):
        confirmed_by_grassroots (bool | Unset): Deprecated: an upload can no longer mark a file confirmed. `false` is
            accepted and ignored; `true` is refused (422 `confirmation_by_act_required`): the grassroots party committee
            confirms with POST /models/{id}/confirmations. Default: False.
        description (str | Unset):
        keep_location (bool | Unset):  Default: False.
        latitude (float | Unset):
        longitude (float | Unset):
        taken_at (datetime.datetime | Unset):
    """

    file: File
    kind: EvidenceKind
    title: str
    confirmed_by_grassroots: bool | Unset = False
    description: str | Unset = UNSET
    keep_location: bool | Unset = False
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    taken_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        kind = self.kind.value

        title = self.title

        confirmed_by_grassroots = self.confirmed_by_grassroots

        description = self.description

        keep_location = self.keep_location

        latitude = self.latitude

        longitude = self.longitude

        taken_at: str | Unset = UNSET
        if not isinstance(self.taken_at, Unset):
            taken_at = self.taken_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "kind": kind,
                "title": title,
            }
        )
        if confirmed_by_grassroots is not UNSET:
            field_dict["confirmed_by_grassroots"] = confirmed_by_grassroots
        if description is not UNSET:
            field_dict["description"] = description
        if keep_location is not UNSET:
            field_dict["keep_location"] = keep_location
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if taken_at is not UNSET:
            field_dict["taken_at"] = taken_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("kind", (None, str(self.kind.value).encode(), "text/plain")))

        files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.confirmed_by_grassroots, Unset):
            files.append(("confirmed_by_grassroots", (None, str(self.confirmed_by_grassroots).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.keep_location, Unset):
            files.append(("keep_location", (None, str(self.keep_location).encode(), "text/plain")))

        if not isinstance(self.latitude, Unset):
            files.append(("latitude", (None, str(self.latitude).encode(), "text/plain")))

        if not isinstance(self.longitude, Unset):
            files.append(("longitude", (None, str(self.longitude).encode(), "text/plain")))

        if not isinstance(self.taken_at, Unset):
            files.append(("taken_at", (None, self.taken_at.isoformat().encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        kind = EvidenceKind(d.pop("kind"))

        title = d.pop("title")

        confirmed_by_grassroots = d.pop("confirmed_by_grassroots", UNSET)

        description = d.pop("description", UNSET)

        keep_location = d.pop("keep_location", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        _taken_at = d.pop("taken_at", UNSET)
        taken_at: datetime.datetime | Unset
        if isinstance(_taken_at, Unset):
            taken_at = UNSET
        else:
            taken_at = datetime.datetime.fromisoformat(_taken_at)

        evidence_upload_form = cls(
            file=file,
            kind=kind,
            title=title,
            confirmed_by_grassroots=confirmed_by_grassroots,
            description=description,
            keep_location=keep_location,
            latitude=latitude,
            longitude=longitude,
            taken_at=taken_at,
        )

        evidence_upload_form.additional_properties = d
        return evidence_upload_form

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
