"""/docs and /redoc in a real headless browser with the network closed, as on a government network without
internet: Debian's chromium driven by Playwright against a live server with the demo data. The pages list
the operations, "Authorize" signs in with the OAuth2 password flow, "Try it out" of an authenticated GET
answers 200, and no request the pages make leaves 127.0.0.1.

Needs /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it). Without it the tests are
skipped with a loud message, except under CI=true, where they fail."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.demo_server import demo_server
from tests.support.live_server import PROJECT_ROOT, LiveServer

CHROMIUM = "/usr/bin/chromium"
# The network is closed twice over: every name but the loopback address fails to resolve, and every request
# to another origin is aborted by the page's router (and recorded, so the test can name it).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
USERNAME = "demo.registrant"
HARNESS = PROJECT_ROOT / "tests" / "conftest.py"


def _require_chromium() -> None:
    """Skip loudly without chromium (or Playwright), fail under CI=true."""
    missing = []
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        missing.append(f"{CHROMIUM} (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -r the dev dependencies)")
    if not missing:
        return
    message = "the browser test of /docs and /redoc did not run: missing " + " and ".join(missing)
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; CI=true, so this is an error (.ci/run installs chromium)", pytrace=False)
    print(f"\n{'#' * 100}\n### SKIPPED: {message}\n{'#' * 100}", file=sys.stderr)
    warnings.warn(message, stacklevel=2)
    pytest.skip(message)


@pytest.fixture(scope="module")
def password() -> str:
    """A fresh password for the demo users (the browser signs in with it; nothing hard-codes it)."""
    return f"Browser-{secrets.token_urlsafe(9)}-1a"


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest, password: str) -> Iterator[LiveServer]:
    """A live server on its own database of the run's kind, with the demo data."""
    _require_chromium()
    harness = request.config.pluginmanager.get_plugin(str(HARNESS))
    assert harness is not None, f"{HARNESS} is not loaded"
    with demo_server(harness.create_scratch_database("docs"), password) as live:
        yield live


@pytest.fixture(scope="module")
def browser(server: LiveServer) -> Iterator[Any]:
    """Headless chromium (the machine's, never a downloaded build)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
        launched = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


# ReDoc's side menu shows the vendor's logo from its CDN. The pages' Content-Security-Policy stops the browser
# before the request leaves (it fails with "csp"); nothing else may be stopped that way.
STOPPED_BY_POLICY = {"https://cdn.redoc.ly/redoc/logo-mini.svg"}


class Page:
    """A page of a fresh browser context that records every request it makes and aborts those that would
    leave the test server."""

    def __init__(self, browser: Any, server: LiveServer) -> None:
        self.origin = server.base_url
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.stopped: list[str] = []
        self.console: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.set_default_timeout(60_000)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", self._failed)
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))

    def _route(self, route: Any) -> None:
        if route.request.url.startswith(self.origin + "/"):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    def _failed(self, request: Any) -> None:
        if request.failure == "csp":
            self.stopped.append(request.url)

    def assert_stayed_home(self) -> None:
        """Every request went to the test server, on 127.0.0.1; the page's policy stopped only the known
        vendor logo, and broke nothing else (no other violation, no script error)."""
        assert self.requests, "the page made no request"
        assert self.origin.startswith("http://127.0.0.1:")
        outside = sorted({u for u in self.requests if not u.startswith(self.origin + "/")} - set(self.stopped))
        assert not outside, f"the page reached outside the test server: {outside}"
        assert set(self.stopped) <= STOPPED_BY_POLICY, self.stopped
        violations = [
            line
            for line in self.console
            if "Content Security Policy" in line and not any(url in line for url in STOPPED_BY_POLICY)
        ]
        assert not violations, violations
        assert not [line for line in self.console if line.startswith("pageerror")], self.console


@pytest.fixture
def page(browser: Any, server: LiveServer) -> Iterator[Page]:
    """One recording page, closed after the test."""
    recorded = Page(browser, server)
    yield recorded
    recorded.context.close()


def _operations() -> dict[str, str]:
    """Every operation of the committed contract: operationId → summary."""
    contract = json.loads((PROJECT_ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    return {
        op["operationId"]: op["summary"]
        for item in contract["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def _webhooks() -> dict[str, object]:
    """The event types of the committed contract's `webhooks`."""
    return dict(json.loads((PROJECT_ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))["webhooks"])


def _not_blank(png: Path) -> None:
    from PIL import Image

    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 32, f"{png} is (nearly) blank: {len(colours)} colours"


def test_swagger_ui_lists_the_operations_signs_in_and_tries_an_authenticated_get(
    page: Page, server: LiveServer, password: str, tmp_path: Path
) -> None:
    p = page.page
    p.goto(f"{server.base_url}/docs")
    p.wait_for_selector("#operations-auth-me_get")
    operations = _operations()
    # Every operation, and every event type the contract declares under `webhooks` (Swagger UI lists those too).
    assert p.locator(".opblock").count() == len(operations) + len(_webhooks())
    text = p.locator("#swagger-ui").inner_text()
    for operation_id in ("auth_token", "me_get", "models_list", "models_create"):
        assert operations[operation_id] in text, operation_id
        assert p.locator(f"[id$='-{operation_id}']").count() == 1, operation_id

    p.click("button.authorize")
    p.fill("#oauth_username", USERNAME)
    p.fill("#oauth_password", password)
    with p.expect_response(lambda r: r.url == f"{server.base_url}/api/v1/auth/token") as token:
        p.click(".modal-ux .auth-btn-wrapper button.authorize")
    assert token.value.status == 200, token.value.text()
    p.locator(".modal-ux h6", has_text="Authorized").wait_for()
    p.click(".modal-ux button.btn-done")

    me = p.locator("#operations-auth-me_get")
    me.locator(".opblock-summary").click()
    me.locator("button.try-out__btn").click()
    with p.expect_response(lambda r: r.url == f"{server.base_url}/api/v1/me") as answer:
        me.locator("button.execute").click()
    assert answer.value.status == 200, answer.value.text()
    assert answer.value.request.headers["authorization"].startswith("Bearer ")
    shown = me.locator(".live-responses-table")
    shown.locator(".response-col_status", has_text="200").first.wait_for()
    assert f'"username": "{USERNAME}"' in shown.inner_text()

    screenshot = tmp_path / "docs.png"
    p.screenshot(path=str(screenshot))
    _not_blank(screenshot)
    page.assert_stayed_home()


def test_redoc_renders_the_operations(page: Page, server: LiveServer, tmp_path: Path) -> None:
    p = page.page
    p.goto(f"{server.base_url}/redoc")
    operations = _operations()
    p.wait_for_selector("[id='operation/models_list']", state="attached")
    for operation_id in ("auth_token", "me_get", "models_list", "models_create"):
        assert p.locator(f"[id='operation/{operation_id}']").count() == 1, operation_id
        assert p.get_by_text(operations[operation_id], exact=True).count() >= 1, operation_id
    screenshot = tmp_path / "redoc.png"
    p.screenshot(path=str(screenshot))
    _not_blank(screenshot)
    page.assert_stayed_home()


def test_without_chromium_the_browser_test_skips_loudly_but_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    with (
        pytest.raises(pytest.skip.Exception, match="missing /nonexistent/chromium"),
        pytest.warns(UserWarning, match="did not run"),
    ):
        _require_chromium()
    assert "### SKIPPED: the browser test of /docs and /redoc did not run" in capsys.readouterr().err
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true, so this is an error"):
        _require_chromium()
