from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueDocuments")


@_attrs_define
class IssueDocuments:
    """Issue (or, with `regenerate`, issue again as new versions) the decision's documents.

    Attributes:
        reason (str | Unset): Why the documents are issued again (recorded in the event). Default: ''.
        regenerate (bool | Unset): Issue every document again as a new version; the versions in force become
            `superseded` (never deleted). Without it, a decision whose documents were issued answers 409
            `documents_already_issued`. Default: False.
    """

    reason: str | Unset = ""
    regenerate: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        regenerate = self.regenerate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if regenerate is not UNSET:
            field_dict["regenerate"] = regenerate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        regenerate = d.pop("regenerate", UNSET)

        issue_documents = cls(
            reason=reason,
            regenerate=regenerate,
        )

        return issue_documents
