"""Round 30 of hostile input: the last stop's new code at its worst (a feed checked as the API adds it, its
title in odd characters and sizes; republishing notes, struck figures, update stamps and notebooks at tens of
thousands), each read as a reader would want it or refused with nutgraf's own error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import nutgraf
from nutgraf.cli import main
from nutgraf.feeds import parse_feed
from nutgraf.wording import shown
from servers import Page, Site

# A right-to-left override and a first-strong isolate: shown, they turn the words after them round.
_OVERRIDE = "\u202e"
_ISOLATE = "\u2068"


def _json_feed(title: object) -> bytes:
    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "home_page_url": "https://news.example/",
            "items": [{"id": "1", "url": "https://news.example/a", "title": f"Harbour {_OVERRIDE}report"}],
        }
    ).encode()


def _rss(title: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://news.example/</link>"
        "<item><title>Harbour report</title><link>https://news.example/a</link></item></channel></rss>"
    ).encode()


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        yield served


# --- a feed's title, checked as the API adds the feed ---


def test_a_feed_s_title_with_a_right_to_left_override_is_listed_without_it(
    loopback_api: httpx.Client, site: Site
) -> None:
    # The store drops it from the listing as from an article's title (the check's message kept it: below).
    site.pages["/feed.json"] = Page(_json_feed(f"Town{_OVERRIDE} news\x00"), "application/feed+json")
    answer = loopback_api.post("/api/feeds", json={"url": f"{site.url}/feed.json"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["title"] == "Town news"
    assert [feed["title"] for feed in loopback_api.get("/api/feeds").json()["items"]] == ["Town news"]


def test_the_check_on_adding_a_feed_names_it_without_its_override(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check's message had quoted the channel's title with its override, which the terminal is spared by
    # writing the title as a repr: `nutgraf feeds add` said it had added a feed "'Town\u202e news'".
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    site.pages["/feed.json"] = Page(_json_feed(f"Town{_OVERRIDE} news"), "application/feed+json")
    database = ["--database", f"sqlite:///{tmp_path / 'feeds.db'}"]
    assert main(["feeds", "add", f"{site.url}/feed.json", *database]) == 0
    said = capsys.readouterr()
    assert 'a feed "Town news" of 1 item' in said.out + said.err
    assert _OVERRIDE not in said.out + said.err


def test_the_check_on_adding_a_hebrew_feed_names_it_with_its_mark_as_written(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A right-to-left mark reorders nothing: the title ending on one had been written as a repr,
    # a feed "'חדשות העיר\u200f'".
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    site.pages["/feed.json"] = Page(_json_feed("חדשות העיר\u200f"), "application/feed+json")
    database = ["--database", f"sqlite:///{tmp_path / 'feeds.db'}"]
    assert main(["feeds", "add", f"{site.url}/feed.json", *database]) == 0
    said = capsys.readouterr()
    assert 'a feed "חדשות העיר\u200f" of 1 item' in said.out + said.err


@pytest.mark.parametrize(
    "title", ["Town \x1b[2Jnews\u200f", "Town \u202enews\u200f"], ids=["escape", "override"]
)
def test_a_title_with_an_escape_sequence_or_an_override_beside_its_mark_is_still_shown_as_a_repr(
    title: str,
) -> None:
    # Near miss: a mark beside them lets neither reach the terminal as written.
    assert shown(title) == repr(title)


def test_a_feed_s_items_and_channel_lose_their_bidi_controls_as_an_article_s_title_does() -> None:
    parsed = parse_feed(_json_feed(f"{_ISOLATE}Town news{_OVERRIDE}"), url="https://news.example/feed.json")
    assert parsed.title == "Town news"
    assert [entry.title for entry in parsed.entries] == ["Harbour report"]
    parsed = parse_feed(_rss("Town &#x202e;news"), url="https://news.example/feed.xml")
    assert parsed.title == "Town news"


def test_a_title_given_to_the_api_loses_its_override_too(loopback_api: httpx.Client, site: Site) -> None:
    # A guard: the store dropped it before the round too.
    site.pages["/feed.xml"] = Page(_rss("Town news"), "application/rss+xml")
    answer = loopback_api.post(
        "/api/feeds", json={"url": f"{site.url}/feed.xml", "title": f"Desk {_OVERRIDE}wire"}
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["title"] == "Desk wire"


@pytest.mark.parametrize(
    "title",
    ["חדשות העיר\u200f", "أخبار المدينة\u200f", "Town news \u200eעדכון"],
    ids=["hebrew", "arabic", "mixed"],
)
def test_a_right_to_left_feed_title_keeps_its_letters_and_marks(title: str) -> None:
    # Near miss: the marks (U+200E, U+200F) reorder nothing and a right-to-left title keeps them.
    assert parse_feed(_json_feed(title), url="https://news.example/feed.json").title == title
    assert parse_feed(_rss(title), url="https://news.example/feed.xml").title == title


def test_a_feed_s_title_of_a_megabyte_with_nuls_is_no_title_and_the_feed_is_added(
    loopback_api: httpx.Client, site: Site
) -> None:
    site.pages["/feed.json"] = Page(_json_feed("Town\x00news " * 100_000), "application/feed+json")
    answer = loopback_api.post("/api/feeds", json={"url": f"{site.url}/feed.json"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["title"] is None


def test_a_feed_whose_title_is_direction_marks_alone_is_listed_with_none(
    loopback_api: httpx.Client, site: Site
) -> None:
    # Marks alone show nothing: the feed had been listed under a blank title, its address hidden behind it.
    site.pages["/feed.json"] = Page(
        _json_feed(f"\u200f{_OVERRIDE}\u200e {_ISOLATE}"), "application/feed+json"
    )
    answer = loopback_api.post("/api/feeds", json={"url": f"{site.url}/feed.json"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["title"] is None
    given = loopback_api.post(
        "/api/feeds", json={"url": f"{site.url}/other.json", "check": False, "title": "\u200f\u200e"}
    )
    assert given.status_code == 201, given.text
    assert given.json()["title"] is None


# --- the last stop's page rules at hostile sizes (guards: each was read well on the base too) ---

_LEDE = (
    "<html><body><article><h1>Council approves the harbour budget</h1><p>The harbour committee met on"
    " Thursday to review the annual report of the port, its members said on Friday.</p>"
)
_CLOSE = (
    "<p>Members said the dredging programme had grown faster than expected this year, the chair added.</p>"
    "</article></body></html>"
)


def test_a_struck_figure_two_thousand_deep_goes_and_its_replacement_stays() -> None:
    struck = "<del>" * 2_000 + "250" + "</del>" * 2_000
    article = nutgraf.extract(f"{_LEDE}<p>The hall will hold up to {struck} 150 people.</p>{_CLOSE}")
    assert "The hall will hold up to 150 people." in article.text.split("\n\n")
    assert "250" not in article.text


def test_a_notebook_of_thousands_of_cells_keeps_them_without_their_prompts() -> None:
    cells = "".join(
        f'<div class="jp-Cell jp-MarkdownCell"><div class="jp-InputPrompt">In [{n}]:</div>'
        f'<div class="jp-RenderedMarkdown"><p>Cell {n} works out the mean of the harbour fees.</p></div></div>'
        for n in range(3_000)
    )
    article = nutgraf.extract(f'<html><body class="jp-Notebook"><h1>Harbour fees</h1>{cells}</body></html>')
    assert "Cell 2999 works out the mean of the harbour fees." in article.text
    assert "In [" not in article.text


def test_thousands_of_update_stamps_and_provider_labels_are_read_as_nutgraf_reads_them() -> None:
    stamps = "".join(
        f"Update, {n % 12 + 1}:15 p.m.: The mayor said item {n} was approved.\n" for n in range(10_000)
    )
    summary = nutgraf.summarize(f"Council approves the harbour budget\n\n{stamps}")
    assert summary.sentences
    labels = "".join(f"<div>News provided by <a href='/c{n}'>Company {n}</a></div>" for n in range(3_000))
    assert nutgraf.extract(f"{_LEDE}{labels}{_CLOSE}").text.startswith("The harbour committee met")
