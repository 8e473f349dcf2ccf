"""The event fan-out (notifications.fan_out, driven here by its function, no sleeps): who is told of a model's
moves, whose turn it is, a review's members, a decision issued or revoked; never the person who acted, never a
deactivated person or one who may not read the model; once per person and event however often it runs."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select, update

from app.events.service import record_event
from app.models import EventCheckpoint, Notification, ReviewMember, Unit, User
from app.notifications.fanout import CHECKPOINT, fan_out_once
from tests.decisions.decision_support import DecisionCtx
from tests.notifications.support import INBOX
from tests.registry.conftest import RESULTS

pytestmark = pytest.mark.anyio


async def fan_out(database: Any) -> int:
    """One fan-out run, committed; how many notifications it added."""
    async with database.sessionmaker() as session:
        added = await fan_out_once(session)
        await session.commit()
    return added


async def inbox(dctx: DecisionCtx, username: str) -> list[tuple[str, str]]:
    """(type, text) of a person's notifications, oldest first."""
    r = await dctx.client.get(INBOX, params={"limit": 100}, headers=dctx.demo.headers(username))
    assert r.status_code == 200, r.text
    return [(n["type"], n["text"]) for n in reversed(r.json()["items"])]


async def types(dctx: DecisionCtx, username: str) -> list[str]:
    return [t for t, _ in await inbox(dctx, username)]


async def count(session: Any) -> int:
    return int(await session.scalar(select(func.count()).select_from(Notification)) or 0)


async def test_a_models_moves_tell_its_registrant_unit_and_whose_turn_it_is(
    dctx: DecisionCtx, database: Any, session: Any
) -> None:
    # People of Thôn Tân Lập: its head (home unit, a role there), one without any role that lets them read the
    # model, and one deactivated.
    await dctx.person("tl.head", [("viewer", "QT-VL-VT-TL")], home="QT-VL-VT-TL")
    await dctx.person("tl.outsider", [("viewer", "QT-DH")], home="QT-VL-VT-TL")
    await dctx.person("tl.gone", [("viewer", "QT-VL-VT-TL")], home="QT-VL-VT-TL")
    await session.execute(update(User).where(User.username == "tl.gone").values(is_active=False))
    await session.commit()

    model = await dctx.create(with_form=True)
    await dctx.move(model["id"], "demo.registrant", "submit")
    await dctx.move(model["id"], "demo.mobiliser", "accept")
    await dctx.move(model["id"], "demo.registrant", "report_results", **RESULTS)
    await dctx.move(model["id"], "demo.mobiliser", "return", reason="Thiếu biên bản họp thôn")

    added = await fan_out(database)
    # The registrant (who registered it, and holds the registrant role for the village from the commune):
    # accepted, returned; never their own turn told twice.
    assert await types(dctx, "demo.registrant") == ["model.accepted", "model.returned"]
    returned = (await inbox(dctx, "demo.registrant"))[-1][1]
    assert "Dân vận khéo trong giảm nghèo bền vững" in returned and "Lý do: Thiếu biên bản họp thôn" in returned
    # The district's officer: the model waits on them after its submission and its report (never told of their
    # own acceptance or return).
    assert await types(dctx, "demo.mobiliser") == ["turn.waiting", "turn.waiting"]
    turn = (await inbox(dctx, "demo.mobiliser"))[0][1]
    assert turn == (
        "Mô hình «Dân vận khéo trong giảm nghèo bền vững» đang chờ đơn vị Huyện Vĩnh Linh: Cán bộ dân vận tiếp "
        "nhận đăng ký."
    )
    # The village's head reads the model: told of its outcome; the outsider and the deactivated are not.
    assert await types(dctx, "tl.head") == ["model.accepted", "model.returned"]
    assert await types(dctx, "tl.outsider") == []
    gone = select(func.count()).select_from(Notification).join(User).where(User.username == "tl.gone")
    assert await session.scalar(gone) == 0
    for username in ("demo.admin", "demo.viewer", "demo.authority"):
        assert await types(dctx, username) == [], username
    assert added == 6

    # In English too, with the step in English.
    r = await dctx.client.get(INBOX, headers=dctx.demo.headers("demo.mobiliser", **{"Accept-Language": "en"}))
    assert r.json()["items"][-1]["text"] == (
        "The model “Dân vận khéo trong giảm nghèo bền vững” is waiting on Huyện Vĩnh Linh: "
        "A mass-mobilisation officer accepts it."
    )
    assert r.json()["items"][-1]["data"]["step"]["en"] == "A mass-mobilisation officer accepts it"

    # Once: again, nothing; even from the very start of the log (a run that died before its commit), nothing.
    assert await fan_out(database) == 0
    await session.execute(update(EventCheckpoint).where(EventCheckpoint.name == CHECKPOINT).values(position=0))
    await session.commit()
    assert await fan_out(database) == 0
    assert await count(session) == 6


