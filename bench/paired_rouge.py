"""Paired ROUGE-1 of the default engine's three-sentence summaries, per outlet, between two checkouts.

The outlets of ``bench/summarize_bench.py`` (CNN, Daily Mail, CNN/DM as published, BBC News Summary, XSum,
the described pages and the written descriptions) and the Daily Mail validation split of
``cnndm_dev.jsonl`` (its records from 2,000 on), as given and as published (re-cased, in paragraphs).
A run writes each article's ROUGE-1 and summary; given the file an earlier run wrote (say from a checkout
of the previous commit), it prints per outlet the mean paired difference with its standard error, how
many summaries changed, and, in both runs, how many summaries hold a sentence that opens inside a
quotation begun in an article sentence the summary left out (:func:`summary_edges.inside_left_out_quotation`).

Usage::

    python bench/paired_rouge.py --out now.jsonl [--before then.jsonl] [--limit N] [--data DIR]
    python bench/paired_rouge.py --read now.jsonl --before then.jsonl    # two runs' files compared again
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
from pathlib import Path

import nutgraf
from nutgraf.evaluate import RougeScorer, read_jsonl
from summarize_bench import DATA, HELD_OUT_CNNDM, ROOT, SENTENCES, outlets
from summary_edges import inside_left_out_quotation

VALIDATION = "Daily Mail validation split"
VALIDATION_PUBLISHED = "Daily Mail validation split as published (re-cased, paragraphs)"


def validation_split(data: Path, limit: int | None) -> dict[str, list[dict]]:
    """The Daily Mail records after the held-out ones, as given and as published."""
    sys.path.insert(0, str(ROOT / "training"))
    from forms import Recaser, paragraphs
    from train_default import cased_texts

    records = list(read_jsonl(data / "cnndm_dev.jsonl"))[HELD_OUT_CNNDM:][:limit]
    recaser = Recaser(cased_texts(data))
    rng = random.Random(0)
    published = [{**r, "article": paragraphs(recaser(r["article"]), rng)} for r in records]
    return {VALIDATION: records, VALIDATION_PUBLISHED: published}


def summarized(data: Path, limit: int | None) -> list[dict]:
    """Each outlet's articles summarized: their ROUGE-1 and sentences, and whether the summary holds a
    sentence that opens inside a quotation begun in an article sentence it left out."""
    scorer = RougeScorer()
    rows = []
    for outlet, records in {**outlets(data, limit), **validation_split(data, limit)}.items():
        for index, record in enumerate(records):
            # What a page tells of its article too, where the outlet is of pages (``source``).
            source = record.get("source", record["article"])
            summary = nutgraf.summarize(source, summarizer="default", sentences=SENTENCES)
            sentences = [s.text for s in summary.sentences]
            reference = record["reference"]
            references = reference if isinstance(reference, list) else [reference]
            rows.append(
                {
                    "outlet": outlet,
                    "index": index,
                    "rouge1": scorer.score(references, sentences)["rouge1"],
                    "sentences": sentences,
                    "inside_quotation": any(inside_left_out_quotation(summary)),
                }
            )
    return rows


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return list(map(json.loads, lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    run = parser.add_mutually_exclusive_group(required=True)
    run.add_argument("--out", type=Path, help="write each article's ROUGE-1 and summary here")
    run.add_argument("--read", type=Path, help="read the file a run wrote rather than summarize again")
    parser.add_argument("--before", type=Path, help="a file an earlier run wrote, to compare with")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per outlet")
    args = parser.parse_args()
    if args.read:
        rows = read_rows(args.read)
    elif not (args.data / "cnndm_dev.jsonl").is_file():
        sys.exit(f"no data in {args.data}: pass --data DIR, the folder with cnndm_dev.jsonl")
    else:
        rows = summarized(args.data, args.limit)
        with args.out.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")

    before = {(row["outlet"], row["index"]): row for row in read_rows(args.before)} if args.before else {}
    by_outlet: dict[str, list[dict]] = {}
    for row in rows:
        by_outlet.setdefault(row["outlet"], []).append(row)
    print("ROUGE-1 (F1 x 100) of default's three-sentence summaries; 'inside a quotation': summaries with a")
    print("sentence that opens inside a quotation begun in an article sentence they left out")
    for outlet, outlet_rows in by_outlet.items():
        mean = statistics.fmean(row["rouge1"] for row in outlet_rows)
        inside = sum(row["inside_quotation"] for row in outlet_rows)
        line = f"{outlet}: {len(outlet_rows)} articles, ROUGE-1 {mean:.2f}"
        if before:
            pairs = [(before[(outlet, row["index"])], row) for row in outlet_rows]
            differences = [row["rouge1"] - then["rouge1"] for then, row in pairs]
            error = (
                statistics.stdev(differences) / math.sqrt(len(differences)) if len(differences) > 1 else 0.0
            )
            changed = sum(then["sentences"] != row["sentences"] for then, row in pairs)
            inside_before = sum(then["inside_quotation"] for then, _ in pairs)
            line += (
                f", paired difference {statistics.fmean(differences):+.2f} ± {error:.2f} (standard error),"
                f" {changed} summaries changed; inside a quotation: {inside_before} before, {inside} now"
            )
        else:
            line += f"; inside a quotation: {inside}"
        print(line)


if __name__ == "__main__":
    main()
