from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..models.level_aimed import LevelAimed
from ..models.model_type import ModelType
from ..models.registrant_kind import RegistrantKind
from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.honour_read import HonourRead
    from ..models.model_read_core_members_item import ModelReadCoreMembersItem
    from ..models.model_read_results_type_0_item import ModelReadResultsType0Item
    from ..models.model_read_targets_item import ModelReadTargetsItem
    from ..models.replicated_model_ref import ReplicatedModelRef
    from ..models.unit_ref import UnitRef
    from ..models.waiting_on import WaitingOn


T = TypeVar("T", bound="ModelRead")


@_attrs_define
class ModelRead:
    """A registered model as a client sees it, with what the caller may do next.

    Attributes:
        address (str):
        allowed_actions (list[Action]):
        area_and_target_group (str):
        authority_case (int | None):
        campaign_id (UUID):
        code (str):
        content_methods (str):
        continues_from_id (None | UUID):
        core_members (list[ModelReadCoreMembersItem]):
        created_at (datetime.datetime):
        cycle_id (UUID):
        deciding_unit_id (int | None):
        end_date (datetime.date | None):
        expected_outputs (str):
        field_code (str):
        follow_up_count (int): The boards' follow-ups of the model (GET /models/{id}/follow-ups). A new one gives the
            model a new version (ETag); `updated_at` stays.
        honours (list[HonourRead]): Issued (not revoked) recognition, exemplar and commendation decisions covering the
            model, oldest first.
        id (UUID):
        implementing_forces (str):
        individual_name (None | str):
        individual_position (None | str):
        is_late (bool):
        last_follow_up_on (datetime.date | None): The day of the latest follow-up's visit, if any.
        level_aimed (LevelAimed): The level of recognition a model aims at.
        model_type (ModelType): A comprehensive model or one specific to a field.
        name (str):
        objectives (str):
        registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
        registrant_unit (UnitRef): A unit, briefly.
        replicates (None | ReplicatedModelRef): The recognised model this one replicates, if any.
        replication_count (int): Models (anywhere, not withdrawn) that replicate this one. When it changes, the model
            gets a new version (ETag); `updated_at` stays.
        reported_at (datetime.datetime | None):
        resources (str):
        results (list[ModelReadResultsType0Item] | None):
        results_report (None | str):
        situation (str):
        start_date (datetime.date | None):
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
        state_label (str):
        submitted_at (datetime.datetime | None):
        summary (str):
        sustainability (str):
        targets (list[ModelReadTargetsItem]):
        updated_at (datetime.datetime):
        version (int):
        waiting_on (None | WaitingOn):
        year (int):
    """

    address: str
    allowed_actions: list[Action]
    area_and_target_group: str
    authority_case: int | None
    campaign_id: UUID
    code: str
    content_methods: str
    continues_from_id: None | UUID
    core_members: list[ModelReadCoreMembersItem]
    created_at: datetime.datetime
    cycle_id: UUID
    deciding_unit_id: int | None
    end_date: datetime.date | None
    expected_outputs: str
    field_code: str
    follow_up_count: int
    honours: list[HonourRead]
    id: UUID
    implementing_forces: str
    individual_name: None | str
    individual_position: None | str
    is_late: bool
    last_follow_up_on: datetime.date | None
    level_aimed: LevelAimed
    model_type: ModelType
    name: str
    objectives: str
    registrant_kind: RegistrantKind
    registrant_unit: UnitRef
    replicates: None | ReplicatedModelRef
    replication_count: int
    reported_at: datetime.datetime | None
    resources: str
    results: list[ModelReadResultsType0Item] | None
    results_report: None | str
    situation: str
    start_date: datetime.date | None
    state: State
    state_label: str
    submitted_at: datetime.datetime | None
    summary: str
    sustainability: str
    targets: list[ModelReadTargetsItem]
    updated_at: datetime.datetime
    version: int
    waiting_on: None | WaitingOn
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.honour_read import HonourRead  # noqa: PLC0415
        from ..models.model_read_core_members_item import ModelReadCoreMembersItem  # noqa: PLC0415
        from ..models.model_read_results_type_0_item import ModelReadResultsType0Item  # noqa: PLC0415
        from ..models.model_read_targets_item import ModelReadTargetsItem  # noqa: PLC0415
        from ..models.replicated_model_ref import ReplicatedModelRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415
        from ..models.waiting_on import WaitingOn  # noqa: PLC0415

        address = self.address

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        area_and_target_group = self.area_and_target_group

        authority_case: int | None
        authority_case = self.authority_case

        campaign_id = str(self.campaign_id)

        code = self.code

        content_methods = self.content_methods

        continues_from_id: None | str
        if isinstance(self.continues_from_id, UUID):
            continues_from_id = str(self.continues_from_id)
        else:
            continues_from_id = self.continues_from_id

        core_members = []
        for core_members_item_data in self.core_members:
            core_members_item = core_members_item_data.to_dict()
            core_members.append(core_members_item)

        created_at = self.created_at.isoformat()

        cycle_id = str(self.cycle_id)

        deciding_unit_id: int | None
        deciding_unit_id = self.deciding_unit_id

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        expected_outputs = self.expected_outputs

        field_code = self.field_code

        follow_up_count = self.follow_up_count

        honours = []
        for honours_item_data in self.honours:
            honours_item = honours_item_data.to_dict()
            honours.append(honours_item)

        id = str(self.id)

        implementing_forces = self.implementing_forces

        individual_name: None | str
        individual_name = self.individual_name

        individual_position: None | str
        individual_position = self.individual_position

        is_late = self.is_late

        last_follow_up_on: None | str
        if isinstance(self.last_follow_up_on, datetime.date):
            last_follow_up_on = self.last_follow_up_on.isoformat()
        else:
            last_follow_up_on = self.last_follow_up_on

        level_aimed = self.level_aimed.value

        model_type = self.model_type.value

        name = self.name

        objectives = self.objectives

        registrant_kind = self.registrant_kind.value

        registrant_unit = self.registrant_unit.to_dict()

        replicates: dict[str, Any] | None
        if isinstance(self.replicates, ReplicatedModelRef):
            replicates = self.replicates.to_dict()
        else:
            replicates = self.replicates

        replication_count = self.replication_count

        reported_at: None | str
        if isinstance(self.reported_at, datetime.datetime):
            reported_at = self.reported_at.isoformat()
        else:
            reported_at = self.reported_at

        resources = self.resources

        results: list[dict[str, Any]] | None
        if isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        results_report: None | str
        results_report = self.results_report

        situation = self.situation

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        state = self.state.value

        state_label = self.state_label

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        summary = self.summary

        sustainability = self.sustainability

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        updated_at = self.updated_at.isoformat()

        version = self.version

        waiting_on: dict[str, Any] | None
        if isinstance(self.waiting_on, WaitingOn):
            waiting_on = self.waiting_on.to_dict()
        else:
            waiting_on = self.waiting_on

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "allowed_actions": allowed_actions,
                "area_and_target_group": area_and_target_group,
                "authority_case": authority_case,
                "campaign_id": campaign_id,
                "code": code,
                "content_methods": content_methods,
                "continues_from_id": continues_from_id,
                "core_members": core_members,
                "created_at": created_at,
                "cycle_id": cycle_id,
                "deciding_unit_id": deciding_unit_id,
                "end_date": end_date,
                "expected_outputs": expected_outputs,
                "field_code": field_code,
                "follow_up_count": follow_up_count,
                "honours": honours,
                "id": id,
                "implementing_forces": implementing_forces,
                "individual_name": individual_name,
                "individual_position": individual_position,
                "is_late": is_late,
                "last_follow_up_on": last_follow_up_on,
                "level_aimed": level_aimed,
                "model_type": model_type,
                "name": name,
                "objectives": objectives,
                "registrant_kind": registrant_kind,
                "registrant_unit": registrant_unit,
                "replicates": replicates,
                "replication_count": replication_count,
                "reported_at": reported_at,
                "resources": resources,
                "results": results,
                "results_report": results_report,
                "situation": situation,
                "start_date": start_date,
                "state": state,
                "state_label": state_label,
                "submitted_at": submitted_at,
                "summary": summary,
                "sustainability": sustainability,
                "targets": targets,
                "updated_at": updated_at,
                "version": version,
                "waiting_on": waiting_on,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.honour_read import HonourRead  # noqa: PLC0415
        from ..models.model_read_core_members_item import ModelReadCoreMembersItem  # noqa: PLC0415
        from ..models.model_read_results_type_0_item import ModelReadResultsType0Item  # noqa: PLC0415
        from ..models.model_read_targets_item import ModelReadTargetsItem  # noqa: PLC0415
        from ..models.replicated_model_ref import ReplicatedModelRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415
        from ..models.waiting_on import WaitingOn  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address")

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = Action(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        area_and_target_group = d.pop("area_and_target_group")

        def _parse_authority_case(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        authority_case = _parse_authority_case(d.pop("authority_case"))

        campaign_id = UUID(d.pop("campaign_id"))

        code = d.pop("code")

        content_methods = d.pop("content_methods")

        def _parse_continues_from_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                continues_from_id_type_0 = UUID(data)

                return continues_from_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        continues_from_id = _parse_continues_from_id(d.pop("continues_from_id"))

        core_members = []
        _core_members = d.pop("core_members")
        for core_members_item_data in _core_members:
            core_members_item = ModelReadCoreMembersItem.from_dict(core_members_item_data)

            core_members.append(core_members_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        cycle_id = UUID(d.pop("cycle_id"))

        def _parse_deciding_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        deciding_unit_id = _parse_deciding_unit_id(d.pop("deciding_unit_id"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        expected_outputs = d.pop("expected_outputs")

        field_code = d.pop("field_code")

        follow_up_count = d.pop("follow_up_count")

        honours = []
        _honours = d.pop("honours")
        for honours_item_data in _honours:
            honours_item = HonourRead.from_dict(honours_item_data)

            honours.append(honours_item)

        id = UUID(d.pop("id"))

        implementing_forces = d.pop("implementing_forces")

        def _parse_individual_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        individual_name = _parse_individual_name(d.pop("individual_name"))

        def _parse_individual_position(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        individual_position = _parse_individual_position(d.pop("individual_position"))

        is_late = d.pop("is_late")

        def _parse_last_follow_up_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_follow_up_on_type_0 = datetime.date.fromisoformat(data)

                return last_follow_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_follow_up_on = _parse_last_follow_up_on(d.pop("last_follow_up_on"))

        level_aimed = LevelAimed(d.pop("level_aimed"))

        model_type = ModelType(d.pop("model_type"))

        name = d.pop("name")

        objectives = d.pop("objectives")

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        registrant_unit = UnitRef.from_dict(d.pop("registrant_unit"))

        def _parse_replicates(data: object) -> None | ReplicatedModelRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                replicates_type_0 = ReplicatedModelRef.from_dict(data)

                return replicates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReplicatedModelRef, data)

        replicates = _parse_replicates(d.pop("replicates"))

        replication_count = d.pop("replication_count")

        def _parse_reported_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_at_type_0 = datetime.datetime.fromisoformat(data)

                return reported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reported_at = _parse_reported_at(d.pop("reported_at"))

        resources = d.pop("resources")

        def _parse_results(data: object) -> list[ModelReadResultsType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = ModelReadResultsType0Item.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelReadResultsType0Item] | None, data)

        results = _parse_results(d.pop("results"))

        def _parse_results_report(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        results_report = _parse_results_report(d.pop("results_report"))

        situation = d.pop("situation")

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        state = State(d.pop("state"))

        state_label = d.pop("state_label")

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        summary = d.pop("summary")

        sustainability = d.pop("sustainability")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = ModelReadTargetsItem.from_dict(targets_item_data)

            targets.append(targets_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_waiting_on(data: object) -> None | WaitingOn:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                waiting_on_type_0 = WaitingOn.from_dict(data)

                return waiting_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WaitingOn, data)

        waiting_on = _parse_waiting_on(d.pop("waiting_on"))

        year = d.pop("year")

        model_read = cls(
            address=address,
            allowed_actions=allowed_actions,
            area_and_target_group=area_and_target_group,
            authority_case=authority_case,
            campaign_id=campaign_id,
            code=code,
            content_methods=content_methods,
            continues_from_id=continues_from_id,
            core_members=core_members,
            created_at=created_at,
            cycle_id=cycle_id,
            deciding_unit_id=deciding_unit_id,
            end_date=end_date,
            expected_outputs=expected_outputs,
            field_code=field_code,
            follow_up_count=follow_up_count,
            honours=honours,
            id=id,
            implementing_forces=implementing_forces,
            individual_name=individual_name,
            individual_position=individual_position,
            is_late=is_late,
            last_follow_up_on=last_follow_up_on,
            level_aimed=level_aimed,
            model_type=model_type,
            name=name,
            objectives=objectives,
            registrant_kind=registrant_kind,
            registrant_unit=registrant_unit,
            replicates=replicates,
            replication_count=replication_count,
            reported_at=reported_at,
            resources=resources,
            results=results,
            results_report=results_report,
            situation=situation,
            start_date=start_date,
            state=state,
            state_label=state_label,
            submitted_at=submitted_at,
            summary=summary,
            sustainability=sustainability,
            targets=targets,
            updated_at=updated_at,
            version=version,
            waiting_on=waiting_on,
            year=year,
        )

        model_read.additional_properties = d
        return model_read

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
