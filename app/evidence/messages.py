"""Message texts of evidence files that more than one module answers with (reviews' minutes included)."""

from __future__ import annotations

from app.core.i18n import Text

QUOTA = Text(
    "Hồ sơ của mô hình vượt dung lượng cho phép ({quota} byte).",
    "The model's files would exceed its quota ({quota} bytes).",
)
