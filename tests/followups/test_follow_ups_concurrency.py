"""Follow-ups recorded while the model moves: the model's row lock puts them one after the other, so each
follow-up either comes before the survey (and the survey's ETag is then stale: 412) or after it (and the model
is no longer followed up: 422). Never a 500, never a follow-up of a surveyed model."""

from __future__ import annotations

import asyncio

import pytest

from tests.followups.conftest import visit
from tests.registry.conftest import SURVEY


@pytest.mark.committing  # requests at once
async def test_follow_ups_and_a_survey_at_once_are_serialised(fu) -> None:
    mid = await fu.model_in("reported")
    etag = (await fu.model(mid, "demo.mobiliser")).headers["ETag"]
    survey_headers = fu.headers("demo.mobiliser", **{"If-Match": etag})
    answers = await asyncio.gather(
        fu.client.post(
            f"/api/v1/models/{mid}/transitions",
            json={"action": "record_survey", "survey": SURVEY},
            headers=survey_headers,
        ),
        *(
            fu.client.post(
                f"/api/v1/models/{mid}/follow-ups",
                json=visit(findings=f"Lần theo dõi thứ {i}"),
                headers=fu.headers("demo.mobiliser"),
            )
            for i in range(6)
        ),
    )
    survey, follow_ups = answers[0], answers[1:]
    assert all(r.status_code in (201, 422) for r in follow_ups), [r.text for r in follow_ups]
    assert {r.json()["code"] for r in follow_ups if r.status_code == 422} <= {"follow_up_not_allowed"}
    recorded = sum(r.status_code == 201 for r in follow_ups)
    # The survey wins only if it went first: a follow-up before it made its ETag stale.
    assert survey.status_code == (200 if recorded == 0 else 412), survey.text
    history = await fu.history(mid)
    entries = [(h["action"], h["from_state"], h["to_state"]) for h in history[4:]]
    assert entries == [("follow_up", "reported", "reported")] * recorded + (
        [("record_survey", "reported", "surveyed")] if recorded == 0 else []
    )
    model = (await fu.model(mid)).json()
    assert model["follow_up_count"] == recorded
