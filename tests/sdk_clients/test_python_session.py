"""The Python SDK session's promises against a scripted transport (no server): one Idempotency-Key per call
reused on its retries, Retry-After honoured, bounded attempts, If-Match from the last ETag, problems raised
typed, one refresh on a 401. Calls go through the generated client's httpx client (the generated functions
would parse these scripted bodies; the end-to-end test covers them)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from dvk_client import AUTO, ApiProblem, DvkSession, NetworkError, resource_key

MODEL_ID = "0b7c6a4e-3f1d-4a52-9e8b-5c2d1f0a9e37"


def problem(status: int, code: str, **headers: str) -> httpx.Response:
    body = {
        "type": "about:blank",
        "title": code,
        "status": status,
        "code": code,
        "detail": code,
        "request_id": "r-1",
        "allowed_actions": ["withdraw"],
    }
    return httpx.Response(status, json=body, headers={"Content-Type": "application/problem+json", **headers})


def scripted(steps: list[httpx.Response | Exception]) -> tuple[list[httpx.Request], Callable[..., DvkSession]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(httpx.Request(request.method, request.url, headers=request.headers.copy()))  # as sent now
        step = steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    def make(**options: object) -> DvkSession:
        return DvkSession("http://api.test", transport=httpx.MockTransport(handler), max_delay=0.001, **options)  # type: ignore[arg-type]

    return seen, make


def test_a_post_keeps_its_idempotency_key_across_a_lost_answer_a_409_in_progress_and_a_503() -> None:
    seen, make = scripted(
        [
            httpx.ConnectError("lost"),
            problem(409, "idempotency_in_progress", **{"Retry-After": "0"}),
            problem(503, "unavailable", **{"Retry-After": "0"}),
            httpx.Response(
                201, json={"id": MODEL_ID}, headers={"ETag": '"1"', "Location": f"/api/v1/models/{MODEL_ID}"}
            ),
        ]
    )
    session = make()
    session.client.get_httpx_client().post("/api/v1/models", json={})
    keys = [r.headers.get("Idempotency-Key") for r in seen]
    assert len(keys) == 4 and keys[0] and len(set(keys)) == 1
    assert session.etags[f"/api/v1/models/{MODEL_ID}"] == '"1"'


def test_two_calls_get_two_keys_and_attempts_are_bounded() -> None:
    seen, make = scripted([httpx.Response(201, json={}), httpx.ConnectError("down"), httpx.ConnectError("down")])
    session = make(max_attempts=2)
    http = session.client.get_httpx_client()
    http.post("/api/v1/models", json={})
    with pytest.raises(NetworkError):
        http.post("/api/v1/models", json={})
    keys = [r.headers.get("Idempotency-Key") for r in seen]
    assert len(keys) == 3 and keys[0] != keys[1] == keys[2]


def test_writes_carry_if_match_from_the_last_etag_and_problems_are_typed() -> None:
    seen, make = scripted(
        [httpx.Response(200, json={}, headers={"ETag": '"7"'}), problem(409, "transition_not_allowed")]
    )
    session = make()
    http = session.client.get_httpx_client()
    http.get(f"/api/v1/models/{MODEL_ID}")
    with pytest.raises(ApiProblem) as caught:  # AUTO (what the generated functions take): the last ETag seen
        http.post(f"/api/v1/models/{MODEL_ID}/transitions", json={"action": "submit"}, headers={"If-Match": AUTO})
    assert seen[1].headers["If-Match"] == '"7"'
    error = caught.value
    assert (error.status, error.code, error.request_id) == (409, "transition_not_allowed", "r-1")
    assert error.extensions == {"allowed_actions": ["withdraw"]}
    assert resource_key("http://api.test/api/v1/reviews/r-1/votes") == "/api/v1/reviews/r-1"


def test_a_401_refreshes_the_tokens_once_and_repeats_the_call() -> None:
    def tokens(n: int) -> httpx.Response:
        return httpx.Response(
            200, json={"access_token": f"a{n}", "refresh_token": f"r{n}", "expires_in": 900, "refresh_expires_in": 9}
        )

    seen, make = scripted([tokens(1), problem(401, "token_expired"), tokens(2), httpx.Response(200, json={})])
    session = make()
    session.sign_in("demo.registrant", "secret")
    session.client.get_httpx_client().get("/api/v1/me")
    assert seen[1].headers["Authorization"] == "Bearer a1"
    assert seen[2].url.path == "/api/v1/auth/refresh"
    assert seen[3].headers["Authorization"] == "Bearer a2"
