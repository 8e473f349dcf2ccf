"""Sign-in, refresh, If-Match and safe retries for the generated DVK client (clients/python/dvk_api_client).

Mirrors the TypeScript wrapper (clients/typescript/src/index.ts):

    session = DvkSession("https://dvk.example.gov.vn")
    session.sign_in("demo.registrant", password)
    model = models_create.sync(client=session.client, body=ModelCreate(...))
    models_transition.sync(model.id, client=session.client, body=TransitionRequest(action="submit"), if_match=AUTO)

- Every call carries the access token; on a 401 the session refreshes once (refresh tokens rotate: each refresh
  returns a new pair and spends the old refresh token) and repeats the call.
- If-Match: a write sends the last ETag seen for its resource (`/api/v1/<collection>/<id>`); pass
  `if_match=AUTO` where the generated function asks for one, or nothing where it does not declare the header.
- Idempotency-Key: one key per POST call, reused on its retries (network errors, 503, 409
  `idempotency_in_progress`), Retry-After honoured, attempts bounded.
- Every error answer is raised as `ApiProblem` (status, code, detail, request_id, errors, extensions).

Synchronous (httpx.Client): use the generated functions' `sync` / `sync_detailed`.
"""

from __future__ import annotations

import contextlib
import json
import random
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from dvk_api_client import AuthenticatedClient

AUTO = ""  # `if_match=AUTO`: the session fills in the resource's last ETag
API_PREFIX = "/api/v1/"
AUTH_PREFIX = "/api/v1/auth/"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
PROBLEM_MEMBERS = frozenset({"type", "title", "status", "code", "detail", "instance", "request_id", "errors"})


class ApiProblem(Exception):
    """An RFC 9457 problem answered by the API."""

    def __init__(self, status: int, body: dict[str, Any], headers: httpx.Headers) -> None:
        self.status = status
        self.code = str(body.get("code") or "unknown")
        self.title = str(body.get("title") or "")
        self.detail = str(body.get("detail") or f"HTTP {status}")
        self.type = str(body.get("type") or "about:blank")
        self.request_id = body.get("request_id") or headers.get("X-Request-ID")
        self.errors: list[dict[str, Any]] = list(body.get("errors") or [])
        self.extensions = {k: v for k, v in body.items() if k not in PROBLEM_MEMBERS}
        self.retry_after = retry_after_seconds(headers)
        super().__init__(f"{status} {self.code}: {self.detail}")


class NetworkError(Exception):
    """A call that never got an answer after its retries."""


@dataclass
class Tokens:
    """The session's tokens; `expires_at` is a time.time() value."""

    access_token: str
    refresh_token: str
    expires_at: float


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """Retry-After in seconds (only the delta-seconds form the API sends), or None."""
    value = headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def resource_key(url: str) -> str:
    """The versioned resource a URL writes to: `/api/v1/<collection>/<id>` (sub-resources share its ETag)."""
    path = urlsplit(url).path
    if not path.startswith(API_PREFIX):
        return path
    parts = [p for p in path[len(API_PREFIX) :].split("/") if p]
    return API_PREFIX + "/".join(parts[:2])


def _problem(response: httpx.Response) -> ApiProblem:
    response.read()
    try:
        body = response.json()
    except ValueError:
        body = {"code": "not_json", "detail": response.text[:500]}
    return ApiProblem(response.status_code, body if isinstance(body, dict) else {}, response.headers)


