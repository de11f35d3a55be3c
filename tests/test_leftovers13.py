"""Leftovers of the last stops, each as what a user notices: the widget's page reading when to try again
(a 429's Retry-After), a site's feeds listed by title, a batch resumed over records with binary runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import reader_client
from nutgraf.cli import main
from servers import Page, Site


def _ask(http, page: str, origin: str):
    return http.get("/api/embed/summary", params={"site": "ledger", "url": page}, headers={"Origin": origin})


def test_a_site_s_page_may_read_when_to_try_again_after_too_many_new_pages(tmp_path: Path) -> None:
    # The 429's Retry-After was sent, but a browser hides every header a cross-origin page is not told it
    # may read: the widget could not say when to try again.
    with Site() as publisher, reader_client(tmp_path, allow_loopback=True, embed_client_rate=1) as http:
        assert http.post("/api/sites", json={"url": publisher.url, "id": "ledger"}).status_code == 201
        answers = [_ask(http, f"{publisher.url}/gone-{n}", publisher.url) for n in range(11)]
        assert [answer.status_code for answer in answers] == [502] * 10 + [429]
        limited = answers[-1]
        assert limited.headers["access-control-allow-origin"] == publisher.url
        exposed = {
            name.strip().lower() for name in limited.headers["access-control-expose-headers"].split(",")
        }
        assert "retry-after" in exposed and int(limited.headers["retry-after"]) >= 1
        # Every answer to the site's pages says so (a 502 too), not the 429 alone.
        assert "retry-after" in answers[0].headers["access-control-expose-headers"].lower()


def test_a_page_of_another_origin_is_still_told_nothing(tmp_path: Path) -> None:
    with Site() as publisher, reader_client(tmp_path, allow_loopback=True) as http:
        assert http.post("/api/sites", json={"url": publisher.url, "id": "ledger"}).status_code == 201
        stranger = publisher.url.replace("127.0.0.1", "localhost")
        refused = _ask(http, f"{publisher.url}/story", stranger)
        assert refused.status_code == 403
        assert "access-control-allow-origin" not in refused.headers
        assert "access-control-expose-headers" not in refused.headers


def _rss(base: str, title: str) -> bytes:
    item = f"<item><title>Story</title><link>{base}/story</link><guid>{base}/story</guid></item>"
    channel = f"<title>{title}</title><link>{base}/</link>{item}"
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}</channel></rss>'.encode()


def test_sites_list_names_each_feed_by_its_title_beside_its_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `sites list` showed a site's feeds by address alone, though the API's check had stored each one's
    # title: a publisher with a dozen section feeds could not tell which was which.
    with Site() as publisher, reader_client(tmp_path, allow_loopback=True) as http:
        base = publisher.url
        publisher.pages["/world.xml"] = Page(_rss(base, "Ledger — World"), "application/rss+xml")
        publisher.pages["/sport.xml"] = Page(_rss(base, "Ledger — Sport"), "application/rss+xml")
        added = http.post(
            "/api/sites",
            json={"url": base, "id": "ledger", "feeds": [f"{base}/world.xml", f"{base}/sport.xml"]},
        )
        assert added.status_code == 201, added.text
        # One added without a check has no title yet: its address alone, as before.
        changed = http.patch("/api/sites/ledger", json={"add_feeds": [f"{base}/soon.xml"], "check": False})
        assert changed.status_code == 200, changed.text
    database = ["--database", f"sqlite:///{tmp_path / 'reader.db'}"]
    capsys.readouterr()
    assert main(["sites", "list", *database]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert f'  feed "Ledger — World" {base}/world.xml: never polled' in listed
    assert f'  feed "Ledger — Sport" {base}/sport.xml: never polled' in listed
    assert f"  feed {base}/soon.xml: never polled" in listed
    assert main(["sites", "list", "--json", *database]) == 0
    (site,) = json.loads(capsys.readouterr().out)
    titles = {source["url"]: source["title"] for source in site["sources"]}
    assert titles == {
        f"{base}/world.xml": "Ledger — World",
        f"{base}/sport.xml": "Ledger — Sport",
        f"{base}/soon.xml": None,
    }
