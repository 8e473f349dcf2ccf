"""Which files each workflow action needs (the dossier rules), as data; and their evaluation.

Pure: no database, no HTTP. The workflow engine enforces these through guards named in the
transition table (a requirement's `guard` is the guard code); `GET /models/{id}/dossier` reports
them as a checklist. `nominate` is guarded by `exemplar_dossier_complete`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core import labels
from app.core.i18n import Text


@dataclass(frozen=True)
class EvidenceFact:
    """What the rules need to know about one file of the dossier."""

    id: str
    kind: str
    confirmed_by_grassroots: bool = False


@dataclass(frozen=True)
class EvidenceFacts:
    """The model's files, as the guards and the checklist see them."""

    files: tuple[EvidenceFact, ...] = ()
    field_requires_confirmation: bool = False  # the model's field (`other`) needs the managing unit's confirmation

    def matching(self, kind: str, *, confirmed: bool = False) -> list[str]:
        """Ids of the files of a kind (only those confirmed by the grassroots committee if asked)."""
        return [f.id for f in self.files if f.kind == kind and (f.confirmed_by_grassroots or not confirmed)]

    def count(self, kind: str) -> int:
        """How many files of a kind there are."""
        return len(self.matching(kind))


@dataclass(frozen=True)
class Requirement:
    """One line of a dossier: at least `min_count` files of `kind`."""

    code: str  # stable code of the checklist line
    guard: str  # the workflow guard that enforces it
    kind: str
    label: Text
    min_count: int = 1
    confirmed_by_grassroots: bool = False  # only files marked confirmed count
    only_if_field_requires_confirmation: bool = False
    # A payload field of the action that satisfies the requirement instead of a file.
    text_alternative: str | None = None
    alternative_label: Text | None = None

    def applies(self, facts: EvidenceFacts) -> bool:
        """False when the requirement does not concern this model (e.g. confirmation outside `other`)."""
        return facts.field_requires_confirmation or not self.only_if_field_requires_confirmation


REGISTRATION_FORM = Requirement(
    "registration_form", "registration_form_attached", "registration_form", labels.EVIDENCE_KINDS["registration_form"]
)
OTHER_FIELD_CONFIRMATION = Requirement(
    "confirmation",
    "other_field_confirmed",
    "confirmation",
    Text(
        "Xác nhận của đơn vị trực tiếp quản lý (mô hình lĩnh vực khác)",
        "Confirmation by the managing unit (model in field `other`)",
    ),
    only_if_field_requires_confirmation=True,
)
RESULT_REPORT = Requirement(
    "result_report",
    "result_report_given",
    "result_report",
    labels.EVIDENCE_KINDS["result_report"],
    text_alternative="results_report",
    alternative_label=Text(
        "hoặc nhập nội dung báo cáo (results_report) khi báo cáo kết quả",
        "or send the report as text (results_report) with report_results",
    ),
)
REVIEW_MINUTES = Requirement(
    "review_minutes", "exemplar_dossier_complete", "review_minutes", labels.EVIDENCE_KINDS["review_minutes"]
)
SUBMISSION = Requirement(
    "submission",
    "exemplar_dossier_complete",
    "submission",
    Text("Tờ trình đề nghị kèm danh sách", "Submission to the competent authority with the list"),
)
ACHIEVEMENT_REPORT = Requirement(
    "achievement_report_confirmed",
    "exemplar_dossier_complete",
    "achievement_report",
    Text(
        "Báo cáo thành tích có xác nhận của cấp ủy cơ sở",
        "Achievement report confirmed by the grassroots party committee",
    ),
    confirmed_by_grassroots=True,
)
MODEL_PHOTOS = Requirement(
    "model_photos",
    "exemplar_dossier_complete",
    "model_photo",
    Text("Ảnh mô hình (ít nhất 2)", "Photos of the model (at least 2)"),
    min_count=2,
)
PORTRAITS = Requirement(
    "portraits",
    "exemplar_dossier_complete",
    "portrait",
    Text("Ảnh chân dung (ít nhất 2)", "Portraits (at least 2)"),
    min_count=2,
)

# action -> the files it needs.
DOSSIERS: dict[str, tuple[Requirement, ...]] = {
    "submit": (REGISTRATION_FORM, OTHER_FIELD_CONFIRMATION),
    "report_results": (RESULT_REPORT,),
    "nominate": (REVIEW_MINUTES, SUBMISSION, ACHIEVEMENT_REPORT, MODEL_PHOTOS, PORTRAITS),
}


@dataclass(frozen=True)
class RequirementStatus:
    """A requirement judged against a model's files (and, for a move, its payload)."""

    requirement: Requirement
    evidence_ids: list[str]
    satisfied_by_text: bool = False

    @property
    def present_count(self) -> int:
        """How many qualifying files there are."""
        return len(self.evidence_ids)

    @property
    def satisfied(self) -> bool:
        """Enough files, or the text alternative was given."""
        return self.satisfied_by_text or self.present_count >= self.requirement.min_count


def evaluate(
    requirement: Requirement, facts: EvidenceFacts, payload: Mapping[str, Any] | None = None
) -> RequirementStatus:
    """Judge one requirement."""
    ids = facts.matching(requirement.kind, confirmed=requirement.confirmed_by_grassroots)
    text = requirement.text_alternative
    by_text = bool(text and payload and str(payload.get(text) or "").strip())
    return RequirementStatus(requirement, ids, by_text)


def requirements_for(action: str, facts: EvidenceFacts) -> list[Requirement]:
    """The requirements of an action that apply to this model."""
    return [r for r in DOSSIERS.get(action, ()) if r.applies(facts)]


def by_guard(guard: str) -> list[Requirement]:
    """Every requirement a guard enforces (a guard serves one action)."""
    return [r for reqs in DOSSIERS.values() for r in reqs if r.guard == guard]


def missing_message(status: RequirementStatus) -> tuple[Text, dict[str, Any]]:
    """Why a requirement is not met, as a bilingual text with its parameters."""
    req = status.requirement
    params: dict[str, Any] = {
        "what": req.label.vi,
        "what_en": req.label.en,
        "n": req.min_count,
        "have": status.present_count,
    }
    if req.text_alternative:
        return Text(
            "Thiếu {what} (tệp loại {kind}) hoặc nội dung báo cáo.",
            "Missing: {what_en} (a {kind} file) or a text report.",
        ), {**params, "kind": req.kind}
    if req.min_count > 1:
        return Text(
            "Cần ít nhất {n} tệp: {what} (hiện có {have}).", "At least {n} files needed: {what_en} (now {have})."
        ), params
    return Text("Thiếu {what}.", "Missing: {what_en}."), params


def facts_from(files: Iterable[tuple[Any, str, bool]], field_requires_confirmation: bool) -> EvidenceFacts:
    """Build the facts from (id, kind, confirmed_by_grassroots) rows."""
    return EvidenceFacts(tuple(EvidenceFact(str(i), k, bool(c)) for i, k, c in files), field_requires_confirmation)
