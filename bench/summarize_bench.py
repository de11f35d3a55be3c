"""Summary quality per outlet, readable openings and speed of nutgraf's engines beside sumy and summa.

One run, the same raw article texts for every system, three-sentence summaries, scored as
``shared/data/README.md`` says (:class:`nutgraf.evaluate.RougeScorer`), per outlet, each held out from
the default model's training (``training/train_default.py`` trains on Daily Mail only):

* CNN and Daily Mail: the first 2,000 records of ``cnndm_dev.jsonl`` (lower-cased, one line), told
  apart by CNN's dateline;
* the same 2,000 as published: re-cased and in paragraphs (``training/forms.py``), the form a reader
  pastes;
* BBC News Summary (``bbc_news_summary.jsonl``, long extractive references) and XSum
  (``xsum_bbc.jsonl``, BBC, one-sentence references);
* other outlets: the English news and blog pages of ``extraction/`` (a hundred sites), their gold
  article text summarized against the description their editors gave the page (``<meta
  name="description">``, else ``og:description``; 8 words or more, articles of 150 words or more). Most
  descriptions copy the article's opening, which favours Lead-3; the outlet "descriptions written, not
  copied" keeps those with at most half of their word pairs (ROUGE-2 precision against the article) in
  the article. nutgraf's engines read, beside the text, whether the page declares itself a news story
  (:attr:`nutgraf.Article.news`, read from the page's HTML as ``nutgraf.summarize(html)`` does): the
  record's ``source``, the text as pasted with that flag.

Every system starts from the raw article text: nutgraf's engines through ``nutgraf.summarize(text)``
(cleaning, language detection and sentence splitting included); sumy 0.13 LexRank on the text split
into sentences by blingfire (sumy's own splitter needs NLTK data that cannot be downloaded), with
sumy's English stemmer and stopwords; summa 1.2 TextRank on the text, with Lead-3's word count as its
budget (it takes words, not sentences). Each mean has a bootstrap 95% interval, and each system's
difference to Lead-3 a paired one.

**Openings**: the share of summaries whose first sentence opens with a pronoun or connective that points
back to something the summary left out ("He said...", "But the...";
:func:`nutgraf.engines.default.opens_unresolved`).

**Speed**: in one process, rounds that alternate sumy and ``nutgraf.summarize`` (default) on the same
raw texts (the held-out CNN/DM articles): text to summary, everything included. The ratio of their
throughputs is taken per round; the bench prints the median and the range over the rounds, since the
machine may be shared. Finally a fresh process summarizes one 10,000-word article (real articles
joined) with ``default`` and reports its peak RSS.

Usage::

    pip install -r bench/requirements.txt
    python bench/summarize_bench.py [--limit N] [--rounds R] [--data DIR] [--speed-only | --quality-only]
    python bench/summarize_bench.py --dump SUMMARIES.json   # every outlet's nutgraf summaries, no scores

``--dump`` writes what the ROUGE rows are computed from, nutgraf's default and Lead-3 summaries of every
outlet, and nothing else: two trees whose files are byte-identical score the same, which is how a change
to cleaning or segmentation shows that it moved no summary, in seconds rather than the bench's minutes.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SYSTEMS = ("lead", "textrank", "default", "sumy-lexrank", "summa-textrank")
SENTENCES = 3
HELD_OUT_CNNDM = 2000
SPEED_ARTICLES = 2000
RSS_CHECK_WORDS = 10_000
# Words at least in a described page's article and in its description.
DESCRIBED_MIN_WORDS = (150, 8)
# The shared data is English news.
LANGUAGE = "en"


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


def outlets(data: Path, limit: int | None) -> dict[str, list[dict]]:
    """Each outlet's held-out records (article, reference), at most ``limit`` of each."""
    from nutgraf.evaluate import read_jsonl

    sys.path.insert(0, str(ROOT / "training"))
    from forms import Recaser, paragraphs
    from train_default import cased_texts

    held_out = list(read_jsonl(data / "cnndm_dev.jsonl", HELD_OUT_CNNDM))
    cnn = [r for r in held_out if _is_cnn(r["article"])]
    dailymail = [r for r in held_out if not _is_cnn(r["article"])]
    recaser = Recaser(cased_texts(data))
    rng = random.Random(0)
    published = [{**r, "article": paragraphs(recaser(r["article"]), rng)} for r in held_out]
    return {
        "CNN": cnn[:limit],
        "Daily Mail": dailymail[:limit],
        "CNN/DM as published (re-cased, paragraphs)": published[:limit],
        "BBC News Summary": list(read_jsonl(data / "bbc_news_summary.jsonl", limit)),
        "XSum (BBC)": list(read_jsonl(data / "xsum_bbc.jsonl", limit)),
        **described_pages(data / "extraction", limit),
    }


