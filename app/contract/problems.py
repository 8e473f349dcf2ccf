"""Typed problem details: the extension fields the server adds to a problem, as named schemas.

`core.openapi_docs.Problem` is the RFC 9457 base every error answer satisfies. The server adds fields to
some (`core.errors.AppError` keeps every keyword not starting with `_` as an extension): these schemas
name them, so a generated client reads `allowed_actions` or `current_etag` as typed fields, not extras.
`type_problem_responses` points each documented error response at the schema of what that status can
carry for that operation (the statuses themselves, and their headers, are declared by core.openapi_docs
and core.openapi_guard; this module only types their bodies).
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, Field

from app.core.openapi_docs import Problem, ProblemError, problem_example
from app.workflow.codes import ActionCode, StateCode

REF = "#/components/schemas/"


class ValidationProblem(Problem):
    """A problem with one entry per invalid input (422 `validation_failed` and the domain checks)."""

    errors: list[ProblemError] = Field(
        description="What is wrong, and where (`pointer` into the body, or `parameter` with `in`)."
    )


class TransitionProblem(Problem):
    """A move refused in the model's state (409 `transition_not_allowed`), or an unknown action
    (422 `unknown_action`): what the caller may do instead."""

    state: StateCode | None = Field(default=None, description="The model's state (409 only).")
    allowed_actions: list[ActionCode] = Field(description="Moves possible from the model's state.")


class GuardError(BaseModel):
    """A guard that refused the move (a rule of the transition table), or a missing part of its payload."""

    code: str = Field(description="The guard's code (see GET /workflow), e.g. `required_fields`.")
    detail: str
    pointer: str | None = Field(default=None, description="JSON pointer to the field concerned, if any.")


class GuardProblem(Problem):
    """A move whose guards do not hold yet (422 `guard_failed`): each failed guard, with its reason."""

    errors: list[GuardError] = Field(description="Every guard that failed, with why.")  # type: ignore[assignment]


class PreconditionProblem(Problem):
    """If-Match did not match (412 `precondition_failed`), or the resource changed under a write
    (412 `concurrent_update`)."""

    current_etag: str | None = Field(
        default=None, description="The resource's current ETag (when known): read it again, then retry with this one."
    )


class OutageProblem(Problem):
    """The database could not serve the request (503): retry after Retry-After."""

    reason: str | None = Field(
        default=None, description="What failed, e.g. `timeout`, `unreachable`, `read_only`, `serialization`."
    )


class TokenProblem(Problem):
    """A refused token request or refresh: also carries OAuth 2's `error` and `error_description` (RFC 6749
    §5.2), so an OAuth library reads it as its own error body."""

    error: str | None = Field(
        default=None,
        description="`invalid_grant`, `invalid_client` (401, with `WWW-Authenticate: Basic`), `invalid_scope`, "
        "`invalid_request` or `unsupported_grant_type`.",
    )
    error_description: str | None = Field(default=None, description="The refusal in English.")


class ScopeProblem(Problem):
    """A service client's token lacks the operation's scope (403 `insufficient_scope`), or an administrator
    gave a client scopes beyond their own (422 `scope_exceeds_creator`)."""

    required_scope: str | None = Field(
        default=None, description="403: the scope the operation needs; null when no scope opens it."
    )
    scopes: list[str] | None = Field(default=None, description="422: the scopes the administrator may not give.")
    errors: list[ProblemError] | None = None


class SizeProblem(Problem):
    """A body or file over a limit (413): the limit, and for a model's files its quota and what is used."""

    max_bytes: int | None = None
    quota_bytes: int | None = None
    used_bytes: int | None = None


class StateProblem(Problem):
    """A model in the wrong state for this (409 `model_not_editable`, `candidate_state`, `model_state`; 422
    `follow_up_not_allowed`)."""

    model_id: str | None = None
    state: StateCode | None = None
    expected_state: StateCode | list[StateCode] | None = None
    required_state: StateCode | list[StateCode] | None = None


