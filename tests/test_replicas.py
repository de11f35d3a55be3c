"""Several `nutgraf serve` processes (and `nutgraf worker`) on one PostgreSQL database, as a deployment
runs them: each due feed polled once per interval, a replica killed mid-poll losing and doubling nothing,
a summary made once for concurrent first requests, a rate limit holding across replicas, SIGTERM
draining requests and releasing leases, and a PostgreSQL outage answered with 503 until it is over.

Intervals and lease deadlines are cut to seconds through the environment, so each test takes a few.
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, update
from sqlalchemy.engine import make_url

from conftest import postgres_schema
from nutgraf.fetch import FetchSettings
from nutgraf.sites.registry import register_site
from nutgraf.store import Store
from nutgraf.store.schema import feed_items, feeds, leases
from nutgraf.urls import host_of
from nutgraf.web import Settings, create_app
from nutgraf.web.limits import batch_of, burst_of
from servers import FakeLLM, Page, ReaderServer, Relay, Reply, Site, publisher_page
from test_feeds import article_page, rss
from test_leases import sitemap

on_postgresql = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
LOOPBACK = FetchSettings(allow_loopback=True)

#: Settings every process gets: short rounds and leases, loopback fetches allowed.
FAST = {
    "NUTGRAF_ALLOW_LOOPBACK": "1",
    "NUTGRAF_BACKGROUND_CHECK_SECONDS": "0.2",
    "NUTGRAF_LEASE_SECONDS": "3",
    "NUTGRAF_RATE_LIMIT": "0",
    "NUTGRAF_DRAIN_SECONDS": "10",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Process:
    """A `nutgraf` command in its own process (``serve`` answers on ``url`` once started)."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        if args[0] == "serve":
            args = [*args, "--port", str(self.port)]
        self.log = log
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "nutgraf.cli", *args],
                env={**os.environ, **FAST, **env},
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_serving(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"{self.url} did not start: {self.log.read_text()}")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


class Launcher:
    """Starts `nutgraf` processes, logging to a folder; :meth:`stop_all` stops them."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.started: list[Process] = []

    def __call__(self, args: list[str], env: dict[str, str] | None = None) -> Process:
        self.started.append(Process(args, env or {}, self.logs / f"process-{len(self.started)}.log"))
        return self.started[-1]

    def stop_all(self) -> None:
        for process in self.started:
            process.stop()


@pytest.fixture
def start(tmp_path: Path, database_url: str) -> Iterator[Launcher]:
    """Starts `nutgraf` processes (all stopped at the end, before their database goes)."""
    launcher = Launcher(tmp_path)
    yield launcher
    launcher.stop_all()


def replicas(
    start: Launcher, database_url: str, count: int = 3, env: dict[str, str] | None = None
) -> list[Process]:
    started = [start(["serve", "--database", database_url], env) for _ in range(count)]
    for replica in started:
        replica.wait_serving()
    return started


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = Store.open(database_url)
    yield opened
    opened.close()


@dataclass
class Cluster:
    """Three replicas on one PostgreSQL schema, their llm engine on a fake server, 400 requests a minute."""

    url: str
    replicas: list[Process]
    store: Store
    llm: FakeLLM


#: The rate limit of the shared cluster; its tests send each request from a client address of its own
#: (X-Forwarded-For, which the replicas trust from loopback).
CLUSTER_RATE_LIMIT = 400


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Started once for the tests that need three replicas and no fault: starting processes is slow."""
    llm = FakeLLM()
    launcher = Launcher(tmp_path_factory.mktemp("cluster"))
    try:
        with postgres_schema() as url:
            store = Store.open(url)
            env = {
                "NUTGRAF_LLM_BASE_URL": llm.url,
                "NUTGRAF_LLM_MODEL": "fake",
                "NUTGRAF_RATE_LIMIT": str(CLUSTER_RATE_LIMIT),
                # No test here waits for a lease to lapse; a 3 s one lapsed before its renewal on a
                # loaded machine, and another replica polled the feed (or made the summary) again.
                "NUTGRAF_LEASE_SECONDS": "30",
            }
            try:
                yield Cluster(url, replicas(launcher, url, env=env), store, llm)
            finally:
                launcher.stop_all()
                store.close()
    finally:
        llm.close()


