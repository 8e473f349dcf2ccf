"""Faults while issuing: a store that fails halfway, a row that cannot be written, an unreachable timestamp
server — each leaves nothing: no document row, no event, no stored bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.storage import set_store
from app.storage.local import LocalBlobStore
from tests.documents.documents_support import COMMITTEE, DocsCtx


class FailingStore(LocalBlobStore):
    """A local store whose `fail_at`-th write fails (the object store going away mid-issue)."""

    def __init__(self, root: Path, fail_at: int) -> None:
        super().__init__(root)
        self.fail_at = fail_at
        self.writes = 0

    async def put_file(self, key: str, path: Path, media_type: str) -> bool:
        self.writes += 1
        if self.writes == self.fail_at:
            raise OSError("the object store went away")
        return await super().put_file(key, path, media_type)


async def _keys(store: LocalBlobStore) -> set[str]:
    return {k async for k in store.list_keys()}


async def test_a_storage_failure_mid_issue_leaves_nothing(docs: DocsCtx, tmp_path: Path) -> None:
    await docs.sign_for(COMMITTEE)
    _ids, decision = await docs.recognition(2)
    store = FailingStore(tmp_path / "failing", fail_at=3)  # the decision and the first certificate are stored
    set_store(store)
    r = await docs.issue_documents(decision["id"], expect=503)
    assert r.json()["code"] == "storage_unavailable" and r.headers["retry-after"]
    assert store.writes == 3
    assert await _keys(store) == set()  # the two stored before the failure were removed
    assert await docs.documents() == []
    assert await docs.count_events("decision.documents-issued") == 0
    store.fail_at = 0  # the store is back: the same request now issues
    assert len((await docs.issue_documents(decision["id"])).json()) == 3
    assert len(await _keys(store)) == 3


async def test_a_failure_after_storing_removes_the_bytes(
    docs: DocsCtx, store: LocalBlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await docs.sign_for(COMMITTEE)
    _ids, decision = await docs.recognition(1)
    before = await _keys(store)
    from app.documents import repository

    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("the database went away while writing the rows")

    monkeypatch.setattr(repository, "last_versions", broken)
    r = await docs.d.client.post(f"/api/v1/decisions/{decision['id']}/documents", headers=docs.headers())
    assert r.status_code >= 500
    assert await _keys(store) == before
    assert await docs.documents() == []


async def test_an_unreachable_timestamp_server_issues_nothing(
    docs: DocsCtx, store: LocalBlobStore, settings_env: Any
) -> None:
    await docs.sign_for(COMMITTEE)
    _ids, decision = await docs.recognition(1)
    before = await _keys(store)
    settings_env(signing_tsa_url="http://127.0.0.1:9/tsa", signing_tsa_timeout_seconds=1)
    r = await docs.issue_documents(decision["id"], expect=503)
    assert r.json()["code"] == "timestamp_unavailable" and r.headers["retry-after"]
    assert await _keys(store) == before
    assert await docs.documents() == []
