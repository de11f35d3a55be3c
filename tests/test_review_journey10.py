"""Review of the tenth journey round: where its new checks and messages misfired on what a publisher or a
client meets (a feed asked for again while it is down, a mistyped feed address told to use --no-check, a
missing stylesheet sent to the API's docs, a sitemap's address with a password in it)."""

from __future__ import annotations

import json

import httpx
import pytest

from nutgraf.cli import main
from nutgraf.urls import shown_url
from servers import Page, Site
from test_feeds import article_page, rss

SECRET = "hunter2"


@pytest.fixture
def feeds_site(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    with Site() as served:
        served.pages["/feed.xml"] = Page(rss(served.url, [("/parks", "Parks plan")]), "application/rss+xml")
        served.pages["/parks"] = article_page("Parks plan wins support", "parks")
        yield served


# --- a feed already subscribed is not fetched again to be "added" ---


def test_a_feed_asked_for_again_while_it_is_down_is_still_called_subscribed(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", database_url]
    url = f"{feeds_site.url}/feed.xml"
    assert main(["feeds", "add", url, *database]) == 0
    feeds_site.pages["/feed.xml"] = Page(b"busy", "text/plain", 503)
    capsys.readouterr()
    # The publisher asking whether the feed is there, or at what interval, had been told "not added".
    assert main(["feeds", "add", url, "--interval", "60", *database]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"already subscribed: feed 1 {url}\nit is polled every 30 minutes, not 60;")
    assert len(feeds_site.hits_for("/feed.xml")) == 1  # checked when it was added, not again


def test_a_site_given_a_feed_it_warms_from_already_is_not_refused_while_the_feed_is_down(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", database_url]
    url = f"{feeds_site.url}/feed.xml"
    assert main(["sites", "add", "https://news.example", "--id", "news", "--feed", url, *database]) == 0
    feeds_site.pages["/feed.xml"] = Page(b"busy", "text/plain", 503)
    assert main(["sites", "update", "news", "--add-feed", url, *database]) == 0
    assert f"warms from feed {url}" in capsys.readouterr().out


def test_a_new_feed_that_is_down_is_still_refused(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Near miss: the check stays for a feed not yet subscribed.
    feeds_site.pages["/down.xml"] = Page(b"busy", "text/plain", 503)
    assert main(["feeds", "add", f"{feeds_site.url}/down.xml", "--database", database_url]) == 1
    assert "not added:" in capsys.readouterr().err


# --- an address --no-check would not help is refused as it was ---


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("news.example/rss", "not an http(s) URL: 'news.example/rss'; give an address like"),
        ("ftp://news.example/rss.xml", "not an http(s) URL: 'ftp://news.example/rss.xml'; give an address"),
        (
            f"https://desk:{SECRET}@news.example/rss",
            "'https://news.example/rss' has a user name or password before its host (not shown here)",
        ),
    ],
)
@pytest.mark.parametrize("command", [["feeds", "add"], ["sites", "add", "https://news.example", "--feed"]])
def test_a_malformed_feed_address_is_not_answered_with_no_check(
    database_url: str, capsys: pytest.CaptureFixture[str], url: str, message: str, command: list[str]
) -> None:
    assert main([*command, url, "--database", database_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"nutgraf: error: {message}")
    assert "--no-check" not in err
    assert "not added" not in err
    assert SECRET not in err


# --- a sitemap's addresses with a password in them ---


def _sitemap(kind: str, locs: list[str]) -> Page:
    tag = "url" if kind == "urlset" else "sitemap"
    entries = "".join(f"<{tag}><loc>{loc}</loc></{tag}>" for loc in locs)
    body = (
        f'<?xml version="1.0"?><{kind} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{kind}>'
    )
    return Page(body.encode(), "application/xml")


def test_a_sitemap_s_addresses_with_a_password_are_read_and_never_shown_with_it(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    # A feed item's link is kept without its password (journey10); a sitemap's page and child sitemap had
    # kept theirs: the index's failure printed the password in `feeds poll`, `feeds list` and the log.
    host = feeds_site.url.removeprefix("http://")
    feeds_site.pages["/pages.xml"] = _sitemap("urlset", [f"http://desk:{SECRET}@{host}/parks"])
    feeds_site.pages["/index.xml"] = _sitemap("sitemapindex", [f"http://desk:{SECRET}@{host}/pages.xml"])
    database = ["--database", database_url]
    assert main(["feeds", "add", f"{feeds_site.url}/index.xml", *database]) == 0
    capsys.readouterr()
    assert main(["feeds", "poll", *database]) == 0
    assert main(["feeds", "list", "--json", *database]) == 0
    out = capsys.readouterr().out
    assert "1 new article, 0 items failed" in out
    assert SECRET not in out
    assert SECRET not in caplog.text
    (page,) = [hit for hit in feeds_site.hits if hit.path == "/parks"]
    assert "authorization" not in page.headers


def test_a_sitemap_address_with_an_at_sign_after_its_host_is_kept_whole(
    feeds_site: Site, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Near miss: a profile page's "@" is its path's, not a password's.
    feeds_site.pages["/@desk"] = article_page("Parks plan wins support", "parks")
    feeds_site.pages["/pages.xml"] = _sitemap("urlset", [f"{feeds_site.url}/@desk"])
    database = ["--database", database_url]
    assert main(["feeds", "add", f"{feeds_site.url}/pages.xml", *database]) == 0
    assert main(["feeds", "poll", *database]) == 0
    assert "1 new article" in capsys.readouterr().out
    assert feeds_site.hits_for("/@desk")


def test_an_address_of_10_000_near_misses_is_shown_at_once() -> None:
    # A hand-written scan, no pattern: each "@" of a long host part is looked at once.
    assert shown_url("https://" + "a@" * 10_000 + "/x") == "https:///x"
    assert shown_url("https:" + "/@" * 10_000) == "https:" + "/@" * 10_000
    assert shown_url("https://news.example/" + "@/" * 10_000) == "https://news.example/" + "@/" * 10_000


# --- the API's routing words, under /api only ---


def test_a_missing_static_file_is_not_sent_to_the_api_s_docs(api: httpx.Client) -> None:
    response = api.get("/static/missing.css")
    assert response.status_code == 404
    assert "/docs" not in json.dumps(response.json())
    # Near miss: an address under /api keeps the journey's words.
    assert api.get("/api/nothing").json()["detail"].endswith("/docs lists them")
