"""An example of every event type (the contract shows each under `webhooks`; tests validate each against its
payload schema): Vĩnh Linh's demo units, a model of Thôn Tân Lập and the decisions of Đảng ủy xã Vĩnh Thạch."""

from __future__ import annotations

from typing import Any

MODEL = "d049a836-fe75-4cb4-a507-460a8fb52505"
DECISION = "ddc48b16-aa22-40a9-977f-04265981bfe8"
REVIEW = "5f0c7a3e-2b8d-4e61-9c47-0d3b6a1e8f25"
CAMPAIGN = "c34236bc-1fec-434f-b63a-3d3064ff70fa"
SHA = "9f2b5c1d7e4a3b6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e"
TAN_LAP = "/1/10/23/39/"  # Thôn Tân Lập, xã Vĩnh Thạch, huyện Vĩnh Linh
VINH_THACH = "/1/10/23/"
DANG_UY_VT = "/1/10/23/30/"  # Đảng ủy xã Vĩnh Thạch (reviews, decides)

# The resource and unit each resource type's examples are about: (resource id, unit path).
RESOURCES: dict[str, tuple[str, str]] = {
    "model": (MODEL, TAN_LAP),
    "evidence": ("8c1e4b2a-6d3f-4a7e-9b05-2f1c3d4e5a6b", TAN_LAP),
    "review": (REVIEW, DANG_UY_VT),
    "decision": (DECISION, DANG_UY_VT),
    "unit": ("39", TAN_LAP),
    "campaign": (CAMPAIGN, "/1/10/"),
    "registration-list": ("0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d", VINH_THACH),
    "indicator-value": ("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", VINH_THACH),
    "plan": ("6f5e4d3c-2b1a-4c9d-8e7f-a6b5c4d3e2f1", DANG_UY_VT),
    "notification": ("4127", TAN_LAP),
}
_PLAN = {"campaign_id": CAMPAIGN, "unit_id": 30, "document_number": "45-KH/ĐU"}
_CONFIRMATION = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
_REPORT = "8c1e4b2a-6d3f-4a7e-9b05-2f1c3d4e5a6b"


def _move(frm: str, to: str, reason: str | None = None, decided: bool = False) -> dict[str, Any]:
    return {
        "code": "DVK-2026-000001",
        "from": frm,
        "to": to,
        "reason": reason,
        "decision_id": DECISION if decided else None,
        "decision_number": "125-QĐ/ĐU" if decided else None,
    }


