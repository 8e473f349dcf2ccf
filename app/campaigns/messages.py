"""Message texts about campaigns and their cycles that other packages answer with too."""

from __future__ import annotations

from app.core.i18n import Text

CAMPAIGN_NOT_FOUND = Text("Không tìm thấy phong trào (giai đoạn) này.", "The campaign was not found.")
CYCLE_NOT_FOUND = Text("Phong trào không có chu kỳ năm {year}.", "The campaign has no cycle for {year}.")
