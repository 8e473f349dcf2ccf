from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level_aimed import LevelAimed
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.core_member import CoreMember
    from ..models.target import Target


T = TypeVar("T", bound="ModelUpdate")


@_attrs_define
class ModelUpdate:
    """Edit a draft or returned model; only the fields sent change (null clears an optional field).

    Attributes:
        address (None | str | Unset):
        area_and_target_group (None | str | Unset):
        content_methods (None | str | Unset):
        continues_from_id (None | Unset | UUID):
        core_members (list[CoreMember] | None | Unset):
        end_date (datetime.date | None | Unset):
        expected_outputs (None | str | Unset):
        field_code (None | str | Unset):
        implementing_forces (None | str | Unset):
        individual_name (None | str | Unset):
        individual_position (None | str | Unset):
        level_aimed (LevelAimed | None | Unset):
        model_type (ModelType | None | Unset):
        name (None | str | Unset):
        objectives (None | str | Unset):
        replicates_id (None | Unset | UUID): The recognised model (recognized, nominated or exemplar) this one
            replicates (nhân rộng); null clears it.
        resources (None | str | Unset):
        situation (None | str | Unset):
        start_date (datetime.date | None | Unset):
        summary (None | str | Unset):
        sustainability (None | str | Unset):
        targets (list[Target] | None | Unset):
    """

    address: None | str | Unset = UNSET
    area_and_target_group: None | str | Unset = UNSET
    content_methods: None | str | Unset = UNSET
    continues_from_id: None | Unset | UUID = UNSET
    core_members: list[CoreMember] | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    expected_outputs: None | str | Unset = UNSET
    field_code: None | str | Unset = UNSET
    implementing_forces: None | str | Unset = UNSET
    individual_name: None | str | Unset = UNSET
    individual_position: None | str | Unset = UNSET
    level_aimed: LevelAimed | None | Unset = UNSET
    model_type: ModelType | None | Unset = UNSET
    name: None | str | Unset = UNSET
    objectives: None | str | Unset = UNSET
    replicates_id: None | Unset | UUID = UNSET
    resources: None | str | Unset = UNSET
    situation: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    sustainability: None | str | Unset = UNSET
    targets: list[Target] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.core_member import CoreMember  # noqa: PLC0415
        from ..models.target import Target  # noqa: PLC0415

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        area_and_target_group: None | str | Unset
        if isinstance(self.area_and_target_group, Unset):
            area_and_target_group = UNSET
        else:
            area_and_target_group = self.area_and_target_group

        content_methods: None | str | Unset
        if isinstance(self.content_methods, Unset):
            content_methods = UNSET
        else:
            content_methods = self.content_methods

        continues_from_id: None | str | Unset
        if isinstance(self.continues_from_id, Unset):
            continues_from_id = UNSET
        elif isinstance(self.continues_from_id, UUID):
            continues_from_id = str(self.continues_from_id)
        else:
            continues_from_id = self.continues_from_id

        core_members: list[dict[str, Any]] | None | Unset
        if isinstance(self.core_members, Unset):
            core_members = UNSET
        elif isinstance(self.core_members, list):
            core_members = []
            for core_members_type_0_item_data in self.core_members:
                core_members_type_0_item = core_members_type_0_item_data.to_dict()
                core_members.append(core_members_type_0_item)

        else:
            core_members = self.core_members

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        expected_outputs: None | str | Unset
        if isinstance(self.expected_outputs, Unset):
            expected_outputs = UNSET
        else:
            expected_outputs = self.expected_outputs

        field_code: None | str | Unset
        if isinstance(self.field_code, Unset):
            field_code = UNSET
        else:
            field_code = self.field_code

        implementing_forces: None | str | Unset
        if isinstance(self.implementing_forces, Unset):
            implementing_forces = UNSET
        else:
            implementing_forces = self.implementing_forces

        individual_name: None | str | Unset
        if isinstance(self.individual_name, Unset):
            individual_name = UNSET
        else:
            individual_name = self.individual_name

        individual_position: None | str | Unset
        if isinstance(self.individual_position, Unset):
            individual_position = UNSET
        else:
            individual_position = self.individual_position

        level_aimed: None | str | Unset
        if isinstance(self.level_aimed, Unset):
            level_aimed = UNSET
        elif isinstance(self.level_aimed, LevelAimed):
            level_aimed = self.level_aimed.value
        else:
            level_aimed = self.level_aimed

        model_type: None | str | Unset
        if isinstance(self.model_type, Unset):
            model_type = UNSET
        elif isinstance(self.model_type, ModelType):
            model_type = self.model_type.value
        else:
            model_type = self.model_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        objectives: None | str | Unset
        if isinstance(self.objectives, Unset):
            objectives = UNSET
        else:
            objectives = self.objectives

        replicates_id: None | str | Unset
        if isinstance(self.replicates_id, Unset):
            replicates_id = UNSET
        elif isinstance(self.replicates_id, UUID):
            replicates_id = str(self.replicates_id)
        else:
            replicates_id = self.replicates_id

        resources: None | str | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        else:
            resources = self.resources

        situation: None | str | Unset
        if isinstance(self.situation, Unset):
            situation = UNSET
        else:
            situation = self.situation

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        sustainability: None | str | Unset
        if isinstance(self.sustainability, Unset):
            sustainability = UNSET
        else:
            sustainability = self.sustainability

        targets: list[dict[str, Any]] | None | Unset
        if isinstance(self.targets, Unset):
            targets = UNSET
        elif isinstance(self.targets, list):
            targets = []
            for targets_type_0_item_data in self.targets:
                targets_type_0_item = targets_type_0_item_data.to_dict()
                targets.append(targets_type_0_item)

        else:
            targets = self.targets

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if area_and_target_group is not UNSET:
            field_dict["area_and_target_group"] = area_and_target_group
        if content_methods is not UNSET:
            field_dict["content_methods"] = content_methods
        if continues_from_id is not UNSET:
            field_dict["continues_from_id"] = continues_from_id
        if core_members is not UNSET:
            field_dict["core_members"] = core_members
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if expected_outputs is not UNSET:
            field_dict["expected_outputs"] = expected_outputs
        if field_code is not UNSET:
            field_dict["field_code"] = field_code
        if implementing_forces is not UNSET:
            field_dict["implementing_forces"] = implementing_forces
        if individual_name is not UNSET:
            field_dict["individual_name"] = individual_name
        if individual_position is not UNSET:
            field_dict["individual_position"] = individual_position
        if level_aimed is not UNSET:
            field_dict["level_aimed"] = level_aimed
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if name is not UNSET:
            field_dict["name"] = name
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if replicates_id is not UNSET:
            field_dict["replicates_id"] = replicates_id
        if resources is not UNSET:
            field_dict["resources"] = resources
        if situation is not UNSET:
            field_dict["situation"] = situation
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if summary is not UNSET:
            field_dict["summary"] = summary
        if sustainability is not UNSET:
            field_dict["sustainability"] = sustainability
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.core_member import CoreMember  # noqa: PLC0415
        from ..models.target import Target  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_area_and_target_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        area_and_target_group = _parse_area_and_target_group(d.pop("area_and_target_group", UNSET))

        def _parse_content_methods(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_methods = _parse_content_methods(d.pop("content_methods", UNSET))

        def _parse_continues_from_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                continues_from_id_type_0 = UUID(data)

                return continues_from_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        continues_from_id = _parse_continues_from_id(d.pop("continues_from_id", UNSET))

        def _parse_core_members(data: object) -> list[CoreMember] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                core_members_type_0 = []
                _core_members_type_0 = data
                for core_members_type_0_item_data in _core_members_type_0:
                    core_members_type_0_item = CoreMember.from_dict(core_members_type_0_item_data)

                    core_members_type_0.append(core_members_type_0_item)

                return core_members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CoreMember] | None | Unset, data)

        core_members = _parse_core_members(d.pop("core_members", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_expected_outputs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_outputs = _parse_expected_outputs(d.pop("expected_outputs", UNSET))

        def _parse_field_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_code = _parse_field_code(d.pop("field_code", UNSET))

        def _parse_implementing_forces(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        implementing_forces = _parse_implementing_forces(d.pop("implementing_forces", UNSET))

        def _parse_individual_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        individual_name = _parse_individual_name(d.pop("individual_name", UNSET))

        def _parse_individual_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        individual_position = _parse_individual_position(d.pop("individual_position", UNSET))

        def _parse_level_aimed(data: object) -> LevelAimed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_aimed_type_0 = LevelAimed(data)

                return level_aimed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LevelAimed | None | Unset, data)

        level_aimed = _parse_level_aimed(d.pop("level_aimed", UNSET))

        def _parse_model_type(data: object) -> ModelType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_type_0 = ModelType(data)

                return model_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelType | None | Unset, data)

        model_type = _parse_model_type(d.pop("model_type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_objectives(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objectives = _parse_objectives(d.pop("objectives", UNSET))

        def _parse_replicates_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replicates_id_type_0 = UUID(data)

                return replicates_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        replicates_id = _parse_replicates_id(d.pop("replicates_id", UNSET))

        def _parse_resources(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resources = _parse_resources(d.pop("resources", UNSET))

        def _parse_situation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        situation = _parse_situation(d.pop("situation", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_sustainability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sustainability = _parse_sustainability(d.pop("sustainability", UNSET))

        def _parse_targets(data: object) -> list[Target] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                targets_type_0 = []
                _targets_type_0 = data
                for targets_type_0_item_data in _targets_type_0:
                    targets_type_0_item = Target.from_dict(targets_type_0_item_data)

                    targets_type_0.append(targets_type_0_item)

                return targets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Target] | None | Unset, data)

        targets = _parse_targets(d.pop("targets", UNSET))

        model_update = cls(
            address=address,
            area_and_target_group=area_and_target_group,
            content_methods=content_methods,
            continues_from_id=continues_from_id,
            core_members=core_members,
            end_date=end_date,
            expected_outputs=expected_outputs,
            field_code=field_code,
            implementing_forces=implementing_forces,
            individual_name=individual_name,
            individual_position=individual_position,
            level_aimed=level_aimed,
            model_type=model_type,
            name=name,
            objectives=objectives,
            replicates_id=replicates_id,
            resources=resources,
            situation=situation,
            start_date=start_date,
            summary=summary,
            sustainability=sustainability,
            targets=targets,
        )

        return model_update
