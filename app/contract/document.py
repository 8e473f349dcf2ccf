"""What the document says about itself: its tags, its server, and which operations need no token.

A linter (tools/openapi-lint) and a generator read these: every tag an operation uses is described
once, the server is the one serving the document (paths carry /api/v1), and an operation without the
OAuth2 requirement says so (`security: []`) instead of leaving it unsaid.
"""

from __future__ import annotations

from typing import Any

TAGS: tuple[tuple[str, str], ...] = (
    (
        "auth",
        "Tokens (OAuth2 password flow for people, client-credentials flow for service clients), refresh and "
        "sign out, the caller's profile and password.",
    ),
    ("units", "The unit tree: provinces, districts, communes, villages and their organisations."),
    ("users", "Users and the roles they hold at units."),
    (
        "service-clients",
        "Service clients: integrated systems acting in a unit's subtree with scopes; their secrets (shown once, "
        "rotated with an overlap), revocation and call log.",
    ),
    ("reference", "Reference data: the fields a model may belong to."),
    ("campaigns", "Campaigns of the movement and their yearly cycles (registration windows)."),
    (
        "criteria",
        "What models are scored on and must meet: a campaign's own criteria per field beside the five general "
        "ones, and a comprehensive model's conditions.",
    ),
    ("models", "Registered “Dân vận khéo” models: register, edit, move through the workflow, history."),
    ("workflow", "The workflow as data: every state, every move, who takes it and what it checks."),
    ("evidence", "A model's files (the dossier): upload, list, download."),
    (
        "follow-ups",
        "The mass-mobilisation boards' follow-ups of a model between registration and survey (theo dõi, kiểm "
        "tra): what was found, what is asked and by when, and the open requests to chase.",
    ),
    (
        "confirmations",
        "Confirmation acts: the managing unit confirms a model in field `other`, the grassroots party committee "
        "an exemplar's achievement report; who, of which unit, when; withdrawals.",
    ),
    ("reviews", "Review sessions: members, candidates, ballots, minutes and outcomes."),
    ("decisions", "Recognition, non-recognition, exemplar and commendation decisions, and revocations."),
    (
        "documents",
        "A decision's generated documents (its text, each model's certificate or Giấy khen, its revocation): "
        "issued signed with the issuing unit's certificate, previewed unsigned, listed, downloaded as PDF; "
        "verified by anyone (an uploaded PDF; `GET /public/verify/{code}` is under `public`).",
    ),
    ("authority", "Who reviews, proposes and decides for a unit (the six cases), and administrators' overrides."),
    ("registrations", "The registration list form (Biểu mẫu): export, import, and lists sent to the receiving unit."),
    ("indicators", "The commune's yearly indicators (seed 003): a catalogue per campaign year, values, a report."),
    ("plans", "Units' “Dân vận khéo” plans for a campaign (seed 000 §2.1): record, correct, list, the plan document."),
    ("reports", "Coverage, summaries and a campaign's targets."),
    (
        "events",
        "The change feed: every change you may read, in commit order, by cursor (the same events the webhooks "
        "deliver, and your own notifications; the document's `webhooks` list every type a webhook delivers).",
    ),
    (
        "notifications",
        "Your inbox: what concerns you (a model returned or waiting on you, a review you sit on, a decision about "
        "your unit, an import done, a deadline near), read and marked read, each also a `notification.created` in "
        "your feed; how you are told (email at once, a daily digest, or none; the types you mute, except those "
        "your role must receive) and the notification catalogue.",
    ),
    (
        "webhooks",
        "Webhook subscriptions of service clients (scope `webhooks:manage`) and administrators: events signed per "
        "Standard Webhooks, the signing secret (shown once, rotated with an overlap), the delivery log, "
        "redelivery and a test ping.",
    ),
    ("public", "The public showcase of recognised models and exemplars (no sign-in)."),
    ("operations", "Liveness, readiness and metrics for operators."),
)
SERVERS = [{"url": "/", "description": "The server this document is served from (paths include /api/v1)."}]
METRICS_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": "DVK_METRICS_TOKEN: required by /metrics only when the setting is set.",
}


def describe_document(document: dict[str, Any]) -> dict[str, Any]:
    """Add the tags' descriptions, the server, and `security` where an operation needs no token. Idempotent."""
    used = {
        tag
        for item in document.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict)
        for tag in op.get("tags", [])
    }
    document["tags"] = [{"name": name, "description": text} for name, text in TAGS if name in used]
    document["tags"] += [{"name": name} for name in sorted(used - {name for name, _ in TAGS})]
    document.setdefault("servers", SERVERS)
    schemes = document.setdefault("components", {}).setdefault("securitySchemes", {})
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "security" in operation:
                continue
            if operation.get("operationId") == "ops_metrics":
                schemes["MetricsToken"] = METRICS_SCHEME
                operation["security"] = [{}, {"MetricsToken": []}]
            else:
                operation["security"] = []
    return document
