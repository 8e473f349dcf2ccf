from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_result import ImportResult
from ...models.limit_problem import LimitProblem
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.registration_import_form import RegistrationImportForm
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RegistrationImportForm,
    campaign: UUID,
    year: int,
    dry_run: bool | Unset = True,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_campaign = str(campaign)
    params["campaign"] = json_campaign

    params["year"] = year

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/imports/registrations",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ImportResult
    | LimitProblem
    | Problem
    | ValidationProblem
    | OutageProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | None
):
    if response.status_code == 200:
        response_200 = ImportResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScopeProblem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = SizeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:

        def _parse_response_422(data: object) -> LimitProblem | Problem | ValidationProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = LimitProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = ValidationProblem.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_2 = Problem.from_dict(data)

            return response_422_type_2

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = OutageProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ImportResult | LimitProblem | Problem | ValidationProblem | OutageProblem | Problem | ScopeProblem | SizeProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegistrationImportForm,
    campaign: UUID,
    year: int,
    dry_run: bool | Unset = True,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    ImportResult | LimitProblem | Problem | ValidationProblem | OutageProblem | Problem | ScopeProblem | SizeProblem
]:
    """Import the registration form (XLSX)

     Upload the registration list form filled in Excel (the layout of `GET
    /reports/registrations?format=xlsx`). The header row is found by its labels in the first 15 rows
    (else 422 `header_not_found`); blank rows are skipped, the `Tổng` row ends the list, a blank unit
    cell under a filled one (a merged cell) repeats the unit above, marks are `x`, `X` or `✓`, dates are
    real dates or text dd/mm/yyyy or yyyy-mm-dd. Per row: the unit is matched by code or exact name
    (ignoring case and diacritics) among the units where the caller may register models — unknown,
    outside that scope or ambiguous is an error; exactly one field × collective/individual mark; at most
    one level; end ≥ start; no formulas. At most DVK_IMPORT_MAX_ROWS (default 10000) data rows and
    DVK_IMPORT_MAX_BYTES (default 10 MiB; the body is cut off with 413 `payload_too_large` as it passes
    the limit); not an XLSX is 415.

    `dry_run=true` (default) returns per row what would be created or its errors (row, column, code,
    vi/en message). `dry_run=false` creates every row as a draft in one transaction, or nothing (422
    `import_rows_invalid` with the errors). `Idempotency-Key` (fingerprint: the file's SHA-256 and the
    query) makes a retry return the first answer.

    Args:
        campaign (UUID):
        year (int):
        dry_run (bool | Unset):  Default: True.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RegistrationImportForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResult | LimitProblem | Problem | ValidationProblem | OutageProblem | Problem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        campaign=campaign,
        year=year,
        dry_run=dry_run,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RegistrationImportForm,
    campaign: UUID,
    year: int,
    dry_run: bool | Unset = True,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    ImportResult
    | LimitProblem
    | Problem
    | ValidationProblem
    | OutageProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Import the registration form (XLSX)

     Upload the registration list form filled in Excel (the layout of `GET
    /reports/registrations?format=xlsx`). The header row is found by its labels in the first 15 rows
    (else 422 `header_not_found`); blank rows are skipped, the `Tổng` row ends the list, a blank unit
    cell under a filled one (a merged cell) repeats the unit above, marks are `x`, `X` or `✓`, dates are
    real dates or text dd/mm/yyyy or yyyy-mm-dd. Per row: the unit is matched by code or exact name
    (ignoring case and diacritics) among the units where the caller may register models — unknown,
    outside that scope or ambiguous is an error; exactly one field × collective/individual mark; at most
    one level; end ≥ start; no formulas. At most DVK_IMPORT_MAX_ROWS (default 10000) data rows and
    DVK_IMPORT_MAX_BYTES (default 10 MiB; the body is cut off with 413 `payload_too_large` as it passes
    the limit); not an XLSX is 415.

    `dry_run=true` (default) returns per row what would be created or its errors (row, column, code,
    vi/en message). `dry_run=false` creates every row as a draft in one transaction, or nothing (422
    `import_rows_invalid` with the errors). `Idempotency-Key` (fingerprint: the file's SHA-256 and the
    query) makes a retry return the first answer.

    Args:
        campaign (UUID):
        year (int):
        dry_run (bool | Unset):  Default: True.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RegistrationImportForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResult | LimitProblem | Problem | ValidationProblem | OutageProblem | Problem | ScopeProblem | SizeProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        campaign=campaign,
        year=year,
        dry_run=dry_run,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegistrationImportForm,
    campaign: UUID,
    year: int,
    dry_run: bool | Unset = True,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    ImportResult | LimitProblem | Problem | ValidationProblem | OutageProblem | Problem | ScopeProblem | SizeProblem
]:
    """Import the registration form (XLSX)

     Upload the registration list form filled in Excel (the layout of `GET
    /reports/registrations?format=xlsx`). The header row is found by its labels in the first 15 rows
    (else 422 `header_not_found`); blank rows are skipped, the `Tổng` row ends the list, a blank unit
    cell under a filled one (a merged cell) repeats the unit above, marks are `x`, `X` or `✓`, dates are
    real dates or text dd/mm/yyyy or yyyy-mm-dd. Per row: the unit is matched by code or exact name
    (ignoring case and diacritics) among the units where the caller may register models — unknown,
    outside that scope or ambiguous is an error; exactly one field × collective/individual mark; at most
    one level; end ≥ start; no formulas. At most DVK_IMPORT_MAX_ROWS (default 10000) data rows and
    DVK_IMPORT_MAX_BYTES (default 10 MiB; the body is cut off with 413 `payload_too_large` as it passes
    the limit); not an XLSX is 415.

    `dry_run=true` (default) returns per row what would be created or its errors (row, column, code,
    vi/en message). `dry_run=false` creates every row as a draft in one transaction, or nothing (422
    `import_rows_invalid` with the errors). `Idempotency-Key` (fingerprint: the file's SHA-256 and the
    query) makes a retry return the first answer.

    Args:
        campaign (UUID):
        year (int):
        dry_run (bool | Unset):  Default: True.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RegistrationImportForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportResult | LimitProblem | Problem | ValidationProblem | OutageProblem | Problem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        campaign=campaign,
        year=year,
        dry_run=dry_run,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegistrationImportForm,
    campaign: UUID,
    year: int,
    dry_run: bool | Unset = True,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    ImportResult
    | LimitProblem
    | Problem
    | ValidationProblem
    | OutageProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Import the registration form (XLSX)

     Upload the registration list form filled in Excel (the layout of `GET
    /reports/registrations?format=xlsx`). The header row is found by its labels in the first 15 rows
    (else 422 `header_not_found`); blank rows are skipped, the `Tổng` row ends the list, a blank unit
    cell under a filled one (a merged cell) repeats the unit above, marks are `x`, `X` or `✓`, dates are
    real dates or text dd/mm/yyyy or yyyy-mm-dd. Per row: the unit is matched by code or exact name
    (ignoring case and diacritics) among the units where the caller may register models — unknown,
    outside that scope or ambiguous is an error; exactly one field × collective/individual mark; at most
    one level; end ≥ start; no formulas. At most DVK_IMPORT_MAX_ROWS (default 10000) data rows and
    DVK_IMPORT_MAX_BYTES (default 10 MiB; the body is cut off with 413 `payload_too_large` as it passes
    the limit); not an XLSX is 415.

    `dry_run=true` (default) returns per row what would be created or its errors (row, column, code,
    vi/en message). `dry_run=false` creates every row as a draft in one transaction, or nothing (422
    `import_rows_invalid` with the errors). `Idempotency-Key` (fingerprint: the file's SHA-256 and the
    query) makes a retry return the first answer.

    Args:
        campaign (UUID):
        year (int):
        dry_run (bool | Unset):  Default: True.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RegistrationImportForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportResult | LimitProblem | Problem | ValidationProblem | OutageProblem | Problem | ScopeProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            campaign=campaign,
            year=year,
            dry_run=dry_run,
            idempotency_key=idempotency_key,
            x_request_id=x_request_id,
        )
    ).parsed
