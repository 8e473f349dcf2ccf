"""Message texts about DVK models that more than one package answers with (the form import included)."""

from __future__ import annotations

from app.core.i18n import Text

# The registration form's words (seed 002: "Thời gian bắt đầu", "Thời gian kết thúc").
DATE_ORDER = Text("Thời gian kết thúc trước thời gian bắt đầu.", "The end date is before the start date.")
