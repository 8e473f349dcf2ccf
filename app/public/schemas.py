"""What the public showcase shows: only what a decision published, never drafts, votes or user data."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from app.core.codes import AwardFormCode, AwardLevelCode, EvidenceKindCode
from app.workflow.states import PublicStateCode as PublicState


class PublicUnit(BaseModel):
    """A unit, by code and name."""

    code: str = Field(examples=["QT-VL-VT-TL"])
    name: str = Field(examples=["Thôn Tân Lập"])


class PublicField(BaseModel):
    """The model's field, in both languages."""

    code: str = Field(examples=["economy"])
    label_vi: str = Field(examples=["Kinh tế"])
    label_en: str = Field(examples=["Economy"])


class PublicDecision(BaseModel):
    """A published decision about the model."""

    kind: Literal["model_recognition", "exemplar_recognition", "commendation"]
    kind_label: str
    number: str = Field(examples=["125-QĐ/HU"])
    issued_on: date
    issuing_unit: PublicUnit
    award_form: AwardFormCode | None = Field(examples=["certificate_of_merit"])
    award_form_label: str | None = Field(examples=["Bằng khen"])
    award_level: AwardLevelCode | None = Field(examples=["district"])
    award_level_label: str | None = Field(examples=["Cấp huyện"])


class PublicFile(BaseModel):
    """A published file of the model's dossier, served without authentication at `url`."""

    id: str = Field(description="The file's id (part of `url`).")
    kind: EvidenceKindCode = Field(examples=["model_photo"])
    title: str
    media_type: str = Field(examples=["image/jpeg"])
    url: str = Field(examples=["/api/v1/public/files/0b7c6a4e-3f1d-4a52-9e8b-5c2d1f0a9e37"])


class PublicExemplar(BaseModel):
    """A recognised model or exemplar as the public sees it."""

    code: str = Field(examples=["DVK-2025-000123"])
    name: str = Field(examples=["Dân vận khéo trong giảm nghèo bền vững"])
    summary: str
    field: PublicField
    year: int = Field(examples=[2025])
    state: PublicState
    state_label: str
    registrant_kind: Literal["collective", "individual"]
    individual_name: str | None = Field(description="The individual a decision names (individual registrants only).")
    unit: PublicUnit = Field(description="The registrant unit.")
    district: PublicUnit | None = Field(description="The district or city the unit lies in, if any.")
    province: PublicUnit | None = Field(description="The province the unit lies in, if any.")
    latest_decision_on: date = Field(description="Date of the latest published decision (the list's order).")
    decisions: list[PublicDecision] = Field(description="Published, issued decisions, oldest first.")
    photos: list[PublicFile] = Field(
        description="Published images: model photos, and portraits or other kinds only where a decision publishes them."
    )
    documents: list[PublicFile] = Field(description="Published files that are not images (e.g. the decision).")


class PublicExemplarDetail(PublicExemplar):
    """One public model, with what it set out to do and how."""

    objectives: str
    content_methods: str


class PublicExemplarPage(BaseModel):
    """One page of the showcase."""

    items: list[PublicExemplar]
    next_cursor: str | None = Field(description="Pass as `cursor` to get the next page; null on the last page.")
    limit: int
