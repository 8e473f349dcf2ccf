"""Two officials issue a decision's documents at the same moment: one set is issued, the other request is
told it already was (PostgreSQL: the decision's row lock orders them)."""

from __future__ import annotations

import asyncio

import pytest

from tests.documents.documents_support import COMMITTEE, DocsCtx

pytestmark = [pytest.mark.postgres_only, pytest.mark.committing]


async def test_two_concurrent_issues_make_one_set(docs: DocsCtx) -> None:
    await docs.sign_for(COMMITTEE)
    _ids, decision = await docs.recognition(2)
    url = f"/api/v1/decisions/{decision['id']}/documents"
    answers = await asyncio.gather(*(docs.client.post(url, headers=docs.headers()) for _ in range(2)))
    assert sorted(r.status_code for r in answers) == [201, 409], [r.text for r in answers]
    [refused] = [r for r in answers if r.status_code == 409]
    assert refused.json()["code"] == "documents_already_issued"
    rows = await docs.documents(decision["id"])
    assert [(d.kind, d.version) for d in rows] == [("decision.recognition", 1), ("certificate", 1), ("certificate", 1)]
    assert await docs.count_events("decision.documents-issued") == 1
