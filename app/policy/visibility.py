"""Who sees what: each aggregate's visibility rule, written once, and the scoped query base every read of
user data goes through.

A rule is a SQL condition for a `Caller`; `scoped(caller, Entity)` is `select(Entity)` limited by it.
Repositories build every read of user data from these (there is no second way); outside this module no
code turns a caller's scope into SQL. What is not visible does not exist for the caller: 404, never 403.
README ("Who sees what") states the same rules in API terms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, bindparam, exists, false, or_, select

from app.models import (
    Campaign,
    Confirmation,
    Decision,
    DecisionModel,
    Document,
    Event,
    Evidence,
    FollowUp,
    IndicatorValue,
    ModelConditions,
    ModelHistory,
    Notification,
    RegisteredModel,
    Review,
    ReviewCandidate,
    SentRegistrationList,
    ServiceClient,
    Survey,
    Unit,
    UnitPlan,
    User,
    WebhookSubscription,
)
from app.policy.permissions import Permission, Role
from app.policy.principal import Caller
from app.policy.scope import InSubtree, path_in, subtree_bounds

M = RegisteredModel
T = TypeVar("T")


# --- registered models ------------------------------------------------------------------------------


def model_scope(caller: Caller) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """What decides which models the caller sees: the subtrees of their read scope, and the units where they
    hold the authority role (the models those units review, propose or decide)."""
    return (
        caller.scope.paths(Permission.READ),
        tuple(g.unit_id for g in caller.scope.grants if g.role == Role.AUTHORITY),
    )


def _model_condition(m: Any, bounds: Iterable[tuple[Any, Any]], deciding: Any | None) -> ColumnElement[bool]:
    """The model rule over columns `m`: the unit path in one of the subtrees, or the stored reviewing,
    proposing or deciding unit among the caller's authority units (a party cell reviews the models of the
    village it leads, outside its subtree). Values may be literals or bind parameters (see
    model_rule_template)."""
    clauses: list[ColumnElement[bool]] = [InSubtree(m.unit_path, low, high) for low, high in bounds]
    if deciding is not None:
        clauses.extend(col.in_(deciding) for col in (m.deciding_unit_id, m.reviewing_unit_id, m.proposing_unit_id))
    return or_(*clauses) if clauses else false()


def model_rule(caller: Caller) -> ColumnElement[bool]:
    """Models of units in the caller's read scope, and those the caller's authority units review, propose or
    decide."""
    paths, deciding = model_scope(caller)
    return _model_condition(M, (subtree_bounds(p) for p in paths), list(deciding) if deciding else None)


def model_rule_template(paths: int, deciding: bool, m: Any) -> ColumnElement[bool]:
    """model_rule() with the scope as bind parameters (`low_0`, `high_0`…, `deciding`), for a statement built
    once per scope shape; `m` holds the columns (`RegisteredModel.__table__.c`). Fill it with
    model_rule_params()."""
    bounds: list[tuple[Any, Any]] = [(bindparam(f"low_{i}"), bindparam(f"high_{i}")) for i in range(paths)]
    return _model_condition(m, bounds, bindparam("deciding", expanding=True) if deciding else None)


def model_rule_params(caller: Caller) -> tuple[tuple[int, bool], dict[str, Any]]:
    """The shape of model_rule_template() for this caller (number of paths, any deciding unit) and its
    parameters."""
    paths, deciding = model_scope(caller)
    params: dict[str, Any] = {}
    for i, path in enumerate(paths):
        params[f"low_{i}"], params[f"high_{i}"] = subtree_bounds(path)
    if deciding:
        params["deciding"] = list(deciding)
    return (len(paths), bool(deciding)), params


def of_visible_model(caller: Caller, model_id: Any) -> ColumnElement[bool]:
    """Rows that belong to a model the caller sees (files, surveys, history): `model_id` is their column."""
    return model_id.in_(select(M.id).where(model_rule(caller)))


# --- aggregates that hang off models ------------------------------------------------------------------


def evidence_rule(caller: Caller) -> ColumnElement[bool]:
    """Evidence files of models the caller sees."""
    return of_visible_model(caller, Evidence.model_id)


def survey_rule(caller: Caller) -> ColumnElement[bool]:
    """On-site surveys of models the caller sees."""
    return of_visible_model(caller, Survey.model_id)


def follow_up_rule(caller: Caller) -> ColumnElement[bool]:
    """The boards' follow-ups of models the caller sees (the registrant reads what was found and asked)."""
    return of_visible_model(caller, FollowUp.model_id)


def conditions_rule(caller: Caller) -> ColumnElement[bool]:
    """The conditions recorded for comprehensive models the caller sees."""
    return of_visible_model(caller, ModelConditions.model_id)


def history_rule(caller: Caller) -> ColumnElement[bool]:
    """History rows of models the caller sees."""
    return of_visible_model(caller, ModelHistory.model_id)


