from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionWithSecret")


@_attrs_define
class SubscriptionWithSecret:
    """A subscription just made, or just given a new secret: the signing secret, shown this once.

    Attributes:
        client_id (None | UUID): The service client that owns it; null: an administrator's.
        created_at (datetime.datetime):
        description (str):
        disabled_at (datetime.datetime | None):
        disabled_reason (None | str): owner (disabled over the API) | gone (the receiver said 410).
        event_types (list[str]): The types sent; empty: every type.
        id (UUID):
        owner_unit_id (int): The unit the subscription belongs to (nothing outside it is sent).
        previous_secret_expires_at (datetime.datetime | None): Until then the secret before the last rotation signs
            beside the current one.
        secret (None | str): The Standard Webhooks signing secret (`whsec_…`): store it now, it is not shown again. null
            when this is a replay of the answer (same Idempotency-Key): rotate to get a new one.
        status (str): active | disabled
        unit_id (int): Events of this unit's subtree are sent.
        updated_at (datetime.datetime):
        url (str):
        version (int):
    """

    client_id: None | UUID
    created_at: datetime.datetime
    description: str
    disabled_at: datetime.datetime | None
    disabled_reason: None | str
    event_types: list[str]
    id: UUID
    owner_unit_id: int
    previous_secret_expires_at: datetime.datetime | None
    secret: None | str
    status: str
    unit_id: int
    updated_at: datetime.datetime
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id: None | str
        if isinstance(self.client_id, UUID):
            client_id = str(self.client_id)
        else:
            client_id = self.client_id

        created_at = self.created_at.isoformat()

        description = self.description

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        disabled_reason: None | str
        disabled_reason = self.disabled_reason

        event_types = self.event_types

        id = str(self.id)

        owner_unit_id = self.owner_unit_id

        previous_secret_expires_at: None | str
        if isinstance(self.previous_secret_expires_at, datetime.datetime):
            previous_secret_expires_at = self.previous_secret_expires_at.isoformat()
        else:
            previous_secret_expires_at = self.previous_secret_expires_at

        secret: None | str
        secret = self.secret

        status = self.status

        unit_id = self.unit_id

        updated_at = self.updated_at.isoformat()

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "created_at": created_at,
                "description": description,
                "disabled_at": disabled_at,
                "disabled_reason": disabled_reason,
                "event_types": event_types,
                "id": id,
                "owner_unit_id": owner_unit_id,
                "previous_secret_expires_at": previous_secret_expires_at,
                "secret": secret,
                "status": status,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_id_type_0 = UUID(data)

                return client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        client_id = _parse_client_id(d.pop("client_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        def _parse_disabled_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        event_types = cast(list[str], d.pop("event_types"))

        id = UUID(d.pop("id"))

        owner_unit_id = d.pop("owner_unit_id")

        def _parse_previous_secret_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secret_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return previous_secret_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        previous_secret_expires_at = _parse_previous_secret_expires_at(d.pop("previous_secret_expires_at"))

        def _parse_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        secret = _parse_secret(d.pop("secret"))

        status = d.pop("status")

        unit_id = d.pop("unit_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        url = d.pop("url")

        version = d.pop("version")

        subscription_with_secret = cls(
            client_id=client_id,
            created_at=created_at,
            description=description,
            disabled_at=disabled_at,
            disabled_reason=disabled_reason,
            event_types=event_types,
            id=id,
            owner_unit_id=owner_unit_id,
            previous_secret_expires_at=previous_secret_expires_at,
            secret=secret,
            status=status,
            unit_id=unit_id,
            updated_at=updated_at,
            url=url,
            version=version,
        )

        subscription_with_secret.additional_properties = d
        return subscription_with_secret

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
