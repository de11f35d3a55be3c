"""Sites and the summary by page address, served for real by uvicorn on loopback beside a publisher on
another loopback port: CORS for the site's origins only, ETag and 304, one fetch for many readers,
canonical and AMP addresses, the refusals hostile use gets, flags, warming from feeds and sitemaps, the
widget's script and frame, and `nutgraf sites`. The CORS and 304 paths run on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import html
import json
import re
import shlex
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import inspect

import nutgraf
from nutgraf.cli import main
from nutgraf.errors import PageTooLargeError
from nutgraf.feeds import poll_due
from nutgraf.fetch import FetchSettings, fetch
from nutgraf.language import RIGHT_TO_LEFT
from nutgraf.sitemaps import SITEMAP_TYPES
from nutgraf.sites.registry import register_site
from nutgraf.store import Store
from nutgraf.web import Settings, create_app
from nutgraf.web.api.embed import MAX_CACHED_SITES, Refused
from nutgraf.web.embed import WIDGET
from nutgraf.web.widget_labels import WIDGET_LABELS
from servers import SEED_FURNITURE, FakeLLM, Page, ReaderServer, Reply, Site, publisher_page

LOOPBACK = FetchSettings(allow_loopback=True)
ROOT = Path(__file__).resolve().parents[1]
SUMMARY = "/api/embed/summary"


def reader(database_url: str, **settings: object) -> ReaderServer:
    values = {
        "database_url": database_url,
        "background": False,
        "rate_limit_per_minute": 0,
        "allow_loopback": True,
        **settings,
    }
    return ReaderServer(create_app(Settings(**values)))


def assert_problem(response: httpx.Response, status: int, kind: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    if kind:
        assert problem["kind"] == kind
    return problem


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'reader.db'}"


@pytest.fixture
def publisher(seed_article: str) -> Iterator[Site]:
    with Site() as site:
        site.pages["/zelensky"] = Page(publisher_page(seed_article))
        yield site


@pytest.fixture
def service(sqlite_url: str, publisher: Site) -> Iterator[httpx.Client]:
    """A reader with the publisher registered as the site ``ledger``."""
    with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        assert http.post("/api/sites", json={"url": publisher.url, "id": "ledger"}).status_code == 201
        yield http


def ask(http: httpx.Client, url: str, origin: str | None, **params: object) -> httpx.Response:
    headers = {"Origin": origin} if origin else {}
    return http.get(SUMMARY, params={"site": "ledger", "url": url, **params}, headers=headers)


def test_a_page_is_summarized_by_its_address_with_cors_and_304(
    database_url: str, publisher: Site, seed_article: str
) -> None:
    page = f"{publisher.url}/zelensky"
    with reader(database_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        assert ask(http, page, publisher.url).status_code == 404  # no such site yet
        site = http.post("/api/sites", json={"url": publisher.url, "id": "ledger"})
        assert site.status_code == 201, site.text
        assert site.json()["origins"] == [publisher.url] and site.json()["hosts"] == [publisher.url[7:]]

        first = ask(http, page, publisher.url)
        assert first.status_code == 200, first.text
        assert first.headers["access-control-allow-origin"] == publisher.url
        assert "Origin" in first.headers["vary"]
        cache_control = first.headers["cache-control"]
        assert "public" in cache_control and "stale-while-revalidate" in cache_control
        summary = first.json()
        article = http.get(f"/api/articles/{summary['article_id']}").json()
        assert summary["article"] == {
            "id": article["id"],
            "title": seed_article.splitlines()[0],
            "language": "en",
            "url": page,
        }
        assert 1 <= len(summary["sentences"]) <= 3
        for sentence in summary["sentences"]:
            assert article["text"][sentence["start"] : sentence["end"]] == sentence["text"]
            assert not any(line in sentence["text"] for line in SEED_FURNITURE)

        # The same page by another address (a tracking parameter), revalidated: a 304, and no fetch.
        again = ask(http, f"{page}?utm_source=newsletter", publisher.url)
        assert again.status_code == 200 and again.content == first.content
        revalidated = http.get(
            SUMMARY,
            params={"site": "ledger", "url": page},
            headers={"Origin": publisher.url, "If-None-Match": first.headers["etag"]},
        )
        assert revalidated.status_code == 304 and revalidated.content == b""
        assert revalidated.headers["etag"] == first.headers["etag"]
        assert revalidated.headers["access-control-allow-origin"] == publisher.url
        assert len(publisher.hits_for("/zelensky")) == 1

        # A page of another origin: no CORS header, a 403 problem; a preflight likewise.
        stranger = ask(http, page, "https://evil.example")
        refusal = assert_problem(stranger, 403, "origin_not_allowed")
        assert "access-control-allow-origin" not in stranger.headers
        # The command that lets them keeps the site's own origins (`--add-origin`; `--origin` replaces the
        # list, and the refusal's "`nutgraf sites` change them" had a publisher name the new one alone),
        # and the request says its body.
        assert refusal["detail"] == (
            f"pages of https://evil.example may not embed the summaries of the site ledger; its origins are"
            f" {publisher.url}. To let them too: nutgraf sites update ledger --add-origin https://evil.example,"
            ' or PATCH /api/sites/ledger with {"add_origins": ["https://evil.example"]}'
        )
        preflight = {
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        }
        allowed = http.options(
            "/api/embed/flags", params={"site": "ledger"}, headers={"Origin": publisher.url, **preflight}
        )
        assert allowed.status_code == 204
        assert allowed.headers["access-control-allow-origin"] == publisher.url
        assert "POST" in allowed.headers["access-control-allow-methods"]
        assert "Content-Type" in allowed.headers["access-control-allow-headers"]
        refused = http.options(
            "/api/embed/summary",
            params={"site": "ledger"},
            headers={"Origin": "https://evil.example", **preflight},
        )
        assert_problem(refused, 403, "origin_not_allowed")
        assert "access-control-allow-origin" not in refused.headers

        # Articles and their summaries carry ETags too.
        for path in (f"/api/articles/{article['id']}", f"/api/articles/{article['id']}/summary"):
            got = http.get(path)
            assert got.status_code == 200 and "public" in got.headers["cache-control"]
            assert http.get(path, headers={"If-None-Match": got.headers["etag"]}).status_code == 304
            assert http.get(path, headers={"If-None-Match": '"other"'}).status_code == 200

    # Another process on the same store answers from it: the page is not fetched again.
    with reader(database_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        later = ask(http, page, publisher.url)
        assert later.status_code == 200 and later.json() == summary
    assert len(publisher.hits_for("/zelensky")) == 1
    store = Store.open(database_url)
    try:
        assert {"sites", "site_sources", "site_pages", "site_flags"} <= set(
            inspect(store.engine).get_table_names()
        )
    finally:
        store.close()


def test_pages_outside_the_site_unknown_sites_and_switched_off_ones_are_refused(
    service: httpx.Client, publisher: Site
) -> None:
    page = f"{publisher.url}/zelensky"
    outside = assert_problem(
        ask(service, "https://elsewhere.example/story", publisher.url), 403, "url_outside_site"
    )
    assert publisher.url[7:] in outside["detail"]
    assert_problem(ask(service, "javascript:alert(1)", publisher.url), 422, "invalid_input")
    unknown = service.get(SUMMARY, params={"site": "nobody", "url": page})
    assert unknown.status_code == 404
    # A typo in the element's site: its 404 had no CORS header, so the widget could not read why and the
    # publisher saw only a CORS error. Any page may read it; only a page of a site's origins gets that
    # site's id suggested, others learn nothing about the sites there are.
    typo = ask(service, page, publisher.url, site="ledgr")
    detail = assert_problem(typo, 404, "site_not_found")["detail"]
    assert typo.headers["access-control-allow-origin"] == publisher.url
    assert "'ledgr' is not registered" in detail and "`nutgraf sites add URL`" in detail
    assert detail.endswith(f"pages of {publisher.url} may embed the site ledger")
    # The element without its site attribute (the widget asks with site=) is told so.
    bare = assert_problem(ask(service, page, publisher.url, site=""), 404, "site_not_found")["detail"]
    assert bare == (
        "no site given: the element's site attribute (the frame's site=) is the id of your site, which"
        " `nutgraf sites add` printed and `nutgraf sites list` lists;"
        f" pages of {publisher.url} may embed the site ledger"
    )
    stranger = ask(service, page, "https://elsewhere.example", site="ledgr")
    assert_problem(stranger, 404, "site_not_found")
    assert stranger.headers["access-control-allow-origin"] == "https://elsewhere.example"
    assert "ledger" not in stranger.text and typo.headers["cache-control"] == "no-store"
    assert service.patch("/api/sites/ledger", json={"enabled": False}).json()["enabled"] is False
    assert_problem(ask(service, page, publisher.url), 403, "site_disabled")
    # A switched-off site is not suggested for a typo: "may embed the site ledger" led to that 403.
    typo = assert_problem(ask(service, page, publisher.url, site="ledgr"), 404, "site_not_found")
    assert "'ledgr' is not registered" in typo["detail"] and "ledger" not in typo["detail"]
    assert service.patch("/api/sites/ledger", json={"enabled": True}).status_code == 200
    assert service.get("/api/articles").json()["items"] == []  # nothing refused was fetched or stored
    assert publisher.hits == []
    assert ask(service, page, publisher.url).status_code == 200


def test_made_up_site_ids_take_a_bounded_amount_of_memory(sqlite_url: str) -> None:
    # Every id asked for is remembered for a few seconds, a site or none: a client naming a new made-up
    # id at each request must not grow the server without end. (Asked of the app's own EmbedState, as
    # ten thousand requests through a server would take the shared machine long.)
    app = create_app(Settings(database_url=sqlite_url, background=False))
    embed, store = app.state.embed, app.state.store

    async def ask_for_made_up_ids(count: int) -> int:
        refused = 0
        for n in range(count):
            try:
                await embed.site(store, f"Nobody-{n}")
            except Refused as exc:
                refused += exc.kind == "site_not_found"
        return refused

    try:
        assert asyncio.run(ask_for_made_up_ids(MAX_CACHED_SITES + 500)) == MAX_CACHED_SITES + 500
        assert len(embed._sites) <= MAX_CACHED_SITES
    finally:
        store.close()


def test_a_site_s_pages_can_read_the_problem_of_a_widget_attribute_out_of_range(
    service: httpx.Client, publisher: Site
) -> None:
    # A query or body the endpoint refuses before it runs had no CORS header: the site's developers saw
    # only that CORS refused the answer, which sent them to the site's origins, not to the attribute.
    page = f"{publisher.url}/zelensky"
    for params in ({"sentences": 0}, {"sentence": 2}):
        problem = ask(service, page, publisher.url, **params)
        assert_problem(problem, 422, "invalid_request")
        assert problem.headers["access-control-allow-origin"] == publisher.url
        assert problem.headers["cache-control"] == "no-store"
        stranger = ask(service, page, "https://elsewhere.example", **params)
        assert_problem(stranger, 403, "origin_not_allowed")
        assert "access-control-allow-origin" not in stranger.headers
    flag = service.post("/api/embed/flags?site=ledger", json={"url": page}, headers={"Origin": publisher.url})
    assert_problem(flag, 422, "invalid_request")
    assert flag.headers["access-control-allow-origin"] == publisher.url
    assert publisher.hits == []


def test_a_reader_s_tracking_parameters_are_neither_fetched_nor_kept_nor_handed_on(
    service: httpx.Client, publisher: Site
) -> None:
    # The first reader came from a campaign link: nutgraf fetched the page with their utm_* and fbclid (a
    # visit from that campaign in the publisher's logs), kept it as the article's address and gave it,
    # with the reader's click id, to every later reader; flags kept it too.
    page = f"{publisher.url}/zelensky"
    publisher.pages["/zelensky?utm_source=news&fbclid=READER123"] = publisher.pages["/zelensky"]
    first = ask(service, f"{page}?utm_source=news&fbclid=READER123#top", publisher.url)
    assert first.status_code == 200, first.text
    assert [hit.path for hit in publisher.hits] == ["/zelensky"]
    assert first.json()["article"]["url"] == page
    later = ask(service, f"{page}?utm_medium=social&gclid=OTHER", publisher.url)
    assert later.json() == first.json() and len(publisher.hits) == 1
    flag = service.post(
        "/api/embed/flags?site=ledger",
        json={"url": f"{page}?fbclid=READER123", "reason": "unclear"},
        headers={"Origin": publisher.url},
    )
    assert flag.status_code == 201, flag.text
    assert service.get("/api/sites/ledger/flags").json()["items"][0]["url"] == page


@pytest.mark.parametrize("query", ["?/archives/12-zelensky.html", "?12", "?id=12;view=full"])
def test_a_page_whose_query_names_it_raw_is_fetched_as_the_site_wrote_it(
    service: httpx.Client, publisher: Site, query: str
) -> None:
    # A blog's "index.php?/archives/12-x.html" (read raw by the site) had been fetched decoded and encoded
    # again, "?%2Farchives%2F12-x.html=": another page, or none. Its tracking parameters still go.
    publisher.pages[f"/index.php{query}"] = publisher.pages["/zelensky"]
    answer = ask(service, f"{publisher.url}/index.php{query}&utm_source=news#top", publisher.url)
    assert answer.status_code == 200, answer.text
    assert [hit.path for hit in publisher.hits] == [f"/index.php{query}"]


def test_twenty_readers_at_once_cause_one_fetch_and_one_summary(
    sqlite_url: str, seed_article: str, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    faithful = "Zelensky asked for access to US military technology for joint arms production in Kyiv."
    llm.replies = [Reply(content=faithful, delay=0.3)]
    with Site({"/zelensky": Page(publisher_page(seed_article), delay=0.5)}) as publisher:
        page = f"{publisher.url}/zelensky"
        # Threads enough to summarize for every reader at once: only the single flight keeps it to one.
        with (
            reader(sqlite_url, summarizing_threads=8) as server,
            httpx.Client(base_url=server.url, timeout=60) as http,
        ):
            http.post("/api/sites", json={"url": publisher.url, "id": "ledger", "summarizer": "llm"})
            with ThreadPoolExecutor(20) as pool:
                answers = list(pool.map(lambda _: ask(http, page, publisher.url), range(20)))
        assert [a.status_code for a in answers] == [200] * 20
        assert len({a.content for a in answers}) == 1
        assert answers[0].json()["sentences"][0]["text"] == faithful
        assert len(publisher.hits_for("/zelensky")) == 1
        assert len(llm.requests) == 1


def test_canonical_and_amp_addresses_are_one_page_and_no_page_takes_another_s(
    sqlite_url: str, seed_article: str
) -> None:
    def page(head: str, marker: str) -> Page:
        return Page(publisher_page(seed_article, head=head).replace(b"Ukraine", marker.encode(), 1))

    with Site() as publisher:
        publisher.pages["/zelensky"] = page('<link rel="amphtml" href="/amp/zelensky">', "Ukraine")
        publisher.pages["/amp/zelensky"] = page('<link rel="canonical" href="/zelensky">', "Ukraine (AMP)")
        publisher.pages["/impostor"] = page('<link rel="canonical" href="/zelensky">', "Someone")
        publisher.pages["/other"] = page('<link rel="canonical" href="https://other.example/z">', "Another")
        with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            http.post("/api/sites", json={"url": publisher.url, "id": "ledger"})
            by_amp = ask(http, f"{publisher.url}/amp/zelensky", publisher.url)
            assert by_amp.status_code == 200, by_amp.text
            by_canonical = ask(http, f"{publisher.url}/zelensky", publisher.url)
            assert by_canonical.json() == by_amp.json()
            assert publisher.hits_for("/zelensky") == []  # known by the AMP page's canonical link
            # A page claiming a known address is that page: it cannot put its own text there.
            assert ask(http, f"{publisher.url}/impostor", publisher.url).json() == by_amp.json()
            assert ask(http, f"{publisher.url}/zelensky", publisher.url).json() == by_amp.json()
            # A canonical link to another host is not taken: the page is known by its own address only.
            other = ask(http, f"{publisher.url}/other", publisher.url).json()
            assert other["article"]["url"] == f"{publisher.url}/other"
            assert_problem(ask(http, "https://other.example/z", publisher.url), 403, "url_outside_site")
            assert len(http.get("/api/articles").json()["items"]) == 2
            assert publisher.hits_for("/zelensky") == []


def test_redirects_off_the_site_and_internal_hosts_are_refused(sqlite_url: str, seed_article: str) -> None:
    with Site() as publisher:
        elsewhere = publisher.url.replace("127.0.0.1", "localhost")
        publisher.pages["/zelensky"] = Page(publisher_page(seed_article))
        publisher.pages["/moved"] = Page(b"", status=302, headers={"Location": f"{elsewhere}/zelensky"})
        with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            http.post("/api/sites", json={"url": publisher.url, "id": "ledger"})
            moved = assert_problem(ask(http, f"{publisher.url}/moved", publisher.url), 422, "blocked_url")
            assert "redirects to" in moved["detail"] and publisher.url[7:] in moved["detail"]
            assert http.get("/api/articles").json()["items"] == []
            assert publisher.hits_for("/zelensky") == []
        with reader(sqlite_url, allow_loopback=False) as server, httpx.Client(base_url=server.url) as http:
            refused = http.post("/api/sites", json={"url": publisher.url, "id": "inside"})
            assert_problem(refused, 422, "blocked_url")
            assert http.get("/api/sites/inside").status_code == 404


def test_a_site_s_address_the_api_followed_off_the_site_is_not_the_site_s_page(
    sqlite_url: str, seed_article: str
) -> None:
    # POST /api/articles follows a redirect to another host, and the store remembers the address it
    # asked for as the article's: the widget, whose fetches stay on the site's hosts, does not take it.
    with Site() as publisher:
        elsewhere = publisher.url.replace("127.0.0.1", "localhost")
        publisher.pages["/zelensky"] = Page(publisher_page(seed_article))
        publisher.pages["/moved"] = Page(b"", status=302, headers={"Location": f"{elsewhere}/zelensky"})
        with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            http.post("/api/sites", json={"url": publisher.url, "id": "ledger"})
            stored = http.post("/api/articles", json={"url": f"{publisher.url}/moved"})
            assert stored.status_code == 201 and stored.json()["url"] == f"{elsewhere}/zelensky"
            again = http.post("/api/articles", json={"url": f"{publisher.url}/moved"})
            assert again.status_code == 200 and len(publisher.hits_for("/moved")) == 1
            assert_problem(ask(http, f"{publisher.url}/moved", publisher.url), 422, "blocked_url")
            assert len(publisher.hits_for("/moved")) == 2


def _story_page(title: str, topic: str) -> Page:
    paragraphs = "".join(
        f"<p>The {topic} was the talk of the harbour town on day {n}, and the council met again to "
        f"hear what the engineers said about the {topic} and what it would cost.</p>"
        for n in range(1, 9)
    )
    return Page(
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
        "</article></body></html>".encode()
    )


def _age_site_pages(database_url: str, age: timedelta) -> None:
    """Make every address the store knows a site's pages by as old as ``age``."""
    from sqlalchemy import update

    from nutgraf.store.schema import site_pages

    store = Store.open(database_url)
    try:
        with store.engine.begin() as connection:
            connection.execute(update(site_pages).values(created_at=datetime.now(UTC) - age))
    finally:
        store.close()


