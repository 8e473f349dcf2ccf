"""The upload form's fields, validated (the file itself is received by upload.py).

`confirmed_by_grassroots`, which once let the uploader mark a file confirmed, is a deprecated field: `false` is
accepted and ignored, `true` refused (422 `confirmation_by_act_required`); the grassroots party committee
confirms with POST /models/{id}/confirmations (app/confirmations).
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import ValidationError

from app.core import messages
from app.core.errors import Unprocessable, validation_errors
from app.core.i18n import Text
from app.evidence.schemas import EvidenceCreate
from app.models import EVIDENCE_KINDS

UNKNOWN_KIND = Text("Loại tệp minh chứng không tồn tại: {kind}.", "No such kind of evidence: {kind}.")
BY_ACT = Text(
    "Tệp không còn được đánh dấu “đã xác nhận” khi tải lên: cấp ủy cơ sở xác nhận báo cáo thành tích bằng "
    "thao tác của người dùng thuộc cấp ủy (POST /models/{id}/confirmations).",
    "An upload can no longer mark a file confirmed: the grassroots party committee confirms an achievement "
    "report by the act of one of its users (POST /models/{id}/confirmations).",
)
# The upload form field that once marked a file confirmed; `false` is still accepted (and ignored).
LEGACY_FLAG = "confirmed_by_grassroots"


def _drop_legacy_flag(fields: Mapping[str, str]) -> dict[str, str]:
    """The form without `confirmed_by_grassroots`: `false` is ignored, anything else refused (422)."""
    out = dict(fields)
    flag = out.pop(LEGACY_FLAG, None)
    if flag is not None and flag.strip().lower() not in ("", "false", "0"):
        raise Unprocessable(
            BY_ACT,
            code="confirmation_by_act_required",
            errors=[{"code": "confirmation_by_act_required", "pointer": f"#/{LEGACY_FLAG}", "detail": BY_ACT.render()}],
        )
    return out


def parse_form(fields: Mapping[str, str]) -> EvidenceCreate:
    """The upload's form fields, validated; 422 with a pointer per bad field (unknown kind included)."""
    fields = _drop_legacy_flag(fields)
    kind = fields.get("kind")
    if kind is not None and kind not in EVIDENCE_KINDS:
        raise Unprocessable(
            UNKNOWN_KIND,
            code="unknown_evidence_kind",
            _kind=kind[:40],
            allowed=list(EVIDENCE_KINDS),
            errors=[
                {"code": "unknown_evidence_kind", "pointer": "#/kind", "detail": UNKNOWN_KIND.render(kind=kind[:40])}
            ],
        )
    try:
        return EvidenceCreate.model_validate(dict(fields))
    except ValidationError as exc:
        errors = validation_errors([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()])
        raise Unprocessable(messages.INVALID_DATA, code="validation_failed", errors=errors) from None
