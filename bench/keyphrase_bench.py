"""Keyphrase extraction compared: nutgraf, yake, summa, newspaper4k and a term-frequency baseline.

Scored exactly as ../shared/data/README.md says ("How keyphrases are scored"): on
``keyphrases_500n_kpcrowd.jsonl`` (450 broadcast news stories with crowd-assigned keyphrases), F1@5,
F1@10, P@10 and R@10 (x 100, averaged over documents), and documents per second on the same texts.
nutgraf's weights were fitted on one half of that file (the *tuning* half, below); the other half
(*held out*) was not looked at while tuning, so it is the figure to trust. The file's own ``split`` field
marks every story "train", so the halves are drawn by a hash of the story id.

A third check, on news from other outlets with other annotators: the English pages of the extraction
sets (``extraction/*/``, a hundred sites) that carry their editors' tags (``<meta name="keywords">``,
``news_keywords``, ``article:tag``), each read as a story (the page's title line, blank line, the gold
article text), its tags split at commas, bars and semicolons as the references, scored as above. Tags
name sections and topics as well as what the text says (a little over half occur in it), so every
system scores lower there; no weight of nutgraf's was fitted on it.

A second check, of whether a ranking puts a story's subject first on other news: on BBC News articles
(``bbc_news_summary.jsonl``, the headline withheld), the share of articles whose first keyphrase, and
whose first three, name something the headline names (every word of the keyphrase, Porter-stemmed, is a
word of the headline). No keyphrase labels there: a proxy, not the issue's measure. The first thousand
articles were used to choose between weightings of nutgraf; the check reads the thousand after them.

Every system gets the story as given (title line, blank line, body). nutgraf's time includes cleaning it
(``nutgraf.keyphrases(text)``, the public call); the peers take the raw text. Speed is documents per
second of wall-clock time and per second of this process's CPU time (on a machine shared with other
work the second moves less), after a warm-up on 50 other articles and a few headlines: a model loaded
on first use (nutgraf's language identifier's) is a cost per process, not per document.

    pip install -r bench/requirements.txt       # yake, summa, newspaper4k
    python bench/keyphrase_bench.py             # all systems
    python bench/keyphrase_bench.py --only nutgraf,tf --headlines 0
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_DATA = HERE.parents[1] / "shared" / "data"
KEYPHRASES = "keyphrases_500n_kpcrowd.jsonl"
HEADLINES = "bbc_news_summary.jsonl"
EXTRACTION_SETS = "extraction"
# Pages whose gold article text is shorter are not articles to tag (fixtures, stubs).
TAGGED_MIN_WORDS = 100
_TAG_FIELDS = (
    '//meta[@name="keywords" or @name="Keywords" or @name="news_keywords" or @property="article:tag"]'
    "/@content"
)
_TAG_SEPARATORS = re.compile(r"[,|;]")
# BBC articles before this one were looked at while choosing nutgraf's weights.
HEADLINES_FROM = 1000
# What --only takes, in the table's order.
KEYPHRASE_SYSTEMS = ("nutgraf", "yake", "summa", "newspaper4k", "tf")
# BBC articles every system reads before it is timed, and texts too short to tell their language by its
# commonest words (nutgraf then loads a classifier's model, once per process).
WARM_UP = 50
SHORT_TEXTS = ("Storm hits coast", "Elecciones en Madrid", "Wahl in Berlin")
TOP = 10

Extractor = Callable[[str], list[str]]


# --- The scorer (../shared/data/README.md, "How keyphrases are scored") -----------------------------

_HYPHEN_BETWEEN_WORDS = re.compile(r"(?<=\w)-(?=\w)")


def normalise(phrase: str, _stemmer=[]) -> str:  # noqa: B006 (a cache of one stemmer)
    """Lower-case; every character but letters, digits and a hyphen between two word characters becomes
    a space; each word Porter-stemmed."""
    if not _stemmer:
        import snowballstemmer

        _stemmer.append(snowballstemmer.stemmer("porter"))
    lowered = phrase.lower()
    kept_hyphens = {m.start() for m in _HYPHEN_BETWEEN_WORDS.finditer(lowered)}
    chars = [c if c.isalpha() or c.isdigit() or i in kept_hyphens else " " for i, c in enumerate(lowered)]
    return " ".join(_stemmer[0].stemWord(word) for word in "".join(chars).split())


def score(predicted: list[str], references: list[list[str]], k: int) -> tuple[float, float, float]:
    """P@k, R@k and F1@k of one document."""
    kept: list[str] = []
    for phrase in map(normalise, predicted):
        if phrase and phrase not in kept:
            kept.append(phrase)
    kept = kept[:k]
    golds: list[set[str]] = []
    for variants in references:
        gold = {n for n in map(normalise, variants) if n}
        if gold and gold not in golds:
            golds.append(gold)
    matched = [False] * len(golds)
    hits = 0
    for phrase in kept:
        for i, gold in enumerate(golds):
            if not matched[i] and phrase in gold:
                matched[i] = True
                hits += 1
                break
    precision = hits / len(kept) if kept else 0.0
    recall = hits / len(golds) if golds else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --- The systems ------------------------------------------------------------------------------------


def _yake() -> Extractor:
    import yake

    # Defaults (English, up to 3-grams); lower scores are better and come first.
    extractor = yake.KeywordExtractor(top=TOP)
    return lambda text: [phrase for phrase, _ in extractor.extract_keywords(text)]


def _summa() -> Extractor:
    from summa import keywords

    def summa_keywords(text: str) -> list[str]:
        # Its own cut to ten words (the README's F1@5 is for this call); summa 1.2.0 fails on a
        # text of fewer words than that (IndexError), where its default cut serves.
        try:
            return keywords.keywords(text, words=TOP, split=True)[:TOP]
        except IndexError:
            return keywords.keywords(text, split=True)[:TOP]

    return summa_keywords


def _newspaper4k() -> Extractor:
    from newspaper.nlp import keywords as newspaper_keywords
    from newspaper.text import StopWords

    stopwords = StopWords("en")
    return lambda text: list(newspaper_keywords(text, stopwords, TOP))


_PEERS: dict[str, Callable[[], Extractor]] = {"yake": _yake, "summa": _summa, "newspaper4k": _newspaper4k}


def make_extractors(names: set[str]) -> dict[str, Extractor]:
    extractors: dict[str, Extractor] = {}
    if "nutgraf" in names:
        import nutgraf

        extractors["nutgraf"] = lambda text: [k.text for k in nutgraf.keyphrases(text, top=TOP)]
    if "tf" in names:
        extractors["tf"] = term_frequency
    # Each peer on its own: one that is not installed is skipped, not the ones after it.
    for name, build in _PEERS.items():
        if name in names:
            try:
                extractors[name] = build()
            except ImportError as exc:
                print(
                    f"skipping {name} ({exc.name} not installed): pip install -r bench/requirements.txt",
                    file=sys.stderr,
                )
    return extractors


_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def term_frequency(text: str) -> list[str]:
    """The README's baseline: runs of one to three words between stopwords and punctuation, the most
    frequent first (the earlier first among equals)."""
    from nutgraf.language import stopwords

    stop = stopwords("en")
    counts: dict[str, int] = {}
    run: list[str] = []
    for token in [*_TOKEN.findall(text.lower()), "."]:
        if token[0].isalnum() and token not in stop and not token.isdigit():
            run.append(token)
            continue
        if 1 <= len(run) <= 3:
            phrase = " ".join(run)
            counts[phrase] = counts.get(phrase, 0) + 1
        run = []
    return sorted(counts, key=counts.__getitem__, reverse=True)[:TOP]


# --- The runs ---------------------------------------------------------------------------------------


def tuning_half(story_id: str) -> bool:
    """The half of the stories nutgraf's weights were fitted on."""
    return zlib.crc32(story_id.encode()) % 2 == 0


