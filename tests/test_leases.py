"""Leases on jobs, on SQLite and PostgreSQL: one holder per job however many claim it at once, a lapsed
lease taken over, a holder whose lease lapsed writing nothing, and summaries made once; and rate buckets
shared by processes on PostgreSQL, taken in batches."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection, event, insert, select, text, update

from conftest import postgres_schema
from nutgraf.article import Article
from nutgraf.feeds import poll_due, poll_feed
from nutgraf.fetch import FetchSettings
from nutgraf.jobs import JobKind, run_due
from nutgraf.sites.registry import register_site
from nutgraf.store import LeaseLost, Store
from nutgraf.store.feeds import due_feed_ids
from nutgraf.store.schema import leases, site_pages
from nutgraf.web.limits import MemoryBuckets, StoreBuckets, batch_of, burst_of
from servers import FakeLLM, Page, Reply, Site
from test_feeds import article_page, rss
from test_store import wait_until_blocked_by

LOOPBACK = FetchSettings(allow_loopback=True)


@pytest.fixture
def stores(database_url: str):
    """Two stores on one database, as two processes would have."""
    first, second = Store.open(database_url), Store.open(database_url)
    yield first, second
    first.close()
    second.close()


def lapse(store: Store, kind: str, key: str) -> None:
    """Make a lease's deadline pass, as if its holder had been paused for longer than the lease lasts."""
    with store.engine.begin() as connection:
        connection.execute(
            update(leases)
            .where(leases.c.kind == kind, leases.c.key == key)
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )


def test_a_job_has_one_holder_until_released_or_lapsed(stores: tuple[Store, Store]) -> None:
    first, second = stores
    lease = first.claim("site-warmup", "news-example")
    assert lease is not None and lease.holder.endswith(f":{os.getpid()}")
    assert second.claim("site-warmup", "news-example") is None
    assert first.claim("site-warmup", "other-site") is not None  # another key is another job
    first.release(lease)
    taken = second.claim("site-warmup", "news-example")
    assert taken is not None and taken.token != lease.token
    assert second.renew(taken) is not None
    lapse(second, "site-warmup", "news-example")
    assert not second.holds(taken)
    assert second.renew(taken) is None  # a lapsed lease cannot be renewed: its holder learns it lost it
    again = first.claim("site-warmup", "news-example")
    assert again is not None and first.holds(again) and not second.holds(taken)


def test_concurrent_claims_of_due_feeds_take_each_once(stores: tuple[Store, Store]) -> None:
    first, second = stores
    for n in range(30):
        first.add_feed(f"https://example.com/{n}.xml")

    def claim_all(store: Store) -> list[str]:
        taken = []
        while claimed := store.claim_due("feed", due_feed_ids(datetime.now(UTC))):
            taken += [lease.key for lease in claimed]
        return taken

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(claim_all, [first, second] * 3))
    keys = [key for taken in results for key in taken]
    assert sorted(keys, key=int) == [str(n) for n in range(1, 31)]  # every feed, each once


def test_a_round_takes_every_due_job_when_another_process_takes_the_first_meanwhile() -> None:
    # The claim found the most overdue feed free, and then another process's lease on it, committed
    # meanwhile, won: the claim came back empty and the worker's round ended, the other due feeds left
    # for the next round, a minute later. PostgreSQL only: SQLite's writers take turns.
    with postgres_schema() as url:
        worker, other = Store.open(url), Store.open(url)
        try:
            first, _ = worker.add_feed("https://example.com/first.xml")
            second, _ = worker.add_feed("https://example.com/second.xml")
            kind = JobKind("feed", due=due_feed_ids, run=lambda _store, key: key)
            with other.engine.connect() as holding:
                # Another process's claim of the first feed, not yet committed when the round looks.
                holding.execute(
                    insert(leases).values(
                        kind="feed",
                        key=str(first.id),
                        holder="elsewhere:1",
                        token="t",
                        expires_at=datetime.now(UTC) + timedelta(minutes=5),
                    )
                )
                with ThreadPoolExecutor(1) as pool:
                    done = pool.submit(run_due, worker, [kind])
                    # The round's claim waits on the uncommitted lease: commit it then.
                    wait_until_blocked_by(holding, done)
                    holding.commit()
                    assert done.result(timeout=30) == [str(second.id)]
        finally:
            worker.close()
            other.close()


