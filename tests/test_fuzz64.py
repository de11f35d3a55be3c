"""Round 34 of hostile input: dates far in the past and the future, and offsets no clock has, in each place a
page, a feed or a JSON Feed gives one; a page of 50,000 ``<time>`` elements; a stored article's summary and
keyphrases asked with every query option at its bounds; the widget asked from hostile Referers; batch
inputs of empty lines, CRLF and 10 MB lines. Each is answered (a summary, an article, an entry) or refused
with nutgraf's own error that says what was wrong, never a server error or a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from typing import TYPE_CHECKING

import pytest

import nutgraf
from nutgraf.errors import NutgrafError
from nutgraf.feeds import parse_feed
from test_batch import SUMMARIZER, article

if TYPE_CHECKING:
    from pathlib import Path

    import httpx

STORY = "".join(
    f"<p>The harbour bridge reopened on Monday after {months} months of repairs, the city council said in a"
    " statement.</p>"
    for months in range(2, 7)
)
TEXT = "\n\n".join(
    f"The harbour bridge reopened on Monday after {months} months of repairs, the city council said in a statement."
    for months in range(2, 7)
)
THIS_YEAR = datetime.now().year

# --- dates at and past the calendar's bounds, in each place a page gives its date ---

DATES = [
    "0000-01-01",
    "0000-00-00T00:00:00Z",
    "0001-01-01T00:00:00-23:59",
    "9999-12-31T23:59:59+25:00",
    "9999-12-31T23:59:59.999999999999Z",
    "10000-01-01T00:00:00Z",
    "-0001-01-01",
    "-62135596800",
    "99999999999999999999",
    "Fri, 31 Dec 9999 23:59:59 +2500",
    f"{THIS_YEAR}-06-01T04:48:00+25:00",
    f"{THIS_YEAR}-06-01T04:48:00-99:99",
    f"{THIS_YEAR}-02-30",
    f"{THIS_YEAR}-06-01T24:00:00Z",
    "2038-01-19T03:14:08Z",
    "9" * 5_000,
]


def _pages(value: str) -> dict[str, str]:
    """A story page giving ``value`` as its date in its meta tags, its JSON-LD, a ``<time>`` and a date line."""
    attribute, in_json = value.replace('"', "&quot;"), json.dumps(value)
    return {
        "meta": f'<html><head><meta property="article:published_time" content="{attribute}">'
        f'<meta name="date" content="{attribute}"></head><body><article><h1>Harbour bridge reopens</h1>{STORY}'
        "</article></body></html>",
        "json-ld": '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        f'{in_json}, "dateModified": {in_json}, "headline": "Harbour bridge reopens"}}</script></head><body>'
        f"<article><h1>Harbour bridge reopens</h1>{STORY}</article></body></html>",
        "time": f'<html><body><article><h1>Harbour bridge reopens</h1><time datetime="{attribute}">{value[:40]}'
        f"</time>{STORY}</article></body></html>",
        "line": f"<html><body><article><h1>Harbour bridge reopens</h1><p>Published {value[:40]}</p>{STORY}"
        "</article></body></html>",
    }


@pytest.mark.parametrize("value", DATES)
def test_a_date_past_the_calendar_s_bounds_in_any_place_leaves_the_story_read(value: str) -> None:
    # An offset of 25 hours in the page's date (a meta tag's, JSON-LD's, a <time>'s, a line's) of this year
    # had ended the extraction in htmldate's bound with a ValueError, the page and its summary lost.
    for place, page in _pages(value).items():
        extracted = nutgraf.extract(page, url="https://example.com/news/harbour")
        assert "repairs, the city council said" in extracted.text, place
        assert nutgraf.summarize(page).text.startswith("The harbour bridge reopened"), place


def test_a_page_of_fifty_thousand_time_elements_is_read_or_refused_saying_so() -> None:
    times = "".join(f'<time datetime="{THIS_YEAR}-01-01T00:00:00+25:00">{n}</time>' for n in range(50_000))
    page = f"<html><body><article><h1>Harbour bridge reopens</h1>{STORY}{times}</article></body></html>"
    try:
        extracted = nutgraf.extract(page, url="https://example.com/news/harbour")
    except NutgrafError as error:
        assert str(error)
    else:
        assert "repairs, the city council said" in extracted.text


# --- feeds: dates and GUIDs at their bounds ---

FEED_DATES = [
    *DATES,
    "Mon, 01 Jan 0000 00:00:00 -9999",
    "Wed, 07 Dec 2026 23:00:00 +9959",
    "\u202e2026-01-01",
]
GUIDS = [
    "",
    " ",
    "x" * 1_001,
    "x" * 100_000,
    "\u202e" * 1_000,
    "urn:" + "é" * 600,
    "http://example.com/" + "a" * 5_000,
]


def _feeds(value: str, guid: str) -> list[bytes]:
    """An RSS, an Atom and a JSON Feed of one item dated ``value`` (and the feed too) under ``guid``."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;")
    key = guid.replace("&", "&amp;").replace("<", "&lt;")
    return [
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><lastBuildDate>{escaped}'
        f"</lastBuildDate><item><title>Harbour</title><link>https://example.com/a</link><guid>{key}</guid>"
        f"<pubDate>{escaped}</pubDate></item></channel></rss>".encode(),
        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><updated>{escaped}'
        f'</updated><entry><title>Harbour</title><id>{key}</id><link href="https://example.com/a"/>'
        f"<published>{escaped}</published><updated>{escaped}</updated></entry></feed>".encode(),
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": "T",
                "items": [
                    {
                        "id": guid,
                        "url": "https://example.com/a",
                        "date_published": value,
                        "date_modified": value,
                    },
                    {"id": 10**400 if guid else -1e308, "url": "https://example.com/b", "date_published": 0},
                ],
            }
        ).encode(),
    ]


