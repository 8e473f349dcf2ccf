"""Sent registration lists (seed 002 §III.2): Xã Vĩnh Thạch sends its list to Huyện Vĩnh Linh before the
cycle's deadline; the district sees what arrived, what is late and what is missing; the frozen file downloads."""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta
from typing import Any

import pytest
import registrations_support as support
from openpyxl import load_workbook
from registrations_support import TODAY, YEAR
from sqlalchemy import func, select

from app.models import RegisteredModel, SentRegistrationList

reg = support.reg
LISTS = "/api/v1/registrations/lists"


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """Every test here stores frozen files in a fresh local blob store."""
    return local_store


async def _set_deadline(reg: Any, due: Any) -> Any:
    """The campaign administrator sets the cycle's deadline for lists (If-Match, as every cycle write)."""
    url = f"/api/v1/campaigns/{reg.campaign_id}"
    headers = reg.demo.headers("demo.admin")
    tag = (await reg.client.get(url, headers=headers)).headers["etag"]
    body = {"lists_due_on": due.isoformat() if due else None}
    return await reg.client.patch(f"{url}/cycles/{YEAR}", json=body, headers={**headers, "If-Match": tag})


async def _send(reg: Any, unit: str = "QT-VL-VT", user: str = "demo.registrant", **headers: str) -> Any:
    params = {"campaign": reg.campaign_id, "year": YEAR, "unit": reg.demo.unit(unit)}
    return await reg.client.post(LISTS, params=params, headers={**reg.demo.headers(user), **headers})


async def _overview(reg: Any, unit: str = "QT-VL", user: str = "demo.mobiliser") -> Any:
    params = {"campaign": reg.campaign_id, "year": YEAR, "unit": reg.demo.unit(unit)}
    return await reg.client.get(LISTS, params=params, headers=reg.demo.headers(user))


async def _models(reg: Any) -> Any:
    await reg.add_model("QT-VL-VT-TL", "Dân vận khéo trong xây dựng đường giao thông nông thôn", field="new_rural")
    person = await reg.add_model("QT-VL-VT", "Vận động hội viên phát triển kinh tế hộ", kind="individual")
    person.individual_name, person.individual_position = "Nguyễn Thị Hoa", "Chủ tịch Hội Phụ nữ xã"
    person_id = person.id
    await reg.session.commit()
    return person_id


async def test_the_cycle_carries_the_deadline_for_lists(reg: Any) -> None:
    due = TODAY + timedelta(days=5)
    changed = await _set_deadline(reg, due)
    assert changed.status_code == 200, changed.text
    assert changed.json()["lists_due_on"] == due.isoformat()
    cycle = await reg.client.get(
        f"/api/v1/campaigns/{reg.campaign_id}/cycles/{YEAR}", headers=reg.demo.headers("demo.viewer")
    )
    assert cycle.json()["lists_due_on"] == due.isoformat()
    cleared = await _set_deadline(reg, None)
    assert cleared.status_code == 422  # a deadline is moved, not removed (null is refused like other dates)
    refused = await reg.client.patch(
        f"/api/v1/campaigns/{reg.campaign_id}/cycles/{YEAR}",
        json={"lists_due_on": "2024-03-06"},
        headers=reg.demo.headers("demo.admin"),
    )
    assert refused.status_code == 428  # no If-Match: nothing changes


async def test_a_commune_sends_its_list_on_time_and_the_district_sees_it(reg: Any) -> None:
    await _models(reg)
    assert (await _set_deadline(reg, TODAY + timedelta(days=3))).status_code == 200
    sent = await _send(reg, **{"Idempotency-Key": "gui-ds-1"})
    assert sent.status_code == 201, sent.text
    body = sent.json()
    assert body["unit_name"] == "Xã Vĩnh Thạch" and body["version"] == 1 and body["total"] == 2
    assert body["receiving_unit_id"] == reg.demo.unit("QT-VL") and body["late"] is False
    assert body["sent_by_id"] == str(reg.demo.users["demo.registrant"])
    assert body["due_on"] == (TODAY + timedelta(days=3)).isoformat() and body["sent_on"] == TODAY.isoformat()
    assert sent.headers["location"] == f"{LISTS}/{body['id']}"
    again = await _send(reg, **{"Idempotency-Key": "gui-ds-1"})
    assert again.headers["idempotent-replayed"] == "true" and again.json() == body
    count = await reg.session.scalar(select(func.count()).select_from(SentRegistrationList))
    assert count == 1

    seen = await _overview(reg)
    assert seen.status_code == 200, seen.text
    view = seen.json()
    assert [item["id"] for item in view["lists"]] == [body["id"]]
    statuses = {u["unit_code"]: (u["status"], u["covered_by_unit_id"]) for u in view["units"]}
    commune = reg.demo.unit("QT-VL-VT")
    assert statuses == {"QT-VL-VT": ("arrived", commune), "QT-VL-VT-TL": ("arrived", commune)}
    assert view["counts"] == {"arrived": 2, "late": 0, "missing": 0}


