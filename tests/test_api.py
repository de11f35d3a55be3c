"""The HTTP API and the reader pages, served for real by uvicorn on loopback, over a SQLite file and a
PostgreSQL server."""

from __future__ import annotations

import gzip
import html
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

import httpx
import pytest

import nutgraf
from conftest import POSTGRES_DSN, postgres_schema
from nutgraf.article import Article
from nutgraf.cli import main
from nutgraf.errors import InvalidInputError
from nutgraf.store import Store
from nutgraf.web import Settings, create_app
from nutgraf.web.api.common import PUBLIC_CACHING
from nutgraf.web.api.summaries import INLINE_CHARS
from nutgraf.web.pages import PAGE_SIZE
from servers import FakeLLM, Page, ReaderServer, Reply, Site, chunks

STORY = (
    "Storm Ida brought heavy rain to the coast on Monday, flooding roads in three towns. "
    "Emergency crews rescued dozens of drivers from stranded cars.\n\n"
    "The weather service said the rainfall was the heaviest in forty years. "
    "Schools will stay closed on Tuesday while crews clear debris. "
    "Officials warned residents to avoid travel until the water recedes.\n\n"
    "Power was restored to most homes by the evening. "
    "The governor said the state would ask for federal disaster aid."
)
HOSTILE_TITLE = '<script>alert("title")</script><img src=x onerror=alert(1)>'


def reader(database_url: str, **settings: object) -> ReaderServer:
    values = {"database_url": database_url, "background": False, "rate_limit_per_minute": 0, **settings}
    return ReaderServer(create_app(Settings(**values)))


@pytest.fixture
def client(database_url: str) -> Iterator[httpx.Client]:
    with reader(database_url) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'reader.db'}"


def add(client: httpx.Client, **body: object) -> httpx.Response:
    return client.post("/api/articles", json=body)


