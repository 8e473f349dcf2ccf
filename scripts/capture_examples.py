"""Capture the contract's success examples from the demo data: python scripts/capture_examples.py

Loads the demo data (the seeds' Vietnamese wording: units, campaign, models in every state, reviews,
decisions) into a throw-away SQLite database, reads every GET answer as the demo administrator, keeps
the first two items of each list, and writes app/contract/captured.json (operation id → body, one operation a
line; package data, so the wheel carries it).
app.contract.examples adds each as the example of its operation (and of every operation answering the
same schema). Rerun it when a response schema changes; tests/contract/test_examples.py checks every
example against its schema.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "app" / "contract" / "captured.json"
API = "/api/v1"


def _trim(body: Any) -> Any:
    """Lists cut to two items, everywhere (an example shows the shape, not the whole demo)."""
    if isinstance(body, list):
        return [_trim(item) for item in body[:2]]
    if isinstance(body, dict):
        return {key: _trim(value) for key, value in body.items()}
    return body


async def _capture() -> dict[str, Any]:
    import httpx

    from app.cli import _seed_demo
    from app.core.config import get_settings
    from app.core.migrations import upgrade
    from app.main import create_app

    await asyncio.to_thread(upgrade)
    print(await _seed_demo())
    app = create_app()
    out: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://dvk.test") as client,
    ):
        token = (
            await client.post(
                f"{API}/auth/token",
                data={"grant_type": "password", "username": "demo.admin", "password": get_settings().demo_password},
            )
        ).json()
        out["auth_token"] = {
            **token,
            "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vLmFkbWluIn0.c2lnbmF0dXJl",
            "refresh_token": "Zk1xQ0g3a2R2Q3BtWVdQZ3N0dUxqQQ",
        }
        client.headers["Authorization"] = f"Bearer {token['access_token']}"

        async def get(op: str, url: str, **params: Any) -> Any:
            response = await client.get(API + url if not url.startswith("/healthz") else url, params=params)
            if response.status_code != 200 or "json" not in response.headers.get("content-type", ""):
                print(f"  skipped {op}: {response.status_code} {url}", file=sys.stderr)
                return None
            out[op] = _trim(response.json())
            return response.json()

        await get("me_get", "/me")
        await get("workflow_get", "/workflow")
        await get("notification_types_list", "/notification-types")
        await get("me_notification_preferences_get", "/me/notification-preferences")
        await get("fields_list", "/fields")
        await get("criteria_list", "/criteria")
        await get("comprehensive_conditions_list", "/comprehensive-conditions")
        for op, url in (
            ("unit_kinds_list", "/unit-kinds"),
            ("unit_levels_list", "/unit-levels"),
            ("unit_categories_list", "/unit-categories"),
            ("authority_profiles_list", "/authority/profiles"),
            ("authority_overrides_list", "/authority/overrides"),
        ):
            await get(op, url)
        models = (await get("models_list", "/models", limit=50))["items"]
        model = next((m for m in models if m["state"] == "surveyed"), models[0])
        for op, suffix in (
            ("models_get", ""),
            ("models_dossier", "/dossier"),
            ("models_history", "/history"),
            ("models_authority", "/authority"),
            ("models_surveys_list", "/surveys"),
            ("evidence_list", "/evidence"),
            ("models_replications", "/replications"),
            ("follow_ups_of_model", "/follow-ups"),
        ):
            body = await get(op, f"/models/{model['id']}{suffix}")
            if op == "evidence_list" and body and body["items"]:
                await get("evidence_get", f"/evidence/{body['items'][0]['id']}")
        model_read = out["models_get"]
        follow_ups = await get("follow_ups_list", "/follow-ups", open="true")
        if follow_ups and follow_ups["items"]:
            await get("follow_ups_get", f"/follow-ups/{follow_ups['items'][0]['id']}")
        comprehensive = next((m for m in models if m["model_type"] == "comprehensive"), None)
        if comprehensive is not None:
            await get("models_conditions_get", f"/models/{comprehensive['id']}/conditions")
        # The exemplar's achievement report was confirmed by the grassroots committee's act.
        exemplar = next((m for m in models if m["state"] == "exemplar"), None)
        if exemplar:
            confirmations = await get("confirmations_list", f"/models/{exemplar['id']}/confirmations")
            if confirmations and confirmations["items"]:
                first = confirmations["items"][0]["id"]
                await get("confirmations_get", f"/models/{exemplar['id']}/confirmations/{first}")
        decisions = await get("decisions_list", "/decisions")
        if decisions and decisions["items"]:
            await get("decisions_get", f"/decisions/{decisions['items'][0]['id']}")
        reviews = await get("reviews_list", "/reviews")
        if reviews and reviews["items"]:
            await get("reviews_get", f"/reviews/{reviews['items'][0]['id']}")
        units = await get("units_list", "/units", limit=5)
        unit = next(
            (u for u in units["items"] if u["code"] == model_read["registrant_unit"]["code"]), units["items"][0]
        )
        unit_id = model_read["registrant_unit"]["id"]
        await get("units_get", f"/units/{unit_id}")
        await get("units_ancestors", f"/units/{unit_id}/ancestors")
        await get("units_children", f"/units/{unit['id']}/children")
        await get("units_subtree", f"/units/{unit['id']}/subtree", limit=5)
        await get("authority_resolve", "/authority/resolve", unit_id=unit_id, registrant_kind="collective")
        campaigns = await get("campaigns_list", "/campaigns")
        campaign = next(c for c in campaigns["items"] if c["id"] == model_read["campaign_id"])
        await get("campaigns_get", f"/campaigns/{campaign['id']}")
        await get("campaign_targets_get", f"/campaigns/{campaign['id']}/targets")
        await get("campaign_standard_get", f"/campaigns/{campaign['id']}/standard")
        criteria = await get("campaign_criteria_list", f"/campaigns/{campaign['id']}/criteria")
        if criteria and criteria["specific"]:
            code = criteria["specific"][0]["code"]
            await get("campaign_criteria_get", f"/campaigns/{campaign['id']}/criteria/{code}")
        await get("campaign_cycles_get", f"/campaigns/{campaign['id']}/cycles/{model_read['year']}")
        plans = await get("plans_list", "/plans", campaign=campaign["id"])
        if plans and plans["items"]:
            plan = plans["items"][0]
            await get("plans_get", f"/plans/{plan['id']}")
            await get("plans_unit_list", f"/units/{plan['unit']['id']}/plans")
        report = {
            "campaign": campaign["id"],
            "year": model_read["year"],
            "unit": campaign.get("receiving_unit_id", unit_id),
        }
        for op, url in (
            ("reports_coverage", "/reports/coverage"),
            ("reports_summary", "/reports/summary"),
            ("reports_registrations", "/reports/registrations"),
            ("reports_indicators", "/reports/indicators"),
        ):
            await get(op, url, **report)
        indicators = await get("indicators_list", f"/campaigns/{campaign['id']}/cycles/{model_read['year']}/indicators")
        if indicators and indicators["indicators"]:
            await get("indicators_get", f"/indicators/{indicators['indicators'][0]['id']}")
        users = await get("users_list", "/users", limit=5)
        user = users["items"][0]
        await get("users_get", f"/users/{user['id']}")
        roles = await get("user_roles_list", f"/users/{user['id']}/roles")
        if roles:
            await get("user_roles_get", f"/users/{user['id']}/roles/{roles[0]['id']}")
        await _capture_service_clients(client, get, unit_id)
        await _capture_webhooks(client, get, unit_id)
        if exemplar:
            await _capture_documents(client, get, out, exemplar["id"])
        exemplars = await get("public_exemplars_list", "/public/exemplars")
        if exemplars and exemplars["items"]:
            await get("public_exemplars_get", f"/public/exemplars/{exemplars['items'][0]['code']}")
        events = await get("events_list", "/events", limit=2, unit_id=unit_id)
        if events and events["items"]:
            await get("events_get", f"/events/{events['items'][0]['id']}")
        notifications = await get("notifications_list", "/me/notifications", limit=2)
        await get("notifications_unread_count", "/me/notifications/unread-count")
        if notifications and notifications["items"]:
            await get("notifications_get", f"/me/notifications/{notifications['items'][0]['id']}")
        await get("ops_healthz", "/healthz")
    return out


async def _capture_documents(client: Any, get: Any, out: dict[str, Any], model_id: str) -> None:
    """The demo exemplar's signed documents: its list, the decision's, one certificate, its public page, and the
    check of its own bytes uploaded to POST /documents/verify."""
    documents = await get("documents_list_for_model", f"/models/{model_id}/documents")
    if not documents:
        return
    certificate = next((d for d in documents if d["kind"] == "certificate"), documents[0])
    await get("documents_list_for_decision", f"/decisions/{certificate['decision_id']}/documents")
    await get("documents_get", f"/documents/{certificate['id']}")
    await get("public_verify", f"/public/verify/{certificate['verification_code']}")
    data = (await client.get(f"{API}/documents/{certificate['id']}/file")).content
    checked = await client.post(
        f"{API}/documents/verify", files={"file": ("giay-chung-nhan.pdf", data, "application/pdf")}
    )
    if checked.status_code == 200:
        out["documents_verify"] = _trim(checked.json())


async def _capture_service_clients(client: Any, get: Any, unit_id: int) -> None:
    """A service client of the province made by the demo administrator, which gets a token and reads models (so
    its call log has rows), then the clients' GETs."""
    ancestors = (await client.get(f"{API}/units/{unit_id}/ancestors")).json()
    province = next((u for u in ancestors if u.get("level_code") == "province"), {"id": unit_id})
    made = (
        await client.post(
            f"{API}/service-clients",
            json={
                "name": "Cổng dịch vụ công tỉnh Quảng Trị",
                "description": "Đồng bộ mô hình và sự kiện về hệ thống của tỉnh.",
                "unit_id": province["id"],
                "scopes": ["models:read", "units:read"],
            },
        )
    ).json()
    grant = {"grant_type": "client_credentials", "client_id": made["id"], "client_secret": made["client_secret"]}
    token = (await client.post(f"{API}/auth/token", data=grant)).json()["access_token"]
    await client.get(f"{API}/models", headers={"Authorization": f"Bearer {token}"})
    await get("service_client_scopes_list", "/service-client-scopes")
    await get("service_clients_list", "/service-clients")
    await get("service_clients_get", f"/service-clients/{made['id']}")
    await get("service_client_calls_list", f"/service-clients/{made['id']}/calls")