async def test_a_list_sent_on_the_deadline_is_late_and_a_correction_is_a_new_version(reg: Any) -> None:
    await _models(reg)
    assert (await _set_deadline(reg, TODAY)).status_code == 200  # "trước ngày …": the day itself is late
    first = await _send(reg)
    assert first.status_code == 201 and first.json()["late"] is True
    await reg.add_model("QT-VL-VT-TLA", "Mô hình bổ sung của thôn Thái Lai")
    second = await _send(reg)
    assert second.status_code == 201 and second.json()["version"] == 2 and second.json()["total"] == 3
    frozen = await reg.client.get(f"{LISTS}/{first.json()['id']}", headers=reg.demo.headers("demo.mobiliser"))
    assert frozen.status_code == 200 and frozen.json()["form"]["total"] == 2  # the first list did not change
    view = (await _overview(reg)).json()
    assert {u["unit_code"]: u["status"] for u in view["units"]}["QT-VL-VT"] == "late"
    assert view["counts"] == {"arrived": 0, "late": 3, "missing": 0}


async def test_units_that_registered_without_a_list_are_missing(reg: Any) -> None:
    await _models(reg)
    view = (await _overview(reg)).json()
    assert view["lists"] == [] and view["counts"] == {"arrived": 0, "late": 0, "missing": 2}
    assert {u["status"] for u in view["units"]} == {"missing"}


async def test_the_frozen_file_downloads_with_etag_and_range(reg: Any) -> None:
    await _models(reg)
    sent = (await _send(reg)).json()
    headers = reg.demo.headers("demo.mobiliser")
    whole = await reg.client.get(f"{LISTS}/{sent['id']}/file", headers=headers)
    assert whole.status_code == 200 and whole.headers["etag"] == f'"{sent["sha256"]}"'
    assert hashlib.sha256(whole.content).hexdigest() == sent["sha256"] and len(whole.content) == sent["size"]
    ws = load_workbook(io.BytesIO(whole.content)).worksheets[0]
    assert {ws["C7"].value, ws["C8"].value} == {
        "Dân vận khéo trong xây dựng đường giao thông nông thôn",
        "Vận động hội viên phát triển kinh tế hộ",
    }
    assert ws["A9"].value == "Tổng"
    part = await reg.client.get(f"{LISTS}/{sent['id']}/file", headers={**headers, "Range": "bytes=0-99"})
    assert part.status_code == 206 and part.content == whole.content[:100]
    cached = await reg.client.get(
        f"{LISTS}/{sent['id']}/file", headers={**headers, "If-None-Match": f'"{sent["sha256"]}"'}
    )
    assert cached.status_code == 304


async def test_names_of_individuals_survive_export_and_import(reg: Any) -> None:
    person_id = await _models(reg)
    sent = (await _send(reg)).json()
    detail = await reg.client.get(f"{LISTS}/{sent['id']}", headers=reg.demo.headers("demo.registrant"))
    rows = {r["model_name"]: r for r in detail.json()["form"]["rows"]}
    assert rows["Vận động hội viên phát triển kinh tế hộ"]["individual_name"] == "Nguyễn Thị Hoa"
    content = (await reg.client.get(f"{LISTS}/{sent['id']}/file", headers=reg.demo.headers("demo.registrant"))).content
    ws = load_workbook(io.BytesIO(content)).worksheets[0]
    hidden = [letter for letter, dim in ws.column_dimensions.items() if dim.hidden]
    assert hidden, "the individual's name travels in hidden columns right of the printed form"
    imported = await reg.upload(content, dry_run=False)
    assert imported.status_code == 201, imported.text
    reg.session.expire_all()
    copies = (
        await reg.session.scalars(
            select(RegisteredModel).where(
                RegisteredModel.name == "Vận động hội viên phát triển kinh tế hộ", RegisteredModel.id != person_id
            )
        )
    ).all()
    names = [(m.individual_name, m.individual_position) for m in copies]
    assert names == [("Nguyễn Thị Hoa", "Chủ tịch Hội Phụ nữ xã")]


