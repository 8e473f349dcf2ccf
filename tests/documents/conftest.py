"""Fixtures for the documents tests: a local blob store per test, a key store folder per test (empty: no unit
has a signer until a test gives it one), and a Vĩnh Linh campaign open for recognition today."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


@pytest.fixture
def keystore(tmp_path: Path, settings_env: Any) -> Path:
    """An empty key store, named by the settings."""
    folder = tmp_path / "signing"
    folder.mkdir()
    settings_env(signing_keystore_dir=str(folder), public_base_url="https://dvk.example.gov.vn")
    return folder


@pytest.fixture
async def docs(client: Any, demo: Any, session: Any, keystore: Path) -> Any:
    """The decision helpers and the documents' own."""
    from tests.decisions.decision_support import DecisionCtx, make_decision_campaign
    from tests.documents.documents_support import DocsCtx

    campaign = await make_decision_campaign(session)
    dctx = DecisionCtx(client, demo, str(campaign.id), str(campaign.cycles[0].id), session)
    return DocsCtx(dctx, keystore)