class UnitFieldProblem(Problem):
    """A unit named by a field of the body that does not exist or is closed (422 `override_unit_not_found`,
    `override_unit_closed`)."""

    field: str = Field(description="The body's field naming the unit, e.g. `deciding_unit_id`.")


class FileProblem(Problem):
    """A file refused (upload, minutes, a decision's text): its type, size, pixels, a form field, the quota."""

    errors: list[ProblemError] | None = None
    allowed: list[str] | None = Field(default=None, description="The values allowed (e.g. evidence kinds).")
    declared_type: str | None = Field(default=None, description="The media type the client declared.")
    detected_type: str | None = Field(default=None, description="The media type found in the content.")
    field: str | None = Field(default=None, description="The form field concerned.")
    width: int | None = None
    height: int | None = None
    max_pixels: int | None = None
    max_bytes: int | None = None
    file_bytes: int | None = None
    quota_bytes: int | None = None
    used_bytes: int | None = None
    state: StateCode | None = Field(default=None, description="The model's state, when it forbids the change.")


class AuthorityProblem(Problem):
    """The authority tree cannot be walked for a unit (422 `authority_unresolvable`): where and why."""

    unit_id: int | None = Field(default=None, description="The unit the walk started from.")
    relation: str | None = Field(default=None, description="The relation that could not be followed.")
    at: str | None = Field(default=None, description="The unit where the walk stopped, as `name (code)`.")
    missing: int | None = Field(default=None, description="The id of a unit the tree names but does not hold.")
    hops: int | None = Field(default=None, description="The walk's limit, when it was reached.")
    kind_vi: str | None = None
    kind_en: str | None = None


class ReviewProblem(Problem):
    """A review refused a change: the model, member or candidate concerned and where in the body."""

    errors: list[ProblemError] | None = None
    model_id: str | None = None
    state: StateCode | None = None
    expected_state: StateCode | list[StateCode] | None = None
    member_id: str | None = None
    candidate_id: str | None = None
    pointer: str | None = Field(default=None, description="JSON pointer into the body.")


class LimitProblem(ValidationProblem):
    """An import over a limit of rows, columns or cells (422 `too_many_rows`, …)."""

    limit: int


class DecisionProblem(Problem):
    """A decision refused: the fields its checks add (competent unit, review, outcome, revocation)."""

    errors: list[ProblemError] | None = None
    issuing_unit: dict[str, Any] | None = Field(default=None, description="The unit named as issuer.")
    review_id: str | None = None
    purpose: str | None = None
    needed: str | None = None
    required_outcome: str | None = None
    required_state: StateCode | list[StateCode] | None = None
    revoked_at: str | None = None
    existing_id: str | None = Field(default=None, description="The decision that already has this number.")
    recognition_starts_on: str | None = None
    recognition_ends_on: str | None = None
    today: str | None = None


SCHEMAS: tuple[type[BaseModel], ...] = (
    ValidationProblem,
    TransitionProblem,
    GuardProblem,
    PreconditionProblem,
    OutageProblem,
    TokenProblem,
    ScopeProblem,
    SizeProblem,
    StateProblem,
    LimitProblem,
    DecisionProblem,
    UnitFieldProblem,
    FileProblem,
    AuthorityProblem,
    ReviewProblem,
)

