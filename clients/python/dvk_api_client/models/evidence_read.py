from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence_kind import EvidenceKind
from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uploader_ref import UploaderRef


T = TypeVar("T", bound="EvidenceRead")


@_attrs_define
class EvidenceRead:
    """A file of the dossier: what it is, what was stored, who added it and when.

    Attributes:
        confirmed_by_grassroots (bool): Deprecated, read-only: true while a confirmation act of the grassroots party
            committee (kind `achievement_report`, not withdrawn) names this file; GET /models/{id}/confirmations tells who
            confirmed it and when.
        content_url (str):
        description (str):
        id (UUID):
        is_public (bool):
        kind (EvidenceKind): The kind of an evidence file (a paper of the dossier).
        kind_label (str):
        latitude (float | None):
        longitude (float | None):
        media_type (str): Detected from the bytes, not taken from the client.
        model_id (UUID):
        model_state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        original_filename (str):
        sha256 (str): SHA-256 of the stored bytes; also the download's ETag.
        size (int):
        taken_at (datetime.datetime | None):
        title (str):
        uploaded_at (datetime.datetime):
        uploaded_by (UploaderRef): Who uploaded a file.
    """

    confirmed_by_grassroots: bool
    content_url: str
    description: str
    id: UUID
    is_public: bool
    kind: EvidenceKind
    kind_label: str
    latitude: float | None
    longitude: float | None
    media_type: str
    model_id: UUID
    model_state: State
    original_filename: str
    sha256: str
    size: int
    taken_at: datetime.datetime | None
    title: str
    uploaded_at: datetime.datetime
    uploaded_by: UploaderRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.uploader_ref import UploaderRef  # noqa: PLC0415

        confirmed_by_grassroots = self.confirmed_by_grassroots

        content_url = self.content_url

        description = self.description

        id = str(self.id)

        is_public = self.is_public

        kind = self.kind.value

        kind_label = self.kind_label

        latitude: float | None
        latitude = self.latitude

        longitude: float | None
        longitude = self.longitude

        media_type = self.media_type

        model_id = str(self.model_id)

        model_state = self.model_state.value

        original_filename = self.original_filename

        sha256 = self.sha256

        size = self.size

        taken_at: None | str
        if isinstance(self.taken_at, datetime.datetime):
            taken_at = self.taken_at.isoformat()
        else:
            taken_at = self.taken_at

        title = self.title

        uploaded_at = self.uploaded_at.isoformat()

        uploaded_by = self.uploaded_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirmed_by_grassroots": confirmed_by_grassroots,
                "content_url": content_url,
                "description": description,
                "id": id,
                "is_public": is_public,
                "kind": kind,
                "kind_label": kind_label,
                "latitude": latitude,
                "longitude": longitude,
                "media_type": media_type,
                "model_id": model_id,
                "model_state": model_state,
                "original_filename": original_filename,
                "sha256": sha256,
                "size": size,
                "taken_at": taken_at,
                "title": title,
                "uploaded_at": uploaded_at,
                "uploaded_by": uploaded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.uploader_ref import UploaderRef  # noqa: PLC0415

        d = dict(src_dict)
        confirmed_by_grassroots = d.pop("confirmed_by_grassroots")

        content_url = d.pop("content_url")

        description = d.pop("description")

        id = UUID(d.pop("id"))

        is_public = d.pop("is_public")

        kind = EvidenceKind(d.pop("kind"))

        kind_label = d.pop("kind_label")

        def _parse_latitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latitude = _parse_latitude(d.pop("latitude"))

        def _parse_longitude(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        longitude = _parse_longitude(d.pop("longitude"))

        media_type = d.pop("media_type")

        model_id = UUID(d.pop("model_id"))

        model_state = State(d.pop("model_state"))

        original_filename = d.pop("original_filename")

        sha256 = d.pop("sha256")

        size = d.pop("size")

        def _parse_taken_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taken_at_type_0 = datetime.datetime.fromisoformat(data)

                return taken_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        taken_at = _parse_taken_at(d.pop("taken_at"))

        title = d.pop("title")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        uploaded_by = UploaderRef.from_dict(d.pop("uploaded_by"))

        evidence_read = cls(
            confirmed_by_grassroots=confirmed_by_grassroots,
            content_url=content_url,
            description=description,
            id=id,
            is_public=is_public,
            kind=kind,
            kind_label=kind_label,
            latitude=latitude,
            longitude=longitude,
            media_type=media_type,
            model_id=model_id,
            model_state=model_state,
            original_filename=original_filename,
            sha256=sha256,
            size=size,
            taken_at=taken_at,
            title=title,
            uploaded_at=uploaded_at,
            uploaded_by=uploaded_by,
        )

        evidence_read.additional_properties = d
        return evidence_read

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