def confirmation_rule(caller: Caller) -> ColumnElement[bool]:
    """Confirmation acts on models the caller sees."""
    return of_visible_model(caller, Confirmation.model_id)


def review_rule(caller: Caller) -> ColumnElement[bool]:
    """Reviews held in the caller's read scope, or with a candidate model the caller sees."""
    via_model = exists(
        select(ReviewCandidate.id)
        .join(M, M.id == ReviewCandidate.model_id)
        .where(ReviewCandidate.review_id == Review.id, model_rule(caller))
    )
    return or_(path_in(Review.holding_unit_path, caller.scope.paths(Permission.READ)), via_model)


def decision_rule(caller: Caller) -> ColumnElement[bool]:
    """Decisions of units in the caller's read scope, and those covering a model the caller sees."""
    covering = select(DecisionModel.decision_id).join(M, M.id == DecisionModel.model_id).where(model_rule(caller))
    return or_(path_in(Decision.issuing_unit_path, caller.scope.paths(Permission.READ)), Decision.id.in_(covering))


def document_rule(caller: Caller) -> ColumnElement[bool]:
    """Generated documents issued by a unit in the caller's read scope; a model's certificate or Giấy khen to
    whoever sees the model; a decision's own text (its annex lists every covered model) to whoever sees every
    model it covers, as the decision read shows only the covered models the caller sees."""
    paths = caller.scope.paths(Permission.READ)
    visible = select(M.id).where(model_rule(caller))
    hidden_covered = exists(
        select(DecisionModel.id).where(
            DecisionModel.decision_id == Document.decision_id, DecisionModel.model_id.not_in(visible)
        )
    )
    return or_(
        path_in(Document.unit_path, paths),
        and_(Document.model_id.is_not(None), Document.model_id.in_(visible)),
        and_(Document.model_id.is_(None), ~hidden_covered),
    )


def visible_linked_models(caller: Caller, model_id: Any, *where: ColumnElement[bool]) -> Select[Any]:
    """The ids of the models the caller sees among those a link table names (`model_id` is its column, `where`
    picks its rows): e.g. the covered models of one decision or the candidates of one review."""
    return select(M.id).join(model_id.class_, model_id == M.id).where(model_rule(caller), *where)


def registration_list_rule(caller: Caller) -> ColumnElement[bool]:
    """Sent registration lists of units in the caller's read scope, and those sent to a unit in it (the
    receiving body sees what arrived)."""
    paths = caller.scope.paths(Permission.READ)
    return or_(path_in(SentRegistrationList.unit_path, paths), path_in(SentRegistrationList.receiving_unit_path, paths))


# --- campaigns and people -----------------------------------------------------------------------------


def ancestor_paths(paths: Iterable[str]) -> list[str]:
    """Every path on the way down to each given path, itself included ("/1/7/" → "/1/", "/1/7/")."""
    out: set[str] = set()
    for path in paths:
        ids = [part for part in path.split("/") if part]
        out.update("/" + "/".join(ids[: depth + 1]) + "/" for depth in range(len(ids)))
    return sorted(out)


def campaign_rule(caller: Caller) -> ColumnElement[bool]:
    """Campaigns owned inside the caller's read subtrees (they run or oversee them), or by a unit above one
    of them (units under the launching body register with it). Both index-friendly: a prefix range on
    `owning_unit_path`, and an IN over the ancestor paths."""
    paths: Sequence[str] = caller.scope.paths(Permission.READ)
    if not paths:
        return false()
    column = Campaign.owning_unit_path
    return or_(path_in(column, paths), column.in_(ancestor_paths(paths)))


def indicator_value_rule(caller: Caller) -> ColumnElement[bool]:
    """Indicator values reported by units in the caller's read subtrees."""
    return path_in(IndicatorValue.unit_path, caller.scope.paths(Permission.READ))


def plan_rule(caller: Caller) -> ColumnElement[bool]:
    """Plans of units in the caller's read subtrees (through the unit tree: plans keep no copy of the path, so a
    moved unit's plan is seen where the unit now is)."""
    return UnitPlan.unit_id.in_(select(Unit.id).where(path_in(Unit.path, caller.scope.paths(Permission.READ))))


def user_rule(caller: Caller) -> ColumnElement[bool]:
    """People whose home unit lies in a subtree the caller manages users in (needs `Unit` joined on the home
    unit, as scoped(caller, User) does). A service client's account row is not a person: it is seen as the
    client (service_client_rule), never as a user."""
    is_client = exists().where(ServiceClient.id == User.id)
    return path_in(Unit.path, caller.scope.paths(Permission.MANAGE_USERS)) & ~is_client


def service_client_rule(caller: Caller) -> ColumnElement[bool]:
    """Service clients whose unit lies in a subtree the caller manages users in (needs `Unit` joined on the
    client's unit, as scoped(caller, ServiceClient) does)."""
    return path_in(Unit.path, caller.scope.paths(Permission.MANAGE_USERS))


