"""Instructions per article of ``nutgraf.summarize(text)``, counted by valgrind's cachegrind.

Timings on a shared machine move by more than a round of speed work changes them; the count of
instructions does not move between runs of one tree in one shell, so it tells two versions of the code
apart when both are counted there, one after the other, from trees exported to paths of one length. It is
no constant of the code: one tree's count moved by up to some 9,000 an XSum article between shells and
between tree paths (5,815,275 to 5,824,429 for one commit), so a difference under that, counted apart, is
unproven. The script summarizes the
first ``--articles`` articles of a shared set once, then (in a second process) twice, both under
cachegrind; the second count less the first, over the number of articles, is one article's steady-state
cost, with the start-up and first-use costs (imports, tables, the language model) cancelled out::

    PYTHONPATH=src python bench/instruction_count.py [--set cnndm_dev.jsonl] [--articles 150] [--data DIR]
        [--upto extract|segment|summarize] [--typographic]

``--typographic`` counts the articles with curly quotes and dashes (:func:`typographic`), as real pages
set them. ``--upto`` counts the pipeline up to a stage: ``extract`` the cleaned Article (decoding,
cleaning, language detection), ``segment`` that and the Document (sentences, words), ``summarize`` (the
default) the whole call. One stage's cost is its count less the one before it: where the instructions go, without
a profiler, whose own cost per call outweighs the small calls it would measure.

Needs valgrind (``apt-get install valgrind``); a run of 150 CNN/DM articles takes under a minute.
Compare the code before and after a change with ``PYTHONPATH`` pointing at each one's ``src``. The
second pass meets words the first has stemmed already (the stem cache holds them), so the figure is the
cost of an article in a long-running process, not of one whose words are all new.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")
# The shared sets' texts are ASCII, where real pages set curly quotes and dashes: ``--typographic`` turns an
# apostrophe inside a word, a pair of straight double quotes and a spaced hyphen into theirs, so the count
# meets the non-ASCII lines whose patterns once cost twenty times an ASCII line's.
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_QUOTED = re.compile(r'"([^"\n]*)"')


def typographic(text: str) -> str:
    """``text`` with its ASCII apostrophes, double quotes and spaced hyphens set as a typesetter would."""
    text = _APOSTROPHE.sub("\u2019", text)
    text = _QUOTED.sub("\u201c\\1\u201d", text)
    return text.replace(" - ", " \u2014 ")


STAGES = ("extract", "segment", "summarize")


def summarize_passes(
    path: Path, articles: int, passes: int, upto: str = "summarize", typeset: bool = False
) -> None:
    """Summarize the first ``articles`` articles of ``path`` ``passes`` times, or take them through the
    pipeline ``upto`` an earlier stage (what cachegrind counts); ``typeset``: their :func:`typographic` text."""
    import nutgraf
    from nutgraf.evaluate import read_jsonl
    from nutgraf.extract import as_article
    from nutgraf.segment import make_document

    texts = [record["article"] for record in read_jsonl(path, articles)]
    if typeset:
        texts = [typographic(text) for text in texts]
    for _ in range(passes):
        for text in texts:
            if upto == "summarize":
                nutgraf.summarize(text)
                continue
            article = as_article(text)
            if upto == "segment":
                # As summarize() makes it, its words too: the engines read them first.
                _ = make_document(article.text, language=article.language, title=article.title).words


def instructions(
    path: Path, articles: int, passes: int, upto: str = "summarize", typeset: bool = False
) -> int:
    """The instructions a fresh process takes to summarize the articles ``passes`` times (or to take them
    ``upto`` an earlier stage), typeset (:func:`typographic`) or as the set has them."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--passes",
        str(passes),
        "--articles",
        str(articles),
        "--path",
        str(path),
        "--upto",
        upto,
        *(["--typographic"] if typeset else []),
    ]
    # A fixed hash seed and one BLAS thread: the same work, instruction for instruction, in every run.
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    found = _TOTAL.search(done.stderr) if done.returncode == 0 else None
    if found is None:
        sys.exit(
            f"valgrind gave no instruction count (exit status {done.returncode}):\n{done.stderr[-2000:]}"
        )
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--set", default="cnndm_dev.jsonl", help="a JSONL file of the data folder")
    parser.add_argument("--articles", type=int, default=150, help="how many of its first articles")
    parser.add_argument(
        "--upto", choices=STAGES, default="summarize", help="count the pipeline up to this stage only"
    )
    parser.add_argument(
        "--typographic",
        action="store_true",
        help="count the articles with curly quotes, apostrophes and dashes (the sets' are ASCII)",
    )
    parser.add_argument("--passes", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.passes is not None:  # the child that cachegrind counts
        summarize_passes(args.path, args.articles, args.passes, args.upto, args.typographic)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind")
    path = args.data / args.set
    if not path.is_file():
        sys.exit(f"no {args.set} in {args.data}: pass --data DIR, the folder with the shared JSONL files")
    # One pass outside cachegrind first writes the bytecode of every module the passes import: a stale or
    # missing .pyc is compiled by the first counted process only, and twice - once came out too low.
    subprocess.run(
        [sys.executable, __file__, "--passes", "1", "--articles", "1", "--path", str(path)], check=True
    )
    once, twice = (
        instructions(path, args.articles, passes, args.upto, args.typographic) for passes in (1, 2)
    )
    stage = "" if args.upto == "summarize" else f" up to {args.upto}"
    typeset = " typographic" if args.typographic else ""
    print(
        f"{args.set}{typeset}, {args.articles} articles{stage}: {(twice - once) / args.articles:,.0f} instructions"
        " an article"
    )


if __name__ == "__main__":
    main()
