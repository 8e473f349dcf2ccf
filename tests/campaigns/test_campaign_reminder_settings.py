"""A campaign's reminder lead times: defaults, set at creation, changed under If-Match, bounded (422 problem+json,
nothing changed), and only by the launching unit's administrators."""

from __future__ import annotations

from typing import Any

import pytest
from campaign_support import campaigns_client, user_maker  # noqa: F401  (fixtures `client`, `make_user`)

API = "/api/v1/campaigns"
DEFAULTS = {"registration_closing_days": 7, "results_due_days": 14, "list_due_days": 7}


async def create(client: Any, headers: dict[str, str], owning_unit_id: int, **fields: Any) -> Any:
    """POST a campaign "Giai đoạn 2023–2025" with overrides."""
    body = {"name": "Giai đoạn 2023–2025", "start_year": 2023, "end_year": 2025, "owning_unit_id": owning_unit_id}
    return await client.post(API, json={**body, **fields}, headers=headers)


async def test_a_new_campaign_has_the_default_lead_times(client, demo) -> None:
    r = await create(client, demo.headers("demo.admin"), demo.unit("QT-VL"))
    assert r.status_code == 201, r.text
    assert r.json()["reminders"] == DEFAULTS
    read = await client.get(r.headers["Location"], headers=demo.headers("demo.registrant"))
    assert read.json()["reminders"] == DEFAULTS


async def test_lead_times_given_at_creation_fill_the_rest_with_defaults(client, demo) -> None:
    r = await create(client, demo.headers("demo.admin"), demo.unit("QT-VL"), reminders={"results_due_days": 30})
    assert r.status_code == 201, r.text
    assert r.json()["reminders"] == {**DEFAULTS, "results_due_days": 30}


async def test_changing_lead_times_needs_if_match_and_moves_the_version(client, demo) -> None:
    headers = demo.headers("demo.admin")
    r = await create(client, headers, demo.unit("QT-VL"))
    url, tag = r.headers["Location"], r.headers["ETag"]
    change = {"reminders": {"results_due_days": 21, "list_due_days": 3}}
    assert (await client.patch(url, json=change, headers=headers)).status_code == 428
    assert (await client.patch(url, json=change, headers={**headers, "If-Match": '"99"'})).status_code == 412
    done = await client.patch(url, json=change, headers={**headers, "If-Match": tag})
    assert done.status_code == 200, done.text
    assert done.json()["reminders"] == {"registration_closing_days": 7, "results_due_days": 21, "list_due_days": 3}
    assert done.headers["ETag"] != tag
    # The same values again: nothing changes, the version stays.
    again = await client.patch(url, json=change, headers={**headers, "If-Match": done.headers["ETag"]})
    assert again.status_code == 200 and again.headers["ETag"] == done.headers["ETag"]
    # The change is recorded as an edit of the campaign.
    from sqlalchemy import select

    from app.core.db import get_database
    from app.models import Event

    async with get_database().sessionmaker() as s:
        events = (await s.scalars(select(Event).where(Event.type == "campaign.updated"))).all()
    assert ["reminders"] in [e.data["fields"] for e in events]


@pytest.mark.parametrize(
    ("reminders", "pointer"),
    [
        ({"results_due_days": 0}, "#/reminders/results_due_days"),
        ({"registration_closing_days": 91}, "#/reminders/registration_closing_days"),
        ({"list_due_days": -1}, "#/reminders/list_due_days"),
        ({"list_due_days": "7"}, "#/reminders/list_due_days"),
        ({"list_due_days": 7.5}, "#/reminders/list_due_days"),
        ({"results_due_days": None}, "#/reminders/results_due_days"),
        ({"weekly": True}, "#/reminders/weekly"),
        (None, "#/reminders"),
    ],
)
async def test_lead_times_out_of_bounds_are_refused_and_change_nothing(
    client, demo, reminders: Any, pointer: str
) -> None:
    headers = demo.headers("demo.admin")
    r = await create(client, headers, demo.unit("QT-VL"))
    url, tag = r.headers["Location"], r.headers["ETag"]
    bad = await client.patch(url, json={"reminders": reminders}, headers={**headers, "If-Match": tag})
    assert bad.status_code == 422, bad.text
    assert bad.headers["Content-Type"].startswith("application/problem+json")
    assert bad.json()["code"] == "validation_failed"
    assert pointer in [e["pointer"] for e in bad.json()["errors"]]
    now = await client.get(url, headers=headers)
    assert (now.json()["reminders"], now.headers["ETag"]) == (DEFAULTS, tag)
    # At creation too: nothing is created.
    refused = await create(client, headers, demo.unit("QT-VL"), reminders=reminders, name="Giai đoạn khác")
    assert refused.status_code == 422
    listed = await client.get(API, headers=headers)
    assert [c["name"] for c in listed.json()["items"]] == ["Giai đoạn 2023–2025"]


async def test_the_bounds_themselves_are_accepted(client, demo) -> None:
    headers = demo.headers("demo.admin")
    r = await create(client, headers, demo.unit("QT-VL"), reminders={"registration_closing_days": 1})
    url, tag = r.headers["Location"], r.headers["ETag"]
    done = await client.patch(url, json={"reminders": {"results_due_days": 90}}, headers={**headers, "If-Match": tag})
    assert done.status_code == 200, done.text
    assert done.json()["reminders"] == {"registration_closing_days": 1, "results_due_days": 90, "list_due_days": 7}


async def test_only_the_launching_units_admins_change_lead_times(client, demo, make_user) -> None:
    r = await create(client, demo.headers("demo.admin"), demo.unit("QT-VL"))
    url, tag = r.headers["Location"], r.headers["ETag"]
    change = {"reminders": {"results_due_days": 3}}
    dh_admin = await make_user("dh.admin", ("admin", "QT-DH"))
    hidden = await client.patch(url, json=change, headers={**dh_admin, "If-Match": tag})
    assert hidden.status_code == 404 and hidden.json()["code"] == "campaign_not_found"
    registrant = await client.patch(url, json=change, headers=demo.headers("demo.registrant", **{"If-Match": tag}))
    assert registrant.status_code == 403
    assert (await client.get(url, headers=demo.headers("demo.admin"))).json()["reminders"] == DEFAULTS