def test_an_address_that_redirected_to_another_story_is_asked_again_after_a_day(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # WordPress sends an unknown slug to the post it guesses: asked for before the story is out,
    # "/pier-collapse" led to an old story, and the widget gave that story's summary for ever after.
    import time

    real_monotonic, skipped = time.monotonic, [0.0]
    monkeypatch.setattr(time, "monotonic", lambda: real_monotonic() + skipped[0])
    with Site() as publisher:
        publisher.pages["/old-story"] = _story_page("Ferry timetable changes", "ferry timetable")
        publisher.pages["/pier-collapse"] = Page(b"", status=301, headers={"Location": "/old-story"})
        with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            http.post("/api/sites", json={"url": publisher.url, "id": "ledger"})
            page = f"{publisher.url}/pier-collapse"
            assert ask(http, page, publisher.url).json()["article"]["title"] == "Ferry timetable changes"
            publisher.pages["/pier-collapse"] = _story_page("Pier collapses in storm", "pier collapse")
            # Within the day the address is known by, the old story answers, from memory and from the store.
            skipped[0] += 301
            assert ask(http, page, publisher.url).json()["article"]["title"] == "Ferry timetable changes"
            assert len(publisher.hits_for("/pier-collapse")) == 1
            # A day on, the address is fetched again (once the answer in memory is five minutes old).
            _age_site_pages(sqlite_url, timedelta(days=1, minutes=1))
            assert ask(http, page, publisher.url).json()["article"]["title"] == "Ferry timetable changes"
            skipped[0] += 301
            fresh = ask(http, page, publisher.url).json()["article"]
            assert (fresh["title"], fresh["url"]) == ("Pier collapses in storm", page)
            assert len(publisher.hits_for("/pier-collapse")) == 2
            # The old story keeps its own address; the new one is known by its address from now on.
            old = ask(http, f"{publisher.url}/old-story", publisher.url).json()["article"]
            assert old["title"] == "Ferry timetable changes"
            skipped[0] += 301
            assert ask(http, page, publisher.url).json()["article"]["title"] == "Pier collapses in storm"
            assert (
                len(publisher.hits_for("/pier-collapse")) == 2 and len(publisher.hits_for("/old-story")) == 1
            )


def test_new_pages_are_limited_per_client_and_per_site(sqlite_url: str) -> None:
    with Site() as publisher:
        for client_rate, site_rate, who in ((1, 0, "from 127.0.0.1"), (0, 1, "of the site ledger")):
            with reader(sqlite_url, embed_client_rate=client_rate, embed_site_rate=site_rate) as server:
                http = httpx.Client(base_url=server.url, timeout=60)
                http.post("/api/sites", json={"url": publisher.url, "id": "ledger"})
                prefix = f"/c{client_rate}s{site_rate}-"
                statuses = [ask(http, f"{publisher.url}{prefix}{n}", None).status_code for n in range(12)]
                assert statuses[:10] == [502] * 10 and statuses[-1] == 429  # a burst of 10, then the limit
                limited = assert_problem(ask(http, f"{publisher.url}/late", None), 429, "rate_limited")
                assert who in limited["detail"]
                retry = ask(http, f"{publisher.url}/late", None).headers["retry-after"]
                assert int(retry) >= 1
                # Answers the service already has are not counted.
                assert ask(http, f"{publisher.url}{prefix}0", None).status_code == 502
                http.delete("/api/sites/ledger")
                http.close()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_crowd_on_one_new_page_is_counted_as_one_fetch(database_url: str, seed_article: str) -> None:
    # On PostgreSQL the site's bucket is taken with a database round trip; readers arriving meanwhile were
    # each counted, and a new story read by a crowd ran the site out of its burst of 10.
    with Site() as publisher:
        publisher.pages["/breaking"] = Page(publisher_page(seed_article), delay=0.5)
        with reader(database_url, embed_client_rate=0, embed_site_rate=1) as server:
            httpx.post(f"{server.url}/api/sites", json={"url": publisher.url, "id": "ledger"})

            def read(_: int) -> int:
                with httpx.Client(base_url=server.url, timeout=60) as http:
                    return ask(http, f"{publisher.url}/breaking", publisher.url).status_code

            with ThreadPoolExecutor(30) as pool:
                statuses = list(pool.map(read, range(30)))
            assert statuses == [200] * 30
            assert len(publisher.hits_for("/breaking")) == 1
            with httpx.Client(base_url=server.url, timeout=60) as http:
                others = [ask(http, f"{publisher.url}/other-{n}", None).status_code for n in range(10)]
            assert others[:9] == [502] * 9 and others[9] == 429  # one of the burst went to /breaking


def test_a_page_with_no_article_is_a_problem_remembered_for_a_while(
    service: httpx.Client, publisher: Site
) -> None:
    menu = "".join(f'<li><a href="/story/{n}">Story number {n}</a></li>' for n in range(40))
    publisher.pages["/menu"] = Page(f"<html><body><ul>{menu}</ul></body></html>".encode())
    for _ in range(3):
        assert_problem(ask(service, f"{publisher.url}/menu", publisher.url), 422, "no_article")
    assert len(publisher.hits_for("/menu")) == 1
    assert service.get("/api/articles").json()["items"] == []


def test_flags_are_kept_as_text_listed_and_never_store_a_page(
    service: httpx.Client, publisher: Site, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = f"{publisher.url}/zelensky"
    hostile = '<img src=x onerror="alert(1)"> It says the meeting was in Lviv.'
    # An override reversed the words after it wherever the note was shown, the install page's text too.
    flag = {"url": page, "reason": "wrong", "note": hostile.replace("Lviv", "\u202eviVL")}
    unknown = service.post(
        "/api/embed/flags", params={"site": "ledger"}, json=flag, headers={"Origin": publisher.url}
    )
    assert unknown.status_code == 404 and unknown.headers["access-control-allow-origin"] == publisher.url
    assert publisher.hits == [] and service.get("/api/articles").json()["items"] == []
    ask(service, page, publisher.url)
    bad = service.post("/api/embed/flags", params={"site": "ledger"}, json={**flag, "reason": "boring"})
    assert_problem(bad, 422, "invalid_request")
    long = service.post("/api/embed/flags", params={"site": "ledger"}, json={**flag, "note": "x" * 501})
    assert_problem(long, 422, "invalid_request")
    sent = service.post(
        "/api/embed/flags", params={"site": "ledger"}, json=flag, headers={"Origin": publisher.url}
    )
    assert sent.status_code == 201, sent.text
    flags = service.get("/api/sites/ledger/flags").json()["items"]
    assert [(f["reason"], f["note"], f["url"], f["summarizer"]) for f in flags] == [
        ("wrong", hostile.replace("Lviv", "viVL"), page, "default")
    ]
    assert service.get("/api/sites/ledger").json()["flags"] == 1
    install = service.get("/sites/ledger").text
    assert "&lt;img src=x onerror=" in install and "<img src=x" not in install
    assert "&lt;nutgraf-summary site=&#34;ledger&#34;&gt;" in install  # the snippet, as text to copy
    assert f'<nutgraf-summary site="ledger" url="{page}">' in install  # the live preview
    assert main(["sites", "flags", "ledger", "--database", sqlite_url]) == 0
    assert "wrong" in capsys.readouterr().out


def test_the_install_page_says_when_its_snippet_comes_from_the_request_s_host(sqlite_url: str) -> None:
    # Neither NUTGRAF_PUBLIC_URL nor allowed hosts: the snippet is made from the Host header, which any
    # client names; a cache keeping that page would hand a publisher a script from elsewhere.
    spoofed = {"Host": "evil.example"}
    for settings, guessed in (({}, True), ({"public_url": "https://nutgraf.news.example"}, False)):
        with reader(sqlite_url, **settings) as server, httpx.Client(base_url=server.url) as http:
            http.post("/api/sites", json={"url": "https://news.example", "id": "ledger"})
            install = http.get("/sites/ledger", headers=spoofed)
            assert install.status_code == 200 and install.headers["cache-control"] == "no-store"
            assert ("does not know the address your readers reach it at" in install.text) is guessed
            expected = "http://evil.example" if guessed else "https://nutgraf.news.example"
            assert f"&lt;script src=&#34;{expected}/embed.js&#34;" in install.text
    with (
        reader(sqlite_url, allowed_hosts=("127.0.0.1",)) as server,
        httpx.Client(base_url=server.url) as http,
    ):
        assert http.get("/sites/ledger", headers=spoofed).status_code == 400  # refused before any page
        install = http.get("/sites/ledger")
        assert "does not know the address" not in install.text and server.url in install.text


@pytest.mark.parametrize("address", ["http://127.0.0.1:9201", "http://[::1]:9201", "https://93.184.216.34"])
def test_sites_add_refuses_www_for_an_ip_address(
    address: str, sqlite_url: str, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # It registered www.127.0.0.1:9201, a host no page is on, beside the address.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    assert main(["sites", "add", address, "--www", "--database", sqlite_url]) == 1
    error = capsys.readouterr().err
    assert "is an IP address, which has none: leave --www out" in error, error
    assert main(["sites", "list", "--database", sqlite_url]) == 0
    assert "www." not in capsys.readouterr().out


@pytest.mark.parametrize("command", [["sites", "add", "https://news.example"], ["worker"]])
def test_a_bad_public_url_in_the_environment_is_named_when_refused(
    command: list[str], sqlite_url: str, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was refused as "not an http(s) URL: 'ftp://nutgraf.example'", which named no setting: `nutgraf
    # worker`, which has no --public-url, gave its reader nothing to look for.
    monkeypatch.setenv("NUTGRAF_PUBLIC_URL", "ftp://nutgraf.example")
    assert main([*command, "--database", sqlite_url]) == 1
    assert "nutgraf: error: NUTGRAF_PUBLIC_URL: not an http(s) URL: 'ftp://nutgraf.example'" in (
        capsys.readouterr().err
    )


def test_the_install_page_s_iframe_snippet_is_the_one_embed_md_shows(sqlite_url: str) -> None:
    # The install page's left out `&lang=`, which embed.md's has: framed without it, a German page's
    # summary had its labels in English.
    documented = re.search(r"<iframe src=.*?</iframe>", (ROOT / "docs" / "embed.md").read_text(), re.S)
    assert documented is not None
    base = "https://nutgraf.news.example"
    with reader(sqlite_url, public_url=base) as server, httpx.Client(base_url=server.url) as http:
        http.post("/api/sites", json={"url": "https://news.example", "id": "news-example"})
        install = http.get("/sites/news-example").text
    shown = re.search(r"&lt;iframe src=.*?&lt;/iframe&gt;", install, re.S)
    assert shown is not None
    assert " ".join(html.unescape(shown.group()).split()) == " ".join(documented.group().split())


def test_the_sites_api_needs_the_token_and_checks_what_it_keeps(sqlite_url: str) -> None:
    with reader(sqlite_url, api_token="s3cret") as server, httpx.Client(base_url=server.url) as http:
        body = {
            "url": "https://news.example",
            "www": True,
            "feeds": ["https://news.example/rss"],
            "check": False,
        }
        assert http.post("/api/sites", json=body).status_code == 401
        token = {"Authorization": "Bearer s3cret"}
        created = http.post("/api/sites", json=body, headers=token)
        assert created.status_code == 201, created.text
        site = created.json()
        assert site["id"] == "news-example" and site["hosts"] == ["news.example", "www.news.example"]
        assert site["origins"] == ["https://news.example", "https://www.news.example"]
        assert [(s["kind"], s["url"]) for s in site["sources"]] == [("feed", "https://news.example/rss")]
        assert http.post("/api/sites", json=body, headers=token).status_code == 422  # the id is taken
        for wrong in (
            {"url": "https://x.example", "id": "Not A Slug"},
            {"url": "https://x.example", "origins": ["https://x.example/path"]},
            # Each origin stands in the frame's Content-Security-Policy: no wildcard, no second source.
            {"url": "https://x.example", "origins": ["https://x.example *"]},
            {"url": "https://x.example", "origins": ["https://*.example"]},
            {"url": "https://x.example", "origins": ["https://x.example;script-src"]},
            {"url": "ftp://x.example"},
            {"url": "https://x.example", "summarizer": "nonesuch"},
        ):
            assert http.post("/api/sites", json=wrong, headers=token).status_code == 422, wrong
        assert [s["id"] for s in http.get("/api/sites").json()["items"]] == ["news-example"]
        assert http.patch("/api/sites/news-example", json={"enabled": False}).status_code == 401
        assert http.delete("/api/sites/news-example").status_code == 401
        assert http.delete("/api/sites/news-example", headers=token).status_code == 204
        assert http.get("/api/sites/news-example").status_code == 404
        assert http.get("/api/feeds").json()["items"] == []  # its feed went with it


def test_nutgraf_sites_says_when_there_is_nothing_to_list(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both printed nothing at all, which reads as a command that did nothing.
    database = ["--database", sqlite_url]
    Store.open(sqlite_url).close()
    assert main(["sites", "list", *database]) == 0
    assert capsys.readouterr() == ("", "nutgraf: note: no sites yet; add one with: nutgraf sites add URL\n")
    assert main(["sites", "add", "https://news.example", "--id", "news", *database]) == 0
    capsys.readouterr()
    assert main(["sites", "flags", "news", *database]) == 0
    assert capsys.readouterr() == ("", "nutgraf: note: no problems flagged on site news's pages yet\n")
    assert main(["sites", "flags", "news", "--json", *database]) == 0
    assert capsys.readouterr() == ("[]\n", "")


def test_nutgraf_sites_adds_lists_switches_and_removes(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", sqlite_url]
    added = main(["sites", "add", "https://news.example", "--id", "news", "--origin", "https://www.news.example",
                  "--sitemap", "https://news.example/news-sitemap.xml", "--public-url", "https://nutgraf.example",
                  "--no-check", *database])  # fmt: skip
    out = capsys.readouterr().out
    assert added == 0
    assert '<script src="https://nutgraf.example/embed.js" async></script>' in out
    assert '<nutgraf-summary site="news"></nutgraf-summary>' in out
    assert main(["sites", "list", *database]) == 0
    listed = capsys.readouterr().out
    assert (
        "news\ton\tnews.example\thttps://www.news.example" in listed
        and "sitemap https://news.example" in listed
    )
    assert main(["sites", "disable", "news", *database]) == 0
    assert main(["sites", "list", "--json", *database]) == 0
    assert '"enabled": false' in capsys.readouterr().out
    assert main(["sites", "add", "https://news.example", "--id", "news", *database]) == 1
    assert "exists" in capsys.readouterr().err
    assert main(["sites", "remove", "news", *database]) == 0
    assert main(["sites", "remove", "news", *database]) == 1
    assert main(["sites", "flags", "news", *database]) == 1


def test_nutgraf_sites_refuses_a_host_or_an_origin_of_another_site(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `sites add https://news.example --id news2` registered a second site on the first one's pages.
    database = ["--database", sqlite_url]
    assert main(["sites", "add", "https://news.example", "--id", "news", "--www", *database]) == 0
    capsys.readouterr()
    assert main(["sites", "add", "https://www.news.example", "--id", "news2", *database]) == 1
    err = capsys.readouterr().err
    assert "the site 'news' has the host www.news.example already" in err and "Traceback" not in err
    assert main(["sites", "add", "https://other.example", "--origin", "https://news.example", *database]) == 1
    assert "the site 'news' lists the origin https://news.example already" in capsys.readouterr().err
    assert main(["sites", "add", "https://other.example", *database]) == 0
    assert main(["sites", "update", "other-example", "--origin", "https://www.news.example", *database]) == 1
    assert "the site 'news' lists the origin https://www.news.example" in capsys.readouterr().err
    assert main(["sites", "list", *database]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["news", "other-example"]


def test_nutgraf_sites_update_changes_origins_and_defaults_and_keeps_the_flags(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # There was no command for it: a publisher adding an origin had to remove the site, and its flags with
    # it, and add it again, or start a server with a token and PATCH /api/sites/{id}.
    database = ["--database", sqlite_url]
    assert main(["sites", "add", "https://news.example", "--id", "news", *database]) == 0
    store = Store.open(sqlite_url)
    try:
        article, _ = store.add_article(nutgraf.extract("Council votes. " * 20, url="https://news.example/a"))
        store.add_flag("news", url="https://news.example/a", article_id=article.id, reason="unclear",
                       note=None, summarizer="default")  # fmt: skip
    finally:
        store.close()
    capsys.readouterr()
    assert main(["sites", "update", "news", "--origin", "https://news.example", "--origin",
                 "https://amp.news.example/", "--summarizer", "lead", "--sentences", "2", *database]) == 0  # fmt: skip
    assert capsys.readouterr().out == (
        "site news: embedded by https://news.example, https://amp.news.example; 2 sentences, summarizer lead\n"
    )
    assert main(["sites", "list", "--json", *database]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["origins"] == ["https://news.example", "https://amp.news.example"]
    assert (listed["summarizer"], listed["sentences"]) == ("lead", 2)
    assert main(["sites", "flags", "news", "--json", *database]) == 0
    assert [flag["reason"] for flag in json.loads(capsys.readouterr().out)] == ["unclear"]

    for arguments, message in [
        ([], "nothing to change: give --origin, --add-origin, --remove-origin, --summarizer, --sentences,"),
    ]:
        assert main(["sites", "update", "news", *arguments, *database]) == 1
        assert message in capsys.readouterr().err
    # A bad option value: the usage error's status, 2, as in every command.
    for arguments, message in [
        (["--sentences", "60"], "a site's summaries have 1 to 50 sentences, not 60"),
        (["--summarizer", "nope"], "no summarizer named 'nope'"),
        (["--origin", "amp.news.example"], "not an origin: 'amp.news.example'"),
    ]:
        with pytest.raises(SystemExit) as usage:
            main(["sites", "update", "news", *arguments, *database])
        assert usage.value.code == 2 and message in capsys.readouterr().err
    assert main(["sites", "update", "gone", "--sentences", "2", *database]) == 1
    assert "no site with id 'gone'; `nutgraf sites list` shows them" in capsys.readouterr().err


def test_nutgraf_sites_update_adds_and_removes_feeds_and_sitemaps_and_keeps_their_articles(
    database_url: str, seed_article: str, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # There was no way to: a publisher who moved its feed, or wanted its sitemap polled too, had to remove
    # the site, and its flags with it, and add it again.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    database = ["--database", database_url]
    with Site() as publisher:
        base = publisher.url
        publisher.pages["/a"] = story_page(seed_article, "Story a:")
        publisher.pages["/rss"] = Page(rss(base, [f"{base}/a"]), "application/rss+xml")
        assert main(["sites", "add", base, "--id", "ledger", "--feed", f"{base}/rss", *database]) == 0
        store = Store.open(database_url)
        try:
            (polled,) = [
                r for r in poll_due(store, fetch_settings=LOOPBACK, summarize=False) if r.url == f"{base}/rss"
            ]
            (article_id,) = polled.new_articles
        finally:
            store.close()
        assert main(["sites", "add", "https://other.example", "--id", "other", "--feed",
                     "https://other.example/rss", "--no-check", *database]) == 0  # fmt: skip
        capsys.readouterr()
        update = ["sites", "update", "ledger"]
        assert main([*update, "--remove-feed", f"{base}/rss", "--add-feed", f"{base}/new.rss",
                     "--add-sitemap", f"{base}/news.xml", "--add-sitemap", f"{base}/more.xml", "--no-check", *database]) == 0  # fmt: skip
        said = capsys.readouterr().out
        assert f"  warms from feed {base}/new.rss, sitemap {base}/news.xml, sitemap {base}/more.xml\n" in said
        assert main([*update, "--remove-sitemap", f"{base}/more.xml", *database]) == 0
        capsys.readouterr()
        assert main(["sites", "list", "--json", *database]) == 0
        listed = {site["id"]: site for site in json.loads(capsys.readouterr().out)}
        sources = [(source["kind"], source["url"]) for source in listed["ledger"]["sources"]]
        assert sources == [("feed", f"{base}/new.rss"), ("sitemap", f"{base}/news.xml")]
        assert main(["feeds", "list", *database]) == 0
        assert f"{base}/rss\t" not in capsys.readouterr().out  # unsubscribed, not left polled
        store = Store.open(database_url)
        try:
            assert store.get_article(article_id) is not None  # the removed feed's article stays
        finally:
            store.close()

        for arguments, message in [
            (["--remove-feed", f"{base}/rss"], f"{base}/rss is not a feed of the site 'ledger'; its feeds: {base}/new.rss"),
            (["--remove-feed", f"{base}/news.xml"], "it is a sitemap of it, not a feed"),
            (["--add-feed", "https://other.example/rss", "--no-check"], "https://other.example/rss already warms the site 'other'"),
            (["--add-sitemap", "ftp://news.example/x.xml"], "not an http(s) URL"),
        ]:  # fmt: skip
            assert main([*update, *arguments, *database]) == 1
            assert message in capsys.readouterr().err
        assert main(["sites", "update", "gone", "--add-feed", f"{base}/rss", *database]) == 1
        assert "no site with id 'gone'" in capsys.readouterr().err
        assert main(["sites", "list", "--json", *database]) == 0
        after = {site["id"]: site for site in json.loads(capsys.readouterr().out)}
        assert after["ledger"]["sources"] == listed["ledger"]["sources"]  # a refused change changed nothing


def test_patch_api_sites_adds_and_removes_feeds_and_sitemaps(database_url: str, monkeypatch) -> None:
    with (
        reader(database_url, allow_loopback=True) as server,
        httpx.Client(base_url=server.url, timeout=30) as http,
    ):
        base = "https://ledger.example"
        created = http.post(
            "/api/sites", json={"url": base, "id": "ledger", "feeds": [f"{base}/rss"], "check": False}
        )
        assert created.status_code == 201, created.text
        changed = http.patch("/api/sites/ledger", json={"remove_feeds": [f"{base}/rss"], "add_feeds": [f"{base}/new.rss"],
                                                        "add_sitemaps": [f"{base}/news.xml"], "sentences": 2, "check": False})  # fmt: skip
        assert changed.status_code == 200, changed.text
        assert [(s["kind"], s["url"]) for s in changed.json()["sources"]] == [
            ("feed", f"{base}/new.rss"),
            ("sitemap", f"{base}/news.xml"),
        ]
        assert changed.json()["sentences"] == 2
        refused = http.patch("/api/sites/ledger", json={"remove_sitemaps": [f"{base}/new.rss"]})
        assert refused.status_code == 422, refused.text
        assert "it is a feed of it, not a sitemap" in refused.json()["detail"]
        blocked = http.patch("/api/sites/ledger", json={"add_feeds": ["http://10.0.0.1/rss"]})
        assert blocked.status_code == 422, blocked.text
        assert http.patch("/api/sites/gone", json={"add_feeds": [f"{base}/x"]}).status_code == 404
        assert [s["url"] for s in http.get("/api/sites/ledger").json()["sources"]] == [
            f"{base}/new.rss",
            f"{base}/news.xml",
        ]


@pytest.mark.parametrize("public_url", ["nutgraf.example", "ftp://nutgraf.example"])
def test_nutgraf_sites_add_refuses_a_public_url_the_snippet_could_not_load_from(
    sqlite_url: str, public_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # It had been taken as given: <script src="nutgraf.example/embed.js">, relative to the publisher's page.
    with pytest.raises(SystemExit) as usage:
        main(["sites", "add", "https://news.example", "--public-url", public_url, "--database", sqlite_url])
    assert usage.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"argument --public-url: not an http(s) URL: '{public_url}'" in captured.err
    assert main(["sites", "list", "--database", sqlite_url]) == 0
    assert capsys.readouterr().err.startswith("nutgraf: note: no sites: there is no database at ")


@pytest.mark.parametrize(
    ("public_url", "origins", "blocked"),
    [
        ("http://nutgraf.news.example", [], True),
        ("https://nutgraf.news.example", [], False),
        ("http://127.0.0.1:8000", [], False),  # loopback: a browser on this machine loads it
        ("http://nutgraf.news.example", ["--origin", "http://news.example"], False),
    ],
)
def test_nutgraf_sites_add_says_when_https_pages_could_not_load_the_snippet(
    sqlite_url: str, public_url: str, origins: list[str], blocked: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    # An https site given an http nutgraf printed a snippet every browser blocks on its pages (mixed
    # content) without a word: the publisher found out from a console on a live page.
    arguments = ["sites", "add", "https://news.example", "--public-url", public_url, "--database", sqlite_url]
    assert main(arguments + origins) == 0
    captured = capsys.readouterr()
    assert f'<script src="{public_url}/embed.js" async></script>' in captured.out
    note = (
        f"nutgraf: note: browsers refuse {public_url}/embed.js on https pages (mixed content), and the "
        "site's pages are all https; give --public-url https://... (the address of nutgraf behind TLS)\n"
    )
    assert captured.err == (note if blocked else "")


def rss(base: str, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{link}</link><guid>{link}</guid></item>"
        for n, link in enumerate(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><link>{base}/</link>{items}</channel></rss>'.encode()


def news_sitemap(links: list[str]) -> bytes:
    urls = "".join(
        f"<url><loc>{link}</loc><news:news><news:publication><news:name>Ledger</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>2026-12-0{n + 1}T08:00:00Z"
        f"</news:publication_date><news:title>Sitemap story {n}</news:title></news:news></url>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    ).encode()


def story_page(seed: str, marker: str) -> Page:
    return Page(publisher_page(seed).replace(b"Ukraine", marker.encode(), 1))


def test_feeds_and_sitemaps_warm_the_site_before_the_first_click(sqlite_url: str, seed_article: str) -> None:
    with Site() as publisher:
        base = publisher.url
        for path in ("/a", "/b", "/c", "/d"):
            publisher.pages[path] = story_page(seed_article, f"Story {path}:")
        publisher.pages["/rss"] = Page(
            rss(base, [f"{base}/a", f"{base}/b", "https://elsewhere.example/x"]),
            "application/rss+xml",
            etag='"r1"',
        )
        publisher.pages["/news.xml"] = Page(
            news_sitemap([f"{base}/c", f"{base}/d", f"{base}/a"]), "application/xml", etag='"s1"'
        )
        store = Store.open(sqlite_url)
        try:
            register_site(store, base, site_id="ledger", feeds=[f"{base}/rss"], sitemaps=[f"{base}/news.xml"],
                          sentences=2, fetch_settings=LOOPBACK)  # fmt: skip
            results = {r.url: r for r in poll_due(store, fetch_settings=LOOPBACK)}
            feed, sitemap = results[f"{base}/rss"], results[f"{base}/news.xml"]
            assert feed.status == sitemap.status == "fetched"
            assert (feed.skipped, sitemap.skipped, feed.failed_items, sitemap.failed_items) == (1, 0, {}, {})
            new = [store.get_article(i) for i in [*feed.new_articles, *sitemap.new_articles]]
            assert sorted(a.url for a in new) == [f"{base}/{p}" for p in "abcd"]  # /a once, by either
            sources = {s.kind: s for s in store.site_sources("ledger")}
            assert sources["feed"].skipped == 1 and sources["sitemap"].skipped == 0
            for article_id in [*feed.new_articles, *sitemap.new_articles]:
                made = store.get_summary(article_id, summarizer="default", sentences=2, words=None)
                assert made is not None and len(made["sentences"]) == 2
            assert all(len(publisher.hits_for(p)) == 1 for p in ("/a", "/b", "/c", "/d"))
            for source in sources.values():
                store.update_feed(source.feed.id, next_poll_at=datetime.now(UTC) - timedelta(seconds=1))
            again = poll_due(store, fetch_settings=LOOPBACK)
            assert [r.status for r in again] == ["not_modified", "not_modified"]
            assert publisher.hits_for("/rss")[-1].headers["if-none-match"] == '"r1"'
        finally:
            store.close()
        with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            warmed = ask(http, f"{base}/c", None, sentences=2)
            assert warmed.status_code == 200 and warmed.json()["article"]["url"] == f"{base}/c"
            assert len(publisher.hits_for("/c")) == 1  # summarized before the first click
            assert "pages skipped (outside the site’s hosts): 1" in http.get("/sites/ledger").text


def test_the_widget_script_and_the_frame(service: httpx.Client, publisher: Site) -> None:
    script = service.get("/embed.js", headers={"Accept-Encoding": "gzip"})
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert (
        script.headers["content-encoding"] == "gzip"
        and script.headers["cross-origin-resource-policy"] == "cross-origin"
    )
    assert len(gzip.compress(script.content, 9)) <= 8192 and int(script.headers["content-length"]) <= 8192
    assert "customElements.define" in script.text
    assert service.get("/embed.js", headers={"If-None-Match": script.headers["etag"]}).status_code == 304
    # The script carries English's labels alone; a page in another language asks for its bar's, which any
    # page may read and browsers keep as the script.
    assert "Get a summary" in script.text and "Zusammenfassung" not in script.text
    labels = service.get("/embed/labels/de", headers={"Origin": "https://news.example"})
    assert labels.status_code == 200 and labels.json()["get"] == "Zusammenfassung anzeigen"
    assert labels.headers["access-control-allow-origin"] == "*"
    assert labels.headers["cache-control"] == script.headers["cache-control"]
    assert (
        service.get("/embed/labels/de", headers={"If-None-Match": labels.headers["etag"]}).status_code == 304
    )
    assert service.get("/embed/labels/frr").status_code == 404

    page = f"{publisher.url}/zelensky"
    frame = service.get("/embed/frame", params={"site": "ledger", "url": page, "lang": "de"})
    assert frame.status_code == 200
    policy = frame.headers["content-security-policy"]
    assert (
        re.search(rf"frame-ancestors {re.escape(publisher.url)}$", policy)
        and "x-frame-options" not in frame.headers
    )
    assert '<html lang="de">' in frame.text and f'data-parent-origins="{publisher.url}"' in frame.text
    elsewhere = service.get("/embed/frame", params={"site": "ledger", "url": "https://elsewhere.example/x"})
    assert elsewhere.status_code == 403 and elsewhere.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in elsewhere.headers["content-security-policy"]
    assert service.get("/embed/frame", params={"site": "nobody", "url": page}).status_code == 404
    # A frame's address without its site: it has no element, and had been told to fill the element's
    # attribute.
    bare = service.get("/embed/frame", params={"site": "", "url": page})
    assert bare.status_code == 404
    assert "No site given: the element's site attribute (the frame's site=) is" in html.unescape(bare.text)
    print(bare.text)


def test_the_widget_knows_the_languages_written_right_to_left_as_nutgraf_does() -> None:
    (listed,) = re.findall(r'const RTL = "([a-z ]+)"', WIDGET.body.decode())
    assert set(listed.split()) == RIGHT_TO_LEFT


def test_a_paywalled_page_the_publisher_posted_is_answered_without_a_fetch(
    sqlite_url: str, publisher: Site, seed_article: str
) -> None:
    page = f"{publisher.url}/members-only/zelensky"  # the publisher answers 404 to nutgraf there
    html = publisher_page(seed_article).decode()
    token = {"Authorization": "Bearer s3cret"}
    with reader(sqlite_url, api_token="s3cret") as server, httpx.Client(base_url=server.url) as http:
        site = {"url": publisher.url, "id": "ledger"}
        assert http.post("/api/sites", json=site, headers=token).status_code == 201
        posted = http.post("/api/articles", json={"html": html, "url": page}, headers=token)
        assert posted.status_code == 201, posted.text
        answer = ask(http, f"{page}?utm_campaign=x", publisher.url)
        assert answer.status_code == 200 and answer.json()["article_id"] == posted.json()["id"]
    assert publisher.hits == []


def test_a_page_pasted_without_the_token_does_not_answer_for_its_address(
    service: httpx.Client, publisher: Site, seed_article: str
) -> None:
    # Writes are open (no token): anyone could paste a page claiming the publisher's address.
    page = f"{publisher.url}/members-only/zelensky"
    posted = service.post("/api/articles", json={"html": publisher_page(seed_article).decode(), "url": page})
    assert posted.status_code == 201, posted.text
    answer = ask(service, page, publisher.url)
    assert answer.status_code == 502 and answer.json()["kind"] == "fetch_failed"  # the real page: a 404
    assert [hit.path for hit in publisher.hits] == ["/members-only/zelensky"]


def test_sitemaps_are_read_safely_and_indexes_followed(publisher: Site) -> None:
    from nutgraf.errors import InvalidInputError
    from nutgraf.sitemaps import is_sitemap, parse_sitemap, sitemap_pages

    base = publisher.url
    children = "".join(
        f"<sitemap><loc>{base}/part-{n}.xml</loc><lastmod>2026-11-2{n}</lastmod></sitemap>" for n in range(5)
    )
    index = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
    for n in range(5):
        publisher.pages[f"/part-{n}.xml"] = Page(news_sitemap([f"{base}/story-{n}"]), "application/xml")
    pages = sitemap_pages(index.encode(), fetch_settings=LOOPBACK)
    assert [p.url for p in pages] == [f"{base}/story-{n}" for n in (4, 3, 2)]
    assert {hit.path for hit in publisher.hits} == {
        "/part-4.xml",
        "/part-3.xml",
        "/part-2.xml",
    }  # the newest 3
    assert pages[0].title == "Sitemap story 0"

    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<urlset><url><loc>https://news.example/&c;</loc></url><url><loc>javascript:alert(1)</loc></url></urlset>"
    )
    assert is_sitemap(laughs)
    assert [p.url for p in parse_sitemap(laughs).pages] == ["https://news.example/"]  # never expanded
    assert not is_sitemap(rss("https://news.example", ["https://news.example/a"]))
    with pytest.raises(InvalidInputError):
        parse_sitemap(b"<urlset><url><loc>https://news.example/a</loc></url>")
    # A date that leaves the calendar in UTC failed the whole sitemap with an OverflowError.
    edge_dates = b"".join(
        b"<url><loc>https://news.example/%d</loc><lastmod>%s</lastmod></url>" % (n, date)
        for n, date in enumerate([b"0001-01-01T00:00:00+14:00", b"9999-12-31T23:59:59-12:00", b"0000-00-00"])
    )
    assert [p.published for p in parse_sitemap(b"<urlset>%s</urlset>" % edge_dates).pages] == [None] * 3


def test_a_sitemap_of_millions_of_empty_elements_is_read_in_the_time_its_parse_takes() -> None:
    # Each element had a look in Python (1.5 s of CPU over 8 MB of them, 5 s on a busy machine, at each
    # poll); lxml picks the entries and their fields in C now, 0.3 s in all.
    from nutgraf.sitemaps import parse_sitemap

    noise = b"<x/>" * 1_000_000
    sitemap = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s<url><loc>https://news.example/1</loc>%s'
        b"<lastmod>2026-12-01</lastmod></url></urlset>" % (noise, noise)
    )
    started = time.process_time()
    pages = parse_sitemap(sitemap).pages
    assert time.process_time() - started < 1.0
    assert [(p.url, p.published.date().isoformat()) for p in pages] == [
        ("https://news.example/1", "2026-12-01")
    ]


def test_gzip_sitemaps_are_read_and_an_unreadable_index_says_why(
    publisher: Site, seed_article: str, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = publisher.url
    publisher.pages["/story-0"] = story_page(seed_article, "Gzipped")
    # sitemaps.org allows gzip sitemaps; they were refused as "application/x-gzip, not one of ...". One
    # sent with Content-Encoding: gzip too comes out of the fetch unpacked already.
    publisher.pages["/news.xml.gz"] = Page(
        gzip.compress(news_sitemap([f"{base}/story-0"])), "application/x-gzip"
    )
    publisher.pages["/twice.xml.gz"] = Page(
        gzip.compress(news_sitemap([f"{base}/story-0"])),
        "application/gzip",
        headers={"Content-Encoding": "gzip"},
    )
    publisher.pages["/bomb.xml.gz"] = Page(gzip.compress(b"<urlset>" + b" " * 30_000_000), "application/gzip")
    index = '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</sitemapindex>'
    publisher.pages["/index.xml"] = Page(
        index.format(
            f"<sitemap><loc>{base}/gone.xml</loc></sitemap><sitemap><loc>{base}/bomb.xml.gz</loc></sitemap>"
        ).encode(),
        "application/xml",
    )
    # An index listing an index (itself, here) was read as listing no pages, and said nothing.
    publisher.pages["/loop.xml"] = Page(
        index.format(f"<sitemap><loc>{base}/loop.xml</loc></sitemap>").encode(), "text/xml"
    )
    sitemaps = [f"{base}/{name}" for name in ("news.xml.gz", "twice.xml.gz", "index.xml", "loop.xml")]
    store = Store.open(sqlite_url)
    try:
        register_site(store, base, site_id="ledger", sitemaps=sitemaps, fetch_settings=LOOPBACK)
        results = {r.url: r for r in poll_due(store, fetch_settings=LOOPBACK, summarize=False)}
    finally:
        store.close()
    assert len(results[f"{base}/news.xml.gz"].new_articles) == 1
    assert results[f"{base}/twice.xml.gz"].status == "fetched"
    assert results[f"{base}/twice.xml.gz"].failed_items == {}
    assert results[f"{base}/index.xml"].error == (
        f"none of the sitemaps this index lists could be read (the first, {base}/gone.xml: {base}/gone.xml"
        " answered HTTP 404 Not Found; check the URL)"
    )
    assert results[f"{base}/loop.xml"].error.endswith(
        "it is a sitemap index too, and sitemaps.org allows one level: add it as a sitemap of the site itself)"
    )
    assert len(publisher.hits_for("/loop.xml")) == 2  # itself once as a child, and no further
    # A gzip file is unpacked under the cap on any body.
    with pytest.raises(PageTooLargeError, match="larger than 10,000,000 bytes"):
        fetch(f"{base}/bomb.xml.gz", settings=dataclasses.replace(LOOPBACK, accept=SITEMAP_TYPES))
    # `sites list` says why a source fails, where it said only "failed".
    assert main(["sites", "list", "--database", sqlite_url]) == 0
    listed = capsys.readouterr().out
    assert f"sitemap {base}/index.xml: failed (1 failure): none of the sitemaps this index lists" in listed


def test_the_summary_by_address_takes_length_form_and_keyphrases_each_its_own_answer(
    service: httpx.Client, publisher: Site
) -> None:
    page = f"{publisher.url}/zelensky"
    plain = ask(service, page, publisher.url).json()
    assert len(plain["sentences"]) == 3 and plain["form"] == "paragraph" and "keyphrases" not in plain
    tldr = ask(service, page, publisher.url, form="tldr")
    assert tldr.json()["form"] == "tldr" and len(tldr.json()["sentences"]) == 1
    points = ask(service, page, publisher.url, form="key_points", keyphrases=5).json()
    assert points["form"] == "key_points" and len(points["sentences"]) == 3  # the site's sentences
    text = service.get(f"/api/articles/{points['article']['id']}").json()["text"]
    assert len(points["keyphrases"]) == 5
    for keyphrase in points["keyphrases"]:
        assert keyphrase["text"] in {text[start:end] for start, end in keyphrase["spans"]}
    short, long = (ask(service, page, publisher.url, length=n).json() for n in ("short", "long"))
    assert len(short["sentences"]) < len(long["sentences"])
    # Each set of options is its own cached answer, with its own ETag; the page was fetched once.
    again = ask(service, page, publisher.url, form="tldr")
    assert again.content == tldr.content and again.headers["etag"] == tldr.headers["etag"]
    assert ask(service, page, publisher.url).json() == plain
    assert len(publisher.hits_for("/zelensky")) == 1
    # The site's own sentences apply where the widget gives no length; a length it gives wins.
    assert service.patch("/api/sites/ledger", json={"sentences": 2}).status_code == 200
    assert len(ask(service, page, publisher.url, form="key_points").json()["sentences"]) == 2
    assert len(ask(service, page, publisher.url, sentences=4).json()["sentences"]) == 4

    for params, says in (
        ({"length": "short", "sentences": 2}, "give length or sentences, not both"),
        ({"keyphrases": 0}, "keyphrases must be a whole number from 1 to 50"),
        ({"form": "bullets"}, "form must be one of paragraph, key_points, tldr, not 'bullets'"),
    ):
        problem = assert_problem(ask(service, page, publisher.url, **params), 422, "invalid_request")
        assert says in problem["detail"]


def test_the_frame_hands_the_summary_options_to_its_widget(service: httpx.Client, publisher: Site) -> None:
    page = f"{publisher.url}/zelensky"
    params = {
        "site": "ledger",
        "url": page,
        "form": "tldr",
        "keyphrases": 4,
        "avoid": ["quotes", "questions"],
    }
    frame = service.get("/embed/frame", params=params)
    assert frame.status_code == 200
    element = re.search(r"<nutgraf-summary [^>]*>", frame.text).group()
    assert 'form="tldr" avoid="questions quotes" keyphrases="4"' in element and "sentences=" not in element
    sized = service.get("/embed/frame", params={"site": "ledger", "url": page, "length": "long"}).text
    assert 'length="long"' in sized and "sentences=" not in sized
    refused = service.get(
        "/embed/frame", params={"site": "ledger", "url": page, "length": "short", "sentences": 2}
    )
    assert refused.status_code == 422 and "<nutgraf-summary" not in refused.text


def test_the_embed_bench_says_when_chromium_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    # It started the service, then ended on playwright's traceback.
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "bench"))
    import embed_bench

    monkeypatch.setattr(embed_bench, "CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(SystemExit, match=r"^this bench needs Chromium at /nonexistent/chromium: apt-get"):
        embed_bench.main(["--clicks", "1"])


def test_a_page_whose_canonical_link_is_malformed_is_summarized_under_its_own_address(
    sqlite_url: str, seed_article: str
) -> None:
    # An unclosed IPv6 bracket in a publisher's <link rel="canonical"> had answered the widget with a 500.
    with Site() as publisher:
        publisher.pages["/zelensky"] = Page(
            publisher_page(seed_article, head='<link rel="canonical" href="http://[2001:db8::1/zelensky">')
        )
        with reader(sqlite_url) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            http.post("/api/sites", json={"url": publisher.url, "id": "ledger"})
            answer = ask(http, f"{publisher.url}/zelensky", publisher.url)
            assert answer.status_code == 200, answer.text
            assert answer.json()["article"]["url"] == f"{publisher.url}/zelensky"


@pytest.mark.parametrize(
    ("language", "name", "label", "was"),
    [
        ("de", "supported", "Im Artikel belegt", "Vom Artikel gestützt: a support beam, not evidence"),
        ("de", "lacks", "der Artikel erwähnt nicht", "er erwähnt nicht: 'er' read as the summary"),
        ("de", "wrong", "Sie behauptet etwas, das nicht im Artikel steht", "Sie behauptet, was nicht ..."),
        ("fr", "written", "Rédigé par un modèle de langage, puis vérifié par rapport à l’article.", "d’après l’article"),
        ("fr", "missing", "Il passe à côté de l’essentiel", "Il manque l’essentiel: 'the gist is missing'"),
        ("fr", "failed", "Aucun résumé n’est disponible pour cette page en ce moment.", "pour ... pour le moment"),
        ("it", "written", "Scritto da un modello linguistico e poi confrontato con l’articolo.", "verificato sull’articolo"),
        ("pt", "report", "Relatar um problema", "Comunicar: Portugal's word beside Brazil's gerunds"),
        ("pl", "busy", "Tworzenie streszczenia…", "Streszczanie…: a noun no one uses"),
        ("pl", "written", "Napisane przez model językowy i porównane z artykułem.", "sprawdzone z artykułem"),
        ("nl", "lacks", "het artikel zegt niets over", "het artikel noemt niet “X”: the word order of English"),
        ("sv", "quoted", "Meningar ur själva artikeln, valda av nutgraf.", "ur artikeln själv"),
        ("da", "missing", "Det overser det vigtigste", "går glip af: misses out on a chance"),
        ("no", "missing", "Det overser det viktigste", "går glipp av: misses out on a chance"),
        ("ar", "get", "عرض الملخص", "اعرض: an order to the reader, where buttons name the action"),
        ("ar", "written", "كتبه نموذج لغوي، ثم قورن بالمقال.", "رُوجع على المقال"),
        ("he", "writing", "בכתיבה…", "נכתב…: reads as 'was written'"),
    ],
)  # fmt: skip
def test_the_labels_say_it_as_a_native_speaker_would(language: str, name: str, label: str, was: str) -> None:
    # Read by native speakers' standards, these labels were translated word for word from English (``was``,
    # with why it read wrong): the wording that replaced them stays.
    assert WIDGET_LABELS[language][name] == label, (
        f"{language} {name!r} is no longer the reviewed wording ({was})"
    )


def test_the_install_page_reserves_the_height_the_docs_and_the_widget_use(sqlite_url: str) -> None:
    # The widget's closed height is calc(2.75em + 4px) of the reader's own text size since it follows it;
    # the install page still gave "min-height: 48px", so for a reader with larger text the page still moved
    # when the button loaded, where the CSS docs/embed.md gives does not.
    documented = re.search(
        r"```css\n *+(nutgraf-summary \{[^}\n]*+\})\n",
        (Path(__file__).resolve().parents[1] / "docs" / "embed.md").read_text(encoding="utf-8"),
    )
    assert documented is not None and "2.75em" in documented[1]
    with reader(sqlite_url) as server, httpx.Client(base_url=server.url) as http:
        http.post("/api/sites", json={"url": "https://news.example", "id": "ledger"})
        install = http.get("/sites/ledger").text
    assert f"<code>{documented[1]}</code>" in install


def test_the_command_a_refused_origin_is_told_runs_as_printed_in_any_shell(
    service: httpx.Client, publisher: Site
) -> None:
    # A test page at an IPv6 address: its origin's brackets, printed bare, are a glob that zsh (macOS's
    # shell) refuses ("no matches found") and bash may expand to a file's name.
    local = "http://[::1]:8080"
    refusal = assert_problem(ask(service, f"{publisher.url}/zelensky", local), 403)
    command = refusal["detail"].partition("To let them too: ")[2].partition(", or PATCH")[0]
    assert command == "nutgraf sites update ledger --add-origin 'http://[::1]:8080'"
    assert shlex.split(command)[4:] == ["--add-origin", local]
