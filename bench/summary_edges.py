"""Default summaries of every shared extraction page whose sentences carry table markup, a bullet or
another defect a reader notices, and what changed since a previous run.

Usage::

    python bench/summary_edges.py --out now.jsonl [--before then.jsonl] [--data ../shared/data/extraction]

``--data bench/extraction_pages`` checks our own pages (live blogs, newsletters, interviews ...) instead.
Summarizes each page (its HTML, as ``nutgraf.summarize`` takes it) with the default engine, as three
sentences and as the ``tldr`` form, and writes one JSON line per page (``set/id``, the summary's
sentences and the tldr's). Prints the pages with a summary sentence
that opens or closes on ``|``, holds two bars (a table row's cells run together) or opens on a list
item's bullet (``- ``, ``• ``, ``* ``), and their count. Then counts, per kind, the summary sentences a
reader would find broken or that are page furniture (:data:`DEFECTS`), and the later summary sentences
that open leaning back (:data:`LEANS_ON_LEFT_OUT`) or inside a quotation begun in a sentence the summary
left out (:data:`INSIDE_LEFT_OUT_QUOTATION`), and prints each one. A tldr's sentence is counted
where the three-sentence summary does not hold it.
With ``--before`` (a file an earlier run wrote, say from a checkout of the previous commit), also prints
the pages whose summary changed and their count.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

import nutgraf
from extraction_bench import DEFAULT_DATA, load_set, set_folders
from nutgraf.engines.default import opens_unresolved
from nutgraf.engines.options import continues_quotation
from nutgraf.errors import NutgrafError
from nutgraf.language import words
from nutgraf.segment import make_document


def has_markup(sentence: str) -> bool:
    """A table's bar at an edge, a row's cells run together, or a list item's bullet leading."""
    return (
        sentence.startswith("|")
        or sentence.endswith("|")
        or sentence.count("|") >= 2
        or sentence.startswith(("- ", "• ", "* "))
    )


# Heuristics that flag a summary sentence for a reader to look at, given its text and the cleaned text just
# before and after it. They over-count a little (a brand name such as "evolve" that opens a sentence in
# lower case); the printed sentences say which are real.
_FOOTNOTE = re.compile(r"\[(?:\d{1,4}|[a-z]|citation needed|note \d+)\]|^\^ ")
_TIMESTAMP = re.compile(
    r"^(?:posted|published|updated|last updated|last modified|first published)\b(?: on| at)?:? [^\n]{0,60}\d",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:in this\b[^.]{0,60}\b(?:photo|image|picture|file)\b|(?:this|a) (?:undated |handout |file )*"
    r"(?:photo|image|picture)\b[^.]{0,40}\b(?:shows|taken|provided|released|made available)\b|pictured:|图为)",
    re.IGNORECASE,
)
_SPONSOR = re.compile(
    r"\b(?:is|are|was|has been|have been) (?:sponsored|compensated|brought to you|paid for) by\b"
    r"|^powered by\b",
    re.IGNORECASE,
)
# A sentence that a stop inside a word run ends too soon: the next on its line opens in lower case.
_RUNS_ON = re.compile(r"[ \t]*[^\W\d_]")
_FINAL = re.compile(r"[.!?…。！？।॥][\"'”’»)\]」』）]*$")
# A sentence that ends on an abbreviation or an initial while its line goes on: "made from 10:30 p.m."
# (then "Aug. 9 to 6:30 a.m."), "(or 1 tsp.", "George W.".
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:[ap]\.m|tsp|tbsp|oz|lbs?|[A-Z]|Mr|Mrs|Dr|Gov|Sen|Rep|St|No|Inc|Jr|Co)\.$"
)
# Two sentences with no space between them: "worked as a physician.Police arrested a man".
_GLUED = re.compile(r"[a-z]{2}[.!?][A-Z][a-z]")