def described_pages(folder: Path, limit: int | None) -> dict[str, list[dict]]:
    """The English pages of the extraction sets with their editors' description as the reference: all of
    them, and those whose description is written rather than copied from the article. Each record's
    ``source`` is what nutgraf summarizes: the article's text as pasted, with whether its page declares
    itself news (:attr:`nutgraf.Article.news`)."""
    from dataclasses import replace

    from lxml import html
    from rouge_score.rouge_scorer import RougeScorer

    import nutgraf
    from extraction_bench import load_set, set_folders
    from nutgraf.language import detect_language

    pages = []
    for page_set in map(load_set, set_folders(folder, None)):
        for page_id, article in page_set.gold.items():
            if len(article.split()) < DESCRIBED_MIN_WORDS[0]:
                continue
            document = html.fromstring(page_set.pages[page_id])
            found = document.xpath('//meta[@name="description"]/@content') or document.xpath(
                '//meta[@property="og:description"]/@content'
            )
            description = found[0].strip() if found else ""
            if len(description.split()) >= DESCRIBED_MIN_WORDS[1] and detect_language(article) == LANGUAGE:
                news = nutgraf.extract(page_set.pages[page_id], url=page_set.urls[page_id]).news
                source = replace(nutgraf.extract(article), news=news)
                pages.append({"article": article, "reference": description, "source": source})
    pairs = RougeScorer(["rouge2"], use_stemmer=True)
    written = [p for p in pages if pairs.score(p["article"], p["reference"])["rouge2"].precision <= 0.5]
    return {
        "Other outlets' pages, editors' descriptions": pages[:limit],
        "Other outlets' pages, descriptions written, not copied": written[:limit],
    }


def _is_cnn(article: str) -> bool:
    # CNN's stories carry its dateline, "Washington (cnn)", in their first lines; Daily Mail's do not.
    return "(cnn)" in article[:300].lower()


class _SumyWords:
    """A word tokenizer sumy accepts (its own needs NLTK's punkt data): nutgraf's word tokens."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> list[str]:
        from nutgraf.language import words

        return words(text)


def summarizer(system: str) -> Callable[[Any, int], list[str]]:
    """A function from an article's raw text (and Lead-3's word count, summa's budget) to its summary; for
    nutgraf's engines the text or an :class:`nutgraf.Article`."""
    if system == "sumy-lexrank":
        import blingfire
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words

        lexrank = LexRankSummarizer(Stemmer("english"))
        lexrank.stop_words = get_stop_words("english")
        tokenizer = _SumyWords()

        def sumy(text: str, lead_words: int) -> list[str]:
            sentences = [Sentence(s, tokenizer) for s in blingfire.text_to_sentences(text).split("\n") if s]
            return [str(s) for s in lexrank(ObjectDocumentModel([Paragraph(sentences)]), SENTENCES)]

        return sumy
    if system == "summa-textrank":
        from summa.summarizer import summarize as summa_summarize

        def summa(text: str, lead_words: int) -> list[str]:
            return [line for line in summa_summarize(text, words=lead_words).split("\n") if line.strip()]

        return summa

    import nutgraf

    def engine(source: Any, lead_words: int) -> list[str]:
        return [s.text for s in nutgraf.summarize(source, summarizer=system, sentences=SENTENCES).sentences]

    return engine


def nutgraf_summaries(records: list[dict], system: str) -> list[list[str]]:
    """One of nutgraf's engines' summary of each record, as :func:`quality` scores it."""
    summarize = summarizer(system)
    return [summarize(record.get("source", record["article"]), 0) for record in records]


def quality(records: list[dict], scorer) -> dict[str, dict]:
    """Per system: its ROUGE scores on each record (in a :class:`~nutgraf.evaluate.SystemScore`) and how
    many of its summaries open unresolved."""
    import nutgraf
    from nutgraf.engines.default import opens_unresolved
    from nutgraf.evaluate import SystemScore
    from nutgraf.language import words

    lead_words = [
        len(words(nutgraf.summarize(r["article"], summarizer="lead", sentences=SENTENCES).text))
        for r in records
    ]
    nutgrafs = set(nutgraf.summarizers())
    results = {}
    for system in SYSTEMS:
        summarize = summarizer(system)
        score = SystemScore(system)
        unresolved = 0
        for record, budget in zip(records, lead_words, strict=True):
            # nutgraf's engines read what a page tells of the article (``source``); the peers its text.
            summary = summarize(
                record.get("source", record["article"]) if system in nutgrafs else record["article"], budget
            )
            references = (
                record["reference"] if isinstance(record["reference"], list) else [record["reference"]]
            )
            score.add(scorer.score(references, summary))
            unresolved += bool(summary) and opens_unresolved(words(summary[0]), LANGUAGE)
        results[system] = {"score": score, "unresolved": unresolved}
    return results