def test_close_releases_the_leases_held(database_url: str) -> None:
    holder, other = Store.open(database_url), Store.open(database_url)
    try:
        assert holder.claim("feed", 7) is not None
        assert other.claim("feed", 7) is None
        holder.close()
        assert other.claim("feed", 7) is not None
    finally:
        other.close()


def test_a_holder_whose_lease_lapsed_writes_nothing(stores: tuple[Store, Store]) -> None:
    slow, other = stores
    with Site() as site:
        site.pages["/a"] = article_page("Harbour plan approved", "harbour")
        site.pages["/feed.xml"] = Page(rss(site.url, [("/a", "Harbour")]), "application/rss+xml")
        feed, _ = slow.add_feed(f"{site.url}/feed.xml")
        lease = slow.claim("feed", feed.id)
        assert lease is not None
        # The holder stalls past its deadline; another process takes the poll over and does it.
        lapse(slow, "feed", str(feed.id))
        assert [r.status for r in poll_due(other, fetch_settings=LOOPBACK)] == ["fetched"]
        # The stalled holder wakes up and polls: its first write is refused, so nothing is stored twice.
        with pytest.raises(LeaseLost), slow.fenced(lease):
            poll_feed(slow, slow.get_feed(feed.id), fetch_settings=LOOPBACK)
        with pytest.raises(LeaseLost), slow.fenced(lease):
            slow.add_article(Article(text="A story written while the lease had lapsed. " * 5))
    assert slow.count_articles() == 1
    assert list(slow.item_states(feed.id)) == [f"{site.url}/a"]


def test_poll_due_skips_a_feed_another_process_polls(stores: tuple[Store, Store]) -> None:
    first, second = stores
    with Site() as site:
        site.pages["/a"] = article_page("Harbour plan approved", "harbour")
        site.pages["/feed.xml"] = Page(rss(site.url, [("/a", "Harbour")]), "application/rss+xml")
        feed, _ = first.add_feed(f"{site.url}/feed.xml")
        lease = first.claim("feed", feed.id)
        assert poll_due(second, fetch_settings=LOOPBACK) == []
        assert site.hits == []
        first.release(lease)
        assert [r.feed_id for r in poll_due(second, fetch_settings=LOOPBACK)] == [feed.id]


def sitemap(urls: list[str]) -> bytes:
    listed = "".join(f"<url><loc>{url}</loc></url>" for url in urls)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{listed}</urlset>'.encode()


def test_a_sites_sitemap_is_a_job_of_its_own_polled_by_one_process(stores: tuple[Store, Store]) -> None:
    first, second = stores
    with Site() as site:
        site.pages["/a"] = article_page("Harbour plan approved", "harbour")
        site.pages["/sitemap.xml"] = Page(sitemap([f"{site.url}/a"]), "application/xml")
        register_site(
            first, site.url, site_id="harbour", sitemaps=[f"{site.url}/sitemap.xml"], fetch_settings=LOOPBACK
        )
        (source,) = first.site_sources("harbour")
        lease = first.claim("sitemap", source.feed.id)  # as a worker polling it now holds it
        assert poll_due(second, fetch_settings=LOOPBACK) == []
        assert site.hits == []
        first.release(lease)
        (result,) = poll_due(second, fetch_settings=LOOPBACK)
        assert (result.feed_id, result.status, len(result.new_articles)) == (source.feed.id, "fetched", 1)
        assert first.due_feeds() == []  # not due again before its interval


def test_concurrent_first_requests_make_a_summary_once(stores: tuple[Store, Store]) -> None:
    first, second = stores
    stored, _ = first.add_article(
        Article(
            text=" ".join(f"Sentence number {n} says something new about the harbour." for n in range(30))
        )
    )
    calls = []
    gate = threading.Event()

    def slow_engine(make):
        calls.append(1)
        gate.wait(5)
        return make()

    with ThreadPoolExecutor(8) as pool:
        futures = [
            pool.submit(store.summary, stored, summarizer="lead", run=slow_engine)
            for store in [first, second] * 4
        ]
        threading.Timer(0.5, gate.set).start()
        texts = {future.result(timeout=30)["text"] for future in futures}
    assert len(calls) == 1
    assert len(texts) == 1


