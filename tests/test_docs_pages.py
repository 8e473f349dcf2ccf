"""/docs and /redoc load nothing from outside the app: their scripts, styles and icon are served from here,
under names carrying a digest of their content (cached as immutable), with nosniff. The browser test
(test_docs_browser.py) shows the pages working with the network closed; these check the HTTP side."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from app.core.docs_ui import assets

REFERENCE = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url:\s*'([^']+)'|spec-url="([^"]+)\"""")


def _references(html: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in REFERENCE.finditer(html)]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_the_docs_pages_reference_only_the_apps_own_files(client, page: str) -> None:
    r = await client.get(page)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "no-cache"  # revalidated, so a new asset name is seen at once
    refs = _references(r.text)
    assert refs, r.text
    for ref in refs:
        assert ref.startswith("/"), f"{page} loads {ref} from outside the app"
    assert "/api/v1/openapi.json" in refs
    assert "cdn" not in r.text.lower() and "fonts.googleapis" not in r.text


@pytest.mark.parametrize("page", ["/docs", "/redoc", "/docs/oauth2-redirect"])
async def test_the_docs_pages_may_load_and_call_only_this_server(client, page: str) -> None:
    r = await client.get(page)
    policy = dict(d.strip().split(" ", 1) for d in r.headers["content-security-policy"].split(";"))
    for directive in ("default-src", "img-src", "font-src", "connect-src", "worker-src", "style-src"):
        assert "http" not in policy[directive] and "*" not in policy[directive], (directive, policy)
        assert policy[directive].startswith("'self'"), (directive, policy)
    assert policy["frame-ancestors"] == "'none'"
    # Inline scripts run by their hash only: no 'unsafe-inline', no 'unsafe-eval' for scripts.
    inline = re.findall(r"<script>(.*?)</script>", r.text, re.DOTALL)
    hashes = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in inline}
    assert set(policy["script-src"].split()) == {"'self'", *hashes}
    assert len(hashes) == (0 if page == "/redoc" else 1)


async def test_every_asset_is_served_immutable_under_a_name_that_carries_its_digest(client) -> None:
    for source, asset in assets().items():
        r = await client.get(f"/docs/assets/{asset.name}")
        assert r.status_code == 200, (source, r.text)
        digest = hashlib.sha256(r.content).hexdigest()[:12]
        assert digest in asset.name
        assert r.headers["content-type"] == asset.media_type
        assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert r.headers["x-content-type-options"] == "nosniff"


async def test_swagger_ui_points_at_the_bundled_assets_and_has_no_online_validator(client) -> None:
    html = (await client.get("/docs")).text
    for source in ("swagger-ui-bundle.js", "swagger-ui.css", "favicon.png"):
        assert f"/docs/assets/{assets()[source].name}" in html
    assert '"validatorUrl": null' in html
    assert "oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect'" in html
    redirect = await client.get("/docs/oauth2-redirect")
    assert redirect.status_code == 200 and "text/html" in redirect.headers["content-type"]


@pytest.mark.parametrize(
    "path",
    [
        "/docs/assets/swagger-ui-bundle.js",  # the unversioned name is not served
        "/docs/assets/swagger-ui-bundle.000000000000.js",
        "/docs/assets/..%2F..%2Fcore%2Fconfig.py",
        "/docs/assets/",
        "/docs/assets/favicon.png/extra",
    ],
)
async def test_anything_else_under_the_assets_is_a_problem_404(client, path: str) -> None:
    r = await client.get(path)
    assert r.status_code == 404, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "not_found"


async def test_the_docs_routes_stay_out_of_the_contract(client) -> None:
    paths = (await client.get("/api/v1/openapi.json")).json()["paths"]
    assert not [p for p in paths if p.startswith(("/docs", "/redoc"))]
