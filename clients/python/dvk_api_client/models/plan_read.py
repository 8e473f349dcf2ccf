from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_document import PlanDocument
    from ..models.plan_unit import PlanUnit


T = TypeVar("T", bound="PlanRead")


@_attrs_define
class PlanRead:
    """A unit's plan for a campaign; the ETag is its version.

    Attributes:
        campaign_id (UUID):
        created_at (datetime.datetime):
        disseminated (bool): True once a dissemination day is recorded.
        disseminated_on (datetime.date | None):
        dissemination_note (None | str):
        document (None | PlanDocument): The plan document; null until one is attached.
        document_number (str):
        id (UUID):
        issued_by (str):
        issued_on (datetime.date):
        recorded_by_id (UUID):
        title (str):
        unit (PlanUnit): The unit whose plan it is.
        updated_at (datetime.datetime):
        version (int):
    """

    campaign_id: UUID
    created_at: datetime.datetime
    disseminated: bool
    disseminated_on: datetime.date | None
    dissemination_note: None | str
    document: None | PlanDocument
    document_number: str
    id: UUID
    issued_by: str
    issued_on: datetime.date
    recorded_by_id: UUID
    title: str
    unit: PlanUnit
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_document import PlanDocument  # noqa: PLC0415
        from ..models.plan_unit import PlanUnit  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        created_at = self.created_at.isoformat()

        disseminated = self.disseminated

        disseminated_on: None | str
        if isinstance(self.disseminated_on, datetime.date):
            disseminated_on = self.disseminated_on.isoformat()
        else:
            disseminated_on = self.disseminated_on

        dissemination_note: None | str
        dissemination_note = self.dissemination_note

        document: dict[str, Any] | None
        if isinstance(self.document, PlanDocument):
            document = self.document.to_dict()
        else:
            document = self.document

        document_number = self.document_number

        id = str(self.id)

        issued_by = self.issued_by

        issued_on = self.issued_on.isoformat()

        recorded_by_id = str(self.recorded_by_id)

        title = self.title

        unit = self.unit.to_dict()

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "created_at": created_at,
                "disseminated": disseminated,
                "disseminated_on": disseminated_on,
                "dissemination_note": dissemination_note,
                "document": document,
                "document_number": document_number,
                "id": id,
                "issued_by": issued_by,
                "issued_on": issued_on,
                "recorded_by_id": recorded_by_id,
                "title": title,
                "unit": unit,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_document import PlanDocument  # noqa: PLC0415
        from ..models.plan_unit import PlanUnit  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        disseminated = d.pop("disseminated")

        def _parse_disseminated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disseminated_on_type_0 = datetime.date.fromisoformat(data)

                return disseminated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        disseminated_on = _parse_disseminated_on(d.pop("disseminated_on"))

        def _parse_dissemination_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dissemination_note = _parse_dissemination_note(d.pop("dissemination_note"))

        def _parse_document(data: object) -> None | PlanDocument:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = PlanDocument.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanDocument, data)

        document = _parse_document(d.pop("document"))

        document_number = d.pop("document_number")

        id = UUID(d.pop("id"))

        issued_by = d.pop("issued_by")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        recorded_by_id = UUID(d.pop("recorded_by_id"))

        title = d.pop("title")

        unit = PlanUnit.from_dict(d.pop("unit"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        plan_read = cls(
            campaign_id=campaign_id,
            created_at=created_at,
            disseminated=disseminated,
            disseminated_on=disseminated_on,
            dissemination_note=dissemination_note,
            document=document,
            document_number=document_number,
            id=id,
            issued_by=issued_by,
            issued_on=issued_on,
            recorded_by_id=recorded_by_id,
            title=title,
            unit=unit,
            updated_at=updated_at,
            version=version,
        )

        plan_read.additional_properties = d
        return plan_read

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
