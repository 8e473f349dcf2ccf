"""The app's background work: every job kind and schedule a worker runs (`dvk worker`, or the API's in-process
worker). Apart from app.main so a worker process does not import the HTTP app."""

from __future__ import annotations

from app.clients import jobs as client_jobs
from app.notifications import fanout as notification_fanout
from app.notifications import reminders
from app.notifications import retention as notification_retention
from app.notifications.email import jobs as email_jobs
from app.webhooks import jobs as webhook_jobs
from app.worker import maintenance
from app.worker.registry import Registry


def worker_registry() -> Registry:
    """Every job kind and schedule of the app."""
    registry = Registry()
    maintenance.install(registry)
    client_jobs.install(registry)
    notification_retention.install(registry)
    webhook_jobs.install(registry)
    email_jobs.install(registry)
    reminders.install(registry)
    notification_fanout.install(registry)
    return registry
