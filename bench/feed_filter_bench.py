"""What a page of the feed filter (``articles list --feed``, the API's ``?feed=``, the reader's ``/?feed=``)
costs in a large store, on SQLite and PostgreSQL: :meth:`~nutgraf.store.Store.list_articles` with
``feed_id``, 21 articles a page (the API's 20 and one to tell whether more follow).

It makes a fresh SQLite file and a fresh schema on the PostgreSQL server (``--dsn``, as
``replicas_bench.py``), and stores ``--articles`` articles (default 300,000) with their feed items as
polls record them: a big feed brings nearly all, a small one brings 20 scattered through the store and
carries 5 of the big feed's; 20 of the big feed's articles sit under two of its item keys. It reports the
median milliseconds of the first page, the next (``before`` its last article) and one far back (``before``
the newest tenth of the ids) for each feed; no goal, it measures. Run with ``PYTHONPATH`` at another
checkout's ``src`` to measure that version of the filter.

Run::

    python bench/feed_filter_bench.py                        # both databases, about a minute each
    python bench/feed_filter_bench.py --articles 100000 --databases sqlite
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from nutgraf.store import Store
from nutgraf.store.schema import articles, feed_items, feeds
from replicas_bench import DSN, fresh_schema

PAGE = 21
SMALL = 20
CARRIED = 5
BATCH = 10_000


def fill(store: Store, count: int) -> tuple[int, int]:
    """Store ``count`` articles and their items; the ids of the big feed and the small one."""
    now = datetime.now(UTC)
    with store.engine.begin() as connection:
        for feed_id in (1, 2):
            connection.execute(
                insert(feeds).values(
                    id=feed_id,
                    url=f"https://news.example/{feed_id}.xml",
                    interval_s=1800,
                    failures=0,
                    next_poll_at=now,
                    created_at=now,
                )
            )
    small_ids = {count * (n + 1) // (SMALL + 1) for n in range(SMALL)}
    carried = {count - 3 * n - 1 for n in range(CARRIED)}
    doubled = {count - 100 - 7 * n for n in range(20)}
    for start in range(1, count + 1, BATCH):
        ids = range(start, min(start + BATCH, count + 1))
        rows = [
            {
                "id": i,
                "url": f"https://news.example/{i}",
                "canonical_url": f"https://news.example/{i}",
                "url_verified": True,
                "content_hash": f"{i:064x}",
                "title": f"Story {i}",
                "language": "en",
                "site": "news.example",
                "text": f"Story {i} happened.",
                "feed_id": 2 if i in small_ids else 1,
                "created_at": now,
            }
            for i in ids
        ]
        items = [{"feed_id": row["feed_id"], "key": f"k{row['id']}", "article_id": row["id"]} for row in rows]
        items += [{"feed_id": 2, "key": f"c{i}", "article_id": i} for i in ids if i in carried]
        items += [{"feed_id": 1, "key": f"d{i}", "article_id": i} for i in ids if i in doubled]
        for item in items:
            item.update(link=None, attempts=1, error=None, updated_at=now)
        with store.engine.begin() as connection:
            connection.execute(insert(articles), rows)
            connection.execute(insert(feed_items), items)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    return 1, 2


def timed(store: Store, feed_id: int, before: int | None, runs: int) -> tuple[float, int]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        listed = store.list_articles(feed_id=feed_id, limit=PAGE, before=before)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(listed)


def measure(url: str, count: int, runs: int) -> None:
    store = Store.open(url)
    try:
        big, small = fill(store, count)
        name = store.engine.dialect.name
        for label, feed_id in (("small feed", small), ("big feed", big)):
            first = store.list_articles(feed_id=feed_id, limit=PAGE)
            back = first[-1].id if len(first) == PAGE else None
            for page, before in (("first page", None), ("next page", back), ("far back", count // 10)):
                ms, listed = timed(store, feed_id, before, runs)
                print(f"{name:10} {label:10} {page:10} {ms:8.2f} ms ({listed} articles)")
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--dsn", default=DSN)
    args = parser.parse_args()
    for database in args.databases:
        if database == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                measure(f"sqlite:///{Path(folder) / 'nutgraf.db'}", args.articles, args.runs)
            continue
        with fresh_schema(args.dsn) as url:
            measure(url, args.articles, args.runs)


if __name__ == "__main__":
    main()