@pytest.mark.parametrize("value", FEED_DATES)
def test_a_feed_dated_past_the_calendar_s_bounds_keeps_its_entries(value: str) -> None:
    for guid in GUIDS:
        for feed in _feeds(value, guid):
            try:
                entries = parse_feed(feed).entries
            except NutgrafError as error:
                assert str(error)
                continue
            assert entries[0].link == "https://example.com/a"
            for entry in entries:
                # A date read is one a store can write and a page can show: with its zone, and an instant.
                assert entry.published is None or entry.published.utcoffset() is not None
                assert entry.published is None or entry.published.timestamp()


# --- a stored article's summary and keyphrases, asked with each query option at its bounds ---

QUERIES: list[dict[str, str]] = [
    {"sentences": "0"},
    {"sentences": str(2**63)},
    {"sentences": "-1"},
    {"sentences": "1e3"},
    {"sentences": "true"},
    {"words": "0"},
    {"words": "9" * 400},
    {"keyphrases": "0"},
    {"keyphrases": "51"},
    {"keyphrases": "50"},
    {"keyphrases": str(10**30)},
    {"keyphrases": "NaN"},
    {"keyphrases": "1", "sentences": "200"},
    {"length": "x" * 5_000},
    {"form": "\u202eheadline"},
    {"form": "tldr", "keyphrases": "50"},
    {"avoid": "x" * 5_000},
    {"output_language": "\x00"},
    {"output_language": "zz-Zzzz-" + "z" * 100},
    {"summarizer": "x" * 65},
    {"evidence": "maybe"},
    {"strict": "2"},
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda query: ",".join(query))
def test_a_stored_article_s_summary_asked_at_the_bounds_is_a_summary_or_a_client_error(
    api: httpx.Client, query: dict[str, str]
) -> None:
    created = api.post("/api/articles", json={"text": TEXT, "title": "Harbour bridge reopens"})
    assert created.status_code < 300, created.text
    for path in ("summary", "summary/stream"):
        response = api.get(f"/api/articles/{created.json()['id']}/{path}", params=query)
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert response.json()["detail"], response.text


# --- the widget's endpoints, asked from hostile Referers ---

REFERERS = [
    "null",
    "javascript:alert(1)",
    "http://" + "a" * 5_000 + ".com/",
    "http://example.com:99999/a",
    "http://[::1/",
    "http://user:pass@example.com/",
    "\u202ehttp://example.com/",
    "//example.com",
    "data:text/html,<p>",
    "%00",
]


@pytest.mark.parametrize("referer", REFERERS)
def test_the_widget_answers_hostile_referers_without_a_server_error(api: httpx.Client, referer: str) -> None:
    headers = {"Referer": referer.encode(), "Origin": b"http://example.com"}
    for method, path in (
        ("GET", "/api/embed/summary?url=http://example.com/a"),
        ("POST", "/api/embed/flags"),
        ("GET", "/embed/frame?url=http://example.com/a"),
        ("OPTIONS", "/api/embed/summary?url=http://example.com/a"),
    ):
        response = api.request(method, path, headers=headers, content=b'{"url": "http://example.com/a"}')
        assert response.status_code < 500, (method, path, response.text)


