"""Contains all the data models used in inputs/outputs"""

from .action_doc import ActionDoc
from .action_doc_to_state_from import ActionDocToStateFrom
from .authority_answer_read import AuthorityAnswerRead
from .authority_case_count import AuthorityCaseCount
from .authority_override_read import AuthorityOverrideRead
from .authority_override_write import AuthorityOverrideWrite
from .authority_profile_read import AuthorityProfileRead
from .authority_relations import AuthorityRelations
from .authority_rule_read import AuthorityRuleRead
from .authority_rule_read_match import AuthorityRuleReadMatch
from .authority_unit_read import AuthorityUnitRead
from .ballot_entry import BallotEntry
from .ballot_entry_vote_type_0 import BallotEntryVoteType0
from .ballot_update import BallotUpdate
from .bilingual import Bilingual
from .campaign_create import CampaignCreate
from .campaign_read import CampaignRead
from .campaign_targets_read import CampaignTargetsRead
from .campaign_targets_write import CampaignTargetsWrite
from .campaign_update import CampaignUpdate
from .candidate_create import CandidateCreate
from .candidate_model_ref import CandidateModelRef
from .candidate_read import CandidateRead
from .candidate_read_outcome_type_0 import CandidateReadOutcomeType0
from .candidate_read_provisional_outcome_type_0 import CandidateReadProvisionalOutcomeType0
from .candidate_update import CandidateUpdate
from .category_coverage import CategoryCoverage
from .category_target_read import CategoryTargetRead
from .category_target_read_comparator import CategoryTargetReadComparator
from .category_target_write import CategoryTargetWrite
from .category_target_write_comparator import CategoryTargetWriteComparator
from .child_coverage import ChildCoverage
from .core_member import CoreMember
from .coverage_report import CoverageReport
from .covered_model import CoveredModel
from .criterion_score import CriterionScore
from .cycle_create import CycleCreate
from .cycle_read import CycleRead
from .cycle_update import CycleUpdate
from .decision_create import DecisionCreate
from .decision_create_award_form_type_0 import DecisionCreateAwardFormType0
from .decision_create_award_level_type_0 import DecisionCreateAwardLevelType0
from .decision_create_kind import DecisionCreateKind
from .decision_create_public_evidence_kinds_type_0_item import DecisionCreatePublicEvidenceKindsType0Item
from .decision_model_in import DecisionModelIn
from .decision_read import DecisionRead
from .decision_read_award_form_type_0 import DecisionReadAwardFormType0
from .decision_read_award_level_type_0 import DecisionReadAwardLevelType0
from .decision_read_kind import DecisionReadKind
from .decision_read_status import DecisionReadStatus
from .decision_summary import DecisionSummary
from .decision_summary_award_form_type_0 import DecisionSummaryAwardFormType0
from .decision_summary_award_level_type_0 import DecisionSummaryAwardLevelType0
from .decision_summary_kind import DecisionSummaryKind
from .decision_summary_status import DecisionSummaryStatus
from .decisions_document_upload_body import DecisionsDocumentUploadBody
from .decisions_list_kind_type_0 import DecisionsListKindType0
from .decisions_list_status_type_0 import DecisionsListStatusType0
from .document_read import DocumentRead
from .dossier_action import DossierAction
from .dossier_item import DossierItem
from .dossier_item_kind import DossierItemKind
from .dossier_read import DossierRead
from .evidence_list_kind_type_0 import EvidenceListKindType0
from .evidence_read import EvidenceRead
from .evidence_read_kind import EvidenceReadKind
from .evidence_upload_body import EvidenceUploadBody
from .evidence_upload_body_kind import EvidenceUploadBodyKind
from .field_read import FieldRead
from .guard_doc import GuardDoc
from .health_status import HealthStatus
from .history_entry import HistoryEntry
from .history_entry_details import HistoryEntryDetails
from .honour_read import HonourRead
from .honour_read_kind import HonourReadKind
from .import_result import ImportResult
from .import_row import ImportRow
from .imports_registrations_body import ImportsRegistrationsBody
from .indicator_coverage import IndicatorCoverage
from .label import Label
from .logout_request import LogoutRequest
from .me_response import MeResponse
from .member_create import MemberCreate
from .member_read import MemberRead
from .member_update import MemberUpdate
from .minutes_read import MinutesRead
from .model_create import ModelCreate
from .model_create_level_aimed_type_0 import ModelCreateLevelAimedType0
from .model_create_model_type import ModelCreateModelType
from .model_create_registrant_kind import ModelCreateRegistrantKind
from .model_read import ModelRead
from .model_read_core_members_item import ModelReadCoreMembersItem
from .model_read_level_aimed import ModelReadLevelAimed
from .model_read_model_type import ModelReadModelType
from .model_read_registrant_kind import ModelReadRegistrantKind
from .model_read_results_type_0_item import ModelReadResultsType0Item
from .model_read_targets_item import ModelReadTargetsItem
from .model_ref import ModelRef
from .model_summary import ModelSummary
from .model_summary_model_type import ModelSummaryModelType
from .model_summary_registrant_kind import ModelSummaryRegistrantKind
from .model_update import ModelUpdate
from .model_update_level_aimed_type_0 import ModelUpdateLevelAimedType0
from .model_update_model_type_type_0 import ModelUpdateModelTypeType0
from .models_list_model_type_type_0 import ModelsListModelTypeType0
from .models_list_registrant_kind_type_0 import ModelsListRegistrantKindType0
from .models_list_sort import ModelsListSort
from .models_list_state_type_0_item import ModelsListStateType0Item
from .models_per_unit import ModelsPerUnit
from .override_read import OverrideRead
from .page_authority_override_read import PageAuthorityOverrideRead
from .page_campaign_read import PageCampaignRead
from .page_decision_summary import PageDecisionSummary
from .page_evidence_read import PageEvidenceRead
from .page_model_summary import PageModelSummary
from .page_review_summary import PageReviewSummary
from .page_unit_read import PageUnitRead
from .page_user_read import PageUserRead
from .password_change import PasswordChange
from .period_override import PeriodOverride
from .problem import Problem
from .problem_error import ProblemError
from .public_decision import PublicDecision
from .public_decision_kind import PublicDecisionKind
from .public_exemplar import PublicExemplar
from .public_exemplar_detail import PublicExemplarDetail
from .public_exemplar_detail_registrant_kind import PublicExemplarDetailRegistrantKind
from .public_exemplar_detail_state import PublicExemplarDetailState
from .public_exemplar_page import PublicExemplarPage
from .public_exemplar_registrant_kind import PublicExemplarRegistrantKind
from .public_exemplar_state import PublicExemplarState
from .public_exemplars_list_state_type_0_item import PublicExemplarsListStateType0Item
from .public_field import PublicField
from .public_file import PublicFile
from .public_unit import PublicUnit
from .recusal_entry import RecusalEntry
from .refresh_request import RefreshRequest
from .registrant_kind import RegistrantKind
from .registration_list import RegistrationList
from .registration_list_totals import RegistrationListTotals
from .registration_row import RegistrationRow
from .registration_row_level_aimed import RegistrationRowLevelAimed
from .registration_row_registrant_kind import RegistrationRowRegistrantKind
from .registration_window import RegistrationWindow
from .replicated_model_ref import ReplicatedModelRef
from .replication_page import ReplicationPage
from .reports_registrations_format import ReportsRegistrationsFormat
from .result_item import ResultItem
from .review_create import ReviewCreate
from .review_create_outcome_rule import ReviewCreateOutcomeRule
from .review_create_phase_review_type_0 import ReviewCreatePhaseReviewType0
from .review_create_purpose import ReviewCreatePurpose
from .review_read import ReviewRead
from .review_read_outcome_rule import ReviewReadOutcomeRule
from .review_read_phase_review_type_0 import ReviewReadPhaseReviewType0
from .review_read_purpose import ReviewReadPurpose
from .review_read_status import ReviewReadStatus
from .review_ref import ReviewRef
from .review_summary import ReviewSummary
from .review_summary_phase_review_type_0 import ReviewSummaryPhaseReviewType0
from .review_summary_purpose import ReviewSummaryPurpose
from .review_summary_status import ReviewSummaryStatus
from .review_update import ReviewUpdate
from .review_update_outcome_rule_type_0 import ReviewUpdateOutcomeRuleType0
from .review_update_phase_review_type_0 import ReviewUpdatePhaseReviewType0
from .reviews_list_purpose_type_0 import ReviewsListPurposeType0
from .reviews_list_status_type_0 import ReviewsListStatusType0
from .reviews_minutes_upload_body import ReviewsMinutesUploadBody
from .revoke_request import RevokeRequest
from .role import Role
from .role_assignment_create import RoleAssignmentCreate
from .role_assignment_read import RoleAssignmentRead
from .role_grant import RoleGrant
from .row_error import RowError
from .row_error_message import RowErrorMessage
from .state_doc import StateDoc
from .summary_report import SummaryReport
from .summary_row import SummaryRow
from .summary_totals import SummaryTotals
from .survey_create import SurveyCreate
from .survey_read import SurveyRead
from .survey_read_scores_item import SurveyReadScoresItem
from .tally_read import TallyRead
from .target import Target
from .target_read import TargetRead
from .target_read_comparator import TargetReadComparator
from .token_form import TokenForm
from .token_response import TokenResponse
from .transition_request import TransitionRequest
from .unit_category_read import UnitCategoryRead
from .unit_close import UnitClose
from .unit_create import UnitCreate
from .unit_kind_read import UnitKindRead
from .unit_level_read import UnitLevelRead
from .unit_move import UnitMove
from .unit_name import UnitName
from .unit_read import UnitRead
from .unit_ref import UnitRef
from .unit_update import UnitUpdate
from .unit_with_kind import UnitWithKind
from .unit_without_model import UnitWithoutModel
from .units_without_model import UnitsWithoutModel
from .uploader_ref import UploaderRef
from .user_create import UserCreate
from .user_read import UserRead
from .user_update import UserUpdate
from .vote_read import VoteRead
from .vote_read_vote_type_0 import VoteReadVoteType0
from .waiting_on import WaitingOn
from .window_read import WindowRead
from .workflow_doc import WorkflowDoc

