from enum import StrEnum


class AuthorityRelation(StrEnum):
    AREA_DISTRICT_COMMITTEE = "area_district_committee"
    COMMUNE_DVK_SECTION = "commune_dvk_section"
    DISTRICT_COMMITTEE = "district_committee"
    DISTRICT_MASS_MOBILISATION_BOARD = "district_mass_mobilisation_board"
    NEAREST_COMMITTEE_UNDER_PROVINCE = "nearest_committee_under_province"
    NEAREST_GRASSROOTS_COMMITTEE = "nearest_grassroots_committee"
    OVERRIDE = "override"
    OWN_PARTY_ORG = "own_party_org"
    PARENT = "parent"
    PARTY_ORG = "party_org"
    PROVINCIAL_COMMITTEE = "provincial_committee"
    PROVINCIAL_COUNTERPART = "provincial_counterpart"
    PROVINCIAL_MASS_MOBILISATION_BOARD = "provincial_mass_mobilisation_board"
    SELF = "self"
    SUPERIOR_PARTY_COMMITTEE = "superior_party_committee"

    def __str__(self) -> str:
        return str(self.value)
