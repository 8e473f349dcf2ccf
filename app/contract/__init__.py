"""The contract as a product: names, examples, typed problems, webhooks, named enums, tags, servers and security.

Applied to the OpenAPI document after every other step (core.openapi_docs and core.openapi_guard declare
the statuses and headers; this package shapes the schemas and examples)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from app.contract.document import describe_document
from app.contract.enums import name_enums
from app.contract.examples import add_examples
from app.contract.names import name_schemas
from app.contract.problems import declare_problem_schemas, type_problem_responses
from app.contract.security import declare_security
from app.contract.webhooks import add_webhooks


def install_contract(app: FastAPI) -> None:
    """Wrap app.openapi() (after every other step) so the document names its enums and types its problems."""
    original = app.openapi
    built: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if "document" not in built:  # the steps walk the whole document: once per app
            document = add_examples(name_schemas(original()))
            document = type_problem_responses(declare_problem_schemas(document))
            built["document"] = declare_security(describe_document(name_enums(add_webhooks(document))))
        return built["document"]

    app.openapi = openapi  # type: ignore[method-assign]