# --- nutgraf batch: empty lines, CRLF, an empty file, 10 MB lines ---


def _batch(
    tmp_path: Path, name: str, content: bytes
) -> tuple[subprocess.CompletedProcess[str], list[dict[str, object]]]:
    """``nutgraf batch`` of ``content``: how it ended (no traceback), and the records it wrote."""
    source, out = tmp_path / f"{name}.jsonl", tmp_path / f"{name}-out.jsonl"
    source.write_bytes(content)
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
        "--summarizer", SUMMARIZER, "--workers", "1", "--no-progress",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done, [json.loads(line) for line in out.read_bytes().splitlines()] if out.exists() else []


def test_a_batch_of_empty_lines_crlf_and_ten_megabyte_lines_summarizes_each_record_or_says_why(
    tmp_path: Path,
) -> None:
    records = [json.dumps({"id": f"r{n}", "text": article(n, 20)}).encode() for n in range(3)]
    done, written = _batch(tmp_path, "crlf", b"\r\n".join(records) + b"\r\n")
    assert done.returncode == 0, done.stderr
    assert [record["id"] for record in written] == ["r0", "r1", "r2"]
    done, written = _batch(tmp_path, "blank", b"\n\n" + records[0] + b"\n\r\n\n" + records[1] + b"\n\n")
    assert done.returncode == 0, done.stderr
    assert [record["id"] for record in written] == ["r0", "r1"]
    done, written = _batch(tmp_path, "empty", b"")
    assert done.returncode == 0, done.stderr
    assert written == []
    huge = [
        json.dumps({"id": "words", "text": "word " * 2_000_000}).encode(),
        b"x" * 10_000_000,
        b"[" * 5_000_000 + b"]" * 5_000_000,
    ]
    done, written = _batch(tmp_path, "huge", b"\n".join([records[0], *huge, records[1]]) + b"\n")
    assert done.returncode == 0, done.stderr
    assert len(written) == 5
    assert written[0]["id"] == "r0"
    assert written[-1]["id"] == "r1"
    for record in written[1:-1]:
        # Refused or summarized, each: a refusal names what was wrong.
        assert record.get("summary") or record.get("error"), str(record)[:300]


# --- the stored articles listed since a time at and past the calendar's bounds ---

SINCE = [
    "0000-01-01",
    "0001-01-01T00:00:00+23:59",
    "9999-12-31T23:59:59-23:59",
    "9999-12-31T23:59:59+25:00",
    "10000-01-01",
    f"{THIS_YEAR}-06-01T04:48:00+25:00",
    "-1d",
    "0h",
    "9" * 400 + "h",
    "99999999999d",
    "1e308d",
    "nan",
    "\u202e24h",
]


@pytest.mark.parametrize("since", SINCE)
def test_the_articles_listed_since_a_time_past_the_calendar_s_bounds_are_a_list_or_a_client_error(
    api: httpx.Client, since: str
) -> None:
    assert api.post("/api/articles", json={"text": TEXT}).status_code < 300
    response = api.get("/api/articles", params={"since": since})
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["detail"], response.text


def test_a_good_date_beside_one_of_an_impossible_offset_is_the_page_s_date() -> None:
    # Round 34's review: the page's own date in a meta tag was lost with a <time>'s "+25:00" beside it
    # (htmldate's traceback for any of them had cost the page every date it reads): it stands.
    page = (
        '<html><head><meta property="og:updated_time" content="2026-03-03T10:00:00+25:00">'
        '<meta name="date" content="2026-03-02"></head><body><article><h1>Harbour bridge reopens</h1>'
        f'<time datetime="2026-03-04T10:00:00-99:99">4 March</time>{STORY}</article></body></html>'
    )
    published = nutgraf.extract(page).published
    assert published is not None and published.date().isoformat() == "2026-03-02"


@pytest.mark.parametrize("offset", ["+23:59", "-12:00", "+0530", "Z"])
def test_a_date_of_a_real_offset_keeps_its_offset(offset: str) -> None:
    # Near-miss of the above: offsets a clock has are read as written.
    page = (
        f'<html><head><meta property="article:published_time" content="2026-03-03T10:00:00{offset}"></head>'
        f"<body><article><h1>Harbour bridge reopens</h1>{STORY}</article></body></html>"
    )
    published = nutgraf.extract(page).published
    assert published is not None and published.isoformat()[:19] == "2026-03-03T10:00:00"
    assert published.utcoffset() is not None
