from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """
    Attributes:
        client_id (str | Unset): client_credentials: the client's id (or HTTP Basic). An empty value counts as absent.
        client_secret (str | Unset): client_credentials: its secret (or HTTP Basic). An empty value counts as absent.
        grant_type (str | Unset): `password` or `client_credentials`. Default: 'password'.
        password (str | Unset): password: required. An empty value counts as absent.
        scope (str | Unset): client_credentials: space-separated scopes to narrow the token to.
        username (str | Unset): password: required. An empty value counts as absent.
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    grant_type: str | Unset = "password"
    password: str | Unset = UNSET
    scope: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type

        password = self.password

        scope = self.scope

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if password is not UNSET:
            field_dict["password"] = password
        if scope is not UNSET:
            field_dict["scope"] = scope
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        grant_type = d.pop("grant_type", UNSET)

        password = d.pop("password", UNSET)

        scope = d.pop("scope", UNSET)

        username = d.pop("username", UNSET)

        token_request = cls(
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
            password=password,
            scope=scope,
            username=username,
        )

        token_request.additional_properties = d
        return token_request

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
