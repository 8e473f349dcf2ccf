from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_scope import ClientScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secret_read import SecretRead


T = TypeVar("T", bound="ServiceClientWithSecret")


@_attrs_define
class ServiceClientWithSecret:
    """A client just made, or just given a new secret: the secret in plain text, shown this once.

    Attributes:
        client_secret (None | str): The new secret: store it now, it is never shown again (only its hash is kept). null
            when this is a replay of the answer (same Idempotency-Key): rotate to get a new one.
        created_at (datetime.datetime):
        created_by_id (UUID):
        description (str):
        id (UUID): The client_id of the client-credentials grant.
        is_active (bool):
        name (str):
        revoked_at (datetime.datetime | None): When the client was revoked for good; null while it is not.
        scopes (list[ClientScope]):
        secrets (list[SecretRead]): The secrets that still work, newest first.
        unit_id (int):
        updated_at (datetime.datetime):
        version (int):
    """

    client_secret: None | str
    created_at: datetime.datetime
    created_by_id: UUID
    description: str
    id: UUID
    is_active: bool
    name: str
    revoked_at: datetime.datetime | None
    scopes: list[ClientScope]
    secrets: list[SecretRead]
    unit_id: int
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.secret_read import SecretRead  # noqa: PLC0415

        client_secret: None | str
        client_secret = self.client_secret

        created_at = self.created_at.isoformat()

        created_by_id = str(self.created_by_id)

        description = self.description

        id = str(self.id)

        is_active = self.is_active

        name = self.name

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        unit_id = self.unit_id

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_secret": client_secret,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "description": description,
                "id": id,
                "is_active": is_active,
                "name": name,
                "revoked_at": revoked_at,
                "scopes": scopes,
                "secrets": secrets,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secret_read import SecretRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_client_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_secret = _parse_client_secret(d.pop("client_secret"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by_id = UUID(d.pop("created_by_id"))

        description = d.pop("description")

        id = UUID(d.pop("id"))

        is_active = d.pop("is_active")

        name = d.pop("name")

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ClientScope(scopes_item_data)

            scopes.append(scopes_item)

        secrets = []
        _secrets = d.pop("secrets")
        for secrets_item_data in _secrets:
            secrets_item = SecretRead.from_dict(secrets_item_data)

            secrets.append(secrets_item)

        unit_id = d.pop("unit_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        service_client_with_secret = cls(
            client_secret=client_secret,
            created_at=created_at,
            created_by_id=created_by_id,
            description=description,
            id=id,
            is_active=is_active,
            name=name,
            revoked_at=revoked_at,
            scopes=scopes,
            secrets=secrets,
            unit_id=unit_id,
            updated_at=updated_at,
            version=version,
        )

        service_client_with_secret.additional_properties = d
        return service_client_with_secret

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
