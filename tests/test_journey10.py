"""A publisher self-hosting the button and a newsroom analyst, walked from the README's commands (tenth
round): addresses with a password in them never shown, a feed checked when it is added, a site's origins
added and removed one at a time, and the messages a first run meets."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from nutgraf.cli import main
from nutgraf.errors import BlockedURLError, FetchError, InvalidInputError
from nutgraf.feeds import poll_feed
from nutgraf.fetch import FetchSettings, fetch
from nutgraf.store import Store
from nutgraf.urls import check_http_url
from nutgraf.web import Settings, create_app
from servers import Page, ReaderServer, Site
from test_feeds import article_page, rss

LOOPBACK = FetchSettings(allow_loopback=True)
SECRET = "hunter2"
WITH_PASSWORD = f"https://editor:{SECRET}@news.example/desk/story"


@pytest.fixture
def site():
    with Site() as served:
        served.pages["/parks"] = article_page("Parks plan wins support", "parks")
        served.pages["/to-login"] = Page(b"", status=302, headers={"Location": WITH_PASSWORD})
        yield served


@pytest.fixture
def store(database_url: str):
    opened = Store.open(database_url)
    yield opened
    opened.close()


# --- 1. a user name and password in an address ---


def test_a_redirect_to_an_address_with_a_password_names_it_without_the_password(site: Site) -> None:
    with pytest.raises(BlockedURLError) as refused:
        fetch(f"{site.url}/to-login", settings=LOOPBACK)
    assert str(refused.value) == (
        f"{site.url}/to-login redirects to https://news.example/desk/story: it carries a user name or"
        " password (not shown here), which nutgraf does not send"
    )


def test_summarize_of_a_page_that_redirects_to_a_password_shows_no_password(
    site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    assert main(["summarize", f"{site.url}/to-login"]) == 1
    err = capsys.readouterr().err
    assert SECRET not in err and "editor" not in err
    assert "redirects to https://news.example/desk/story" in err


@pytest.mark.parametrize(
    "given",
    [WITH_PASSWORD, f"ftp://editor:{SECRET}@news.example/x", f"http://editor:{SECRET}@[::1/x"],
)
def test_an_address_given_with_a_password_is_refused_without_showing_it(
    given: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Refused rather than fetched without it: the page without the login is another (a login form, a
    # paywall), and storing it as the one asked for would mislead the reader.
    with pytest.raises(InvalidInputError) as refused:
        check_http_url(given)
    assert SECRET not in str(refused.value) and "editor" not in str(refused.value)
    assert "nutgraf does not send credentials: give the address without them" in str(refused.value)
    assert main(["summarize", given]) == 1
    err = capsys.readouterr().err
    assert SECRET not in err and "editor" not in err and err.startswith("nutgraf: error: ")


def test_the_api_refuses_an_address_with_a_password_without_echoing_it(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'reader.db'}", background=False, rate_limit_per_minute=0
    )
    with ReaderServer(create_app(settings)) as server, httpx.Client(base_url=server.url) as client:
        response = client.post("/api/articles", json={"url": WITH_PASSWORD})
        assert response.status_code == 422, response.text
        assert SECRET not in response.text and "https://news.example/desk/story" in response.text
        feed = client.post("/api/feeds", json={"url": f"https://editor:{SECRET}@news.example/rss.xml"})
        assert feed.status_code in (401, 403, 422), feed.text
        assert SECRET not in feed.text


def test_a_feed_that_redirects_to_a_password_stores_its_error_without_it(store: Store, site: Site) -> None:
    site.pages["/feed.xml"] = Page(
        b"", status=301, headers={"Location": f"https://u:{SECRET}@news.example/f"}
    )
    feed, _ = store.add_feed(f"{site.url}/feed.xml")
    result = poll_feed(store, feed, fetch_settings=LOOPBACK)
    assert result.status == "failed" and SECRET not in result.error
    assert SECRET not in (store.get_feed(feed.id).last_error or "")
    assert "redirects to https://news.example/f" in store.get_feed(feed.id).last_error


def test_a_feed_item_link_with_a_password_is_kept_and_shown_without_it(
    store: Store, site: Site, database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    host = site.url.removeprefix("http://")
    site.pages["/feed.xml"] = Page(
        rss(f"http://desk:{SECRET}@{host}", [("/parks", "Parks plan"), ("/gone", "Gone")]),
        "application/rss+xml",
    )
    store.add_feed(f"{site.url}/feed.xml")
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    assert main(["feeds", "poll", "--database", database_url]) == 0
    out = capsys.readouterr().out
    assert SECRET not in out
    # The story is read from its public address, as any reader would get it.
    assert [a.url for a in store.list_articles()] == [f"{site.url}/parks"]
    assert f"{site.url}/gone" in out


def test_a_batch_record_with_a_password_in_its_address_is_an_error_without_it(tmp_path: Path) -> None:
    records = tmp_path / "news.jsonl"
    records.write_text(json.dumps({"id": "a", "url": WITH_PASSWORD}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    main(["batch", str(records), "--output", str(out), "--workers", "1", "--no-progress"])
    written = out.read_text(encoding="utf-8")
    assert SECRET not in written and "editor" not in written
    (row,) = [json.loads(line) for line in written.splitlines()]
    assert (
        row["url"] == "https://news.example/desk/story" and "user name or password" in row["error"]["message"]
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://social.example/@mayor/112233",
        "https://news.example/search?author=a@b.example",
        "https://news.example/page#@top",
        "https://news.example:8443/story",
    ],
)
def test_an_at_sign_after_the_host_is_part_of_the_page_s_address(url: str) -> None:
    assert check_http_url(url) == url


@pytest.mark.parametrize("path", ["/@mayor/112233", "/search?author=a@b.example"])
def test_an_address_with_an_at_sign_after_its_host_is_named_whole(site: Site, path: str) -> None:
    with pytest.raises(FetchError) as failed:
        fetch(f"{site.url}{path}", settings=LOOPBACK)
    assert str(failed.value).startswith(f"{site.url}{path} answered HTTP 404")


# --- 2. a feed checked when it is added ---


@pytest.fixture
def feeds_site(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    with Site() as served:
        served.pages["/feed.xml"] = Page(
            rss(served.url, [("/parks", "Parks plan"), ("/roads", "Roads")]), "application/rss+xml"
        )
        served.pages["/empty.xml"] = Page(rss(served.url, []), "application/rss+xml")
        served.pages["/home"] = Page(
            article_page("Town news home", "home").body.replace(
                b"<head>", b'<head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
            )
        )
        yield served


def _listed_feeds(database_url: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["feeds", "list", "--json", "--database", database_url]) == 0
    return [feed["url"] for feed in json.loads(capsys.readouterr().out)]


def test_feeds_add_refuses_a_feed_that_answers_404_and_says_how_to_add_it_anyway(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = f"{feeds_site.url}/gone.xml"
    assert main(["feeds", "add", gone, "--database", database_url]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: not added: {gone} answered HTTP 404 Not Found; check the URL; to add a feed that"
        " is not up yet, give --no-check\n"
    )
    assert _listed_feeds(database_url, capsys) == []
    assert main(["feeds", "add", gone, "--no-check", "--database", database_url]) == 0
    assert capsys.readouterr().out == f"added feed 1 {gone}\n"
    assert len(feeds_site.hits_for("/gone.xml")) == 1  # one fetch, and none with --no-check


def test_feeds_add_refuses_a_web_page_and_names_the_feed_it_links(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["feeds", "add", f"{feeds_site.url}/home", "--database", database_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nutgraf: error: not added: this is a web page, not a feed or sitemap")
    assert f"it names its feed: {feeds_site.url}/feed.xml" in err
    assert _listed_feeds(database_url, capsys) == []


@pytest.mark.parametrize(
    ("path", "found"),
    [("/feed.xml", 'a feed "Town news" of 2 items'), ("/empty.xml", 'a feed "Town news" with no items yet')],
)
def test_feeds_add_says_what_it_found_at_a_feed(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str], path: str, found: str
) -> None:
    assert main(["feeds", "add", f"{feeds_site.url}{path}", "--database", database_url]) == 0
    assert capsys.readouterr().out == f"added feed 1 {feeds_site.url}{path}\nit is {found}\n"


def test_feeds_add_of_a_private_address_is_refused_without_suggesting_no_check(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["feeds", "add", "http://10.1.2.3/rss.xml", "--database", database_url]) == 1
    err = capsys.readouterr().err
    assert err == "nutgraf: error: 10.1.2.3 is a private address; nutgraf fetches only public addresses\n"


# --- 3. a site's origins added and removed one at a time ---


def _origins(database: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["sites", "list", "--json", *database]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    return listed["origins"]


def test_sites_update_adds_and_removes_an_origin_keeping_the_others(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", database_url]
    assert main(["sites", "add", "https://news.example", "--id", "news", "--www", *database]) == 0
    assert _origins(database, capsys) == ["https://news.example", "https://www.news.example"]
    added = ["--add-origin", "https://amp.news.example/", "--add-origin", "https://m.news.example"]
    assert main(["sites", "update", "news", *added, *database]) == 0
    assert capsys.readouterr().out == (
        "site news: embedded by https://news.example, https://www.news.example, https://amp.news.example,"
        " https://m.news.example; 3 sentences, summarizer default\n"
    )
    assert main(["sites", "update", "news", "--remove-origin", "https://WWW.news.example", *database]) == 0
    assert _origins(database, capsys) == [
        "https://news.example",
        "https://amp.news.example",
        "https://m.news.example",
    ]
    # Adding one it has already changes nothing; --origin still replaces the whole list.
    assert main(["sites", "update", "news", "--add-origin", "https://news.example", *database]) == 0
    assert _origins(database, capsys) == [
        "https://news.example",
        "https://amp.news.example",
        "https://m.news.example",
    ]
    assert main(["sites", "update", "news", "--origin", "https://news.example", *database]) == 0
    assert _origins(database, capsys) == ["https://news.example"]


def test_sites_update_refuses_to_remove_the_last_origin_or_one_the_site_lacks(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", database_url]
    assert main(["sites", "add", "https://news.example", "--id", "news", *database]) == 0
    capsys.readouterr()
    assert main(["sites", "update", "news", "--remove-origin", "https://news.example", *database]) == 1
    assert capsys.readouterr().err == (
        "nutgraf: error: https://news.example is the last origin of the site 'news', whose button no page"
        " could embed without one; add another in the same command (--add-origin), or switch the button"
        " off with `nutgraf sites disable news`\n"
    )
    assert main(["sites", "update", "news", "--remove-origin", "https://amp.news.example", *database]) == 1
    assert capsys.readouterr().err == (
        "nutgraf: error: the site 'news' has no origin https://amp.news.example; its origins:"
        " https://news.example\n"
    )
    assert _origins(database, capsys) == ["https://news.example"]
    # Swapping the one origin for another in one command is fine.
    swap = ["--remove-origin", "https://news.example", "--add-origin", "https://www.news.example"]
    assert main(["sites", "update", "news", *swap, *database]) == 0
    assert _origins(database, capsys) == ["https://www.news.example"]
    both = ["--origin", "https://news.example", "--add-origin", "https://amp.news.example"]
    assert main(["sites", "update", "news", *both, *database]) == 1
    assert "give either the whole list of origins (--origin, each of them)" in capsys.readouterr().err


def test_an_origin_another_site_has_says_how_to_take_it_off_that_site(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", database_url]
    assert main(["sites", "add", "https://news.example", "--id", "news", *database]) == 0
    assert main(["sites", "add", "https://other.example", "--id", "other", *database]) == 0
    capsys.readouterr()
    assert main(["sites", "update", "other", "--add-origin", "https://news.example", *database]) == 1
    assert "(nutgraf sites update news --remove-origin https://news.example)" in capsys.readouterr().err


def test_an_origin_with_a_password_is_refused_without_showing_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["sites", "update", "news", "--origin", f"https://u:{SECRET}@news.example"])
    err = capsys.readouterr().err
    assert SECRET not in err and "'https://news.example' has a user name or password" in err


# --- 4. what a first run meets ---


def test_an_address_no_api_endpoint_answers_says_so_and_where_they_are_listed(api: httpx.Client) -> None:
    response = api.get("/api/nothing")
    assert response.status_code == 404
    assert response.json()["detail"] == (
        "GET /api/nothing: no endpoint of the API answers this address; /docs lists them"
    )
    wrong = api.delete("/api/articles/1")
    assert wrong.status_code == 405
    assert wrong.json()["detail"] == (
        "DELETE /api/articles/1: this endpoint takes GET only; /docs lists what each takes"
    )
    # A 404 of the endpoint's own keeps its words.
    assert api.get("/api/articles/999").json()["detail"] == "no article with id 999"


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        ("/api/articles/abc", "path.article_id: must be a whole number, not 'abc'"),
        ("/api/articles?limit=ten", "query.limit: must be a whole number, not 'ten'"),
    ],
)
def test_an_id_or_count_that_is_not_a_number_is_named_in_the_refusal(
    api: httpx.Client, path: str, detail: str
) -> None:
    response = api.get(path)
    assert response.status_code == 422 and response.json()["detail"] == detail


BINARY = bytes(range(256)) * 16


def test_a_binary_file_or_page_is_refused_naming_it(
    tmp_path: Path, site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "input looks like binary data" named neither the file nor the address, of the two `check` reads.
    data = tmp_path / "scan.dat"
    data.write_bytes(BINARY)
    article = tmp_path / "article.txt"
    article.write_text("The council met on Thursday. " * 5, encoding="utf-8")
    assert main(["summarize", str(data)]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {data} looks like binary data, not text; give nutgraf an article as plain text"
        " or HTML\n"
    )
    assert main(["check", str(data), str(article)]) == 1
    assert capsys.readouterr().err.startswith(f"nutgraf: error: {data} looks like binary data")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert main(["extract", str(pdf)]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {pdf} is a PDF document, not text; nutgraf reads plain text and HTML; copy its"
        " text out\n"
    )
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    site.pages["/scan"] = Page(BINARY, "text/html")
    assert main(["summarize", f"{site.url}/scan"]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: what {site.url}/scan sent looks like binary data, not text; give nutgraf an"
        " article as plain text or HTML\n"
    )


def test_a_text_file_and_an_input_message_that_names_no_input_stay_as_they_were(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "input notes.txt"
    article.write_text(
        "The council met on Thursday to approve the input of residents. " * 3, encoding="utf-8"
    )
    assert main(["summarize", str(article)]) == 0
    assert "input of residents" in capsys.readouterr().out
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n", encoding="utf-8")
    assert main(["summarize", str(blank)]) == 1
    assert capsys.readouterr().err == f"nutgraf: error: {blank} holds only white space\n"


def test_sites_add_and_update_check_the_feeds_and_sitemaps_they_warm_from(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The publisher's own command (the README's `sites add URL --feed URL`) had taken a feed that answers
    # 404 as `feeds add` had, and `sites list` told of it after the first poll.
    database = ["--database", database_url]
    base = feeds_site.url
    assert main(["sites", "add", base, "--id", "town", "--feed", f"{base}/gone.xml", *database]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: not added: {base}/gone.xml answered HTTP 404 Not Found; check the URL; to add a"
        " feed that is not up yet, give --no-check\n"
    )
    assert main(["sites", "list", "--json", *database]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["sites", "add", base, "--id", "town", "--feed", f"{base}/feed.xml", *database]) == 0
    assert f'  feed {base}/feed.xml: a feed "Town news" of 2 items\n' in capsys.readouterr().out
    assert main(["sites", "update", "town", "--add-sitemap", f"{base}/home", *database]) == 1
    # Named among the site's sources, as one of many is named (2026-12-07).
    assert capsys.readouterr().err.startswith(
        f"nutgraf: error: not added: the sitemap {base}/home: this is a web page, not a feed"
    )
    assert (
        main(["sites", "update", "town", "--add-sitemap", f"{base}/soon.xml", "--no-check", *database]) == 0
    )
    assert f"sitemap {base}/soon.xml" in capsys.readouterr().out