__all__ = (
    "ActionDoc",
    "ActionDocToStateFrom",
    "AuthorityAnswerRead",
    "AuthorityCaseCount",
    "AuthorityOverrideRead",
    "AuthorityOverrideWrite",
    "AuthorityProfileRead",
    "AuthorityRelations",
    "AuthorityRuleRead",
    "AuthorityRuleReadMatch",
    "AuthorityUnitRead",
    "BallotEntry",
    "BallotEntryVoteType0",
    "BallotUpdate",
    "Bilingual",
    "CampaignCreate",
    "CampaignRead",
    "CampaignTargetsRead",
    "CampaignTargetsWrite",
    "CampaignUpdate",
    "CandidateCreate",
    "CandidateModelRef",
    "CandidateRead",
    "CandidateReadOutcomeType0",
    "CandidateReadProvisionalOutcomeType0",
    "CandidateUpdate",
    "CategoryCoverage",
    "CategoryTargetRead",
    "CategoryTargetReadComparator",
    "CategoryTargetWrite",
    "CategoryTargetWriteComparator",
    "ChildCoverage",
    "CoreMember",
    "CoverageReport",
    "CoveredModel",
    "CriterionScore",
    "CycleCreate",
    "CycleRead",
    "CycleUpdate",
    "DecisionCreate",
    "DecisionCreateAwardFormType0",
    "DecisionCreateAwardLevelType0",
    "DecisionCreateKind",
    "DecisionCreatePublicEvidenceKindsType0Item",
    "DecisionModelIn",
    "DecisionRead",
    "DecisionReadAwardFormType0",
    "DecisionReadAwardLevelType0",
    "DecisionReadKind",
    "DecisionReadStatus",
    "DecisionsDocumentUploadBody",
    "DecisionsListKindType0",
    "DecisionsListStatusType0",
    "DecisionSummary",
    "DecisionSummaryAwardFormType0",
    "DecisionSummaryAwardLevelType0",
    "DecisionSummaryKind",
    "DecisionSummaryStatus",
    "DocumentRead",
    "DossierAction",
    "DossierItem",
    "DossierItemKind",
    "DossierRead",
    "EvidenceListKindType0",
    "EvidenceRead",
    "EvidenceReadKind",
    "EvidenceUploadBody",
    "EvidenceUploadBodyKind",
    "FieldRead",
    "GuardDoc",
    "HealthStatus",
    "HistoryEntry",
    "HistoryEntryDetails",
    "HonourRead",
    "HonourReadKind",
    "ImportResult",
    "ImportRow",
    "ImportsRegistrationsBody",
    "IndicatorCoverage",
    "Label",
    "LogoutRequest",
    "MemberCreate",
    "MemberRead",
    "MemberUpdate",
    "MeResponse",
    "MinutesRead",
    "ModelCreate",
    "ModelCreateLevelAimedType0",
    "ModelCreateModelType",
    "ModelCreateRegistrantKind",
    "ModelRead",
    "ModelReadCoreMembersItem",
    "ModelReadLevelAimed",
    "ModelReadModelType",
    "ModelReadRegistrantKind",
    "ModelReadResultsType0Item",
    "ModelReadTargetsItem",
    "ModelRef",
    "ModelsListModelTypeType0",
    "ModelsListRegistrantKindType0",
    "ModelsListSort",
    "ModelsListStateType0Item",
    "ModelsPerUnit",
    "ModelSummary",
    "ModelSummaryModelType",
    "ModelSummaryRegistrantKind",
    "ModelUpdate",
    "ModelUpdateLevelAimedType0",
    "ModelUpdateModelTypeType0",
    "OverrideRead",
    "PageAuthorityOverrideRead",
    "PageCampaignRead",
    "PageDecisionSummary",
    "PageEvidenceRead",
    "PageModelSummary",
    "PageReviewSummary",
    "PageUnitRead",
    "PageUserRead",
    "PasswordChange",
    "PeriodOverride",
    "Problem",
    "ProblemError",
    "PublicDecision",
    "PublicDecisionKind",
    "PublicExemplar",
    "PublicExemplarDetail",
    "PublicExemplarDetailRegistrantKind",
    "PublicExemplarDetailState",
    "PublicExemplarPage",
    "PublicExemplarRegistrantKind",
    "PublicExemplarsListStateType0Item",
    "PublicExemplarState",
    "PublicField",
    "PublicFile",
    "PublicUnit",
    "RecusalEntry",
    "RefreshRequest",
    "RegistrantKind",
    "RegistrationList",
    "RegistrationListTotals",
    "RegistrationRow",
    "RegistrationRowLevelAimed",
    "RegistrationRowRegistrantKind",
    "RegistrationWindow",
    "ReplicatedModelRef",
    "ReplicationPage",
    "ReportsRegistrationsFormat",
    "ResultItem",
    "ReviewCreate",
    "ReviewCreateOutcomeRule",
    "ReviewCreatePhaseReviewType0",
    "ReviewCreatePurpose",
    "ReviewRead",
    "ReviewReadOutcomeRule",
    "ReviewReadPhaseReviewType0",
    "ReviewReadPurpose",
    "ReviewReadStatus",
    "ReviewRef",
    "ReviewsListPurposeType0",
    "ReviewsListStatusType0",
    "ReviewsMinutesUploadBody",
    "ReviewSummary",
    "ReviewSummaryPhaseReviewType0",
    "ReviewSummaryPurpose",
    "ReviewSummaryStatus",
    "ReviewUpdate",
    "ReviewUpdateOutcomeRuleType0",
    "ReviewUpdatePhaseReviewType0",
    "RevokeRequest",
    "Role",
    "RoleAssignmentCreate",
    "RoleAssignmentRead",
    "RoleGrant",
    "RowError",
    "RowErrorMessage",
    "StateDoc",
    "SummaryReport",
    "SummaryRow",
    "SummaryTotals",
    "SurveyCreate",
    "SurveyRead",
    "SurveyReadScoresItem",
    "TallyRead",
    "Target",
    "TargetRead",
    "TargetReadComparator",
    "TokenForm",
    "TokenResponse",
    "TransitionRequest",
    "UnitCategoryRead",
    "UnitClose",
    "UnitCreate",
    "UnitKindRead",
    "UnitLevelRead",
    "UnitMove",
    "UnitName",
    "UnitRead",
    "UnitRef",
    "UnitsWithoutModel",
    "UnitUpdate",
    "UnitWithKind",
    "UnitWithoutModel",
    "UploaderRef",
    "UserCreate",
    "UserRead",
    "UserUpdate",
    "VoteRead",
    "VoteReadVoteType0",
    "WaitingOn",
    "WindowRead",
    "WorkflowDoc",
)
