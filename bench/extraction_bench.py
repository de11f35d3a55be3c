"""Article extraction on every shared page set: nutgraf beside trafilatura and readability-lxml, per set.

Usage::

    python bench/extraction_bench.py [--data ../shared/data/extraction] [--set NAME] [--limit N]
        [--system NAME] [--pages FILE] [--by-page]

``--data bench/extraction_pages`` scores the pages of shapes the shared sets hold few of (live blogs,
galleries, interviews, tables, paywalls, comments, right-to-left and CJK pages...; ``build.py`` there
writes them); ``--by-page`` then adds each page's F1 per system, with its shape and the best system.
newspaper4k (``--system newspaper4k``) runs only where named.

``--data`` is a folder of sets (each with ``ground-truth.json`` and ``html/<id>.html.gz``) or one set.
Every set is scored on its own; ``readability-testpages`` is also scored on its real pages alone (the
pages of 4 KB or more, less ``data-url-image``: its other 37 pages are readability's unit fixtures).
``--half tune`` or ``--half held`` keeps half of ``readability-testpages`` (by the CRC-32 of the page id:
even is the tune half, odd the held half): rules are developed looking at the tune half's pages only, and
the held half's figures are the held-out ones. Other sets are kept whole.

Scoring is the ScrapingHub benchmark's own metric as ``shared/data/README.md`` defines it: tokens are
``\\w+`` matches, each page's TP/FP/FN are counts of shared / predicted-only / gold-only 4-token shingles
(a multiset; under 4 tokens, one shorter shingle), precision and recall are averaged over pages, F1 is
their harmonic mean. A page that raises, or runs past 10 s of CPU time (stopped by an alarm), counts as empty output.

The systems run page by page in turn, in every order in turn (nutgraf, trafilatura, readability-lxml on
page 1, nutgraf, readability-lxml, trafilatura on page 2...) so that other work on a shared machine slows
them alike, and so that each runs after each other as often as before it on a page whose text the other
has just processed (trafilatura's line caches are then warm: trafilatura after nutgraf on every page ran
5 % faster than before it). Pages/second is pages per CPU-second of the extracting thread spent in the extraction
call alone (page bytes in, text out; a timed-out page counts 10 s), after a warm-up, so that imports and
model loads are not counted; each system's speed is also given relative to trafilatura's in the same run,
the figure to compare across runs. The slowest page (CPU seconds) and the errors are printed per set and
system.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import signal
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction"
#: A page still being extracted after this many seconds counts as empty output (the benchmarks' rule).
PAGE_LIMIT_S = 10.0
# readability-testpages' unit fixtures: pages under 4 KB, and one page that is a photo's data URI.
_REAL_PAGE_BYTES = 4096
_FIXTURES = {"data-url-image"}
_TOKEN = re.compile(r"\w+")
# A page too short for an article: the warm-up runs it so that the modules nutgraf's fallbacks import
# on first use are loaded before the timed loop, as they are in any long-running process.
_SHORT_PAGE = b"<html><body><p>Test</p></body></html>"


def shingles(text: str) -> Counter:
    """The multiset of 4-token shingles of ``text`` (one shorter shingle for fewer than 4 tokens)."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_scores(prediction: str, gold: str) -> tuple[float | None, float | None]:
    """A page's (precision, recall); ``None`` where the page does not count towards that mean."""
    predicted, expected = shingles(prediction), shingles(gold)
    tp = sum((predicted & expected).values())
    fp = sum(predicted.values()) - tp
    fn = sum(expected.values()) - tp
    total = tp + fp + fn
    if not total:
        return None, None
    tp, fp, fn = tp / total, fp / total, fn / total
    exact = fp == 0 and fn == 0
    precision = (1.0 if exact else tp / (tp + fp)) if tp + fp > 0 else None
    recall = (1.0 if exact else tp / (tp + fn)) if tp + fn > 0 else None
    return precision, recall


