"""Schema names a client generator turns into good type names.

FastAPI names a form body `Body_<operation>` and a generic page `Page_<Item>_`; a multipart body declared
inline, a list answer and an answer of several shapes get no name at all, so generators invent one per
operation. Here each gets the name a developer would write. The wire shape is unchanged: a list answer stays
a JSON array (every one is bounded; README "Lists that are arrays" says why), it only gains a named schema.
"""

from __future__ import annotations

from typing import Any

REF = "#/components/schemas/"

RENAMED: dict[str, str] = {
    "Body_auth_token": "TokenRequest",
    "Page_AuthorityOverrideRead_": "AuthorityOverridePage",
    "Page_CampaignRead_": "CampaignPage",
    "Page_ConfirmationRead_": "ConfirmationPage",
    "Page_ClientCallRead_": "ClientCallPage",
    "Page_DeliveryRead_": "WebhookDeliveryPage",
    "Page_SubscriptionRead_": "WebhookSubscriptionPage",
    "Page_DecisionSummary_": "DecisionSummaryPage",
    "Page_EvidenceRead_": "EvidencePage",
    "Page_FollowUpRead_": "FollowUpPage",
    "Page_ModelSummary_": "ModelSummaryPage",
    "Page_PlanRead_": "PlanPage",
    "Page_ReviewSummary_": "ReviewSummaryPage",
    "Page_ServiceClientRead_": "ServiceClientPage",
    "Page_UnitRead_": "UnitPage",
    "Page_UserRead_": "UserPage",
}

# Multipart bodies, declared inline by their endpoints (openapi_extra), by operation.
FORM_BODIES: dict[str, str] = {
    "evidence_upload": "EvidenceUploadForm",
    "decisions_document_upload": "DecisionDocumentForm",
    "reviews_minutes_upload": "ReviewMinutesForm",
    "imports_registrations": "RegistrationImportForm",
    "plans_document_upload": "PlanDocumentForm",
    "documents_verify": "DocumentVerifyForm",
}

# The answers that are JSON arrays, by operation, and the name of each array.
ARRAYS: dict[str, str] = {
    "authority_profiles_list": "AuthorityProfileList",
    "comprehensive_conditions_list": "ComprehensiveConditionList",
    "criteria_list": "CriterionList",
    "documents_issue": "IssuedDocumentList",
    "documents_list_for_decision": "IssuedDocumentList",
    "documents_list_for_model": "IssuedDocumentList",
    "fields_list": "FieldList",
    "models_history": "HistoryEntryList",
    "models_surveys_list": "SurveyList",
    "service_client_scopes_list": "ScopeList",
    "unit_categories_list": "UnitCategoryList",
    "unit_kinds_list": "UnitKindList",
    "unit_levels_list": "UnitLevelList",
    "units_ancestors": "UnitAncestorList",
    "user_roles_list": "RoleAssignmentList",
}


# Answers that are one of several schemas, by operation, and the name of the union.
UNIONS: dict[str, str] = {
    "auth_token": "TokenAnswer",  # the password grant's answer, or the client-credentials grant's
}


def _rename_refs(node: Any) -> Any:
    if isinstance(node, list):
        return [_rename_refs(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _rename_refs(value) for key, value in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF) and ref[len(REF) :] in RENAMED:
        out["$ref"] = REF + RENAMED[ref[len(REF) :]]
    return out


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in document.get("paths", {}).values() for op in item.values() if isinstance(op, dict)]


def _name_forms_and_arrays(document: dict[str, Any], schemas: dict[str, Any]) -> None:
    for operation in _operations(document):
        op_id = operation.get("operationId", "")
        form = operation.get("requestBody", {}).get("content", {}).get("multipart/form-data")
        if op_id in FORM_BODIES and form is not None and "$ref" not in form.get("schema", {"$ref": ""}):
            schemas[FORM_BODIES[op_id]] = {"title": FORM_BODIES[op_id], **form["schema"]}
            form["schema"] = {"$ref": REF + FORM_BODIES[op_id]}
        if op_id in ARRAYS:
            for status, response in operation.get("responses", {}).items():
                media = response.get("content", {}).get("application/json")
                if status.startswith("2") and media and media.get("schema", {}).get("type") == "array":
                    name = ARRAYS[op_id]
                    schemas[name] = {**media["schema"], "title": name}
                    media["schema"] = {"$ref": REF + name}
        if op_id in UNIONS:
            for status, response in operation.get("responses", {}).items():
                media = response.get("content", {}).get("application/json")
                if status.startswith("2") and media and "anyOf" in media.get("schema", {}):
                    name = UNIONS[op_id]
                    schemas[name] = {**media["schema"], "title": name}
                    media["schema"] = {"$ref": REF + name}


def name_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """Rename generator-style schemas, name inline form bodies and list answers. Idempotent."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for old, new in RENAMED.items():
        if old in schemas:
            schemas[new] = {**schemas.pop(old), "title": new}
    document["paths"] = _rename_refs(document.get("paths", {}))
    document["components"] = _rename_refs(document["components"])
    _name_forms_and_arrays(document, document["components"]["schemas"])
    return document