PAYLOADS: dict[str, dict[str, Any]] = {
    "model.created": {"code": "DVK-2026-000001"},
    "model.updated": {"fields": ["objectives", "targets"]},
    "model.submitted": _move("draft", "registered"),
    "model.accepted": _move("registered", "implementing"),
    "model.returned": _move("registered", "returned", "Bổ sung Bảng đăng ký có chữ ký của Trưởng thôn."),
    "model.results-reported": _move("implementing", "reported"),
    "model.surveyed": _move("reported", "surveyed"),
    "model.withdrawn": _move("implementing", "withdrawn", "Thôn sáp nhập, mô hình chuyển sang đơn vị mới."),
    "model.nominated": _move("recognized", "nominated"),
    "model.recognised": _move("surveyed", "recognized", decided=True),
    "model.not-recognised": _move("surveyed", "not_recognized", decided=True),
    "exemplar.recognised": _move("nominated", "exemplar", decided=True),
    "exemplar.commended": _move("exemplar", "exemplar", decided=True),
    "model.decision-revoked": _move("recognized", "surveyed", "Quyết định ban hành sai thẩm quyền.", decided=True),
    "exemplar.commendation-revoked": _move("exemplar", "exemplar", "Ghi sai hình thức khen thưởng.", decided=True),
    "model.followed-up": {
        "code": "DVK-2026-000001",
        "follow_up_id": "4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d",
        "kind": "inspection",
        "state": "implementing",
        "visited_on": "2026-06-12",
        "request_due_on": "2026-07-15",
        "resolves": [],
    },
    "model.confirmed": {
        "model_id": MODEL,
        "code": "DVK-2026-000001",
        "confirmation_id": _CONFIRMATION,
        "kind": "other_field",
        "evidence_id": None,
        "confirming_unit_id": 23,
        "confirming_unit_name": "Ủy ban nhân dân xã Vĩnh Thạch",
        "relation": "parent",
    },
    "model.confirmation-withdrawn": {
        "model_id": MODEL,
        "code": "DVK-2026-000001",
        "confirmation_id": _CONFIRMATION,
        "kind": "other_field",
        "evidence_id": None,
        "confirming_unit_id": 23,
        "reason": "Xác nhận nhầm mô hình.",
    },
    "evidence.confirmed": {
        "model_id": MODEL,
        "code": "DVK-2026-000001",
        "confirmation_id": _CONFIRMATION,
        "kind": "achievement_report",
        "evidence_id": _REPORT,
        "confirming_unit_id": 30,
        "confirming_unit_name": "Đảng ủy xã Vĩnh Thạch",
        "relation": "nearest_grassroots_committee",
    },
    "evidence.confirmation-withdrawn": {
        "model_id": MODEL,
        "code": "DVK-2026-000001",
        "confirmation_id": _CONFIRMATION,
        "kind": "achievement_report",
        "evidence_id": _REPORT,
        "confirming_unit_id": 30,
        "reason": "Báo cáo thành tích ghi sai số liệu, cần lập lại.",
    },
    "evidence.added": {
        "model_id": MODEL,
        "kind": "model_photo",
        "sha256": SHA,
        "review_id": None,
        "decision_id": None,
    },
    "evidence.deleted": {"model_id": MODEL, "kind": "model_photo", "sha256": SHA},
    "review.opened": {
        "title": "Họp bình xét mô hình “Dân vận khéo” năm 2026",
        "purpose": "model",
        "candidate_count": 3,
    },
    "review.updated": {
        "change": "ballot",
        "fields": None,
        "member_id": None,
        "candidate_id": None,
        "sha256": None,
        "votes": 9,
        "recusals": 1,
    },
    "review.closed": {"outcome_rule": "majority_of_present", "candidate_count": 3},
    "decision.issued": {"number": "125-QĐ/ĐU", "kind": "model_recognition", "issuing_unit_id": 30, "model_count": 2},
    "decision.revoked": {"number": "125-QĐ/ĐU", "kind": "model_recognition", "reason": "Ban hành sai thẩm quyền."},
    "decision.document-attached": {"number": "125-QĐ/ĐU", "sha256": SHA},
    "decision.documents-issued": {
        "number": "125-QĐ/ĐU",
        "kinds": ["certificate", "decision.recognition"],
        "count": 3,
        "regenerated": False,
        "reason": "",
    },
    "unit.created": {
        "code": "QT-VL-VT-TL",
        "name": "Thôn Tân Lập",
        "kind_code": "village",
        "level_code": "village",
        "parent_id": 23,
    },
    "unit.updated": {"fields": ["name"]},
    "unit.moved": {"from_parent_id": 23, "to_parent_id": 24, "from_path": TAN_LAP, "to_path": "/1/10/24/39/"},
    "unit.closed": {"reason": "Sáp nhập vào thôn Thái Lai năm 2025"},
    "unit.reopened": {},
    "plan.recorded": _PLAN,
    "plan.corrected": {**_PLAN, "fields": ["disseminated_on", "dissemination_note"]},
    "plan.document-attached": {**_PLAN, "sha256": SHA},
    "plan.deleted": _PLAN,
    "campaign.created": {"name": "Dân vận khéo giai đoạn 2026–2030", "start_year": 2026, "end_year": 2030},
    "campaign.updated": {"change": "cycle_updated", "fields": None, "year": 2026},
    "registration-list.sent": {
        "campaign_id": CAMPAIGN,
        "year": 2026,
        "unit_id": 23,
        "receiving_unit_id": 12,
        "version": 1,
        "total": 7,
        "late": False,
    },
    "indicator-value.reported": {
        "indicator_id": "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a",
        "indicator_code": "dialogue_meetings",
        "year": 2026,
        "unit_id": 23,
        "value": 2.0,
        "occurred_on": "2026-06-15",
    },
    "notification.created": {
        "type": "model.returned",
        "texts": {
            "vi": "Mô hình «Dân vận khéo trong phát triển kinh tế vườn hộ ở thôn Tân Lập» bị trả lại để bổ sung, "
            "hoàn thiện. Lý do: Bổ sung Bảng đăng ký có chữ ký của Trưởng thôn.",
            "en": "The model “Dân vận khéo trong phát triển kinh tế vườn hộ ở thôn Tân Lập” was returned for "
            "completion. Reason: Bổ sung Bảng đăng ký có chữ ký của Trưởng thôn.",
        },
        "target": {"type": "model", "id": MODEL, "path": f"/api/v1/models/{MODEL}"},
        "unit_id": 39,
    },
}


def example_envelope(name: str, version: int, resource: str, event_id: int) -> dict[str, Any]:
    """The whole envelope of an example event of the type."""
    resource_id, path = RESOURCES[resource]
    return {
        "id": event_id,
        "type": name,
        "version": version,
        "occurred_at": "2026-10-15T02:30:00Z",
        "resource": {"type": resource, "id": resource_id},
        "unit": {"id": int(path.rstrip("/").rsplit("/", 1)[-1]), "path": path},
        "data": PAYLOADS[name],
    }
