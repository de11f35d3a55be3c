"""The article store on a real SQLite file and a real PostgreSQL server: dedup, summary cache, feeds,
transactions (a process killed mid-write leaves no half article) and migrations."""

from __future__ import annotations

import os
import pwd
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, inspect, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from conftest import postgres_schema
from nutgraf.article import Article
from nutgraf.cli import main
from nutgraf.errors import InvalidInputError, StoreError
from nutgraf.jobs import housekeeping_kinds, run_due
from nutgraf.store import Store, database
from nutgraf.store.schema import article_aliases, articles, feed_items, feeds, site_pages, sites, summaries
from nutgraf.urls import canonical_url, check_http_url
from servers import FakeLLM, Reply

STORY = (
    "The city council approved a new budget on Tuesday after a long debate. "
    "The plan raises spending on schools and roads.\n\n"
    "Critics said the tax increase would hurt small businesses. "
    "Supporters argued the investment was overdue. "
    "The mayor is expected to sign the budget next week."
)


@pytest.fixture
def store(database_url: str):
    opened = Store.open(database_url)
    yield opened
    opened.close()


def test_migrations_create_the_schema_once(database_url: str) -> None:
    first = Store.open(database_url)
    first.close()
    again = Store.open(database_url)  # a second start migrates nothing and keeps the data
    tables = set(inspect(again.engine).get_table_names())
    again.close()
    assert {"articles", "summaries", "feeds", "feed_items", "alembic_version"} <= tables


def test_same_canonical_url_is_one_article(store: Store) -> None:
    # Fetched from the address: what is stored only by claim is not found by it (tests/test_hostile.py).
    first, created = store.add_article(
        Article(text=STORY, title="Budget", url="https://Example.com:443/news/1?utm_source=rss&id=7#top"),
        url_verified=True,
    )
    again, created_again = store.add_article(
        Article(text=STORY + " Updated.", title="Budget (updated)", url="https://example.com/news/1?id=7"),
        url_verified=True,
    )
    assert created and not created_again
    assert again.id == first.id and again.title == "Budget"
    assert store.count_articles() == 1
    assert store.find_article("https://example.com/news/1?id=7&utm_medium=x").id == first.id


def test_same_text_is_one_article_whatever_the_url(store: Store) -> None:
    first, _ = store.add_article(Article(text=STORY, url="https://a.example/story"))
    spaced = STORY.replace(". ", ".   ").replace("\n\n", "\n \n")
    again, created = store.add_article(Article(text=spaced, url="https://b.example/copy"))
    pasted, created_pasted = store.add_article(Article(text=STORY))
    assert not created and not created_pasted
    assert again.id == pasted.id == first.id
    assert store.count_articles() == 1


def test_pages_with_the_same_text_are_each_their_own_article(store: Store) -> None:
    # A syndicated story on three sites: each site's address shows its own page, not the first fetched.
    pages = [
        Article(text=STORY, title=f"Budget ({site})", byline=f"{site} staff", url=f"https://{site}/budget")
        for site in ("a.example", "b.example", "c.example")
    ]
    stored = [store.add_article(page, url_verified=True) for page in pages]
    assert [created for _, created in stored] == [True, True, True]
    for page, (article, _) in zip(pages, stored, strict=True):
        assert (article.title, article.byline, article.url) == (page.title, page.byline, page.url)
        assert store.find_article(page.url) == article
    # Fetched again, each page is found by its address; pasted, the text is the first page stored.
    assert store.add_article(pages[1], url_verified=True) == (stored[1][0], False)
    assert store.add_article(Article(text=STORY, title="Pasted")) == (stored[0][0], False)
    assert store.add_article(Article(text=STORY, url="https://d.example/claimed")) == (stored[0][0], False)
    assert store.count_articles() == 3