def assert_problem(response: httpx.Response, status: int, kind: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status and problem["title"]
    if kind:
        assert problem["kind"] == kind and problem["type"] == f"urn:nutgraf:problem:{kind}"
    return problem


def test_posting_an_article_stores_it_once(client: httpx.Client) -> None:
    created = add(
        client, text=STORY, title="Storm floods the coast", url="https://news.example/storm?utm_source=x"
    )
    assert created.status_code == 201
    article = created.json()
    assert created.headers["location"] == f"/api/articles/{article['id']}"
    assert article["title"] == "Storm floods the coast" and article["site"] == "news.example"
    assert article["text"].startswith("Storm Ida brought heavy rain")

    same_text = add(client, text=STORY)
    assert same_text.status_code == 200 and same_text.json()["id"] == article["id"]
    # Without an API token anyone may write: an address given with a text is its claim, which another
    # text may make too (the address of a fetched page is the key: test_a_url_is_fetched_once...).
    assert article["url_verified"] is False
    same_claim = add(client, text=STORY + " More.", url="https://news.example/storm")
    assert same_claim.status_code == 201 and same_claim.json()["id"] != article["id"]

    fetched = client.get(f"/api/articles/{article['id']}")
    assert fetched.status_code == 200 and fetched.json() == article


def test_html_is_extracted(client: httpx.Client) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    page = f"<html><head><title>Storm Ida floods the coast</title></head><body><article><h1>Storm Ida floods the coast</h1>{paragraphs}</article></body></html>"
    response = add(client, html=page, url="https://news.example/ida")
    assert response.status_code == 201
    article = response.json()
    assert "heaviest in forty years" in article["text"]
    assert "<p>" not in article["text"]
    assert article["url"] == "https://news.example/ida"


def test_an_html5_fragment_is_read_as_html_not_kept_as_markup(client: httpx.Client) -> None:
    # A fragment that opened with <nav> or <header> was taken for plain text: the article's text was the
    # markup itself, and a menu alone was stored as an article ("<nav>Home</nav>", in Afrikaans).
    fragment = f"<nav>Home | World</nav><main><blockquote>{STORY}</blockquote></main>"
    article = add(client, html=fragment).json()
    assert article["text"].startswith("Storm Ida brought heavy rain") and "<" not in article["text"]
    assert_problem(add(client, html="<nav><a href='/'>Home</a></nav>"), 422, "no_article")


def test_summary_sentences_are_spans_of_the_article_and_are_cached(
    client: httpx.Client, database_url: str
) -> None:
    article = add(client, text=STORY).json()
    first = client.get(
        f"/api/articles/{article['id']}/summary", params={"sentences": 2, "summarizer": "lead"}
    )
    assert first.status_code == 200 and first.headers["content-type"] == "application/json"
    summary = first.json()
    assert summary["article_id"] == article["id"] and summary["summarizer"] == "lead"
    assert len(summary["sentences"]) == 2
    for sentence in summary["sentences"]:
        assert article["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    assert summary["text"] == " ".join(s["text"] for s in summary["sentences"])
    again = client.get(f"/api/articles/{article['id']}/summary?sentences=2&summarizer=lead")
    assert again.content == first.content
    # The cache is the store's too: another process sees the summary without making it.
    store = Store.open(database_url)
    try:
        assert store.get_summary(article["id"], summarizer="lead", sentences=2, words=None) == summary
    finally:
        store.close()


def test_summary_with_the_default_summarizer(client: httpx.Client) -> None:
    article = add(client, text=STORY).json()
    response = client.get(f"/api/articles/{article['id']}/summary")
    assert response.status_code == 200, response.text
    sentences = response.json()["sentences"]
    assert 1 <= len(sentences) <= 3
    assert all(article["text"][s["start"] : s["end"]] == s["text"] for s in sentences)


def test_summary_by_words(client: httpx.Client) -> None:
    article = add(client, text=STORY).json()
    summary = client.get(f"/api/articles/{article['id']}/summary?words=20&summarizer=lead").json()
    # The first two sentences hold 24 words: within 20 words only the first fits.
    assert (
        summary["text"]
        == "Storm Ida brought heavy rain to the coast on Monday, flooding roads in three towns."
    )


def test_the_list_is_newest_first_in_pages(client: httpx.Client, database_url: str) -> None:
    store = Store.open(database_url)
    try:
        feed, _ = store.add_feed("https://feeds.example/rss")
        ids = [
            store.add_article(
                Article(
                    text=f"Report {n} came out today. It said a lot.",
                    url=f"https://{'a' if n % 2 else 'b'}.example/{n}",
                ),
                feed_id=feed.id if n == 1 else None,
            )[0].id
            for n in range(5)
        ]
    finally:
        store.close()
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert [a["id"] for a in first["items"]] == [ids[4], ids[3]]
    assert "text" not in first["items"][0] and first["items"][0]["excerpt"].startswith("Report 4")
    second = client.get(first["next"]).json()
    assert [a["id"] for a in second["items"]] == [ids[2], ids[1]]
    last = client.get(second["next"]).json()
    assert [a["id"] for a in last["items"]] == [ids[0]] and last["next"] is None
    # A last page that is full has no `next` leading to an empty page.
    assert client.get("/api/articles", params={"limit": 5}).json()["next"] is None
    assert [a["id"] for a in client.get(f"/api/articles?feed={feed.id}").json()["items"]] == [ids[1]]
    # The reader's list of a feed is headed by the feed's title, as `nutgraf feeds list` shows it, where
    # it said "Articles of feed 1", an id the page shows nowhere else; one without a title by its id.
    assert '<h1 id="list-heading">Articles of feed 1</h1>' in client.get(f"/?feed={feed.id}").text
    titled = Store.open(database_url)
    titled.update_feed(feed.id, title="Town news")
    titled.close()
    assert (
        '<h1 id="list-heading">Articles of <bdi>Town news</bdi></h1>' in client.get(f"/?feed={feed.id}").text
    )
    assert [a["id"] for a in client.get("/api/articles?site=b.example").json()["items"]] == [
        ids[4],
        ids[2],
        ids[0],
    ]
    for site in ("\x00", "a b"):  # no host has these; PostgreSQL refuses a NUL in a query
        assert client.get("/api/articles", params={"site": site}).json()["items"] == []
    # A blank filter (a form's empty field) is none, and one with spaces around it the site, as on the
    # reader's page: both had listed nothing.
    every = client.get("/api/articles").json()["items"]
    assert client.get("/api/articles", params={"site": " "}).json()["items"] == every
    assert client.get("/api/articles?site=").json()["items"] == every
    assert [a["id"] for a in client.get("/api/articles", params={"site": " b.example "}).json()["items"]] == [
        ids[4],
        ids[2],
        ids[0],
    ]


def test_the_list_is_filtered_by_site_language_and_time_stored(
    client: httpx.Client, database_url: str
) -> None:
    store = Store.open(database_url)
    try:
        stories = [
            ("Le conseil a voté le budget hier soir. Il sera appliqué dès janvier.", "fr", "Le Courrier"),
            ("The council passed the budget last night. It takes effect in January.", "en", "Valley Courier"),
        ]
        ids = [
            store.add_article(
                Article(text=text, language=language, site=site, url=f"https://www.{n}.example/story")
            )[0].id
            for n, (text, language, site) in enumerate(stories)
        ]
    finally:
        store.close()

    def listed(**query) -> list[int]:
        response = client.get("/api/articles", params=query)
        assert response.status_code == 200, response.text
        return [a["id"] for a in response.json()["items"]]

    assert listed(site="1.example") == listed(site="Valley Courier") == [ids[1]]
    assert listed(language="fr") == listed(language="FR") == [ids[0]]
    assert listed(since="2000-01-01") == listed(since="2000-01-01T00:00:00+02:00") == ids[::-1]
    # The zone's "+" written into the address as reader.md shows it, which a query string reads as a space.
    written = client.get("/api/articles?since=2000-01-01T00:00:00+02:00")
    assert written.status_code == 200 and [a["id"] for a in written.json()["items"]] == ids[::-1], (
        written.text
    )
    assert client.get("/api/articles?since=2999-01-01T00:00:00+02:00").json()["items"] == []
    # So with a space or a "t" between day and time (both ISO 8601 as the API reads it), which had kept
    # the "+" a space; a time without a zone, after a space, is left as it is.
    for written in ("2999-01-01 00:00:00+02:00", "2999-01-01t00:00+02:00", "2000-01-01 00:00"):
        response = client.get(f"/api/articles?since={written}")
        assert response.status_code == 200, (written, response.text)
        assert [a["id"] for a in response.json()["items"]] == (
            [] if written.startswith("2999") else ids[::-1]
        )
    assert listed(since="2999-01-01", language="en") == []
    # Times whose UTC falls before the year 1 or after 9999 had failed the query with OverflowError (a
    # 500, and a traceback in the log): they are before every article, or after all.
    assert listed(since="0001-01-01T00:00:00+14:00") == ids[::-1]
    assert listed(since="9999-12-31T23:59:59-14:00") == []
    # The next page keeps the filters.
    first = client.get("/api/articles", params={"limit": 1, "since": "2000-01-01", "language": "en"}).json()
    assert first["next"] is None and [a["id"] for a in first["items"]] == [ids[1]]
    assert "since=2000-01-01" in client.get("/api/articles?limit=1&since=2000-01-01").json()["next"]
    # An age, as `nutgraf articles list --since` takes it; the next page keeps the time it stood for.
    assert listed(since="24h") == ids[::-1] and listed(since=" 90 m ") == ids[::-1]
    assert "since=20" in client.get("/api/articles?limit=1&since=24h").json()["next"]
    response = client.get("/api/articles", params={"language": "french"})
    assert response.status_code == 422 and "leave it out to list every language" in response.text
    # pydantic's own words ("invalid character in year") had shown no form the parameter takes.
    for bad in ("yes", "04/12/2026", "2026-13-01", "24 hours"):
        response = client.get("/api/articles", params={"since": bad})
        assert response.status_code == 422 and response.json()["kind"] == "invalid_request", response.text
        assert response.json()["detail"] == (
            "query.since: expected a date or date-time in ISO 8601 (2026-12-04, 2026-12-04T06:00:00+01:00;"
            " UTC unless it gives a zone) or an age back from now (24h, 2d, 90m), not " + repr(bad)
        )


def test_the_list_and_the_reader_page_search_titles_and_texts(
    client: httpx.Client, database_url: str
) -> None:
    store = Store.open(database_url)
    try:
        stories = [
            (
                "Council passes the budget",
                "The vote was 7 to 2. Spending rises by 5% next year.",
                "Daily Tide",
            ),
            ("Storm floods the coast", STORY, "Daily Tide"),
            ("МОСКВА ПРИНЯЛА БЮДЖЕТ", "Депутаты спорили долго. Мэр подпишет бюджет.", "Vesti"),
            ("Roads budget spent", "The council spent the roads budget by June.", "Valley Courier"),
        ]
        ids = [
            store.add_article(Article(text=text, title=title, site=site))[0].id
            for title, text, site in stories
        ]
    finally:
        store.close()

    def listed(**query) -> list[int]:
        response = client.get("/api/articles", params=query)
        assert response.status_code == 200, response.text
        return [a["id"] for a in response.json()["items"]]

    assert listed(q="COUNCIL budget") == [ids[3], ids[0]]
    assert listed(q="москва") == [ids[2]] and listed(q="5%") == [ids[0]] and listed(q="") == ids[::-1]
    assert listed(q="budget", site="Daily Tide") == [ids[0]]
    # The next page keeps the search.
    first = client.get("/api/articles", params={"q": "council budget", "limit": 1}).json()
    assert [a["id"] for a in first["items"]] == [ids[3]] and "q=council+budget" in first["next"]
    assert [a["id"] for a in client.get(first["next"]).json()["items"]] == [ids[0]]
    # Bounded: a search's length and its words.
    assert_problem(client.get("/api/articles", params={"q": "x" * 201}), 422, "invalid_request")
    too_many = assert_problem(client.get("/api/articles", params={"q": "a b c d e f g h i"}), 422)
    assert too_many["detail"] == "a search is at most 8 words, not 9; leave out the least telling"

    # The reader's list has a search box; a search keeps the list's site, and says what it looked for.
    page = client.get("/").text
    assert '<form class="search" role="search" method="get" action="/">' in page
    assert '<label for="q">Search the articles</label>' in page
    found = client.get("/", params={"q": "budget", "site": "Daily Tide"}).text
    assert [int(n) for n in re.findall(r'<h2><a href="/articles/(\d+)">', found)] == [ids[0]]
    assert "Articles from <bdi>Daily Tide</bdi> holding “<bdi>budget</bdi>”" in found
    assert 'name="q" type="search" value="budget"' in found
    assert '<input type="hidden" name="site" value="Daily Tide">' in found
    hostile = client.get("/", params={"q": HOSTILE_TITLE}).text
    assert "<script>" not in hostile and "No articles hold “<bdi>&lt;script&gt;" in hostile
    assert "Welcome" not in hostile
    # A blank search (the box sent empty) lists every article.
    assert len(re.findall(r'<h2><a href="/articles/', client.get("/?q=+").text)) == len(ids)


def test_a_search_of_too_many_words_on_the_reader_page_shows_the_list_with_why(
    client: httpx.Client, database_url: str
) -> None:
    # It was an error page: the list gone, and the words typed with it.
    store = Store.open(database_url)
    try:
        ids = [
            store.add_article(Article(text=STORY, title=title, site=site))[0].id
            for title, site in (("Storm floods the coast", "Daily Tide"), ("Roads budget", "Valley Courier"))
        ]
    finally:
        store.close()
    words = "storm coast flood tide harbour wall sea road"
    page = client.get("/", params={"q": f"{words} closed", "site": "Daily Tide"})
    assert page.status_code == 422  # as the paste form's mistakes are
    assert page.headers["content-type"].startswith("text/html")
    shown = page.text
    assert "<title>Error: Articles · nutgraf</title>" in shown
    assert [int(n) for n in re.findall(r'<h2><a href="/articles/(\d+)">', shown)] == [ids[0]]
    assert "Articles from <bdi>Daily Tide</bdi></h1>" in shown  # the site's list, not searched
    assert (
        '<p class="error" role="alert" id="q-error">A search is at most 8 words, not 9; leave out the'
        " least telling.</p>"
    ) in shown
    # The box holds the words to mend, and the search keeps the list's site.
    assert f'name="q" type="search" value="{words} closed"' in shown
    assert 'aria-describedby="q-error q-hint" aria-invalid="true"' in shown
    assert '<input type="hidden" name="site" value="Daily Tide">' in shown
    # Eight words are a search.
    assert client.get("/", params={"q": words}).status_code == 200


def test_a_search_too_long_on_the_reader_page_shows_the_list_with_why(client: httpx.Client) -> None:
    # Past 200 characters it was the error page of a malformed request, where the docs promise what too
    # many words get: the list, and why beside the box that still holds the search.
    add(client, text=STORY, title="Storm floods the coast")
    long_search = "storm " + "x" * 195
    page = client.get("/", params={"q": long_search})
    assert page.status_code == 422 and "<title>Error: Articles · nutgraf</title>" in page.text
    assert len(re.findall(r'<h2><a href="/articles/', page.text)) == 1
    assert (
        '<p class="error" role="alert" id="q-error">A search is at most 200 characters, not 201; search for'
        " fewer words.</p>"
    ) in page.text
    assert f'name="q" type="search" value="{long_search}"' in page.text
    assert client.get("/", params={"q": long_search[:200]}).status_code == 200


def test_the_reader_page_echoes_a_search_without_control_characters_and_in_its_own_direction(
    client: httpx.Client,
) -> None:
    # A NUL of the address (/?q=%00) showed in the heading, the box and the pages' links, though the
    # store had searched without it; a right-to-left override turned the rest of the heading around.
    add(client, text=STORY, title="Storm floods the coast")
    add(client, text=STORY.replace("Storm Ida", "Storm Jo"), title="Storm floods the bay")
    page = client.get("/?q=storm%00ida%01&site=%00")
    assert page.status_code == 200 and "\x00" not in page.text and "\x01" not in page.text
    assert '<h1 id="list-heading">Articles holding “<bdi>storm ida</bdi>”</h1>' in page.text
    assert 'name="q" type="search" value="storm ida"' in page.text
    assert len(re.findall(r'<h2><a href="/articles/', page.text)) == 1
    nothing = client.get("/", params={"q": "\x00\u202etsaoc\x00zzz"}).text
    assert "\x00" not in nothing
    assert "No articles hold “<bdi>\u202etsaoc zzz</bdi>”." in nothing
    older = client.get("/", params={"q": "storm\x00", "before": 10**6}).text
    assert (
        "Older articles holding “<bdi>storm</bdi>”" in older and '<a href="/?q=storm">← Newest</a>' in older
    )


def test_a_request_s_statement_past_its_bound_on_postgresql_is_a_clear_503(monkeypatch) -> None:
    # PostgreSQL set no statement_timeout: a search of a big store (here, one waiting on a lock another
    # session holds) held its request, and a thread of the service, for as long as it took.
    psycopg = pytest.importorskip("psycopg")
    with postgres_schema() as url:
        store = Store.open(url)
        store.add_article(Article(text=STORY, title="Storm floods the coast"))
        store.close()
        schema = url.rsplit("%3D", 1)[1]
        locker = psycopg.connect(POSTGRES_DSN)
        with (
            locker,
            reader(url, statement_seconds=1) as server,
            httpx.Client(base_url=server.url, timeout=10) as http,
        ):
            locker.execute(f"LOCK TABLE {schema}.articles IN ACCESS EXCLUSIVE MODE")
            started = time.monotonic()
            searched = http.get("/api/articles", params={"q": "storm"})
            assert time.monotonic() - started < 5
            problem = assert_problem(searched, 503, "store_timeout")
            assert problem["detail"] == (
                "the store took longer than the 1 s a request may take; a search reads every article:"
                " search for rarer words, or within one site"
            )
            assert "retry-after" not in searched.headers  # as slow again at once
            page = http.get("/", params={"q": "storm"})
            assert page.status_code == 503 and page.headers["content-type"].startswith("text/html")
            assert "The store took longer than the 1 s a request may take; a search reads" in page.text
            locker.rollback()
            # Past the lock, the same search answers.
            assert len(http.get("/api/articles", params={"q": "storm"}).json()["items"]) == 1


def test_a_statement_bound_past_postgresql_s_range_still_serves_requests() -> None:
    # NUTGRAF_STATEMENT_SECONDS takes up to a year, as the other _SECONDS variables do, but PostgreSQL's
    # statement_timeout stops at 2,147,483,647 ms (24.8 days): a month's bound (an operator's "no bound")
    # made every request's SET LOCAL fail, each answered 500, /healthz too.
    with postgres_schema() as url:
        Store.open(url).close()
        with (
            reader(url, statement_seconds=30 * 86400) as server,
            httpx.Client(base_url=server.url, timeout=10) as http,
        ):
            assert http.get("/api/articles", params={"q": "storm"}).json()["items"] == []
            assert http.get("/healthz").status_code == 200


def test_stateless_summarize_stores_nothing(client: httpx.Client) -> None:
    response = client.post("/api/summarize", json={"text": STORY, "sentences": 2, "summarizer": "lead"})
    assert response.status_code == 200
    summary = response.json()
    assert len(summary["sentences"]) == 2
    assert all(summary["article"]["text"][s["start"] : s["end"]] == s["text"] for s in summary["sentences"])
    # A long text goes to a summarizing thread rather than the event loop: the same answer.
    long_story = "\n\n".join(
        [STORY] + [f"Update {n}: crews are still clearing the roads." for n in range(300)]
    )
    assert len(long_story) > INLINE_CHARS
    response = client.post("/api/summarize", json={"text": long_story, "sentences": 2, "summarizer": "lead"})
    assert response.status_code == 200
    assert [s["text"] for s in response.json()["sentences"]] == [s["text"] for s in summary["sentences"]]
    assert client.get("/api/articles").json()["items"] == []


def test_feeds_can_be_added_listed_and_removed(client: httpx.Client) -> None:
    created = client.post(
        "/api/feeds", json={"url": "https://feeds.example/rss", "interval_minutes": 15, "check": False}
    )
    assert created.status_code == 201
    feed = created.json()
    assert feed["interval_s"] == 900 and feed["last_status"] is None
    assert client.post("/api/feeds", json={"url": "https://feeds.example/rss"}).status_code == 200
    assert [f["id"] for f in client.get("/api/feeds").json()["items"]] == [feed["id"]]
    assert client.get(f"/api/feeds/{feed['id']}").json()["url"] == "https://feeds.example/rss"
    same = client.post("/api/feeds", json={"url": "HTTPS://Feeds.Example:443/rss#latest"})
    assert same.status_code == 200 and same.json()["id"] == feed["id"]
    # A feed's query is its own (a site may need "?rss" or a key as written): kept, not rewritten.
    queried = client.post(
        "/api/feeds", json={"url": "https://feeds.example/?rss&utm_source=app&b=1&a=2", "check": False}
    )
    assert queried.json()["url"] == "https://feeds.example/?rss&utm_source=app&b=1&a=2"
    assert client.delete(f"/api/feeds/{queried.json()['id']}").status_code == 204
    assert client.delete(f"/api/feeds/{feed['id']}").status_code == 204
    assert_problem(client.delete(f"/api/feeds/{feed['id']}"), 404)
    assert_problem(client.post("/api/feeds", json={"url": "file:///etc/passwd"}), 422, "invalid_request")


def test_a_site_s_feed_and_sitemap_are_not_removed_by_delete_feed(client: httpx.Client) -> None:
    # DELETE /api/feeds/{id} took a site's feed without a word (`nutgraf feeds remove` refused it): the
    # site stopped warming from it, and registering the site again could not give it back (its id is taken).
    site = {
        "url": "https://news.example",
        "id": "news",
        "feeds": ["https://news.example/rss.xml"],
        "sitemaps": ["https://news.example/news-sitemap.xml"],
        "check": False,
    }
    sources = client.post("/api/sites", json=site).json()["sources"]
    for source in sources:
        problem = assert_problem(client.delete(f"/api/feeds/{source['id']}"), 422, "invalid_input")
        assert problem["detail"] == (
            f"feed {source['id']} is a {source['kind']} of the site news, which warms its pages from it; it was"
            f' not removed: PATCH /api/sites/news with {{"remove_{source["kind"]}s": ["{source["url"]}"]}}'
            " removes it from the site"
        )
    assert client.get("/api/sites/news").json()["sources"] == sources
    assert client.get(f"/api/feeds/{sources[0]['id']}").status_code == 200
    own = client.post("/api/feeds", json={"url": "https://news.example/own.xml", "check": False}).json()
    assert client.delete(f"/api/feeds/{own['id']}").status_code == 204  # a feed of the reader's own
    assert client.delete("/api/sites/news").status_code == 204
    assert [f["id"] for f in client.get("/api/feeds").json()["items"]] == []


def test_errors_are_problem_details(client: httpx.Client) -> None:
    assert_problem(client.get("/api/articles/12345"), 404)
    assert_problem(client.get("/api/articles/12345/summary"), 404)
    assert_problem(client.get("/api"), 404)
    assert_problem(client.get("/api/nothing"), 404)
    assert_problem(add(client), 422, "invalid_request")
    assert_problem(add(client, text="   \n "), 422, "empty_input")
    # A reader trying the box with one word expects the same clear refusal, not an article "Hello" stored.
    for one_word in ({"text": "Hello"}, {"html": "<p>Hello</p>"}):
        problem = assert_problem(add(client, **one_word), 422, "no_article")
        assert "one word" in problem["detail"]
    # Marks alone are refused too, told as no word rather than as one.
    problem = assert_problem(add(client, text="!!!"), 422, "no_article")
    assert "no word" in problem["detail"]
    assert client.get("/api/articles").json()["items"] == []
    assert_problem(add(client, text="x", html="<p>x</p>"), 422, "invalid_request")
    assert_problem(add(client, url="javascript:alert(1)"), 422, "invalid_request")
    assert_problem(
        client.post("/api/articles", content=b"{not json", headers={"content-type": "application/json"}), 422
    )
    assert_problem(client.get("/api/articles?limit=0"), 422, "invalid_request")
    article = add(client, text=STORY).json()
    problem = assert_problem(
        client.get(f"/api/articles/{article['id']}/summary?summarizer=nope"), 422, "unknown_summarizer"
    )
    assert "lead" in problem["detail"]
    for path in ("summary", "summary/stream"):
        nul = client.get(f"/api/articles/{article['id']}/{path}", params={"summarizer": "a\x00b"})
        assert_problem(nul, 422, "unknown_summarizer")


def test_a_misspelt_query_parameter_is_refused_naming_the_ones_the_endpoint_takes(
    client: httpx.Client,
) -> None:
    # It was ignored: the answer was the default summary, three sentences by the default summarizer.
    article = add(client, text=STORY).json()
    for path in (f"/api/articles/{article['id']}/summary", f"/api/articles/{article['id']}/summary/stream"):
        problem = assert_problem(
            client.get(path, params={"sentence": 1, "summariser": "lead"}), 422, "invalid_request"
        )
        assert [error["location"] for error in problem["errors"]] == ["query.sentence", "query.summariser"]
        assert "sentences" in problem["detail"] and "summarizer" in problem["detail"]
    listed = assert_problem(client.get("/api/articles", params={"limt": 1}), 422, "invalid_request")
    assert "it takes before, feed, language, limit, q, since, site" in listed["detail"]
    assert "takes none" in assert_problem(client.get(f"/api/articles/{article['id']}?v=2"), 422)["detail"]
    summary = client.get(
        f"/api/articles/{article['id']}/summary", params={"sentences": 1, "summarizer": "lead"}
    )
    assert summary.status_code == 200 and len(summary.json()["sentences"]) == 1
    # jQuery's cache: false adds _=TIMESTAMP, which its caller never wrote: no typo, and not refused.
    busted = client.get(
        f"/api/articles/{article['id']}/summary",
        params={"sentences": 1, "summarizer": "lead", "_": "1733360000"},
    )
    assert busted.status_code == 200 and busted.json()["sentences"] == summary.json()["sentences"]


def test_a_misspelt_body_field_is_refused_naming_the_ones_the_endpoint_takes(client: httpx.Client) -> None:
    # docs/reader.md promises it for fields as for query parameters; a body said only "Extra inputs are not
    # permitted", and the writer had to find the field's name in /docs.
    problem = assert_problem(
        client.post("/api/summarize", json={"text": STORY, "sentence": 1}), 422, "invalid_request"
    )
    assert [error["location"] for error in problem["errors"]] == ["body.sentence"]
    assert "sentences" in problem["detail"] and "summarizer" in problem["detail"]
    feed = client.post("/api/feeds", json={"url": "https://example.com/rss.xml", "interval": 30})
    assert (
        "it takes check, interval_minutes, title, url"
        in assert_problem(feed, 422, "invalid_request")["detail"]
    )


def test_a_body_that_is_not_a_json_object_says_what_to_send(client: httpx.Client) -> None:
    def post(body: bytes, **headers: str) -> httpx.Response:
        return client.post("/api/articles", content=body, headers=headers)

    broken = assert_problem(post(b'{"text": "a",\n "title": }', **{"content-type": "application/json"}), 422)
    assert broken["detail"].startswith("the body is not JSON: Expecting value at line 2, column 11;")
    assert "Content-Type: application/json" in broken["detail"]
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        sent = assert_problem(
            post(json.dumps({"text": STORY}).encode(), **{"content-type": content_type}), 415
        )
        assert sent["kind"] == "unsupported_media_type" and f"came as '{content_type}'" in sent["detail"]
    gzipped = post(
        gzip.compress(json.dumps({"text": STORY}).encode()),
        **{"content-type": "application/json", "content-encoding": "gzip"},
    )
    assert "uncompressed" in assert_problem(gzipped, 415, "unsupported_media_type")["detail"]
    assert "no body" in assert_problem(post(b""), 422, "invalid_request")["detail"]
    array = assert_problem(post(b"[1]", **{"content-type": "application/json"}), 422, "invalid_request")
    assert "not an object" in array["detail"]


def test_odd_ids_sites_and_characters_get_answers_not_server_errors(client: httpx.Client) -> None:
    huge = "9" * 20  # past what any SQL integer column holds
    for path in (
        f"/api/articles/{huge}",
        f"/api/articles/{huge}/summary",
        f"/api/feeds/{huge}",
        f"/articles/{huge}",
    ):
        assert client.get(path).status_code == 404, path
    assert client.delete(f"/api/feeds/{huge}").status_code == 404
    assert client.get(f"/api/articles?before={huge}").status_code == 200
    assert client.get(f"/api/articles?before={2**31}").status_code == 200
    assert client.get("/api/articles", params={"site": "["}).json()["items"] == []
    # Half a UTF-16 pair and a NUL byte, as JSON may carry them.
    body = json.dumps({"text": STORY + " Half a pair: \ud800.", "title": "Storm\u0000 floods"})
    created = client.post("/api/articles", content=body, headers={"content-type": "application/json"})
    assert created.status_code == 201, created.text
    assert created.json()["title"] == "Storm floods"
    assert "\ufffd" in created.json()["text"]


def test_loopback_and_private_urls_are_refused(client: httpx.Client) -> None:
    for url in ("http://127.0.0.1:9/", "http://localhost/admin", "http://10.0.0.1/", "http://[::1]/"):
        assert_problem(add(client, url=url), 422, "blocked_url")
        assert_problem(client.post("/api/summarize", json={"url": url}), 422, "blocked_url")


def test_a_refused_name_s_addresses_stay_unsaid(client: httpx.Client) -> None:
    # The refusal said what the name resolves to ("localhost (127.0.0.1) is a loopback address"): where
    # the service's DNS knows internal names, anyone could map them to the network's addresses through it.
    for response in (
        add(client, url="http://localhost/admin"),
        client.post("/api/summarize", json={"url": "http://localhost/admin"}),
        client.post("/api/feeds", json={"url": "http://localhost/feed"}),
    ):
        detail = assert_problem(response, 422, "blocked_url")["detail"]
        assert "localhost" in detail and "loopback" in detail
        assert "127.0.0.1" not in detail and "::1" not in detail, detail


def test_feeds_at_internal_addresses_are_refused_when_added(client: httpx.Client) -> None:
    for url in (
        "http://127.0.0.1/feed",
        "http://[::1]/rss",
        "http://169.254.169.254/latest/",
        "http://10.0.0.1/",
    ):
        assert_problem(client.post("/api/feeds", json={"url": url}), 422, "blocked_url")
    assert client.get("/api/feeds").json()["items"] == []


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/\ud800",
        "http://example.com:99999/",
        "http://reader:pw@example.com/x",
        "https://news..example.com/a",
        f"https://{'a' * 64}.example.com/",
        "http://exa mple.com/",
    ],
)
def test_urls_no_fetch_could_use_are_refused(client: httpx.Client, url: str) -> None:
    def post(path: str, body: dict) -> httpx.Response:
        # json.dumps writes a lone surrogate as its escape, as a client's JSON encoder may.
        return client.post(path, content=json.dumps(body), headers={"content-type": "application/json"})

    assert_problem(post("/api/articles", {"text": STORY, "url": url}), 422, "invalid_request")
    assert_problem(post("/api/summarize", {"text": STORY, "url": url}), 422, "invalid_request")
    assert_problem(post("/api/feeds", {"url": url}), 422, "invalid_request")
    assert client.get("/api/articles").json()["items"] == []