_client_numbers = itertools.count(1)


def own_client() -> dict[str, str]:
    """Headers that make a request come from a client address no other request has used."""
    n = next(_client_numbers)
    return {"X-Forwarded-For": f"198.51.{n // 250}.{n % 250 + 1}"}


def news_site(site: Site, feeds: int, items: int) -> list[str]:
    """``feeds`` feeds of ``items`` stories each on ``site``; returns the feeds' paths."""
    paths = []
    for f in range(feeds):
        stories = [(f"/f{f}/s{i}", f"Story {i} of feed {f}") for i in range(items)]
        for path, title in stories:
            site.pages[path] = article_page(title, f"topic{f}x{path.rsplit('/s', 1)[1]}")
        site.pages[f"/f{f}.xml"] = Page(rss(site.url, stories), "application/rss+xml", etag=f'"f{f}"')
        paths.append(f"/f{f}.xml")
    return paths


def wait_until(check, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def stored_items(store: Store) -> Counter[tuple[int, str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(select(feed_items.c.feed_id, feed_items.c.key, feed_items.c.article_id))
        return Counter((row.feed_id, row.key) for row in rows if row.article_id is not None)


def test_three_replicas_poll_each_feed_and_sitemap_once_per_interval(cluster: Cluster) -> None:
    # An interval no test outlasts, its end brought forward by hand: the polls are counted, not timed,
    # so a loaded host that delays one poll's request cannot make two look closer than an interval.
    interval = 600
    store = cluster.store
    with Site() as site:
        paths = news_site(site, feeds=50, items=1)
        # A site warming from a sitemap: a job kind of its own, leased as feeds are.
        site.pages["/sitemap/s0"] = article_page("A story of the sitemap", "sitemapstory")
        site.pages["/sitemap.xml"] = Page(sitemap([f"{site.url}/sitemap/s0"]), "application/xml", etag='"sm"')
        store.add_site(
            "warmed",
            url=site.url,
            hosts=[host_of(site.url)],
            origins=[site.url],
            summarizer="default",
            sentences=3,
            sources=[("sitemap", f"{site.url}/sitemap.xml")],
            source_interval_s=interval,
        )
        paths.append("/sitemap.xml")
        feed_ids = [store.add_feed(f"{site.url}{path}", interval_s=interval)[0].id for path in paths[:-1]]
        wait_until(lambda: len(stored_items(store)) == 51, what="the 51 stories")

        def first_polls_written() -> bool:  # each poll's state written after its stories
            ours = [feed for feed in store.list_feeds() if feed.url.startswith(site.url)]
            return len(ours) == len(paths) and all(feed.last_polled_at for feed in ours)

        wait_until(first_polls_written, what="the first polls' end")
        first_round = Counter(hit.path for hit in site.hits if hit.path in paths)
        with store.engine.begin() as connection:  # every interval over at once
            connection.execute(
                update(feeds).where(feeds.c.url.startswith(site.url)).values(next_poll_at=func.now())
            )

        def polled_twice() -> bool:
            polls = Counter(hit.path for hit in site.hits)
            return all(polls[path] >= 2 for path in paths)

        wait_until(polled_twice, what="a second poll of every feed")
        hits = list(site.hits)
        items = stored_items(store)
        for feed_id in feed_ids:  # the other tests' replicas are left in peace
            store.remove_feed(feed_id)
        store.remove_site("warmed")
    assert store.count_articles() == 51
    assert len(items) == 51 and set(items.values()) == {1}  # every item stored, once
    assert first_round == dict.fromkeys(paths, 1), first_round  # each polled once in its interval
    polls = Counter(hit.path for hit in hits if hit.path in paths)
    assert polls == dict.fromkeys(paths, 2), polls  # and once in the next
    story_hits = Counter(hit.path for hit in hits if "/s" in hit.path and not hit.path.endswith(".xml"))
    assert set(story_hits.values()) == {1} and len(story_hits) == 51  # each story fetched once


@on_postgresql
def test_a_replica_killed_mid_poll_loses_and_doubles_nothing(start, database_url: str, store: Store) -> None:
    with Site() as site:
        paths = news_site(site, feeds=10, items=2)
        # The first story of feed 0 stores at once; the second hangs, so its poller is caught mid-poll.
        site.pages["/f0/s0"].delay = 30
        feed_ids = [store.add_feed(f"{site.url}{path}", interval_s=600)[0].id for path in paths]
        group = replicas(start, database_url)
        wait_until(lambda: len(site.hits_for("/f0/s0")) == 1, what="the slow story to be asked for")
        wait_until(lambda: (feed_ids[0], f"{site.url}/f0/s1") in stored_items(store), what="the first story")
        with store.engine.connect() as connection:
            holder = connection.execute(
                select(leases.c.holder).where(leases.c.kind == "feed", leases.c.key == str(feed_ids[0]))
            ).scalar_one()
        victim = next(replica for replica in group if holder.endswith(f":{replica.pid}"))
        victim.process.kill()  # SIGKILL: no lease released, nothing tidied
        victim.process.wait()
        with store.engine.connect() as connection:  # renewed for the last time: its final deadline
            deadline = connection.execute(
                select(leases.c.expires_at).where(leases.c.kind == "feed", leases.c.key == str(feed_ids[0]))
            ).scalar_one()
        site.pages["/f0/s0"].delay = 0
        wait_until(lambda: len(stored_items(store)) == 20, what="every story", timeout=30)
    assert store.get_feed(feed_ids[0]).last_polled_at >= deadline  # redone, but not before the deadline
    assert [h.status for h in site.hits_for("/f0.xml")] == [200, 200]  # polled again, in full
    assert len(site.hits_for("/f0/s1")) == 1  # the story stored before the kill was not fetched again
    assert set(stored_items(store).values()) == {1}
    assert store.count_articles() == 20
    assert all(feed.last_status == "fetched" for feed in store.list_feeds())


def test_concurrent_first_requests_across_replicas_make_one_summary(cluster: Cluster) -> None:
    llm, group = cluster.llm, cluster.replicas
    llm.replies = [Reply(content="The council approved the harbour plan on Thursday.", delay=1.0)]
    text = " ".join(
        f"The council met on day {n} and discussed the harbour plan with residents." for n in range(20)
    )
    article = httpx.post(
        f"{group[0].url}/api/articles", json={"text": text}, headers=own_client(), timeout=60
    ).json()
    address = f"/api/articles/{article['id']}/summary?summarizer=llm"
    asked = len(llm.requests)
    with ThreadPoolExecutor(20) as pool:
        answers = list(
            pool.map(
                lambda n: httpx.get(group[n % 3].url + address, headers=own_client(), timeout=60), range(20)
            )
        )
    assert [answer.status_code for answer in answers] == [200] * 20
    assert {answer.json()["text"] for answer in answers} == {
        "The council approved the harbour plan on Thursday."
    }
    assert len(llm.requests) - asked == 1


def test_concurrent_first_clicks_across_replicas_fetch_a_new_page_once(
    cluster: Cluster, seed_article: str
) -> None:
    group = cluster.replicas
    with Site() as publisher:
        # Slow enough that every click comes while the first fetch is under way.
        publisher.pages["/story"] = Page(publisher_page(seed_article), delay=1.0)
        register_site(cluster.store, publisher.url, site_id="replicated", fetch_settings=LOOPBACK)
        asked = {"site": "replicated", "url": f"{publisher.url}/story"}
        try:
            with ThreadPoolExecutor(20) as pool:
                answers = list(
                    pool.map(
                        lambda n: httpx.get(
                            f"{group[n % 3].url}/api/embed/summary",
                            params=asked,
                            headers=own_client(),
                            timeout=60,
                        ),
                        range(20),
                    )
                )
        finally:
            cluster.store.remove_site("replicated")
    assert [answer.status_code for answer in answers] == [200] * 20
    assert len({answer.json()["article"]["id"] for answer in answers}) == 1
    assert len(publisher.hits_for("/story")) == 1  # one fetch, not one per replica


def test_the_same_url_posted_to_every_replica_at_once_is_fetched_once(
    cluster: Cluster, seed_article: str
) -> None:
    group = cluster.replicas
    with Site() as publisher:
        # Slow enough that every request comes while the first fetch is under way.
        # A text of its own: one stored before under another address would be found by that one only.
        text = seed_article.replace("Ukraine", "Ukraine's", 1)
        publisher.pages["/posted"] = Page(publisher_page(text), delay=1.0)
        with ThreadPoolExecutor(12) as pool:
            answers = list(
                pool.map(
                    lambda n: httpx.post(
                        f"{group[n % 3].url}/api/articles",
                        json={"url": f"{publisher.url}/posted"},
                        headers=own_client(),
                        timeout=60,
                    ),
                    range(12),
                )
            )
    assert len(publisher.hits_for("/posted")) == 1  # one fetch, not one per request
    assert len({answer.json()["id"] for answer in answers}) == 1
    assert sorted(answer.status_code for answer in answers) == [200] * 11 + [201]  # new to one of them


@on_postgresql
def test_a_rate_limit_holds_across_replicas(start, database_url: str) -> None:
    # One request a minute in bursts of 10: a burst is taken a token at a time (exact), and a test
    # refills nothing a loaded host could make it take long enough to matter, so the refusals are counted.
    per_minute = 1
    burst = int(burst_of(per_minute))
    group = replicas(start, database_url, env={"NUTGRAF_RATE_LIMIT": str(per_minute)})
    client = {"X-Forwarded-For": "203.0.113.9"}  # a reader behind the proxy the replicas trust
    began = time.monotonic()
    with ThreadPoolExecutor(12) as pool:
        codes = list(
            pool.map(
                lambda n: (
                    httpx.get(f"{group[n % 3].url}/api/articles", headers=client, timeout=60).status_code
                ),
                range(3 * burst),
            )
        )
    # Only widens the bound: a slower host gets more refills, never fewer.
    refilled = int((time.monotonic() - began) * per_minute / 60)
    assert batch_of(burst, per_minute / 60) == 1
    assert set(codes) == {200, 429}
    assert burst <= codes.count(200) <= burst + refilled  # one bucket each would let all 30 through
    other = httpx.get(f"{group[1].url}/api/articles", headers={"X-Forwarded-For": "203.0.113.10"}, timeout=60)
    assert other.status_code == 200  # each client has its own bucket


def test_the_widgets_limit_per_client_holds_across_replicas(cluster: Cluster) -> None:
    per_minute = Settings.embed_client_rate  # 30 new pages a minute, in bursts of 10
    group = cluster.replicas
    with Site() as publisher:  # every page a 404: a fetch (counted), then a 502
        register_site(cluster.store, publisher.url, site_id="limited", fetch_settings=LOOPBACK)
        client = {"X-Forwarded-For": "203.0.113.20"}
        began = time.monotonic()
        try:
            with ThreadPoolExecutor(6) as pool:
                codes = list(
                    pool.map(
                        lambda n: (
                            httpx.get(
                                f"{group[n % 3].url}/api/embed/summary",
                                params={"site": "limited", "url": f"{publisher.url}/new-{n}"},
                                headers=client,
                                timeout=60,
                            ).status_code
                        ),
                        range(30),
                    )
                )
        finally:
            cluster.store.remove_site("limited")
    refilled = (time.monotonic() - began) * per_minute / 60
    assert set(codes) == {502, 429}
    assert 10 <= codes.count(502) <= 10 + refilled + 1  # buckets of each process would let 30 through


@on_postgresql
def test_sigterm_drains_requests_and_releases_leases(
    start, database_url: str, store: Store, llm: FakeLLM
) -> None:
    llm.replies = [Reply(content="The harbour plan passed.", delay=1.5)]
    with Site() as site:
        site.pages["/slow"] = article_page("Slow story", "slow")
        site.pages["/slow"].delay = 5
        site.pages["/feed.xml"] = Page(rss(site.url, [("/slow", "Slow story")]), "application/rss+xml")
        store.add_feed(f"{site.url}/feed.xml", interval_s=600)
        # Leases that a loaded machine's pauses do not let lapse: a lapsed one is not held, so not released.
        env = {"NUTGRAF_LLM_BASE_URL": llm.url, "NUTGRAF_LLM_MODEL": "fake", "NUTGRAF_LEASE_SECONDS": "30"}
        (replica,) = replicas(start, database_url, 1, env=env)
        wait_until(lambda: site.hits_for("/slow"), what="the poll to reach the slow story")
        article = httpx.post(
            f"{replica.url}/api/articles",
            json={"text": "The harbour plan passed on Thursday. " * 10},
            timeout=60,
        ).json()
        answer: list[httpx.Response] = []
        asking = threading.Thread(
            target=lambda: answer.append(
                httpx.get(f"{replica.url}/api/articles/{article['id']}/summary?summarizer=llm", timeout=30)
            )
        )
        asking.start()
        wait_until(lambda: llm.requests, what="the summary to be under way")
        replica.process.send_signal(signal.SIGTERM)
        asking.join(60)
        assert answer, "the request under way was not answered"
        assert answer[0].status_code == 200  # the request under way was answered
        assert answer[0].json()["text"] == "The harbour plan passed."
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{replica.url}/healthz", timeout=2)  # no new requests taken
        # uvicorn ends by raising the signal again once drained: a clean stop, as systemd counts it.
        assert replica.process.wait(60) in (0, -signal.SIGTERM)
        # Released, not left to lapse: nothing else here would take the rows of a dead holder away.
        assert not _leases_of(store, replica.pid)


def _leases_of(store: Store, pid: int) -> list[str]:
    with store.engine.connect() as connection:
        holders = connection.execute(select(leases.c.holder)).scalars()
        return [holder for holder in holders if holder.endswith(f":{pid}")]


@on_postgresql
def test_a_worker_does_the_background_jobs_of_no_background_replicas(
    start, database_url: str, store: Store
) -> None:
    with Site() as site:
        news_site(site, feeds=1, items=2)
        web = start(["serve", "--database", database_url, "--no-background"])
        web.wait_serving()
        created = httpx.post(f"{web.url}/api/feeds", json={"url": f"{site.url}/f0.xml"}, timeout=60)
        assert created.status_code == 201
        # The one fetch is the check on adding it (the API's, as `feeds add`'s): no poll.
        checked = list(site.hits)
        assert [hit.path for hit in checked] == ["/f0.xml"]
        time.sleep(1)  # five rounds' time: the web replica polls nothing
        assert site.hits == checked
        worker = start(["worker", "--database", database_url])
        wait_until(lambda: store.count_articles() == 2, what="the worker's poll")
        assert worker.stop() in (0, -signal.SIGTERM)
    assert "leases released" in worker.log.read_text()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_every_line_of_the_service_log_says_when_it_happened(start, database_url: str, store: Store) -> None:
    # uvicorn's lines ("INFO:     Started server process") and nutgraf's ("store error: on /api/feeds: no
    # such table: feeds") carried no time: an operator reading a log file could not tell when.
    web = start(["serve", "--database", database_url], {"NUTGRAF_BACKGROUND_CHECK_SECONDS": "60"})
    web.wait_serving()
    worker = start(["worker", "--database", database_url], {"NUTGRAF_BACKGROUND_CHECK_SECONDS": "0.2"})
    # Dropped once the worker runs: one started on a database without it refuses to start.
    wait_until(lambda: "doing background jobs" in worker.log.read_text(), what="the worker's start")
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE feeds")
    assert httpx.get(f"{web.url}/api/feeds").status_code == 500
    wait_until(lambda: "background jobs failed" in worker.log.read_text(), what="the worker's round")
    web.stop()
    worker.stop()
    stamp = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|WARNING|ERROR) "
    for process, lines in (
        (web, ["Started server process", "store error: on /api/feeds", "Finished server process"]),
        (worker, ["background jobs failed: the database lacks"]),
    ):
        log = process.log.read_text()
        for line in lines:
            assert re.search(f"(?m)^{stamp}{re.escape(line)}", log), log


#: Put on a process's PYTHONPATH: its clock (``datetime.now``) reads SKEWED_CLOCK_SECONDS off, as a host
#: whose NTP stopped does.
SKEWED_CLOCK = """
import datetime, os

skew = datetime.timedelta(seconds=float(os.environ["SKEWED_CLOCK_SECONDS"]))

class SkewedDatetime(datetime.datetime):
    __slots__ = ()  # the size C extensions check datetime's against

    @classmethod
    def now(cls, tz=None):
        return super().now(tz) + skew

datetime.datetime = SkewedDatetime
"""


@on_postgresql
def test_feeds_are_polled_by_the_databases_clock_not_a_hosts(
    start, database_url: str, store: Store, tmp_path: Path
) -> None:
    # A worker whose clock ran an hour behind saw a feed added now as due in an hour, and wrote its next
    # poll an hour early, so a worker on a true clock polled it again at once: due times and next polls
    # are read and written by PostgreSQL's clock, as leases are.
    (tmp_path / "sitecustomize.py").write_text(SKEWED_CLOCK)
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    with Site() as site:
        news_site(site, feeds=1, items=2)
        feed, _ = store.add_feed(f"{site.url}/f0.xml", interval_s=600)
        start(["worker", "--database", database_url], {"PYTHONPATH": path, "SKEWED_CLOCK_SECONDS": "-3600"})
        wait_until(lambda: store.count_articles() == 2, timeout=30, what="the behind worker's poll")
        start(["worker", "--database", database_url])
        time.sleep(2)  # ten rounds' time for the true worker
        polls = site.hits_for("/f0.xml")
    assert len(polls) == 1
    polled = store.get_feed(feed.id)
    assert polled.next_poll_at - polled.last_polled_at == timedelta(seconds=600)
    assert abs(polled.last_polled_at - datetime.now(UTC)) < timedelta(minutes=1)  # as readers see it


@on_postgresql
def test_serve_runs_several_worker_processes(start, database_url: str) -> None:
    server = start(["serve", "--database", database_url, "--workers", "2"])
    server.wait_serving()
    assert len(_worker_processes(server.pid)) == 2
    with httpx.Client(base_url=server.url) as http:
        assert all(http.get("/api/articles").status_code == 200 for _ in range(20))
    assert server.stop() in (0, -signal.SIGTERM)


@on_postgresql
def test_worker_processes_slow_to_start_are_waited_for_not_killed(
    start, database_url: str, tmp_path: Path
) -> None:
    # On a loaded host a new worker process took more than 5 s to import nutgraf, which is how long
    # uvicorn's check waits for a worker's first answer: the worker was killed as hung ("Child process
    # [N] died") and started again, as slowly, for as long as the host stayed loaded. Here every worker
    # process takes 7 s more to start.
    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "sitecustomize.py").write_text(
        "import sys, time\nif '--multiprocessing-fork' in sys.argv:\n    time.sleep(7)\n"
    )
    env = {"PYTHONPATH": os.pathsep.join([str(slow), os.environ.get("PYTHONPATH", "")])}
    server = start(["serve", "--database", database_url, "--workers", "2"], env)
    server.wait_serving()
    wait_until(
        lambda: server.log.read_text().count("Application startup complete") >= 2,
        what="both workers",
        timeout=60,
    )
    assert "died" not in server.log.read_text(), server.log.read_text()
    assert server.stop() in (0, -signal.SIGTERM)


@on_postgresql
def test_serve_s_worker_processes_stop_when_serve_is_killed(start, database_url: str) -> None:
    # `serve --workers 2` killed with SIGKILL (the OOM killer's, a supervisor's past its timeout) left its
    # worker processes running, orphans still answering on its port and polling feeds.
    server = start(["serve", "--database", database_url, "--workers", "2"])
    server.wait_serving()
    workers = _worker_processes(server.pid)
    assert len(workers) == 2
    try:
        server.process.kill()
        server.process.wait()
        wait_until(lambda: not any(map(_running, workers)), timeout=30, what="the orphaned workers' exit")
    finally:
        for pid in filter(_running, workers):  # not left running after a failure
            os.kill(pid, signal.SIGKILL)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{server.url}/healthz", timeout=2)


def _worker_processes(parent: int) -> list[int]:
    """The worker processes uvicorn started for ``parent`` (not multiprocessing's resource tracker)."""
    return [
        int(pid)
        for pid in os.listdir("/proc")
        if pid.isdigit() and _parent_of(int(pid)) == parent and b"spawn_main" in _command_of(int(pid))
    ]


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process still running: not gone, nor a zombie its new parent has not reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _parent_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _command_of(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@on_postgresql
def test_a_postgresql_outage_gives_503_then_recovers_without_a_restart(database_url: str) -> None:
    url = make_url(database_url)
    relay = Relay((url.host or "127.0.0.1", url.port or 5432))
    through_relay = url.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    settings = Settings(database_url=through_relay, background=False, rate_limit_per_minute=100_000)
    statuses: Counter[tuple[int, str | None]] = Counter()
    stop = threading.Event()
    try:
        with (
            ReaderServer(create_app(settings)) as server,
            httpx.Client(base_url=server.url, timeout=30) as http,
        ):
            stored = http.post(
                "/api/articles", json={"text": "The harbour plan passed on Thursday. " * 10}
            ).json()
            assert http.get(f"/api/articles/{stored['id']}/summary").status_code == 200

            def load() -> None:
                with httpx.Client(base_url=server.url, timeout=30) as loader:
                    while not stop.is_set():
                        answer = loader.get("/api/articles")
                        kind = answer.json().get("kind") if answer.status_code != 200 else None
                        statuses[answer.status_code, kind] += 1

            loaders = [threading.Thread(target=load) for _ in range(4)]
            for loader in loaders:
                loader.start()
            # Waited for by what the loaders saw, not for a time a loaded machine may not keep to.
            wait_until(lambda: statuses[200, None], what="the loaders' first answers")
            relay.cut()  # the server goes down
            wait_until(lambda: statuses[503, "store_unavailable"], what="a loader's 503")
            down = http.get("/api/articles")
            health = http.get("/healthz")
            cached = http.get(f"/api/articles/{stored['id']}/summary")
            relay.restore()  # and comes back
            wait_until(lambda: http.get("/api/articles").status_code == 200, timeout=15, what="recovery")
            stop.set()
            for loader in loaders:
                loader.join(30)
            assert http.get("/healthz").status_code == 200
    finally:
        stop.set()
        relay.close()
    assert (down.status_code, down.json()["kind"]) == (503, "store_unavailable")
    assert (health.status_code, health.json()["kind"]) == (503, "store_unavailable")
    assert down.headers["Retry-After"] == health.headers["Retry-After"] == "5"  # when to ask again
    assert cached.status_code == 200  # served from memory meanwhile
    assert set(statuses) <= {(200, None), (503, "store_unavailable")}, statuses  # never a 500
    assert statuses[503, "store_unavailable"] and statuses[200, None]


@on_postgresql
def test_health_says_when_the_schema_is_not_this_codes(database_url: str) -> None:
    store = Store.open(database_url)
    try:
        with store.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        with ReaderServer(
            create_app(Settings(database_url=database_url, background=False), store=store)
        ) as server:
            answer = httpx.get(f"{server.url}/healthz", timeout=60)
    finally:
        store.close()
    assert (answer.status_code, answer.json()["kind"]) == (503, "schema_mismatch")
    assert "9999" in answer.json()["detail"]


@pytest.mark.parametrize("bench", ["replicas_bench.py", "rate_limit_bench.py"])
def test_the_postgresql_benches_say_when_there_is_no_server(bench: str) -> None:
    # Nothing listens on port 1: the benches ended on psycopg's traceback.
    script = Path(__file__).resolve().parents[1] / "bench" / bench
    dsn = "postgresql://nutgraf:nutgraf@127.0.0.1:1/nutgraf_test"
    done = subprocess.run(
        [sys.executable, str(script), "--dsn", dsn], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "this bench needs a PostgreSQL server" in done.stderr
    assert "pass --dsn postgresql://USER:PASSWORD@HOST:PORT/DATABASE" in done.stderr