class _SessionTransport(httpx.BaseTransport):
    """The session's behaviour, under the generated client's httpx.Client."""

    def __init__(self, session: DvkSession, inner: httpx.BaseTransport) -> None:
        self.session, self.inner = session, inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        s = self.session
        method, path = request.method.upper(), request.url.path
        if method == "POST" and not path.startswith(AUTH_PREFIX) and not request.headers.get("Idempotency-Key"):
            request.headers["Idempotency-Key"] = str(uuid.uuid4())  # one per call, reused by the retries below
        if method not in ("GET", "HEAD", "OPTIONS") and not request.headers.get("If-Match"):
            tag = s.etags.get(resource_key(str(request.url)))
            if tag:
                request.headers["If-Match"] = tag
            elif "If-Match" in request.headers:
                del request.headers["If-Match"]  # AUTO with no version seen: the server answers 428
        request.read()  # buffered, so every attempt can send it again
        # Safe to send again: an idempotent method, a keyed POST (replayed, never applied twice), or a conditional
        # write (a second application would fail its If-Match).
        retryable = method in IDEMPOTENT_METHODS or any(h in request.headers for h in ("Idempotency-Key", "If-Match"))
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            if s.tokens and not path.startswith(AUTH_PREFIX):
                request.headers["Authorization"] = f"Bearer {s.tokens.access_token}"
            elif not request.headers.get("Authorization"):
                request.headers.pop("Authorization", None)
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                if not retryable or attempt >= s.max_attempts:
                    raise NetworkError(f"no answer after {attempt} attempt(s): {exc}") from exc
                time.sleep(s.backoff(attempt, None))
                continue
            if response.status_code == 401 and s.tokens and not refreshed and not path.startswith(AUTH_PREFIX):
                refreshed = True  # the access token expired: one refresh, then the same call again
                response.close()
                s.refresh()
                attempt -= 1
                continue
            if retryable and attempt < s.max_attempts and self._retry(response):
                response.close()
                time.sleep(s.backoff(attempt, retry_after_seconds(response.headers)))
                continue
            return self._finish(request, response)

    @staticmethod
    def _retry(response: httpx.Response) -> bool:
        if response.status_code == 503:
            return True
        if response.status_code != 409:
            return False
        response.read()
        try:
            return bool(response.json().get("code") == "idempotency_in_progress")
        except ValueError:
            return False

    def _finish(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Remember the ETag (by Location for a create), or raise the problem."""
        if response.status_code >= 400:
            raise _problem(response)
        tag = response.headers.get("ETag")
        is_json = "json" in response.headers.get("Content-Type", "")
        key = resource_key(response.headers.get("Location") or str(request.url))
        if tag and is_json:
            if key.count("/") == 3:  # a create answered without Location: the member with the body's id
                response.read()
                body = json.loads(response.content or b"null")
                if isinstance(body, dict) and isinstance(body.get("id"), str | int):
                    key = f"{key}/{body['id']}"
            # Every write to a versioned resource answers its new ETag, so chained writes need no re-read; an
            # answer without one (an evidence upload) left the resource's version as it was.
            self.session.etags[key] = tag
        return response

    def close(self) -> None:
        self.inner.close()


class DvkSession:
    """A signed-in user of the API: `session.client` is the generated client to pass to every call."""

    def __init__(
        self,
        base_url: str,
        *,
        max_attempts: int = 5,
        max_delay: float = 10.0,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.max_attempts, self.max_delay = max(1, max_attempts), max_delay
        self.etags: dict[str, str] = {}
        self.tokens: Tokens | None = None
        self._inner = transport or httpx.HTTPTransport()
        self.client = AuthenticatedClient(
            base_url=self.base_url,
            token="",
            prefix="",
            timeout=httpx.Timeout(timeout),
            httpx_args={"transport": _SessionTransport(self, self._inner)},
        )

    def sign_in(self, username: str, password: str) -> Tokens:
        """The password grant; keeps and returns the tokens."""
        return self._auth("token", data={"grant_type": "password", "username": username, "password": password})

    def refresh(self) -> Tokens:
        """Trade the refresh token for a new pair (the old one is spent)."""
        if self.tokens is None:
            raise RuntimeError("not signed in")
        return self._auth("refresh", json_body={"refresh_token": self.tokens.refresh_token})

    def sign_out(self) -> None:
        """Revoke the session on the server and forget the tokens."""
        if self.tokens is not None:
            headers = {"Authorization": f"Bearer {self.tokens.access_token}"}
            with contextlib.suppress(ApiProblem):  # already revoked or expired: signed out all the same
                self._send("logout", headers=headers, json_body={"refresh_token": self.tokens.refresh_token})
        self.tokens = None

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Seconds before the next attempt: Retry-After when given, else exponential with jitter; capped."""
        wait = retry_after if retry_after is not None else 0.2 * 2 ** (attempt - 1) * (0.5 + random.random())
        return min(wait, self.max_delay)

    def _auth(self, what: str, **kwargs: Any) -> Tokens:
        answer = self._send(what, **kwargs)
        self.tokens = Tokens(answer["access_token"], answer["refresh_token"], time.time() + answer["expires_in"])
        return self.tokens

    def _send(
        self,
        what: str,
        *,
        headers: dict[str, str] | None = None,
        data: dict[str, str] | None = None,
        json_body: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        # Straight to the network (not through the session's transport: a refresh must not trigger a refresh).
        request = httpx.Request(
            "POST", f"{self.base_url}{AUTH_PREFIX}{what}", headers=headers, data=data, json=json_body
        )
        response = self._inner.handle_request(request)
        if response.status_code >= 400:
            raise _problem(response)
        response.read()
        return dict(response.json()) if response.content else {}

    def close(self) -> None:
        """Close the connections."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> DvkSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
