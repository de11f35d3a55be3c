"""Sentence splitters compared: boundary precision, recall and F1 on two labelled samples, and speed.

Samples (see docs/segmentation.md):

* ``news``: gold sentence starts in ~270 excerpts of real news (bench/segmentation/news.json), stored as
  references into ../shared/data; the text is read from there at run time.
* ``tricky``: hand-written cases of every hard pattern, nine languages (bench/segmentation/tricky.json).

A boundary is where the next sentence starts, taken at its first letter or digit, so a splitter is not
marked down for the side of a boundary a quotation mark lands on. Every splitter sees one line at a time
(a line break always ends a sentence in nutgraf). Speed is milliseconds per article over the first
cnndm_dev articles (about 700 words each), whole-article calls.

    pip install -r bench/requirements.txt          # pysbd and nltk, the peers
    python bench/segment_bench.py                  # all splitters
    python bench/segment_bench.py --only nutgraf,blingfire --articles 500
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_DATA = HERE.parents[1] / "shared" / "data"
_LINE = re.compile(r"[^\n]+")
# A numbered list item's number at a line's start ("1. ", "12) "), as nutgraf.segment leaves it out.
_LIST_NUMBER = re.compile(r"\d{1,3}[.)][ \t]++(?=[^\W\d_])")
# What --only takes, in the table's order.
SPLITTERS = ("nutgraf", "blingfire", "pysbd", "punkt")

Splitter = Callable[[str], list[tuple[int, int]]]


def _by_line(split_line: Callable[[str], list[tuple[int, int]]]) -> Splitter:
    def split(text: str) -> list[tuple[int, int]]:
        spans = []
        for line in _LINE.finditer(text):
            if line.group().strip():
                spans.extend((line.start() + s, line.start() + e) for s, e in split_line(line.group()))
        return spans

    return split


def make_splitters(names: set[str]) -> dict[str, Splitter]:
    splitters: dict[str, Splitter] = {}
    if "nutgraf" in names:
        from nutgraf.segment import split_sentences

        splitters["nutgraf"] = lambda text: [(s.start, s.end) for s in split_sentences(text)]
    if "blingfire" in names:
        import blingfire

        splitters["blingfire"] = _by_line(lambda line: blingfire.text_to_sentences_and_offsets(line)[1])
    # Each peer on its own: one that is not installed is skipped, not the ones after it.
    if "pysbd" in names:
        try:
            import pysbd
        except ImportError:
            _skip("pysbd")
        else:
            segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
            splitters["pysbd"] = _by_line(lambda line: [(s.start, s.end) for s in segmenter.segment(line)])
    if "punkt" in names:
        try:
            splitters["punkt"] = _by_line(_train_punkt().span_tokenize)
        except ImportError:
            _skip("punkt")
    return splitters


def _skip(splitter: str) -> None:
    print(f"skipping {splitter}, not installed: pip install -r bench/requirements.txt", file=sys.stderr)


def _train_punkt():
    """nltk's Punkt, trained here on the shared (unlabelled) articles: no download involved."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer

    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    for name, limit in (("bbc_news_summary.jsonl", None), ("cnndm_dev.jsonl", 1000)):
        for record in _records(name, limit):
            trainer.train(record["article"], finalize=False)
    trainer.finalize_training()
    return PunktSentenceTokenizer(trainer.get_params())


def _records(name: str, limit: int | None = None):
    with open(SHARED_DATA / name, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)


def _first_alnum(text: str, offset: int) -> int:
    while offset < len(text) and not text[offset].isalnum():
        offset += 1
    # A numbered list item's number is its list's, as a bullet is: nutgraf's sentence starts past it,
    # and the gold's at it, at one boundary.
    if number := _LIST_NUMBER.match(text, offset):
        return number.end()
    return offset


def boundaries(text: str, starts: list[int]) -> set[int]:
    """Sentence boundaries as the position of each next sentence's first letter or digit (past a numbered
    list item's number)."""
    return {_first_alnum(text, s) for s in starts[1:]}


