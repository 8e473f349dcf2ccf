"""service.notify: once per person and occasion, active people only, muted types skipped unless mandatory."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models import Notification, NotificationPreference, User
from app.notifications.catalogue import CATALOGUE, UnknownNotificationType
from app.notifications.service import notify

pytestmark = pytest.mark.anyio

RETURNED = {"model_name": "Dân vận khéo ở Tân Lập", "reason": "Thiếu biên bản"}


async def _user_id(session: Any, username: str) -> Any:
    return (await session.scalars(select(User.id).where(User.username == username))).one()


async def test_once_per_person_and_occasion(session: Any, demo: Any) -> None:
    person = await _user_id(session, "demo.registrant")
    kwargs = dict(type_="model.returned", data=RETURNED, resource_type="model", resource_id="m1", unit_id=None)
    first = await notify(session, recipients=[person, person], occasion="event:1", **kwargs)
    again = await notify(session, recipients=[person], occasion="event:1", **kwargs)
    other = await notify(session, recipients=[person], occasion="event:2", **kwargs)
    assert len(first) == 1 and again == [] and len(other) == 1
    rows = (await session.scalars(select(Notification).where(Notification.user_id == person))).all()
    assert {r.occasion_key for r in rows} == {"model.returned:event:1", "model.returned:event:2"}
    assert rows[0].text_vi.startswith("Mô hình «Dân vận khéo ở Tân Lập» bị trả lại")
    assert "Reason: Thiếu biên bản" in rows[0].text_en
    assert rows[0].read_at is None


async def test_deactivated_people_and_muted_types(session: Any, demo: Any) -> None:
    active = await _user_id(session, "demo.registrant")
    inactive = await _user_id(session, "demo.viewer")
    (await session.get(User, inactive)).is_active = False
    session.add(NotificationPreference(user_id=active, muted_types=["model.accepted", "model.returned"]))
    await session.flush()
    accepted = await notify(
        session,
        recipients=[active, inactive],
        type_="model.accepted",
        data={"model_name": "X"},
        resource_type="model",
        resource_id="m1",
        unit_id=None,
        occasion="event:7",
    )
    # Muted and not mandatory: nothing; deactivated: nothing.
    assert accepted == []
    # model.returned is mandatory: a muted person still receives it.
    assert CATALOGUE["model.returned"].mandatory
    returned = await notify(
        session,
        recipients=[active, inactive],
        type_="model.returned",
        data=RETURNED,
        resource_type="model",
        resource_id="m1",
        unit_id=None,
        occasion="event:8",
    )
    assert len(returned) == 1


async def test_unknown_type_and_missing_field_are_programming_errors(session: Any, demo: Any) -> None:
    person = await _user_id(session, "demo.registrant")
    common = dict(recipients=[person], resource_type="model", resource_id="m", unit_id=None, occasion="x")
    with pytest.raises(UnknownNotificationType):
        await notify(session, type_="model.vanished", data={}, **common)
    with pytest.raises(KeyError):
        await notify(session, type_="model.returned", data={"model_name": "X"}, **common)
