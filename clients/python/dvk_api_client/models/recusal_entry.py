from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecusalEntry")


@_attrs_define
class RecusalEntry:
    """A member who stands aside for one candidate (`recused: false` lifts a recusal made by hand).

    Attributes:
        candidate_id (UUID):
        member_id (UUID):
        reason (str | Unset):  Default: ''.
        recused (bool | Unset):  Default: True.
    """

    candidate_id: UUID
    member_id: UUID
    reason: str | Unset = ""
    recused: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        member_id = str(self.member_id)

        reason = self.reason

        recused = self.recused

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "candidate_id": candidate_id,
                "member_id": member_id,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if recused is not UNSET:
            field_dict["recused"] = recused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidate_id"))

        member_id = UUID(d.pop("member_id"))

        reason = d.pop("reason", UNSET)

        recused = d.pop("recused", UNSET)

        recusal_entry = cls(
            candidate_id=candidate_id,
            member_id=member_id,
            reason=reason,
            recused=recused,
        )

        return recusal_entry