# A note's number left after a stop, which joined two sentences: "the theatre's accounts.2 A music student".
_NOTE_NUMBER_JOINS = re.compile(r"[^\W\d_]{2}[.!?][\"”’]?\d{1,3} [A-Z]")
# A dateline a summary sentence opens on: an agency's tag the news follows without a space ("(CNN)President",
# "Hong Kong (CNN Business)A muddled"), a place or a date before a dash ("Indianapolis – Several", "Feb. 23,
# 2015 -- Life-threatening", "New York, NY – With").
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’]*+ ){0,3}+\([A-Z][\w .]{0,29}\)(?=[A-Z])"
    r"|^[A-Z][\w.'’]*+(?:,? [A-Z0-9][\w.'’]*+){0,4}+,? (?:--|[—–-]) (?=[A-Z])"
)
# What speaks to the reader of the page, not of the news: a newsletter's greeting, a call to act.
_CALL = re.compile(
    r"^(?:good (?:morning|afternoon|evening)\b|welcome to\b|start your day\b|(?:this is )?your \w+ "
    r"(?:briefing|newsletter|digest|roundup)\b|(?:sign up|subscribe|click here|check out|don't miss|read more)\b"
    r"|(?:pro tip: )?get more\b)|\b(?:view|read|find) (?:\w+ ){0,5}here[.!]$",
    re.IGNORECASE,
)

DEFECTS: dict[str, Callable[[str, str, str], bool]] = {
    "footnote marker or reference line": lambda text, before, after: bool(_FOOTNOTE.search(text)),
    "timestamp": lambda text, before, after: bool(_TIMESTAMP.match(text)),
    "caption": lambda text, before, after: bool(_CAPTION.match(text)),
    "sponsor or platform line": lambda text, before, after: bool(_SPONSOR.search(text)),
    "cut: next sentence on its line opens in lower case": lambda text, before, after: bool(
        (m := _RUNS_ON.match(after)) and m.group()[-1].islower()
    ),
    "cut: opens in lower case after a stop on its line": lambda text, before, after: (
        text[:1].islower() and bool(before) and not before.endswith("\n")
    ),
    "cut: ends on an abbreviation, its line goes on": lambda text, before, after: bool(
        after.strip() and _ABBREVIATION_END.search(text)
    ),
    "glued: no space after a stop": lambda text, before, after: bool(_GLUED.search(text)),
    "joined: a note's number after a stop": lambda text, before, after: bool(_NOTE_NUMBER_JOINS.search(text)),
    "dateline opens it": lambda text, before, after: bool(_DATELINE.match(text)),
    "newsletter greeting or call to the reader": lambda text, before, after: bool(_CALL.search(text)),
    "quotation without its opening (speaker or start left out)": lambda text, before, after: (
        ("”" in text and "“" not in text) or (text.count('"') % 2 == 1 and not text.startswith('"'))
    ),
    "no final stop": lambda text, before, after: not _FINAL.search(text),
    "no letter or digit": lambda text, before, after: not any(c.isalnum() for c in text),
}


# A summary sentence after the first that opens with a pronoun or connective pointing back (the default
# engine's own test) where the summary left out the article sentence just before it: "And it plays more
# titles in native 4K ..." after "The Xbox One X is the ultimate video game system." with the sentence
# between skipped. Only the summary's opening is held to that rule by the engine.
LEANS_ON_LEFT_OUT = "later sentence opens leaning back, the sentence before it left out"


def leans_on_left_out(summary: nutgraf.Summary, k: int) -> bool:
    """Whether ``summary``'s sentence ``k`` (after its first) opens leaning back while text other than white
    space stands between it and the summary sentence before it."""
    sentence, previous = summary.sentences[k], summary.sentences[k - 1]
    return bool(summary.source[previous.end : sentence.start].strip()) and opens_unresolved(
        words(sentence.text), summary.language
    )


# A summary sentence that opens inside a quotation begun in an article sentence the summary left out (the
# engine's own test): alone it closes a quotation it never opened (Kyrgios's "I'm just tired so maybe I just
# wanted to get the job done.\"") or gives someone's words as the article's own.
INSIDE_LEFT_OUT_QUOTATION = "opens inside a quotation begun in a sentence left out"