def test_an_article_fetched_from_its_url_is_stored_under_the_request_s_statement_bound() -> None:
    # An article added by URL is fetched and stored from the fetch pool's threads, through the single
    # flight's task and the lease's thread: a write the request waits on, bounded as its other statements
    # are because each hop copies the request's context (where the bound lives). A hop that started from
    # the app's own context instead (a task group of the lifespan) would hold the request, and a fetch
    # thread, for as long as a lock elsewhere lasts.
    psycopg = pytest.importorskip("psycopg")
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    page = f"<html><body><article><h1>Storm Ida</h1>{paragraphs}</article></body></html>"
    with postgres_schema() as url:
        schema = url.rsplit("%3D", 1)[1]
        locker = psycopg.connect(POSTGRES_DSN)
        with (
            locker,
            Site({"/ida": Page(page.encode(), delay=1.0)}) as site,
            reader(url, allow_loopback=True, statement_seconds=1) as server,
            ThreadPoolExecutor(1) as pool,
        ):
            posted = pool.submit(
                httpx.post, f"{server.url}/api/articles", json={"url": f"{site.url}/ida"}, timeout=30
            )
            deadline = time.monotonic() + 10
            while not site.hits_for("/ida") and time.monotonic() < deadline:
                time.sleep(0.01)
            # The store was looked in before the fetch; the article is written after it, past this lock.
            locker.execute(f"LOCK TABLE {schema}.articles IN ACCESS EXCLUSIVE MODE")
            started = time.monotonic()
            try:
                answered = posted.result(timeout=15)
            finally:
                locker.rollback()
            assert time.monotonic() - started < 6
            assert_problem(answered, 503, "store_timeout")


def test_a_url_is_fetched_once_where_loopback_is_allowed(sqlite_url: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    html = f"<html><head><title>Storm Ida</title></head><body><article><h1>Storm Ida</h1>{paragraphs}</article></body></html>"
    with Site({"/ida": Page(html.encode())}) as site, reader(sqlite_url, allow_loopback=True) as server:
        created = httpx.post(f"{server.url}/api/articles", json={"url": f"{site.url}/ida"}, timeout=30)
        assert created.status_code == 201, created.text
        assert "heaviest in forty years" in created.json()["text"]
        again = httpx.post(f"{server.url}/api/articles", json={"url": f"{site.url}/ida#comments"}, timeout=30)
        assert again.status_code == 200 and again.json()["id"] == created.json()["id"]
        assert len(site.hits_for("/ida")) == 1
        missing = httpx.post(f"{server.url}/api/articles", json={"url": f"{site.url}/gone"}, timeout=30)
        assert_problem(missing, 502, "fetch_failed")
        # The paste form says the same as a sentence, the address in it as it was typed: its first letter
        # raised had made it "Http://127.0.0.1:.../gone answered HTTP 404".
        form = httpx.post(f"{server.url}/articles", data={"url": f"{site.url}/gone"}, timeout=30)
        assert form.status_code == 502
        assert f"{site.url}/gone answered HTTP 404" in form.text and "Http://" not in form.text
        # A summary refused is said in the summary box beside the article, after the words the page with
        # JavaScript puts before it.
        german = httpx.get(
            f"{server.url}/articles/{created.json()['id']}/summary?output_language=de", timeout=30
        )
        assert german.status_code == 422
        assert "No summary this time: the default summarizer picks the article" in german.text


def test_a_fetched_page_whose_text_was_pasted_before_is_the_page_s_article(sqlite_url: str) -> None:
    # A reader pastes a story's text, then a colleague gives the story's link. They expect the page's
    # article: its address, headline, byline and date (a paste has none), not the bare paste, and a reader
    # page that does not say "nothing new was saved" of what the fetch just saved.
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    head = (
        "<head><title>Storm Ida floods the coast</title><meta name=author content='Jane Roe'>"
        "<meta property='article:published_time' content='2026-03-03T09:00:00Z'></head>"
    )
    html = (
        f"<html>{head}<body><article><h1>Storm Ida floods the coast</h1>{paragraphs}</article></body></html>"
    )
    with Site({"/ida": Page(html.encode())}) as site, reader(sqlite_url, allow_loopback=True) as server:
        pasted = httpx.post(f"{server.url}/api/articles", json={"text": STORY}, timeout=30).json()
        fetched = httpx.post(f"{server.url}/api/articles", json={"url": f"{site.url}/ida"}, timeout=30)
        # The paste's article, as the page's now: 200, as the text was stored (reader.md).
        assert fetched.status_code == 200 and fetched.json()["id"] == pasted["id"]
        article = fetched.json()
        assert (article["url"], article["url_verified"]) == (f"{site.url}/ida", True)
        assert (article["title"], article["byline"]) == ("Storm Ida floods the coast", "Jane Roe")
        assert article["published"].startswith("2026-03-03")
        opened = httpx.post(f"{server.url}/articles", data={"url": f"{site.url}/ida"}, timeout=30)
        page = httpx.get(server.url + opened.headers["location"], timeout=30).text
        assert "Storm Ida floods the coast" in page and "nothing new was saved" not in page
        assert "under the page's own address, title and date" in page


def test_an_address_that_led_to_a_stored_article_is_not_fetched_again_on_any_replica(
    database_url: str,
) -> None:
    # A publisher's story at /story/, reached through a moved address that redirects there, an AMP twin
    # and an address with a parameter of the site's own, both serving the same text: each address is
    # fetched once, on whichever replica is asked first. The redirect leads to the story's article; the
    # twin and the variant, pages fetched from addresses of their own, are each an article of their own
    # (the same text at another address is another page: a copy must not pose as the story).
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    head = "<head><title>Storm Ida</title><link rel=canonical href=/story/></head>"
    html = f"<html>{head}<body><article><h1>Storm Ida</h1>{paragraphs}</article></body></html>"
    pages = {
        "/story/": Page(html.encode()),
        "/story": Page(b"", status=301, headers={"Location": "/story/"}),
        "/amp/story": Page(html.encode()),
        "/story/?ref=home": Page(html.encode()),
    }
    with (
        Site(pages) as site,
        reader(database_url, allow_loopback=True) as first,
        reader(database_url, allow_loopback=True) as second,
    ):
        stored = httpx.post(f"{first.url}/api/articles", json={"url": f"{site.url}/story/"}, timeout=30)
        assert stored.status_code == 201, stored.text
        found = {}
        for address in (f"{site.url}/story", f"{site.url}/amp/story", f"{site.url}/story/?ref=home"):
            answers = [
                httpx.post(f"{replica.url}/api/articles", json={"url": address}, timeout=30)
                for replica in (first, second, first)
            ]
            assert [answer.status_code for answer in answers[1:]] == [200, 200], answers[-1].text
            assert len({answer.json()["id"] for answer in answers}) == 1
            found[address] = answers[0].json()
        assert found[f"{site.url}/story"] == stored.json()
        for address in (f"{site.url}/amp/story", f"{site.url}/story/?ref=home"):
            assert found[address]["url"] == address and found[address]["id"] != stored.json()["id"]
        # The reader's form, on the other replica, finds them too.
        form = second.url + "/articles"
        opened = httpx.post(form, data={"url": f"{site.url}/amp/story#top"}, timeout=30)
        assert opened.status_code == 303
        assert (
            opened.headers["location"] == f"/articles/{found[f'{site.url}/amp/story']['id']}?already=fetched"
        )
    paths = ("/story/", "/story", "/amp/story", "/story/?ref=home")
    assert [len(site.hits_for(path)) for path in paths] == [2, 1, 1, 1]


def test_writes_need_the_token_when_one_is_set(sqlite_url: str) -> None:
    with reader(sqlite_url, api_token="s3cret") as server, httpx.Client(base_url=server.url) as http:
        refused = http.post("/api/articles", json={"text": STORY})
        assert_problem(refused, 401)
        assert refused.headers["www-authenticate"].startswith("Bearer")
        assert_problem(
            http.post("/api/articles", json={"text": STORY}, headers={"Authorization": "Bearer nope"}), 401
        )
        assert_problem(http.post("/api/feeds", json={"url": "https://feeds.example/rss"}), 401)
        assert_problem(http.post("/api/summarize", json={"url": "https://news.example/story"}), 401)
        allowed = http.post("/api/articles", json={"text": STORY}, headers={"Authorization": "Bearer s3cret"})
        assert allowed.status_code == 201
        assert http.get("/api/articles").status_code == 200
        assert http.get(f"/api/articles/{allowed.json()['id']}/summary?summarizer=lead").status_code == 200
        form = {"content": STORY + " Posted by form.", "format": "text"}
        assert 'name="token"' in http.get("/").text
        wrong = http.post("/articles", data={**form, "token": "nope"})
        assert wrong.status_code == 401
        # The token's field is the one marked and focused, not the paste box the reader had right.
        refused = 'aria-describedby="add-error" aria-invalid="true" autofocus'
        assert wrong.text.count(refused) == 1
        assert f'autocomplete="current-password" required {refused}>' in wrong.text
        assert http.post("/articles", data={**form, "token": "s3cret"}).status_code == 303


def test_during_a_rotation_the_previous_token_is_taken_beside_the_new(sqlite_url: str, monkeypatch) -> None:
    # A process took NUTGRAF_API_TOKEN alone: while replicas restarted one by one onto a new token, a
    # writer's requests were refused (401) by whichever half had the other one, with either token.
    monkeypatch.setenv("NUTGRAF_API_TOKEN", "new token words")
    monkeypatch.setenv("NUTGRAF_API_TOKEN_PREVIOUS", "old token words")
    settings = Settings.from_env(database_url=sqlite_url, background=False, rate_limit_per_minute=0)
    with ReaderServer(create_app(settings)) as server, httpx.Client(base_url=server.url) as http:
        for n, token in enumerate(("new token words", "old token words")):
            posted = http.post(
                "/api/articles",
                json={"text": f"{STORY} Take {n}."},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert posted.status_code == 201, (token, posted.text)
        # A passphrase is one token: none of its words passes, nor another token.
        for token in ("old", "words", "new", "nope"):
            refused = http.post(
                "/api/articles", json={"text": STORY}, headers={"Authorization": f"Bearer {token}"}
            )
            assert_problem(refused, 401)
        form = {"content": STORY + " Posted by form.", "format": "text"}
        assert http.post("/articles", data={**form, "token": "old token words"}).status_code == 303
        assert http.post("/articles", data={**form, "token": "old"}).status_code == 401


@pytest.mark.parametrize("token", ["s3cret", ""])
def test_an_empty_previous_token_is_ignored(token: str, sqlite_url: str, monkeypatch) -> None:
    # The line an environment file keeps after a rotation, `NUTGRAF_API_TOKEN_PREVIOUS=`, is no token:
    # it neither stops a service without a token from starting nor lets an empty one through.
    monkeypatch.setenv("NUTGRAF_API_TOKEN", token)
    monkeypatch.setenv("NUTGRAF_API_TOKEN_PREVIOUS", "")
    settings = Settings.from_env(database_url=sqlite_url, background=False, rate_limit_per_minute=0)
    with ReaderServer(create_app(settings)) as server, httpx.Client(base_url=server.url) as http:
        unsent = http.post("/api/articles", json={"text": STORY})
        by_form = http.post("/articles", data={"content": STORY + " By form.", "format": "text", "token": ""})
        if token:
            assert_problem(unsent, 401)
            assert by_form.status_code == 401
            sent = http.post(
                "/api/articles", json={"text": STORY}, headers={"Authorization": "Bearer s3cret"}
            )
            assert sent.status_code == 201
        else:
            assert unsent.status_code == 201
            assert by_form.status_code == 303


def test_the_previous_token_without_the_current_one_is_refused_at_start(tmp_path) -> None:
    # Alone it would leave writes open to anyone (no current token: no token needed), though whoever set
    # it meant them to need one; `serve` says so and does not start.
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    env = {**os.environ, "NUTGRAF_API_TOKEN_PREVIOUS": "old token words"}
    env.pop("NUTGRAF_API_TOKEN", None)
    command = [sys.executable, "-m", "nutgraf", "serve", "--port", port, "--no-background"]
    done = subprocess.run(
        [*command, "--database", f"sqlite:///{tmp_path / 'r.db'}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert done.returncode != 0
    assert "NUTGRAF_API_TOKEN_PREVIOUS is set but NUTGRAF_API_TOKEN is not" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_the_paste_form_takes_a_long_page_as_multipart_too(client: httpx.Client) -> None:
    long_story = "\n\n".join(f"{STORY} Part {n}." for n in range(3200))
    assert len(long_story) > 1_500_000
    posted = client.post("/articles", files={"content": (None, long_story)}, data={"format": "text"})
    assert posted.status_code == 303, posted.text


def test_with_the_body_cap_off_the_paste_form_still_takes_multipart(sqlite_url: str) -> None:
    with reader(sqlite_url, max_body_bytes=0) as server, httpx.Client(base_url=server.url) as http:
        posted = http.post("/articles", files={"content": (None, STORY)}, data={"format": "text"})
        assert posted.status_code == 303, posted.text


def test_bodies_over_the_cap_are_refused(sqlite_url: str) -> None:
    with reader(sqlite_url, max_body_bytes=10_000) as server, httpx.Client(base_url=server.url) as http:
        refused = assert_problem(
            http.post("/api/articles", json={"text": "word " * 5000}), 413, "input_too_large"
        )
        assert refused["detail"] == (
            "the request body is larger than the 10,000 bytes this service accepts; send at most 10,000 bytes, or"
            " an article's URL instead of its HTML or text"
        )

        def chunks() -> Iterator[bytes]:  # no Content-Length: the cap applies while reading
            yield b'{"text": "'
            for _ in range(100):
                yield b"word " * 100
            yield b'"}'

        streamed = http.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
        assert assert_problem(streamed, 413, "input_too_large")["detail"] == refused["detail"]
        assert http.get("/api/articles").json()["items"] == []


def test_clients_over_the_rate_limit_are_told_to_wait(sqlite_url: str) -> None:
    with reader(sqlite_url, rate_limit_per_minute=60) as server, httpx.Client(base_url=server.url) as http:
        statuses = [http.get("/api/articles").status_code for _ in range(20)]
        assert statuses[:10] == [200] * 10 and 429 in statuses
        limited = http.get("/api/articles")
        assert_problem(limited, 429, "rate_limited")
        assert int(limited.headers["retry-after"]) >= 1
        page = http.get("/")  # a reader's page is told so as a page, not as JSON
        assert page.status_code == 429 and page.headers["content-type"].startswith("text/html")
        assert "try again in" in page.text and int(page.headers["retry-after"]) >= 1
        assert http.get("/healthz").status_code == 200
        # The widget's script and its bar's labels are not counted: a page's widgets still show their bar.
        assert http.get("/embed.js").status_code == http.get("/embed/labels/de").status_code == 200


def test_a_client_s_ipv6_network_is_one_client_to_the_rate_limit(sqlite_url: str) -> None:
    # Counted by whole IPv6 address, a client with a /64 network (as every IPv6 home and server gets) had
    # a burst of its own for each of its 2**64 addresses: no limit at all. IPv4 clients that reach a
    # dual-stack listener as ::ffff:a.b.c.d are still one client each.
    with reader(sqlite_url, rate_limit_per_minute=40) as server, httpx.Client(base_url=server.url) as http:

        def status(client: str) -> int:
            return http.get("/api/articles", headers={"X-Forwarded-For": client}).status_code

        # The reader trusts X-Forwarded-For from its proxy on loopback, as behind nginx.
        statuses = [status(f"2001:db8:7:1::{n:x}") for n in range(1, 13)]
        assert statuses[:10] == [200] * 10 and statuses[10:] == [429, 429]
        assert status("2001:db8:7:2::1") == 200  # another network
        assert [status("::ffff:198.51.100.1") for _ in range(11)][-1] == 429
        assert status("::ffff:198.51.100.2") == 200
        # Behind a NAT64 or SIIT translator, every IPv4 client has an address of 64:ff9b::/96: all the IPv4
        # internet in one /64, sharing one limit.
        assert [status("64:ff9b::203.0.113.1") for _ in range(11)][-1] == 429
        assert status("64:ff9b::203.0.113.2") == 200


def test_page_errors_are_pages_with_their_headers(sqlite_url: str) -> None:
    with reader(sqlite_url, max_body_bytes=1_000) as server, httpx.Client(base_url=server.url) as http:
        too_big = http.post("/articles", data={"content": "word " * 1_000, "format": "text"})
        assert too_big.status_code == 413 and too_big.headers["content-type"].startswith("text/html")
        wrong_method = http.delete("/articles")
        assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"
        assert wrong_method.headers["content-type"].startswith("text/html")


def test_the_api_description_lists_the_statuses_the_endpoints_answer_with(client: httpx.Client) -> None:
    # /docs listed no 404 for a missing id, no 403 for the widget's refusals, no 200 for an article
    # already stored and no 503 for /healthz: a client generated from it had no case for them.
    described = client.get("/openapi.json").json()["paths"]
    story = add(client, text=STORY).json()
    answers = {
        ("post", "/api/articles"): add(client, text=STORY),
        ("get", "/api/articles/{article_id}"): client.get("/api/articles/999999"),
        ("get", "/api/articles/{article_id}/summary"): client.get("/api/articles/999999/summary"),
        ("get", "/api/articles/{article_id}/summary/stream"): client.get(
            "/api/articles/999999/summary/stream"
        ),
        ("get", "/api/feeds/{feed_id}"): client.get("/api/feeds/999999"),
        ("delete", "/api/feeds/{feed_id}"): client.delete("/api/feeds/999999"),
        ("get", "/api/sites/{site_id}"): client.get("/api/sites/nope"),
        ("patch", "/api/sites/{site_id}"): client.patch("/api/sites/nope", json={}),
        ("delete", "/api/sites/{site_id}"): client.delete("/api/sites/nope"),
        ("get", "/api/sites/{site_id}/flags"): client.get("/api/sites/nope/flags"),
        ("get", "/api/embed/summary"): client.get(
            "/api/embed/summary", params={"site": "nope", "url": "https://a.example/"}
        ),
        ("post", "/api/embed/flags"): client.post(
            "/api/embed/flags?site=nope", json={"url": "https://a.example/", "reason": "other"}
        ),
    }
    site = client.post("/api/sites", json={"url": "https://news.example"}).json()
    answers[("get", "/api/embed/summary", "403")] = client.get(
        "/api/embed/summary", params={"site": site["id"], "url": "https://elsewhere.example/a"}
    )
    for key, response in answers.items():
        method, path = key[:2]
        assert response.status_code in (200, 403, 404), (key, response.text)
        assert str(response.status_code) in described[path][method]["responses"], (key, response.status_code)
    assert answers[("post", "/api/articles")].json()["id"] == story["id"]
    assert "503" in described["/healthz"]["get"]["responses"]


@pytest.mark.parametrize(
    "options, says",
    [
        ({"sentences": 51}, "sentences must be a whole number from 1 to 50, not 51"),
        ({"words": 5001}, "words must be a whole number from 1 to 5,000, not 5001"),
        ({"sentences": 0}, "sentences must be a whole number from 1 to 50, not 0"),
    ],
)
def test_a_budget_out_of_range_is_refused_in_the_library_s_words(
    client: httpx.Client, options: dict, says: str
) -> None:
    # The API said "Input should be less than or equal to 50" while the library and the command line took
    # any number; now all three refuse the same counts in the same words (test_summary_options.py).
    assert (
        says in assert_problem(client.post("/api/summarize", json={"text": STORY, **options}), 422)["detail"]
    )
    article = add(client, text=STORY).json()
    stored = client.get(f"/api/articles/{article['id']}/summary", params=options)
    assert says in assert_problem(stored, 422, "invalid_request")["detail"]


@pytest.mark.parametrize(
    "field, value", [("keyphrases", True), ("sentences", True), ("sentences", "2"), ("words", 40.0)]
)
def test_a_count_that_is_not_a_whole_number_is_refused_as_the_library_refuses_it(
    client: httpx.Client, field: str, value: object
) -> None:
    # "keyphrases": true was read as 1 (one keyphrase came back) and "sentences": "2" as 2, where
    # nutgraf.summarize refuses both.
    response = client.post("/api/summarize", json={"text": STORY, field: value})
    assert f"body.{field}: Input should be a valid integer" in assert_problem(response, 422)["detail"]


def test_a_page_address_that_does_not_fit_says_which_parameter_and_why(client: httpx.Client) -> None:
    # Every such page said only "That address has a parameter this page does not accept", a missing one too.
    article = add(client, text=STORY).json()
    summary = client.get(f"/articles/{article['id']}/summary", params={"sentences": 999})
    assert summary.status_code == 422 and summary.headers["content-type"].startswith("text/html")
    assert "Sentences must be a whole number from 1 to 50, not 999." in summary.text
    summary = client.get(f"/articles/{article['id']}/summary", params={"form": "poem", "avoid": "jokes"})
    assert summary.status_code == 422 and summary.headers["content-type"].startswith("text/html")
    assert "form: form must be one of paragraph, key_points, tldr, not &#39;poem&#39;" in summary.text
    assert "avoid: avoid takes questions and quotes, not &#39;jokes&#39;" in summary.text  # it said "0: "
    frame = client.get("/embed/frame", params={"site": "news-example"})
    assert frame.status_code == 422 and "url: Field required" in frame.text


def test_a_page_past_the_last_shows_the_last_and_says_so(client: httpx.Client) -> None:
    # ?page=999 of a one-page article showed it as if it were page 999.
    article = add(client, text=STORY).json()
    first_words = STORY.split(".")[0]
    for path in (f"/articles/{article['id']}", f"/articles/{article['id']}/summary"):
        page = client.get(path, params={"page": 999})
        assert page.status_code == 200 and first_words in page.text
        assert "There is no page 999: the article has 1 page, and this is the last." in page.text
        assert "There is no page" not in client.get(path, params={"page": 1}).text
    # The reader page, unlike the API, lets a parameter it does not take pass (a tracker's utm_source).
    tracked = client.get(f"/articles/{article['id']}", params={"utm_source": "mail"})
    assert tracked.status_code == 200 and first_words in tracked.text


def test_the_reader_page_takes_a_budget_of_words_as_the_api_does(client: httpx.Client) -> None:
    # ?words= was dropped: the page showed the medium preset whatever it said, and words=0 a summary.
    article = add(client, text=STORY).json()
    for words in (15, 40):
        api = client.get(f"/api/articles/{article['id']}/summary", params={"words": words}).json()
        page = client.get(f"/articles/{article['id']}/summary", params={"words": words}).text
        shown = page.split('class="summary-list')[1].split("</ol>")[0]
        assert shown.count("<li") == len(api["sentences"]), words
        assert all(html.escape(sentence["text"], quote=False) in shown for sentence in api["sentences"])
    refused = client.get(f"/articles/{article['id']}/summary", params={"words": 0})
    assert (
        refused.status_code == 422 and "Words must be a whole number from 1 to 5,000, not 0." in refused.text
    )


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"length": "huge"}, "length must be one of short, medium, long, not 'huge'"),
        ({"form": "poem"}, "form must be one of paragraph, key_points, tldr, not 'poem'"),
        ({"avoid": "jokes"}, "avoid takes questions and quotes, not 'jokes'"),
        ({"keyphrases": 0}, "keyphrases must be a whole number from 1 to 50, not 0"),
        ({"form": "tldr", "sentences": 3}, "a TL;DR is one sentence, not 3: leave "),
    ],
)
def test_a_bad_option_is_refused_in_the_same_words_everywhere(
    client: httpx.Client, tmp_path, capsys: pytest.CaptureFixture[str], options: dict, says: str
) -> None:
    # A length, form or avoid off its list was "Input should be 'short', 'medium' or 'long'" from the API
    # and the reader page, "invalid choice: 'huge' (choose from ...)" from the command line and "length must
    # be one of short, medium, long, not 'huge'" from the library.
    with pytest.raises(InvalidInputError, match=re.escape(says)):
        nutgraf.summarize(STORY, **options)
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    flags = [part for name, value in options.items() for part in (f"--{name}", str(value))]
    for command in (["summarize"], ["batch", "--output", str(tmp_path / "out.jsonl")]):
        try:
            code = main([*command, str(path), *flags])
        except SystemExit as exit:  # a usage error (2)
            code = exit.code
        assert code in (1, 2) and says in capsys.readouterr().err, command
    article = add(client, text=STORY).json()
    query = client.get(f"/api/articles/{article['id']}/summary", params=options)
    assert says in assert_problem(query, 422, "invalid_request")["detail"]
    body = {**options, "avoid": [options["avoid"]]} if "avoid" in options else options
    posted = client.post("/api/summarize", json={"text": STORY, **body})
    assert says in assert_problem(posted, 422, "invalid_request")["detail"]
    page = client.get(f"/articles/{article['id']}/summary", params=options)
    assert page.status_code == 422 and says[1:].replace("'", "&#39;") in page.text


