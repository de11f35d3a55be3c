"""``GET /healthz``: whether this process can serve, for load balancers and monitors."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import anyio
from fastapi import APIRouter, Request
from starlette.responses import Response

from nutgraf.errors import SCHEMA_INCOMPLETE_MESSAGE, StoreOutageError, StoreSchemaError, client_message
from nutgraf.web.api.common import PROBLEM_RESPONSE, json_response, store_of
from nutgraf.web.problems import problem

if TYPE_CHECKING:
    from nutgraf.store import Store

log = logging.getLogger(__name__)
router = APIRouter(tags=["service"])


@router.get("/healthz", responses={503: PROBLEM_RESPONSE})
async def healthz(request: Request) -> Response:
    """200 ``{"status": "ok", "schema": REVISION}`` while the store answers and its schema is the one
    this code expects, every table and column of it there; 503 otherwise: ``store_unavailable`` (the
    database does not answer), ``schema_mismatch`` (another version of nutgraf migrated it: run one
    version per database) or ``schema_incomplete`` (a table or a column is gone: restore the database).

    What is wrong is logged when it starts and when it changes, and its end once: a balancer polls every
    few seconds, and a line each time (an ERROR for a missing table) buried the log of the hours it lasted.
    """
    said: HealthLog = request.app.state.health_log
    try:
        # On threads of its own (app.state.health_threads): it never waits behind pages, summaries or
        # fetches, so a busy replica is not taken for a dead one.
        limiter = request.app.state.health_threads
        found, expected, missing = await anyio.to_thread.run_sync(
            _schema_state, store_of(request), limiter=limiter
        )
    except Exception as exc:
        if said.changed("store_unavailable"):
            # Details for the log, not clients.
            log.warning("health check: the store does not answer: %s", exc)
        retry = {"Retry-After": str(StoreOutageError.retry_after)}
        return problem(503, "the store does not answer", kind="store_unavailable", headers=retry)
    if missing:
        # Said as every request that meets it says it (500 there): the revision alone had read "ok" with a
        # table dropped, and the balancer kept sending readers to a replica that failed them.
        error = StoreSchemaError(f"on /healthz: the database lacks {', '.join(missing)}")
        if said.changed(f"schema_incomplete: {', '.join(missing)}"):
            detail = client_message(error)  # which logs what is missing, once for this state
        else:
            detail = SCHEMA_INCOMPLETE_MESSAGE
        return problem(503, detail, kind=error.kind)
    if found != expected:
        detail = (
            f"the store's schema is at {', '.join(sorted(found)) or 'nothing'}, this nutgraf expects "
            f"{', '.join(sorted(expected))}: run the same version of nutgraf in every process of a database"
        )
        if said.changed(f"schema_mismatch: {', '.join(sorted(found))}"):
            log.warning("health check: %s", detail)
        return problem(503, detail, kind="schema_mismatch")
    if said.changed("ok"):
        log.warning("health check: the store answers again, its schema whole")
    return json_response({"status": "ok", "schema": ", ".join(sorted(found))})


class HealthLog:
    """The state the last health check found, so that each state is logged once, when it begins. Used
    from the event loop only."""

    def __init__(self) -> None:
        # "ok" at start: a healthy store says nothing; the first fault is logged.
        self._state = "ok"

    def changed(self, state: str) -> bool:
        """Whether ``state`` differs from the last check's; it is the last from now on."""
        changed, self._state = state != self._state, state
        return changed


def _schema_state(store: Store) -> tuple[set[str], set[str], list[str]]:
    """The store's schema revisions and this code's (:meth:`~nutgraf.store.database.Database.schema_revisions`),
    and the tables and columns the store lacks (:meth:`~nutgraf.store.database.Database.missing_schema`)
    when they agree: another version's schema may well differ."""
    found, expected = store.schema_revisions()
    return found, expected, store.missing_schema() if found == expected else []