# The schema of a status everywhere, then per operation where it carries more. A 422 is most often a
# ValidationProblem (`errors` with pointers); a domain refusal without `errors` is a plain Problem.
BY_STATUS: dict[str, tuple[str, ...]] = {
    "403": ("ScopeProblem",),
    "412": ("PreconditionProblem",),
    "413": ("SizeProblem",),
    "422": ("ValidationProblem", "Problem"),
    "503": ("OutageProblem",),
}
BY_OPERATION: dict[tuple[str, str], tuple[str, ...]] = {
    ("models_transition", "409"): ("TransitionProblem",),
    ("models_transition", "422"): (
        "GuardProblem",
        "TransitionProblem",
        "ValidationProblem",
        "AuthorityProblem",
        "Problem",
    ),
    ("models_surveys_create", "422"): ("GuardProblem", "ValidationProblem", "Problem"),
    ("models_update", "409"): ("StateProblem",),
    ("follow_ups_create", "422"): ("StateProblem", "ValidationProblem", "Problem"),
    ("decisions_create", "409"): ("DecisionProblem", "StateProblem"),
    ("decisions_create", "422"): ("DecisionProblem",),
    ("decisions_create", "403"): ("DecisionProblem",),
    ("decisions_revoke", "409"): ("DecisionProblem",),
    ("imports_registrations", "422"): ("LimitProblem", "ValidationProblem", "Problem"),
    ("authority_overrides_put", "422"): ("UnitFieldProblem", "ValidationProblem", "AuthorityProblem", "Problem"),
    ("auth_token", "401"): ("TokenProblem",),
    ("auth_token", "400"): ("TokenProblem",),
    ("auth_refresh", "401"): ("TokenProblem",),
    **{
        (op, "422"): ("ScopeProblem", "ValidationProblem", "Problem")
        for op in ("service_clients_create", "service_clients_update")
    },
    **{
        (op, status): ("FileProblem",)
        for op in (
            "evidence_upload",
            "decisions_document_upload",
            "reviews_minutes_upload",
            "plans_document_upload",
            "evidence_delete",
        )
        for status in ("409", "413", "415", "422")
    },
    **{
        (op, "422"): ("ValidationProblem", "AuthorityProblem", "Problem")
        for op in (
            "models_create",
            "models_update",
            "models_authority",
            "authority_resolve",
            "units_move",
            "campaigns_update",
        )
    },
    **{
        (op, status): ("ReviewProblem",)
        for op in (
            "reviews_candidates_add",
            "reviews_candidates_update",
            "reviews_candidates_remove",
            "reviews_ballot",
            "reviews_members_add",
            "reviews_members_update",
            "reviews_members_remove",
            "reviews_close",
            "reviews_update",
        )
        for status in ("409", "422")
    },
}


# Examples of what these operations answer, where the generic one of the status would not show the fields.
EXAMPLES: dict[tuple[str, str], dict[str, Any]] = {
    ("models_transition", "409"): problem_example(
        409,
        "transition_not_allowed",
        "Không thể thực hiện 'accept' khi mô hình ở trạng thái 'draft'.",
        state="draft",
        allowed_actions=["submit", "withdraw"],
    ),
    ("models_transition", "422"): problem_example(
        422,
        "guard_failed",
        "Chưa đáp ứng điều kiện để thực hiện 'submit'.",
        errors=[{"code": "required_fields", "detail": "Thiếu ngày bắt đầu.", "pointer": "#/start_date"}],
    ),
}


def _schema_of(names: tuple[str, ...]) -> dict[str, Any]:
    if len(names) == 1:
        return {"$ref": REF + names[0]}
    return {"anyOf": [{"$ref": REF + n} for n in names]}


def declare_problem_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """Add the typed problem schemas (and what they use) to the components. Idempotent."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for model in SCHEMAS:
        schema = model.model_json_schema(ref_template=REF + "{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    return document


def type_problem_responses(document: dict[str, Any]) -> dict[str, Any]:
    """Point every problem response whose status (or operation and status) carries more at its schema."""
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            responses = operation.get("responses", {})
            for status, response in responses.items():
                media = response.get("content", {}).get("application/problem+json")
                if media is None or media.get("schema") != {"$ref": REF + "Problem"}:
                    continue
                names = BY_OPERATION.get((operation.get("operationId", ""), status))
                if names is None:
                    names = BY_STATUS.get(status)
                if names is not None:
                    # A copy: an entry may be an object several operations (or apps) share.
                    responses[status] = copy.deepcopy(response)
                    media = responses[status]["content"]["application/problem+json"]
                    media["schema"] = _schema_of(names)
                    key = (operation.get("operationId", ""), status)
                    if key in EXAMPLES:
                        media["example"] = EXAMPLES[key]
    return document
