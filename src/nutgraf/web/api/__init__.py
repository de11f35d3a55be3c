"""The JSON API under ``/api``, one module per resource: ``articles``, ``summaries`` (of stored articles,
and stateless), ``feeds``, ``sites`` and ``embed`` (what the widget on a site's pages asks for).
Responses are serialized with orjson; errors are problem details (RFC 9457).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from nutgraf.web.api import articles, embed, feeds, sites, summaries
from nutgraf.web.api.common import ERRORS, known_query_parameters

router = APIRouter(prefix="/api", responses=ERRORS, dependencies=[Depends(known_query_parameters)])
# First: routes are matched in order, and the widget's summaries are the busiest requests of a site.
router.include_router(embed.router)
router.include_router(articles.router)
router.include_router(summaries.router)
router.include_router(feeds.router)
router.include_router(sites.router)

__all__ = ["router"]
