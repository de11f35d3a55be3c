"""Round 33 of hostile input: the last stop's paths at their worst (the summary request's options at their
bounds and of the wrong types, the widget's and the routing errors' answers to hostile Origin and Host headers,
an output of repeated ids holding a line nested past what a parser follows), each answered with nutgraf's own
error that says what was wrong, not a server error or a traceback."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING, Any

import pytest

from test_leftovers13 import _batch_command, sport_export

if TYPE_CHECKING:
    from pathlib import Path

    import httpx

ARTICLE = (
    "The harbour committee met on Thursday to review the annual report. "
    "Members said the dredging programme had grown faster than expected this year. "
    "The chair promised a full public consultation before any new rules are written. "
    "Local groups welcomed the decision but asked for more money for harbour projects."
)

# --- POST /api/summarize: each option at its bounds, of the wrong type, and contradicting another ---

OPTIONS: list[dict[str, Any]] = [
    {"sentences": 0},
    {"sentences": -1},
    {"sentences": 2**63},
    {"sentences": True},
    {"sentences": "2"},
    {"sentences": 1.5},
    {"words": 0},
    {"words": 10**30},
    {"words": [30]},
    {"keyphrases": -5},
    {"keyphrases": 10**6},
    {"keyphrases": {}},
    {"length": "x" * 5_000},
    {"length": "short", "sentences": 3},
    {"length": "long", "words": 30},
    {"form": "bullets", "words": 1},
    {"form": None},
    {"form": "\u202eheadline"},
    {"avoid": ["x" * 300] * 50},
    {"avoid": "sports"},
    {"avoid": [None, 1, []]},
    {"language": "\x00"},
    {"language": "sr-Latn", "output_language": "mk"},
    {"language": "x" * 17},
    {"output_language": ["en"]},
    {"summarizer": "\u202e" * 64},
    {"summarizer": "x" * 65},
    {"evidence": "yes", "strict": "no"},
    {"strict": True, "form": "headline", "length": "long"},
    {"text": None},
    {"text": ["a"]},
    {"text": ""},
    {"html": ARTICLE, "text": ARTICLE},
]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda options: ",".join(options))
def test_a_summary_request_s_options_at_their_bounds_are_a_summary_or_a_client_error(
    api: httpx.Client, options: dict[str, Any]
) -> None:
    response = api.post("/api/summarize", json={"text": ARTICLE, **options})
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["detail"], response.text
    else:
        assert response.json()["text"]


# --- the widget's endpoints and the routing errors, asked from hostile Origins and Hosts ---

ORIGINS = [
    "null",
    "*",
    "http://example.com:99999",
    "http://user:pass@example.com",
    "http://" + "a" * 5_000 + ".com",
    "http://[::1]",
    "http://example.com.",
    "https://ex ample.com",
    "%00",
]
HOSTS = ["a" * 300, "example.com:99999", "[::1]", "example..com", "localhost:0"]
PATHS = [
    "/api/embed/summary?url=http://example.com/a",
    "/api/embed/flags",
    "/embed/frame?url=http://example.com/a",
    "/embed/labels/xx",
    "/api/articles/" + "9" * 40,
    "/api/articles/%E2%80%AE/summary",
    "/api/sites/-1/flags",
    "/api/" + "a/" * 500,
]


@pytest.mark.parametrize("path", PATHS)
def test_the_widget_and_routing_answer_hostile_origins_and_hosts_without_a_server_error(
    api: httpx.Client, path: str
) -> None:
    for number, method in enumerate(("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")):
        headers = {"Origin": ORIGINS[number % len(ORIGINS)], "Host": HOSTS[number % len(HOSTS)]}
        response = api.request(method, path, headers=headers, content=b'{"url": "http://example.com"}')
        assert response.status_code < 500, (method, response.text)


# --- nutgraf batch: an output of repeated ids holding a line nested past a parser's depth ---


def test_an_output_of_repeated_ids_with_a_line_nested_too_deep_redoes_what_it_cannot_tell(
    tmp_path: Path,
) -> None:
    # The ids an output holds are read to tell which nutgraf wrote it; a line of 100,000 nested arrays (a
    # disk's garbage, a hand's edit) is one whose id cannot be read: the records between the two places are
    # redone and the report says so, where a RecursionError could have ended the run.
    source, records = sport_export(tmp_path)
    held = records[:9]
    held[1] = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    out = tmp_path / "deep.jsonl"
    out.write_bytes(b"".join(held))
    (tmp_path / "deep.jsonl.options.json").write_bytes((tmp_path / "whole.jsonl.options.json").read_bytes())
    resumed = subprocess.run(_batch_command(source, out), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "Traceback" not in resumed.stderr
    assert "redid 4 records the output may hold already" in resumed.stderr
    assert out.read_bytes() == b"".join([*held, *records[5:]])
