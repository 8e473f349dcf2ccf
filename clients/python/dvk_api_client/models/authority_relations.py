from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authority_relation import AuthorityRelation
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorityRelations")


@_attrs_define
class AuthorityRelations:
    """The relation each competent unit was found through (`override` when an administrator named it).

    Attributes:
        deciding (AuthorityRelation): How a competent unit is found from the registrant's unit (`override`: named by an
            administrator).
        proposing (AuthorityRelation): How a competent unit is found from the registrant's unit (`override`: named by an
            administrator).
        reviewing (AuthorityRelation): How a competent unit is found from the registrant's unit (`override`: named by an
            administrator).
    """

    deciding: AuthorityRelation
    proposing: AuthorityRelation
    reviewing: AuthorityRelation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deciding = self.deciding.value

        proposing = self.proposing.value

        reviewing = self.reviewing.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deciding": deciding,
                "proposing": proposing,
                "reviewing": reviewing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deciding = AuthorityRelation(d.pop("deciding"))

        proposing = AuthorityRelation(d.pop("proposing"))

        reviewing = AuthorityRelation(d.pop("reviewing"))

        authority_relations = cls(
            deciding=deciding,
            proposing=proposing,
            reviewing=reviewing,
        )

        authority_relations.additional_properties = d
        return authority_relations

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
