"""Article extraction on the ScrapingHub benchmark: nutgraf beside trafilatura and readability-lxml.

Usage::

    python bench/extraction_bench.py [--data ../shared/data/extraction/scrapinghub-aeb] [--limit N]

Scoring is the benchmark's own metric as ``shared/data/README.md`` defines it: tokens are ``\\w+``
matches, each page's TP/FP/FN are counts of shared / predicted-only / gold-only 4-token shingles (a
multiset; under 4 tokens, one shorter shingle), precision and recall are averaged over pages, F1 is their
harmonic mean. Pages/second is pages per CPU-second of this process spent in the extraction call alone
(page bytes in, text out), after a warm-up so that imports and model loads are not counted: CPU time rather than
wall time, so that other work on a shared machine does not move the figure (on an idle machine the two
agree). Each system's speed is also given relative to trafilatura's in the same run, and the machine's
load average is printed: on a shared machine the absolute figures drift with other work.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction" / "scrapinghub-aeb"
_TOKEN = re.compile(r"\w+")


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
    """Mean precision, mean recall and F1 (harmonic mean of the two means) over the pages."""
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


def nutgraf_text(page: bytes) -> str:
    import nutgraf
    from nutgraf.errors import NutgrafError

    try:
        return nutgraf.extract(page).text
    except NutgrafError:
        return ""


def trafilatura_text(page: bytes) -> str:
    import trafilatura

    # Comments left out: the benchmark's gold is the article body alone.
    return trafilatura.extract(page, include_comments=False) or ""


def readability_text(page: bytes) -> str:
    import lxml.html
    from readability import Document

    try:
        markup = Document(page).summary(html_partial=True)
    except Exception:  # readability raises bare errors on pages it cannot read: score them as empty
        return ""
    root = lxml.html.fragment_fromstring(markup)
    return " ".join(root.itertext())


def _warm_up(name: str, extract: Callable[[bytes], str], page: bytes) -> None:
    """Imports and one-time model loads, which the timed loop should not charge to any one page."""
    extract(page)
    if name == "nutgraf":
        from nutgraf.language import detect_language

        detect_language("ok")  # too short to decide by word lists: loads py3langid's model (~0.5 s)


SYSTEMS: dict[str, Callable[[bytes], str]] = {
    "nutgraf": nutgraf_text,
    "trafilatura": trafilatura_text,
    "readability-lxml": readability_text,
}


def run(data: Path, systems: list[str], limit: int | None) -> list[tuple[str, float, float, float, float]]:
    """(system, precision, recall, F1, pages/second) for each system."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    pages = {page_id: gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes()) for page_id in ids}
    gold = {page_id: truth[page_id]["articleBody"] for page_id in ids}
    rows = []
    for name in systems:
        extract = SYSTEMS[name]
        _warm_up(name, extract, pages[ids[0]])
        predictions = {}
        start = time.process_time()
        for page_id, page in pages.items():
            predictions[page_id] = extract(page)
        elapsed = time.process_time() - start
        rows.append((name, *score(predictions, gold), len(pages) / elapsed))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--limit", type=int, help="only the first N pages (by id)")
    parser.add_argument("--system", action="append", choices=sorted(SYSTEMS), help="repeatable; default: all")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(f"extraction_bench: no benchmark data at {args.data}", file=sys.stderr)
        return 1
    rows = run(args.data, args.system or list(SYSTEMS), args.limit)
    # Speed relative to trafilatura's in the same run: on a shared machine the absolute figures drift
    # with other work, the ratio much less.
    reference = next((speed for name, *_, speed in rows if name == "trafilatura"), None)
    print(f"{'system':<18} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8} {'x trafilatura':>14}")
    for name, p, r, f1, speed in rows:
        relative = f"{speed / reference:14.2f}" if reference else f"{'-':>14}"
        print(f"{name:<18} {p:9.3f} {r:7.3f} {f1:6.3f} {speed:8.1f} {relative}")
    print(f"(load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
