from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..models.document_status import DocumentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_document_decision import PublicDocumentDecision
    from ..models.public_document_model import PublicDocumentModel
    from ..models.public_unit import PublicUnit


T = TypeVar("T", bound="PublicVerification")


@_attrs_define
class PublicVerification:
    """What anyone holding a document may learn about it: never a private field.

    Attributes:
        decision (PublicDocumentDecision): The decision a verified document belongs to, as the public may know it.
        issued_on (datetime.date): The date the document bears.
        issuer (PublicUnit): A unit, by code and name.
        kind (DocumentKind): A generated document: a decision's own text, its revocation, a model's certificate or Giấy
            khen.
        kind_label (str):
        models (list[PublicDocumentModel]): The covered models the public showcase shows.
        models_not_public (int): Covered models not public (their names are not shown).
        number (str):
        revoked_by (None | str): The verification code of the revocation, when revoked.
        sha256 (str): Compare with your copy's SHA-256, or upload it to verify.
        signed (bool):
        signed_at (datetime.datetime | None):
        signer (None | str): The signing certificate's subject (a unit, not a person's data).
        status (DocumentStatus): A generated document in force, revoked with its decision, or superseded by a newer
            version.
        status_changed_on (datetime.date | None): The day it was revoked or superseded.
        superseded_by (None | str): The verification code of the version that replaced it.
        verification_code (str):
        version (int):
    """

    decision: PublicDocumentDecision
    issued_on: datetime.date
    issuer: PublicUnit
    kind: DocumentKind
    kind_label: str
    models: list[PublicDocumentModel]
    models_not_public: int
    number: str
    revoked_by: None | str
    sha256: str
    signed: bool
    signed_at: datetime.datetime | None
    signer: None | str
    status: DocumentStatus
    status_changed_on: datetime.date | None
    superseded_by: None | str
    verification_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_document_decision import PublicDocumentDecision  # noqa: PLC0415
        from ..models.public_document_model import PublicDocumentModel  # noqa: PLC0415
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        decision = self.decision.to_dict()

        issued_on = self.issued_on.isoformat()

        issuer = self.issuer.to_dict()

        kind = self.kind.value

        kind_label = self.kind_label

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        models_not_public = self.models_not_public

        number = self.number

        revoked_by: None | str
        revoked_by = self.revoked_by

        sha256 = self.sha256

        signed = self.signed

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        signer: None | str
        signer = self.signer

        status = self.status.value

        status_changed_on: None | str
        if isinstance(self.status_changed_on, datetime.date):
            status_changed_on = self.status_changed_on.isoformat()
        else:
            status_changed_on = self.status_changed_on

        superseded_by: None | str
        superseded_by = self.superseded_by

        verification_code = self.verification_code

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision": decision,
                "issued_on": issued_on,
                "issuer": issuer,
                "kind": kind,
                "kind_label": kind_label,
                "models": models,
                "models_not_public": models_not_public,
                "number": number,
                "revoked_by": revoked_by,
                "sha256": sha256,
                "signed": signed,
                "signed_at": signed_at,
                "signer": signer,
                "status": status,
                "status_changed_on": status_changed_on,
                "superseded_by": superseded_by,
                "verification_code": verification_code,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_document_decision import PublicDocumentDecision  # noqa: PLC0415
        from ..models.public_document_model import PublicDocumentModel  # noqa: PLC0415
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        d = dict(src_dict)
        decision = PublicDocumentDecision.from_dict(d.pop("decision"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuer = PublicUnit.from_dict(d.pop("issuer"))

        kind = DocumentKind(d.pop("kind"))

        kind_label = d.pop("kind_label")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = PublicDocumentModel.from_dict(models_item_data)

            models.append(models_item)

        models_not_public = d.pop("models_not_public")

        number = d.pop("number")

        def _parse_revoked_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoked_by = _parse_revoked_by(d.pop("revoked_by"))

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

        status = DocumentStatus(d.pop("status"))

        def _parse_status_changed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_changed_on_type_0 = datetime.date.fromisoformat(data)

                return status_changed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        status_changed_on = _parse_status_changed_on(d.pop("status_changed_on"))

        def _parse_superseded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        superseded_by = _parse_superseded_by(d.pop("superseded_by"))

        verification_code = d.pop("verification_code")

        version = d.pop("version")

        public_verification = cls(
            decision=decision,
            issued_on=issued_on,
            issuer=issuer,
            kind=kind,
            kind_label=kind_label,
            models=models,
            models_not_public=models_not_public,
            number=number,
            revoked_by=revoked_by,
            sha256=sha256,
            signed=signed,
            signed_at=signed_at,
            signer=signer,
            status=status,
            status_changed_on=status_changed_on,
            superseded_by=superseded_by,
            verification_code=verification_code,
            version=version,
        )

        public_verification.additional_properties = d
        return public_verification

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
