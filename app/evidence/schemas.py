"""Bodies of the evidence endpoints: the upload form's fields, a file's metadata, the dossier checklist."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.workflow.codes import ActionCode, StateCode
from app.workflow.confirmers import ConfirmationKind

EvidenceKind = Literal[
    "registration_form",
    "implementation_document",
    "confirmation",
    "result_report",
    "survey_photo",
    "review_minutes",
    "submission",
    "achievement_report",
    "model_photo",
    "portrait",
    "decision_document",
    "other",
]


class EvidenceCreate(BaseModel):
    """The non-file fields of an upload (multipart form fields; the file goes in the part `file`)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: EvidenceKind
    title: str = Field(min_length=1, max_length=300, examples=["Bảng đăng ký mô hình (Mẫu 1)"])
    description: str = Field(default="", max_length=5000)
    taken_at: datetime | None = Field(default=None, description="When a photo was taken (ISO 8601 with offset).")
    latitude: float | None = Field(default=None, ge=-90, le=90, allow_inf_nan=False)
    longitude: float | None = Field(default=None, ge=-180, le=180, allow_inf_nan=False)
    keep_location: bool = Field(default=False, description="Keep the photo's GPS data (survey photos only).")

    @field_validator("taken_at")
    @classmethod
    def _in_utc(cls, value: datetime | None) -> datetime | None:
        """A time with its offset, stored in UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("taken_at needs a time zone offset, e.g. 2025-08-10T08:30:00+07:00")
        return value.astimezone(UTC)

    @model_validator(mode="after")
    def _both_coordinates(self) -> EvidenceCreate:
        """Latitude and longitude go together."""
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude go together")
        return self


# The multipart body as the contract documents it (the app parses it itself, streaming).
UPLOAD_REQUEST_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file", "kind", "title"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "pdf, jpeg, png, webp, heic, docx, xlsx, odt or ods; detected from the bytes.",
                    },
                    "kind": {"type": "string", "enum": list(get_args(EvidenceKind))},
                    "title": {"type": "string", "maxLength": 300},
                    "description": {"type": "string", "maxLength": 5000},
                    "taken_at": {"type": "string", "format": "date-time"},
                    "latitude": {"type": "number", "minimum": -90, "maximum": 90},
                    "longitude": {"type": "number", "minimum": -180, "maximum": 180},
                    "keep_location": {"type": "boolean", "default": False},
                    "confirmed_by_grassroots": {
                        "type": "boolean",
                        "default": False,
                        "deprecated": True,
                        "description": "Deprecated: an upload can no longer mark a file confirmed. `false` is "
                        "accepted and ignored; `true` is refused (422 `confirmation_by_act_required`): the "
                        "grassroots party committee confirms with POST /models/{id}/confirmations.",
                    },
                },
            }
        }
    },
}


class UploaderRef(BaseModel):
    """Who uploaded a file."""

    id: uuid.UUID
    full_name: str


class EvidenceRead(BaseModel):
    """A file of the dossier: what it is, what was stored, who added it and when."""

    id: uuid.UUID
    model_id: uuid.UUID
    kind: EvidenceKind
    kind_label: str
    title: str
    description: str
    original_filename: str
    media_type: str = Field(description="Detected from the bytes, not taken from the client.")
    size: int
    sha256: str = Field(description="SHA-256 of the stored bytes; also the download's ETag.")
    uploaded_by: UploaderRef
    uploaded_at: datetime
    model_state: StateCode = Field(description="The workflow state the model was in when the file was added.")
    taken_at: datetime | None
    latitude: float | None
    longitude: float | None
    confirmed_by_grassroots: bool = Field(
        description="Deprecated, read-only: true while a confirmation act of the grassroots party committee "
        "(kind `achievement_report`, not withdrawn) names this file; GET /models/{id}/confirmations tells who "
        "confirmed it and when.",
        json_schema_extra={"deprecated": True},
    )
    is_public: bool
    content_url: str


class Label(BaseModel):
    """A label in both languages."""

    vi: str
    en: str


class DossierItem(BaseModel):
    """One line of a checklist: which files are needed, which are there."""

    code: str
    kind: EvidenceKind
    label: Label
    min_count: int
    confirmed_by_grassroots_required: bool = Field(
        description="Only files the grassroots party committee confirmed count (`confirmation` is "
        "`achievement_report`)."
    )
    confirmation: ConfirmationKind | None = Field(
        default=None,
        description="The confirmation act the line needs: `other_field` (the act itself, by a user of the managing "
        "unit; a `confirmation` file is optional) or `achievement_report` (files confirmed by the grassroots party "
        "committee).",
    )
    present_count: int = Field(description="Qualifying files; for an `other_field` line, the acts that count.")
    evidence_ids: list[uuid.UUID]
    confirmation_ids: list[uuid.UUID] = Field(
        default_factory=list,
        description="The confirmation acts that count for the line (GET /models/{id}/confirmations).",
    )
    satisfied: bool
    alternative: Label | None = Field(default=None, description="What else satisfies it (e.g. a text report).")


class DossierAction(BaseModel):
    """A next action of the model and the files it needs."""

    action: ActionCode
    label: Label
    complete: bool = Field(description="Every required file is present.")
    required: list[DossierItem]
    present: list[str] = Field(description="Codes of the satisfied items.")
    missing: list[str] = Field(description="Codes of the items still missing.")


class DossierRead(BaseModel):
    """For each next action of the model: the files required, present and missing."""

    model_id: uuid.UUID
    state: StateCode
    field_requires_confirmation: bool
    actions: list[DossierAction]
