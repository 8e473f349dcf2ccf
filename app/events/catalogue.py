"""The event catalogue: every event type the API emits, with a stable name, a version, what it means (vi/en),
the resource it is about and its typed payload (app/events/payloads.py).

A name never changes once published, whatever the code behind it is called: the workflow's `submit` move is
`model.submitted`, its `recognize_exemplar` is `exemplar.recognised` (MOVE_EVENTS). A payload changes only
compatibly (a new optional field); an incompatible change is a new `version` of the type. The contract lists
each type under `webhooks` (app/contract/webhooks.py) with its payload schema and an example
(app/events/examples.py); tests/events/test_catalogue.py checks that every type written anywhere in app/ and
every row of the workflow table has its entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import Text
from app.events import payloads as p

# A resource private to one person (a notification): its events are that person's alone (the event's subject is
# the person; record_event's `person`), in the feed for them only, never delivered by a webhook.
PERSON = "person"

# Each resource type an event is about, and what its visibility follows (policy/visibility.py event_rule):
# "self" — the resource itself; a payload field — the model it belongs to; None — public (the unit tree);
# PERSON — the one person it is for.
RESOURCES: dict[str, str | None] = {
    "model": "self",
    "evidence": "model_id",
    "review": "self",
    "decision": "self",
    "unit": None,
    "campaign": "self",
    "registration-list": "self",
    "indicator-value": "self",
    "plan": "self",
    "notification": PERSON,
}


@dataclass(frozen=True)
class EventType:
    """One entry of the catalogue."""

    name: str
    resource: str
    payload: type[p.Payload]
    description: Text
    version: int = 1


TYPES: tuple[EventType, ...] = (
    # --- models: registration, edits and every workflow move -----------------------------------------------
    EventType(
        "model.created",
        "model",
        p.ModelCreatedPayload,
        Text("Một mô hình được đăng ký mới (bản nháp).", "A model was registered as a draft."),
    ),
    EventType(
        "model.updated",
        "model",
        p.FieldsChangedPayload,
        Text("Nội dung một mô hình được sửa.", "A model's content was edited."),
    ),
    EventType(
        "model.submitted",
        "model",
        p.ModelMovedPayload,
        Text(
            "Mô hình được gửi đăng ký (chuyển sang registered).",
            "A model was submitted for registration (now `registered`).",
        ),
    ),
    EventType(
        "model.accepted",
        "model",
        p.ModelMovedPayload,
        Text(
            "Đăng ký mô hình được tiếp nhận (chuyển sang implementing).",
            "A model's registration was accepted (now `implementing`).",
        ),
    ),
    EventType(
        "model.returned",
        "model",
        p.ModelMovedPayload,
        Text("Mô hình bị trả lại để bổ sung, kèm lý do.", "A model was sent back for correction, with the reason."),
    ),
    EventType(
        "model.results-reported",
        "model",
        p.ModelMovedPayload,
        Text("Đơn vị đã báo cáo kết quả thực hiện mô hình.", "A model's results were reported (now `reported`)."),
    ),
    EventType(
        "model.surveyed",
        "model",
        p.ModelMovedPayload,
        Text(
            "Kết quả khảo sát thực tế mô hình đã được ghi nhận.",
            "A model's on-site survey was recorded (now `surveyed`).",
        ),
    ),
    EventType(
        "model.withdrawn",
        "model",
        p.ModelMovedPayload,
        Text("Mô hình được rút đăng ký, kèm lý do.", "A model was withdrawn, with the reason."),
    ),
    EventType(
        "model.nominated",
        "model",
        p.ModelMovedPayload,
        Text(
            "Mô hình đã công nhận được đề nghị công nhận điển hình.", "A recognised model was nominated as an exemplar."
        ),
    ),
    EventType(
        "model.recognised",
        "model",
        p.ModelMovedPayload,
        Text("Một quyết định công nhận mô hình.", "A decision recognised the model."),
    ),
    EventType(
        "model.not-recognised",
        "model",
        p.ModelMovedPayload,
        Text("Một quyết định không công nhận mô hình.", "A decision did not recognise the model."),
    ),
    EventType(
        "exemplar.recognised",
        "model",
        p.ModelMovedPayload,
        Text("Một quyết định công nhận mô hình là điển hình.", "A decision recognised the model as an exemplar."),
    ),
    EventType(
        "exemplar.commended",
        "model",
        p.ModelMovedPayload,
        Text("Một quyết định khen thưởng, biểu dương điển hình.", "A decision commended the exemplar."),
    ),
    EventType(
        "model.decision-revoked",
        "model",
        p.ModelMovedPayload,
        Text(
            "Quyết định về mô hình bị thu hồi; mô hình trở lại trạng thái trước quyết định.",
            "A decision about the model was revoked; the model is back where the decision found it.",
        ),
    ),
    EventType(
        "exemplar.commendation-revoked",
        "model",
        p.ModelMovedPayload,
        Text("Quyết định khen thưởng điển hình bị thu hồi.", "A commendation of the exemplar was revoked."),
    ),
    EventType(
        "model.followed-up",
        "model",
        p.ModelFollowedUpPayload,
        Text(
            "Ban dân vận theo dõi, kiểm tra mô hình (ghi nhận kết quả và kiến nghị).",
            "A mass-mobilisation board followed the model up (findings and any request recorded).",
        ),
    ),
    EventType(
        "model.confirmed",
        "model",
        p.ConfirmedPayload,
        Text(
            "Đơn vị trực tiếp quản lý xác nhận mô hình thuộc lĩnh vực khác.",
            "The managing unit confirmed a model of another field.",
        ),
    ),
    EventType(
        "model.confirmation-withdrawn",
        "model",
        p.ConfirmationWithdrawnPayload,
        Text(
            "Xác nhận mô hình thuộc lĩnh vực khác bị thu hồi, kèm lý do.",
            "A confirmation of a model of another field was withdrawn, with the reason.",
        ),
    ),
    # --- the dossier ---------------------------------------------------------------------------------------
    EventType(
        "evidence.added",
        "evidence",
        p.EvidenceAddedPayload,
        Text("Một tệp được đưa vào hồ sơ mô hình.", "A file was added to a model's dossier."),
    ),
    EventType(
        "evidence.deleted",
        "evidence",
        p.EvidenceDeletedPayload,
        Text("Một tệp được xóa khỏi hồ sơ mô hình.", "A file was removed from a model's dossier."),
    ),
    EventType(
        "evidence.confirmed",
        "evidence",
        p.ConfirmedPayload,
        Text(
            "Báo cáo thành tích trong hồ sơ mô hình được cơ sở xác nhận.",
            "A model's achievement report was confirmed by the grassroots.",
        ),
    ),
    EventType(
        "evidence.confirmation-withdrawn",
        "evidence",
        p.ConfirmationWithdrawnPayload,
        Text(
            "Xác nhận báo cáo thành tích bị thu hồi, kèm lý do.",
            "A confirmation of an achievement report was withdrawn, with the reason.",
        ),
    ),
    # --- reviews and decisions -----------------------------------------------------------------------------
    EventType(
        "review.opened",
        "review",
        p.ReviewOpenedPayload,
        Text("Một cuộc họp bình xét được mở.", "A review meeting was opened."),
    ),
    EventType(
        "review.updated",
        "review",
        p.ReviewUpdatedPayload,
        Text(
            "Cuộc họp bình xét đang mở có thay đổi (thông tin, biên bản, thành viên, mô hình, phiếu).",
            "An open review changed (details, minutes, members, candidates or ballot).",
        ),
    ),
    EventType(
        "review.closed",
        "review",
        p.ReviewClosedPayload,
        Text(
            "Cuộc họp bình xét kết thúc; kết quả từng mô hình được chốt.",
            "A review was closed; each candidate's outcome is final.",
        ),
    ),
    EventType(
        "decision.issued",
        "decision",
        p.DecisionIssuedPayload,
        Text("Một quyết định được ban hành.", "A decision was issued."),
    ),
    EventType(
        "decision.revoked",
        "decision",
        p.DecisionRevokedPayload,
        Text("Một quyết định bị thu hồi.", "A decision was revoked."),
    ),
    EventType(
        "decision.document-attached",
        "decision",
        p.DecisionDocumentPayload,
        Text("Văn bản quyết định đã ký được đính kèm.", "The signed decision document was filed."),
    ),
    EventType(
        "decision.documents-issued",
        "decision",
        p.DecisionDocumentsIssuedPayload,
        Text(
            "Văn bản của quyết định được tạo, ký số và ban hành (hoặc ban hành lại, hoặc văn bản thu hồi).",
            "The decision's documents were generated, signed and issued (again, or its revocation's).",
        ),
    ),
    # --- the unit tree -------------------------------------------------------------------------------------
    EventType(
        "unit.created",
        "unit",
        p.UnitCreatedPayload,
        Text("Một đơn vị được thêm vào cây đơn vị.", "A unit was added to the tree."),
    ),
    EventType(
        "unit.updated",
        "unit",
        p.FieldsChangedPayload,
        Text(
            "Thông tin một đơn vị được sửa (tên, mã, loại, cấp, tổ chức đảng).",
            "A unit's name, code, kind, level or party organisation changed.",
        ),
    ),
    EventType(
        "unit.moved",
        "unit",
        p.UnitMovedPayload,
        Text(
            "Một đơn vị (cùng các đơn vị trực thuộc) được chuyển sang đơn vị cấp trên khác.",
            "A unit and its subtree moved under another parent.",
        ),
    ),
    EventType("unit.closed", "unit", p.UnitClosedPayload, Text("Một đơn vị ngừng hoạt động.", "A unit was closed.")),
    EventType(
        "unit.reopened",
        "unit",
        p.UnitReopenedPayload,
        Text("Một đơn vị hoạt động trở lại.", "A closed unit was reopened."),
    ),
    # --- units' plans (seed 000 §2.1) ----------------------------------------------------------------------
    EventType(
        "plan.recorded",
        "plan",
        p.PlanPayload,
        Text(
            "Kế hoạch thực hiện phong trào “Dân vận khéo” của một đơn vị được ghi nhận.",
            "A unit's “Dân vận khéo” plan for a campaign was recorded.",
        ),
    ),
    EventType(
        "plan.corrected",
        "plan",
        p.PlanCorrectedPayload,
        Text("Thông tin kế hoạch của đơn vị được sửa.", "A unit's recorded plan was corrected."),
    ),
    EventType(
        "plan.document-attached",
        "plan",
        p.PlanDocumentPayload,
        Text("Văn bản kế hoạch được đính kèm.", "The plan's document was filed."),
    ),
    EventType(
        "plan.deleted",
        "plan",
        p.PlanPayload,
        Text("Kế hoạch ghi nhận nhầm được xóa.", "A plan recorded by mistake was deleted."),
    ),
    # --- campaigns, registration lists, indicators ---------------------------------------------------------
    EventType(
        "campaign.created",
        "campaign",
        p.CampaignCreatedPayload,
        Text("Một chiến dịch (đợt phát động) được tạo.", "A campaign was created."),
    ),
    EventType(
        "campaign.updated",
        "campaign",
        p.CampaignUpdatedPayload,
        Text(
            "Chiến dịch hoặc một chu kỳ năm của chiến dịch có thay đổi.",
            "A campaign or one of its yearly cycles changed.",
        ),
    ),
    EventType(
        "registration-list.sent",
        "registration-list",
        p.RegistrationListSentPayload,
        Text(
            "Danh sách đăng ký của đơn vị được gửi đơn vị tiếp nhận.",
            "A unit's registration list was sent to the receiving unit.",
        ),
    ),
    EventType(
        "indicator-value.reported",
        "indicator-value",
        p.IndicatorValueReportedPayload,
        Text("Đơn vị báo cáo một giá trị của chỉ tiêu năm.", "A unit reported a value of a yearly indicator."),
    ),
    # --- a person's own (never delivered by a webhook) -----------------------------------------------------
    EventType(
        "notification.created",
        "notification",
        p.NotificationCreatedPayload,
        Text(
            "Một thông báo mới trong hộp thư của người dùng (chỉ người đó thấy sự kiện này).",
            "A notification was added to a person's inbox (only that person sees this event).",
        ),
    ),
)

CATALOGUE: dict[str, EventType] = {t.name: t for t in TYPES}
EVENT_TYPES: tuple[str, ...] = tuple(CATALOGUE)


class UnknownEventType(LookupError):
    """A type the catalogue lacks (a programming error at a call site)."""


# The types private to one person: in the feed for that person only, never delivered by a webhook.
PRIVATE_TYPES: frozenset[str] = frozenset(t.name for t in TYPES if RESOURCES[t.resource] == PERSON)


def delivered(name: str) -> bool:
    """Whether webhooks deliver events of this type: not those private to a person."""
    return name not in PRIVATE_TYPES


def event_type(name: str) -> EventType:
    """The catalogue's entry for a type."""
    try:
        return CATALOGUE[name]
    except KeyError:
        raise UnknownEventType(name) from None
