"""Summary quality and speed of nutgraf's extractive engines beside sumy's LexRank and summa's TextRank.

One run, the same articles for every system (by default the first 2,000 of ``shared/data/cnndm_dev.jsonl``,
the articles ``training/train_default.py`` holds out), three-sentence summaries, scored as
``shared/data/README.md`` says (:class:`nutgraf.evaluate.RougeScorer`). summa takes a word budget, not a
sentence count: it gets the word count of the article's Lead-3.

Each system runs in a fresh process of its own, one after the other, so its peak RSS is its own and no two
are timed at once. Two speeds are reported, both timing only summarizing (not reading or scoring):

* ``call/s``: the summarizer call on its prepared document. nutgraf: ``engine.summarize(document,
  budget)`` on the :class:`~nutgraf.article.Document` (word tokens and stems are computed inside the
  call); sumy 0.13 LexRank: ``LexRankSummarizer(document, 3)`` on a sumy document of nutgraf's sentences
  (sumy's own splitter needs NLTK data that cannot be downloaded; its words are tokenized inside the
  call too), with sumy's English stemmer and stopwords; summa 1.2 TextRank: ``summarize(text, words=...)``
  (it takes text and splits sentences itself).
* ``text/s``: from the article's text to the summary, preparing the document included. For nutgraf
  that is what ``nutgraf.summarize(text)`` does: cleaning, sentence splitting, language detection; for
  sumy, splitting the text with nutgraf's splitter (sumy gets no cleaning and is told the language).

So both speeds start from the same input for nutgraf and sumy: ``call/s`` from the article split into
sentences by the same splitter, ``text/s`` from the raw article text. The bench prints which is which.

Finally a fresh process summarizes one 10,000-word article (real articles joined) with ``default`` and
reports its peak RSS.

Usage::

    pip install -r bench/requirements.txt
    python bench/summarize_bench.py [--limit N] [--data PATH]
"""

from __future__ import annotations

import argparse
import inspect
import json
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cnndm_dev.jsonl"
SYSTEMS = ("lead", "textrank", "default", "sumy-lexrank", "summa-textrank")
SENTENCES = 3
RSS_CHECK_WORDS = 10_000


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB.

    Linux's ``VmHWM`` where there is one: ``ru_maxrss`` survives ``exec``, so a child started by this
    (large, ROUGE-loaded) process would report the parent's peak. Elsewhere ``ru_maxrss`` (KiB on Linux).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _SumyWords:
    """A word tokenizer sumy accepts (its own needs NLTK's punkt data): nutgraf's word tokens."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> list[str]:
        from nutgraf.language import words

        return words(text)

    @staticmethod
    def to_sentences(text: str) -> list[str]:
        from nutgraf.segment import split_sentences

        return [text[s.start : s.end] for s in split_sentences(text)]


def _summarizer(system: str):
    """Two functions: ``prepare(text)`` makes the summarizer's input document, ``call(document,
    lead_words)`` turns it into summary sentences (tokenizing the words, as both libraries do lazily)."""
    if system.startswith("sumy"):
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        lexrank = LexRankSummarizer(Stemmer("english"))
        lexrank.stop_words = get_stop_words("english")
        tokenizer = _SumyWords()

        def prepare(text: str):
            sentences = [Sentence(s, tokenizer) for s in tokenizer.to_sentences(text)]
            return ObjectDocumentModel([Paragraph(sentences)])

        def call(document, lead_words: int) -> list[str]:
            return [str(s) for s in lexrank(document, SENTENCES)]

        return prepare, call
    if system.startswith("summa"):
        from summa.summarizer import summarize as summa_summarize

        def call(text: str, lead_words: int) -> list[str]:
            return [line for line in summa_summarize(text, words=lead_words).split("\n") if line.strip()]

        return str, call

    from nutgraf.engines.base import Budget, get_summarizer
    from nutgraf.extract import extract
    from nutgraf.segment import make_document

    engine = get_summarizer(system)
    budget = Budget(sentences=SENTENCES)

    # The two halves of nutgraf.summarize(text): cleaning, splitting and language detection, then the engine.
    def prepare(text: str):
        article = extract(text)
        return make_document(article.text, language=article.language, title=article.title)

    def call(document, lead_words: int) -> list[str]:
        return [s.text for s in engine.summarize(document, budget)]

    return prepare, call


def run_system(system: str, path: str, limit: int) -> dict:
    """One system's summaries of the articles, its articles/s, and its peak RSS.

    Two speeds: of the summarizer call on its prepared document, and from the article's text to its
    summary (preparing included). Scoring happens in the parent process: the ROUGE package alone takes
    ~200 MB, which would swamp the summarizers' own memory use.
    """
    import nutgraf
    from nutgraf.evaluate import read_jsonl
    from nutgraf.language import words

    prepare, call = _summarizer(system)
    records = list(read_jsonl(path, limit))
    # Lead-3's length in words, summa's budget; warm every lazy import and cache before timing.
    lead_words = [
        len(words(" ".join(s.text for s in nutgraf.summarize(r["article"], summarizer="lead").sentences)))
        for r in records
    ]
    call(prepare(records[0]["article"]), lead_words[0])
    summaries = []
    preparing = calling = 0.0
    for record, budget in zip(records, lead_words, strict=True):
        started = time.perf_counter()
        document = prepare(record["article"])
        prepared = time.perf_counter()
        summaries.append(call(document, budget))
        calling += time.perf_counter() - prepared
        preparing += prepared - started
    return {
        "system": system,
        "summaries": summaries,
        "call_per_second": len(records) / calling,
        "text_per_second": len(records) / (preparing + calling),
        "peak_rss_mb": peak_rss_mb(),
    }


def score(row: dict, references: list[str], scorer) -> dict:
    """``row`` with its mean ROUGE F1 x 100 per metric added."""
    from nutgraf.evaluate import METRICS

    totals = dict.fromkeys(METRICS, 0.0)
    for reference, candidate in zip(references, row["summaries"], strict=True):
        for metric, value in scorer.score([reference], candidate).items():
            totals[metric] += value
    return {**row, "articles": len(references), **{m: totals[m] / len(references) for m in METRICS}}


_RSS_CHECK = """
import json, sys
import nutgraf
from nutgraf.evaluate import read_jsonl
from nutgraf.language import words
parts, count = [], 0
for record in read_jsonl(sys.argv[1]):
    parts.append(record["article"])
    count += len(words(record["article"]))
    if count >= int(sys.argv[2]):
        break
