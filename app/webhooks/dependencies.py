"""Dependencies for /webhooks: the caller who may manage subscriptions, and a subscription named in the path
that they see (load-or-404)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.models import WebhookDelivery, WebhookSubscription
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.webhooks import service


async def webhook_manager(caller: CurrentCaller) -> Caller:
    """The caller, if they may manage subscriptions: a service client (its `webhooks:manage` scope was checked
    with its token), or a person who manages users somewhere (403 otherwise)."""
    if caller.client is None:
        caller.require(Permission.MANAGE_USERS)
    return caller


WebhookManager = Annotated[Caller, Depends(webhook_manager)]


async def visible_subscription(
    subscription_id: Annotated[uuid.UUID, Path(description="The subscription's id.")],
    caller: WebhookManager,
    session: SessionDep,
) -> WebhookSubscription:
    """The subscription named in the path, if the caller sees it (404 otherwise)."""
    return await service.get_subscription(session, caller, subscription_id)


VisibleSubscription = Annotated[WebhookSubscription, Depends(visible_subscription)]


async def visible_delivery(
    subscription: VisibleSubscription,
    delivery_id: Annotated[uuid.UUID, Path(description="The delivery's id (its `webhook-id` is `msg_<hex>`).")],
    session: SessionDep,
) -> WebhookDelivery:
    """A delivery of the subscription in the path (404 otherwise)."""
    return await service.get_delivery(session, subscription, delivery_id)


VisibleDelivery = Annotated[WebhookDelivery, Depends(visible_delivery)]