def inside_left_out_quotation(summary: nutgraf.Summary) -> list[bool]:
    """Per sentence of the extractive ``summary``, whether it opens inside a quotation begun in an article
    sentence before it that the summary left out: the article segmented again as the engine read it."""
    title = summary.article.title if summary.article is not None else None
    document = make_document(summary.source, language=summary.language, title=title)
    index = {span.start: i for i, span in enumerate(document.sentences)}
    taken = [index.get(s.start) for s in summary.sentences]
    quoting = continues_quotation(document.text, document.sentences)
    return [i is not None and quoting[i] and i - 1 not in taken for i in taken]


def defects(text: str, before: str, after: str) -> list[str]:
    """The kinds of :data:`DEFECTS` that summary sentence ``text`` shows; ``before`` and ``after`` are the
    cleaned article's text on its line before and after it."""
    return [kind for kind, test in DEFECTS.items() if test(text, before, after)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="write each page's summary here")
    parser.add_argument("--before", type=Path, help="a file an earlier run wrote, to compare with")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a folder of page sets, or one set")
    args = parser.parse_args()

    summaries: dict[str, list[str]] = {}
    tldrs: dict[str, list[str]] = {}
    found: dict[str, list[str]] = {
        kind: [] for kind in (*DEFECTS, LEANS_ON_LEFT_OUT, INSIDE_LEFT_OUT_QUOTATION)
    }
    for page_set in map(load_set, set_folders(args.data, None)):
        for page_id, page in page_set.pages.items():
            name = f"{page_set.name}/{page_id}"
            for form, forms in (("paragraph", summaries), ("tldr", tldrs)):
                try:
                    summary = nutgraf.summarize(page, form=form)
                except NutgrafError as error:
                    forms[name] = [f"error: {error}"]
                    continue
                forms[name] = [s.text for s in summary.sentences]
                # A tldr's sentence is counted where the three-sentence summary does not hold it too.
                counted = summaries[name] if form == "tldr" else []
                inside = inside_left_out_quotation(summary)
                for k, s in enumerate(summary.sentences):
                    if s.text in counted:
                        continue
                    label = f"{name}{' (tldr)' * (form == 'tldr')}: {s.text[:100]}"
                    if k and leans_on_left_out(summary, k):
                        found[LEANS_ON_LEFT_OUT].append(label)
                    if inside[k]:
                        found[INSIDE_LEFT_OUT_QUOTATION].append(label)
                    line_start = summary.source.rfind("\n", 0, s.start) + 1
                    line_end = summary.source.find("\n", s.end) % (len(summary.source) + 1)
                    before, after = summary.source[line_start : s.start], summary.source[s.end : line_end]
                    for kind in defects(s.text, before, after):
                        found[kind].append(label)
    with args.out.open("w", encoding="utf-8") as out:
        for page, sentences in summaries.items():
            row = {"page": page, "sentences": sentences, "tldr": tldrs[page]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")

    marked = [page for page, sentences in summaries.items() if any(map(has_markup, sentences))]
    for page in marked:
        print(page, [s[:100] for s in summaries[page] if has_markup(s)])
    print(f"{len(marked)} of {len(summaries)} summaries have a sentence with table markup or a bullet")
    for kind, sentences in found.items():
        for sentence in sentences:
            print(f"  {kind}: {sentence}")
    sentence_count = sum(map(len, summaries.values()))
    print(f"summary sentences with a defect, of {sentence_count} (one may show several kinds):")
    for kind, sentences in found.items():
        print(f"{len(sentences):4d}  {kind}")
    if args.before:
        with args.before.open(encoding="utf-8") as lines:
            before = {row["page"]: (row["sentences"], row.get("tldr")) for row in map(json.loads, lines)}
        now = {page: (sentences, tldrs[page]) for page, sentences in summaries.items()}
        changed = [page for page in now if before.get(page) != now[page]]
        for page in changed:
            print(f"changed: {page}\n  before: {before.get(page)}\n  now:    {now[page]}")
        print(f"{len(changed)} of {len(summaries)} summaries changed")


if __name__ == "__main__":
    main()