async def test_a_decision_tells_its_registrants_the_units_people_and_the_authority_its_turn(
    dctx: DecisionCtx, database: Any, session: Any
) -> None:
    await dctx.person("tl.head", [("viewer", "QT-VL-VT-TL")], home="QT-VL-VT-TL")
    model = await dctx.surveyed()
    await fan_out(database)
    # Surveyed: the registrant is told, and the competent authority (Đảng ủy xã Vĩnh Thạch) that it waits on it.
    assert (await types(dctx, "demo.registrant"))[-1] == "model.surveyed"
    assert await types(dctx, "demo.authority") == ["turn.waiting"]

    review_id = await dctx.review({model["id"]: "approved"})
    decision = (await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review_id))).json()
    await fan_out(database)
    assert (await inbox(dctx, "demo.registrant"))[-1] == (
        "model.recognised",
        "Mô hình «Dân vận khéo trong giảm nghèo bền vững» được công nhận là mô hình «Dân vận khéo» (Quyết định "
        "125-QĐ/ĐU).",
    )
    head = await inbox(dctx, "tl.head")
    assert [t for t, _ in head][-2:] == ["model.recognised", "decision.issued"]
    assert head[-1][1] == (
        'Đảng ủy Xã Vĩnh Thạch đã ban hành Quyết định 125-QĐ/ĐU (Quyết định công nhận mô hình "Dân vận khéo") liên '
        "quan đến Thôn Tân Lập."
    )
    assert await types(dctx, "demo.authority") == ["turn.waiting"]  # they issued it: nothing more

    r = await dctx.client.post(
        f"/api/v1/decisions/{decision['id']}/revoke",
        json={"reason": "Ban hành nhầm đối tượng"},
        headers=dctx.demo.headers("demo.authority", **{"If-Match": f'"{decision["version"]}"'}),
    )
    assert r.status_code == 200, r.text
    await fan_out(database)
    assert (await inbox(dctx, "tl.head"))[-1] == (
        "decision.revoked",
        "Quyết định 125-QĐ/ĐU liên quan đến Thôn Tân Lập đã bị thu hồi. Lý do: Ban hành nhầm đối tượng",
    )
    # The model is back to `surveyed`, waiting on the authority who revoked it: not told of their own act.
    assert await types(dctx, "demo.authority") == ["turn.waiting"]
    one = (await dctx.client.get(INBOX, headers=dctx.demo.headers("tl.head"))).json()["items"][0]
    assert one["resource"] == {"type": "decision", "id": decision["id"], "path": f"/api/v1/decisions/{decision['id']}"}
    assert one["unit"]["code"] == "QT-VL-VT-TL"
    # The decision it points to is one the village's head may read.
    assert (await dctx.client.get(one["resource"]["path"], headers=dctx.demo.headers("tl.head"))).status_code == 200


async def test_a_reviews_members_are_told(dctx: DecisionCtx, database: Any, session: Any) -> None:
    model = await dctx.surveyed()
    review_id = await dctx.review({model["id"]: "approved"}, status="open")
    review = uuid.UUID(review_id)
    await session.execute(
        update(ReviewMember)
        .where(ReviewMember.review_id == review, ReviewMember.full_name == "Hoàng Văn Em")
        .values(user_id=dctx.demo.users["demo.viewer"])
    )
    added = ReviewMember(
        review_id=review, position=9, full_name="Lê Văn Cường", user_id=dctx.demo.users["demo.mobiliser"]
    )
    session.add(added)
    await session.commit()
    path = await session.scalar(select(Unit.path).where(Unit.code == "QT-VL-VT-DU"))
    common: dict[str, Any] = {
        "resource_type": "review",
        "resource_id": review,
        "unit_path": path,
        "actor_id": dctx.demo.users["demo.authority"],
        "request_id": None,
    }
    await record_event(
        session, "review.opened", data={"title": "x", "purpose": "model", "candidate_count": 1}, **common
    )
    await record_event(session, "review.updated", data={"change": "member_added", "member_id": str(added.id)}, **common)
    await record_event(session, "review.updated", data={"change": "ballot", "votes": 3}, **common)
    await session.commit()
    await fan_out(database)
    assert (await inbox(dctx, "demo.viewer"))[-1] == (
        "review.member",
        f"Đồng chí là thành viên hội đồng bình xét «Họp bình xét model {dctx.body()['year']}» của Đảng ủy Xã "
        "Vĩnh Thạch.",
    )
    # Added later (and a member at the opening too): told once for each event that made them one.
    assert [t for t in await types(dctx, "demo.mobiliser") if t == "review.member"] == ["review.member"] * 2
    assert "review.member" not in await types(dctx, "demo.authority")


