"""Fetching pages over HTTP(S), safely (:mod:`nutgraf.fetch.client` for now: to be split into one module
per job)."""

from nutgraf.fetch.client import (
    GZIP_FILE_TYPES,
    PAGE_CONTENT_TYPES,
    TRUE_WORDS,
    FetchedPage,
    FetchSettings,
    check_destination,
    fetch,
    loopback_from_environment,
    parse_content_type,
    refresh_target,
    refusal_reason,
)

__all__ = [
    "GZIP_FILE_TYPES",
    "PAGE_CONTENT_TYPES",
    "TRUE_WORDS",
    "FetchSettings",
    "FetchedPage",
    "check_destination",
    "fetch",
    "loopback_from_environment",
    "parse_content_type",
    "refresh_target",
    "refusal_reason",
]