async def _capture_webhooks(client: Any, get: Any, unit_id: int) -> None:
    """A subscription of the demo administrator (a public address literal: nothing to resolve, and nothing is
    delivered while capturing), then the webhooks' GETs; skipped when the subscription is refused."""
    made = await client.post(
        f"{API}/webhooks/subscriptions",
        json={
            "url": "https://203.0.114.10/dvk/webhooks",
            "event_types": ["model.accepted", "decision.issued"],
            "unit_id": unit_id,
            "description": "Hệ thống thi đua khen thưởng tỉnh Quảng Trị",
        },
    )
    if made.status_code != 201:
        return
    subscription = made.json()["id"]
    await get("webhook_subscriptions_list", "/webhooks/subscriptions")
    await get("webhook_subscriptions_get", f"/webhooks/subscriptions/{subscription}")
    await get("webhook_deliveries_list", f"/webhooks/subscriptions/{subscription}/deliveries")


def render(examples: dict[str, Any]) -> str:
    """The examples as JSON, one operation a line, in a stable order (small diffs when one answer changes)."""
    lines = [
        f"{json.dumps(key)}: {json.dumps(examples[key], ensure_ascii=False, sort_keys=True)}"
        for key in sorted(examples)
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main() -> int:
    """Load the demo into a temporary database, read the API, write the examples."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(
            {
                "DVK_DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/examples.db",
                "DVK_DATA_DIR": tmp,
                "DVK_ENV": "development",
                "DVK_RATE_LIMIT_ENABLED": "false",
                "DVK_PUBLIC_BASE_URL": "https://dvk.example.gov.vn",
            }
        )
        sys.path.insert(0, str(ROOT))
        examples = asyncio.run(_capture())
    OUTPUT.write_text(render(examples), encoding="utf-8")
    print(f"wrote {len(examples)} examples to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
