"""Bodies of the documents API: issuing, a document as read, the public verification and an upload's check."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from app.policy.authority_schemas import Bilingual
from app.public.schemas import PublicField, PublicUnit

DocumentKind = Literal[
    "decision.recognition",
    "decision.non_recognition",
    "decision.exemplar",
    "decision.revocation",
    "certificate",
    "commendation",
]
DocumentStatus = Literal["issued", "revoked", "superseded"]
Verdict = Literal["intact", "modified", "unsigned", "untrusted", "not_a_pdf"]
PDF = "application/pdf"

_SHA = "9f2c4e0b7d1a5c3e8f6a2b4d0c9e7f1a3b5d7c9e1f0a2b4c6d8e0f1a3b5c7d9e"
_CODE = "7KQ4M-9XP2D"


class IssueDocuments(BaseModel):
    """Issue (or, with `regenerate`, issue again as new versions) the decision's documents."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{}, {"regenerate": True, "reason": "Sửa tên đơn vị đăng ký trong phụ lục."}]},
    )

    regenerate: StrictBool = Field(
        default=False,
        description="Issue every document again as a new version; the versions in force become `superseded` "
        "(never deleted). Without it, a decision whose documents were issued answers 409 "
        "`documents_already_issued`.",
    )
    reason: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = Field(
        default="", description="Why the documents are issued again (recorded in the event)."
    )


class DocumentModelRef(BaseModel):
    """The model a certificate or Giấy khen is for."""

    id: uuid.UUID
    code: str = Field(examples=["DVK-2025-000123"])
    name: str


class IssuedDocument(BaseModel):
    """One version of one generated document, as a signed-in caller who may see it reads it."""

    id: uuid.UUID
    kind: DocumentKind
    kind_label: Bilingual
    decision_id: uuid.UUID
    decision_number: str = Field(examples=["45-QĐ/ĐU"])
    model: DocumentModelRef | None = Field(description="The model of a certificate or Giấy khen; null for a decision.")
    version: int = Field(ge=1, description="1, then 2 … each time the decision's documents are issued again.")
    number: str = Field(
        examples=["45.1-GCN/ĐU"],
        description="Number and symbol as printed: the decision's own for its text, the decision's serial and "
        "the model's place with `GCN` (certificate) or `GK` (Giấy khen) for a model's paper.",
    )
    verification_code: str = Field(examples=[_CODE], description="Printed on the document with its QR code.")
    verify_url: str = Field(
        examples=[f"https://dvk.example.gov.vn/api/v1/public/verify/{_CODE}"],
        description="Where anyone checks the document (`GET /public/verify/{code}`, no sign-in).",
    )
    media_type: Literal["application/pdf"] = "application/pdf"
    filename: str = Field(examples=["45-QD-DU-v1.pdf"])
    size: int = Field(ge=0)
    sha256: str = Field(examples=[_SHA], description="The ETag of `file_url`.")
    signed: bool
    signer: str | None = Field(
        examples=["CN=Đảng ủy xã Vĩnh Thạch,O=Đảng Cộng sản Việt Nam,C=VN"],
        description="The signing certificate's subject.",
    )
    signed_at: datetime | None
    status: DocumentStatus
    status_changed_at: datetime | None = Field(description="When it was revoked or superseded.")
    revoked_by_id: uuid.UUID | None = Field(description="The revocation's document, when revoked.")
    superseded_by_id: uuid.UUID | None = Field(description="The next version, when superseded.")
    created_at: datetime
    created_by: str = Field(examples=["Nguyễn Văn Hùng"], description="Who issued it.")
    file_url: str = Field(examples=["/api/v1/documents/3c1e7a52-9d4b-4f0e-8a6c-2b5d9e1f7a30/file"])


class PublicDocumentDecision(BaseModel):
    """The decision a verified document belongs to, as the public may know it."""

    kind: Literal["model_recognition", "model_non_recognition", "exemplar_recognition", "commendation"]
    kind_label: str
    number: str = Field(examples=["45-QĐ/ĐU"])
    issued_on: date
    status: Literal["issued", "revoked"]
    revoked_on: date | None = Field(description="The day the decision was revoked, if it was.")


class PublicDocumentModel(BaseModel):
    """A covered model that a published decision made public (the others are only counted)."""

    code: str = Field(examples=["DVK-2025-000123"])
    name: str
    unit: PublicUnit = Field(description="The registrant unit.")
    field: PublicField
    url: str = Field(examples=["/api/v1/public/exemplars/DVK-2025-000123"])


class PublicVerification(BaseModel):
    """What anyone holding a document may learn about it: never a private field."""

    verification_code: str = Field(examples=[_CODE])
    kind: DocumentKind
    kind_label: str = Field(examples=["Giấy chứng nhận mô hình “Dân vận khéo”"])
    number: str = Field(examples=["45.1-GCN/ĐU"])
    version: int = Field(ge=1)
    issued_on: date = Field(description="The date the document bears.")
    issuer: PublicUnit
    decision: PublicDocumentDecision
    status: DocumentStatus = Field(
        description="`issued`: in force; `revoked`: its decision was revoked; `superseded`: a newer version "
        "replaced it."
    )
    status_changed_on: date | None = Field(description="The day it was revoked or superseded.")
    revoked_by: str | None = Field(
        examples=["WT2HN-6C0RA"], description="The verification code of the revocation, when revoked."
    )
    superseded_by: str | None = Field(description="The verification code of the version that replaced it.")
    signed: bool
    signer: str | None = Field(description="The signing certificate's subject (a unit, not a person's data).")
    signed_at: datetime | None
    sha256: str = Field(examples=[_SHA], description="Compare with your copy's SHA-256, or upload it to verify.")
    models: list[PublicDocumentModel] = Field(description="The covered models the public showcase shows.")
    models_not_public: int = Field(ge=0, description="Covered models not public (their names are not shown).")


class SignatureCheck(BaseModel):
    """What the signature of an uploaded PDF says (the verdict says whether it holds)."""

    signer: str | None = Field(description="The signing certificate's subject.")
    signed_at: datetime | None = Field(description="The signing time the signature claims (or its timestamp's).")
    timestamped: bool = Field(description="The signature carries a timestamp authority's token.")
    detail: str = Field(description="What the check found, in one line (English).")


class DocumentVerification(BaseModel):
    """The answer to an uploaded PDF: is it intact, who signed it, which document of which decision it is."""

    verdict: Verdict = Field(
        description="`intact`: signed by a trusted unit certificate and not changed since; `modified`: changed "
        "after signing (or the signature is broken); `unsigned`: a PDF without a signature; `untrusted`: a "
        "valid signature by a certificate this server does not trust; `not_a_pdf`: not a PDF at all."
    )
    sha256: str = Field(examples=[_SHA], description="The SHA-256 of the uploaded bytes.")
    size: int = Field(ge=0)
    matches_issued: bool = Field(description="The bytes are exactly those of a document this server issued.")
    signature: SignatureCheck | None = Field(description="Null when the file is unsigned or not a PDF.")
    verification_code: str | None = Field(description="The code found in the file (null when none).")
    document: PublicVerification | None = Field(
        description="The issued document it is (by its bytes) or claims to be (by its embedded code): public "
        "fields only."
    )