def news_sample() -> list[tuple[str, set[int]]]:
    """(text, gold boundaries) of the news sample, its text read from the shared data."""
    spec = json.loads((HERE / "segmentation" / "news.json").read_text(encoding="utf-8"))
    wanted: dict[str, set[str]] = {}
    for item in spec["items"]:
        wanted.setdefault(item["file"], set()).add(item["id"])
    articles = {}
    for name, ids in wanted.items():
        articles.update({r["id"]: r["article"] for r in _records(name) if r["id"] in ids})
    sample = []
    for item in spec["items"]:
        text = articles[item["id"]][item["start"] : item["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != item["sha1"]:
            raise SystemExit(f"the shared text of {item['id']} changed; the gold offsets no longer apply")
        sample.append((text, boundaries(text, item["sentence_starts"])))
    return sample


def tricky_sample() -> list[tuple[str, set[int], str]]:
    """(text, gold boundaries, case name) of the hand-written cases."""
    spec = json.loads((HERE / "segmentation" / "tricky.json").read_text(encoding="utf-8"))
    sample = []
    for case in spec["cases"]:
        sentences = case["sentences"]
        separators = case.get("separators", [" "] * (len(sentences) - 1))
        text, starts = "", []
        for sentence, separator in zip(sentences, [*separators, ""], strict=True):
            starts.append(len(text))
            text += sentence + separator
        sample.append((text, boundaries(text, starts), f"{case['case']} ({case['language']})"))
    return sample


def score(splitter: Splitter, sample: list[tuple[str, set[int]]]) -> tuple[float, float, float, int]:
    """Micro-averaged boundary precision, recall, F1, and the number of texts split exactly right."""
    true_positives = predicted = gold_total = exact = 0
    for text, gold in sample:
        found = boundaries(text, [start for start, _ in splitter(text)])
        true_positives += len(found & gold)
        predicted += len(found)
        gold_total += len(gold)
        exact += found == gold
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / gold_total if gold_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, exact


def speed(splitter: Splitter, articles: list[str]) -> float:
    """Milliseconds per article (best of three passes)."""
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        for article in articles:
            splitter(article)
        best = min(best, time.perf_counter() - began)
    return 1000 * best / len(articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default=",".join(SPLITTERS), help="comma-separated splitters")
    parser.add_argument("--articles", type=int, default=300, help="cnndm_dev articles timed (default 300)")
    parser.add_argument(
        "--misses", action="store_true", help="list the tricky cases each splitter gets wrong"
    )
    args = parser.parse_args(argv)
    if unknown := set(args.only.split(",")) - set(SPLITTERS):
        parser.error(f"no splitter {', '.join(sorted(unknown))}: --only takes {', '.join(SPLITTERS)}")
    if not SHARED_DATA.is_dir():
        print(f"shared data not found at {SHARED_DATA}", file=sys.stderr)
        return 1
    splitters = make_splitters(set(args.only.split(",")))
    news = news_sample()
    tricky = tricky_sample()
    articles = [r["article"] for r in _records("cnndm_dev.jsonl", args.articles)]
    words = sum(len(a.split()) for a in articles) / len(articles)
    print(
        f"news: {len(news)} excerpts, {sum(len(g) for _, g in news)} boundaries; "
        f"tricky: {len(tricky)} cases, {sum(len(g) for _, g, _ in tricky)} boundaries; "
        f"speed over {len(articles)} cnndm articles of {words:.0f} words on average"
    )
    header = f"{'splitter':<10} {'news P':>7} {'R':>6} {'F1':>6} {'tricky P':>9} {'R':>6} {'F1':>6} {'cases ok':>9} {'ms/article':>11}"
    print(header)
    print("-" * len(header))
    for name, splitter in splitters.items():
        news_p, news_r, news_f, _ = score(splitter, news)
        tricky_p, tricky_r, tricky_f, exact = score(splitter, [(t, g) for t, g, _ in tricky])
        print(
            f"{name:<10} {news_p:7.3f} {news_r:6.3f} {news_f:6.3f} {tricky_p:9.3f} {tricky_r:6.3f} "
            f"{tricky_f:6.3f} {exact:>4}/{len(tricky):<4} {speed(splitter, articles):11.3f}"
        )
        if args.misses:
            for text, gold, case in tricky:
                found = boundaries(text, [start for start, _ in splitter(text)])
                if found != gold:
                    pieces = [text[a:b] for a, b in splitter(text)]
                    print(f"    {case}: {pieces}")
    import blingfire

    print(
        "reference: blingfire.text_to_sentences alone (no spans, so not usable as is) "
        f"{speed(blingfire.text_to_sentences, articles):.3f} ms/article; the machine's load moves every figure"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
