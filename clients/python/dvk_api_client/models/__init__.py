"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_doc import ActionDoc
from .action_doc_to_state_from import ActionDocToStateFrom
from .attempt_read import AttemptRead
from .authority_answer_read import AuthorityAnswerRead
from .authority_case_count import AuthorityCaseCount
from .authority_override_page import AuthorityOverridePage
from .authority_override_read import AuthorityOverrideRead
from .authority_override_write import AuthorityOverrideWrite
from .authority_problem import AuthorityProblem
from .authority_profile_read import AuthorityProfileRead
from .authority_relation import AuthorityRelation
from .authority_relations import AuthorityRelations
from .authority_rule_read import AuthorityRuleRead
from .authority_rule_read_match import AuthorityRuleReadMatch
from .authority_unit_read import AuthorityUnitRead
from .award_form import AwardForm
from .award_level import AwardLevel
from .ballot_entry import BallotEntry
from .ballot_update import BallotUpdate
from .bilingual import Bilingual
from .campaign_change import CampaignChange
from .campaign_create import CampaignCreate
from .campaign_created_payload import CampaignCreatedPayload
from .campaign_criteria_read import CampaignCriteriaRead
from .campaign_page import CampaignPage
from .campaign_read import CampaignRead
from .campaign_targets_read import CampaignTargetsRead
from .campaign_targets_write import CampaignTargetsWrite
from .campaign_update import CampaignUpdate
from .campaign_updated_payload import CampaignUpdatedPayload
from .candidate_create import CandidateCreate
from .candidate_model_ref import CandidateModelRef
from .candidate_read import CandidateRead
from .candidate_update import CandidateUpdate
from .category_coverage import CategoryCoverage
from .category_target_read import CategoryTargetRead
from .category_target_write import CategoryTargetWrite
from .child_coverage import ChildCoverage
from .client_call_page import ClientCallPage
from .client_call_read import ClientCallRead
from .client_scope import ClientScope
from .client_token_response import ClientTokenResponse
from .condition_definition import ConditionDefinition
from .condition_entry import ConditionEntry
from .condition_measure import ConditionMeasure
from .condition_read import ConditionRead
from .condition_status import ConditionStatus
from .conditions_write import ConditionsWrite
from .confirmation_create import ConfirmationCreate
from .confirmation_kind import ConfirmationKind
from .confirmation_page import ConfirmationPage
from .confirmation_read import ConfirmationRead
from .confirmation_status import ConfirmationStatus
from .confirmation_withdraw import ConfirmationWithdraw
from .confirmation_withdrawn_payload import ConfirmationWithdrawnPayload
from .confirmed_payload import ConfirmedPayload
from .core_member import CoreMember
from .coverage_report import CoverageReport
from .covered_model import CoveredModel
from .criterion_code import CriterionCode
from .criterion_read import CriterionRead
from .criterion_score import CriterionScore
from .cycle_create import CycleCreate
from .cycle_read import CycleRead
from .cycle_update import CycleUpdate
from .decision_create import DecisionCreate
from .decision_document_form import DecisionDocumentForm
from .decision_document_payload import DecisionDocumentPayload
from .decision_documents_issued_payload import DecisionDocumentsIssuedPayload
from .decision_issued_payload import DecisionIssuedPayload
from .decision_kind import DecisionKind
from .decision_model_in import DecisionModelIn
from .decision_problem import DecisionProblem
from .decision_problem_issuing_unit_type_0 import DecisionProblemIssuingUnitType0
from .decision_read import DecisionRead
from .decision_revoked_payload import DecisionRevokedPayload
from .decision_status import DecisionStatus
from .decision_summary import DecisionSummary
from .decision_summary_page import DecisionSummaryPage
from .delivery_read import DeliveryRead
from .document_kind import DocumentKind
from .document_model_ref import DocumentModelRef
from .document_read import DocumentRead
from .document_status import DocumentStatus
from .document_verdict import DocumentVerdict
from .document_verification import DocumentVerification
from .document_verify_form import DocumentVerifyForm
from .dossier_action import DossierAction
from .dossier_item import DossierItem
from .dossier_read import DossierRead
from .email_mode import EmailMode
from .event_envelope import EventEnvelope
from .event_envelope_data import EventEnvelopeData
from .event_page import EventPage
from .event_resource import EventResource
from .event_resource_type import EventResourceType
from .event_type import EventType
from .event_unit import EventUnit
from .evidence_added_payload import EvidenceAddedPayload
from .evidence_deleted_payload import EvidenceDeletedPayload
from .evidence_kind import EvidenceKind
from .evidence_page import EvidencePage
from .evidence_read import EvidenceRead
from .evidence_upload_form import EvidenceUploadForm
from .expected_unit import ExpectedUnit
from .field_read import FieldRead
from .fields_changed_payload import FieldsChangedPayload
from .file_problem import FileProblem
from .follow_up_create import FollowUpCreate
from .follow_up_kind import FollowUpKind
from .follow_up_page import FollowUpPage
from .follow_up_read import FollowUpRead
from .followed_model import FollowedModel
from .guard_doc import GuardDoc
from .guard_error import GuardError
from .guard_problem import GuardProblem
from .history_action import HistoryAction
from .history_entry import HistoryEntry
from .history_entry_details import HistoryEntryDetails
from .honour_kind import HonourKind
from .honour_read import HonourRead
from .import_result import ImportResult
from .import_row import ImportRow
from .indicator_catalogue import IndicatorCatalogue
from .indicator_coverage import IndicatorCoverage
from .indicator_read import IndicatorRead
from .indicator_report import IndicatorReport
from .indicator_result import IndicatorResult
from .indicator_target_kind import IndicatorTargetKind
from .indicator_update import IndicatorUpdate
from .indicator_value_correction import IndicatorValueCorrection
from .indicator_value_correction_read import IndicatorValueCorrectionRead
from .indicator_value_create import IndicatorValueCreate
from .indicator_value_evidence import IndicatorValueEvidence
from .indicator_value_read import IndicatorValueRead
from .indicator_value_reported_payload import IndicatorValueReportedPayload
from .indicator_write import IndicatorWrite
from .issue_documents import IssueDocuments
from .issued_document import IssuedDocument
from .label import Label
from .level_aimed import LevelAimed
from .limit_problem import LimitProblem
from .liveness import Liveness
from .logout_request import LogoutRequest
from .me_response import MeResponse
from .member_create import MemberCreate
from .member_read import MemberRead
from .member_update import MemberUpdate
from .minutes_read import MinutesRead
from .model_conditions_read import ModelConditionsRead
from .model_create import ModelCreate
from .model_created_payload import ModelCreatedPayload
from .model_followed_up_payload import ModelFollowedUpPayload
from .model_moved_payload import ModelMovedPayload
from .model_read import ModelRead
from .model_read_core_members_item import ModelReadCoreMembersItem
from .model_read_results_type_0_item import ModelReadResultsType0Item
from .model_read_targets_item import ModelReadTargetsItem
from .model_ref import ModelRef
from .model_sort import ModelSort
from .model_summary import ModelSummary
from .model_summary_page import ModelSummaryPage
from .model_type import ModelType
from .model_update import ModelUpdate
from .models_per_unit import ModelsPerUnit
from .notification_page import NotificationPage
from .notification_preferences_read import NotificationPreferencesRead
from .notification_preferences_write import NotificationPreferencesWrite
from .notification_read import NotificationRead
from .notification_read_data import NotificationReadData
from .notification_resource import NotificationResource
from .notification_texts import NotificationTexts
from .notification_type import NotificationType
from .notification_type_list import NotificationTypeList
from .notification_type_read import NotificationTypeRead
from .notification_unit import NotificationUnit
from .outage_problem import OutageProblem
from .outcome_rule import OutcomeRule
from .override_read import OverrideRead
from .own_criterion_read import OwnCriterionRead
from .own_criterion_update import OwnCriterionUpdate
from .own_criterion_write import OwnCriterionWrite
from .password_change import PasswordChange
from .period_override import PeriodOverride
from .person_ref import PersonRef
from .plan_corrected_payload import PlanCorrectedPayload
from .plan_coverage import PlanCoverage
from .plan_create import PlanCreate
from .plan_document import PlanDocument
from .plan_document_form import PlanDocumentForm
from .plan_document_payload import PlanDocumentPayload
from .plan_page import PlanPage
from .plan_payload import PlanPayload
from .plan_read import PlanRead
from .plan_unit import PlanUnit
from .plan_update import PlanUpdate
from .precondition_problem import PreconditionProblem
from .problem import Problem
from .problem_error import ProblemError
from .public_decision import PublicDecision
from .public_document_decision import PublicDocumentDecision
from .public_document_model import PublicDocumentModel
from .public_evidence_kind import PublicEvidenceKind
from .public_exemplar import PublicExemplar
from .public_exemplar_detail import PublicExemplarDetail
from .public_exemplar_page import PublicExemplarPage
from .public_field import PublicField
from .public_file import PublicFile
from .public_state import PublicState
from .public_unit import PublicUnit
from .public_verification import PublicVerification
from .read_all import ReadAll
from .read_all_result import ReadAllResult
from .readiness import Readiness
from .recorded_by import RecordedBy
from .recusal_entry import RecusalEntry
from .refresh_request import RefreshRequest
from .registrant_kind import RegistrantKind
from .registration_import_form import RegistrationImportForm
from .registration_list import RegistrationList
from .registration_list_sent_payload import RegistrationListSentPayload
from .registration_list_status import RegistrationListStatus
from .registration_list_totals import RegistrationListTotals
from .registration_row import RegistrationRow
from .registration_window import RegistrationWindow
from .reminder_settings import ReminderSettings
from .reminder_settings_update import ReminderSettingsUpdate
from .replica_state import ReplicaState
from .replicated_model_ref import ReplicatedModelRef
from .replication_page import ReplicationPage
from .report_format import ReportFormat
from .result_item import ResultItem
from .review_change import ReviewChange
from .review_closed_payload import ReviewClosedPayload
from .review_create import ReviewCreate
from .review_level import ReviewLevel
from .review_minutes_form import ReviewMinutesForm
from .review_opened_payload import ReviewOpenedPayload
from .review_outcome import ReviewOutcome
from .review_phase import ReviewPhase
from .review_problem import ReviewProblem
from .review_purpose import ReviewPurpose
from .review_read import ReviewRead
from .review_ref import ReviewRef
from .review_status import ReviewStatus
from .review_summary import ReviewSummary
from .review_summary_page import ReviewSummaryPage
from .review_update import ReviewUpdate
from .review_updated_payload import ReviewUpdatedPayload
from .revoke_request import RevokeRequest
from .role import Role
from .role_assignment_create import RoleAssignmentCreate
from .role_assignment_read import RoleAssignmentRead
from .role_grant import RoleGrant
from .row_error import RowError
from .row_error_message import RowErrorMessage
from .scope_problem import ScopeProblem
from .scope_read import ScopeRead
from .secret_read import SecretRead
from .secret_rotation import SecretRotation
from .sent_list_detail import SentListDetail
from .sent_list_read import SentListRead
from .sent_lists_overview import SentListsOverview
from .sent_lists_overview_counts import SentListsOverviewCounts
from .service_client_create import ServiceClientCreate
from .service_client_page import ServiceClientPage
from .service_client_read import ServiceClientRead
from .service_client_update import ServiceClientUpdate
from .service_client_with_secret import ServiceClientWithSecret
from .shortfall import Shortfall
from .signature_check import SignatureCheck
from .size_problem import SizeProblem
from .standard_defaults import StandardDefaults
from .standard_exception import StandardException
from .standard_exception_read import StandardExceptionRead
from .standard_read import StandardRead
from .standard_write import StandardWrite
from .state import State
from .state_doc import StateDoc
from .state_problem import StateProblem
from .subscription_create import SubscriptionCreate
from .subscription_read import SubscriptionRead
from .subscription_update import SubscriptionUpdate
from .subscription_with_secret import SubscriptionWithSecret
from .summary_report import SummaryReport
from .summary_row import SummaryRow
from .summary_totals import SummaryTotals
from .survey_create import SurveyCreate
from .survey_read import SurveyRead
from .survey_read_scores_item import SurveyReadScoresItem
from .table_format import TableFormat
from .tally_read import TallyRead
from .target import Target
from .target_comparator import TargetComparator
from .target_read import TargetRead
from .token_problem import TokenProblem
from .token_request import TokenRequest
from .token_response import TokenResponse
from .transition_problem import TransitionProblem
from .transition_request import TransitionRequest
from .type_label import TypeLabel
from .unit_brief import UnitBrief
from .unit_category_read import UnitCategoryRead
from .unit_close import UnitClose
from .unit_closed_payload import UnitClosedPayload
from .unit_create import UnitCreate
from .unit_created_payload import UnitCreatedPayload
from .unit_field_problem import UnitFieldProblem
from .unit_kind_read import UnitKindRead
from .unit_level_read import UnitLevelRead
from .unit_move import UnitMove
from .unit_moved_payload import UnitMovedPayload
from .unit_name import UnitName
from .unit_page import UnitPage
from .unit_read import UnitRead
from .unit_ref import UnitRef
from .unit_reopened_payload import UnitReopenedPayload
from .unit_result import UnitResult
from .unit_update import UnitUpdate
from .unit_with_kind import UnitWithKind
from .unit_without_model import UnitWithoutModel
from .units_without_model import UnitsWithoutModel
from .units_without_plan import UnitsWithoutPlan
from .unread_count import UnreadCount
from .uploader_ref import UploaderRef
from .user_create import UserCreate
from .user_page import UserPage
from .user_read import UserRead
from .user_update import UserUpdate
from .validation_problem import ValidationProblem
from .vote import Vote
from .vote_read import VoteRead
from .waiting_on import WaitingOn
from .webhook_delivery_page import WebhookDeliveryPage
from .webhook_delivery_status import WebhookDeliveryStatus
from .webhook_secret_rotation import WebhookSecretRotation
from .webhook_subscription_page import WebhookSubscriptionPage
from .window_read import WindowRead
from .workflow_doc import WorkflowDoc