text = "\\n\\n".join(parts)
summary = nutgraf.summarize(text, summarizer="default")
print(json.dumps({"words": count, "sentences": len(summary.sentences), "peak_rss_mb": peak_rss_mb()}))
"""


def rss_check(path: str, words: int = RSS_CHECK_WORDS) -> dict:
    """Peak RSS of a fresh process that imports nutgraf and summarizes one article of ``words`` words."""
    script = inspect.getsource(peak_rss_mb) + _RSS_CHECK
    output = subprocess.run(
        [sys.executable, "-c", "import resource\n" + script, path, str(words)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(output.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="JSONL with article and reference")
    parser.add_argument("--limit", type=int, default=2000, help="number of articles (default 2000)")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"no data at {args.data}: pass --data PATH to a JSONL file with article and reference")

    from nutgraf.evaluate import RougeScorer, read_jsonl

    references = [record["reference"] for record in read_jsonl(args.data, args.limit)]
    scorer = RougeScorer()
    rows = []
    for system in SYSTEMS:
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            row = pool.submit(run_system, system, str(args.data), args.limit).result()
        rows.append(score(row, references, scorer))
    by_name = {row["system"]: row for row in rows}
    header = (
        f"{'system':<16} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-Lsum':>10} {'call/s':>8} {'text/s':>8} "
        f"{'peak RSS MB':>12}"
    )
    print(f"{args.data.name}, first {rows[0]['articles']} articles, {SENTENCES}-sentence summaries")
    print(
        "call/s: summarizer call only, every system starting from the article split into sentences by\n"
        "nutgraf's splitter (summa splits the text itself); text/s: from the raw article text, preparing\n"
        "included (nutgraf cleans, detects the language and splits; sumy only splits)"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['system']:<16} {row['rouge1']:8.2f} {row['rouge2']:8.2f} {row['rougeLsum']:10.2f} "
            f"{row['call_per_second']:8.0f} {row['text_per_second']:8.0f} {row['peak_rss_mb']:12.0f}"
        )
    lead, default = by_name["lead"], by_name["default"]
    print()
    print(
        f"default - lead: ROUGE-1 {default['rouge1'] - lead['rouge1']:+.2f}, "
        f"ROUGE-2 {default['rouge2'] - lead['rouge2']:+.2f}, "
        f"ROUGE-Lsum {default['rougeLsum'] - lead['rougeLsum']:+.2f}"
    )
    sumy = by_name["sumy-lexrank"]
    print(
        "default throughput / sumy LexRank throughput: "
        f"{default['call_per_second'] / sumy['call_per_second']:.1f}x per summarizer call (both from the "
        f"same split sentences), {default['text_per_second'] / sumy['text_per_second']:.1f}x from the same "
        "raw text to summary"
    )
    check = rss_check(str(args.data))
    print(
        f"peak RSS summarizing one {check['words']:,}-word article with default (fresh process): "
        f"{check['peak_rss_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
