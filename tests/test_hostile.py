"""What hostile sites and hostile writers send, against real loopback servers: links that are not web
addresses in feeds, other sites' Host headers, malformed bodies, planted canonical URLs, slow sites and
giant pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nutgraf.feeds import parse_feed, poll_feed
from nutgraf.fetch import FetchSettings
from nutgraf.store import Store
from servers import Page, Site

LOOPBACK = FetchSettings(allow_loopback=True)
STORY = (
    "The harbour committee met on Thursday to review the annual report. "
    "Members said the dredging programme had grown faster than expected this year. "
    "The chair promised a full public consultation before any new rules are written. "
    "Local groups welcomed the decision but asked for more money for harbour projects. "
    "A final vote is planned for the spring, after the consultation closes."
)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = Store.open(database_url)
    yield opened
    opened.close()


def test_feeds_keep_only_web_links(store: Store) -> None:
    content = "".join(f"&lt;p&gt;{sentence}.&lt;/p&gt;" for sentence in STORY.split(". "))
    feed_xml = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<title>Harbour news</title><id>urn:harbour</id><link href="javascript:alert(1)"/>'
        "<updated>2026-11-26T10:00:00Z</updated>"
        "<entry><title>Harbour dredging approved</title><id>urn:harbour:1</id>"
        '<link href="javascript:alert(document.cookie)"/><updated>2026-11-26T10:00:00Z</updated>'
        f'<content type="html">{content}</content></entry>'
        "<entry><title>Data link</title><id>urn:harbour:2</id>"
        '<link href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/>'
        f'<updated>2026-11-26T10:00:00Z</updated><content type="html">{content}</content></entry></feed>'
    )
    parsed = parse_feed(feed_xml.encode())
    assert parsed.site_url is None
    assert [entry.link for entry in parsed.entries] == [None, None]
    with Site({"/atom.xml": Page(feed_xml.encode(), "application/atom+xml")}) as site:
        feed, _ = store.add_feed(f"{site.url}/atom.xml")
        result = poll_feed(store, feed, fetch_settings=LOOPBACK, summarize=False)
    assert result.status == "fetched" and len(result.new_articles) == 1, result
    article = store.get_article(result.new_articles[0])
    assert article.url is None and article.canonical_url is None
    assert store.get_feed(feed.id).site_url is None