def print_outlet(name: str, results: dict[str, dict]) -> None:
    lead = results["lead"]["score"]
    print(f"\n{name}: {lead.articles} articles")
    header = (
        f"{'system':<16} {'ROUGE-1':>8} {'95% interval':>13} {'ROUGE-2':>8} {'ROUGE-Lsum':>10} "
        f"{'R-1 vs lead':>12} {'95% interval':>15} {'opens unresolved':>17}"
    )
    print(header)
    print("-" * len(header))
    for system, result in results.items():
        score = result["score"]
        low, high = score.interval("rouge1")
        versus = f"{'':>12} {'':>15}"
        if score is not lead:
            d_low, d_high = score.interval("rouge1", lead)
            versus = (
                f"{score.mean('rouge1') - lead.mean('rouge1'):+12.2f} {f'{d_low:+.2f} to {d_high:+.2f}':>15}"
            )
        unresolved = result["unresolved"]
        share = f"{unresolved} ({unresolved / max(score.articles, 1):.1%})"
        print(
            f"{system:<16} {score.mean('rouge1'):8.2f} {f'{low:.2f}-{high:.2f}':>13} {score.mean('rouge2'):8.2f} "
            f"{score.mean('rougeLsum'):10.2f} {versus} {share:>17}"
        )


def speed(texts: list[str], rounds: int) -> list[dict[str, float]]:
    """Rounds of sumy LexRank and ``nutgraf.summarize`` (default) on the same raw ``texts``, alternating,
    in this process; each round's articles per second of both."""
    systems = {"sumy-lexrank": summarizer("sumy-lexrank"), "default": summarizer("default")}
    for summarize in systems.values():  # warm lazy imports and caches
        summarize(texts[0], 60)
    results = []
    for _ in range(rounds):
        row = {}
        for system, summarize in systems.items():
            started, cpu_started = time.perf_counter(), time.process_time()
            for text in texts:
                summarize(text, 60)
            row[system] = len(texts) / (time.perf_counter() - started)
            row[f"{system} per CPU-s"] = len(texts) / (time.process_time() - cpu_started)
        results.append(row)
    return results


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
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per outlet")
    parser.add_argument("--rounds", type=int, default=5, help="speed rounds (default 5)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--speed-only", action="store_true", help="only the speed rounds and the RSS check")
    only.add_argument("--quality-only", action="store_true", help="only the ROUGE per outlet, no speed")
    only.add_argument(
        "--dump",
        type=Path,
        metavar="FILE",
        help="write the default and Lead-3 summaries of every outlet to FILE (JSON) and stop",
    )
    args = parser.parse_args()
    if not (args.data / "cnndm_dev.jsonl").is_file():
        sys.exit(f"no data in {args.data}: pass --data DIR, the folder with cnndm_dev.jsonl")
    # Checked before any figure, rather than a traceback after minutes of the first outlets' ROUGE.
    if not args.dump and (
        missing := [peer for peer in ("sumy", "summa") if importlib.util.find_spec(peer) is None]
    ):
        sys.exit(
            f"{', '.join(missing)} not installed (a peer compared with): pip install -r bench/requirements.txt"
        )

    if args.dump:
        summaries = {
            name: {system: nutgraf_summaries(records, system) for system in ("default", "lead")}
            for name, records in outlets(args.data, args.limit).items()
        }
        args.dump.write_text(json.dumps(summaries, ensure_ascii=False, indent=0), encoding="utf-8")
        print(
            f"{sum(len(s['default']) for s in summaries.values())} articles' summaries written to {args.dump}"
        )
        return
    if not args.speed_only:
        from nutgraf.evaluate import RougeScorer

        scorer = RougeScorer()
        print(
            f"{SENTENCES}-sentence summaries from the raw article text; ROUGE F1 x 100 with bootstrap 95%"
            " intervals"
        )
        for name, records in outlets(args.data, args.limit).items():
            print_outlet(name, quality(records, scorer))
    if args.quality_only:
        return

    from nutgraf.evaluate import read_jsonl

    texts = [
        r["article"]
        for r in read_jsonl(args.data / "cnndm_dev.jsonl", min(args.limit or SPEED_ARTICLES, SPEED_ARTICLES))
    ]
    rounds = speed(texts, args.rounds)
    print(
        f"\nspeed from raw text, {len(texts)} CNN/DM articles, {len(rounds)} alternating rounds in one process"
        f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs):"
    )
    for unit in ("", " per CPU-s"):
        for system in ("default", "sumy-lexrank"):
            rates = [row[system + unit] for row in rounds]
            print(
                f"  {system:<14} {statistics.median(rates):7.0f} articles/s{unit} "
                f"(rounds: {min(rates):.0f} to {max(rates):.0f})"
            )
        ratios = [row["default" + unit] / row["sumy-lexrank" + unit] for row in rounds]
        print(
            f"  default / sumy LexRank{unit}: {statistics.median(ratios):.1f}x median "
            f"(rounds: {min(ratios):.1f}x to {max(ratios):.1f}x)"
        )
    check = rss_check(str(args.data / "cnndm_dev.jsonl"))
    print(
        f"peak RSS summarizing one {check['words']:,}-word article with default (fresh process): "
        f"{check['peak_rss_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
