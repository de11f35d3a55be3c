"""CPU time per article of ``nutgraf.summarize(text)``, for comparing two versions of the code.

Warms up on the first articles, then prints the best of a few passes over the first CNN/DM articles of
``cnndm_dev.jsonl``, in microseconds of this process's CPU time per article. The machine's other work
moves single runs by 20% or more: run it in fresh processes alternating between the code before and
after a change, and compare the pairs::

    PYTHONPATH=src python bench/summarize_cpu_bench.py [--data DIR] [--articles 1000] [--warm 100] [--passes 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def cpu_per_article(texts: list[str], warm: int, passes: int) -> float:
    """The best of ``passes`` passes over ``texts``, in µs of process CPU time per article, after
    summarizing the first ``warm`` of them."""
    import nutgraf

    for text in texts[:warm]:
        nutgraf.summarize(text)
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for text in texts:
            nutgraf.summarize(text)
        best = min(best, time.process_time() - started)
    return best / len(texts) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--articles", type=int, default=1000, help="articles a pass (default 1000)")
    parser.add_argument("--warm", type=int, default=100, help="articles summarized first (default 100)")
    parser.add_argument("--passes", type=int, default=3, help="passes, the best counted (default 3)")
    args = parser.parse_args()
    from nutgraf.evaluate import read_jsonl

    path = args.data / "cnndm_dev.jsonl"
    if not path.is_file():
        sys.exit(
            f"no cnndm_dev.jsonl in {args.data}: pass --data DIR, the folder with the shared JSONL files"
        )
    texts = [record["article"] for record in read_jsonl(path, args.articles)]
    print(f"{cpu_per_article(texts, args.warm, args.passes):.1f}")


if __name__ == "__main__":
    main()
