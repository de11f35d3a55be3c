"""Default summaries of every shared extraction page whose sentences carry table markup or a bullet, and
what changed since a previous run.

Usage::

    python bench/summary_edges.py --out now.jsonl [--before then.jsonl] [--data ../shared/data/extraction]

Summarizes each page (its HTML, as ``nutgraf.summarize`` takes it) with the default engine and writes one
JSON line per page (``set/id`` and the summary's sentences). Prints the pages with a summary sentence
that opens or closes on ``|``, holds two bars (a table row's cells run together) or opens on a list
item's bullet (``- ``, ``• ``, ``* ``), and their count.
With ``--before`` (a file an earlier run wrote, say from a checkout of the previous commit), also prints
the pages whose summary changed and their count.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import nutgraf
from extraction_bench import DEFAULT_DATA, load_set, set_folders
from nutgraf.errors import NutgrafError


def has_markup(sentence: str) -> bool:
    """A table's bar at an edge, a row's cells run together, or a list item's bullet leading."""
    return (
        sentence.startswith("|")
        or sentence.endswith("|")
        or sentence.count("|") >= 2
        or sentence.startswith(("- ", "• ", "* "))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="write each page's summary here")
    parser.add_argument("--before", type=Path, help="a file an earlier run wrote, to compare with")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of page sets")
    args = parser.parse_args()

    summaries: dict[str, list[str]] = {}
    for page_set in map(load_set, set_folders(args.data, None)):
        for page_id, page in page_set.pages.items():
            try:
                sentences = [s.text for s in nutgraf.summarize(page).sentences]
            except NutgrafError as error:
                sentences = [f"error: {error}"]
            summaries[f"{page_set.name}/{page_id}"] = sentences
    with args.out.open("w", encoding="utf-8") as out:
        for page, sentences in summaries.items():
            out.write(json.dumps({"page": page, "sentences": sentences}, ensure_ascii=False) + "\n")

    marked = [page for page, sentences in summaries.items() if any(map(has_markup, sentences))]
    for page in marked:
        print(page, [s[:100] for s in summaries[page] if has_markup(s)])
    print(f"{len(marked)} of {len(summaries)} summaries have a sentence with table markup or a bullet")
    if args.before:
        with args.before.open(encoding="utf-8") as lines:
            before = {row["page"]: row["sentences"] for row in map(json.loads, lines)}
        changed = [page for page in summaries if before.get(page) != summaries[page]]
        for page in changed:
            print(f"changed: {page}\n  before: {before.get(page)}\n  now:    {summaries[page]}")
        print(f"{len(changed)} of {len(summaries)} summaries changed")


if __name__ == "__main__":
    main()