async def test_a_run_killed_before_its_commit_loses_nothing(dctx: DecisionCtx, database: Any, session: Any) -> None:
    model = await dctx.create(with_form=True)
    await dctx.move(model["id"], "demo.registrant", "submit")
    await dctx.move(model["id"], "demo.mobiliser", "accept")
    async with database.sessionmaker() as killed:
        assert await fan_out_once(killed) == 2
        await killed.rollback()  # the worker died: its notifications and its checkpoint go together
    assert await count(session) == 0
    assert await fan_out(database) == 2
    assert await types(dctx, "demo.registrant") == ["model.accepted"]
    assert await types(dctx, "demo.mobiliser") == ["turn.waiting"]


async def test_events_of_the_notifications_themselves_tell_nobody(dctx: DecisionCtx, database: Any) -> None:
    model = await dctx.create(with_form=True)
    await dctx.move(model["id"], "demo.registrant", "submit")
    assert await fan_out(database) == 1
    assert await fan_out(database) == 0  # its notification.created event is read, and tells no one


@pytest.mark.committing
@pytest.mark.postgres_only
async def test_two_fan_outs_at_once_tell_each_person_once(dctx: DecisionCtx, database: Any, session: Any) -> None:
    import asyncio

    model = await dctx.create(with_form=True)
    await dctx.move(model["id"], "demo.registrant", "submit")
    await fan_out(database)  # the checkpoint exists
    await dctx.move(model["id"], "demo.mobiliser", "accept")
    await dctx.move(model["id"], "demo.registrant", "report_results", **RESULTS)

    async def run() -> int:
        return await fan_out(database)

    results = await asyncio.gather(*(run() for _ in range(4)))
    assert sorted(results) == [0, 0, 0, 2]  # one run did the work; the others found the checkpoint taken

    # Two runs over the same events at once (a checkpoint moved back): the unique occasion keeps one each.
    await dctx.move(model["id"], "demo.mobiliser", "return", reason="Bổ sung số liệu")
    from app.models import Event
    from app.notifications.fanout import notify_for_event

    event = (await session.scalars(select(Event).where(Event.type == "model.returned"))).one()
    first, second = database.sessionmaker(), database.sessionmaker()
    try:
        assert len(await notify_for_event(first, event)) == 1
        waiting = asyncio.create_task(notify_for_event(second, event))  # waits on the first one's row
        await asyncio.sleep(0.2)
        assert not waiting.done()
        await first.commit()
        assert await waiting == []
        await second.commit()
    finally:
        await first.close()
        await second.close()
    assert await fan_out(database) == 0
    assert await types(dctx, "demo.registrant") == ["model.accepted", "model.returned"]
    assert await types(dctx, "demo.mobiliser") == ["turn.waiting", "turn.waiting"]


@pytest.mark.committing
@pytest.mark.postgres_only
async def test_an_event_committed_after_a_newer_one_is_still_told(
    dctx: DecisionCtx, database: Any, session: Any
) -> None:
    first = await dctx.create(with_form=True)
    second = await dctx.create(with_form=True, name="Mô hình thứ hai")
    await fan_out(database)
    slow = database.sessionmaker()
    try:
        await dctx.move(first["id"], "demo.registrant", "submit")
        late = await record_event(  # takes its id first, commits last
            slow,
            "model.submitted",
            resource_type="model",
            resource_id=uuid.UUID(second["id"]),
            unit_path=await session.scalar(select(Unit.path).where(Unit.code == "QT-VL-VT-TL")),
            actor_id=dctx.demo.users["demo.registrant"],
            request_id="slow",
            data={"code": second["code"], "from": "draft", "to": "registered"},
        )
        await dctx.move(first["id"], "demo.mobiliser", "accept")
        assert await fan_out(database) == 2  # first's submission and acceptance
        await slow.commit()
    finally:
        await slow.close()
    assert late.id
    assert await fan_out(database) == 1  # the late one, once
    assert await fan_out(database) == 0
    assert await types(dctx, "demo.mobiliser") == ["turn.waiting", "turn.waiting"]
