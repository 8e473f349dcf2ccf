"""No body is read that will not be used: auth, content type and size come before the body (issue 14)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

MB = 1024 * 1024
BOUNDARY = "dvk-hostile-boundary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"


class Body:
    """A streamed (chunked) multipart body of `size` bytes that counts what the server pulled."""

    def __init__(self, size: int, filename: str = "a.pdf", head: bytes = b"%PDF-1.7\n") -> None:
        self.size, self.filename, self.head, self.sent = size, filename, head, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        first = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nTệp lớn\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{self.filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode() + self.head
        self.sent += len(first)
        yield first
        block = b"\x00" * (64 * 1024)
        while self.sent < self.size:
            self.sent += len(block)
            yield block
        yield f"\r\n--{BOUNDARY}--\r\n".encode()


def temp_files() -> list[Path]:
    from app.core.config import get_settings

    folder = get_settings().data_dir / "tmp"
    return sorted(folder.glob("*")) if folder.exists() else []


@pytest.mark.parametrize("path", ["/api/v1/models", "/api/v1/units", "/api/v1/auth/token", "/api/v1/me/password"])
async def test_multipart_to_a_json_endpoint_is_415_without_reading_the_body(client: Any, demo: Any, path: str) -> None:
    for headers in ({}, demo.headers("demo.registrant")):
        body = Body(300 * MB)
        r = await client.post(path, content=body, headers={**headers, "Content-Type": MULTIPART})
        assert r.status_code == 415, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == "unsupported_media_type"
        assert body.sent < MB, f"{body.sent} bytes read before the 415"


async def test_an_unauthenticated_json_body_is_401_before_it_is_read(client: Any) -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(100):
            sent += 10_000
            yield b" " * 10_000

    r = await client.post("/api/v1/models", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"
    assert sent <= 10_000
    r = await client.post(
        "/api/v1/models",
        content=chunks(),
        headers={"Content-Type": "application/json", "Authorization": "Bearer not-a-token"},
    )
    assert r.status_code == 401 and r.json()["code"] == "invalid_token"


async def test_an_unauthenticated_upload_is_401_before_its_body_is_read(client: Any, demo: Any) -> None:
    for path in (
        "/api/v1/models/00000000-0000-0000-0000-000000000001/evidence",
        "/api/v1/reviews/00000000-0000-0000-0000-000000000001/minutes",
        "/api/v1/decisions/00000000-0000-0000-0000-000000000001/document",
        "/api/v1/imports/registrations?campaign=00000000-0000-0000-0000-000000000001&year=2025",
    ):
        body = Body(300 * MB)
        r = await client.post(path, content=body, headers={"Content-Type": MULTIPART})
        assert r.status_code == 401, (path, r.text)
        assert body.sent < MB, (path, body.sent)


async def test_a_chunked_import_over_the_limit_is_cut_off_as_it_arrives(
    client: Any, demo: Any, settings_env: Any
) -> None:
    settings_env(import_max_bytes=1 * MB)
    before = temp_files()
    body = Body(300 * MB, filename="a.xlsx", head=b"PK\x03\x04")
    r = await client.post(
        "/api/v1/imports/registrations?campaign=00000000-0000-0000-0000-000000000001&year=2025",
        content=body,
        headers={**demo.headers("demo.registrant"), "Content-Type": MULTIPART},
    )
    assert r.status_code == 413 and r.json()["code"] == "payload_too_large"
    assert body.sent < 3 * MB
    assert temp_files() == before


async def test_a_declared_length_over_the_limit_is_413_before_reading(
    client: Any, demo: Any, settings_env: Any
) -> None:
    settings_env(import_max_bytes=1 * MB)
    body = Body(300 * MB, filename="a.xlsx", head=b"PK\x03\x04")
    r = await client.post(
        "/api/v1/imports/registrations?campaign=00000000-0000-0000-0000-000000000001&year=2025",
        content=body,
        headers={**demo.headers("demo.registrant"), "Content-Type": MULTIPART, "Content-Length": str(300 * MB)},
    )
    assert r.status_code == 413 and r.json()["code"] == "payload_too_large"
    assert body.sent < MB


def test_every_operation_is_behind_the_body_gate() -> None:
    import importlib

    from fastapi.routing import APIRoute

    from app.core.bodies import GuardedRoute

    modules = sorted(p.parent.name for p in Path("app").glob("*/endpoints.py"))
    routes = [
        r
        for m in modules
        for r in importlib.import_module(f"app.{m}.endpoints").router.routes
        if isinstance(r, APIRoute)
    ]
    assert len(routes) > 50 and all(isinstance(r, GuardedRoute) for r in routes), [
        r.path for r in routes if not isinstance(r, GuardedRoute)
    ]
