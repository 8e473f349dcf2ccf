from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_verdict import DocumentVerdict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_verification import PublicVerification
    from ..models.signature_check import SignatureCheck


T = TypeVar("T", bound="DocumentVerification")


@_attrs_define
class DocumentVerification:
    """The answer to an uploaded PDF: is it intact, who signed it, which document of which decision it is.

    Attributes:
        document (None | PublicVerification): The issued document it is (by its bytes) or claims to be (by its embedded
            code): public fields only.
        matches_issued (bool): The bytes are exactly those of a document this server issued.
        sha256 (str): The SHA-256 of the uploaded bytes.
        signature (None | SignatureCheck): Null when the file is unsigned or not a PDF.
        size (int):
        verdict (DocumentVerdict): What checking an uploaded PDF found: intact, modified, unsigned, signed by an
            untrusted certificate, or not a PDF.
        verification_code (None | str): The code found in the file (null when none).
    """

    document: None | PublicVerification
    matches_issued: bool
    sha256: str
    signature: None | SignatureCheck
    size: int
    verdict: DocumentVerdict
    verification_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_verification import PublicVerification  # noqa: PLC0415
        from ..models.signature_check import SignatureCheck  # noqa: PLC0415

        document: dict[str, Any] | None
        if isinstance(self.document, PublicVerification):
            document = self.document.to_dict()
        else:
            document = self.document

        matches_issued = self.matches_issued

        sha256 = self.sha256

        signature: dict[str, Any] | None
        if isinstance(self.signature, SignatureCheck):
            signature = self.signature.to_dict()
        else:
            signature = self.signature

        size = self.size

        verdict = self.verdict.value

        verification_code: None | str
        verification_code = self.verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "matches_issued": matches_issued,
                "sha256": sha256,
                "signature": signature,
                "size": size,
                "verdict": verdict,
                "verification_code": verification_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_verification import PublicVerification  # noqa: PLC0415
        from ..models.signature_check import SignatureCheck  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_document(data: object) -> None | PublicVerification:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = PublicVerification.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicVerification, data)

        document = _parse_document(d.pop("document"))

        matches_issued = d.pop("matches_issued")

        sha256 = d.pop("sha256")

        def _parse_signature(data: object) -> None | SignatureCheck:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signature_type_0 = SignatureCheck.from_dict(data)

                return signature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureCheck, data)

        signature = _parse_signature(d.pop("signature"))

        size = d.pop("size")

        verdict = DocumentVerdict(d.pop("verdict"))

        def _parse_verification_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verification_code = _parse_verification_code(d.pop("verification_code"))

        document_verification = cls(
            document=document,
            matches_issued=matches_issued,
            sha256=sha256,
            signature=signature,
            size=size,
            verdict=verdict,
            verification_code=verification_code,
        )

        document_verification.additional_properties = d
        return document_verification

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