def _records(name: str, limit: int | None = None, skip: int = 0) -> Iterable[dict]:
    with open(SHARED_DATA / name, encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= skip + limit:
                return
            if count >= skip:
                yield json.loads(line)


def editor_tagged_stories() -> list[dict]:
    """The extraction sets' English pages that carry their editors' tags, as stories (``id``, ``text``:
    title line, blank line, gold article text; ``keyphrases``: the tags, one variant each)."""
    from lxml import html

    from extraction_bench import load_set, set_folders
    from nutgraf.language import detect_language

    stories = []
    for page_set in map(load_set, set_folders(SHARED_DATA / EXTRACTION_SETS, None)):
        for page_id, body in page_set.gold.items():
            if len(body.split()) < TAGGED_MIN_WORDS:
                continue
            tree = html.fromstring(page_set.pages[page_id])
            tags: dict[str, str] = {}
            for field in tree.xpath(_TAG_FIELDS):
                for tag in _TAG_SEPARATORS.split(field):
                    if normalise(tag):
                        tags.setdefault(normalise(tag), tag.strip())
            if not tags or detect_language(body) != "en":
                continue
            title = (
                tree.xpath('//meta[@property="og:title"]/@content') or tree.xpath("//title/text()") or [""]
            )[0]
            stories.append(
                {
                    "id": f"{page_set.name}/{page_id}",
                    "text": f"{title.strip()}\n\n{body}",
                    "keyphrases": [[tag] for tag in tags.values()],
                }
            )
    return stories


def tagged_scores(extract: Extractor, stories: list[dict]) -> tuple[float, float]:
    """F1@5 and F1@10 (x 100) on the editor-tagged stories."""
    predictions = [extract(story["text"]) for story in stories]
    return tuple(
        100
        * sum(score(p, s["keyphrases"], k)[2] for p, s in zip(predictions, stories, strict=True))
        / len(stories)
        for k in (5, 10)
    )


def keyphrase_scores(extract: Extractor, stories: list[dict]) -> dict[str, dict[str, float]]:
    """F1@5, F1@10, P@10, R@10 on the whole set and on each half, and documents per second."""
    start, cpu_start = time.perf_counter(), time.process_time()
    predictions = [extract(story["text"]) for story in stories]
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    parts = {"all": stories, "tuning": [], "held out": []}
    for story in stories:
        parts["tuning" if tuning_half(story["id"]) else "held out"].append(story)
    by_id = {story["id"]: predicted for story, predicted in zip(stories, predictions, strict=True)}
    result: dict[str, dict[str, float]] = {}
    for part, members in parts.items():
        at5 = [score(by_id[s["id"]], s["keyphrases"], 5) for s in members]
        at10 = [score(by_id[s["id"]], s["keyphrases"], 10) for s in members]

        def mean(values: Iterable[float], n: int = len(members)) -> float:
            return 100 * sum(values) / n

        result[part] = {
            "F1@5": mean(f for _, _, f in at5),
            "F1@10": mean(f for _, _, f in at10),
            "P@10": mean(p for p, _, _ in at10),
            "R@10": mean(r for _, r, _ in at10),
        }
    result["all"]["docs/s"] = len(stories) / seconds
    result["all"]["docs/cpu-s"] = len(stories) / cpu_seconds
    return result


def headline_hits(extract: Extractor, articles: list[dict]) -> tuple[float, float]:
    """Share of articles whose first keyphrase, and whose first three, hold only words of the headline."""
    first = three = 0
    for article in articles:
        headline = set(normalise(article["title"]).split())
        found = [normalise(k).split() for k in extract(article["article"])]
        inside = [bool(words) and set(words) <= headline for words in found]
        first += any(inside[:1])
        three += any(inside[:3])
    return 100 * first / len(articles), 100 * three / len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", help=f"comma-separated systems ({', '.join(KEYPHRASE_SYSTEMS)})")
    parser.add_argument(
        "--headlines", type=int, default=1000, help="BBC articles for the headline check (0: none)"
    )
    args = parser.parse_args()
    names = set((args.only or ",".join(KEYPHRASE_SYSTEMS)).split(","))
    if unknown := names - set(KEYPHRASE_SYSTEMS):
        parser.error(f"no system {', '.join(sorted(unknown))}: --only takes {', '.join(KEYPHRASE_SYSTEMS)}")
    if not (SHARED_DATA / KEYPHRASES).is_file():
        sys.exit(f"{SHARED_DATA / KEYPHRASES} not found: the bench reads the shared evaluation data")
    stories = list(_records(KEYPHRASES))
    articles = list(_records(HEADLINES, args.headlines, skip=HEADLINES_FROM)) if args.headlines else []
    extractors = make_extractors(names)
    # Warm-up on other news: what a running service has done before (imports, models loaded on first use,
    # such as the language identifier's, word caches for common words) is not what is timed.
    warm_up = [a["article"] for a in _records(HEADLINES, WARM_UP)] + [stories[0]["text"], *SHORT_TEXTS]
    for extract in extractors.values():
        for text in warm_up:
            extract(text)
    tagged = editor_tagged_stories()
    rows = []
    for name, extract in extractors.items():
        scores = keyphrase_scores(extract, stories)
        hits = headline_hits(extract, articles) if articles else None
        rows.append((name, scores, tagged_scores(extract, tagged) if tagged else None, hits))
        print(f"{name}: done", file=sys.stderr)
    tuning = sum(tuning_half(s["id"]) for s in stories)
    print(
        f"500N-KPCrowd, {len(stories)} stories ({tuning} tuning, {len(stories) - tuning} held out);"
        f" editor tags of {len(tagged)} English pages of the extraction sets;"
        f" headline check on {len(articles)} BBC articles (from article {HEADLINES_FROM + 1:,})"
    )
    print(
        f"{'system':<12} {'F1@5':>6} {'F1@10':>6} {'P@10':>6} {'R@10':>6} | {'F1@10 tuning':>12}"
        f" {'held out':>8} | {'tags F1@5':>9} {'@10':>5} | {'docs/s':>7} {'/cpu-s':>7} |"
        f" {'headline@1':>10} {'@3':>5}"
    )
    for name, scores, tag_scores, hits in rows:
        whole = scores["all"]
        print(
            f"{name:<12} {whole['F1@5']:6.1f} {whole['F1@10']:6.1f} {whole['P@10']:6.1f} {whole['R@10']:6.1f} |"
            f" {scores['tuning']['F1@10']:12.1f} {scores['held out']['F1@10']:8.1f} |"
            + (f" {tag_scores[0]:9.1f} {tag_scores[1]:5.1f} |" if tag_scores else f" {'':9} {'':5} |")
            + f" {whole['docs/s']:7.0f} {whole['docs/cpu-s']:7.0f} |"
            + (f" {hits[0]:10.1f} {hits[1]:5.1f}" if hits else "")
        )


if __name__ == "__main__":
    main()
