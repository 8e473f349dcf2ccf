"""A success example for every operation's JSON answer and every request body.

Answers come from the demo data (app/contract/captured.json, written by scripts/capture_examples.py: the
seeds' units, campaign and models, read back through the API), so each is what the server really sends;
an operation the capture cannot read (a write, or a list empty in the demo) reuses the example of the
schema it answers, else one written here. Request bodies not shown by their schema get one here too.
tests/contract/test_examples.py validates every example of the document against its schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CAPTURED: dict[str, Any] = json.loads((Path(__file__).parent / "captured.json").read_text(encoding="utf-8"))

REF = "#/components/schemas/"

_FARMERS_UNION = {
    "id": 41,
    "code": "QT-VL-VT-HND",
    "name": "Hội Nông dân Xã Vĩnh Thạch",
    "kind_code": "farmers_union",
    "level_code": "commune",
}
_OVERRIDE = {
    "unit": _FARMERS_UNION,
    "deciding_unit": {
        "id": 12,
        "code": "QT-VL-BTV",
        "name": "Ban Thường vụ Huyện ủy Vĩnh Linh",
        "kind_code": "district_party_committee",
        "level_code": "district",
    },
    "reviewing_unit": {
        "id": 13,
        "code": "QT-VL-HND",
        "name": "Hội Nông dân Huyện Vĩnh Linh",
        "kind_code": "farmers_union",
        "level_code": "district",
    },
    "proposing_unit": None,
    "reason": "Theo Quyết định số 15-QĐ/HU, Hội Nông dân huyện trình Ban Thường vụ Huyện ủy công nhận.",
    "created_by_id": "9dbf2494-f1be-4b7a-ac71-0365153c7111",
    "created_at": "2026-03-12T08:15:00Z",
}
_IMPORT = {
    "dry_run": True,
    "sheet": "Mẫu 1",
    "header_row": 6,
    "rows_total": 2,
    "rows_ok": 1,
    "created": 0,
    "rows": [
        {
            "row": 7,
            "ok": True,
            "unit_id": 39,
            "unit_name": "Thôn Tân Lập",
            "registrant_kind": "collective",
            "name": "Dân vận khéo trong phát triển kinh tế vườn hộ ở thôn Tân Lập",
            "field_code": "economy",
            "level_aimed": "grassroots",
            "start_date": "2026-03-01",
            "end_date": "2026-12-31",
            "model_id": None,
            "model_code": None,
            "errors": [],
        },
        {
            "row": 8,
            "ok": False,
            "unit_id": None,
            "unit_name": "Thôn Đông",
            "registrant_kind": "collective",
            "name": "Chung tay giữ gìn vệ sinh môi trường",
            "field_code": None,
            "level_aimed": "grassroots",
            "start_date": None,
            "end_date": None,
            "model_id": None,
            "model_code": None,
            "errors": [
                {
                    "row": 8,
                    "column": "Đơn vị",
                    "code": "unknown_unit",
                    "detail": "Không tìm thấy đơn vị “Thôn Đông”.",
                    "message": {"vi": "Không tìm thấy đơn vị “Thôn Đông”.", "en": "No unit “Thôn Đông”."},
                }
            ],
        },
    ],
}

# Answers the demo capture cannot give (by operation).
_PING: dict[str, Any] = {
    "id": "3b0f5c2e-8d41-4f7a-9c36-1e2d3f4a5b6c",
    "event_id": None,
    "type": "webhook.ping",
    "status": "pending",
    "attempts": 0,
    "next_attempt_at": "2026-12-07T08:00:00Z",
    "last_status_code": None,
    "last_error": None,
    "created_at": "2026-12-07T08:00:00Z",
    "delivered_at": None,
    "log": [],
}

ANSWERS: dict[str, Any] = {
    "webhook_subscriptions_ping": _PING,
    "webhook_deliveries_redeliver": {
        **_PING,
        "event_id": 4182,
        "type": "model.accepted",
        "attempts": 15,
        "last_status_code": 503,
        "last_error": "http_503",
        "log": [],
    },
    "authority_overrides_get": _OVERRIDE,
    "authority_overrides_put": _OVERRIDE,
    "imports_registrations": _IMPORT,
}

# Request bodies whose schema shows no example (by operation).
REQUESTS: dict[str, Any] = {
    "auth_token": {"grant_type": "password", "username": "demo.registrant", "password": "DanVanKheo@2025"},
    "auth_refresh": {"refresh_token": "Zk1xQ0g3a2R2Q3BtWVdQZ3N0dUxqQQ"},
    "auth_logout": {"refresh_token": "Zk1xQ0g3a2R2Q3BtWVdQZ3N0dUxqQQ"},
    "me_change_password": {"current_password": "DanVanKheo@2025", "new_password": "Vinh-Thach-2026-an-toan"},
    "models_update": {
        "summary": "Vận động 40 hộ cải tạo vườn tạp, trồng cây ăn quả có giá trị kinh tế cao.",
        "targets": [
            {"what": "Hộ gia đình tham gia", "indicator": "Số hộ", "target_value": 40, "unit_of_measure": "hộ"}
        ],
    },
    "campaign_targets_put": {
        "models_per_unit_min": 1,
        "models_per_unit_max": 3,
        "targets": [{"category_code": "commune", "comparator": "gte", "share_percent": 50}],
    },
    "units_close": {"reason": "Sáp nhập vào đơn vị hành chính mới năm 2025"},
    "confirmations_create": {
        "kind": "achievement_report",
        "evidence_id": "68d7e5fb-35f8-489d-9e6a-75af4a6d9d9c",
        "note": "Đảng ủy xã Vĩnh Thạch xác nhận báo cáo thành tích của chi bộ thôn Tân Lập.",
    },
    "confirmations_withdraw": {"reason": "Báo cáo thành tích cần bổ sung số liệu năm 2025."},
    "service_client_secrets_rotate": {"previous_expires_in": 86400},
    "webhook_subscription_secrets_rotate": {"previous_expires_in": 3600},
    "evidence_upload": {
        "file": "anh-vuon-ho-tan-lap.jpg",
        "kind": "model_photo",
        "title": "Vườn cây ăn quả của hộ ông Lê Văn Bình",
        "description": "Sau một năm cải tạo.",
    },
    "decisions_document_upload": {
        "file": "125-QD-HU.pdf",
        "title": "Quyết định số 125-QĐ/HU",
        "description": "Bản ký, đóng dấu.",
    },
    "reviews_minutes_upload": {
        "file": "bien-ban-binh-xet.pdf",
        "title": "Biên bản họp bình xét",
        "description": "Hội đồng bình xét xã Vĩnh Thạch.",
    },
    "imports_registrations": {"file": "bang-dang-ky-mau-1.xlsx"},
    "plans_document_upload": {"file": "45-KH-DU.pdf"},
    "documents_issue": {"regenerate": True, "reason": "Sửa tên đơn vị đăng ký trong phụ lục."},
    "documents_verify": {"file": "giay-chung-nhan-45.1-GCN-DU.pdf"},
    "notifications_read_all": {"up_to_id": 4127},
}


def _shows_example(media: dict[str, Any], schemas: dict[str, Any]) -> bool:
    if "example" in media or "examples" in media:
        return True
    ref = media.get("schema", {}).get("$ref", "")
    target = schemas.get(ref[len(REF) :], {}) if ref.startswith(REF) else media.get("schema", {})
    return "example" in target or "examples" in target


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in document.get("paths", {}).values() for op in item.values() if isinstance(op, dict)]


def _json_answers(operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        media
        for status, response in operation.get("responses", {}).items()
        if status.startswith("2")
        for mtype, media in response.get("content", {}).items()
        if mtype == "application/json"
    ]


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    return schemas.get(ref[len(REF) :], {}) if ref.startswith(REF) else schema


def _nullable(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or any(s.get("type") == "null" for s in schema.get("anyOf", []))


def _restore_nulls(example: Any, schema: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Put back the `null`s FastAPI drops from schema examples (it encodes the document with exclude_none)."""
    schema = _resolve(schema, schemas)
    if isinstance(example, list) and "items" in schema:
        for item in example:
            _restore_nulls(item, schema["items"], schemas)
    if not isinstance(example, dict):
        return
    properties = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in example and _nullable(properties.get(name, {})):
            example[name] = None
    for name, value in example.items():
        if name in properties:
            sub = properties[name]
            options = [o for o in sub.get("anyOf", [sub]) if o.get("type") != "null"]
            if len(options) == 1:
                _restore_nulls(value, options[0], schemas)


