"""The webhooks' job kinds on a worker registry: the dispatcher, on its schedule, and the delivery."""

from __future__ import annotations

from app.core.config import Settings, get_settings
from app.webhooks.delivery import deliver
from app.webhooks.dispatcher import DELIVER, dispatch
from app.worker.registry import Registry

DISPATCH = "webhooks.dispatch"


def install(registry: Registry, settings: Settings | None = None) -> None:
    """Register dispatch (every `webhook_dispatch_interval_seconds`) and delivery."""
    settings = settings or get_settings()
    registry.job(DISPATCH, dispatch, max_attempts=3)
    registry.every(DISPATCH, settings.webhook_dispatch_interval_seconds)
    registry.job(DELIVER, deliver, max_attempts=settings.webhook_max_attempts + 3)