async def test_other_units_and_outsiders_cannot_send_or_see(reg: Any) -> None:
    await _models(reg)
    # The district's viewer reads the commune but may not send for it; a unit the registrant cannot read is 404.
    assert (await _send(reg, user="demo.viewer")).json()["code"] == "unit_out_of_scope"
    outside = await _send(reg, unit="QT-VL-HU")
    assert outside.status_code == 404
    sent = (await _send(reg)).json()
    other = await reg.client.get(f"{LISTS}/{sent['id']}", headers=reg.demo.headers("demo.authority"))
    assert other.status_code == 200  # the commune's viewer sees the commune's list
    assert (await _overview(reg, unit="QT-VL", user="demo.registrant")).status_code == 404
    count = await reg.session.scalar(select(func.count()).select_from(SentRegistrationList))
    assert count == 1


async def test_a_list_sent_long_after_the_deadline_is_accepted_flagged_late_and_seen_late(reg: Any) -> None:
    await _models(reg)
    due = TODAY - timedelta(days=120)  # "trước ngày 06/3", sent four months later
    assert (await _set_deadline(reg, due)).status_code == 200
    sent = await _send(reg)
    assert sent.status_code == 201, sent.text
    body = sent.json()
    assert (body["late"], body["due_on"], body["sent_on"]) == (True, due.isoformat(), TODAY.isoformat())
    assert body["total"] == 2
    # The receiving unit (the district) sees the list arrived late, and the commune's villages late with it.
    seen = await reg.client.get(f"{LISTS}/{body['id']}", headers=reg.demo.headers("demo.mobiliser"))
    assert seen.status_code == 200 and seen.json()["late"] is True
    view = (await _overview(reg)).json()
    assert [(item["id"], item["late"]) for item in view["lists"]] == [(body["id"], True)]
    assert {u["unit_code"]: u["status"] for u in view["units"]} == {"QT-VL-VT": "late", "QT-VL-VT-TL": "late"}
    assert view["counts"] == {"arrived": 0, "late": 2, "missing": 0}


async def test_sending_a_list_is_not_counted_against_the_import_quota(reg: Any, settings_env: Any) -> None:
    from app.models import RoleAssignment, User

    settings_env(rate_limit_import_user="1/minute", rate_limit_import_unit="1/minute")
    await _models(reg)
    # A registrant of its own (quota counters outlive a test's rollback): the commune's list clerk.
    clerk = User(
        username="vt.clerk",
        full_name="Nguyễn Thị Thu",
        home_unit_id=reg.demo.unit("QT-VL-VT"),
        password_hash="x",
        roles=[RoleAssignment(role="registrant", unit_id=reg.demo.unit("QT-VL-VT"))],
    )
    reg.session.add(clerk)
    await reg.session.commit()
    reg.demo.users["vt.clerk"] = clerk.id
    for version in (1, 2, 3):
        sent = await _send(reg, user="vt.clerk")
        assert sent.status_code == 201, sent.text
        assert sent.json()["version"] == version
        assert "import" not in sent.headers["ratelimit-policy"]
        assert '"create-user"' in sent.headers["ratelimit-policy"]
    # The one import the quota allows is still there, and the next is refused.
    form = support.hand_form([support.form_row(1, "Thôn Tân Lập", "Dân vận khéo trong giảm nghèo")])
    first = await reg.upload(form, user="vt.clerk")
    assert first.status_code == 200, first.text
    assert '"import-user";q=1;w=60' in first.headers["ratelimit-policy"]
    second = await reg.upload(form, user="vt.clerk")
    assert (second.status_code, second.json()["code"]) == (429, "rate_limited")
