"""A sample context of every kind (the Vĩnh Linh demo's words): previews, tests and the README picture."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.documents.contexts import AnnexRow

_HEADER: dict[str, Any] = {
    "superior_body": "Đảng bộ tỉnh Quảng Trị",
    "issuer_name": "Huyện ủy Vĩnh Linh",
    "issuing_body": "Ban Thường vụ Huyện ủy Vĩnh Linh",
    "place": "Vĩnh Linh",
    "issued_on": date(2026, 10, 15),
    "signer_name": "Nguyễn Thị Hương",
    "signer_position": "Phó Bí thư",
}
_BASES = [
    "Kế hoạch số 88-KH/HU ngày 27/6/2023 của Ban Thường vụ Huyện ủy về đẩy mạnh phong trào thi đua "
    "“Dân vận khéo” giai đoạn 2023 - 2025",
    "Biên bản họp xét công nhận mô hình “Dân vận khéo” năm 2026 ngày 08/10/2026 của Ban Dân vận Huyện ủy",
]
MODELS: list[AnnexRow] = [
    {
        "code": "VL-2026-0001",
        "name": "Chi hội phụ nữ “5 không, 3 sạch” gắn với xây dựng nông thôn mới",
        "registrant_unit": "Hội Liên hiệp Phụ nữ xã Vĩnh Thạch",
        "field": "Văn hóa - xã hội",
    },
    {
        "code": "VL-2026-0002",
        "name": "Tổ dân vận khéo vận động hiến đất làm đường giao thông nông thôn",
        "registrant_unit": "Thôn Tân Lập, xã Vĩnh Thạch",
        "field": "Kinh tế",
    },
    {
        "code": "VL-2026-0003",
        "name": "Doanh nghiệp đồng hành cùng ngư dân bám biển",
        "registrant_unit": "Công ty TNHH Thủy sản Cửa Tùng",
        "field": "Quốc phòng - an ninh",
    },
]


def sample_context(kind: str) -> dict[str, Any]:
    """A complete context for `kind` (a fresh dict: change it freely; its shape is `contexts.CONTEXTS[kind]`)."""
    decision = {**_HEADER, "year": 2026, "bases": list(_BASES), "proposal": "Ban Dân vận Huyện ủy"}
    samples: dict[str, Any] = {
        "decision.recognition": dict(**decision, number="45-QĐ/HU", models=MODELS),
        "decision.non_recognition": dict(
            **decision,
            number="46-QĐ/HU",
            models=MODELS[2:],
            reason="mô hình chưa đạt tiêu chí về hiệu quả và khả năng nhân rộng theo Kế hoạch",
        ),
        "decision.exemplar": dict(**decision, number="47-QĐ/HU", models=MODELS[:1]),
        "decision.revocation": dict(
            **decision,
            number="52-QĐ/HU",
            revoked_number="45-QĐ/HU",
            revoked_issued_on=date(2026, 10, 15),
            revoked_subject="công nhận mô hình “Dân vận khéo” năm 2026",
            reason="hồ sơ đề nghị có thông tin không đúng sự thật",
        ),
        "certificate": dict(
            **_HEADER,
            number="12-GCN/HU",
            year=2026,
            model_code=MODELS[0]["code"],
            model_name=MODELS[0]["name"],
            registrant_unit=MODELS[0]["registrant_unit"],
            field=MODELS[0]["field"],
            decision_number="45-QĐ/HU",
            decision_issued_on=date(2026, 10, 15),
        ),
        "commendation": dict(
            **_HEADER,
            number="08-GK/HU",
            year=2026,
            recipient="Hội Liên hiệp Phụ nữ xã Vĩnh Thạch",
            achievement="xuất sắc trong xây dựng và nhân rộng mô hình “Dân vận khéo” năm 2026",
            decision_number="47-QĐ/HU",
            decision_issued_on=date(2026, 10, 15),
        ),
    }
    return dict(samples[kind])
