"""/workflow: the models' state machine, documented from the same table the workflow service runs on."""

from __future__ import annotations

from fastapi import APIRouter

from app.core.bodies import GuardedRoute
from app.core.openapi_docs import problems
from app.workflow.doc import WorkflowDoc, workflow_doc

router = APIRouter(tags=["workflow"], route_class=GuardedRoute)


@router.get(
    "/workflow",
    operation_id="workflow_get",
    summary="The workflow state machine",
    response_model=WorkflowDoc,
    responses=problems(422),
)
async def get_workflow() -> WorkflowDoc:
    """States with their facts, and every move (decisions', revocations' and commendations' too) with its
    from-states, target, roles, guards, payload and the endpoint that takes it."""
    return workflow_doc()
