"""Leftovers of the last stops, each as what a user notices: a routing error's detail that a path's bidi
override or escape sequence no longer reorders or recolours, a batch resumed over an old output of an input
whose ids repeat, a German league's round ("2. Bundesliga, 15. Spieltag") kept with its story."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize(
    ("method", "path", "shown"),
    [
        ("DELETE", "/api/articles%E2%80%AEexe.pdf", "DELETE '/api/articles\\u202eexe.pdf'"),
        ("PATCH", "/api/articles/%E2%80%AE%1B[2J", "PATCH '/api/articles/\\u202e\\x1b[2J'"),
        ("PUT", "/api/feeds/%E2%81%A6x%00", "PUT '/api/feeds/\\u2066x\\x00'"),
    ],
)
def test_a_routing_error_shows_a_path_s_controls_escaped(
    api: httpx.Client, method: str, path: str, shown: str
) -> None:
    # The 404's and 405's detail echoed the decoded path: an override (U+202E) reversed the rest of the
    # detail where a client printed it, and an escape sequence reached the terminal of one reading a log.
    detail = api.request(method, path).json()["detail"]
    assert detail.startswith(f"{shown}: ")
    assert not any(character in detail for character in "\u202e\u2066\x1b\x00")


@pytest.mark.parametrize(
    ("method", "path", "detail"),
    [
        ("DELETE", "/api/articles/1", "DELETE /api/articles/1: this endpoint takes GET only"),
        ("GET", "/api/nothing", "GET /api/nothing: no endpoint of the API answers this address"),
        ("GET", "/api/n%C3%BCrnberg", "GET /api/nürnberg: no endpoint"),
        ("GET", "/api/%D7%97%D7%93%D7%A9%D7%95%D7%AA", "GET /api/חדשות: no endpoint"),
    ],
)
def test_a_routing_error_shows_a_plain_or_foreign_path_as_it_is(
    api: httpx.Client, method: str, path: str, detail: str
) -> None:
    assert api.request(method, path).json()["detail"].startswith(detail)
