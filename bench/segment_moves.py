"""Which sentence spans a change to the splitter moves on the shared summarization sets.

    python bench/segment_moves.py --out now.json [--before then.json] [--show 40] [--data ../shared/data]

Writes every article's sentence spans to ``--out``. With ``--before`` (a file an earlier run wrote, say
from a checkout of the previous commit), prints how many spans moved (in one file and not the other) and
in how many articles, per set, and ``--show`` of the changed stretches as they read before and now, so
that a rule is kept only when its moves are improvements.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nutgraf.segment import split_sentences

SETS = ("cnndm_dev", "bbc_news_summary", "xsum_bbc")


def spans_of_sets(data: Path) -> dict[str, dict[str, list[list[int]]]]:
    """{set: {article id: [[start, end], ...]}} for every article of :data:`SETS`."""
    found: dict[str, dict[str, list[list[int]]]] = {}
    for name in SETS:
        with open(data / f"{name}.jsonl", encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines]
        found[name] = {
            record["id"]: [[span.start, span.end] for span in split_sentences(record["article"])]
            for record in records
        }
    return found


def articles(data: Path, name: str) -> dict[str, str]:
    with open(data / f"{name}.jsonl", encoding="utf-8") as lines:
        return {record["id"]: record["article"] for record in map(json.loads, lines)}


def compare(before: dict, now: dict, data: Path, show: int) -> None:
    """Print the moved spans per set and up to ``show`` changed stretches, before and now."""
    shown = 0
    for name in SETS:
        moved = changed_articles = total = 0
        texts: dict[str, str] | None = None
        for article_id, spans in now[name].items():
            old = {tuple(span) for span in before[name][article_id]}
            new = {tuple(span) for span in spans}
            total += len(new)
            if old == new:
                continue
            changed_articles += 1
            moved += len(old ^ new)
            if shown < show:
                texts = texts or articles(data, name)
                text = texts[article_id]
                print(f"--- {name} {article_id}")
                print("  before:", " | ".join(text[s:e][-120:] for s, e in sorted(old - new)))
                print("  now:   ", " | ".join(text[s:e][-120:] for s, e in sorted(new - old)))
                shown += 1
        print(
            f"{name}: {moved} spans moved (before's and now's together) in {changed_articles} articles; {total} now"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write this run's spans")
    parser.add_argument("--before", type=Path, help="a file an earlier run wrote, to compare with")
    parser.add_argument("--show", type=int, default=40, help="how many changed articles to print")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    arguments = parser.parse_args()
    now = spans_of_sets(arguments.data)
    arguments.out.write_text(json.dumps(now), encoding="utf-8")
    if arguments.before:
        compare(json.loads(arguments.before.read_text(encoding="utf-8")), now, arguments.data, arguments.show)


if __name__ == "__main__":
    main()
