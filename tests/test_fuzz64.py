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
