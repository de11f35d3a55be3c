"""The summary button on a publisher's page, measured: the widget's size, the time from a click to the
summary shown in Chromium, and cached embed summaries under load.

It starts ``nutgraf serve`` (a fresh SQLite store; rate limits off) and a publisher on another loopback
port serving the seed article (``../shared/samples/seed-article.txt``) as HTML with the snippet, and
reports:

* the widget's script as served, gzipped (goal: at most 8 KB);
* in Chromium (``/usr/bin/chromium``), milliseconds from a click on the button to the summary shown (the
  first summary sentence in the page, and the frame after it painted), p50 and p95 over ``--clicks``
  clicks, each in a fresh browser context (a new reader: no HTTP cache): for a summary the service has
  (goal: p95 under 100 ms), and for a page new to it, beside the time the fetch of such a page from the
  loopback publisher takes alone (``nutgraf.fetch.fetch``);
* cached embed summary requests per second from the site's origin (``Origin``, CORS and ETag in the
  answer), and revalidated with ``If-None-Match`` (304), driven by ``wrk`` or the Python client of
  ``load_bench.py``: goal at least 1,000 req/s with p99 under 50 ms, and the 304 path at least as fast;
  beside them, in the same run, the cached summary of the stored article by its id
  (``GET /api/articles/{id}/summary``, what ``load_bench.py`` measures), the baseline of the ratio. The
  three take turns (three slices each), so that a load that drifts on a shared machine weighs on all
  three alike; p50 is the median slice's, p99 the worst slice's.

Run::

    python bench/embed_bench.py                  # about a minute
    python bench/embed_bench.py --clicks 50 --duration 10 --json

Exits 1 when a goal is missed. Needs the playwright package (the dev extra) and Chromium.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from load_bench import ROOT, Load, free_port, run_python_client, run_wrk, start_server

sys.path.insert(0, str(ROOT / "tests"))
from servers import Page, Site, publisher_page  # the tests' loopback publisher

SEED = ROOT.parent / "shared" / "samples" / "seed-article.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WIDGET_GZIP_GOAL = 8 * 1024
CACHED_CLICK_P95_GOAL_MS = 100.0
RPS_GOAL = 1000.0
P99_GOAL_MS = 50.0
#: Turns the load scenarios take, each a slice of --duration.
ROUNDS = 3
# Clicks the button and resolves with the milliseconds until the first summary sentence is in the shadow
# root and a frame has been painted after it.
CLICK = """
() => new Promise((resolve) => {
  const root = document.querySelector("nutgraf-summary").shadowRoot;
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!root.querySelector("li")) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - start));
  });
  observer.observe(root, { childList: true, subtree: true });
  root.querySelector("button").click();
})
"""


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100)
    return {"p50": round(statistics.median(values), 1), "p95": round(cuts[94], 1), "n": len(values)}


def combined(slices: list[Load]) -> Load:
    """One scenario's slices as one: requests and seconds summed, the median slice's p50, the worst p99."""
    requests, seconds = sum(s.requests for s in slices), sum(s.seconds for s in slices)
    return Load(
        name=slices[0].name,
        requests=requests,
        seconds=round(seconds, 2),
        rps=round(requests / seconds, 1),
        p50_ms=statistics.median(s.p50_ms for s in slices),
        p99_ms=max(s.p99_ms for s in slices),
        errors=sum(s.errors for s in slices),
        tool=slices[0].tool,
    )


def click_times(browser, urls: list[str]) -> list[float]:
    """Per URL, in a fresh context: load the page, wait for the button, click, time until it shows."""
    times = []
    for url in urls:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url)
        page.wait_for_function(
            "document.querySelector('nutgraf-summary')?.shadowRoot?.querySelector('button')"
        )
        times.append(page.evaluate(CLICK))
        context.close()
    return times


def fetch_times(urls: list[str]) -> list[float]:
    from nutgraf.fetch import FetchSettings, fetch

    settings = FetchSettings(allow_loopback=True)
    times = []
    for url in urls:
        start = time.perf_counter()
        fetch(url, settings=settings)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clicks", type=int, default=50, help="clicks per case (default 50)")
    parser.add_argument(
        "--duration", type=float, default=12.0, help="seconds per load scenario, in 3 slices (default 12)"
    )
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--python-client", action="store_true", help="use the Python client even with wrk")
    args = parser.parse_args(argv)
    # Both are checked before the service starts, so that a missing one is a line, not a traceback.
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise SystemExit("this bench drives Chromium with playwright: pip install 'nutgraf[dev]'") from None
    if not Path(CHROMIUM).is_file():
        raise SystemExit(f"this bench needs Chromium at {CHROMIUM}: apt-get install chromium")

    seed = SEED.read_text(encoding="utf-8")
    load = run_python_client if args.python_client or not shutil.which("wrk") else run_wrk
    env = {"NUTGRAF_ALLOW_LOOPBACK": "1", "NUTGRAF_EMBED_CLIENT_RATE": "0", "NUTGRAF_EMBED_SITE_RATE": "0"}
    with tempfile.TemporaryDirectory() as scratch, Site() as publisher:
        port = free_port()
        server = start_server(Path(scratch) / "bench.db", port, env)
        nutgraf, pub = f"http://127.0.0.1:{port}", publisher.url
        try:
            snippet = f'<script src="{nutgraf}/embed.js" async></script>'
            button = '<nutgraf-summary site="ledger"></nutgraf-summary>'

            def story(marker: str) -> Page:
                return Page(
                    publisher_page(seed, head=snippet, button=button).replace(b"Ukraine", marker.encode(), 1)
                )

            publisher.pages["/cached"] = story("Ukraine")
            for n in range(args.clicks):
                publisher.pages[f"/new/{n}"] = story(f"Story {n}: Ukraine")
                publisher.pages[f"/fetch/{n}"] = story(f"Fetched {n}: Ukraine")
            httpx.post(
                f"{nutgraf}/api/sites", json={"url": pub, "id": "ledger"}, timeout=60
            ).raise_for_status()
            summary_url = f"{nutgraf}/api/embed/summary?site=ledger&url={pub}/cached"
            first = httpx.get(summary_url, headers={"Origin": pub}, timeout=60)
            first.raise_for_status()
            assert first.headers["access-control-allow-origin"] == pub
            widget = httpx.get(f"{nutgraf}/embed.js", headers={"Accept-Encoding": "gzip"})
            widget_gzip = int(widget.headers["content-length"])

            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                click_times(browser, [f"{pub}/cached"] * 3)  # warm the browser and the service up
                cached_clicks = click_times(browser, [f"{pub}/cached"] * args.clicks)
                new_clicks = click_times(browser, [f"{pub}/new/{n}" for n in range(args.clicks)])
                browser.close()
            fetches = fetch_times([f"{pub}/fetch/{n}" for n in range(args.clicks)])

            by_id = f"{nutgraf}/api/articles/{first.json()['article_id']}/summary"
            scenarios = [
                ("summary by article id", by_id, {}),
                ("embed summary, CORS + ETag", summary_url, {"Origin": pub}),
                ("embed summary, 304", summary_url, {"Origin": pub, "If-None-Match": first.headers["etag"]}),
            ]
            slices: dict[str, list[Load]] = {name: [] for name, _, _ in scenarios}
            # In turns, a slice each: on a shared machine the load drifts, and each scenario gets its share.
            for _ in range(ROUNDS):
                for name, url, headers in scenarios:
                    seconds = math.ceil(args.duration / ROUNDS)  # wrk takes whole seconds
                    slices[name].append(load(name, url, seconds, args.connections, None, headers))
            baseline, with_cors, revalidated = (combined(slices[name]) for name, _, _ in scenarios)
        finally:
            server.terminate()
            server.wait(30)

    cached, new, fetched = percentiles(cached_clicks), percentiles(new_clicks), percentiles(fetches)
    goals = {
        "widget_gzip": widget_gzip <= WIDGET_GZIP_GOAL,
        "cached_click_p95": cached["p95"] < CACHED_CLICK_P95_GOAL_MS,
        "cached_rps": with_cors.rps >= RPS_GOAL and revalidated.rps >= RPS_GOAL,
        "cached_p99": with_cors.p99_ms < P99_GOAL_MS and revalidated.p99_ms < P99_GOAL_MS,
        "not_modified_as_fast": revalidated.rps >= with_cors.rps,
        "no_errors": baseline.errors == with_cors.errors == revalidated.errors == 0,
    }
    report = {
        "widget_gzip_bytes": widget_gzip,
        "click_to_summary_ms": {"cached": cached, "new_page": new},
        "fetch_alone_ms": fetched,
        "loads": [vars(baseline), vars(with_cors), vars(revalidated)],
        "embed_share_of_baseline": round(with_cors.rps / baseline.rps, 3),
        "goals_met": goals,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"widget: {widget_gzip:,} bytes gzipped (goal at most {WIDGET_GZIP_GOAL:,})")
        print(f"click to summary shown, Chromium, {args.clicks} clicks each, a fresh context per click:")
        for name, row in (("cached summary", cached), ("new page", new), ("fetch alone", fetched)):
            print(f"  {name:<16} p50 {row['p50']:>7.1f} ms   p95 {row['p95']:>7.1f} ms")
        print(f"load ({with_cors.tool}, {args.duration:g} s, {args.connections} connections):")
        print(f"  {'scenario':<28}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
        for row in (baseline, with_cors, revalidated):
            print(f"  {row.name:<28}{row.rps:>10.1f}{row.p50_ms:>10.2f}{row.p99_ms:>10.2f}{row.errors:>8}")
        print(f"embed summary / summary by id: {report['embed_share_of_baseline']:.0%}")
        print("goals: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in goals.items()))
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