def test_a_summary_made_twice_is_the_one_stored_first_for_everyone(
    stores: tuple[Store, Store], llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A maker slower than a waiter's patience (an LLM past NUTGRAF_SUMMARY_WAIT_SECONDS) and the waiter
    # that gave up on it both made the summary. The maker's, saved last, replaced the one the waiter had
    # answered with (and its process kept in memory): readers got two summaries, by replica.
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [
        Reply(content="The council approved the harbour plan on Thursday."),
        Reply(content="Residents of the port asked the council about the harbour plan."),
    ]
    maker, waiter = stores
    waiter.summary_wait_seconds = 0.2
    stored, _ = maker.add_article(
        Article(
            text=" ".join(
                f"On day {n} the council discussed the harbour plan with residents." for n in range(20)
            )
        )
    )
    waited = threading.Event()

    def slow_engine(make):
        waited.wait(30)  # the engine answers only after the waiter has given up and made its own
        return make()

    with ThreadPoolExecutor(1) as pool:
        made = pool.submit(maker.summary, stored, summarizer="llm", run=slow_engine)
        with maker.engine.connect() as connection:
            wait_for = select(leases).where(leases.c.kind == "summary")
            deadline = time.monotonic() + 10
            while connection.execute(wait_for).first() is None and time.monotonic() < deadline:
                time.sleep(0.02)
        first = waiter.summary(stored, summarizer="llm")
        waited.set()
        second = made.result(timeout=30)
    assert len(llm.requests) == 2
    assert second["text"] == first["text"] == "The council approved the harbour plan on Thursday."
    assert maker.get_summary(stored.id, summarizer="llm")["text"] == first["text"]


def test_summaries_of_different_options_are_made_side_by_side(stores: tuple[Store, Store]) -> None:
    # Each table row has a lease of its own: key points do not wait for the paragraph being made.
    first, second = stores
    stored, _ = first.add_article(
        Article(text=" ".join(f"Sentence number {n} says something new about the port." for n in range(30)))
    )
    both_inside = threading.Barrier(2, timeout=10)

    def engine_waiting_for_the_other(make):
        both_inside.wait()  # BrokenBarrierError when one request waits for the other's lease instead
        return make()

    with ThreadPoolExecutor(2) as pool:
        futures = [
            pool.submit(
                store.summary,
                stored,
                summarizer="lead",
                sentences=3,
                form=form,
                run=engine_waiting_for_the_other,
            )
            for store, form in [(first, "paragraph"), (second, "key_points")]
        ]
        paragraph, key_points = (future.result(timeout=30) for future in futures)
    assert paragraph["form"] == "paragraph" and key_points["form"] == "key_points"
    assert key_points["text"].startswith("- ") and not paragraph["text"].startswith("- ")


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_shared_buckets_hold_across_processes_without_a_statement_per_request(database_url: str) -> None:
    store = Store.open(database_url)
    statements = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    processes = [StoreBuckets(store) for _ in range(3)]  # three replicas' buckets on one database
    per_minute = 400
    burst = burst_of(per_minute)
    held = len(processes) * (
        batch_of(burst, per_minute / 60) - 1
    )  # at most what the processes may hold unspent

    async def requests(count: int) -> list[float]:
        return [await processes[n % 3].take("client:203.0.113.7", per_minute) for n in range(count)]

    try:
        began = time.monotonic()
        waits = asyncio.run(requests(300))
        refilled = (time.monotonic() - began) * per_minute / 60
        taken = [s for s in statements if "rate_limits" in s]
    finally:
        store.close()
    allowed = waits.count(0)
    assert (burst, batch_of(burst, per_minute / 60)) == (100, 10)
    assert burst - held <= allowed <= burst + held + refilled + 1  # buckets per process: 300
    assert all(wait >= 1 for wait in waits if wait)  # a refusal says when to come back
    assert len(taken) < 300 / 4  # batches and remembered refusals, not a statement per request


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_crowd_of_new_clients_costs_the_store_a_statement_not_one_each(database_url: str) -> None:
    store = Store.open(database_url)
    statements = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    buckets = StoreBuckets(store)

    async def crowd() -> list[float]:
        return await asyncio.gather(*(buckets.take(f"client:198.51.100.{n}", 300) for n in range(200)))

    try:
        waits = asyncio.run(crowd())
    finally:
        store.close()
    assert waits == [0] * 200
    assert len([s for s in statements if "rate_limits" in s]) == 1  # one take for the 200 buckets


def _store_without_table(database_url: str, table: str) -> Store:
    """The store at ``database_url`` with ``table`` dropped, as a half-migrated or damaged database is."""
    store = Store.open(database_url)
    with store.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TABLE {table}")
    return store


def test_rate_limits_kept_in_the_process_while_the_store_fails_say_why_in_one_line(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # The warning quoted SQLAlchemy's whole error: the driver's class in brackets, the SQL and a web link
    # on lines of their own, where every other store failure the service logs is one line, its reason.
    store = _store_without_table(database_url, "rate_limits")
    buckets = StoreBuckets(store)
    try:
        assert asyncio.run(buckets.take("client:198.51.100.7", 300)) == 0  # let through, by the process
    finally:
        store.close()
    [record] = [r for r in caplog.records if r.name == "nutgraf.web.limits"]
    message = record.getMessage()
    assert message.startswith("rate limits kept in this process while the store does not answer: ")
    assert "rate_limits" in message and "\n" not in message and "sqlalche.me" not in message


def test_many_new_clients_do_not_refill_a_slower_bucket(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past the memory's bucket count the full buckets are forgotten; a bucket that refills in 10 ms
    # forgot, as full, a site's bucket that takes ten minutes to refill and had been empty.
    monkeypatch.setattr(MemoryBuckets, "_MAX_BUCKETS", 2)
    buckets = MemoryBuckets()
    assert [buckets.take_now("site", 1) for _ in range(10)] == [0.0] * 10
    assert buckets.take_now("site", 1) > 0
    time.sleep(0.05)
    assert buckets.take_now("client-a", 6000, max_burst=1) == 0.0
    assert buckets.take_now("client-b", 6000, max_burst=1) == 0.0
    assert buckets.take_now("site", 1) > 0


def test_a_spread_of_new_clients_costs_the_memory_s_buckets_work_in_proportion(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past its bucket count, with none of them full, the memory rebuilt its whole table for every new
    # client: 5,000 clients past 1,000 buckets read 15 million entries (quadratic), where a sweep now
    # waits for the table to double.
    monkeypatch.setattr(MemoryBuckets, "_MAX_BUCKETS", 1_000)
    read = [0]
    forget_full = MemoryBuckets._forget_full

    def counted(self: MemoryBuckets, now: float) -> None:
        read[0] += len(self.buckets)
        forget_full(self, now)

    monkeypatch.setattr(MemoryBuckets, "_forget_full", counted)
    buckets = MemoryBuckets()
    clients = 6_000
    assert all(buckets.take_now(f"client-{n}", 1) == 0.0 for n in range(clients))  # none refills in the test
    assert read[0] <= 2 * clients
    # And none of them was forgotten: the first client has 9 of its burst of 10 left, not a fresh 10.
    assert [buckets.take_now("client-0", 1) for _ in range(10)][-2:] == [0.0, 60.0]


def test_two_processes_storing_one_page_of_a_site_keep_the_first(stores: tuple[Store, Store]) -> None:
    first, second = stores
    register_site(first, "https://news.example", site_id="harbour")
    one, _ = first.add_article(
        Article(text="The harbour plan was approved. " * 20, url="https://news.example/a")
    )
    two, _ = first.add_article(Article(text="The ferry runs again. " * 20, url="https://news.example/b"))
    page = "https://news.example/a"
    # The first process has written the page's address and not yet committed when the second stores it.
    with first.engine.begin() as connection:
        connection.execute(
            insert(site_pages).values(
                site_id="harbour", canonical_url=page, article_id=one.id, created_at=datetime.now(UTC)
            )
        )
        with ThreadPoolExecutor(1) as pool:
            racing = pool.submit(second.add_site_pages, "harbour", [page, "https://news.example/b"], two.id)
            time.sleep(0.5)
            connection.commit()
            racing.result()
    assert second.find_site_article("harbour", [page]).id == one.id
    assert second.find_site_article("harbour", ["https://news.example/b"]).id == two.id


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_processes_storing_one_page_under_two_addresses_in_opposite_orders_do_not_deadlock(
    stores: tuple[Store, Store],
) -> None:
    # Each upsert locks the rows of the addresses it finds known, one by one: in the fetch's order, the
    # first process held A and waited for B, the second held B and waited for A, and PostgreSQL killed
    # one of them (DeadlockDetected). A third connection holds A so that each is caught between its rows.
    # PostgreSQL only: SQLite takes its one write lock up front, so its writers queue.
    first, second = stores
    register_site(first, "https://news.example", site_id="harbour")
    one, _ = first.add_article(
        Article(text="The harbour plan was approved. " * 20, url="https://news.example/a")
    )
    a, b = "https://news.example/a", "https://news.example/b"
    first.add_site_pages("harbour", [a, b], one.id)  # known and fresh: a store of them locks, changes nothing

    def blocked_by(watch: Connection, pid: int) -> int:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            query = text("SELECT pid FROM pg_stat_activity WHERE :pid = ANY(pg_blocking_pids(pid))")
            found = watch.execute(query, {"pid": pid}).scalars().first()
            watch.rollback()  # pg_stat_activity is read once a transaction: each look is a new one
            if found:
                return found
            time.sleep(0.02)
        raise AssertionError(f"no backend waited for {pid}")

    with first.engine.connect() as holder, first.engine.connect() as watch, ThreadPoolExecutor(2) as pool:
        holder.execute(select(site_pages).where(site_pages.c.canonical_url == a).with_for_update())
        holding = holder.execute(text("SELECT pg_backend_pid()")).scalar_one()
        try:
            forward = pool.submit(first.add_site_pages, "harbour", [a, b], one.id)
            waiting = blocked_by(watch, holding)  # holds nothing yet: waits for A, first in its queue
            backward = pool.submit(second.add_site_pages, "harbour", [b, a], one.id)
            blocked_by(watch, waiting)  # waits for A behind it, holding B where stored in the fetch's order
        finally:
            holder.commit()  # lets them go, whatever failed
        forward.result()
        backward.result()
    assert second.find_site_article("harbour", [b]).id == one.id


def test_a_worker_whose_store_lacks_a_table_logs_what_is_wrong_in_one_line(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Each round (a minute apart) logged SQLAlchemy's traceback under "background jobs failed", which
    # named the table only deep in it and told the operator nothing to do.
    from nutgraf.jobs import housekeeping_kinds
    from nutgraf.worker import Worker

    store = _store_without_table(database_url, "article_aliases")
    worker = Worker(store, housekeeping_kinds(), check_every=60)

    async def one_round() -> None:
        worker.start()
        deadline = time.monotonic() + 10
        while not caplog.records and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await worker.stop()

    try:
        asyncio.run(one_round())
    finally:
        store.close()
    [record] = [r for r in caplog.records if r.name == "nutgraf.worker"]
    assert record.exc_info is None  # no traceback
    assert record.getMessage().startswith(
        "background jobs failed: the database lacks a part of nutgraf's schema"
    )
    assert "article_aliases" in record.getMessage() and "restore it from a backup" in record.getMessage()


def test_a_worker_whose_database_stops_answering_says_it_tries_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Its connection dropped (PostgreSQL restarted), a worker logged the command line's "check that it
    # runs and can be reached, then run the command again": an operator restarted a worker that goes on
    # by itself at its next look.
    psycopg = pytest.importorskip("psycopg")
    from conftest import POSTGRES_DSN
    from nutgraf.jobs import housekeeping_kinds
    from nutgraf.worker import Worker

    with postgres_schema() as url:
        store = Store.open(url)
        schema = url.rsplit("%3D", 1)[1]
        worker = Worker(store, housekeeping_kinds(), check_every=45)
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as admin, psycopg.connect(POSTGRES_DSN) as locker:
            # The round waits on this lock, so its connection is dropped while it is in use.
            locker.execute(f"LOCK TABLE {schema}.leases IN ACCESS EXCLUSIVE MODE")
            mine = locker.execute("SELECT pg_backend_pid()").fetchone()[0]
            blocked = "SELECT pid FROM pg_stat_activity WHERE %s = ANY(pg_blocking_pids(pid))"

            async def one_round() -> None:
                worker.start()
                deadline = time.monotonic() + 20
                while not (pids := admin.execute(blocked, (mine,)).fetchall()):
                    assert time.monotonic() < deadline, "the round never waited on the lock"
                    await asyncio.sleep(0.05)
                for (pid,) in pids:
                    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
                while not caplog.records and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
                await worker.stop()

            try:
                asyncio.run(one_round())
            finally:
                locker.rollback()
                store.close()
    [record] = [r for r in caplog.records if r.name == "nutgraf.worker"]
    assert record.exc_info is None
    assert record.getMessage() == (
        "background jobs failed: the database stopped answering (terminating connection due to administrator"
        " command); check that it runs and can be reached; the background jobs try again in 45 s, with no"
        " restart"
    )
