"""Leftovers of the last stops, each as what a user notices: the widget's page reading when to try again
(a 429's Retry-After), a site's feeds listed by title, a batch resumed over records with binary runs."""

from __future__ import annotations

from pathlib import Path

from conftest import reader_client
from servers import Site


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