def webhook_subscription_rule(caller: Caller) -> ColumnElement[bool]:
    """A service client sees the subscriptions it made; a person, those owned by a unit in a subtree where they
    manage users (their clients' included). Every other subscription is not there (404)."""
    if caller.client is not None:
        return WebhookSubscription.client_id == caller.client.id
    units = select(Unit.id).where(path_in(Unit.path, caller.scope.paths(Permission.MANAGE_USERS)))
    return WebhookSubscription.owner_unit_id.in_(units)


# --- a person's own -----------------------------------------------------------------------------------


def notification_rule(caller: Caller) -> ColumnElement[bool]:
    """A person's own notifications, nobody else's (an administrator's neither); a service client is not a
    person and has none."""
    if caller.client is not None:
        return false()
    return Notification.user_id == caller.user.id


# --- events -------------------------------------------------------------------------------------------

# What each resource type's events follow: the aggregate whose rule applies to the event's `subject_id` (a
# file's events follow its model, so they stay visible after the file is deleted); None: public (the tree).
# A plan may be deleted (a mistaken record) and is read by whoever reads its unit: its events follow the plan's
# rule on the unit path they were written at (BY_UNIT), so `plan.deleted` stays visible to the plan's readers.
EVENT_SUBJECTS: dict[str, type[Any] | None] = {
    "model": RegisteredModel,
    "evidence": RegisteredModel,
    "review": Review,
    "decision": Decision,
    "campaign": Campaign,
    "registration-list": SentRegistrationList,
    "indicator-value": IndicatorValue,
    "plan": UnitPlan,
    "notification": Notification,
    "unit": None,
}
BY_UNIT: dict[type[Any], Callable[[Caller], Iterable[str]]] = {
    UnitPlan: lambda caller: caller.scope.paths(Permission.READ)  # plan_rule's subtrees
}
# A person's own resources: their events' subject is the person they are for (events.catalogue.PERSON), so only
# that person reads them (not a service client, which is no person).
BY_PERSON: frozenset[type[Any]] = frozenset({Notification})


def event_rule(caller: Caller) -> ColumnElement[bool]:
    """Events about what the caller may read now: each follows its resource's rule (RULES) through
    `subject_id`; events about the unit tree are public. Rows written before the catalogue (version 0) are
    never served."""
    clauses: list[ColumnElement[bool]] = []
    for entity in dict.fromkeys(EVENT_SUBJECTS.values()):
        kinds = [kind for kind, subject in EVENT_SUBJECTS.items() if subject is entity]
        if entity is None:
            clauses.append(Event.resource_type.in_(kinds))
        elif entity in BY_UNIT:
            clauses.append(and_(Event.resource_type.in_(kinds), path_in(Event.unit_path, BY_UNIT[entity](caller))))
        elif entity in BY_PERSON:
            if caller.client is None:
                clauses.append(and_(Event.resource_type.in_(kinds), Event.subject_id == caller.user.id))
        else:
            visible = select(entity.id).where(RULES[entity](caller))
            clauses.append(and_(Event.resource_type.in_(kinds), Event.subject_id.in_(visible)))
    return and_(Event.version > 0, or_(*clauses))


# --- the scoped query base ----------------------------------------------------------------------------


def _users(caller: Caller) -> Select[Any]:
    return select(User).join(Unit, Unit.id == User.home_unit_id).where(user_rule(caller))


def _service_clients(caller: Caller) -> Select[Any]:
    return select(ServiceClient).join(Unit, Unit.id == ServiceClient.unit_id).where(service_client_rule(caller))


def _plain(entity: Any, rule: Callable[[Caller], ColumnElement[bool]]) -> Callable[[Caller], Select[Any]]:
    return lambda caller: select(entity).where(rule(caller))


RULES: dict[type[Any], Callable[[Caller], ColumnElement[bool]]] = {
    RegisteredModel: model_rule,
    Review: review_rule,
    Decision: decision_rule,
    Document: document_rule,
    Campaign: campaign_rule,
    User: user_rule,
    Evidence: evidence_rule,
    Survey: survey_rule,
    ModelHistory: history_rule,
    Confirmation: confirmation_rule,
    FollowUp: follow_up_rule,
    ModelConditions: conditions_rule,
    IndicatorValue: indicator_value_rule,
    SentRegistrationList: registration_list_rule,
    UnitPlan: plan_rule,
    Event: event_rule,
    Notification: notification_rule,
    ServiceClient: service_client_rule,
    WebhookSubscription: webhook_subscription_rule,
}
"""Each aggregate of user data and its rule (the unit tree and reference data are public)."""

_BASES: dict[type[Any], Callable[[Caller], Select[Any]]] = {
    **{entity: _plain(entity, rule) for entity, rule in RULES.items()},
    User: _users,
    ServiceClient: _service_clients,
}


def scoped(caller: Caller, entity: type[T]) -> Select[T]:
    """`select(entity)` limited to the rows the caller may see; the start of every read of user data."""
    return _BASES[entity](caller)
