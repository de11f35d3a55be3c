"""What the routes of every resource use: the app's store and settings, the write token, JSON responses,
and the problem responses the OpenAPI document lists."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import Depends, Request
from starlette.exceptions import HTTPException
from starlette.responses import Response

from nutgraf.store import Store
from nutgraf.web.problems import PROBLEM_JSON
from nutgraf.web.security import bearer_token, token_matches
from nutgraf.web.settings import Settings

_PROBLEM = {"content": {PROBLEM_JSON: {}}, "description": "a problem details object (RFC 9457)"}
#: The problem responses any route may give, for the OpenAPI document.
ERRORS: dict[int | str, dict[str, Any]] = {status: _PROBLEM for status in (401, 413, 422, 429, 502, 503)}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """``data`` as an orjson-encoded JSON response."""
    return Response(orjson.dumps(data), status_code=status, media_type="application/json", headers=headers)


def store_of(request: Request) -> Store:
    return request.app.state.store


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


async def require_write_token(request: Request) -> None:
    """Refuses a write with 401 when ``NUTGRAF_API_TOKEN`` is set and the request lacks it.

    ``async`` though it awaits nothing: FastAPI runs a plain function dependency on a worker thread,
    and that hop cost the stateless summary a sixth of its throughput.
    """
    if not token_matches(settings_of(request).api_token, bearer_token(request)):
        raise HTTPException(
            401,
            "this service needs an API token for writes: send Authorization: Bearer <token>",
            headers={"WWW-Authenticate": 'Bearer realm="nutgraf"'},
        )


Write = Depends(require_write_token)
