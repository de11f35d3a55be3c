"""Fetching pages over HTTP(S), safely: bounded in time and size, and never at internal addresses.

One module per job, each importing only those listed before it:

* :mod:`~nutgraf.fetch.settings`: :class:`FetchSettings` (limits, the addresses allowed, the content types
  accepted);
* :mod:`~nutgraf.fetch.destinations`: which URLs and addresses may be fetched (:func:`check_destination`,
  :func:`refusal_reason`, :data:`MAX_FETCHED_URL_CHARS`);
* :mod:`~nutgraf.fetch.deadline`: the whole fetch's time limit, enforced on the connection;
* :mod:`~nutgraf.fetch.body`: reading a body, decompressed within the size cap;
* :mod:`~nutgraf.fetch.responses`: :class:`FetchedPage`, Content-Type parsing, and the hints of a refused
  answer;
* :mod:`~nutgraf.fetch.meta_refresh`: where a page's meta refresh sends the reader (:func:`refresh_target`);
* :mod:`~nutgraf.fetch.client`: :func:`fetch`, the GET that follows and re-checks every redirect, pinned
  to the checked address.

``nutgraf.fetch`` is also the name of the function on the ``nutgraf`` package; the names here are imported
from this package (``from nutgraf.fetch import FetchSettings``).
"""

from nutgraf.fetch.client import fetch
from nutgraf.fetch.destinations import MAX_FETCHED_URL_CHARS, check_destination, refusal_reason
from nutgraf.fetch.meta_refresh import refresh_target
from nutgraf.fetch.responses import FetchedPage, parse_content_type
from nutgraf.fetch.settings import (
    GZIP_FILE_TYPES,
    PAGE_CONTENT_TYPES,
    FetchSettings,
    loopback_from_environment,
)

__all__ = [
    "GZIP_FILE_TYPES",
    "MAX_FETCHED_URL_CHARS",
    "PAGE_CONTENT_TYPES",
    "FetchSettings",
    "FetchedPage",
    "check_destination",
    "fetch",
    "loopback_from_environment",
    "parse_content_type",
    "refresh_target",
    "refusal_reason",
]
