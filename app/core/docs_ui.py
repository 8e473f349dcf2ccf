"""/docs (Swagger UI) and /redoc served with their scripts and styles from the app itself, never a CDN: many
government networks have no internet, and FastAPI's default pages are blank there. The files come from the
fastapi-offline package; each is served under a name that carries a digest of its content, so a browser may
keep it for a year (immutable) and an upgrade of the package changes the names the pages point to."""

from __future__ import annotations

import base64
import hashlib
import importlib.resources
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response

DOCS_URL = "/docs"
REDOC_URL = "/redoc"
ASSETS_URL = "/docs/assets"
IMMUTABLE = "public, max-age=31536000, immutable"
# The pages themselves are tiny: revalidate them every time so a new asset name is seen at once.
PAGE_CACHE = "no-cache"
# The pages may load and call nothing but this server. ReDoc's side menu, for one, shows a logo from the
# vendor's CDN: the policy stops the browser from even asking. Inline scripts are allowed by their hash;
# inline styles are needed by both UIs (ReDoc writes its styles at run time), its search runs in a blob worker.
_POLICY = (
    "default-src 'self'; script-src 'self' {scripts}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

_SOURCES = {  # file in the package: media type
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "redoc.standalone.js": "text/javascript; charset=utf-8",
    "favicon.png": "image/png",
}


@dataclass(frozen=True)
class Asset:
    """One bundled file: where it lies and how it is served."""

    path: Path
    media_type: str
    name: str  # e.g. swagger-ui-bundle.3f2a9c1e8b7d.js


@cache
def assets() -> dict[str, Asset]:
    """The bundled files by their original name, each with its versioned public name (read once)."""
    folder = Path(str(importlib.resources.files("fastapi_offline") / "static"))
    out = {}
    for source, media_type in _SOURCES.items():
        path = folder / source
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        stem, _, ext = source.rpartition(".")
        out[source] = Asset(path, media_type, f"{stem}.{digest}.{ext}")
    return out


def asset_url(request: Request, source: str) -> str:
    """The public URL of a bundled file, under the app's root path."""
    return f"{_root(request)}{ASSETS_URL}/{assets()[source].name}"


def _page(page: HTMLResponse) -> HTMLResponse:
    """A docs page with its cache rule and its content security policy."""
    html = bytes(page.body).decode()
    hashes = (
        base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() for script in _INLINE_SCRIPT.findall(html)
    )
    page.headers["Content-Security-Policy"] = _POLICY.format(scripts=" ".join(f"'sha256-{h}'" for h in hashes))
    page.headers["Cache-Control"] = PAGE_CACHE
    return page


def _root(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


async def _asset(request: Request) -> Response:
    """One bundled file by its versioned name; any other name is 404."""
    name = request.path_params["name"]
    found = next((a for a in assets().values() if a.name == name), None)
    if found is None:
        raise HTTPException(status_code=404)
    return FileResponse(found.path, media_type=found.media_type, headers={"Cache-Control": IMMUTABLE})


def install_docs(app: FastAPI) -> None:
    """Add /docs, its OAuth2 redirect page, /redoc and their assets (create the app with docs_url=None and
    redoc_url=None, so FastAPI does not add its CDN pages)."""
    openapi_url = app.openapi_url
    redirect_url = app.swagger_ui_oauth2_redirect_url
    assert openapi_url and redirect_url, "the docs need the contract's URL and the OAuth2 redirect page"
    assets()  # fail at start-up, not at the first visit, if the package is missing a file

    async def swagger_ui(request: Request) -> HTMLResponse:
        root = _root(request)
        return _page(
            get_swagger_ui_html(
                openapi_url=root + openapi_url,
                title=f"{app.title} - Swagger UI",
                swagger_js_url=asset_url(request, "swagger-ui-bundle.js"),
                swagger_css_url=asset_url(request, "swagger-ui.css"),
                swagger_favicon_url=asset_url(request, "favicon.png"),
                oauth2_redirect_url=root + redirect_url,
                init_oauth=app.swagger_ui_init_oauth,
                # No online validator badge: it would send the contract's URL to a public service.
                swagger_ui_parameters={"validatorUrl": None, **(app.swagger_ui_parameters or {})},
            )
        )

    async def oauth2_redirect(request: Request) -> HTMLResponse:
        return _page(get_swagger_ui_oauth2_redirect_html())

    async def redoc(request: Request) -> HTMLResponse:
        return _page(
            get_redoc_html(
                openapi_url=_root(request) + openapi_url,
                title=f"{app.title} - ReDoc",
                redoc_js_url=asset_url(request, "redoc.standalone.js"),
                redoc_favicon_url=asset_url(request, "favicon.png"),
                with_google_fonts=False,
            )
        )

    app.add_route(DOCS_URL, swagger_ui, include_in_schema=False)
    app.add_route(redirect_url, oauth2_redirect, include_in_schema=False)
    app.add_route(REDOC_URL, redoc, include_in_schema=False)
    app.add_route(ASSETS_URL + "/{name}", _asset, include_in_schema=False)