def _answers_by_schema(document: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """The first known answer of each schema (for operations that answer the same schema)."""
    by_schema: dict[str, Any] = {}
    for operation in _operations(document):
        for media in _json_answers(operation):
            ref = media.get("schema", {}).get("$ref")
            if ref and operation.get("operationId") in answers:
                by_schema.setdefault(ref, answers[operation["operationId"]])
    return by_schema


def add_examples(document: dict[str, Any]) -> dict[str, Any]:
    """Give every JSON answer and request body without an example one. Idempotent."""
    schemas = document.get("components", {}).get("schemas", {})
    for schema in schemas.values():
        for example in schema.get("examples", []) if isinstance(schema.get("examples"), list) else []:
            _restore_nulls(example, schema, schemas)
    answers = {**CAPTURED, **ANSWERS}
    by_schema = _answers_by_schema(document, answers)
    for operation in _operations(document):
        op_id = operation.get("operationId", "")
        for media in _json_answers(operation):
            example = answers.get(op_id, by_schema.get(media.get("schema", {}).get("$ref", "")))
            if example is not None and not _shows_example(media, schemas):
                media["example"] = example
        for media in operation.get("requestBody", {}).get("content", {}).values():
            if op_id in REQUESTS and not _shows_example(media, schemas):
                media["example"] = REQUESTS[op_id]
    return document