def test_security_headers_and_no_cors(sqlite_url: str) -> None:
    with reader(sqlite_url) as server, httpx.Client(base_url=server.url) as http:
        for path in ("/", "/api/articles", "/healthz", "/api/articles/99"):
            response = http.get(path, headers={"Origin": "https://evil.example"})
            csp = response.headers["content-security-policy"]
            assert (
                "script-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
            )
            assert response.headers["x-content-type-options"] == "nosniff"
            assert "access-control-allow-origin" not in response.headers
        preflight = http.options(
            "/api/articles",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert "access-control-allow-origin" not in preflight.headers
        assert http.get("/healthz").json()["status"] == "ok"
        assert "/api/articles/{article_id}/summary" in http.get("/openapi.json").json()["paths"]
        assert http.get("/docs").status_code == 200


def test_head_requests_get_the_headers_of_a_get(client: httpx.Client) -> None:
    article_id = add(client, text=STORY).json()["id"]
    for path in ("/healthz", "/", f"/articles/{article_id}", f"/api/articles/{article_id}"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"]
    assert client.head("/api/articles/999999").status_code == 404


def test_head_on_a_summary_is_refused_without_making_it(
    client: httpx.Client, llm_configured: FakeLLM
) -> None:
    # HEAD was answered as GET: a link checker's or a monitor's HEAD made the summary (here a call to the
    # LLM, paid for) only for its body to be thrown away.
    article_id = add(client, text=STORY).json()["id"]
    for path in (
        f"/api/articles/{article_id}/summary?summarizer=llm",
        f"/api/articles/{article_id}/summary/stream?summarizer=llm",
        f"/articles/{article_id}/summary",
    ):
        head = client.head(path)
        assert head.status_code == 405 and head.headers["allow"] == "GET", path
    assert llm_configured.requests == []
    assert client.get(f"/api/articles/{article_id}/summary?summarizer=llm").status_code == 200


def test_first_start_welcomes_with_the_paste_form(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Welcome to nutgraf" in page.text
    for field in ('for="url"', 'for="content"', 'for="title"', 'action="/articles"'):
        assert field in page.text


def fields_of(page: str) -> dict[str, dict[str, str | None]]:
    """The attributes of each ``<input>`` and ``<textarea>`` of an HTML page with an id, by id."""

    found: dict[str, dict[str, str | None]] = {}

    class Fields(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            named = dict(attrs)
            if tag in ("input", "textarea") and named.get("id"):
                found[str(named["id"])] = named

    Fields().feed(page)
    return found


def test_free_text_fields_take_the_direction_of_what_is_typed(sqlite_url: str) -> None:
    # The search box, the paste box and the title were left to right whatever was typed: an Arabic or
    # Hebrew search or article read backwards at its punctuation and digits, and stuck to the left edge.
    with reader(sqlite_url) as server, httpx.Client(base_url=server.url) as http:
        welcome = fields_of(http.get("/").text)
        add(http, text=STORY, title="Storm floods the coast")
        listed = fields_of(http.get("/", params={"q": "عاصفة"}).text)
    for fields, ids in ((welcome, ("content", "title")), (listed, ("q", "content", "title"))):
        for field in ids:
            assert fields[field].get("dir") == "auto", field
    # An address reads left to right in any script.
    assert welcome["url"].get("dir") is None


def test_the_reader_list_shows_one_sites_articles_from_a_teasers_site(
    client: httpx.Client, database_url: str
) -> None:
    store = Store.open(database_url)
    try:
        ids = [
            store.add_article(
                Article(
                    text=f"Report {n} came out today. It said a lot.", url=f"https://{host}/{n}", site=site
                )
            )[0].id
            for n, (host, site) in enumerate(
                [("valleycourier.example", "Valley Courier")] * (PAGE_SIZE + 1)
                + [("news.example", "Daily Tide")]
            )
        ]
    finally:
        store.close()

    def teasers(page: str) -> list[int]:
        return [int(n) for n in re.findall(r'<h2><a href="/articles/(\d+)">', page)]

    listing = client.get("/").text
    # Each teaser's site is a link to that site's articles.
    assert '<a href="/?site=Daily+Tide"' in listing and '<a href="/?site=Valley+Courier"' in listing
    one_site = client.get("/?site=Daily+Tide").text
    assert teasers(one_site) == [ids[-1]] and "Articles from <bdi>Daily Tide</bdi>" in one_site
    assert '<a href="/">All articles</a>' in one_site
    by_host = client.get("/", params={"site": "valleycourier.example"}).text
    assert teasers(by_host) == ids[PAGE_SIZE:0:-1]
    # The next page keeps the filter.
    older = re.search(r'<a href="([^"]+)" rel="next">', by_host).group(1).replace("&amp;", "&")
    assert teasers(client.get(older).text) == [ids[0]]
    nothing = client.get("/?site=nowhere.example").text
    assert "No articles from <bdi>nowhere.example</bdi>." in nothing and "Welcome" not in nothing


def test_the_paste_form_adds_and_opens_the_article(client: httpx.Client) -> None:
    posted = client.post("/articles", data={"url": "", "content": STORY, "format": "text", "title": "Storm"})
    assert posted.status_code == 303
    page = client.get(posted.headers["location"])
    assert page.status_code == 200 and re.search(r'<h1 id="headline"[^>]*>Storm</h1>', page.text)
    assert "already in the reader" not in page.text
    listing = client.get("/")
    assert "Welcome" not in listing.text and posted.headers["location"] in listing.text
    # The same text again opens the stored article, and says that nothing new was saved.
    again = client.post("/articles", data={"url": "", "content": STORY, "format": "text"})
    assert again.headers["location"] == posted.headers["location"] + "?already=1"
    assert "already in the reader" in client.get(again.headers["location"]).text
    # Another value than the form's, in an edited address, says nothing of it.
    assert "already in the reader" not in client.get(posted.headers["location"] + "?already=0").text

    empty = client.post("/articles", data={"url": "", "content": "", "format": "text"})
    assert empty.status_code == 422 and 'role="alert"' in empty.text
    assert "Paste an article&#39;s link, or its text or HTML" in empty.text  # the form's words, not the API's
    # A count of sentences in the address (older links) is still honoured; the menu offers presets.
    four = client.get(posted.headers["location"] + "/summary", params={"sentences": 4}).text
    assert four.split('class="summary-list')[1].split("</ol>")[0].count("<li") == 4
    short = client.get(posted.headers["location"] + "/summary", params={"length": "short"}).text
    assert short.split('class="summary-list')[1].split("</ol>")[0].count("<li") == 1
    assert '<option value="short" selected>' in short  # the length asked for stays chosen in the menu
    cross_site = client.post("/articles", data={"content": STORY}, headers={"Origin": "https://evil.example"})
    assert cross_site.status_code == 403
    # Refused as another site's post, the paste is not what was wrong: no field is marked invalid.
    assert "aria-invalid" not in cross_site.text


def test_the_paste_form_shown_again_holds_no_control_characters(client: httpx.Client) -> None:
    # The form came back with what was pasted, control characters and all, in its text box and fields.
    posted = {"content": "Council\x01 votes\x1b[31m today.\x00", "title": "Bud\x7fget", "format": "text"}
    refused = client.post("/articles", data=posted, headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", refused.text)
    assert re.search(r'<textarea id="content"[^>]*>Council votes \[31m today\.</textarea>', refused.text)


def test_a_program_pasted_into_the_form_is_refused_as_the_api_refuses_it(client: httpx.Client) -> None:
    # The form took the paste without its control characters, and what was left of a program's bytes
    # passed for text: it was stored as an article, where POST /api/articles refuses the same paste.
    program = (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 16).decode("latin-1")
    api = assert_problem(add(client, text=program), 422, "invalid_input")
    assert "binary data" in api["detail"]
    posted = client.post("/articles", data={"content": program, "format": "text"})
    assert posted.status_code == 422 and 'role="alert"' in posted.text
    assert "Input looks like binary data, not text" in posted.text
    # The paste box, not the link's field, is the one refused and focused (the page had opened on its top).
    refused = 'aria-describedby="add-error" aria-invalid="true" autofocus'
    assert f'<textarea id="content" name="content" rows="8" dir="auto" {refused}>' in posted.text
    assert posted.text.count(refused) == 1
    blocked = client.post("/articles", data={"url": "http://10.1.2.3/story"})
    assert blocked.status_code == 422 and f'autocomplete="url" {refused}>' in blocked.text
    assert client.get("/api/articles").json()["items"] == []
    # A text with a stray control character is still an article, stored without it.
    stray = client.post("/articles", data={"content": STORY.replace("coast", "coast\x01"), "format": "text"})
    assert stray.status_code == 303
    stored = client.get("/api/articles").json()["items"]
    assert len(stored) == 1 and "coast on Monday" in client.get(f"/api/articles/{stored[0]['id']}").text


def test_a_title_given_with_pasted_text_is_the_articles_title(client: httpx.Client) -> None:
    headline = "Storm Ida Floods Three Coastal Towns"
    # The user's title wins; the text's own headline, saying something else, stays as its first line.
    posted = client.post(
        "/articles", data={"content": f"{headline}\n\n{STORY}", "format": "text", "title": "Ida: day one"}
    )
    page = client.get(posted.headers["location"]).text
    assert re.search(r'<h1 id="headline"[^>]*>Ida: day one</h1>', page)
    assert headline in page.split('id="body"')[1]
    # A headline that has the words of the title given is not the title twice, whatever its case.
    article = add(client, text=f"Storm Ida floods three coastal towns\n\n{STORY}", title=headline).json()
    assert article["title"] == headline and article["text"].startswith("Storm Ida brought heavy rain")
    html = (
        f"<html><head><title>{headline}</title></head><body><article><p>{STORY}</p></article></body></html>"
    )
    html = html.replace("Monday", "Sunday")  # another text: the same one is the article already stored
    assert add(client, html=html, title="Ida's floods").json()["title"] == "Ida's floods"


def test_bidi_controls_cannot_make_a_title_or_byline_read_as_another(client: httpx.Client) -> None:
    # "Invoice \u202efdp.exe" showed as "Invoice exe.pdf" on the reader page and in the embed, and an
    # unclosed override reordered the page after it. A page's headline and byline, and a title given.
    html = (
        '<html><head><meta name="author" content="\u2067By Sam Reporter"></head><body><article>'
        f"<h1>Payroll \u202efdp.exe wins award</h1><p>{STORY}</p></article></body></html>"
    )
    article = add(client, html=html).json()
    assert (article["title"], article["byline"]) == ("Payroll fdp.exe wins award", "Sam Reporter")
    page = client.get(f"/articles/{article['id']}").text
    assert "Payroll fdp.exe wins award" in page
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", page)
    given = add(client, text=STORY.replace("Monday", "Sunday"), title="Invoice \u202efdp.exe").json()
    assert given["title"] == "Invoice fdp.exe"
    pasted = add(client, text=f"Invoice \u202efdp.exe is due\n\n{STORY.replace('Monday', 'Friday')}").json()
    assert pasted["title"] == "Invoice fdp.exe is due"
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", client.get(f"/articles/{pasted['id']}").text)


def test_the_api_and_the_reader_give_the_pages_description(client: httpx.Client) -> None:
    # The dek under the headline, which the article's text leaves out, is the article's description.
    dek = "Three towns flooded <b>after</b> the heaviest rain in forty years & more."
    page_html = (
        "<html><head><title>Storm floods the coast</title></head><body><article><header>"
        f"<h1>Storm floods the coast</h1><p>{html.escape(dek)}</p><p>By Sam Reporter</p></header>"
        f"<div>{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2))}</div></article></body></html>"
    )
    article = add(client, html=page_html).json()
    assert article["description"] == dek and dek not in article["text"]
    assert client.get(f"/api/articles/{article['id']}").json()["description"] == dek
    listed = client.get("/api/articles").json()["items"]
    assert [item["description"] for item in listed] == [dek]
    # On the reader's article page, under the headline, escaped by the template.
    page = client.get(f"/articles/{article['id']}").text
    assert f'<p class="dek" lang="en" dir="auto">{html.escape(dek)}</p>' in page
    assert "<b>after</b>" not in page
    assert page.index('id="headline"') < page.index('class="dek"') < page.index('class="byline"')
    # The stateless summary's article says it too, and the summary is made from the text alone.
    summary = client.post("/api/summarize", json={"html": page_html, "summarizer": "lead"}).json()
    assert summary["article"]["description"] == dek and "forty years & more" not in summary["text"]
    # Pasted text has none, and the reader shows no empty dek.
    pasted = add(client, text=STORY.replace("Monday", "Friday")).json()
    assert pasted["description"] is None
    assert 'class="dek"' not in client.get(f"/articles/{pasted['id']}").text


def test_a_right_to_left_description_over_a_left_to_right_text_reads_right_to_left(
    client: httpx.Client,
) -> None:
    # An English article described in Arabic (a bilingual site's meta description) was set left to right
    # on the reader's page, its stop at the wrong end; an Arabic article's dek keeps dir="rtl" alone.
    dek = "ثلاث مدن غمرتها المياه بعد أغزر أمطار منذ أربعين عاما."
    page_html = (
        f"<html><head><title>Storm floods the coast</title><meta name='description' content='{dek}'></head>"
        f"<body><article><h1>Storm floods the coast</h1>{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2))}"
        "</article></body></html>"
    )
    article = add(client, html=page_html).json()
    assert article["description"] == dek
    assert f'<p class="dek" lang="en" dir="auto">{dek}</p>' in client.get(f"/articles/{article['id']}").text

    text = 'Click <a href="javascript:alert(2)">here</a> now. <script>alert(3)</script> It <b onmouseover=alert(4)>is</b> fine.'
    article = add(client, text=text, title=HOSTILE_TITLE, url="https://news.example/x").json()
    for path in (f"/articles/{article['id']}", f"/articles/{article['id']}/summary?summarizer=lead", "/"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b onmouseover" not in html
        assert 'href="javascript:' not in html
        assert "&lt;script&gt;alert" in html


def test_an_article_page_says_which_language_its_words_are_in(client: httpx.Client) -> None:
    russian = (
        "Правительство объявило о новых мерах поддержки. Цены на хлеб выросли на пять процентов за месяц."
    )
    article = add(client, text=russian, title="Цены выросли").json()
    page = client.get(f"/articles/{article['id']}").text
    assert '<h1 id="headline" lang="ru">' in page and re.search(
        r'<div class="body" id="body"[^>]* lang="ru">', page
    )
    assert '<article class="teaser" lang="ru">' in client.get("/").text


def test_a_publication_time_shows_with_its_zone_not_as_the_day_before(client: httpx.Client) -> None:
    body = "".join(f"<p>{sentence}.</p>" for sentence in STORY.split(". "))
    html = (
        '<html><head><meta property="article:published_time" content="2024-03-05T00:30:00+01:00">'
        f"<title>Storm</title></head><body><article><h1>Storm</h1>{body}</article></body></html>"
    )
    article = add(client, html=html).json()
    assert article["published"] == "2024-03-04T23:30:00+00:00"
    assert "4 March 2024, 23:30 UTC" in client.get(f"/articles/{article['id']}").text


def test_the_reader_without_javascript_shows_the_summary_linked_into_the_body(client: httpx.Client) -> None:
    article = add(client, text=STORY, title="Storm").json()
    page = client.get(f"/articles/{article['id']}")
    assert "No time to read?" in page.text and "Get a summary" in page.text
    assert f'action="/articles/{article["id"]}/summary#summary"' in page.text
    shown = client.get(
        f"/articles/{article['id']}/summary", params={"sentences": 2, "summarizer": "lead"}
    ).text
    anchors = re.findall(r'<li><a href="#(s-\d+)">', shown)
    assert len(anchors) == 2
    for anchor in anchors:
        assert re.search(rf'<span class="s in-summary" id="{anchor}"', shown)


def test_previous_and_next_link_the_neighbours_with_their_headlines(client: httpx.Client) -> None:
    ids = [
        add(client, text=f"Story {n} is here. It has two sentences.", title=f"Headline {n}").json()["id"]
        for n in range(3)
    ]
    middle = client.get(f"/articles/{ids[1]}").text
    assert re.search(rf'href="/articles/{ids[2]}" rel="prev">.*Headline 2', middle)
    assert re.search(rf'href="/articles/{ids[0]}" rel="next">.*Headline 0', middle)
    assert 'rel="prev"' not in client.get(f"/articles/{ids[2]}").text
    assert client.get("/articles/999").status_code == 404
    # An article without a title is linked by the start of its text, as the list shows it.
    untitled = add(client, text="Ferry fares rise in May. The harbour board agreed on Monday.").json()["id"]
    newest = client.get(f"/articles/{ids[2]}").text
    assert re.search(rf'href="/articles/{untitled}" rel="prev">.*Ferry fares rise in May', newest)


def test_the_error_page_names_the_error_and_the_list_cuts_excerpts_between_words(
    client: httpx.Client,
) -> None:
    # The 404 page was titled "404 · nutgraf", and the list's excerpt ended "..." inside a word.
    missing = client.get("/articles/999")
    assert missing.status_code == 404 and "<title>Not found · nutgraf</title>" in missing.text
    not_allowed = client.delete("/articles/999")
    assert (
        not_allowed.status_code == 405 and "<title>Method not allowed · nutgraf</title>" in not_allowed.text
    )
    sentence = "The harbour board approved the extraordinarily expensive reconstruction of the quay. "
    add(client, text=sentence * 4)
    shown = re.search(r'<p class="excerpt">([^<]*)</p>', client.get("/").text).group(1)
    assert shown.endswith("…") and "..." not in shown
    assert (sentence * 4).startswith(shown.removesuffix("…"))
    assert shown.removesuffix("…").split()[-1] in sentence.split()  # a whole word before the ellipsis


def drop_table(database_url: str, table: str) -> None:
    """Drop ``table`` (and what points at it) from the store at ``database_url`` behind the service's
    back, as an operator's tool or a mistaken migration would."""
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as connection:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute(f"DROP TABLE {table}")
    else:
        import psycopg

        with psycopg.connect(POSTGRES_DSN, autocommit=True) as connection:
            connection.execute(f"DROP TABLE {database_url.rsplit('%3D', 1)[1]}.{table} CASCADE")


def test_a_table_gone_from_the_database_is_a_500_that_tells_the_operator_what_to_do(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # A table dropped (or a SQLite file replaced by an empty one) after the service started was a 503 "the
    # store does not answer; try again soon" with Retry-After on SQLite, which never heals by itself, and
    # PostgreSQL's undefined_table a bare 500 "Internal Server Error" with a traceback in the log.
    with reader(database_url) as server, httpx.Client(base_url=server.url) as http:
        drop_table(database_url, "feeds")
        listed = http.get("/api/feeds")
        problem = assert_problem(listed, 500, "schema_incomplete")
        assert "retry-after" not in listed.headers
        assert problem["detail"].startswith("the store's database lacks a part of nutgraf's schema")
        assert "restart the service" in problem["detail"] and "restore the database" in problem["detail"]
        assert "SELECT" not in problem["detail"] and "feeds" not in problem["detail"]
        assert http.get("/").status_code == 200  # what still works keeps working
    assert "feeds" in caplog.text  # the operator's log names what is missing


def test_health_says_a_store_missing_a_table_is_not_ready(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # /healthz read only the recorded schema revision: with a table dropped it answered 200 "ok", and a
    # load balancer kept sending readers to a replica that answered their requests 500.
    with reader(database_url) as server, httpx.Client(base_url=server.url) as http:
        article_id = add(http, text=STORY).json()["id"]
        assert http.get("/healthz").json()["status"] == "ok"
        drop_table(database_url, "summaries")
        health = http.get("/healthz")
        problem = assert_problem(health, 503, "schema_incomplete")
        assert "retry-after" not in health.headers  # waiting does not mend it
        assert (
            problem["detail"]
            == assert_problem(http.get(f"/api/articles/{article_id}/summary"), 500, "schema_incomplete")[
                "detail"
            ]
        )
        assert http.head("/healthz").status_code == 503
    assert "the database lacks summaries" in caplog.text  # the operator's log names what is missing


@pytest.mark.parametrize("role", ["serve", "worker"])
def test_serve_and_worker_refuse_to_start_on_a_store_missing_a_table(database_url: str, role: str) -> None:
    # They started without a word on a database a table had been dropped from: the replica reported
    # itself up in its log, answered the widget's flags 500 and /healthz 503, and the worker polled on.
    import os
    import socket
    import subprocess
    import sys

    Store.open(database_url).close()
    drop_table(database_url, "site_flags")
    command = [sys.executable, "-m", "nutgraf", role, "--database", database_url]
    if role == "serve":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            command += ["--port", str(probe.getsockname()[1]), "--no-background"]
    done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.strip() == (
        "nutgraf: error: the database lacks site_flags, a part of nutgraf's schema, though it records the"
        " schema as current: something other than nutgraf changed it; restore it from a backup, or start"
        " afresh: move the SQLite file aside, or give an empty PostgreSQL database, and nutgraf sets up a"
        " new one"
    )
    assert "Uvicorn running" not in done.stdout + done.stderr


def test_health_logs_a_missing_table_once_however_often_it_is_polled(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Every poll of a load balancer logged an ERROR "store error: on /healthz: the database lacks ..."
    # while the table was gone: a line every few seconds, for as long as the operator took to act.
    with reader(database_url) as server, httpx.Client(base_url=server.url) as http:
        drop_table(database_url, "summaries")
        caplog.clear()
        answers = [http.get("/healthz") for _ in range(5)]
        assert [answer.status_code for answer in answers] == [503] * 5
        assert len({answer.json()["detail"] for answer in answers}) == 1
        lines = [record for record in caplog.records if "lacks summaries" in record.getMessage()]
        assert len(lines) == 1, [record.getMessage() for record in lines]
        assert not [
            record
            for record in caplog.records
            if record.name.startswith("nutgraf") and record is not lines[0]
        ]


def test_health_reads_the_schema_without_waiting_for_a_lock_on_a_table() -> None:
    # Reading the tables themselves to see that they are there waited behind a lock on one (a migration
    # altering it): the health check held its thread for the request's 30 s statement bound.
    psycopg = pytest.importorskip("psycopg")
    with (
        postgres_schema() as url,
        reader(url) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
        psycopg.connect(POSTGRES_DSN) as locker,
    ):
        locker.execute(f"LOCK TABLE {url.rsplit('%3D', 1)[1]}.articles IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        assert http.get("/healthz").json()["status"] == "ok"
        assert time.monotonic() - started < 5
        locker.rollback()


def test_a_store_that_refuses_a_write_tells_the_client_no_path_and_the_log_why(
    tmp_path, caplog: pytest.LogCaptureFixture
) -> None:
    # A SQLite file the service can only read: its error, with the file's path and SQLite's words, was
    # the problem's detail and the paste form's message, for any client to read.
    path = tmp_path / "private-folder" / "reader.db"
    Store.open(f"sqlite:///{path}").close()
    with (
        reader(f"sqlite:///file:{path}?mode=ro&uri=true") as server,
        httpx.Client(base_url=server.url) as http,
    ):
        problem = assert_problem(
            add(http, text="The harbour reopened on Monday. " * 8), 503, "store_unavailable"
        )
        form = http.post("/articles", data={"content": "The ferry runs again. " * 8, "format": "text"})
    assert form.status_code == 503
    for told in (problem["detail"], form.text):
        assert "private-folder" not in told and "readonly" not in told and "log says why" in told
    assert "attempt to write a readonly database" in caplog.text


# Abstractive summaries: the llm engine against the loopback chat-completions server in servers.py.

FAITHFUL = "Emergency crews rescued dozens of drivers from stranded cars."
INVENTED = "Governor Tom Baker declared a state of emergency on Friday."


@pytest.fixture
def llm_configured(llm: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> FakeLLM:
    """The llm summarizer set up as an operator would, through the environment, with one faithful and
    one invented sentence in its reply."""
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [Reply(content=f"{FAITHFUL} {INVENTED}")]
    return llm


def events_of(response: httpx.Response) -> list[tuple[str, dict]]:
    """The server-sent events of a response, as (event name, parsed data)."""
    assert response.headers["content-type"].startswith("text/event-stream"), response.text
    events = []
    for block in response.text.split("\n\n"):
        if block.strip():
            fields = dict(line.split(": ", 1) for line in block.split("\n"))
            events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_abstractive_summary_carries_its_evidence(client: httpx.Client, llm_configured: FakeLLM) -> None:
    article = add(client, text=STORY).json()
    response = client.get(f"/api/articles/{article['id']}/summary", params={"summarizer": "llm"})
    assert response.status_code == 200, response.text
    summary = response.json()
    assert [s["text"] for s in summary["sentences"]] == [FAITHFUL, INVENTED]
    assert all(s["start"] is None and s["end"] is None for s in summary["sentences"])
    evidence = summary["evidence"]
    assert evidence["supported"] is False and 0 < evidence["threshold"] < 1
    faithful, invented = evidence["sentences"]
    assert faithful["supported"] is True and faithful["unsupported"] == []
    assert [article["text"][start:end] for start, end in faithful["evidence"]] == [FAITHFUL]
    assert invented["supported"] is False and invented["score"] < faithful["score"]
    assert {"Tom", "Baker", "Friday"} <= set(invented["unsupported"])

    # Cached with its check: strict and evidence-less answers come from the same engine run.
    strict = client.get(f"/api/articles/{article['id']}/summary?summarizer=llm&strict=true").json()
    assert [s["text"] for s in strict["sentences"]] == [FAITHFUL] and strict["text"] == FAITHFUL
    assert strict["evidence"]["supported"] is True and len(strict["evidence"]["sentences"]) == 1
    assert strict["evidence"]["dropped"] == 1
    bare = client.get(f"/api/articles/{article['id']}/summary?summarizer=llm&evidence=false").json()
    assert bare["evidence"] is None and len(bare["sentences"]) == 2
    assert len(llm_configured.requests) == 1


def test_extractive_summaries_keep_offsets_and_check_on_request(client: httpx.Client) -> None:
    article = add(client, text=STORY).json()
    url = f"/api/articles/{article['id']}/summary?summarizer=lead&sentences=2"
    assert client.get(url).json()["evidence"] is None
    checked = client.get(url + "&evidence=true").json()
    assert [article["text"][s["start"] : s["end"]] for s in checked["sentences"]] == [
        s["text"] for s in checked["sentences"]
    ]
    assert checked["evidence"]["supported"] is True
    assert [s["evidence"][0] for s in checked["evidence"]["sentences"]] == [
        [s["start"], s["end"]] for s in checked["sentences"]
    ]


def test_stateless_summarize_with_strict_drops_the_invented_sentence(
    sqlite_url: str, llm_configured: FakeLLM
) -> None:
    with reader(sqlite_url) as server:
        body = {"text": STORY, "summarizer": "llm", "strict": True}
        response = httpx.post(f"{server.url}/api/summarize", json=body, timeout=30)
        loose = httpx.post(f"{server.url}/api/summarize", json={**body, "strict": False}, timeout=30)
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["text"] == FAITHFUL
    assert [s["supported"] for s in summary["evidence"]["sentences"]] == [True]
    assert summary["evidence"]["dropped"] == 1 and loose.json()["evidence"]["dropped"] == 0
    assert [s["supported"] for s in loose.json()["evidence"]["sentences"]] == [True, False]
    assert summary["article"]["text"].startswith("Storm Ida")


def test_a_strict_summary_with_no_sentence_left_says_so(
    client: httpx.Client, llm_configured: FakeLLM
) -> None:
    llm_configured.replies = [Reply(content=INVENTED)]
    article = add(client, text=STORY).json()
    summary = client.get(f"/api/articles/{article['id']}/summary?summarizer=llm&strict=true").json()
    assert summary["sentences"] == [] and summary["evidence"]["dropped"] == 1
    assert summary["notes"] == [
        "No summary: the article does not support the sentence the llm summarizer wrote."
    ]
    stateless = client.post(
        "/api/summarize", json={"text": STORY, "summarizer": "llm", "strict": True}
    ).json()
    assert stateless["notes"] == summary["notes"]
    assert client.get(f"/api/articles/{article['id']}/summary?summarizer=llm").json()["notes"] == []


def test_the_llm_summary_streams_then_ends_with_the_checked_summary(
    client: httpx.Client, llm_configured: FakeLLM
) -> None:
    article = add(client, text=STORY).json()
    url = f"/api/articles/{article['id']}/summary"
    streamed = client.get(url + "/stream", params={"summarizer": "llm"})
    assert streamed.status_code == 200
    events = events_of(streamed)
    names = [name for name, _ in events]
    assert names == ["delta"] * (len(names) - 1) + ["summary"] and len(names) > 3
    assert "".join(data["text"] for _, data in events[:-1]) == f"{FAITHFUL} {INVENTED}"
    assert llm_configured.requests[0]["json"]["stream"] is True
    final = events[-1][1]
    assert [s["supported"] for s in final["evidence"]["sentences"]] == [True, False]
    # The final event is the plain endpoint's JSON, and the summary it made is cached for both.
    assert client.get(url, params={"summarizer": "llm"}).json() == final
    again = events_of(client.get(url + "/stream", params={"summarizer": "llm", "strict": "true"}))
    assert [name for name, _ in again] == ["summary"]
    assert again[0][1]["text"] == FAITHFUL
    assert len(llm_configured.requests) == 1


def test_a_stream_the_reader_leaves_lets_the_next_request_make_the_summary_at_once(
    database_url: str, llm_configured: FakeLLM
) -> None:
    # The leaving stream held the summary's lease: kept, every other request (any replica) would wait
    # for it up to summary_wait_seconds before making the summary itself.
    llm_configured.replies = [Reply(content=f"{FAITHFUL} {INVENTED}", pause_after=4)]
    with (
        reader(database_url, summary_wait_seconds=60) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
    ):
        article = add(http, text=STORY).json()
        url = f"/api/articles/{article['id']}/summary"
        with http.stream("GET", url + "/stream", params={"summarizer": "llm"}) as streamed:
            assert next(streamed.iter_lines()).startswith("event: delta")
        llm_configured.replies[0].resume.set()
        llm_configured.replies = [Reply(content=FAITHFUL)]
        store: Store = server.app.state.store
        deadline = time.monotonic() + 10
        while store.held_leases() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.held_leases() == []
        started = time.monotonic()
        assert http.get(url, params={"summarizer": "llm"}).json()["text"] == FAITHFUL
        assert time.monotonic() - started < 10


def test_a_stream_whose_summary_the_store_cannot_keep_ends_on_an_error_event(llm_configured: FakeLLM) -> None:
    # Its summary written, the stream stores it; a store that took past the request's statement bound
    # there (or went down) cut the stream without an event: the reader said only that the connection
    # closed, and the service logged a traceback.
    psycopg = pytest.importorskip("psycopg")
    llm_configured.replies = [Reply(content=f"{FAITHFUL} {INVENTED}", pause_after=4)]
    with postgres_schema() as url:
        schema = url.rsplit("%3D", 1)[1]
        with (
            psycopg.connect(POSTGRES_DSN) as locker,
            reader(url, statement_seconds=1) as server,
            httpx.Client(base_url=server.url, timeout=30) as http,
        ):
            article = add(http, text=STORY).json()
            path = f"/api/articles/{article['id']}/summary/stream"
            with http.stream("GET", path, params={"summarizer": "llm"}) as streamed:
                lines = streamed.iter_lines()
                assert next(lines).startswith("event: delta")
                locker.execute(f"LOCK TABLE {schema}.summaries IN ACCESS EXCLUSIVE MODE")
                llm_configured.replies[0].resume.set()
                rest = "\n".join(lines)
            locker.rollback()
            error = rest.rsplit("event: error\ndata: ", 1)[1]
            assert json.loads(error)["kind"] == "store_timeout"
            assert json.loads(error)["detail"] == "the store took longer than the 1 s a request may take"


def test_a_stream_whose_summary_table_is_gone_ends_on_an_error_event_that_says_so(
    database_url: str, llm_configured: FakeLLM
) -> None:
    # On PostgreSQL the table's undefined_table (a ProgrammingError, not an outage) cut the stream without
    # an event, and the reader said only that the connection closed.
    llm_configured.replies = [Reply(content=f"{FAITHFUL} {INVENTED}", pause_after=4)]
    with reader(database_url) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        article = add(http, text=STORY).json()
        path = f"/api/articles/{article['id']}/summary/stream"
        with http.stream("GET", path, params={"summarizer": "llm"}) as streamed:
            lines = streamed.iter_lines()
            assert next(lines).startswith("event: delta")
            drop_table(database_url, "summaries")
            llm_configured.replies[0].resume.set()
            rest = "\n".join(lines)
        error = json.loads(rest.rsplit("event: error\ndata: ", 1)[1])
        assert error["kind"] == "schema_incomplete" and error["status"] == 500
        assert error["detail"].startswith("the store's database lacks a part of nutgraf's schema")


def test_an_engine_that_cannot_stream_sends_the_final_event_alone(client: httpx.Client) -> None:
    article = add(client, text=STORY).json()
    url = f"/api/articles/{article['id']}/summary"
    events = events_of(client.get(url + "/stream?summarizer=textrank&sentences=2"))
    assert [name for name, _ in events] == ["summary"]
    assert events[0][1] == client.get(url + "?summarizer=textrank&sentences=2").json()


@pytest.fixture
def no_abstractive_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """No llm or transformers engine configured, whatever the environment of the test run says."""
    for name in (
        "NUTGRAF_LLM_BASE_URL",
        "OPENAI_BASE_URL",
        "NUTGRAF_LLM_MODEL",
        "NUTGRAF_TRANSFORMERS_MODEL",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_abstractive_engine")
def test_unconfigured_or_failing_engines_are_clear_problems(
    sqlite_url: str, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        article_id = add(client, text=STORY).json()["id"]
        url = f"/api/articles/{article_id}/summary"
        for path in (url, url + "/stream"):
            problem = assert_problem(
                client.get(path, params={"summarizer": "llm"}), 503, "summarizer_unavailable"
            )
            assert "NUTGRAF_LLM_BASE_URL" in problem["detail"]
            problem = assert_problem(
                client.get(path, params={"summarizer": "transformers"}), 503, "summarizer_unavailable"
            )
            assert "NUTGRAF_TRANSFORMERS_MODEL" in problem["detail"]
            assert_problem(client.get(path, params={"summarizer": "nope"}), 422, "unknown_summarizer")
        body = {"text": STORY, "summarizer": "llm"}
        assert_problem(client.post("/api/summarize", json=body), 503, "summarizer_unavailable")

        monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
        monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
        llm.replies = [Reply(status=401, body={"error": {"message": "bad key"}})]
        for path in (url, url + "/stream"):
            problem = assert_problem(
                client.get(path, params={"summarizer": "llm"}), 503, "summarizer_unavailable"
            )
            assert "HTTP 401" in problem["detail"] and "NUTGRAF_LLM_API_KEY" in problem["detail"]

        # A stream that breaks after it began ends with an error event, never a half summary.
        llm.replies = [Reply(stream=[*chunks(["Storm Ida "])[:2], "{not json"])]
        events = events_of(client.get(url + "/stream", params={"summarizer": "llm", "sentences": 2}))
        assert [name for name, _ in events] == ["delta", "error"]
        assert events[1][1]["kind"] == "bad_summarizer_response" and events[1][1]["status"] == 503
        assert client.get(f"/api/articles/{article_id}/summary?summarizer=default").status_code == 200


def menus_of(page: str) -> dict[str, str]:
    """The reader's menus (select elements) by name, each as its HTML."""
    return dict(re.findall(r'<select id="[\w-]+" name="(\w+)">(.*?)</select>', page, re.DOTALL))


@pytest.mark.usefixtures("no_abstractive_engine")
def test_the_reader_offers_configured_summarizers_and_shows_the_check(
    sqlite_url: str, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        article_id = add(client, text=STORY).json()["id"]
        page = client.get(f"/articles/{article_id}").text
        menus = {name: re.findall(r'<option value="(\w*)"', menu) for name, menu in menus_of(page).items()}
        assert menus == {
            "length": ["short", "medium", "long"],
            "form": ["paragraph", "key_points", "tldr"],
            "summarizer": ["default", "lead", "textrank"],
        }  # no language menu: these summarizers quote the article
        refused = client.get(f"/articles/{article_id}/summary?summarizer=llm")
        assert refused.status_code == 422 and "does not offer" in refused.text

        monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
        monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
        llm.replies = [Reply(content=f"{FAITHFUL} {INVENTED}")]
        menus = menus_of(client.get(f"/articles/{article_id}").text)
        assert 'value="llm" data-writes-languages' in menus["summarizer"]
        assert '<option value="de" lang="de">Deutsch</option>' in menus["output_language"]
        page = client.get(f"/articles/{article_id}/summary?summarizer=llm").text
    supported, unsupported = re.findall(r'<li class="(\w+)">', page)
    assert (supported, unsupported) == ("supported", "unsupported")
    assert 'Supported by the article</strong>: <a class="backing" lang="en" href="#s-84">' in page
    assert 'class="s in-summary" id="s-84"' in page
    assert "Not supported by the article</strong>: it does not mention “Tom”, “Baker”, “Friday”" in page
    assert "checked against the article" in page


def test_reader_summarizers_setting_limits_the_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUTGRAF_READER_SUMMARIZERS", " lead, llm ,")
    monkeypatch.setenv("NUTGRAF_SUMMARIZER", "default")
    assert Settings.from_env().reader_choices() == ("default", "lead", "llm")
    monkeypatch.delenv("NUTGRAF_READER_SUMMARIZERS")
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.delenv("NUTGRAF_LLM_MODEL", raising=False)
    assert "llm" not in Settings.from_env().reader_choices()
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    assert "llm" in Settings.from_env().reader_choices()


def test_a_summarizer_given_in_code_wins_over_a_misspelt_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from nutgraf.settings import Settings

    # The variable was checked before the caller's own choice replaced it: from_env raised.
    monkeypatch.setenv("NUTGRAF_SUMMARIZER", "defualt")
    monkeypatch.setenv("NUTGRAF_READER_SUMMARIZERS", "lead,defualt")
    settings = Settings.from_env(summarizer="lead", reader_summarizers=("lead",))
    assert (settings.summarizer, settings.reader_summarizers) == ("lead", ("lead",))


@pytest.mark.parametrize(
    ("variable", "value"), [("NUTGRAF_SUMMARIZER", "defualt"), ("NUTGRAF_READER_SUMMARIZERS", "lead,defualt")]
)
def test_serve_refuses_a_summarizer_setting_that_names_no_engine(
    variable: str,
    value: str,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from nutgraf.cli import main

    # A misspelt name had started the service, whose every summary request naming no summarizer then
    # failed as the client's "422 unknown_summarizer", and the reader offered a choice that failed.
    monkeypatch.setenv(variable, value)
    # On an address no machine has, so that a serve that took the setting ends at once, saying so.
    assert main(["serve", "--database", sqlite_url, "--host", "192.0.2.1", "--port", "8000"]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {variable} names no summarizer 'defualt'; choose from: default, lead, llm,"
        " textrank, transformers\n"
    )


def test_serve_refuses_more_workers_than_this_machine_can_run(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from nutgraf.cli import main

    # `serve --workers 100000` had tried to start that many processes (batch's --workers was bounded).
    # On an address no machine has, so that a serve that took the count ends at once, saying that instead.
    cpus = os.cpu_count() or 1
    command = ["serve", "--database", sqlite_url, "--host", "192.0.2.1", "--port", "8000", "--workers"]
    assert main([*command, str(4 * cpus + 1)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"nutgraf: error: {4 * cpus + 1} workers is not a number this machine can run:")
    assert f"give 1 to {4 * cpus} (4 per CPU of its " in error and "holding its own models" in error
    assert main([*command, str(4 * cpus)]) == 1
    assert "cannot listen on 192.0.2.1:8000" in capsys.readouterr().err


def test_serve_on_an_address_not_of_this_machine_says_to_change_the_host(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from nutgraf.cli import main

    # 192.0.2.1 is for documentation (RFC 5737), no machine's: it had been answered "choose another --port".
    assert main(["serve", "--database", sqlite_url, "--host", "192.0.2.1", "--port", "8000"]) == 1
    assert capsys.readouterr().err == (
        "nutgraf: error: cannot listen on 192.0.2.1:8000: Cannot assign requested address; give --host an"
        " address of this machine (127.0.0.1, or 0.0.0.0 for all)\n"
    )


def test_settings_that_would_stall_every_request_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from nutgraf.errors import InvalidInputError

    monkeypatch.setenv("NUTGRAF_SUMMARIZING_THREADS", "0")
    with pytest.raises(
        InvalidInputError, match="NUTGRAF_SUMMARIZING_THREADS must be a whole number of at least 1"
    ):
        Settings.from_env()
    monkeypatch.setenv("NUTGRAF_SUMMARIZING_THREADS", "2")
    monkeypatch.setenv("NUTGRAF_RATE_LIMIT", "0")  # 0 turns the limit off: allowed
    settings = Settings.from_env()
    assert (settings.summarizing_threads, settings.rate_limit_per_minute) == (2, 0)


@pytest.mark.parametrize(
    "variable", ["NUTGRAF_RATE_LIMIT", "NUTGRAF_EMBED_CLIENT_RATE", "NUTGRAF_EMBED_SITE_RATE"]
)
def test_a_rate_past_what_the_shared_buckets_hold_is_refused_at_start(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    # 10^23 a minute was taken: on PostgreSQL its bucket's take overflowed the table's integer, and every
    # replica logged "rate limits kept in this process while the store does not answer: integer out of
    # range" and counted the limit per process, though the store answered.
    from nutgraf.errors import InvalidInputError

    monkeypatch.setenv(variable, "1000000000")
    Settings.from_env()
    monkeypatch.setenv(variable, "99999999999999999999999")
    with pytest.raises(InvalidInputError) as error:
        Settings.from_env()
    assert str(error.value) == (
        f"{variable} must be a whole number from 0 to 1,000,000,000, not '99999999999999999999999'"
    )


@pytest.mark.parametrize(
    "variable",
    ["NUTGRAF_BACKGROUND", "NUTGRAF_POLL_FEEDS", "NUTGRAF_SHARED_RATE_LIMIT", "NUTGRAF_ALLOW_LOOPBACK"],
)
def test_a_yes_or_no_variable_refuses_a_word_it_does_not_know(
    variable: str, sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Any word but 1/true/yes/on had read as no: NUTGRAF_BACKGROUND=Y quietly turned feed polls off.
    import socket

    from nutgraf.fetch import FetchSettings

    monkeypatch.setenv(variable, "Y")
    with socket.socket() as taken:  # so that a serve which took the word returns rather than serving
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert main(["serve", "--database", sqlite_url, "--port", str(taken.getsockname()[1])]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {variable} must be yes (1/true/yes/on) or no (0/false/no/off), not 'Y'; leave it"
        f" empty for the default, {'no' if variable == 'NUTGRAF_ALLOW_LOOPBACK' else 'yes'}\n"
    )
    if variable == "NUTGRAF_ALLOW_LOOPBACK":  # read by every fetch's settings, from Python too
        with pytest.raises(InvalidInputError, match="NUTGRAF_ALLOW_LOOPBACK must be yes"):
            FetchSettings()


def test_yes_or_no_variables_take_their_words_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUTGRAF_BACKGROUND", " OFF ")
    monkeypatch.setenv("NUTGRAF_SHARED_RATE_LIMIT", "No")
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "TRUE")
    settings = Settings.from_env()
    assert (settings.background, settings.shared_rate_limit, settings.allow_loopback) == (False, False, True)
    monkeypatch.setenv("NUTGRAF_BACKGROUND", "")  # empty: the default, or the older name's word
    monkeypatch.setenv("NUTGRAF_POLL_FEEDS", "0")
    monkeypatch.setenv("NUTGRAF_SHARED_RATE_LIMIT", "")
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "")
    settings = Settings.from_env()
    assert (settings.background, settings.shared_rate_limit, settings.allow_loopback) == (False, True, False)


def test_serve_refuses_an_address_it_cannot_listen_on_in_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    from nutgraf.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--database", sqlite_url, "--port", str(port)]) == 1
    error = capsys.readouterr().err
    assert (
        error
        == f"nutgraf: error: cannot listen on 127.0.0.1:{port}: Address already in use; choose another --port, or stop what uses it\n"
    )
    with pytest.raises(SystemExit) as usage:
        main(["serve", "--database", sqlite_url, "--port", "70000"])  # not a port: a usage error
    assert usage.value.code == 2


@pytest.mark.parametrize("name", ["https://reader.example/", "reader.example/news", "user@reader.example"])
def test_serve_refuses_an_allowed_host_that_is_no_host_name(
    name: str, sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A URL pasted as a name was read as the host "https": the reader answered to it and, off loopback,
    # refused every name its users opened it by.
    import re
    import socket

    from nutgraf.cli import main
    from nutgraf.errors import InvalidInputError

    with socket.socket() as taken, pytest.raises(SystemExit) as usage:
        taken.bind(("127.0.0.1", 0))  # so that code which took the name returns 1 rather than serving
        taken.listen()
        port = str(taken.getsockname()[1])
        main(["serve", "--database", sqlite_url, "--port", port, "--allowed-host", name])
    assert usage.value.code == 2
    assert f"argument --allowed-host: expected a host name such as reader.example, not {name!r}" in (
        capsys.readouterr().err
    )
    monkeypatch.setenv("NUTGRAF_ALLOWED_HOSTS", f"news.example, {name}")
    with pytest.raises(
        InvalidInputError, match=f"NUTGRAF_ALLOWED_HOSTS: expected a host name .* not {re.escape(repr(name))}"
    ):
        Settings.from_env()


def test_allowed_hosts_take_names_ports_and_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "NUTGRAF_ALLOWED_HOSTS", "reader.example, reader.example:8000, [::1], 10.0.0.5, news.example/"
    )
    assert len(Settings.from_env().allowed_hosts) == 5


def test_summaries_take_length_form_and_filters_and_cache_each(client: httpx.Client) -> None:
    article = add(client, text=STORY).json()
    url = f"/api/articles/{article['id']}/summary"
    short = client.get(url, params={"length": "short", "summarizer": "lead"}).json()
    assert [s["text"] for s in short["sentences"]] == [
        "Storm Ida brought heavy rain to the coast on Monday, flooding roads in three towns."
    ]
    points = client.get(url, params={"form": "key_points", "summarizer": "lead"}).json()
    assert points["form"] == "key_points" and len(points["sentences"]) == 3
    assert points["text"] == "\n".join(f"- {s['text']}" for s in points["sentences"])
    tldr = client.get(url, params={"form": "tldr"}).json()
    assert len(tldr["sentences"]) == 1 and tldr["form"] == "tldr"
    reduction = tldr["reduction"]
    assert reduction["article_words"] == len(STORY.split()) and reduction["words_per_minute"] == 238
    assert reduction["share"] == round(1 - reduction["summary_words"] / reduction["article_words"], 3)
    streamed = events_of(client.get(url + "/stream", params={"form": "tldr"}))
    assert streamed == [("summary", tldr)]
    # A stored Chinese summary's time saved is read at Chinese characters a minute (IReST), not English words.
    chinese = add(
        client,
        text="市议会在经过长时间辩论后于周二批准了该计划。批评者说，费用太高。官员们承诺在春季进行审查。" * 6,
    )
    stored = client.get(f"/api/articles/{chinese.json()['id']}/summary", params={"summarizer": "lead"}).json()
    assert stored["reduction"]["words_per_minute"] == 255
    # Each set of options is its own cached summary; asked again, the same answer.
    assert client.get(url, params={"length": "short", "summarizer": "lead"}).json() == short
    plain = client.get(url, params={"summarizer": "lead"}).json()
    assert plain != points and plain["form"] == "paragraph" and plain["notes"] == []


def test_stateless_summaries_take_the_same_options(client: httpx.Client) -> None:
    text = "Will the storm come back? " + STORY
    body = {"text": text, "summarizer": "lead", "sentences": 2, "avoid": ["questions"], "form": "key_points"}
    summary = client.post("/api/summarize", json=body).json()
    assert [s["text"] for s in summary["sentences"]] == [
        "Storm Ida brought heavy rain to the coast on Monday, flooding roads in three towns.",
        "Emergency crews rescued dozens of drivers from stranded cars.",
    ]
    assert summary["form"] == "key_points" and summary["reduction"]["article_words"] == len(text.split())
    long = client.post("/api/summarize", json={"text": STORY, "length": "long"}).json()
    assert len(long["sentences"]) == 3  # a 60-word story: long is 3 sentences


def test_avoid_takes_both_filters_as_the_command_line_and_the_widget_write_them(client: httpx.Client) -> None:
    # `nutgraf summarize --avoid questions,quotes` and the widget's avoid="questions quotes" take both names
    # in one value; the API and the reader refused that value as "avoid takes questions and quotes, not
    # 'questions,quotes'", naming the very filters it was given.
    text = "Will the storm come back? " + STORY
    article = add(client, text=text).json()
    url = f"/api/articles/{article['id']}/summary"
    repeated = client.get(
        url, params={"summarizer": "lead", "sentences": 2, "avoid": ["questions", "quotes"]}
    )
    assert repeated.status_code == 200 and "?" not in repeated.json()["text"]
    for written in ("questions,quotes", "questions quotes", "quotes, questions"):
        params = {"summarizer": "lead", "sentences": 2, "avoid": written}
        assert client.get(url, params=params).json() == repeated.json(), written
        page = client.get(f"/articles/{article['id']}/summary", params=params)
        assert page.status_code == 200 and 'class="s in-summary"' in page.text
        assert not re.search(r'class="s in-summary"[^>]*>Will the storm', page.text)
        body = {"text": text, "summarizer": "lead", "sentences": 2, "avoid": written}
        posted = client.post("/api/summarize", json=body).json()
        assert posted["sentences"] == repeated.json()["sentences"], written
    refused = assert_problem(client.get(url, params={"avoid": "quotes,jokes"}), 422, "invalid_request")
    assert "avoid takes questions and quotes, not 'jokes'" in refused["detail"]
    # Still bounded before the names are read: one refusal, not one for each of 800 unknown names.
    many = client.get(url, params=[("avoid", f"x{i}") for i in range(800)])
    assert len(assert_problem(many, 422, "invalid_request")["errors"]) == 1


def test_an_avoid_naming_nothing_is_refused_as_the_command_line_refuses_it(client: httpx.Client) -> None:
    # Read as a list of names, `avoid=` (and `avoid=,`) named none and was taken as no filter, without a
    # word, where the command line's --avoid '' and a body's [""] are refused and an empty option is a 422.
    article = add(client, text=STORY).json()
    url = f"/api/articles/{article['id']}/summary"
    for given in ("", ",", " "):
        refused = assert_problem(client.get(url, params={"avoid": given}), 422, "invalid_request")
        assert f"avoid takes questions and quotes, not {given!r}" in refused["detail"]
        body = {"text": STORY, "avoid": given}
        posted = assert_problem(client.post("/api/summarize", json=body), 422, "invalid_request")
        assert f"avoid takes questions and quotes, not {given!r}" in posted["detail"]
    both = client.get(url, params=[("avoid", "questions"), ("avoid", "")])
    assert "not ''" in assert_problem(both, 422, "invalid_request")["detail"]
    assert client.get(f"/articles/{article['id']}/summary", params={"avoid": ""}).status_code == 422


def test_a_stateless_summary_takes_the_articles_language_as_the_command_line_does(
    client: httpx.Client, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `nutgraf summarize --language` and nutgraf.summarize(language=) read an article in the language given;
    # POST /api/summarize refused "language" as not a field of its body.
    text = (
        "Le conseil municipal a voté lundi le budget de la ville. Les écoles recevront plus d'argent. "
        "Le maire a salué une décision historique pour les familles."
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["summarize", str(path), "--language", "deu", "--format", "json"]) == 0
    command_line = json.loads(capsys.readouterr().out)
    posted = client.post("/api/summarize", json={"text": text, "language": "deu"})
    assert posted.status_code == 200, posted.text
    summary = posted.json()
    assert (
        summary["language"]
        == command_line["language"]
        == "de"
        != client.post("/api/summarize", json={"text": text}).json()["language"]
    )
    assert summary["sentences"] == command_line["sentences"]
    refused = assert_problem(
        client.post("/api/summarize", json={"text": text, "language": "xx"}), 422, "invalid_request"
    )
    assert "language must be an ISO 639 code such as en, de or ru, not 'xx'" in refused["detail"]


@pytest.mark.parametrize(
    "params, says",
    [
        ({"length": "short", "sentences": 2}, "give length or sentences, not both"),
        ({"length": "long", "words": 40}, "give length or words, not both"),
        ({"form": "tldr", "sentences": 3}, "a TL;DR is one sentence"),
        ({"length": "tiny"}, "length must be one of short, medium, long, not 'tiny'"),
        ({"form": "bullets"}, "form must be one of paragraph, key_points, tldr, not 'bullets'"),
        ({"avoid": "numbers"}, "avoid takes questions and quotes, not 'numbers'"),
        ({"output_language": "xx"}, "ISO 639-1 language code"),
    ],
)
def test_unknown_options_and_contradictions_are_invalid_requests(
    client: httpx.Client, params: dict, says: str
) -> None:
    article = add(client, text=STORY).json()
    problem = assert_problem(client.get(f"/api/articles/{article['id']}/summary", params=params), 422)
    assert problem["kind"] == "invalid_request" and says in problem["detail"], problem
    stream = client.get(f"/api/articles/{article['id']}/summary/stream", params=params)
    assert assert_problem(stream, 422)["kind"] == "invalid_request"
    body = {"text": STORY, **params, "avoid": [params["avoid"]] if "avoid" in params else []}
    problem = assert_problem(client.post("/api/summarize", json=body), 422)
    assert problem["kind"] == "invalid_request" and says in problem["detail"], problem


def test_an_extractive_summary_in_another_language_is_refused_naming_the_way(client: httpx.Client) -> None:
    article = add(client, text=STORY).json()
    response = client.get(f"/api/articles/{article['id']}/summary", params={"output_language": "de"})
    problem = assert_problem(response, 422, "invalid_input")
    assert "German" in problem["detail"] and "llm" in problem["detail"]


def test_an_llm_summary_in_another_language_says_it_was_not_checked(
    client: httpx.Client, llm_configured: FakeLLM
) -> None:
    llm_configured.replies = [Reply(content="Der Sturm Ida brachte am Montag starken Regen an die Küste.")]
    article = add(client, text=STORY).json()
    url = f"/api/articles/{article['id']}/summary"
    summary = client.get(url, params={"summarizer": "llm", "output_language": "de"}).json()
    assert summary["output_language"] == "de" and summary["language"] == "en"
    assert summary["evidence"]["checked"] is False and summary["evidence"]["supported"] is None
    assert "German" in summary["evidence"]["sentences"][0]["reason"]
    assert "auf Deutsch" in llm_configured.requests[-1]["json"]["messages"][-1]["content"]
    strict = client.get(url, params={"summarizer": "llm", "output_language": "de", "strict": "true"})
    assert "strict keeps only" in assert_problem(strict, 422, "invalid_input")["detail"]
    streamed = client.get(url + "/stream", params={"summarizer": "llm", "output_language": "fr"})
    assert events_of(streamed)[-1][1]["evidence"]["checked"] is False
    # The reader's note under it says so too, not "then checked against the article".
    page = client.get(
        f"/articles/{article['id']}/summary", params={"summarizer": "llm", "output_language": "de"}
    ).text
    note = re.search(r'<p class="summary-note"[^>]*>(.*?)</p>', page).group(1)
    assert (
        note.startswith("Written in new words, in another language than the article")
        and "then checked" not in note
    ), note


def test_the_reader_shows_the_form_the_reduction_and_the_filters_without_javascript(
    client: httpx.Client,
) -> None:
    text = "Will the storm come back? " + STORY
    article = add(client, text=text).json()
    page = client.get(
        f"/articles/{article['id']}/summary",
        params={"length": "short", "form": "key_points", "avoid": "questions", "summarizer": "lead"},
    ).text
    listed = page.split('<ol class="summary-list form-key_points" lang="en">')[1].split("</ol>")[0]
    assert listed.count("<li") == 1 and "Will the storm" not in listed
    reduction = re.search(r'<p class="summary-reduction">(.*?)</p>', page).group(1)
    assert re.fullmatch(r"Reduced by \d\d%, under a minute saved\.", reduction), reduction
    assert '<input type="checkbox" name="avoid" value="questions" checked>' in page
    assert '<option value="key_points" selected>' in page and '<option value="short" selected>' in page
    tldr = client.get(f"/articles/{article['id']}/summary", params={"form": "tldr", "length": "long"})
    assert tldr.status_code == 200  # the menu sends a length along with a TL;DR: it is left out
    # The reader asked for a long TL;DR, which the API refuses: the page says why its summary is one
    # sentence and its length menu shows medium again, in the API's words.
    assert "A TL;DR is one sentence whatever the length, so the length long was set aside" in tldr.text
    assert '<option value="tldr" selected>' in tldr.text
    medium = client.get(f"/articles/{article['id']}/summary", params={"form": "tldr", "length": "medium"})
    assert "set aside" not in medium.text  # the menu's own length, which it shows still
    refused = client.get(f"/articles/{article['id']}/summary", params={"output_language": "de"})
    assert refused.status_code == 422 and "German" in refused.text


# Keyphrases beside a summary: ranked from the stored article when an answer is made, never stored.


def test_summaries_carry_the_keyphrases_asked_for_each_count_its_own_answer(
    client: httpx.Client, llm_configured: FakeLLM
) -> None:
    from nutgraf.keyphrases import rank_keyphrases

    article = add(client, text=STORY, title="Storm Ida floods the coast").json()
    text = client.get(f"/api/articles/{article['id']}").json()["text"]
    url = f"/api/articles/{article['id']}/summary"
    three = client.get(url, params={"keyphrases": 3})
    found = three.json()["keyphrases"]
    assert found == [
        k.to_dict() for k in rank_keyphrases(text, "en", title="Storm Ida floods the coast", top=3)
    ]
    for keyphrase in found:
        assert keyphrase["text"] in {text[start:end] for start, end in keyphrase["spans"]}
    five = client.get(url, params={"keyphrases": 5})
    assert len(five.json()["keyphrases"]) == 5 and five.headers["etag"] != three.headers["etag"]
    again = client.get(url, params={"keyphrases": 3})
    assert again.content == three.content and again.headers["etag"] == three.headers["etag"]
    plain = client.get(url).json()
    assert "keyphrases" not in plain and plain["sentences"] == three.json()["sentences"]
    (event,) = events_of(client.get(url + "/stream", params={"keyphrases": 2, "form": "tldr"}))
    assert event[0] == "summary" and [k["text"] for k in event[1]["keyphrases"]] == [
        k["text"] for k in found[:2]
    ]

    # An llm summary streamed, then asked again of the store: both answers carry them.
    streamed = events_of(client.get(url + "/stream", params={"summarizer": "llm", "keyphrases": 2}))
    assert streamed[-1][0] == "summary" and len(streamed[-1][1]["keyphrases"]) == 2
    stored = client.get(url + "/stream", params={"summarizer": "llm", "keyphrases": 4})
    assert len(events_of(stored)[-1][1]["keyphrases"]) == 4 and len(llm_configured.requests) == 1

    summarized = client.post("/api/summarize", json={"text": STORY, "keyphrases": 2}).json()
    assert [k["text"] for k in summarized["keyphrases"]] == [
        k.text for k in rank_keyphrases(summarized["article"]["text"], "en", top=2)
    ]


def test_the_reporters_name_is_no_keyphrase_of_a_stored_article(client: httpx.Client) -> None:
    text = (
        "Storm Ida floods the coast\n\nBy Maria Gonzalez\n\n"
        + STORY
        + "\n\nContact Maria Gonzalez at the newsroom. Maria Gonzalez covers the coast."
    )
    article = add(client, text=text).json()
    assert client.get(f"/api/articles/{article['id']}").json()["byline"] == "Maria Gonzalez"
    found = client.get(f"/api/articles/{article['id']}/summary", params={"keyphrases": 50}).json()
    texts = [k["text"] for k in found["keyphrases"]]
    assert texts and not [t for t in texts if "Gonzalez" in t]


@pytest.mark.parametrize("count", [0, 51])
def test_a_keyphrase_count_outside_1_to_50_is_an_invalid_request_naming_the_range(
    client: httpx.Client, count: int
) -> None:
    article = add(client, text=STORY).json()
    for response in (
        client.get(f"/api/articles/{article['id']}/summary", params={"keyphrases": count}),
        client.get(f"/api/articles/{article['id']}/summary/stream", params={"keyphrases": count}),
        client.post("/api/summarize", json={"text": STORY, "keyphrases": count}),
    ):
        problem = assert_problem(response, 422, "invalid_request")
        assert f"keyphrases must be a whole number from 1 to 50, not {count}" in problem["detail"]
    page = client.get(f"/articles/{article['id']}/summary", params={"keyphrases": count})
    assert page.status_code == 422
    # Not the API's "leave it out for a summary without keyphrases": the reader shows 8 without it.
    assert (
        f"Keyphrases must be a whole number from 1 to 50, not {count}; leave it out for the reader&#39;s 8."
        in page.text
    )


def test_the_reader_shows_keyphrases_as_tags_linked_into_the_body_without_javascript(
    client: httpx.Client,
) -> None:
    article = add(client, text=STORY, title="Storm Ida floods the coast").json()
    page = client.get(f"/articles/{article['id']}/summary").text
    tags = re.search(
        r'<ul class="summary-keyphrases" aria-label="Keyphrases" lang="en">(.*?)</ul>', page, re.S
    )
    links = re.findall(r'<li><a class="keyphrase" href="#(s-\d+)">([^<]+)</a></li>', tags.group(1))
    assert len(links) == 8
    for anchor, text in links:  # each links to the body sentence it first occurs in
        sentence = re.search(rf'<span class="s[^"]*" id="{anchor}"[^>]*>([^<]*)</span>', page).group(1)
        assert text in sentence
    assert 'data-keyphrases="8"' in page
    fewer = client.get(f"/articles/{article['id']}/summary", params={"keyphrases": 2}).text
    assert fewer.count('class="keyphrase"') == 2 and 'data-keyphrases="2"' in fewer
    # The form, sent without the script (another length), keeps the number: it went back to 8.
    form = re.search(r'<form class="get-summary"[^>]*action="([^"#]+)#summary"(.*?)</form>', fewer, re.S)
    fields = [
        *re.findall(
            r'<select id="[^"]+" name="([^"]+)">.*?<option value="([^"]*)" selected', form.group(2), re.S
        ),
        *re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(2)),
    ]
    sent = client.get(form.group(1), params=[(k, "long" if k == "length" else v) for k, v in fields]).text
    assert sent.count('class="keyphrase"') == 2


def test_a_claims_summary_is_kept_by_a_cdn_no_longer_than_by_the_service(client: httpx.Client) -> None:
    # Each process looks in the store again every CLAIM_FRESH_S (2 s) for a claim a fetch may have
    # verified; a CDN had been told to keep the claim's summary five minutes.
    claimed = add(client, text=STORY, title="Schools stay closed", url="https://news.example/ida").json()
    pasted = add(client, text=STORY.replace("Storm Ida", "Storm Nora")).json()
    # Made now, then served from memory: both short.
    for _ in range(2):
        claim_caching = client.get(f"/api/articles/{claimed['id']}/summary").headers["cache-control"]
        assert claim_caching in ("public, max-age=0", "public, max-age=1", "public, max-age=2")
    # A text stored without an address claims nothing: its summary keeps the public caching.
    assert client.get(f"/api/articles/{pasted['id']}/summary").headers["cache-control"] == PUBLIC_CACHING


def test_a_claim_verified_elsewhere_is_summarized_again_by_every_replica(database_url: str) -> None:
    # A text pasted under a claimed address and title, its summary and keyphrases asked for on one replica,
    # then verified by a fetch of that address on another process (a feed poll, a widget's fetch): the
    # first replica kept serving what it had made from the claim's title, for as long as its cache kept it.
    asked = {"sentences": 2, "keyphrases": 5}
    with reader(database_url) as first, httpx.Client(base_url=first.url, timeout=30) as http:
        claimed = add(http, text=STORY, title="Schools stay closed", url="https://news.example/ida").json()
        summary = f"/api/articles/{claimed['id']}/summary"
        from_claim = http.get(summary, params=asked).json()
        store = Store.open(database_url)
        try:
            fetched, created = store.add_article(
                Article(text=STORY, title="Storm Ida floods the coast", url="https://news.example/ida"),
                url_verified=True,
            )
        finally:
            store.close()
        assert (fetched.id, created) == (claimed["id"], False)
        with reader(database_url) as other, httpx.Client(base_url=other.url, timeout=30) as fresh:
            verified = fresh.get(summary, params=asked).json()
        assert verified["keyphrases"] != from_claim["keyphrases"]  # the title is weighed
        deadline = time.monotonic() + 10
        while (served := http.get(summary, params=asked).json()) != verified and time.monotonic() < deadline:
            time.sleep(0.2)
        assert served == verified


@pytest.mark.parametrize(("host", "token", "warned"), [("0.0.0.0", "", True), ("0.0.0.0", "s3cret", False)])
def test_serve_off_loopback_without_a_token_says_that_writes_are_open(
    host: str, token: str, warned: bool, tmp_path
) -> None:
    # `nutgraf serve --host 0.0.0.0`, as docs/reader.md opens, let anyone on the network register, switch
    # off or delete a site, and store articles under any address, and nothing said so.
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    command = [sys.executable, "-m", "nutgraf", "serve", "--host", host, "--port", port, "--no-background"]
    env = {**os.environ, "NUTGRAF_API_TOKEN": token}
    process = subprocess.Popen(
        [*command, "--database", f"sqlite:///{tmp_path / 'open.db'}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(2)]
    finally:
        process.terminate()
        process.wait(timeout=30)
    said = "".join(lines)
    assert ("set NUTGRAF_API_TOKEN" in said) is warned, said
    assert f"nutgraf reader on http://{host}:{port}/" in said


def test_the_paste_form_does_not_store_a_page_s_html_as_plain_text(client: httpx.Client) -> None:
    # A page's source pasted with the form's default, "plain text", was stored as its markup: the title
    # '<meta property="og:site_name" ...>', a body of <p> and <code> tags. The form now asks for HTML,
    # chosen for the next click; a text that only names a tag is still text.
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    page = f"<!DOCTYPE html>\n<html><head><title>Storm Ida</title></head><body><article>{paragraphs}</article></body></html>"
    refused = client.post("/articles", data={"content": page, "format": "text"})
    assert refused.status_code == 422 and "choose HTML" in refused.text
    assert '<input type="radio" name="format" value="html" checked>' in refused.text
    taken = client.post("/articles", data={"content": page, "format": "html"})
    assert taken.status_code == 303
    assert "<p>" not in client.get(taken.headers["location"]).text.split('id="headline"')[1].split("</h1>")[0]
    prose = client.post("/articles", data={"content": f"Use the <p> tag for paragraphs.\n\n{STORY}"})
    assert prose.status_code == 303


def test_the_paste_form_takes_text_showing_markup_as_text_when_chosen_again(client: httpx.Client) -> None:
    # An article about writing web pages shows a tag on a line of its own, which reads as a page's root:
    # the form asked for HTML, and choosing plain text again was refused again, every time, so such an
    # article could not be stored as the text it is.
    text = (
        f'{STORY}\n\nThe group said every web page must now open with the line\n\n<html lang="en">\n\nso that'
        " screen readers know the language of the page, from next year on."
    )
    refused = client.post("/articles", data={"content": text, "format": "text"})
    assert refused.status_code == 422 and "choose HTML" in refused.text
    # What the page gives back to post again, as a browser would, with plain text chosen anew.
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', refused.text))
    taken = client.post("/articles", data={**hidden, "content": text, "format": "text"})
    assert taken.status_code == 303, taken.text
    page = client.get(taken.headers["location"]).text
    assert "&lt;html lang=" in page


def _news_page(title: str, byline: str) -> bytes:
    """A page of ``STORY`` under its own headline and byline: the same text whoever serves it."""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in STORY.split("\n\n"))
    return (
        f'<html><head><title>{title}</title><meta name="author" content="{byline}"></head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def test_a_page_that_copied_a_story_cannot_pose_as_it(database_url: str) -> None:
    # A same-text takeover: a story's text copied onto another page, which nutgraf fetched first. The
    # story's own address then found the copy by its text and became its alias: the API, the summary
    # and the reader showed the copier's headline, byline and address, "Original article" their page.
    with Site() as site, reader(database_url, allow_loopback=True) as server:
        site.pages["/news/budget"] = Page(_news_page("Council passes budget", "Jane Reporter"))
        site.pages["/copy"] = Page(_news_page("Council budget is a fraud", "Mallory"))
        story, copy = f"{site.url}/news/budget", f"{site.url}/copy"
        with httpx.Client(base_url=server.url, timeout=60) as http:
            planted = add(http, url=copy).json()
            fetched = add(http, url=story)
            assert fetched.status_code == 201, fetched.text
            real = fetched.json()
            assert real["text"] == planted["text"]  # the same text: what the copy relied on
            assert (real["title"], real["byline"], real["url"], real["url_verified"]) == (
                "Council passes budget",
                "Jane Reporter",
                story,
                True,
            )
            assert add(http, url=story).json()["id"] == real["id"] != planted["id"]
            summary = http.get(f"/api/articles/{real['id']}/summary", params={"summarizer": "lead"})
            assert summary.status_code == 200 and summary.json()["text"].startswith(STORY.split(". ")[0])
            shown = http.get(f"/articles/{real['id']}").text
            head = shown[shown.index('<header class="story-head">') :].split("</header>")[0]
            assert '<h1 id="headline" lang="en">Council passes budget</h1>' in head
            assert '<span class="byline">By Jane Reporter</span>' in head
            assert (
                f'<a class="source" href="{story}" rel="noopener noreferrer nofollow">Original article'
                in head
            )
            # The copy stays its own page, and a paste of the text is the first page stored with it.
            assert add(http, url=copy).json() == planted
            pasted = add(http, text=real["text"])
            assert pasted.status_code == 200 and pasted.json()["id"] == planted["id"]
        assert len(site.hits_for("/news/budget")) == len(site.hits_for("/copy")) == 1


@pytest.mark.parametrize("variable", ["NUTGRAF_API_TOKEN", "NUTGRAF_API_TOKEN_PREVIOUS"])
@pytest.mark.parametrize("token", ["s3cret ", " s3cret", "s3cret\t", "s3c\x07ret", "pässwörd"])
def test_a_token_no_header_can_carry_is_refused_at_start(
    variable: str, token: str, sqlite_url: str, monkeypatch
) -> None:
    # An HTTP header drops the white space at its ends and carries no control characters: the service
    # started, and refused every write as unauthorized though the writer sent the token it was given.
    # So with a letter outside ASCII: sent as UTF-8 (curl) a header is read as Latin-1, and no byte
    # sequence matched the token.
    monkeypatch.setenv("NUTGRAF_API_TOKEN", "current")
    monkeypatch.setenv(variable, token)
    with pytest.raises(InvalidInputError, match=f"{variable} starts or ends with white space"):
        Settings.from_env(database_url=sqlite_url, background=False)


def test_a_fetched_page_that_declares_no_news_is_summarized_as_its_html_is(
    sqlite_url: str, shared_data
) -> None:
    # The Fetch API's introduction declares no news story: nutgraf.summarize(html) gives its opening
    # sentences. Stored, it had been summarized as pasted text, the reranker's choice ("In addition, it
    # introduces ..."), so the reader and the API gave the same page another summary than the library.
    page = gzip.decompress(
        (shared_data / "extraction" / "readability-testpages" / "html" / "002.html.gz").read_bytes()
    )
    expected = [s.text for s in nutgraf.summarize(page, sentences=3).sentences]
    assert expected != [s.text for s in nutgraf.summarize(nutgraf.extract(page).text, sentences=3).sentences]
    with Site({"/fetch": Page(page)}) as site, reader(sqlite_url, allow_loopback=True) as server:
        created = httpx.post(f"{server.url}/api/articles", json={"url": f"{site.url}/fetch"}, timeout=30)
        assert created.status_code == 201, created.text
        summary = httpx.get(
            f"{server.url}/api/articles/{created.json()['id']}/summary", params={"sentences": 3}, timeout=30
        )
        assert summary.status_code == 200, summary.text
        assert [s["text"] for s in summary.json()["sentences"]] == expected