__all__ = (
    "Action",
    "ActionDoc",
    "ActionDocToStateFrom",
    "AttemptRead",
    "AuthorityAnswerRead",
    "AuthorityCaseCount",
    "AuthorityOverridePage",
    "AuthorityOverrideRead",
    "AuthorityOverrideWrite",
    "AuthorityProblem",
    "AuthorityProfileRead",
    "AuthorityRelation",
    "AuthorityRelations",
    "AuthorityRuleRead",
    "AuthorityRuleReadMatch",
    "AuthorityUnitRead",
    "AwardForm",
    "AwardLevel",
    "BallotEntry",
    "BallotUpdate",
    "Bilingual",
    "CampaignChange",
    "CampaignCreate",
    "CampaignCreatedPayload",
    "CampaignCriteriaRead",
    "CampaignPage",
    "CampaignRead",
    "CampaignTargetsRead",
    "CampaignTargetsWrite",
    "CampaignUpdate",
    "CampaignUpdatedPayload",
    "CandidateCreate",
    "CandidateModelRef",
    "CandidateRead",
    "CandidateUpdate",
    "CategoryCoverage",
    "CategoryTargetRead",
    "CategoryTargetWrite",
    "ChildCoverage",
    "ClientCallPage",
    "ClientCallRead",
    "ClientScope",
    "ClientTokenResponse",
    "ConditionDefinition",
    "ConditionEntry",
    "ConditionMeasure",
    "ConditionRead",
    "ConditionStatus",
    "ConditionsWrite",
    "ConfirmationCreate",
    "ConfirmationKind",
    "ConfirmationPage",
    "ConfirmationRead",
    "ConfirmationStatus",
    "ConfirmationWithdraw",
    "ConfirmationWithdrawnPayload",
    "ConfirmedPayload",
    "CoreMember",
    "CoverageReport",
    "CoveredModel",
    "CriterionCode",
    "CriterionRead",
    "CriterionScore",
    "CycleCreate",
    "CycleRead",
    "CycleUpdate",
    "DecisionCreate",
    "DecisionDocumentForm",
    "DecisionDocumentPayload",
    "DecisionDocumentsIssuedPayload",
    "DecisionIssuedPayload",
    "DecisionKind",
    "DecisionModelIn",
    "DecisionProblem",
    "DecisionProblemIssuingUnitType0",
    "DecisionRead",
    "DecisionRevokedPayload",
    "DecisionStatus",
    "DecisionSummary",
    "DecisionSummaryPage",
    "DeliveryRead",
    "DocumentKind",
    "DocumentModelRef",
    "DocumentRead",
    "DocumentStatus",
    "DocumentVerdict",
    "DocumentVerification",
    "DocumentVerifyForm",
    "DossierAction",
    "DossierItem",
    "DossierRead",
    "EmailMode",
    "EventEnvelope",
    "EventEnvelopeData",
    "EventPage",
    "EventResource",
    "EventResourceType",
    "EventType",
    "EventUnit",
    "EvidenceAddedPayload",
    "EvidenceDeletedPayload",
    "EvidenceKind",
    "EvidencePage",
    "EvidenceRead",
    "EvidenceUploadForm",
    "ExpectedUnit",
    "FieldRead",
    "FieldsChangedPayload",
    "FileProblem",
    "FollowedModel",
    "FollowUpCreate",
    "FollowUpKind",
    "FollowUpPage",
    "FollowUpRead",
    "GuardDoc",
    "GuardError",
    "GuardProblem",
    "HistoryAction",
    "HistoryEntry",
    "HistoryEntryDetails",
    "HonourKind",
    "HonourRead",
    "ImportResult",
    "ImportRow",
    "IndicatorCatalogue",
    "IndicatorCoverage",
    "IndicatorRead",
    "IndicatorReport",
    "IndicatorResult",
    "IndicatorTargetKind",
    "IndicatorUpdate",
    "IndicatorValueCorrection",
    "IndicatorValueCorrectionRead",
    "IndicatorValueCreate",
    "IndicatorValueEvidence",
    "IndicatorValueRead",
    "IndicatorValueReportedPayload",
    "IndicatorWrite",
    "IssuedDocument",
    "IssueDocuments",
    "Label",
    "LevelAimed",
    "LimitProblem",
    "Liveness",
    "LogoutRequest",
    "MemberCreate",
    "MemberRead",
    "MemberUpdate",
    "MeResponse",
    "MinutesRead",
    "ModelConditionsRead",
    "ModelCreate",
    "ModelCreatedPayload",
    "ModelFollowedUpPayload",
    "ModelMovedPayload",
    "ModelRead",
    "ModelReadCoreMembersItem",
    "ModelReadResultsType0Item",
    "ModelReadTargetsItem",
    "ModelRef",
    "ModelSort",
    "ModelsPerUnit",
    "ModelSummary",
    "ModelSummaryPage",
    "ModelType",
    "ModelUpdate",
    "NotificationPage",
    "NotificationPreferencesRead",
    "NotificationPreferencesWrite",
    "NotificationRead",
    "NotificationReadData",
    "NotificationResource",
    "NotificationTexts",
    "NotificationType",
    "NotificationTypeList",
    "NotificationTypeRead",
    "NotificationUnit",
    "OutageProblem",
    "OutcomeRule",
    "OverrideRead",
    "OwnCriterionRead",
    "OwnCriterionUpdate",
    "OwnCriterionWrite",
    "PasswordChange",
    "PeriodOverride",
    "PersonRef",
    "PlanCorrectedPayload",
    "PlanCoverage",
    "PlanCreate",
    "PlanDocument",
    "PlanDocumentForm",
    "PlanDocumentPayload",
    "PlanPage",
    "PlanPayload",
    "PlanRead",
    "PlanUnit",
    "PlanUpdate",
    "PreconditionProblem",
    "Problem",
    "ProblemError",
    "PublicDecision",
    "PublicDocumentDecision",
    "PublicDocumentModel",
    "PublicEvidenceKind",
    "PublicExemplar",
    "PublicExemplarDetail",
    "PublicExemplarPage",
    "PublicField",
    "PublicFile",
    "PublicState",
    "PublicUnit",
    "PublicVerification",
    "ReadAll",
    "ReadAllResult",
    "Readiness",
    "RecordedBy",
    "RecusalEntry",
    "RefreshRequest",
    "RegistrantKind",
    "RegistrationImportForm",
    "RegistrationList",
    "RegistrationListSentPayload",
    "RegistrationListStatus",
    "RegistrationListTotals",
    "RegistrationRow",
    "RegistrationWindow",
    "ReminderSettings",
    "ReminderSettingsUpdate",
    "ReplicaState",
    "ReplicatedModelRef",
    "ReplicationPage",
    "ReportFormat",
    "ResultItem",
    "ReviewChange",
    "ReviewClosedPayload",
    "ReviewCreate",
    "ReviewLevel",
    "ReviewMinutesForm",
    "ReviewOpenedPayload",
    "ReviewOutcome",
    "ReviewPhase",
    "ReviewProblem",
    "ReviewPurpose",
    "ReviewRead",
    "ReviewRef",
    "ReviewStatus",
    "ReviewSummary",
    "ReviewSummaryPage",
    "ReviewUpdate",
    "ReviewUpdatedPayload",
    "RevokeRequest",
    "Role",
    "RoleAssignmentCreate",
    "RoleAssignmentRead",
    "RoleGrant",
    "RowError",
    "RowErrorMessage",
    "ScopeProblem",
    "ScopeRead",
    "SecretRead",
    "SecretRotation",
    "SentListDetail",
    "SentListRead",
    "SentListsOverview",
    "SentListsOverviewCounts",
    "ServiceClientCreate",
    "ServiceClientPage",
    "ServiceClientRead",
    "ServiceClientUpdate",
    "ServiceClientWithSecret",
    "Shortfall",
    "SignatureCheck",
    "SizeProblem",
    "StandardDefaults",
    "StandardException",
    "StandardExceptionRead",
    "StandardRead",
    "StandardWrite",
    "State",
    "StateDoc",
    "StateProblem",
    "SubscriptionCreate",
    "SubscriptionRead",
    "SubscriptionUpdate",
    "SubscriptionWithSecret",
    "SummaryReport",
    "SummaryRow",
    "SummaryTotals",
    "SurveyCreate",
    "SurveyRead",
    "SurveyReadScoresItem",
    "TableFormat",
    "TallyRead",
    "Target",
    "TargetComparator",
    "TargetRead",
    "TokenProblem",
    "TokenRequest",
    "TokenResponse",
    "TransitionProblem",
    "TransitionRequest",
    "TypeLabel",
    "UnitBrief",
    "UnitCategoryRead",
    "UnitClose",
    "UnitClosedPayload",
    "UnitCreate",
    "UnitCreatedPayload",
    "UnitFieldProblem",
    "UnitKindRead",
    "UnitLevelRead",
    "UnitMove",
    "UnitMovedPayload",
    "UnitName",
    "UnitPage",
    "UnitRead",
    "UnitRef",
    "UnitReopenedPayload",
    "UnitResult",
    "UnitsWithoutModel",
    "UnitsWithoutPlan",
    "UnitUpdate",
    "UnitWithKind",
    "UnitWithoutModel",
    "UnreadCount",
    "UploaderRef",
    "UserCreate",
    "UserPage",
    "UserRead",
    "UserUpdate",
    "ValidationProblem",
    "Vote",
    "VoteRead",
    "WaitingOn",
    "WebhookDeliveryPage",
    "WebhookDeliveryStatus",
    "WebhookSecretRotation",
    "WebhookSubscriptionPage",
    "WindowRead",
    "WorkflowDoc",
)