def test_pages_with_the_same_text_stored_at_once_are_each_their_own_article(database_url: str) -> None:
    # Writers on two connections at once, fetching the same text from eight addresses and pasting it: the
    # unique indexes (one verified address, one claim per text) decide the races, and a loser's second
    # look-up finds the winner's row, without a StoreError.
    stores = [Store.open(database_url) for _ in range(2)]
    urls = [f"https://site{n}.example/budget" for n in range(8)]
    start = threading.Barrier(12)
    results: dict[str, object] = {}

    def fetch(n: int) -> None:
        start.wait()
        results[urls[n]] = stores[n % 2].add_article(
            Article(text=STORY, title=f"Budget {n}", url=urls[n]), url_verified=True
        )[0]

    def paste(n: int) -> None:
        start.wait()
        results[f"paste{n}"] = stores[n % 2].add_article(Article(text=STORY, title="Pasted"))[0]

    try:
        threads = [threading.Thread(target=fetch, args=(n,)) for n in range(8)]
        threads += [threading.Thread(target=paste, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(results) == 12
        for n, url in enumerate(urls):
            assert (results[url].title, results[url].url_verified) == (f"Budget {n}", True)
            assert stores[0].find_article(url) == results[url]
        # Each paste found a row of the text or stored it as the one claim of it (which another fetch
        # may have made its page since); a paste racing the fetches may find one of their pages.
        rows = stores[0].list_articles(limit=20)
        assert {results[f"paste{n}"].id for n in range(4)} <= {row.id for row in rows}
        assert {row.text for row in rows} == {STORY} and len(rows) in (8, 9)
        assert len([row for row in rows if not row.url_verified]) <= 1
    finally:
        for opened in stores:
            opened.close()


def test_a_site_adds_a_feed_another_writer_subscribes_to_at_that_moment(database_url: str) -> None:
    # `nutgraf feeds add` of the same address, on another connection, commits while the site's change (or
    # a new site) is adding it: PostgreSQL failed the insert on the feeds' unique address, which came out
    # as an IntegrityError (a 500 from PATCH /api/sites) and, adding a site, as "a site with the id
    # 'b' exists" for an id nobody had. Each takes the feed, which no site warms from yet.
    store, other = Store.open(database_url), Store.open(database_url)
    try:
        store.add_site(
            "a", url="https://a.example/", hosts=["a.example"], origins=[], summarizer="lead", sentences=2
        )
        changes = {
            "a": lambda: store.update_site("a", add_sources=[("feed", "https://a.example/feed.xml")]),
            "b": lambda: store.add_site(
                "b",
                url="https://b.example/",
                hosts=["b.example"],
                origins=[],
                summarizer="lead",
                sentences=2,
                sources=[("sitemap", "https://b.example/sitemap.xml")],
            ),
        }
        for site_id, change in changes.items():
            feed = f"https://{site_id}.example/{'feed' if site_id == 'a' else 'sitemap'}.xml"
            now = datetime.now(UTC)
            with ThreadPoolExecutor(1) as pool, other.engine.begin() as connection:
                subscribed = dict(url=feed, interval_s=600, failures=0, next_poll_at=now, created_at=now)
                connection.execute(insert(feeds).values(**subscribed))
                changed = pool.submit(change)
                wait_until_blocked_by(connection, changed)
            changed.result(60)
            assert [(s.kind, s.feed.url) for s in store.site_sources(site_id)] == [
                ("feed" if site_id == "a" else "sitemap", feed)
            ]
    finally:
        store.close()
        other.close()


def test_a_host_or_an_origin_is_one_site_s(database_url: str) -> None:
    # A second site could claim the host, or the origin, of another: the same pages fetched and stored
    # again under the second, with its own rate of new pages, and readers' flags split between the two.
    store = Store.open(database_url)
    site = {"url": "https://news.example/", "summarizer": "lead", "sentences": 2}
    try:
        store.add_site("news", hosts=["news.example"], origins=["https://news.example"], **site)
        with pytest.raises(InvalidInputError, match=r"the site 'news' has the host news\.example already"):
            store.add_site("news2", hosts=["news.example"], origins=["https://news2.example"], **site)
        with pytest.raises(
            InvalidInputError, match=r"the site 'news' lists the origin https://news\.example"
        ):
            store.add_site("other", hosts=["other.example"], origins=["https://news.example"], **site)
        store.add_site("other", hosts=["other.example"], origins=["https://other.example"], **site)
        with pytest.raises(InvalidInputError, match="the site 'news' lists the origin"):
            store.update_site("other", origins=["https://other.example", "https://news.example"])
        assert store.update_site("news", origins=["https://news.example", "https://m.news.example"])
        assert [(s.id, s.hosts, s.origins) for s in store.list_sites()] == [
            ("news", ("news.example",), ("https://news.example", "https://m.news.example")),
            ("other", ("other.example",), ("https://other.example",)),
        ]
    finally:
        store.close()


def test_sites_claiming_one_host_at_once_get_it_once() -> None:
    # Each registration looked for the host among the other sites before it stored its own: at once,
    # every one found it free. PostgreSQL only: SQLite's writers take turns.
    with postgres_schema() as url:
        stores = [Store.open(url) for _ in range(4)]
        try:

            def add(n: int) -> bool:
                try:
                    stores[n].add_site(
                        f"news{n}", url="https://news.example/", hosts=["news.example"],
                        origins=[f"https://{n}.news.example"], summarizer="lead", sentences=2,
                    )  # fmt: skip
                except InvalidInputError:
                    return False
                return True

            with ThreadPoolExecutor(4) as pool:
                assert sorted(pool.map(add, range(4))) == [False, False, False, True]
        finally:
            for store in stores:
                store.close()


def test_a_site_removed_while_it_is_changed_is_no_site(database_url: str) -> None:
    # `nutgraf sites remove` committing while a change (PATCH /api/sites) was under way: on PostgreSQL
    # the change had found the site, then updated nothing and read nothing back, a NoResultFound (a 500
    # from the API) where the answer is "no such site" (404).
    store, other = Store.open(database_url), Store.open(database_url)
    try:
        store.add_site(
            "a", url="https://a.example/", hosts=["a.example"], origins=[], summarizer="lead", sentences=2
        )
        with ThreadPoolExecutor(1) as pool, other.engine.begin() as connection:
            connection.execute(delete(sites).where(sites.c.id == "a"))
            changed = pool.submit(store.update_site, "a", sentences=4)
            wait_until_blocked_by(connection, changed)
        assert changed.result(60) is None
        assert store.get_site("a") is None
    finally:
        store.close()
        other.close()


def wait_until_blocked_by(connection: Connection, call: Future) -> None:
    """Return once another session waits on a lock ``connection`` holds (PostgreSQL), or after a moment
    (SQLite, whose writer waits to begin, before any look-up)."""
    if connection.dialect.name != "postgresql":
        time.sleep(0.5)
        return
    mine = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    waiting = text("SELECT count(*) FROM pg_stat_activity WHERE :mine = ANY(pg_blocking_pids(pid))")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if connection.execute(waiting, {"mine": mine}).scalar_one():
            return
        assert not call.done(), f"it did not wait for the other writer: {call.exception() or call.result()}"
        time.sleep(0.02)
    raise AssertionError("it did not reach the other writer's feed in 20 s")


def test_migrations_that_rebuild_the_articles_table_keep_what_points_at_it(store: Store) -> None:
    # SQLite alters a table by copying it and dropping the old one, and the drop deleted the rows of
    # every table pointing at it (ON DELETE CASCADE): migrations 0005 and 0008 emptied the summaries,
    # aliases and site pages.
    store.add_site(
        "news",
        url="https://news.example/",
        hosts=["news.example"],
        origins=[],
        summarizer="lead",
        sentences=2,
    )
    story = "https://news.example/news/1"
    article, _ = store.add_article(
        Article(text=STORY, url=story), url_verified=True, requested_url="https://news.example/old/1"
    )
    store.summary(article, summarizer="lead", sentences=2)
    store.add_site_pages("news", [story], article.id)

    def counts() -> list[int]:
        with store.engine.connect() as connection:
            return [
                connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                for table in ("summaries", "article_aliases", "site_pages")
            ]

    _migrate(store, "0008", down=True)
    assert counts() == [1, 1, 1]
    _migrate(store, "head")
    assert counts() == [1, 1, 1]
    _migrate(store, "0005", down=True)  # back to 0002: no aliases table there
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM summaries").scalar_one() == 1
    _migrate(store, "head")
    assert counts() == [1, 0, 1]


def test_a_description_is_stored_and_articles_stored_before_it_have_none(
    store: Store, database_url: str
) -> None:
    older, _ = store.add_article(Article(text=STORY, title="Budget", description="Stored before 0009."))
    _migrate(store, "0009", down=True)
    _migrate(store, "head")
    again = Store.open(database_url)
    try:
        kept = again.get_article(older.id)
        assert kept is not None and kept.text == STORY and kept.title == "Budget"
        assert kept.description is None and kept.article.description is None
        dek = "Commuters face detours for a year while the city repairs its oldest bridge."
        stored, _ = again.add_article(Article(text="Another story. " + STORY, description=dek))
        assert again.get_article(stored.id).description == dek
        assert again.get_article(stored.id).article.description == dek
        assert again.get_article(stored.id).to_dict()["description"] == dek
    finally:
        again.close()


def test_whether_a_page_declares_news_is_stored_and_articles_stored_before_it_read_as_text(
    store: Store, database_url: str
) -> None:
    # The default summarizer gives a page that declares no news its opening (Article.news False): stored
    # without the flag, such a page had been summarized through the store as pasted text.
    older, _ = store.add_article(Article(text=STORY, title="Budget", news=False))
    _migrate(store, "0010", down=True)
    _migrate(store, "head")
    again = Store.open(database_url)
    try:
        kept = again.get_article(older.id)
        assert kept is not None and kept.text == STORY and kept.news is None and kept.article.news is None
        for news in (False, True):
            stored, _ = again.add_article(Article(text=f"Story {news}. " + STORY, news=news))
            assert again.get_article(stored.id).news is news
            assert again.get_article(stored.id).article.news is news
    finally:
        again.close()


def test_a_fetched_page_that_takes_over_a_paste_gives_it_its_description(store: Store) -> None:
    # The paste's description was the paster's page's; the fetched page's replaces it, none included.
    pasted, _ = store.add_article(Article(text=STORY, title="Budget", description="As pasted: a dek."))
    url = "https://news.example/news/1"
    fetched, created = store.add_article(
        Article(text=STORY, title="Budget", url=url, description="The page's own dek."), url_verified=True
    )
    assert not created and fetched.id == pasted.id and fetched.description == "The page's own dek."
    assert store.get_article(pasted.id).description == "The page's own dek."
    claim, _ = store.add_article(Article(text="Another story. " + STORY, description="As pasted."))
    page, _ = store.add_article(
        Article(text="Another story. " + STORY, url="https://news.example/news/2"), url_verified=True
    )
    assert page.id == claim.id and store.get_article(claim.id).description is None


def test_a_page_moved_from_a_long_address_in_another_script_is_stored(store: Store) -> None:
    # 2,000 Chinese characters are within the 2,048 an address may have, but 6,000 bytes: PostgreSQL
    # cannot index that as an alias (btree's limit is 2,704 bytes), and the page itself went unstored.
    chinese = "".join(chr(0x4E00 + (n * 7919) % 20000) for n in range(2000))  # no run PostgreSQL shrinks
    moved, story = f"https://news.example/{chinese}", "https://news.example/news/1"
    fetched, created = store.add_article(
        Article(text=STORY, title="Budget", url=story), url_verified=True, requested_url=moved
    )
    assert created and store.find_article(story) == fetched


def test_an_address_a_fetch_led_from_finds_the_article_until_migrated_away(
    store: Store, database_url: str
) -> None:
    moved, amp, story = (f"https://news.example/{path}" for path in ("old/1", "amp/1", "news/1"))
    fetched, _ = store.add_article(
        Article(text=STORY, title="Budget", url=story), url_verified=True, requested_url=moved
    )
    # The same text fetched from another address (an AMP twin, a copy) is that page's own article.
    twin, created = store.add_article(
        Article(text=STORY, title="Budget (AMP)", url=amp), url_verified=True, requested_url=amp
    )
    assert created and twin.id != fetched.id and twin.title == "Budget (AMP)"
    for address in (moved, f"{moved}?utm_source=rss#top", story):
        assert store.find_article(address) == fetched, address
    assert store.find_article(amp) == twin
    # Only a fetch makes an alias: an article that claims its address (pasted) makes none.
    store.add_article(Article(text="Another story. " + STORY, url=story), requested_url="https://x.example/")
    assert store.find_article("https://x.example/") is None
    # An article fetched (or vouched for) under an aliased address is what that address finds.
    own, created = store.add_article(Article(text="Moved here. " + STORY, url=moved), url_verified=True)
    assert created and store.find_article(moved) == own and store.find_article(amp) == twin
    # Back before aliases (migration 0006) and up again: the aliases are gone, and so is the second
    # page with the first's text, which the schema before migration 0008 cannot hold; the rest stay.
    _migrate(store, "0006", down=True)
    _migrate(store, "head")
    again = Store.open(database_url)
    try:
        assert again.find_article(amp) is None and again.find_article(story) == fetched
        assert again.count_articles() == 3
        assert again.find_article(moved) == own
    finally:
        again.close()


def _age_alias(store: Store, address: str, age: timedelta) -> None:
    """Make the alias of ``address`` as old as ``age``, as if its fetch had been that long ago."""
    with store.engine.begin() as connection:
        connection.execute(
            update(article_aliases)
            .where(article_aliases.c.canonical_url == canonical_url(address))
            .values(created_at=datetime.now(UTC) - age)
        )


def _aliased_addresses(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(connection.execute(select(article_aliases.c.canonical_url)).scalars())


def test_an_address_reused_for_a_new_story_finds_it_once_its_alias_is_a_day_old(store: Store) -> None:
    latest, first_story = "https://news.example/latest", "https://news.example/news/1"
    old, _ = store.add_article(
        Article(text=STORY, title="Budget", url=first_story), url_verified=True, requested_url=latest
    )
    assert store.find_article(latest) == old
    # The next day "/latest" redirects to another story: a day-old alias no longer answers for it.
    _age_alias(store, latest, timedelta(days=1, minutes=1))
    assert store.find_article(latest) is None and store.find_article(first_story) == old
    # The fetch it takes then makes the alias anew, to the story it leads to now.
    new_story = Article(text="The harbour reopened on Monday. " + STORY, url="https://news.example/news/2")
    new, created = store.add_article(new_story, url_verified=True, requested_url=latest)
    assert created and store.find_article(latest) == new
    # A live alias keeps its article: another replica's fetch a moment later does not take it over.
    store.add_article(Article(text=STORY, url=first_story), url_verified=True, requested_url=latest)
    assert store.find_article(latest) == new


def test_a_site_s_address_finds_its_page_for_a_day_and_is_then_made_anew(store: Store) -> None:
    store.add_site(
        "news",
        url="https://news.example/",
        hosts=["news.example"],
        origins=[],
        summarizer="lead",
        sentences=2,
    )
    guessed = "https://news.example/pier-collapse"
    old, _ = store.add_article(Article(text=STORY, url="https://news.example/old-story"), url_verified=True)
    store.add_site_pages("news", [guessed, old.url], old.id)
    assert store.find_site_article("news", [guessed]) == old
    with store.engine.begin() as connection:
        connection.execute(
            update(site_pages).values(created_at=datetime.now(UTC) - timedelta(days=1, minutes=1))
        )
    assert store.find_site_article("news", [guessed]) is None
    assert store.find_site_article("news", [old.url]) == old  # its own verified address does not age
    # The address now redirects to the new story, which nutgraf stores under its own address.
    moved = "https://news.example/2026/12/pier-collapse"
    new, _ = store.add_article(Article(text="The pier fell. " + STORY, url=moved), url_verified=True)
    store.add_site_pages("news", [guessed], new.id)
    assert store.find_site_article("news", [guessed]) == new
    # A live address keeps its page: another replica's fetch a moment later does not take it over.
    store.add_site_pages("news", [guessed], old.id)
    assert store.find_site_article("news", [guessed]) == new


def test_the_worker_deletes_aliases_an_hour_past_their_day_in_one_job(store: Store) -> None:
    story = "https://news.example/news/1"
    moved, amp, fresh = (f"https://news.example/{path}" for path in ("old/1", "amp/1", "share/1"))
    for address in (moved, amp, fresh):
        store.add_article(Article(text=STORY, url=story), url_verified=True, requested_url=address)
    _age_alias(store, amp, timedelta(days=1, minutes=30))
    # Ignored already, but not yet overdue for deleting: the worker has nothing to do.
    assert store.find_article(amp) is None
    assert run_due(store, housekeeping_kinds()) == []
    _age_alias(store, moved, timedelta(days=1, hours=2))
    assert run_due(store, housekeeping_kinds()) == [2]  # every alias past its day, in one job
    assert _aliased_addresses(store) == {canonical_url(fresh)}
    assert run_due(store, housekeeping_kinds()) == []  # and the job is not due again
    assert store.find_article(fresh).url == story


# 2,000 Chinese characters are within the 2,048 characters an address could have, but 6,000 bytes:
# PostgreSQL cannot index that (btree's limit is 2,704 bytes). No run PostgreSQL's compression shrinks.
CHINESE = "".join(chr(0x4E00 + (n * 7919) % 20000) for n in range(2000))


def test_an_address_is_limited_in_the_bytes_the_store_keys_it_by() -> None:
    with pytest.raises(InvalidInputError, match=r"6,021 bytes long in UTF-8 \(2,021 characters\)"):
        check_http_url(f"https://news.example/{CHINESE}")
    # A query's letters are kept percent-encoded, 6 bytes each: 500 Cyrillic ones are 3,000 bytes.
    with pytest.raises(InvalidInputError, match="at most 2,048 bytes"):
        check_http_url("https://news.example/search?q=" + "".join(chr(0x430 + n % 32) for n in range(500)))
    ascii_address = "https://news.example/" + "a" * 2027
    assert check_http_url(ascii_address) == ascii_address  # 2,048 bytes, as before


def test_a_page_at_a_long_address_in_another_script_is_stored_without_it_as_a_key(store: Store) -> None:
    # A redirect can end at an address no one checked: the page is stored, the address kept as its claim.
    long_address = f"https://news.example/{CHINESE}"
    fetched, created = store.add_article(Article(text=STORY, url=long_address), url_verified=True)
    assert created and not fetched.url_verified and fetched.url == long_address
    assert store.find_article(long_address) is None
    # A site's page known under a long address (its canonical link, a sitemap's) and a short one.
    store.add_site(
        "news",
        url="https://news.example/",
        hosts=["news.example"],
        origins=[],
        summarizer="lead",
        sentences=2,
    )
    store.add_site_pages("news", [long_address, "https://news.example/news/1"], fetched.id)
    assert store.find_site_article("news", ["https://news.example/news/1"]) == fetched


def test_canonical_url_keeps_what_names_the_page() -> None:
    assert (
        canonical_url("HTTPS://News.Example.com/a/b?z=1&a=2&fbclid=x#c")
        == "https://news.example.com/a/b?a=2&z=1"
    )
    assert canonical_url("http://example.com:8080") == "http://example.com:8080/"


def test_summaries_are_cached_per_article_summarizer_and_budget(store: Store) -> None:
    stored, _ = store.add_article(Article(text=STORY, title="Budget"))
    assert store.get_summary(stored.id, summarizer="lead", sentences=2, words=None) is None
    made = store.summary(stored, summarizer="lead", sentences=2)
    assert [stored.text[s["start"] : s["end"]] for s in made["sentences"]] == [
        s["text"] for s in made["sentences"]
    ]
    assert len(made["sentences"]) == 2
    assert store.get_summary(stored.id, summarizer="lead", sentences=2, words=None) == made
    assert store.get_summary(stored.id, summarizer="lead", sentences=3, words=None) is None
    assert store.get_summary(stored.id, summarizer="textrank", sentences=2, words=None) is None
    longer = store.summary(stored, summarizer="lead", sentences=4)
    assert len(longer["sentences"]) == 4
    assert store.summary(stored, summarizer="lead", sentences=2) == made


def test_abstractive_summaries_keep_their_check(
    store: Store, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    faithful = "Critics said the tax increase would hurt small businesses."
    invented = "Governor Tom Baker vetoed the budget on Friday."
    llm.replies = [Reply(content=f"{faithful} {invented}")]
    stored, _ = store.add_article(Article(text=STORY, title="Budget"))
    made = store.summary(stored, summarizer="llm", sentences=2)
    assert [s["start"] for s in made["sentences"]] == [None, None]
    checks = made["evidence"]["sentences"]
    assert [c["supported"] for c in checks] == [True, False]
    assert [STORY[start:end] for start, end in checks[0]["evidence"]] == [faithful]
    assert {"Tom", "Baker", "Friday"} <= set(checks[1]["unsupported"])
    # The check is stored with the summary: strict, evidence-less and reopened answers need no new run.
    strict = store.summary(stored, summarizer="llm", sentences=2, strict=True)
    assert strict["text"] == faithful and strict["evidence"]["supported"] is True
    assert store.summary(stored, summarizer="llm", sentences=2, evidence=False)["evidence"] is None
    reopened = Store(store.engine)
    assert reopened.get_summary(stored.id, summarizer="llm", sentences=2, words=None) == made
    assert len(llm.requests) == 1

    # A row cached before the store kept checks is made again, with its check, when next asked for.
    unchecked = [{k: v for k, v in s.items() if k != "check"} for s in _summary_row(store)["sentences"]]
    with store.engine.begin() as connection:
        connection.execute(update(summaries).values(sentences=unchecked))
    assert store.get_summary(stored.id, summarizer="llm", sentences=2, words=None) is None
    assert store.summary(stored, summarizer="llm", sentences=2) == made
    assert len(llm.requests) == 2 and "check" in _summary_row(store)["sentences"][0]

    # Not checked is not unsupported: a strict answer had left out "Nobody came." as unsupported.
    llm.replies = [Reply(content=f"{faithful} Nobody came. {invented}")]
    strict = store.summary(stored, summarizer="llm", sentences=3, strict=True)
    assert [s["text"] for s in strict["sentences"]] == [faithful, "Nobody came."]
    assert strict["evidence"]["dropped"] == 1 and strict["evidence"]["supported"] is True


def _summary_row(store: Store) -> dict:
    with store.engine.connect() as connection:
        return dict(connection.execute(select(summaries)).mappings().one())


def test_an_extractive_summary_cached_unchecked_is_checked_when_asked(store: Store) -> None:
    stored, _ = store.add_article(Article(text=STORY))
    plain = store.summary(stored, summarizer="lead", sentences=2)
    assert plain["evidence"] is None
    assert store.get_summary(stored.id, summarizer="lead", sentences=2, words=None, evidence=True) is None
    checked = store.summary(stored, summarizer="lead", sentences=2, evidence=True)
    assert checked["sentences"] == plain["sentences"]
    assert [c["evidence"] for c in checked["evidence"]["sentences"]] == [
        [[s["start"], s["end"]]] for s in plain["sentences"]
    ]
    # Stored once, with the check: the plain answer is unchanged, the checked one now cached.
    assert store.summary(stored, summarizer="lead", sentences=2) == plain
    assert store.get_summary(stored.id, summarizer="lead", sentences=2, words=None, evidence=True) == checked


def test_summaries_are_cached_per_length_form_language_and_filters(store: Store) -> None:
    stored, _ = store.add_article(Article(text=STORY, title="Budget"))
    asked = [
        {},
        {"length": "short"},
        {"form": "tldr"},
        {"form": "key_points"},
        {"avoid": ("questions", "quotes")},
        {"output_language": "en"},  # the article's own: kept apart as asked, made the same
    ]
    made = [store.summary(stored, summarizer="lead", **options) for options in asked]
    assert len(_summary_rows(store)) == len(asked)
    for options, summary in zip(asked, made, strict=True):
        assert store.get_summary(stored.id, summarizer="lead", **options) == summary
    plain, short, tldr, points = made[:4]
    assert len(plain["sentences"]) == 3 and len(short["sentences"]) == 1 and len(tldr["sentences"]) == 1
    assert points["form"] == "key_points" and points["text"].startswith("- ")
    assert plain["reduction"]["article_words"] == len(STORY.split())
    assert plain["reduction"]["summary_words"] == len(plain["text"].split())
    # The same options in another order or spelling are the same summary.
    assert store.get_summary(stored.id, summarizer="lead", avoid=("quotes", "questions")) == made[4]
    assert store.get_summary(stored.id, summarizer="lead", output_language="EN") == made[5]


def test_a_summary_in_another_language_keeps_its_not_checked_evidence(
    store: Store, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [Reply(content="Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen.")]
    stored, _ = store.add_article(Article(text=STORY, title="Budget"))
    made = store.summary(stored, summarizer="llm", output_language="de")
    assert made["language"] == "en" and made["output_language"] == "de"
    evidence = made["evidence"]
    assert evidence["checked"] is False and evidence["supported"] is None
    assert evidence["sentences"][0]["supported"] is None and "German" in evidence["sentences"][0]["reason"]
    assert Store(store.engine).get_summary(stored.id, summarizer="llm", output_language="de") == made
    with pytest.raises(InvalidInputError, match="strict keeps only"):
        store.summary(stored, summarizer="llm", output_language="de", strict=True)
    assert len(llm.requests) == 1


def test_the_options_migration_keeps_summaries_both_ways(store: Store, database_url: str) -> None:
    stored, _ = store.add_article(Article(text=STORY, title="Budget"))
    plain = store.summary(stored, summarizer="lead", sentences=2)
    store.summary(stored, summarizer="lead", form="tldr")
    _migrate(store, "0004", down=True)
    # Back before the options (migration 0004), a TL;DR has no place in the key: the cache lets it go,
    # keeps the rest.
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT summarizer, max_sentences FROM summaries").all()
    assert [tuple(row) for row in rows] == [("lead", 2)]
    _migrate(store, "head")
    again = Store.open(database_url)
    try:
        # A row from before the options has no details (the reduction's word count): made again, once.
        assert again.get_summary(stored.id, summarizer="lead", sentences=2) is None
        assert again.summary(stored, summarizer="lead", sentences=2) == plain
        assert len(_summary_rows(again)) == 1
    finally:
        again.close()


def _migrate(store: Store, revision: str, *, down: bool = False) -> None:
    """Upgrade to ``revision``, or downgrade to the one before it (wherever the chain puts it)."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import nutgraf.store.database

    config = Config()
    config.set_main_option(
        "script_location", str(Path(nutgraf.store.database.__file__).parent / "migrations")
    )
    if down:
        revision = ScriptDirectory.from_config(config).get_revision(revision).down_revision
    with database.migration_transaction(store.engine) as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _summary_rows(store: Store) -> list[dict]:
    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(select(summaries)).mappings()]


def test_the_site_filter_finds_pages_that_name_their_site_by_host_or_name(store: Store) -> None:
    # Most pages name their site ("Valley Courier"): the filter by host found only those that name none.
    ids = [
        store.add_article(Article(text=f"Story {n} happened today. It was reported.", url=url, site=site))[
            0
        ].id
        for n, (url, site) in enumerate(
            [
                ("https://www.valleycourier.example/a", "Valley Courier"),
                ("http://valleycourier.example:8080/b", "Valley Courier"),
                ("https://valleycourier.example.evil/c", "Evil"),
                ("https://news.example/d", None),
                ("https://news.example/e", "Valley Courier"),
            ]
        )
    ]
    assert [a.id for a in store.list_articles(site="valleycourier.example")] == [ids[1], ids[0]]
    assert [a.id for a in store.list_articles(site="www.valleycourier.example")] == [ids[1], ids[0]]
    assert [a.id for a in store.list_articles(site="Valley Courier")] == [ids[4], ids[1], ids[0]]
    assert [a.id for a in store.list_articles(site="news.example")] == [ids[4], ids[3]]
    assert store.list_articles(site="valley%") == [] and store.list_articles(site="\x00") == []


def test_list_is_newest_first_with_pages_and_filters(store: Store) -> None:
    feed, _ = store.add_feed("https://example.com/feed.xml")
    ids = []
    for number in range(5):
        text = f"Story number {number} happened today. It was reported widely."
        url = f"https://{'a' if number % 2 else 'www.b'}.example/{number}"
        stored, _ = store.add_article(
            Article(text=text, url=url), feed_id=feed.id if number < 2 else None, item_key=str(number)
        )
        ids.append(stored.id)
    page = store.list_articles(limit=2)
    assert [a.id for a in page] == [ids[4], ids[3]]
    assert [a.id for a in store.list_articles(limit=2, before=page[-1].id)] == [ids[2], ids[1]]
    assert [a.id for a in store.list_articles(feed_id=feed.id)] == [ids[1], ids[0]]
    assert [a.id for a in store.list_articles(site="www.b.example")] == [ids[4], ids[2], ids[0]]
    previous, following = store.neighbours(ids[2])
    assert (previous.id, following.id) == (ids[3], ids[1])
    assert store.neighbours(ids[4])[0] is None and store.neighbours(ids[0])[1] is None


def _feed_pages(store: Store, feed_id: int, size: int) -> list[list[int]]:
    """The ids of a feed's articles page by page, each page before the last one's last article."""
    pages, before = [], None
    while page := [a.id for a in store.list_articles(feed_id=feed_id, limit=size, before=before)]:
        pages.append(page)
        before = page[-1]
    return pages


def test_a_feed_lists_what_it_brought_and_carried_once_each_newest_first_page_by_page(
    store: Store,
) -> None:
    # The feed filter reads the feed's items alone (walked on their index: the OR of articles.feed_id
    # and the items had kept both databases off every index); what the feed brought, what it carried
    # from another, an article stored under the feed without an item key and a story under two of its
    # keys each come once, newest first, across pages.
    front, _ = store.add_feed("https://news.example/front.xml")
    section, _ = store.add_feed("https://news.example/section.xml")

    def add(number: int, feed_id: int | None, key: str | None, *, language: str = "en") -> int:
        text = f"Story number {number} happened today. It was reported widely."
        article = Article(text=text, url=f"https://news.example/{number}", language=language)
        stored, _ = store.add_article(article, feed_id=feed_id, item_key=key, url_verified=True)
        return stored.id

    own = add(0, section.id, "s0")
    carried = add(1, front.id, "f1")
    assert add(1, section.id, "s1") == carried  # the section carries the front page's story
    pasted = add(2, None, None)
    assert add(2, section.id, "s2") == pasted  # an article only among the section's items
    keyless = add(3, section.id, None, language="fr")
    twice = add(4, section.id, "s4-guid")
    assert add(4, section.id, "s4-link") == twice  # the same story under a second key of the feed
    front_only = add(5, front.id, "f5")
    newest = add(6, section.id, "s6")
    expected = [newest, twice, keyless, pasted, carried, own]
    assert [a.id for a in store.list_articles(feed_id=section.id)] == expected
    for size in (1, 2, 4):
        pages = _feed_pages(store, section.id, size)
        assert [len(page) for page in pages[:-1]] == [size] * (len(pages) - 1)
        assert [i for page in pages for i in page] == expected
    assert [a.id for a in store.list_articles(feed_id=section.id, limit=3, before=twice)] == [
        keyless,
        pasted,
        carried,
    ]
    assert [a.id for a in store.list_articles(feed_id=section.id, language="fr")] == [keyless]
    assert [a.id for a in store.list_articles(feed_id=section.id, search="number 4")] == [twice]
    assert [a.id for a in store.list_articles(feed_id=front.id)] == [front_only, carried]
    assert store.get_article(keyless).feed_id == section.id


def test_a_feed_lists_what_it_brought_or_carried_whatever_came_of_its_items(store: Store) -> None:
    # The feed's list reads its items alone (migration 0011), and must list what the feed brought
    # (articles.feed_id) or carried (its items), as reading both did, whatever its polls did: a key that
    # came again with another story or a failure, a story under two keys or none, one another feed brought.
    rnd = random.Random(11)
    feed_ids = [store.add_feed(f"https://news.example/{n}.xml")[0].id for n in range(3)]
    for _ in range(60):
        n = rnd.randrange(25)
        text = f"Story number {n} happened {'today' if n % 2 else 'yesterday'}. It was reported widely."
        url = f"https://news.example/{rnd.randrange(30)}"
        article = Article(text=text, url=url, language=rnd.choice(["en", "fr"]))
        feed_id = rnd.choice([*feed_ids, None])
        key = rnd.choice([None, "0", "k1", f"k{n}"]) if feed_id else None
        if feed_id and rnd.random() < 0.15:
            store.record_item_failure(feed_id, key or "0", url, "the page did not answer")
        else:
            store.add_article(article, feed_id=feed_id, item_key=key, url_verified=rnd.random() < 0.6)
    with store.engine.connect() as connection:
        for feed_id in feed_ids:
            carried = select(feed_items.c.article_id).where(feed_items.c.feed_id == feed_id)
            ours = (articles.c.feed_id == feed_id) | articles.c.id.in_(carried)
            query = select(articles.c.id, articles.c.language).where(ours).order_by(articles.c.id.desc())
            expected = connection.execute(query).all()
            assert [a.id for a in store.list_articles(feed_id=feed_id, limit=1000)] == [
                i for i, _ in expected
            ]
            assert [i for page in _feed_pages(store, feed_id, 3) for i in page] == [i for i, _ in expected]
            french = [a.id for a in store.list_articles(feed_id=feed_id, language="fr", limit=1000)]
            assert french == [i for i, language in expected if language == "fr"]


def test_items_of_one_guid_are_stored_as_fast_in_a_feed_of_many_items(tmp_path: Path) -> None:
    # A feed whose items share one guid gives each story the item of its own it leaves (round 20): whether
    # the story had one already was asked on SQLite by walking all the feed's items, so each story took
    # longer the more the feed had kept (64,000 failed items: 3.5 ms a story, 8,000: 0.7 ms).
    def seconds(kept: int) -> float:
        store = Store.open(f"sqlite:///{tmp_path / f'{kept}.db'}")
        feed_id = store.add_feed("https://news.example/feed.xml")[0].id
        stories = [
            Article(
                text=f"Story {n} happened today. It was reported widely.", url=f"https://news.example/{n}"
            )
            for n in range(2)
        ]
        failed = {
            "feed_id": feed_id,
            "attempts": 1,
            "error": "the page did not answer",
            "updated_at": datetime.now(UTC),
        }
        with store.engine.begin() as connection:
            connection.execute(insert(feed_items), [{**failed, "key": f"k{n}"} for n in range(kept)])
        best = float("inf")
        for _ in range(3):
            started = time.thread_time()
            for turn in range(40):
                store.add_article(stories[turn % 2], feed_id=feed_id, item_key="0", url_verified=True)
            best = min(best, time.thread_time() - started)
        assert len(store.list_articles(feed_id=feed_id)) == 2
        store.close()
        return best

    assert seconds(64_000) < 2 * seconds(8_000)


def _at_once(writers: int, write) -> list[BaseException]:
    """Run ``write(n)`` for each of ``writers`` threads released together; the errors they raised."""
    start = threading.Barrier(writers, timeout=30)
    errors: list[BaseException] = []

    def run(n: int) -> None:
        start.wait()
        try:
            write(n)
        except BaseException as exc:  # each writer's error, whatever it is, is what the test reports
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def test_writers_storing_one_feed_s_stories_at_once_store_each_once_without_an_error(
    database_url: str,
) -> None:
    # Replicas polling one feed without a lease (or an analyst's two feeds listing one story) store its
    # items at once: each checked that the item was not there and inserted it, and on PostgreSQL all but
    # one failed "duplicate key value violates unique constraint uq_feed_items_feed_id_key" (76 in a run
    # of the hostile review). Six writers on two stores each round: the same story under the same guid of
    # two feeds, six stories under one guid shared by the feed's items, and the same item failing.
    stores = [Store.open(database_url) for _ in range(2)]
    try:
        front = stores[0].add_feed("https://news.example/front.xml")[0].id
        section = stores[0].add_feed("https://news.example/section.xml")[0].id
        for round_ in range(4):

            def same_story(n: int, round_: int = round_) -> None:
                text = f"Story {round_} happened today. It was reported widely."
                article = Article(text=text, url=f"https://news.example/{round_}")
                stores[n % 2].add_article(
                    article, feed_id=(front, section)[n % 2], item_key=f"guid-{round_}", url_verified=True
                )

            def shared_guid(n: int, round_: int = round_) -> None:
                text = f"Story {round_}-{n} came under one guid. It was reported widely."
                article = Article(text=text, url=f"https://news.example/{round_}-{n}")
                stores[n % 2].add_article(article, feed_id=front, item_key="0", url_verified=True)

            def failure(n: int, round_: int = round_) -> None:
                stores[n % 2].record_item_failure(section, f"gone-{round_}", None, "the page did not answer")

            for write in (same_story, shared_guid, failure):
                assert _at_once(6, write) == []
        with stores[0].engine.connect() as connection:
            stored = {row.url: row.id for row in connection.execute(select(articles.c.url, articles.c.id))}
        same = [stored[f"https://news.example/{r}"] for r in range(4)]
        shared = [stored[f"https://news.example/{r}-{n}"] for r in range(4) for n in range(6)]
        assert len(stored) == 4 + 24  # every story stored, none twice
        listed = [a.id for a in stores[0].list_articles(feed_id=front, limit=100)]
        assert sorted(listed) == sorted(same + shared)  # each story listed by the feed once
        assert sorted(a.id for a in stores[0].list_articles(feed_id=section, limit=100)) == sorted(same)
        states = stores[0].item_states(section)
        assert [states[f"gone-{r}"].attempts for r in range(4)] == [6] * 4  # no failure lost either
    finally:
        for opened in stores:
            opened.close()


def test_processes_storing_one_feed_s_stories_at_once_store_each_once_without_an_error(
    database_url: str, tmp_path: Path
) -> None:
    # Two processes (replicas polling one feed without a lease) record the same item's failure, store a
    # story each under the guid the feed's items share and the same story under its own guid, each round
    # at the same moment: neither may fail, nothing be stored twice or lost.
    go = tmp_path / "go"
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from nutgraf.article import Article
        from nutgraf.store import Store

        store = Store.open(sys.argv[1])
        feed, _ = store.add_feed("https://news.example/feed.xml")
        go, writer = Path(sys.argv[2]), sys.argv[3]
        Path(f"{go}-{writer}").touch()
        while not go.exists():
            time.sleep(0.005)
        start = float(go.read_text())
        for n in range(20):
            time.sleep(max(0, start + n * 0.1 - time.time()))  # each round's writes released together
            store.record_item_failure(feed.id, f"gone-{n}", None, "the page did not answer")
            own = f"Story {n} of writer {writer} came under one guid. It was reported widely."
            story = Article(text=own, url=f"https://news.example/{n}-{writer}")
            store.add_article(story, feed_id=feed.id, item_key="0", url_verified=True)
            shared = Article(text=f"Story {n} happened today. It was reported widely.")
            store.add_article(shared, feed_id=feed.id, item_key=f"guid-{n}")
        """
    )
    Store.open(database_url).close()  # migrated before, so that the two start alike
    command = [sys.executable, "-c", script, database_url, str(go)]
    writers = [subprocess.Popen([*command, str(n)], stderr=subprocess.PIPE, text=True) for n in range(2)]
    ready = [tmp_path / f"go-{n}" for n in range(2)]
    # Released once both are ready, or at once where one died (its error then fails the test, not a hang).
    while not all(path.exists() for path in ready) and all(w.poll() is None for w in writers):
        time.sleep(0.01)
    (tmp_path / "start").write_text(str(time.time() + 0.2))
    (tmp_path / "start").rename(go)  # whole, as the writers read it
    for writer in writers:
        _, stderr = writer.communicate(timeout=120)
        assert writer.returncode == 0, stderr
    store = Store.open(database_url)
    try:
        assert store.count_articles() == 20 * 2 + 20
        feed = store.list_feeds()[0]
        assert len(store.list_articles(feed_id=feed.id, limit=100)) == 20 * 2 + 20
        states = store.item_states(feed.id)
        assert [states[f"gone-{n}"].attempts for n in range(20)] == [2] * 20
    finally:
        store.close()


def test_pollers_skipping_a_site_s_outside_pages_at_once_record_and_count_each_once(
    database_url: str,
) -> None:
    # Two pollers of one site's sitemap (replicas without a lease) each read which pages it had had, then
    # recorded the new ones outside the site's hosts in one insert: the second's failed on the items'
    # unique key (on SQLite too, its look having been in an earlier transaction) and its poll with it.
    # Each page is recorded once, and counted once among the site's skipped pages.
    stores = [Store.open(database_url) for _ in range(2)]
    try:
        sitemap = "https://news.example/sitemap.xml"
        site = {
            "url": "https://news.example/",
            "hosts": ["news.example"],
            "summarizer": "lead",
            "sentences": 2,
        }
        stores[0].add_site("news", origins=[], sources=[("sitemap", sitemap)], **site)
        feed_id = stores[0].find_feed(sitemap).id
        pages = [(f"https://elsewhere.example/{n}", f"https://elsewhere.example/{n}") for n in range(50)]
        overlapping = [pages[:30], pages[20:]]
        assert _at_once(2, lambda n: stores[n].record_skipped(feed_id, overlapping[n], "skipped")) == []
        assert sorted(stores[0].item_states(feed_id)) == sorted(key for key, _ in pages)
        assert [source.skipped for source in stores[0].site_sources("news")] == [50]
    finally:
        for opened in stores:
            opened.close()


def _waiting_on_a_lock(engine: Engine, pid: int) -> None:
    """Return once the PostgreSQL backend ``pid`` waits for a lock (within 30 s)."""
    query = text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with engine.connect() as connection:  # a fresh look each time: a transaction keeps its first
            if connection.execute(query, {"pid": pid}).scalar() == "Lock":
                return
        time.sleep(0.01)
    raise AssertionError(f"backend {pid} never waited for a lock")


def _poll_while_the_feed_is_removed(
    store: Store, feed: int, hold: Callable[[Connection], object], poll: Callable[[Store], Any]
) -> Any:
    """What ``poll(poller)`` returned, run on a store of its own while another writer holds the lock
    ``hold`` takes, and the feed was removed on a third once the poller waited for it (PostgreSQL)."""
    url = store.engine.url.render_as_string(hide_password=False)
    poller, remover = Store.open(url), Store.open(url)
    try:
        pids = []
        for opened in (poller, remover):
            with opened.engine.connect() as connection:  # the pool's one connection, used next
                pids.append(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar())
        with ThreadPoolExecutor(2) as pool:
            with store.engine.begin() as holder:
                hold(holder)
                polled = pool.submit(poll, poller)
                _waiting_on_a_lock(store.engine, pids[0])
                removed = pool.submit(remover.remove_feed, feed)
                _waiting_on_a_lock(store.engine, pids[1])
            assert removed.result(timeout=30) is True
            return polled.result(timeout=30)
    finally:
        poller.close()
        remover.close()


def test_a_feed_removed_while_a_poller_replaces_its_item_is_removed_without_a_deadlock() -> None:
    # A poller replacing the story under a guid locked the item, then recorded the story it had held
    # under a key of its own, an insert that needs the feed; `nutgraf feeds remove` meanwhile deleted
    # the feed and waited to delete its items: on PostgreSQL each waited for the other, and one failed
    # "deadlock detected". The poller held up by another writer of the item. SQLite's writers take turns.
    with postgres_schema() as url:
        store = Store.open(url)
        try:
            feed = store.add_feed("https://news.example/feed.xml")[0].id
            first = Article(text="The first story came under the guid. It was reported widely.")
            store.add_article(first, feed_id=feed, item_key="0")
            second = Article(text="The second story came under it next. It was reported widely.")
            second_id = store.add_article(second)[0].id  # stored already, from elsewhere
            item = select(feed_items.c.id).where(feed_items.c.feed_id == feed, feed_items.c.key == "0")
            replaced = _poll_while_the_feed_is_removed(
                store,
                feed,
                lambda holder: holder.execute(item.with_for_update()),
                lambda poller: poller.add_article(second, feed_id=feed, item_key="0"),
            )
            assert replaced[0].id == second_id
            assert store.list_feeds() == []
            assert store.count_articles() == 2  # a feed's articles stay
        finally:
            store.close()


def test_a_feed_removed_while_a_fetched_page_takes_over_its_claim_is_removed_without_a_deadlock() -> None:
    # A poller storing the fetched page of a story its feed had stored as a claim took the claim's row,
    # then the feed's (its item); `nutgraf feeds remove` had meanwhile deleted the feed and waited to
    # clear the claim's feed: on PostgreSQL each waited for the other, one failing "deadlock detected".
    # The poller held up in between by another replica recording the same redirect's alias.
    with postgres_schema() as url:
        store = Store.open(url)
        try:
            feed = store.add_feed("https://news.example/feed.xml")[0].id
            page = Article(
                text="The story was first a claim. It was reported widely.", url="https://news.example/a"
            )
            claim = store.add_article(page, feed_id=feed, item_key="0")[0].id
            moved = "https://news.example/old-a"
            alias = {
                "canonical_url": canonical_url(moved),
                "article_id": claim,
                "created_at": datetime.now(UTC),
            }
            stored = _poll_while_the_feed_is_removed(
                store,
                feed,
                lambda holder: holder.execute(insert(article_aliases).values(**alias)),
                lambda poller: poller.add_article(
                    page, feed_id=feed, item_key="0", url_verified=True, requested_url=moved
                ),
            )
            assert stored[0].id == claim
            assert store.list_feeds() == []
            assert store.get_article(claim).url_verified
        finally:
            store.close()


def test_the_feed_index_migration_gives_articles_stored_without_an_item_one(
    store: Store, database_url: str
) -> None:
    # Articles stored under a feed before migration 0011 with no item of it (a caller that named the feed
    # and no item key) stay in the feed's list once it reads the items alone.
    feed, _ = store.add_feed("https://news.example/feed.xml")
    with_item, _ = store.add_article(Article(text="One. " + STORY), feed_id=feed.id, item_key="one")
    store.add_article(Article(text="One. " + STORY), feed_id=feed.id, item_key="one-again")
    without, _ = store.add_article(Article(text="Two. " + STORY), feed_id=feed.id, item_key="two")
    elsewhere, _ = store.add_article(Article(text="Three. " + STORY))
    _migrate(store, "0011", down=True)
    with store.engine.begin() as connection:
        connection.execute(delete(feed_items).where(feed_items.c.article_id == without.id))
    _migrate(store, "head")
    again = Store.open(database_url)
    try:
        assert [a.id for a in again.list_articles(feed_id=feed.id)] == [without.id, with_item.id]
        assert [a.id for a in again.list_articles(feed_id=feed.id, before=without.id)] == [with_item.id]
        assert elsewhere.id not in [a.id for a in again.list_articles(feed_id=feed.id)]
        keys = {key for key, state in again.item_states(feed.id).items() if state.article_id == without.id}
        assert keys == {f"nutgraf:article:{without.id}"}
        assert len(again.item_states(feed.id)) == 3
    finally:
        again.close()


def test_the_feed_index_migration_passes_over_a_guid_that_reads_as_an_article_s_own_key(
    store: Store, database_url: str
) -> None:
    # A guid is whatever the publisher writes. One that read as the key migration 0011 gives an article
    # without an item ("nutgraf:article:<id>") made its backfill write that key twice in one feed, which
    # failed the migration, and no process of the new version could start.
    feed, _ = store.add_feed("https://news.example/feed.xml")
    first, _ = store.add_article(Article(text="One. " + STORY), feed_id=feed.id, item_key="one")
    second, _ = store.add_article(Article(text="Two. " + STORY), feed_id=feed.id, item_key="two")
    _migrate(store, "0011", down=True)
    with store.engine.begin() as connection:
        connection.execute(delete(feed_items).where(feed_items.c.article_id == second.id))
        guid = f"nutgraf:article:{second.id}"
        connection.execute(update(feed_items).where(feed_items.c.key == "one").values(key=guid))
    _migrate(store, "head")
    again = Store.open(database_url)
    try:
        assert first.id in [a.id for a in again.list_articles(feed_id=feed.id)]
    finally:
        again.close()


def test_a_search_finds_articles_holding_each_word_in_title_or_text_in_any_case(store: Store) -> None:
    stories = [
        ("Council passes the budget", "The vote was 7 to 2. Spending rises by 5% next year."),
        ("МОСКВА ПРИНЯЛА БЮДЖЕТ", "Депутаты спорили долго. Мэр подпишет его."),
        ("Über den Haushalt", "Der Rat stimmte zu. Die Ausgaben_steigen im Jahr 2027."),
        ("Weather", "Rain all week in the valley. The budget for roads is spent."),
    ]
    ids = [store.add_article(Article(text=text, title=title))[0].id for title, text in stories]

    def found(search: str | None, **filters) -> list[int]:
        return [a.id for a in store.list_articles(search=search, **filters)]

    # Each word in the title or the text, in any case: on SQLite too, whose own lower() folds ASCII alone
    # (Cyrillic and German capitals went unfound there).
    assert found("budget") == [ids[3], ids[0]]
    assert found("BUDGET council") == found("council budget budget") == [ids[0]]
    assert found("москва бюджет") == found("Депутаты") == [ids[1]]
    assert found("über") == found("HAUSHALT") == [ids[2]]
    assert found("budget rain", limit=1) == [ids[3]] and found("budget", before=ids[3]) == [ids[0]]
    # LIKE's wildcards are the characters themselves.
    assert found("5%") == [ids[0]] and found("%") == [ids[0]]
    assert found("rat_stimmte") == [] and found("Ausgaben_steigen") == [ids[2]]
    # A blank search is no search. A NUL parts words, as in stored text (PostgreSQL refuses one), and an
    # undecodable byte of an argument (a lone surrogate, which its driver cannot send) is U+FFFD.
    assert found("") == found("  ") == found(None) == ids[::-1]
    assert found("weather\x00rain") == found("weather rain") == [ids[3]]
    assert found("budget\udcff") == []
    with pytest.raises(InvalidInputError, match="a search is at most 8 words, not 9"):
        found("a b c d e f g h i")
    with pytest.raises(InvalidInputError, match="a search is at most 200 characters, not 201"):
        found("x" * 201)


def test_a_search_folds_case_alike_on_sqlite_and_postgresql(store: Store) -> None:
    # Python's lower() (SQLite's, through the store's function) and PostgreSQL's differ on two letters:
    # "İ" is "i" and a dotted "i̇" (two characters), and a capital sigma is "ς" at a word's end to Python,
    # "σ" always to PostgreSQL. A search for "İstanbul" or "ΚΥΠΡΟΣ" found its own title on one of them
    # only, and "προς" missed "ΠΡΟΣΦΥΓΕΣ" on SQLite, though a search finds a part of a word.
    stories = [("İstanbul votes", "The city counts."), ("ΚΥΠΡΟΣ ΚΑΙ ΠΡΟΣΦΥΓΕΣ", "Η Λευκωσία μετρά.")]
    ids = [store.add_article(Article(text=text, title=title))[0].id for title, text in stories]

    def found(search: str) -> list[int]:
        return [a.id for a in store.list_articles(search=search)]

    assert found("İstanbul") == found("istanbul") == found("ISTANBUL") == [ids[0]]
    assert found("ΚΥΠΡΟΣ") == found("Κυπρος") == found("κυπροσ") == [ids[1]]
    assert found("προς") == found("ΠΡΟΣΦΥΓΕΣ") == found("πρόσφυγες".replace("ό", "ο")) == [ids[1]]


def test_a_search_finds_a_word_whether_it_or_the_text_has_accents_composed_or_decomposed(
    store: Store,
) -> None:
    # "é" is one character (NFC: most pages) or "e" and a combining accent (NFD: text from a Mac, some
    # editors): a search typed one way missed an article stored the other, on both databases.
    def nfc(text: str) -> str:
        return unicodedata.normalize("NFC", text)

    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    stories = [
        (nfc("Le café de la gare ferme"), nfc("Le propriétaire part à la retraite. 5%_ de hausse.")),
        (nfd("Un résumé du CONSEIL"), nfd("Les élus ont voté le budget de l'année. Ὀδυσσεύς lu.")),
    ]
    ids = [store.add_article(Article(text=text, title=title))[0].id for title, text in stories]

    def found(search: str) -> list[int]:
        return [a.id for a in store.list_articles(search=search)]

    for form in (nfc, nfd):
        assert found(form("café")) == found(form("CAFÉ")) == found(form("propriétaire")) == [ids[0]]
        assert found(form("résumé élus")) == found(form("RÉSUMÉ")) == found(form("ὀδυσσεύς")) == [ids[1]]
        assert found(form("à 5%_")) == [ids[0]] and found(form("é%")) == []
    # The two forms of a word are one word of the eight a search may hold.
    assert found(" ".join([nfc("été"), nfd("été")] * 4)) == []


def test_the_store_s_tables_name_no_method_alike() -> None:
    # Store is every table's class at once: a method one table names as another does takes the other's
    # place for the whole store (a search helper named as the leases' `_holds` broke every fenced write).
    defined: dict[str, list[str]] = {}
    for table in Store.__mro__:
        if table.__module__.startswith("nutgraf.store."):
            for name in vars(table):
                if not name.startswith("__"):
                    defined.setdefault(name, []).append(table.__name__)
    # The one on purpose: LeaseTable.close releases the leases, then calls Database.close.
    assert {name: tables for name, tables in defined.items() if len(tables) > 1} == {
        "close": ["LeaseTable", "Database"]
    }


def test_feeds_keep_their_polling_state_and_their_articles_outlive_them(store: Store) -> None:
    feed, created = store.add_feed("https://example.com/feed.xml", interval_s=600)
    same, created_again = store.add_feed("https://example.com/feed.xml")
    assert created and not created_again and same.id == feed.id
    assert [f.id for f in store.due_feeds()] == [feed.id]
    store.update_feed(feed.id, etag='"v1"', next_poll_at=feed.next_poll_at.replace(year=2100))
    assert store.due_feeds() == []
    assert store.get_feed(feed.id).etag == '"v1"'
    stored, _ = store.add_article(Article(text=STORY), feed_id=feed.id, item_key="item-1")
    store.record_item_failure(feed.id, "item-2", "https://example.com/2", "HTTP 500")
    states = store.item_states(feed.id)
    assert states["item-1"].article_id == stored.id
    assert (states["item-2"].article_id, states["item-2"].attempts) == (None, 1)
    assert store.remove_feed(feed.id) and not store.remove_feed(feed.id)
    kept = store.get_article(stored.id)
    assert kept is not None and kept.feed_id is None


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    # The feed item cannot be recorded (no such feed): the article written before it is rolled back too.
    with pytest.raises(StoreError):
        store.add_article(Article(text=STORY), feed_id=999, item_key="item-1")
    assert store.count_articles() == 0


def test_a_process_killed_mid_write_leaves_no_half_article(database_url: str, tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import os, sys
        from sqlalchemy import event
        from nutgraf.article import Article
        from nutgraf.store import Store

        store = Store.open(sys.argv[1])
        feed, _ = store.add_feed("https://example.com/feed.xml")

        @event.listens_for(store.engine, "after_cursor_execute")
        def die_after_the_article_row(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip().upper().startswith("INSERT INTO ARTICLES"):
                os._exit(9)  # like a kill -9: no rollback, no cleanup

        store.add_article(Article(text=sys.argv[2], url="https://example.com/1"), feed_id=feed.id, item_key="1")
        """
    )
    died = subprocess.run(
        [sys.executable, "-c", script, database_url, STORY], capture_output=True, text=True, timeout=120
    )
    assert died.returncode == 9, died.stderr
    store = Store.open(database_url)
    try:
        assert store.count_articles() == 0
        feed = store.list_feeds()[0]
        assert store.item_states(feed.id) == {}
        stored, created = store.add_article(Article(text=STORY, url="https://example.com/1"))
        assert created and store.get_article(stored.id).text == STORY
    finally:
        store.close()


def test_default_store_is_a_wal_sqlite_file_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store = Store.open()
    store.add_article(Article(text=STORY))
    store.close()
    path = tmp_path / "data" / "nutgraf" / "nutgraf.db"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_processes_starting_at_once_on_a_new_database_all_open_it(database_url: str) -> None:
    # Two `serve` replicas and a `worker` started together on an empty database each migrate it.
    opened: list[object] = []

    def open_and_close() -> None:
        barrier.wait()
        try:
            Store.open(database_url).close()
            opened.append(True)
        except StoreError as exc:
            opened.append(exc)

    for _ in range(3):  # on SQLite one start in three or so failed "database is locked"
        if database_url.startswith("sqlite"):
            Path(make_url(database_url).database).unlink(missing_ok=True)
        barrier = threading.Barrier(6)
        starts = [threading.Thread(target=open_and_close) for _ in range(6)]
        for start in starts:
            start.start()
        for start in starts:
            start.join(120)
    assert opened == [True] * 18


def test_a_database_main_made_before_the_sites_migration_was_chained_in_gets_the_sites_tables(
    database_url: str,
) -> None:
    # For nine minutes of 2026-12-02 (7ffe945c) main's migrations ran 0001 then 0005; 0002 (sites) was then
    # chained in before 0005, so a database made then, at 0005, was migrated on past 0002 and never had
    # its tables: every later nutgraf called it current and then failed `no such table: sites`, saying
    # that something other than nutgraf had changed it.
    store = Store(database._create_engine(database_url))
    _migrate(store, "0005")
    with store.engine.begin() as connection:
        for table in ("site_flags", "site_pages", "site_sources", "sites"):
            connection.exec_driver_sql(f"DROP TABLE {table}")
    store.close()
    upgraded = Store.open(database_url)
    try:
        assert upgraded.missing_schema() == []
        assert main(["sites", "add", "https://news.example", "--database", database_url]) == 0
        # The tables as a new database has them: keys, cascades and indexes, not the columns alone.
        with _fresh_database_url(database_url) as fresh_url:
            fresh = Store.open(fresh_url)
            try:
                assert _sites_tables(upgraded.engine) == _sites_tables(fresh.engine)
            finally:
                fresh.close()
    finally:
        upgraded.close()


@contextmanager
def _fresh_database_url(beside: str) -> Iterator[str]:
    """An empty database of the same kind as the one at ``beside``."""
    if beside.startswith("sqlite"):
        yield f"{beside.removesuffix('.db')}-fresh.db"
    else:
        with postgres_schema() as url:
            yield url


def _sites_tables(engine: Engine) -> dict[str, Any]:
    found = inspect(engine)
    return {
        table: (
            [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)],
            found.get_pk_constraint(table),
            sorted(map(str, found.get_foreign_keys(table))),
            sorted(map(str, found.get_unique_constraints(table))),
            sorted(map(str, found.get_indexes(table))),
        )
        for table in ("sites", "site_sources", "site_pages", "site_flags")
    }


def test_a_database_missing_a_part_of_its_recorded_schema_is_refused_saying_what_to_do(
    database_url: str,
) -> None:
    # A database a development branch made at 0004 (its migrations 0001 then 0004) lacks 0005's column,
    # which 0008 indexes: "cannot open the database ...: no such column: url_verified", nothing to do.
    store = Store(database._create_engine(database_url))
    _migrate(store, "0002")
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0005'")  # 0005 never ran
    store.close()
    with pytest.raises(StoreError) as error:
        Store.open(database_url)
    message = str(error.value)
    assert message.startswith("cannot migrate the database from schema 0005 to 0012 (")
    assert "url_verified" in message
    assert message.endswith("an empty PostgreSQL database), which nutgraf sets up")
    # Left as it was, as the message says: the migrations before the failing one are not kept.
    store = Store(database._create_engine(database_url))
    try:
        assert store.schema_revisions()[0] == {"0005"}
        assert "article_aliases" in store.missing_schema()  # 0006's table, which runs before 0008
    finally:
        store.close()


def test_a_database_a_newer_nutgraf_migrated_says_so(database_url: str) -> None:
    store = Store.open(database_url)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    with pytest.raises(StoreError, match=r"schema is at 9999, which this nutgraf .* does not know"):
        Store.open(database_url)


@contextmanager
def _unprivileged() -> Iterator[None]:
    """As a user without root's right to write anywhere (CI runs the tests as root), while the block runs."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY.pw_gid)
    os.seteuid(NOBODY.pw_uid)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


NOBODY = pwd.getpwnam("nobody")


def test_a_sqlite_path_under_the_home_folder_opens_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "sqlite:///~/x.db" made the folder ~ named (the home folder) and then asked SQLite for "~/x.db",
    # which it did not expand: "cannot open the database sqlite:///~/x.db: unable to open database file".
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    store = Store.open("sqlite:///~/news/x.db")
    try:
        stored, _ = store.add_article(Article(text=STORY))
        assert store.get_article(stored.id) is not None
    finally:
        store.close()
    assert (tmp_path / "home" / "news" / "x.db").is_file()


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_sqlite_file_on_a_read_only_path_says_so(read_only: str) -> None:
    # Under /tmp, which every user may enter (pytest's own folders are root's alone).
    folder = Path(tempfile.mkdtemp(prefix="nutgraf-read-only-"))
    try:
        Store.open(f"sqlite:///{folder / 'nutgraf.db'}").close()
        for leftover in folder.glob("nutgraf.db-*"):
            leftover.unlink()
        (folder / "nutgraf.db").chmod(0o444 if read_only == "file" else 0o666)
        folder.chmod(0o777 if read_only == "file" else 0o555)
        with (
            _unprivileged(),
            pytest.raises(StoreError, match=f"the {read_only} .* is read-only.*writable path"),
        ):
            # A read-only file opens (SQLite reads it), and its first write is refused.
            Store.open(f"sqlite:///{folder / 'nutgraf.db'}").add_article(Article(text=STORY))
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_sqlite_file_another_process_keeps_locked_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A shorter wait than the shipped 30 s, which the test would otherwise sit out.
    monkeypatch.setenv("NUTGRAF_SQLITE_BUSY_SECONDS", "2")
    path = tmp_path / "nutgraf.db"
    Store.open(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a tool holding a write transaction open
    try:
        store = Store.open(f"sqlite:///{path}")  # reading needs no lock: it opens at once
        began = time.monotonic()
        with pytest.raises(
            StoreError, match=r"database is locked .*another process held its write lock for 2 s"
        ):
            store.add_article(Article(text=STORY))
        assert time.monotonic() - began >= 2  # it waited for the lock first
    finally:
        holder.close()
    store.add_article(Article(text=STORY))  # and writes once the lock is let go
    assert store.count_articles() == 1
    store.close()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://nutgraf:nutgraf@127.0.0.1:1/nutgraf", "cannot open the database"),
        ("nosuchdb://x", "in SQLite or PostgreSQL, not nosuchdb; use sqlite:///PATH"),
        ("mysql://user@db.example/news", "in SQLite or PostgreSQL, not mysql; use sqlite:///PATH"),
        ("not a url", "not a database URL"),
        ("sqlite:///{tmp}/notes.txt", "file is not a database"),
        ("sqlite:///{tmp}/notes.txt/nutgraf.db", "cannot make the folder .*notes.txt"),
    ],
)
def test_an_unusable_database_is_one_clear_error(url: str, message: str, tmp_path: Path) -> None:
    if url.startswith("postgresql"):
        pytest.importorskip("psycopg")
    (tmp_path / "notes.txt").write_text("my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=message) as error:
        Store.open(url.format(tmp=tmp_path))
    assert "nutgraf:nutgraf" not in str(error.value)


@pytest.mark.parametrize(
    ("change", "advice"),
    [
        # A first start on a database not made yet said `database "..." does not exist`, no more.
        (
            lambda url: url.set(database=f"nutgraf_absent_{uuid.uuid4().hex[:8]}"),
            r"does not exist; create it first \(createdb --owner nutgraf nutgraf_absent_\w+, as PostgreSQL's"
            r" superuser\): nutgraf sets its tables up in an empty database at its first start$",
        ),
        # The command is run as printed: a name with a space had been two arguments to createdb.
        (
            lambda url: url.set(database=f"nutgraf absent {uuid.uuid4().hex[:8]}"),
            r"does not exist; create it first \(createdb --owner nutgraf 'nutgraf absent \w+', as",
        ),
        (
            lambda url: url.set(password="not-the-password"),
            r"password authentication failed for user \"nutgraf\"; check the user name and password in the URL",
        ),
        # libpq's hint ran on without a stop ("Connection refused Is the server running on that host
        # ..."), naming neither the address tried nor that the URL gives it.
        (
            lambda url: url.set(port=1),
            r"Connection refused.*; nothing listens at 127\.0\.0\.1:1: start PostgreSQL there, or give the"
            r" host and port it listens on in the URL \(postgresql://USER:PASSWORD@HOST:PORT/DB\)$",
        ),
        # A schema of its own in a shared database, not made yet: the refusal was PostgreSQL's "no schema
        # has been selected to create in" with the SQL after it ("LINE 2: CREATE TABLE alembic_version").
        (
            lambda url: url.update_query_dict({"options": "-csearch_path=nutgraf_absent_schema"}),
            r"no schema has been selected to create in; the schema the URL's search_path names"
            r" \(nutgraf_absent_schema\) does not exist in \w+: create it first \(CREATE SCHEMA"
            r" nutgraf_absent_schema, as the user nutgraf connects as\), or correct the URL$",
        ),
    ],
    ids=["no such database", "a name with a space", "wrong password", "nothing listening", "no such schema"],
)
def test_a_postgresql_server_refusing_the_first_connection_says_what_to_do(
    change: Callable[[URL], URL], advice: str
) -> None:
    with postgres_schema() as url, pytest.raises(StoreError, match=advice) as error:  # skips with no server
        Store.open(change(make_url(url)).render_as_string(hide_password=False))
    assert "not-the-password" not in str(error.value)


def test_a_postgresql_url_where_nothing_listens_names_the_socket_or_the_ipv6_address_it_tried(
    tmp_path: Path,
) -> None:
    # A socket folder (Debian's /var/run/postgresql) whose server is stopped was said to be
    # "localhost:5432", a TCP address never tried; an IPv6 host was "::1:5432", no address at all.
    pytest.importorskip("psycopg")
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(tmp_path / ".s.PGSQL.5432"))  # left behind by a server that stopped
    stale.close()
    with pytest.raises(StoreError) as error:
        Store.open(f"postgresql://nutgraf@/news?host={tmp_path}")
    assert str(error.value).endswith(
        f"; nothing listens at the socket {tmp_path}/.s.PGSQL.5432: start PostgreSQL there, or give the host"
        " and port it listens on in the URL (postgresql://USER:PASSWORD@HOST:PORT/DB)"
    ), str(error.value)
    with socket.socket(socket.AF_INET6) as probe:
        try:
            probe.bind(("::1", 0))
        except OSError:
            pytest.skip("no IPv6 loopback")
        port = probe.getsockname()[1]
    with pytest.raises(StoreError, match=rf"; nothing listens at \[::1\]:{port}: start PostgreSQL there"):
        Store.open(f"postgresql://nutgraf@[::1]:{port}/news")


def test_a_missing_schema_named_outside_the_url_is_not_said_to_be_the_urls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Container setups give the search_path in PGOPTIONS, not the URL: the refusal said "the schema the
    # URL's search_path names (NAME)", a URL naming none, and "CREATE SCHEMA NAME".
    monkeypatch.setenv("PGOPTIONS", "-c search_path=nutgraf_absent_schema")
    with postgres_schema() as url, pytest.raises(StoreError) as error:  # skips with no server
        Store.open(make_url(url).difference_update_query(["options"]).render_as_string(hide_password=False))
    assert re.search(
        r"; the schema PGOPTIONS's search_path names \(nutgraf_absent_schema\) does not exist in \w+: create it"
        r" first \(CREATE SCHEMA nutgraf_absent_schema, as the user nutgraf connects as\), or correct PGOPTIONS$",
        str(error.value),
    ), str(error.value)


def test_a_password_holding_an_at_sign_is_said_to_need_encoding_and_is_not_shown() -> None:
    # A generated password with an "@" split the URL at it: "failed to resolve host 'cret@db.example'"
    # said nothing of the cause, and showed the password's end to the terminal and the logs.
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as error:
        Store.open("postgresql://nutgraf:se@cret@db.example:5432/news")
    message = str(error.value)
    assert "cret" not in message
    assert "percent-encoded" in message and "%40" in message


@pytest.mark.parametrize(
    ("url", "message"),
    [
        # SQLAlchemy reads what follows the host's ":" as the port: a password holding "@" and then ":"
        # failed int() there, a traceback that showed the password's end.
        ("postgresql://nutgraf:se@cret:word@db.example/news", "percent-encoded (%40"),
        ("postgresql://nutgraf:se@cret@[::1]/news", "percent-encoded (%40"),
        (
            "postgresql://nutgraf:secret@db.example:5432x/news",
            "its port (after the host's :) is not a number",
        ),
    ],
)
def test_a_url_whose_port_is_not_a_number_is_one_clear_error_without_the_password(
    url: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["articles", "list", "--database", url]) == 1
    error = capsys.readouterr().err
    assert error.startswith("nutgraf: error: ") and message in error
    assert "cret" not in error and "Traceback" not in error


def test_a_store_missing_a_table_its_schema_records_is_said_so_not_as_a_database_down(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A table gone though the recorded schema is current (dropped by hand; a SQLite file deleted while a
    # command ran comes back empty): SQLite's "no such table" read "the database stopped answering; check
    # that it runs and can be reached", and PostgreSQL's printed SQLAlchemy's traceback.
    store = Store.open(database_url)
    store.add_article(Article(text=STORY, title="Storm"))
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE summaries")
    store.close()
    # The same at each run: its advice had been to run the command again, which set nothing up.
    for _ in range(2):
        assert main(["articles", "list", "--summaries", "--database", database_url]) == 1
        missing = "no such table: summaries" if database_url.startswith("sqlite") else 'relation "summaries"'
        err = capsys.readouterr().err
        assert err.startswith(f"nutgraf: error: the database lacks a part of nutgraf's schema ({missing}")
        assert err.endswith(
            "though it records the schema as current: something other than nutgraf changed it, or replaced"
            " it while the command ran (a SQLite file deleted comes back empty); restore it from a backup,"
            " or start afresh: move the SQLite file aside, or give an empty PostgreSQL database, and nutgraf"
            " sets up a new one\n"
        )
        assert (
            "Traceback" not in err and "stopped answering" not in err and "run the command again" not in err
        )


def test_a_sqlite_file_held_locked_is_refused_after_one_wait_not_five(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Opening retried "database is locked" for the race of new files switching to WAL, and so waited out
    # busy_timeout (30 s) five times over a lock another process held: two and a half minutes. The wait is
    # the user's to set (it had been fixed at 30 s, which this test sat out).
    monkeypatch.setenv("NUTGRAF_SQLITE_BUSY_SECONDS", "5")
    path = tmp_path / "held.db"
    Store.open(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM feeds")
    started = time.monotonic()
    try:
        with pytest.raises(
            StoreError, match=r"database is locked \(another process held its write lock for 5 s"
        ):
            Store.open(f"sqlite:///{path}")
    finally:
        holder.close()
    # One wait, not two: a wait long enough that a loaded machine's delays stay short of a second one.
    assert 5 <= time.monotonic() - started < 10


def test_a_sqlite_file_in_a_rollback_journal_held_by_another_process_is_refused_in_true_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file restored from a dump (a rollback journal, not WAL), another process writing to it: SQLite
    # refuses the open at once, and the message said "held its write lock for 4 s" after 0.8 s, sending
    # the user to set a longer wait that changes nothing. A reader's lock instead was waited out five
    # times over (20 s), the message saying 4.
    monkeypatch.setenv("NUTGRAF_SQLITE_BUSY_SECONDS", "4")
    path = tmp_path / "restored.db"
    Store.open(f"sqlite:///{path}").close()
    restored = sqlite3.connect(path, isolation_level=None)
    restored.execute("PRAGMA journal_mode=DELETE")
    restored.close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN")
    writer.execute("DELETE FROM feeds")
    started = time.monotonic()
    try:
        with pytest.raises(StoreError) as refused:
            Store.open(f"sqlite:///{path}")
    finally:
        writer.close()
    assert time.monotonic() - started < 4
    assert re.search(
        r"database is locked \(another process holds its write lock; refused after \d\.\d s, without"
        r" waiting: a long write, or a tool holding a transaction open; try again when it is done\)$",
        str(refused.value),
    ), str(refused.value)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM feeds").fetchone()
    started = time.monotonic()
    try:
        with pytest.raises(StoreError, match=r"another process held its write lock for 4 s"):
            Store.open(f"sqlite:///{path}")
    finally:
        reader.close()
    assert 4 <= time.monotonic() - started < 8


def test_a_new_sqlite_file_another_process_is_switching_to_wal_is_opened_however_slow_the_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A process switching a new file to WAL holds its write lock, and SQLite answers the others "database
    # is locked" at once, without waiting out busy_timeout. Opening retried that only when the attempt
    # had taken under half of busy_timeout, which timed Alembic's work and the engine's first connection
    # too: a loaded machine (or a short wait, here 1 ms) made that a lock waited out, and the open failed.
    monkeypatch.setenv("NUTGRAF_SQLITE_BUSY_SECONDS", "0.001")
    path = tmp_path / "new.db"
    switching = sqlite3.connect(path, isolation_level=None)
    switching.execute("BEGIN IMMEDIATE")  # the new file's write lock, as the other process's switch holds it
    assert_opened_on_the_retry(path, switching)


def assert_opened_on_the_retry(path: Path, holder: sqlite3.Connection) -> None:
    """Opening ``path`` while ``holder`` holds its lock is refused once, and opens on the retry: the
    other process is done the moment this one is refused."""
    failures: list[str] = []

    def released(context: Any) -> None:
        failures.append(str(context.original_exception))
        holder.close()

    event.listen(Engine, "handle_error", released)
    try:
        store = Store.open(f"sqlite:///{path}")
    finally:
        event.remove(Engine, "handle_error", released)
        holder.close()
    assert failures == ["database is locked"]
    store.add_article(Article(text=STORY))
    assert store.count_articles() == 1
    store.close()


def test_a_sqlite_file_in_a_rollback_journal_another_process_writes_is_opened(tmp_path: Path) -> None:
    # A database restored from a dump (or set so by a tool) is in a rollback journal until nutgraf's first
    # connection switches it to WAL, and that switch, while another process writes, is refused "database
    # is locked" at once. Opening retried that only for files shorter than SQLite's header: 23 of 48
    # openers beside a writer failed.
    path = tmp_path / "restored.db"
    Store.open(f"sqlite:///{path}").close()
    writing = sqlite3.connect(path, isolation_level=None)
    writing.execute("PRAGMA journal_mode=DELETE")
    writing.execute("BEGIN IMMEDIATE")
    assert_opened_on_the_retry(path, writing)


def test_a_sqlite_wait_that_is_no_number_of_seconds_is_refused_in_words_that_name_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from nutgraf.settings import Settings

    monkeypatch.setenv("NUTGRAF_SQLITE_BUSY_SECONDS", "soon")
    refusal = "NUTGRAF_SQLITE_BUSY_SECONDS must be a number of seconds above 0, not 'soon'"
    with pytest.raises(InvalidInputError, match=refusal):
        Settings.from_env()  # serve and worker: at start, before the store opens
    assert main(["articles", "list", "--database", f"sqlite:///{tmp_path / 'nutgraf.db'}"]) == 1
    assert capsys.readouterr().err == f"nutgraf: error: {refusal}\n"


def test_a_sqlite_file_locked_by_another_process_is_said_so_not_as_a_database_down(tmp_path: Path) -> None:
    # Locked past the wait, a read of the command's said "the database stopped answering; check that it
    # runs and can be reached": a SQLite user was sent looking for a server.
    path = tmp_path / "locked.db"
    Store.open(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM feeds")
    # The store's own connections wait 30 s for the lock; one that waits none fails as they do then.
    impatient = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as failed, impatient.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM articles").scalar_one()
    finally:
        impatient.dispose()
        holder.close()
    assert database.outage_message(failed.value) == (
        "cannot use the database: database is locked (another process held its write lock for 30 s: a long"
        " write, or a tool holding a transaction open; try again when it is done, or set"
        " NUTGRAF_SQLITE_BUSY_SECONDS to wait longer)"
    )


@pytest.mark.parametrize(
    ("command", "table"),
    [(["articles", "list"], "articles"), (["feeds", "list"], "feeds"), (["sites", "list"], "sites")],
)
def test_a_database_that_drops_the_connection_mid_command_is_one_clear_error(
    command: list[str], table: str
) -> None:
    # The server dropping the command's connection (a restart, an administrator's termination) after the
    # store opened printed SQLAlchemy's traceback.
    psycopg = pytest.importorskip("psycopg")
    from conftest import POSTGRES_DSN

    with postgres_schema() as url:
        Store.open(url).close()
        schema = url.rsplit("%3D", 1)[1]
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as admin, psycopg.connect(POSTGRES_DSN) as locker:
            # The command waits on this lock in its first query of the table, so its connection is
            # dropped while it is in use, past the pool's check of it.
            locker.execute(f"LOCK TABLE {schema}.{table} IN ACCESS EXCLUSIVE MODE")
            running = subprocess.Popen(
                [sys.executable, "-m", "nutgraf", *command, "--database", url],
                env={**os.environ, "PYTHONPATH": "src"},
                cwd=Path(__file__).resolve().parents[1],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            waiting = "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE %s"
            deadline = time.monotonic() + 60
            while not (pids := admin.execute(waiting, (f"%FROM {table}%",)).fetchall()):
                assert time.monotonic() < deadline and running.poll() is None, running.communicate()
                time.sleep(0.05)
            for (pid,) in pids:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            out, err = running.communicate(timeout=60)
    assert running.returncode == 1
    assert out == ""
    assert err == (
        "nutgraf: error: the database stopped answering (terminating connection due to administrator"
        " command); check that it runs and can be reached, then run the command again\n"
    )
