"""/webhooks/subscriptions: where a service client (scope `webhooks:manage`) or an administrator has events sent,
signed per Standard Webhooks; the signing secret (shown once, rotated with an overlap), the delivery log with
every attempt, redelivery and a test ping."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, etag, not_modified, not_modified_response, page_params, require_if_match, set_etag
from app.core.idempotency import IdempotencyKey, idempotent, without_field
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.models import WebhookSubscription
from app.webhooks import service
from app.webhooks.dependencies import VisibleDelivery, VisibleSubscription, WebhookManager
from app.webhooks.schemas import (
    DeliveryRead,
    DeliveryStatus,
    SubscriptionCreate,
    SubscriptionRead,
    SubscriptionUpdate,
    SubscriptionWithSecret,
    WebhookSecretRotation,
)

router = APIRouter(tags=["webhooks"], route_class=GuardedRoute)
# The secret is shown once: the stored copy a replay answers carries null.
_WITHOUT_SECRET = without_field("secret")

_ETAG = {"ETag": {"description": "The subscription's version (for If-Match).", "schema": {"type": "string"}}}
_LOCATION = {"Location": {"description": "Path of the subscription.", "schema": {"type": "string"}}}
_READ = (401, 403, 404, 422)
_WRITE = (401, 403, 404, 409, 413, 422)


def _with_secret(request: Request, subscription: WebhookSubscription, secret: str) -> Response:
    body = SubscriptionWithSecret(**SubscriptionRead.build(subscription).model_dump(), secret=secret)
    location = request.url_for("get_subscription", subscription_id=str(subscription.id)).path
    headers = {"Location": location, "ETag": etag(subscription.version)}
    return JSONResponse(jsonable_encoder(body), status_code=201, headers=headers)


@router.post(
    "/webhooks/subscriptions",
    operation_id="webhook_subscriptions_create",
    summary="Subscribe a URL to events",
    status_code=201,
    response_model=SubscriptionWithSecret,
    responses={201: {"description": "Created", "headers": _LOCATION | _ETAG}, **problems(400, *_WRITE)},
)
async def create_subscription(
    body: SubscriptionCreate,
    caller: WebhookManager,
    session: SessionDep,
    request: Request,
    _key: IdempotencyKey = None,
) -> Response:
    """A subscription owned by the calling service client (or, for an administrator, by their unit). The URL
    must be https and resolve only to public addresses (422 `webhook_url_scheme`, `webhook_url_refused`, …);
    each event type must be in the catalogue (422 `unknown_event_type`); `unit_id` outside your scope is 404.
    The answer holds the signing secret, shown this once."""

    async def produce() -> Response:
        subscription = await service.create(
            session,
            caller,
            url=body.url,
            event_types=body.event_types,
            unit_id=body.unit_id,
            description=body.description,
        )
        return _with_secret(request, subscription, subscription.secret)

    return await idempotent(request, session, caller.id, produce, redact=_WITHOUT_SECRET)


@router.get(
    "/webhooks/subscriptions",
    operation_id="webhook_subscriptions_list",
    summary="List your webhook subscriptions",
    response_model=Page[SubscriptionRead],
    responses=problems(400, *_READ),
)
async def list_subscriptions(
    caller: WebhookManager, session: SessionDep, page: Annotated[PageParams, Depends(page_params)]
) -> Page[SubscriptionRead]:
    """A client's own subscriptions; an administrator's: those of units where they manage users."""
    items, next_cursor = await service.list_subscriptions(session, caller, page)
    return Page[SubscriptionRead](
        items=[SubscriptionRead.build(s) for s in items], next_cursor=next_cursor, limit=page.limit
    )


@router.get(
    "/webhooks/subscriptions/{subscription_id}",
    operation_id="webhook_subscriptions_get",
    summary="One webhook subscription",
    response_model=SubscriptionRead,
    responses={200: {"description": "The subscription", "headers": _ETAG}, **problems(304, *_READ)},
)
async def get_subscription(
    subscription: VisibleSubscription, request: Request, response: Response
) -> Response | SubscriptionRead:
    """A subscription you see (never its secret); If-None-Match → 304."""
    if not_modified(request, subscription.version):
        return not_modified_response(subscription.version)
    set_etag(response, subscription.version)
    return SubscriptionRead.build(subscription)


@router.patch(
    "/webhooks/subscriptions/{subscription_id}",
    operation_id="webhook_subscriptions_update",
    summary="Change a webhook subscription",
    response_model=SubscriptionRead,
    responses={200: {"description": "The changed subscription", "headers": _ETAG}, **problems(*_WRITE, 412, 428)},
)
async def update_subscription(
    body: SubscriptionUpdate,
    subscription: VisibleSubscription,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> SubscriptionRead:
    """Change the URL (checked again, 422), event types, description, or disable/enable it; needs If-Match."""
    require_if_match(request, subscription.version)
    await service.update(session, subscription, body.model_dump(exclude_unset=True))
    set_etag(response, subscription.version)
    return SubscriptionRead.build(subscription)


@router.delete(
    "/webhooks/subscriptions/{subscription_id}",
    operation_id="webhook_subscriptions_delete",
    summary="Delete a webhook subscription",
    status_code=204,
    response_class=Response,
    responses=problems(401, 403, 404, 412, 422, 428),
)
async def delete_subscription(
    subscription: VisibleSubscription, session: SessionDep, request: Request, _if_match: IfMatch = None
) -> Response:
    """Stop for good: the subscription, its deliveries and their log are removed. Needs If-Match."""
    require_if_match(request, subscription.version)
    await service.remove(session, subscription)
    return Response(status_code=204)


@router.post(
    "/webhooks/subscriptions/{subscription_id}/secrets",
    operation_id="webhook_subscription_secrets_rotate",
    summary="Rotate a subscription's signing secret",
    status_code=201,
    response_model=SubscriptionWithSecret,
    responses={
        201: {"description": "A new secret, shown this once.", "headers": _LOCATION | _ETAG},
        **problems(400, *_WRITE, 412, 428),
    },
)
async def rotate_secret(
    subscription: VisibleSubscription,
    caller: WebhookManager,
    session: SessionDep,
    request: Request,
    body: WebhookSecretRotation | None = None,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """A new secret; during the overlap every message carries two signatures (`v1,…` for each secret), so the
    receiver switches at its own pace. Needs If-Match."""
    rotation = body or WebhookSecretRotation()

    async def produce() -> Response:
        require_if_match(request, subscription.version)
        secret = await service.rotate(session, subscription, rotation.previous_expires_in)
        return _with_secret(request, subscription, secret)

    return await idempotent(request, session, caller.id, produce, redact=_WITHOUT_SECRET)


@router.get(
    "/webhooks/subscriptions/{subscription_id}/deliveries",
    operation_id="webhook_deliveries_list",
    summary="A subscription's delivery log",
    response_model=Page[DeliveryRead],
    responses=problems(400, *_READ),
)
async def list_deliveries(
    subscription: VisibleSubscription,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    status: Annotated[DeliveryStatus | None, Query(description="Only deliveries in this state.")] = None,
) -> Page[DeliveryRead]:
    """Every message queued for the subscription (events and pings), newest first, with each attempt."""
    rows, log, next_cursor = await service.list_deliveries(session, subscription, page, status)
    items = [DeliveryRead.build(d, type_, log[d.id]) for d, type_ in rows]
    return Page[DeliveryRead](items=items, next_cursor=next_cursor, limit=page.limit)


@router.post(
    "/webhooks/subscriptions/{subscription_id}/deliveries/{delivery_id}/redeliver",
    operation_id="webhook_deliveries_redeliver",
    summary="Send a delivery again",
    status_code=202,
    response_model=DeliveryRead,
    responses={202: {"description": "Queued again"}, **problems(400, *_WRITE)},
)
async def redeliver(
    subscription: VisibleSubscription,
    delivery: VisibleDelivery,
    caller: WebhookManager,
    session: SessionDep,
    request: Request,
    _key: IdempotencyKey = None,
) -> Response:
    """Queue a delivered, failed or cancelled delivery once more, with the same `webhook-id` (409
    `webhook_delivery_pending` while it is still pending, `webhook_subscription_disabled` when disabled)."""

    async def produce() -> Response:
        await service.redeliver(session, subscription, delivery)
        type_, log = await service.delivery_log(session, delivery)
        return JSONResponse(jsonable_encoder(DeliveryRead.build(delivery, type_, log)), status_code=202)

    return await idempotent(request, session, caller.id, produce)


@router.post(
    "/webhooks/subscriptions/{subscription_id}/ping",
    operation_id="webhook_subscriptions_ping",
    summary="Send a test ping",
    status_code=202,
    response_model=DeliveryRead,
    responses={202: {"description": "Queued"}, **problems(400, *_WRITE)},
)
async def ping(
    subscription: VisibleSubscription,
    caller: WebhookManager,
    session: SessionDep,
    request: Request,
    _key: IdempotencyKey = None,
) -> Response:
    """Queue a signed `webhook.ping` message (not an event of the catalogue: never in the feed, sent whatever
    types the subscription chose; data: `subscription_id`, `ping_id`). Its outcome shows in the delivery log."""

    async def produce() -> Response:
        delivery = await service.ping(session, subscription)
        return JSONResponse(jsonable_encoder(DeliveryRead.build(delivery, None, [])), status_code=202)

    return await idempotent(request, session, caller.id, produce)
