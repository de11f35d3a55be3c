"""ROUGE of the summary options (length presets, forms, filters) beside Lead-k of the same length.

Each option is applied as :func:`nutgraf.summarize` applies it (:func:`nutgraf.pipeline.plan_summary`:
a preset's sentence count from the article's length, a TL;DR as one sentence, the filters as the article
without the avoided sentences), on the article as :mod:`nutgraf.evaluate` prepares it, and scored as
``shared/data/README.md`` says (:class:`nutgraf.evaluate.RougeScorer`). Lead-k gets, article by article,
the same number of sentences the option gave the engine, so each row compares like with like; the
columns ``sentences`` and ``words`` are the engine's mean summary length.

Key points are the summary's sentences as a list: for extractive engines the same sentences as the
paragraph, so their ROUGE is the paragraph's (the row says so rather than repeat it).

Data (each where present in ``../shared/data``):

* ``cnndm_dev.jsonl``, the first 2,000 articles (held out from training): references of 3-4 sentences;
* ``xsum_bbc.jsonl`` (499 BBC articles): one-sentence references, what a TL;DR should be;
* ``bbc_news_summary.jsonl``, the first 600: long extractive references (about half the article).

Usage::

    python bench/options_bench.py [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nutgraf.engines.base import Budget, get_summarizer
from nutgraf.engines.options import SummaryOptions
from nutgraf.errors import NutgrafError
from nutgraf.evaluate import METRICS, RougeScorer, read_jsonl, record_document
from nutgraf.pipeline import plan_summary

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
#: Data sets and how many of their articles to read by default.
SETS = (("cnndm_dev.jsonl", 2000), ("xsum_bbc.jsonl", 499), ("bbc_news_summary.jsonl", 600))
ENGINES = ("default", "textrank")
#: The rows: a name and the options of each.
ROWS: tuple[tuple[str, SummaryOptions], ...] = (
    ("short", SummaryOptions(length="short")),
    ("medium", SummaryOptions(length="medium")),
    ("long", SummaryOptions(length="long")),
    ("3 sentences", SummaryOptions(sentences=3)),
    ("tldr", SummaryOptions(form="tldr")),
    ("3, no questions/quotes", SummaryOptions(sentences=3, avoid=("questions", "quotes"))),
)


@dataclass
class Cell:
    """Mean ROUGE and length of one system on one row."""

    totals: dict[str, float] = field(default_factory=lambda: dict.fromkeys(METRICS, 0.0))
    sentences: int = 0
    words: int = 0
    articles: int = 0

    def add(self, scores: dict[str, float], texts: list[str]) -> None:
        for metric in METRICS:
            self.totals[metric] += scores[metric]
        self.sentences += len(texts)
        self.words += sum(len(text.split()) for text in texts)
        self.articles += 1

    def to_dict(self) -> dict[str, Any]:
        n = max(self.articles, 1)
        return {
            **{metric: round(self.totals[metric] / n, 2) for metric in METRICS},
            "sentences": round(self.sentences / n, 2),
            "words": round(self.words / n, 1),
        }


def bench(path: Path, limit: int) -> tuple[dict[str, dict[str, dict[str, Any]]], int]:
    """Per row, per system (the engines and ``lead-k``), the mean ROUGE and summary length on ``path``;
    and how many articles were scored."""
    scorer = RougeScorer()
    engines = {name: get_summarizer(name) for name in ENGINES}
    lead = get_summarizer("lead")
    cells = {row: {name: Cell() for name in (*ENGINES, "lead-k")} for row, _ in ROWS}
    for record in read_jsonl(path, limit):
        references = record["reference"] if isinstance(record["reference"], list) else [record["reference"]]
        try:
            document = record_document(record)
        except NutgrafError:
            continue  # the same articles are left out of every row and system
        for row, options in ROWS:
            for name, engine in engines.items():
                plan = plan_summary(engine, document, options)
                texts = [s.text for s in engine.summarize(plan.document, plan.budget, **plan.engine_options)]
                cells[row][name].add(scorer.score(references, texts), texts)
                if name == ENGINES[0]:
                    # Lead-k: the first k sentences, k the number the first engine's summary has.
                    lead_texts = [
                        s.text for s in lead.summarize(document, Budget(sentences=max(len(texts), 1)))
                    ]
                    cells[row]["lead-k"].add(scorer.score(references, lead_texts), lead_texts)
    scored = cells[ROWS[0][0]]["lead-k"].articles
    return {
        row: {name: cell.to_dict() for name, cell in systems.items()} for row, systems in cells.items()
    }, scored


def format_table(name: str, results: dict[str, dict[str, dict[str, Any]]], articles: int) -> str:
    lines = [
        f"\n{name} ({articles} articles): ROUGE-1 / ROUGE-2 / ROUGE-Lsum, mean sentences and words",
        f"{'row':<24} {'system':<9} {'R-1':>6} {'R-2':>6} {'R-Lsum':>6} {'sent':>5} {'words':>6}",
    ]
    for row, systems in results.items():
        for system, cell in systems.items():
            lines.append(
                f"{row:<24} {system:<9} {cell['rouge1']:6.2f} {cell['rouge2']:6.2f} {cell['rougeLsum']:6.2f}"
                f" {cell['sentences']:5.2f} {cell['words']:6.1f}"
            )
    lines.append(
        f"{'key_points':<24} the paragraph's sentences as a list: ROUGE as the row it has the length of"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="at most this many articles of each set")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args()
    report = {}
    for file, default_limit in SETS:
        path = DATA / file
        if not path.is_file():
            print(f"skipped {file}: not found at {path}")
            continue
        limit = min(args.limit or default_limit, default_limit)
        start = time.perf_counter()
        results, scored = bench(path, limit)
        report[file] = {"articles": scored, "seconds": round(time.perf_counter() - start, 1), "rows": results}
        if not args.json:
            print(format_table(file, results, scored), flush=True)
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
