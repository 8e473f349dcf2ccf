from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..models.document_status import DocumentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bilingual import Bilingual
    from ..models.document_model_ref import DocumentModelRef


T = TypeVar("T", bound="IssuedDocument")


@_attrs_define
class IssuedDocument:
    """One version of one generated document, as a signed-in caller who may see it reads it.

    Attributes:
        created_at (datetime.datetime):
        created_by (str): Who issued it.
        decision_id (UUID):
        decision_number (str):
        file_url (str):
        filename (str):
        id (UUID):
        kind (DocumentKind): A generated document: a decision's own text, its revocation, a model's certificate or Giấy
            khen.
        kind_label (Bilingual): A text in Vietnamese and English.
        model (DocumentModelRef | None): The model of a certificate or Giấy khen; null for a decision.
        number (str): Number and symbol as printed: the decision's own for its text, the decision's serial and the
            model's place with `GCN` (certificate) or `GK` (Giấy khen) for a model's paper.
        revoked_by_id (None | UUID): The revocation's document, when revoked.
        sha256 (str): The ETag of `file_url`.
        signed (bool):
        signed_at (datetime.datetime | None):
        signer (None | str): The signing certificate's subject.
        size (int):
        status (DocumentStatus): A generated document in force, revoked with its decision, or superseded by a newer
            version.
        status_changed_at (datetime.datetime | None): When it was revoked or superseded.
        superseded_by_id (None | UUID): The next version, when superseded.
        verification_code (str): Printed on the document with its QR code.
        verify_url (str): Where anyone checks the document (`GET /public/verify/{code}`, no sign-in).
        version (int): 1, then 2 … each time the decision's documents are issued again.
        media_type (Literal['application/pdf'] | Unset):  Default: 'application/pdf'.
    """

    created_at: datetime.datetime
    created_by: str
    decision_id: UUID
    decision_number: str
    file_url: str
    filename: str
    id: UUID
    kind: DocumentKind
    kind_label: Bilingual
    model: DocumentModelRef | None
    number: str
    revoked_by_id: None | UUID
    sha256: str
    signed: bool
    signed_at: datetime.datetime | None
    signer: None | str
    size: int
    status: DocumentStatus
    status_changed_at: datetime.datetime | None
    superseded_by_id: None | UUID
    verification_code: str
    verify_url: str
    version: int
    media_type: Literal["application/pdf"] | Unset = "application/pdf"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.document_model_ref import DocumentModelRef  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        decision_id = str(self.decision_id)

        decision_number = self.decision_number

        file_url = self.file_url

        filename = self.filename

        id = str(self.id)

        kind = self.kind.value

        kind_label = self.kind_label.to_dict()

        model: dict[str, Any] | None
        if isinstance(self.model, DocumentModelRef):
            model = self.model.to_dict()
        else:
            model = self.model

        number = self.number

        revoked_by_id: None | str
        if isinstance(self.revoked_by_id, UUID):
            revoked_by_id = str(self.revoked_by_id)
        else:
            revoked_by_id = self.revoked_by_id

        sha256 = self.sha256

        signed = self.signed

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        signer: None | str
        signer = self.signer

        size = self.size

        status = self.status.value

        status_changed_at: None | str
        if isinstance(self.status_changed_at, datetime.datetime):
            status_changed_at = self.status_changed_at.isoformat()
        else:
            status_changed_at = self.status_changed_at

        superseded_by_id: None | str
        if isinstance(self.superseded_by_id, UUID):
            superseded_by_id = str(self.superseded_by_id)
        else:
            superseded_by_id = self.superseded_by_id

        verification_code = self.verification_code

        verify_url = self.verify_url

        version = self.version

        media_type = self.media_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "decision_id": decision_id,
                "decision_number": decision_number,
                "file_url": file_url,
                "filename": filename,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "model": model,
                "number": number,
                "revoked_by_id": revoked_by_id,
                "sha256": sha256,
                "signed": signed,
                "signed_at": signed_at,
                "signer": signer,
                "size": size,
                "status": status,
                "status_changed_at": status_changed_at,
                "superseded_by_id": superseded_by_id,
                "verification_code": verification_code,
                "verify_url": verify_url,
                "version": version,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.document_model_ref import DocumentModelRef  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        decision_id = UUID(d.pop("decision_id"))

        decision_number = d.pop("decision_number")

        file_url = d.pop("file_url")

        filename = d.pop("filename")

        id = UUID(d.pop("id"))

        kind = DocumentKind(d.pop("kind"))

        kind_label = Bilingual.from_dict(d.pop("kind_label"))

        def _parse_model(data: object) -> DocumentModelRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_type_0 = DocumentModelRef.from_dict(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentModelRef | None, data)

        model = _parse_model(d.pop("model"))

        number = d.pop("number")

        def _parse_revoked_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_by_id_type_0 = UUID(data)

                return revoked_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        revoked_by_id = _parse_revoked_by_id(d.pop("revoked_by_id"))

        sha256 = d.pop("sha256")

        signed = d.pop("signed")

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))

        def _parse_signer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signer = _parse_signer(d.pop("signer"))

        size = d.pop("size")

        status = DocumentStatus(d.pop("status"))

        def _parse_status_changed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_changed_at_type_0 = datetime.datetime.fromisoformat(data)

                return status_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        status_changed_at = _parse_status_changed_at(d.pop("status_changed_at"))

        def _parse_superseded_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_by_id_type_0 = UUID(data)

                return superseded_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        superseded_by_id = _parse_superseded_by_id(d.pop("superseded_by_id"))

        verification_code = d.pop("verification_code")

        verify_url = d.pop("verify_url")

        version = d.pop("version")

        media_type = cast(Literal["application/pdf"] | Unset, d.pop("media_type", UNSET))
        if media_type != "application/pdf" and not isinstance(media_type, Unset):
            raise ValueError(f"media_type must match const 'application/pdf', got '{media_type}'")

        issued_document = cls(
            created_at=created_at,
            created_by=created_by,
            decision_id=decision_id,
            decision_number=decision_number,
            file_url=file_url,
            filename=filename,
            id=id,
            kind=kind,
            kind_label=kind_label,
            model=model,
            number=number,
            revoked_by_id=revoked_by_id,
            sha256=sha256,
            signed=signed,
            signed_at=signed_at,
            signer=signer,
            size=size,
            status=status,
            status_changed_at=status_changed_at,
            superseded_by_id=superseded_by_id,
            verification_code=verification_code,
            verify_url=verify_url,
            version=version,
            media_type=media_type,
        )

        issued_document.additional_properties = d
        return issued_document

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
