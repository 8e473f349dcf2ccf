"""Demo: every demo person finds a few unread notifications in their inbox (GET /me/notifications).

The demo's own events are fanned out as the worker would (app/notifications/fanout.py), each notification dated
when its event happened: the registrant hears of their models' acceptance, survey, return and recognition, the
district's officer and the commune's authority of the models waiting on them. The administrator and the
district's follower act on no model; they are told of the recognition decisions of their province and district,
as the people of a unit those decisions concern would be. Then everyone's notifications but the newest three are
marked read, as if read the day after."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.labels import DECISION_KINDS
from app.demo import repository
from app.models import Notification, User
from app.models.base import utcnow
from app.notifications.fanout import notify_for_event
from app.notifications.service import notify

UNREAD = 3
FOLLOWERS = ("demo.admin", "demo.viewer")


async def load_demo_notifications(session: AsyncSession, users: dict[str, User]) -> None:
    """The demo's notifications (after its events are recorded)."""
    for event in await repository.events_in_order(session):
        await notify_for_event(session, event, now=event.occurred_at)
    followers = [users[name].id for name in FOLLOWERS if name in users]
    for decision, issuer, unit in await repository.decisions_with_units(session):
        await notify(
            session,
            recipients=followers,
            type_="decision.issued",
            data={
                "issuer_name": issuer,
                "decision_number": decision.number,
                "decision_kind": DECISION_KINDS[decision.kind],
                "unit_name": unit.name,
                "reason": "—",
            },
            resource_type="decision",
            resource_id=decision.id,
            unit_id=unit.id,
            occasion=f"demo:decision:{decision.id}",
            now=datetime.combine(decision.issued_on, time(2), UTC),
        )
    _read_all_but_newest(await repository.all_notifications(session))
    await session.flush()


def _read_all_but_newest(notifications: list[Notification]) -> None:
    """Each person's notifications but the newest UNREAD marked read the day after they came (or now)."""
    now = utcnow()
    by_person: dict[object, list[Notification]] = defaultdict(list)
    for notification in notifications:
        by_person[notification.user_id].append(notification)
    for own in by_person.values():
        own.sort(key=lambda n: (n.created_at, n.id), reverse=True)
        for notification in own[UNREAD:]:
            notification.read_at = min(notification.created_at + timedelta(days=1), now)
