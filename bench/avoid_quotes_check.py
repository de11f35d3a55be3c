"""How many summaries made with ``avoid=["quotes"]`` still hold a sentence that is mostly quotation.

A check independent of nutgraf's own reading (:func:`nutgraf.engines.options.quoted_shares`), so that it
can find what that reading misses: per paragraph, straight double quotes by their parity, and “…”,
„…“, «…», ‘…’ and 「…」 by pairs (a ’ inside a word, or after an s and before a space with another ’
before the next ‘, is an apostrophe). A summary sentence more than half of whose words are inside
counts. The check is crude (a lost mark flips a paragraph's parity): read the sentences it prints
before trusting a count.

Data: ``xsum_bbc.jsonl`` (499), ``bbc_news_summary.jsonl`` (first 600), ``cnndm_dev.jsonl`` (first
2,000) in ``../shared/data``, as ``bench/options_bench.py`` reads them.

Usage::

    python bench/avoid_quotes_check.py [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import nutgraf

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SETS = (("xsum_bbc.jsonl", 499), ("bbc_news_summary.jsonl", 600), ("cnndm_dev.jsonl", 2000))
_WORD = re.compile(r"\w+")
_PAIRS = {"“": "”", "„": "“", "«": "»", "‘": "’", "「": "」"}


def inside_quotes(paragraph: str) -> list[bool]:
    """Per character of ``paragraph``, whether the check reads it as inside a quotation."""
    inside = [False] * len(paragraph)
    straight = False
    closing: str | None = None
    for i, mark in enumerate(paragraph):
        after = paragraph[i + 1 : i + 2]
        before = paragraph[i - 1 : i]
        if mark == '"':
            straight = not straight
            inside[i] = True
            continue
        if closing is None and mark in _PAIRS and not (mark == "‘" and before.isalnum()):
            closing = _PAIRS[mark]
        elif closing is not None and mark == closing:
            later = paragraph.find("’", i + 1)
            apostrophe = mark == "’" and (
                after.isalpha()
                or (
                    before in ("s", "S")
                    and after == " "
                    and later >= 0
                    and "‘" not in paragraph[i + 1 : later]
                )
            )
            if not apostrophe:
                closing = None
                inside[i] = True
                continue
        inside[i] = straight or closing is not None
    return inside


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=10, help="print this many flagged sentences")
    args = parser.parse_args()
    if missing := [file for file, _ in SETS if not (DATA / file).is_file()]:
        sys.exit(f"no {', '.join(missing)} in {DATA}: the check reads the shared evaluation data")
    flagged: list[tuple[str, str, bool]] = []
    total = 0
    for file, limit in SETS:
        held = articles = 0
        with open(DATA / file, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number >= limit:
                    break
                record = json.loads(line)
                summary = nutgraf.summarize(record["article"], sentences=3, avoid=["quotes"])
                articles += 1
                for sentence in summary.sentences:
                    start = summary.source.rfind("\n", 0, sentence.start) + 1
                    end = summary.source.find("\n", sentence.end)
                    inside = inside_quotes(summary.source[start : len(summary.source) if end < 0 else end])
                    words = [sentence.start - start + w.start() for w in _WORD.finditer(sentence.text)]
                    if words and sum(inside[w] for w in words) / len(words) > 0.5:
                        held += 1
                        flagged.append((record["id"], sentence.text, bool(summary.notes)))
                        break
        print(f"{file}: {held} of {articles} summaries hold a sentence that is mostly quotation")
        total += articles
    noted = sum(note for _, _, note in flagged)
    print(f"all: {len(flagged)} of {total} ({noted} of them say the article has too few other sentences)")
    for identifier, text, note in flagged[: args.show]:
        print(f"  {identifier}{' (noted)' if note else ''}: {text[:160]}")


if __name__ == "__main__":
    main()