def score(predictions: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Mean precision, mean recall and F1 (harmonic mean of the two means) over the pages of ``gold``."""
    precisions, recalls = [], []
    for page_id, expected in gold.items():
        precision, recall = page_scores(predictions.get(page_id, ""), expected)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def nutgraf_text(page: bytes, url: str | None = None) -> str:
    import nutgraf

    return nutgraf.extract(page, url=url).text


def trafilatura_text(page: bytes, url: str | None = None) -> str:
    import trafilatura

    # Comments left out: the benchmarks' gold is the article body alone.
    return trafilatura.extract(page, url=url, include_comments=False) or ""


def newspaper_text(page: bytes, url: str | None = None) -> str:
    from newspaper import Article as NewspaperArticle

    # newspaper4k given the page's HTML, as a user with the page in hand calls it (no download).
    article = NewspaperArticle(url or "https://example.com/article", fetch_images=False)
    article.download(input_html=page.decode("utf-8", "replace"))
    article.parse()
    return article.text


def readability_text(page: bytes, url: str | None = None) -> str:
    import lxml.html
    from readability import Document

    # As a user of readability-lxml would call it (and as shared/data/extraction/README.md measures it).
    return lxml.html.fromstring(Document(page).summary()).text_content()


SYSTEMS: dict[str, Callable[[bytes, str | None], str]] = {
    "nutgraf": nutgraf_text,
    "trafilatura": trafilatura_text,
    "readability-lxml": readability_text,
    "newspaper4k": newspaper_text,
}
# The systems run when none is named (newspaper4k, slower and weaker on the shared sets, when named).
DEFAULT_SYSTEMS = ("nutgraf", "trafilatura", "readability-lxml")


@dataclass
class PageSet:
    """One set's pages (bytes), gold texts and URLs; ``subsets`` names groups of its pages scored apart."""

    name: str
    pages: dict[str, bytes]
    gold: dict[str, str]
    urls: dict[str, str | None]
    subsets: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Outcome:
    """What one system did on a set: its texts, CPU seconds per page, errors and time-outs by page."""

    texts: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    timeouts: list[str] = field(default_factory=list)


# The set split into halves for tuning and holding out (``--half``).
_HALVED = "readability-testpages"
HALVES = ("tune", "held")


def half_of(page_id: str) -> str:
    """The half of ``readability-testpages`` a page is in: a stable hash of its id, not its order."""
    return HALVES[zlib.crc32(page_id.encode()) % 2]


def load_set(folder: Path, limit: int | None = None, half: str | None = None) -> PageSet:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    halved = half is not None and folder.name == _HALVED
    ids = sorted(page_id for page_id in truth if not halved or half_of(page_id) == half)[:limit]
    pages = {page_id: _page_bytes(folder / "html", page_id) for page_id in ids}
    page_set = PageSet(
        folder.name,
        pages,
        {page_id: truth[page_id]["articleBody"] for page_id in ids},
        {page_id: truth[page_id].get("url") for page_id in ids},
    )
    if folder.name == "readability-testpages":
        page_set.subsets["real pages"] = [
            page_id for page_id in ids if len(pages[page_id]) >= _REAL_PAGE_BYTES and page_id not in _FIXTURES
        ]
    return page_set


def _page_bytes(folder: Path, page_id: str) -> bytes:
    """A page's bytes: ``<id>.html.gz`` (the shared sets) or ``<id>.html`` (``bench/extraction_pages``)."""
    packed = folder / f"{page_id}.html.gz"
    return (
        gzip.decompress(packed.read_bytes())
        if packed.is_file()
        else (folder / f"{page_id}.html").read_bytes()
    )


class _Alarm:
    """Whether the page's time ran out: systems may catch the exception the alarm raises and raise their
    own (readability-lxml turns every exception into ``Unparseable``)."""

    rang = False

    @classmethod
    def ring(cls, signum, frame):
        cls.rang = True
        raise TimeoutError


def _run_page(
    extract: Callable[[bytes, str | None], str], page: bytes, url: str | None
) -> tuple[str, str | None]:
    """(text, error): the error is the exception's kind or class name, or "timeout"."""
    # The limit is in CPU time (SIGPROF), like the speeds: other work on the machine does not trip it.
    _Alarm.rang = False
    previous = signal.signal(signal.SIGPROF, _Alarm.ring)
    signal.setitimer(signal.ITIMER_PROF, PAGE_LIMIT_S)
    try:
        return extract(page, url), None
    except Exception as exc:  # every failure is scored as empty output and listed
        return "", "timeout" if _Alarm.rang else getattr(exc, "kind", None) or type(exc).__name__
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def run(page_set: PageSet, systems: list[str]) -> dict[str, Outcome]:
    """Each system's outcome on ``page_set``, the systems taking turns page by page."""
    outcomes = {name: Outcome() for name in systems}
    first = next(iter(page_set.pages))
    for name in systems:  # imports and one-time loads (py3langid's model, the fallbacks' modules), not timed
        _run_page(SYSTEMS[name], page_set.pages[first], page_set.urls[first])
        _run_page(SYSTEMS[name], _SHORT_PAGE, None)
    # The order changes page by page, through every order of the systems, so that each runs before and
    # after each other as often: one run after another on the same page finds its caches warm
    # (trafilatura's line caches, after nutgraf's own trafilatura call), 5 % faster here.
    orders = list(permutations(systems))
    for index, (page_id, page) in enumerate(page_set.pages.items()):
        for name in orders[index % len(orders)]:
            # The thread's CPU clock, not the process's: while _run_page's CPU-time alarm is set, Linux
            # reads the process's clock from a total it brings up to date only now and then, and a page's
            # time went partly to the page measured after it (nutgraf's CPU time came out above its wall
            # time on 46 of 130 pages, trafilatura's below on 56, on an idle machine): 1.04x for 1.14x.
            start = time.thread_time()
            text, error = _run_page(SYSTEMS[name], page, page_set.urls[page_id])
            elapsed = time.thread_time() - start
            outcome = outcomes[name]
            outcome.texts[page_id] = text
            if error == "timeout":
                outcome.timeouts.append(page_id)
                elapsed = max(elapsed, PAGE_LIMIT_S)
            elif error:
                outcome.errors[page_id] = error
            outcome.seconds[page_id] = elapsed
    return outcomes


def report(page_set: PageSet, outcomes: dict[str, Outcome]) -> list[str]:
    """Markdown lines: a table row per system for the set and each subset, then errors and slowest pages."""
    groups = {page_set.name: list(page_set.pages)}
    groups.update({f"{page_set.name} ({name})": ids for name, ids in page_set.subsets.items()})
    lines = []
    for label, ids in groups.items():
        gold = {page_id: page_set.gold[page_id] for page_id in ids}
        speeds = {name: len(ids) / max(sum(o.seconds[i] for i in ids), 1e-9) for name, o in outcomes.items()}
        reference = speeds.get("trafilatura")
        for name, outcome in outcomes.items():
            p, r, f1 = score(outcome.texts, gold)
            errors = sum(1 for page_id in ids if page_id in outcome.errors)
            timeouts = sum(1 for page_id in ids if page_id in outcome.timeouts)
            relative = f"{speeds[name] / reference:.2f}" if reference else "-"
            slowest = max(ids, key=outcome.seconds.__getitem__)
            lines.append(
                f"| {label} | {len(ids)} | {name} | {p:.4f} | {r:.4f} | {f1:.4f} | {speeds[name]:.1f} | {relative}"
                f" | {errors} / {timeouts} | {outcome.seconds[slowest]:.2f} ({slowest[:24]}) |"
            )
    return lines


def _failures(page_set: PageSet, outcomes: dict[str, Outcome]) -> list[str]:
    lines = []
    for name, outcome in outcomes.items():
        failed = {**outcome.errors, **dict.fromkeys(outcome.timeouts, "timeout")}
        if failed:
            listed = ", ".join(f"{page_id[:24]} ({kind})" for page_id, kind in sorted(failed.items()))
            lines.append(f"- {page_set.name}, {name}: {listed}")
    return lines


def _by_page(folder: Path, page_set: PageSet, outcomes: dict[str, Outcome]) -> list[str]:
    """A Markdown row per page: its shape (where ``ground-truth.json`` gives one), each system's F1 and the
    best system (all of those within 0.005 of the best)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    lines = []
    for page_id, gold in page_set.gold.items():
        f1s = {}
        for name, outcome in outcomes.items():
            precision, recall = page_scores(outcome.texts[page_id], gold)
            precision, recall = precision or 0.0, recall or 0.0
            f1s[name] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        top = max(f1s.values())
        best = ", ".join(name for name, f1 in f1s.items() if f1 >= top - 0.005)
        cells = " | ".join(f"{f1:.3f}" for f1 in f1s.values())
        lines.append(f"| {page_id} | {truth[page_id].get('shape', '')} | {cells} | {best} |")
    return lines


def set_folders(data: Path, names: list[str] | None) -> list[Path]:
    """The sets under ``data`` (or ``data`` itself when it is one), those named in ``names`` only."""
    if (data / "ground-truth.json").is_file():
        return [data]
    folders = sorted(path.parent for path in data.glob("*/ground-truth.json"))
    chosen = [folder for folder in folders if not names or folder.name in names]
    # Every bench that reads the sets stops here, rather than print a table of no pages as if measured.
    if not chosen:
        wanted = f" named {', '.join(names)}" if names else ""
        found = f" (there: {', '.join(folder.name for folder in folders)})" if folders else ""
        raise SystemExit(
            f"no page sets{wanted} at {data}{found}: give --data a folder of sets, each a folder with "
            "its ground-truth.json (../shared/data/extraction)"
        )
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of sets, or one set")
    parser.add_argument("--set", action="append", help="only this set (repeatable; default: all)")
    parser.add_argument("--limit", type=int, help="only the first N pages (by id) of each set")
    parser.add_argument("--system", action="append", choices=sorted(SYSTEMS), help="repeatable; default: all")
    parser.add_argument("--half", choices=HALVES, help=f"only this half of {_HALVED} (other sets whole)")
    parser.add_argument("--pages", type=Path, help="write each page's texts and scores here (JSON lines)")
    parser.add_argument("--by-page", action="store_true", help="print each page's F1 per system")
    args = parser.parse_args(argv)
    folders = set_folders(args.data, args.set)
    systems = args.system or list(DEFAULT_SYSTEMS)
    rows, failures, details, rows_by_page = [], [], [], []
    for folder in folders:
        page_set = load_set(folder, args.limit, args.half)
        outcomes = run(page_set, systems)
        rows.extend(report(page_set, outcomes))
        failures.extend(_failures(page_set, outcomes))
        if args.by_page:
            rows_by_page.extend(_by_page(folder, page_set, outcomes))
        details.extend(
            {"set": page_set.name, "id": page_id, "system": name, "seconds": round(outcome.seconds[page_id], 4),
             "error": outcome.errors.get(page_id), "scores": page_scores(outcome.texts[page_id], gold),
             "text": outcome.texts[page_id]}
            for page_id, gold in page_set.gold.items()
            for name, outcome in outcomes.items()
        )  # fmt: skip
    print("| set | pages | system | P | R | F1 | pages/s | × trafilatura | err / t/o | slowest page, s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print("\nErrors and time-outs (id: kind):" if failures else "\nNo errors, no time-outs.")
    print("\n".join(failures))
    if rows_by_page:
        print(f"\n| page | shape | {' | '.join(systems)} | best |")
        print(f"|---|---|{'---|' * len(systems)}---|")
        print("\n".join(rows_by_page))
    print(f"(load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)")
    if args.pages:
        with args.pages.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(detail, ensure_ascii=False) + "\n" for detail in details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
