"""Faithfulness check: which article sentences back each summary sentence, and what nothing backs.

:func:`check` is light and offline (no model). Each summary sentence is aligned to the article sentence
that shares most of its content stems, plus a second one when that adds stems the first lacks; those
sentences are its evidence. Its score starts at 1 and loses:

* :data:`UNCOVERED_WEIGHT` times the share of its content stems found nowhere in the article (new
  content words; stems fold "school"/"schools" and "approve"/"approved" together);
* :data:`STITCH_WEIGHT` times the share of its content stems found in the article but not in the best
  aligned sentence, when the sentence is phrased like the article (at least :data:`COPIED_PHRASING` of
  its word bigrams occur there): a sentence copied piece by piece from several places joins what none of
  them says, the typical error of copy-heavy abstractive systems. A paraphrase may fairly draw on
  several sentences, so rewritten sentences are judged by their facts and content words only;
* :data:`NOVEL_FACT_PENALTY` for each term carrying a checkable fact that the article lacks: numbers
  (``"5,060"``, ``"5 060"``, ``"five"``, ``"20%"``, ``"1.1 million"``, ``"1,50,000"`` are compared by
  value, and a number the article states by value is no new content word), names (capitalised
  words inside a sentence; compared case-insensitively, since a page may lower-case what the summary
  capitalises), month and weekday names, and quoted strings (which must occur word for word); and once
  more when it negates what its evidence states or states what its evidence negates ("did not approve"
  against "approved").

A sentence is supported when its score reaches the threshold; an unsupported one always gets a
``reason`` a reader can follow. The weights and threshold were chosen to transfer between copy-heavy
(QAGS CNN/DM) and abstractive (QAGS XSum) summaries; ``bench/check_bench.py`` tunes the threshold on one
set and reports on the other, in both directions (figures in ``docs/abstractive.md``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from nutgraf.article import Article, Document
from nutgraf.decode import decode_text
from nutgraf.errors import EmptyInputError, InputTooLargeError, InvalidInputError
from nutgraf.extract import check_article, refuse_feed
from nutgraf.language import (
    UNDETERMINED,
    clearly_written_in,
    content_stem_table,
    content_stems,
    language_code,
    language_name,
    stopwords,
    words,
)
from nutgraf.segment import MAX_SENTENCE_MARKS, PHONE_DIGITS, make_document, split_sentences

#: Score at or above which a summary sentence counts as supported. Tuned for balanced accuracy on QAGS
#: CNN/DM alone and on QAGS XSum alone, it comes out the same (0.961), so it carries across summary
#: styles: cross-dataset BA 0.718 (CNN/DM) and 0.648 (XSum) against 0.558 and 0.545 for token overlap.
DEFAULT_THRESHOLD = 0.961
#: The longest summary checked, in sentences and in characters: four times what an engine writes at most
#: (50 sentences, 5,000 words). Each summary sentence is aligned with the article's, so a "summary" of
#: 50,000 lines against an article of as many took minutes; a longer one is refused.
MAX_SUMMARY_SENTENCES = 200
MAX_SUMMARY_CHARS = 150_000
#: What each fact-bearing term (number, name, date, quote) missing from the article takes off the score.
NOVEL_FACT_PENALTY = 0.2
#: What the share of content stems found nowhere in the article takes off the score, at most.
UNCOVERED_WEIGHT = 0.2
#: What the share of content stems found elsewhere than in the best aligned sentence takes off, at most
#: (copied phrasing only).
STITCH_WEIGHT = 0.3
#: Share of a sentence's word bigrams found in the article from which it counts as copied phrasing.
COPIED_PHRASING = 0.6
#: Missing terms named in a reason (``unsupported`` lists them all).
REASON_TERMS = 5
#: Why a summary sentence with no content word, number, name or quote ("…", "It is.") is not checked. It
#: names the common words a reader sees in "He won." or "Nobody came." (the stop words the check skips),
#: which "no content words" had denied.
NO_CONTENT_WORDS = (
    "the sentence has no name, number or word beyond the most common ones to compare with the article"
)
#: Words after a negation within which its first content word is the one it negates ("did not approve
#: the new budget": "approve"; the words after that are usually the same either way).
NEGATION_REACH = 3
# Words that negate what follows them, in the languages nutgraf prompts in; English also ends words
# with "n't" ("didn't"), French starts them with "n'" ("n'a"). Words either side negates and the other
# side states are a contradiction that shares every content word, which the scores above cannot see.
_NEGATIONS = {
    "en": frozenset("not no never nor neither nobody nothing none cannot".split()),
    "de": frozenset("nicht kein keine keinen keinem keiner keines nie niemals nichts weder".split()),
    "fr": frozenset("ne pas jamais aucun aucune rien ni".split()),
    "es": frozenset("no nunca jamás ningún ninguna ninguno nada ni tampoco".split()),
}
_NEGATING_AFFIXES = {"en": ("n't", "n’t"), "fr": ("n'", "n’")}

# A number not inside a word or another number, and a separator between two digits split by a space. Each
# opens with the characters it matches and looks behind after them: a pattern that opens with a
# lookbehind is tried at every position, one that opens with a character set only where the set matches
# (over 16 MB of news 0.12 and 0.09 s, 0.34 and 0.26 before; the check reads an article's numbers whole).
#
# Thousands may also be grouped by a space ("2 500", "1 000 000": French, Polish, Swedish and SI style,
# often a no-break or thin space): a head of one to three digits and groups of exactly three, so that a
# year and a count ("in 2015 300 people") stay two numbers. Read whole on both sides, so "2 600" is not
# taken for "600" nor "2 500" for "500". A day after its month's name and a count ("May 2 500 people")
# are two numbers (:func:`_head_of_its_own`): read as 2,500 they had backed a summary's wrong "2,500".
# The same holds after a word that takes a number of its own ("Room 12 345", "Aged 12, 500 children":
# :func:`_heads_no_thousands`), and a phone number is one number (:data:`_PHONE_NUMBER`).
# A group is tried only where a space follows the digits, and its look back (four digits before the
# space: no head of thousands) only then, so a number costs what it did.
_NUMBER = re.compile(
    r"(\d(?<![\w.,]\d)\d*(?:[ \u00a0\u2009\u202f](?<!\d{4}.)\d{3}(?!\d))*(?:[.,]\d+)*)"
    r"(?:\s?([a-zA-Z]+)\b)?"
)
# The spaces that group thousands, dropped before a grouped number is read.
_GROUP_SPACE_CHARACTERS = " \u00a0\u2009\u202f"
_GROUP_SPACES = str.maketrans("", "", _GROUP_SPACE_CHARACTERS)
# Four digits before the separator are a year or a count, not a thousands head: "in 2015, 300 people".
_SPLIT_NUMBER = re.compile(r"([.,]) (?<=\d[.,] )(?<!\d{4}[.,] )(?=\d)")
# A phone number's shapes: international ("+44 20 7946 0958", "+1 (555) 123-4567"), a trunk prefix
# ("(020) 7946 0958", "0161 496 0000", but not after a number and its group's space: "1 000 000 000" is a
# billion, not 1 and a phone number) and North American ("555-123-4567"). Its groups are no counts:
# read apart, "+44 20 7946 0958" had backed a summary's 7,946. Each group opens with a separator, so a
# group can end in one way only; the pattern opens with the characters it matches (see above).
# An abbreviation's full stop may touch the "+" ("tel.+44 20 7946 0958"); a number's ("3.+44") may not.
_PHONE_NUMBER = re.compile(
    r"[+(\d](?:(?<=\+)(?<![\w+,]\+)(?<!\d\.\+)\d{1,3}(?:[ \u00a0.-]\(?\d{1,4}\)?){2,5}"
    r"|(?<=\()(?<![\w+.,]\()(?:0\d{1,4}\)[ \u00a0.-]\d{3,4}[ \u00a0.-]\d{3,4}|\d{3}\) ?\d{3}[.-]\d{4})"
    r"|(?<=0)(?<![\w+.,]0)(?<!\d[ \u00a0\u2009\u202f]0)\d{1,4}[ \u00a0.-]\d{3,4}[ \u00a0.-]\d{3,4}"
    r"|(?<![\w+.,]\d)\d\d[ .-]\d{3}[.-]\d{4})(?![\w.,]?\d)"
)
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    # Indian English: "1.5 lakh" is 150,000, "2 crore" 20 million.
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Abbreviations that also stand for units ("40 m" of height, "5 k" run, "8 b" grade).
_AMBIGUOUS_SCALES = frozenset({"m", "k", "b"})
# English number words; other languages are compared by their digits only.
_NUMBER_WORDS = {
    word: value
    for value, group in enumerate(
        [
            ["zero"],
            ["one", "first", "once", "single"],
            ["two", "second", "twice", "both", "pair", "double"],
            ["three", "third", "thrice", "triple"],
            ["four", "fourth", "quarter"],
            ["five", "fifth"],
            ["six", "sixth"],
            ["seven", "seventh"],
            ["eight", "eighth"],
            ["nine", "ninth"],
            ["ten", "tenth"],
            ["eleven", "eleventh"],
            ["twelve", "twelfth", "dozen"],
            ["thirteen", "thirteenth"],
            ["fourteen", "fourteenth"],
            ["fifteen", "fifteenth"],
            ["sixteen", "sixteenth"],
            ["seventeen", "seventeenth"],
            ["eighteen", "eighteenth"],
            ["nineteen", "nineteenth"],
            ["twenty", "twentieth"],
        ]
    )
    for word in group
} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TRIVIAL_NUMBERS = frozenset({0.0, 1.0, 2.0})
# The number words that also name a share ("a third of", "a quarter of"); "a dozen of them" is 12.
_SHARE_WORDS = frozenset({"third", "quarter"} | {w for w in _NUMBER_WORDS if w.endswith("th")} - {"both"})
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Ordinals too: "twenty-first" is 21, not 20 (which backed a summary's "20th").
_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
)
# "forty-seven" first, then single words; either may be followed by a scale ("two million"). Words are
# tried only where one of their first letters stands (0.5 s over 16 MB of news, 0.8 before).
_NUMBER_WORD_INITIALS = "".join(sorted({word[0] for word in _NUMBER_WORDS}))
_NUMBER_WORD = re.compile(
    rf"\b(?=[{_NUMBER_WORD_INITIALS}])(?:({_TENS})[\s-]({_UNITS})|({'|'.join(_NUMBER_WORDS)}))\b"
    rf"(?:[\s-]({'|'.join(w for w in _SCALES if len(w) > 2)})\b)?"
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# The months as a day's number follows them, AP's abbreviations too ("Dec. 3"), their stop taken off.
_MONTHS_BEFORE_DAYS = _MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# English words that a number of their own follows, their stop taken off: after them a one- to three-digit
# number heads no thousands ("Room 12 345": room 12, then 345; "Aged 12, 500 children"). Written as a
# name's (a capital or a stop: "Year 12", "No."), but for :data:`_LOWER_CASE_WORDS_BEFORE_THEIR_NUMBER`: in
# lower case they close phrases before a count ("last year 1 200 people died", in South African English's
# grouping), and in other languages they are other words (Portuguese "nos 1 200 municípios", "in the").
_WORDS_BEFORE_THEIR_NUMBER = frozenset(
    "room rm no nos number flat apartment apt suite unit floor level gate platform terminal pier bay stand"
    " page p pp chapter ch section clause article paragraph para part volume vol issue episode verse figure"
    " fig table row seat block house ward bed route bus line exit junction track aisle box lot plot"
    " aged age ages grade year".split()
)
_LOWER_CASE_WORDS_BEFORE_THEIR_NUMBER = frozenset(
    "aged page pages pp room chapter platform gate seat".split()
)
_DATE_WORDS = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# "may" and "march" are ordinary words far more often than months when lower-cased.
_AMBIGUOUS_DATE_WORDS = frozenset({"may", "march"})
# A quotation: its content stops at the next opening mark of its kind, so that a run of openers with no
# closer (a line of "‘" or "``") costs one scan, not one scan of the rest of the line per opener.
_QUOTE = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,}?)[\"“”„«»]|``((?:[^`\n]|`(?!`)){3,}?)''|‘([^‘\n]{3,}?)’")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpct\b", re.IGNORECASE)
_PERCENT_WORDS = frozenset({"percent", "per", "cent", "pct"})
# What a currency sign says in words: "$2bn" backs "2 billion dollars" ("pound" is also a weight, but
# the number beside it is checked on its own).
_CURRENCY_WORDS = {"$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros")}
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_SENTENCE_START = re.compile(r"^[\W_]*\w+")
_NUMBER_SEPARATOR = re.compile(r"[.,]")


@dataclass(frozen=True)
class SentenceEvidence:
    """How well the article backs one summary sentence.

    ``evidence`` holds the ``(start, end)`` offsets, in the checked article text, of the one or two
    article sentences that back it best; ``unsupported`` lists what the article lacks: numbers, names,
    dates and quotes first, then other content words. ``reason`` says, for a reader, why an unsupported
    sentence is not supported (it reads after "Not supported by the article: "); it is empty for a
    supported one. A sentence the check could not compare with the article (a summary in another
    language, a sentence with no content word: :data:`NO_CONTENT_WORDS`) has ``supported`` and ``score``
    ``None``, and ``reason`` says why.
    """

    text: str
    supported: bool | None
    score: float | None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (offsets as ``[start, end]`` pairs)."""
        return {
            "text": self.text,
            "supported": self.supported,
            "score": self.score,
            "evidence": [list(span) for span in self.evidence],
            "unsupported": list(self.unsupported),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Evidence:
    """The result of :func:`check`: per-sentence support of a summary by its article."""

    sentences: list[SentenceEvidence]
    threshold: float = DEFAULT_THRESHOLD
    #: Sentences a ``strict`` summary left out because the article does not support them.
    dropped: int = 0
    #: ``False`` when the summary could not be compared with the article (see :func:`not_checked`).
    checked: bool = True

    @property
    def supported(self) -> bool | None:
        """Whether every summary sentence that was checked is supported (``True`` for an empty summary;
        ``None`` when the summary was not checked, or none of its sentences could be: see
        :data:`NO_CONTENT_WORDS`)."""
        verdicts = [s.supported for s in self.sentences if s.supported is not None]
        if not self.checked or (self.sentences and not verdicts):
            return None
        return all(verdicts)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: overall ``supported``, whether it was ``checked``, the ``threshold``, the
        sentences and ``dropped``."""
        return {
            "supported": self.supported,
            "checked": self.checked,
            "threshold": self.threshold,
            "sentences": [s.to_dict() for s in self.sentences],
            "dropped": self.dropped,
        }


def across_languages(summary_language: str, article_language: str) -> str:
    """Why a summary in ``summary_language`` of an article in ``article_language`` is not checked."""
    if article_language == UNDETERMINED:
        # A paste too short to name its language: "the article in Undetermined" reads as a language's name.
        return (
            f"the summary is in {language_name(summary_language)} and nutgraf could not tell the article's "
            "language from so short a text: the check compares their words, which it cannot do across languages"
        )
    return (
        f"the summary is in {language_name(summary_language)} and the article in "
        f"{language_name(article_language)}: the check compares their words, which it cannot do across "
        "languages"
    )


def not_checked(sentences: Sequence[str], reason: str) -> Evidence:
    """The evidence of a summary the check cannot compare with its article: each sentence neither
    supported nor unsupported, and ``reason`` saying why."""
    return Evidence(
        sentences=[SentenceEvidence(text=s, supported=None, score=None, reason=reason) for s in sentences],
        checked=False,
    )


def check(
    source: Article | Document | str | bytes,
    summary: str | Sequence[str],
    *,
    language: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Evidence:
    """Check a summary against its article, sentence by sentence.

    Args:
        source: the article: an :class:`Article`, a :class:`Document`, or its plain text (``str`` or
            ``bytes``). Evidence offsets point into ``source.text`` or into the decoded string. (For a
            web page, run :func:`nutgraf.extract` first and pass the article.)
        summary: the summary text (split into sentences here) or its sentences as a list.
        language: ISO 639-1 code of the article; detected when ``None``.
        threshold: score at or above which a sentence counts as supported, from 0 to 1.

    Returns:
        An :class:`Evidence` with one :class:`SentenceEvidence` per summary sentence.

    Raises:
        nutgraf.errors.InvalidInputError: when the article or the summary is empty, binary or not text,
            the threshold is not a number from 0 to 1, or the language is not a code.
        nutgraf.errors.NoArticleFound: when the article's text is an RSS, Atom or JSON feed, a list of
            articles, as :func:`nutgraf.extract` refuses it.
        nutgraf.errors.InputTooLargeError: (an ``InvalidInputError``) when the summary is longer than
            :data:`MAX_SUMMARY_SENTENCES` sentences or :data:`MAX_SUMMARY_CHARS` characters, or the
            article holds more than :data:`~nutgraf.segment.MAX_SENTENCE_MARKS` lines or sentence-final marks.
    """
    # Scores run from 0 to 1: past 1 no sentence is supported, each with a reason that blames the
    # summary, below 0 every one is; NaN (outside the range too) would flag every sentence without saying
    # why, and a bool is a caller's slip.
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
        raise InvalidInputError(f"threshold must be a number from 0 to 1, as scores are, not {threshold!r}")
    if isinstance(source, Document):
        document = source
    else:
        if isinstance(source, Article):
            check_article(source)
            text = source.text
        else:
            text = decode_text(source)
            refuse_feed(text)
        if language is not None:
            language = language_code(language)
        _refuse_many_lines(text)
        document = make_document(text, language=language or getattr(source, "language", None))
    if isinstance(summary, str | bytes):
        summary_text = decode_text(summary)
        _refuse_long_summary(len(summary_text))  # before it is split
        sentences = [summary_text[s.start : s.end] for s in split_sentences(summary_text)]
    elif isinstance(summary, Sequence):
        if not all(isinstance(s, str) for s in summary):
            raise InvalidInputError("give the summary as a string or a list of sentence strings")
        sentences = [s.strip() for s in summary if s.strip()]
    else:
        raise InvalidInputError(f"expected the summary as text, got {type(summary).__name__}")
    _refuse_long_summary(sum(map(len, sentences)), len(sentences))
    if not sentences:
        raise EmptyInputError("the summary is empty; there is nothing to check")
    article = _ArticleIndex(document, sentences)
    # Compared word by word with an article in another language, every sentence would read as unsupported
    # for words that are only a translation: say it was not checked instead. Function words alone mislead
    # on a sentence ("a pub in a village" has Portuguese's "a"), so most of its words must be new, too.
    joined = " ".join(sentences)
    summary_language = clearly_written_in(joined)
    if summary_language not in (None, document.language) and article.shares_few_words(joined):
        return not_checked(sentences, across_languages(summary_language, document.language))
    return Evidence(sentences=[article.check_sentence(s, threshold) for s in sentences], threshold=threshold)


def _refuse_many_lines(text: str) -> None:
    """Refuses an article of more than :data:`~nutgraf.segment.MAX_SENTENCE_MARKS` lines: the check reads
    the text as given, not cleaned, so each line is a sentence to it, and make_document's bound counts only
    the marks that end sentences: 14.9 MB of 2.58 million one-word lines took 20 s of CPU (news prose of
    that length, 4). At the bound the work is about 4 s."""
    # Counted in C; a text shorter than the bound cannot hold more lines.
    if len(text) > MAX_SENTENCE_MARKS and (lines := text.count("\n")) > MAX_SENTENCE_MARKS:
        raise InputTooLargeError(
            f"the article holds {lines:,} lines; nutgraf checks articles of at most {MAX_SENTENCE_MARKS:,}"
            " lines, each a sentence to the check: give the article's text (nutgraf.extract cleans it), not"
            " a list of words or figures"
        )


def _refuse_long_summary(chars: int, sentences: int | None = None) -> None:
    """Refuses a summary past :data:`MAX_SUMMARY_CHARS` characters or :data:`MAX_SUMMARY_SENTENCES`
    (``sentences``: ``None`` while they are not yet counted)."""
    if chars > MAX_SUMMARY_CHARS or (sentences or 0) > MAX_SUMMARY_SENTENCES:
        size = f"{chars:,} characters" + ("" if sentences is None else f" in {sentences:,} sentences")
        raise InputTooLargeError(
            f"the summary is {size}; nutgraf checks summaries of at most {MAX_SUMMARY_SENTENCES} sentences"
            f" and {MAX_SUMMARY_CHARS:,} characters: check it a part of that size at a time"
        )


class _ArticleIndex:
    """What the check looks up in an article: its words, stems, bigrams and numbers."""

    def __init__(self, document: Document, summary: list[str]) -> None:
        """The index of ``document`` that checking the ``summary`` sentences reads."""
        self.document = document
        self.language = document.language
        self.stem_sets = list(map(set, document.tokens))
        # Only the summary's stems are looked up: each sentence holding one (an index of every stem took
        # some 0.2 s of a 16 MB article's check).
        asked_stems = set().union(*(content_stems(words(sentence), self.language) for sentence in summary))
        self.sentences_with: dict[str, list[int]] = {}
        for index, stem_set in enumerate(self.stem_sets):
            for stem in stem_set & asked_stems:
                self.sentences_with.setdefault(stem, []).append(index)
        self.words = set().union(*document.words)
        self.stems = set().union(*self.stem_sets)
        if _PERCENT.search(document.text):
            # "20%", "20 per cent" and "20 percent" say the same thing.
            self.words |= _PERCENT_WORDS
            self.stems |= set(content_stems(sorted(_PERCENT_WORDS), self.language))
        # A scan in C of the text for each sign, as for "%". Only an article of one currency says what
        # its sign's number is in: one of "£2bn" and "$5" had backed a summary's wrong "2 billion dollars".
        signs = [sign for sign in _CURRENCY_WORDS if sign in document.text]
        if len(signs) == 1:
            names = _CURRENCY_WORDS[signs[0]]
            self.words.update(names)
            self.stems.update(content_stems(list(names), self.language))
        # Only the summary's word pairs are looked up: a set of all the article's (two million in 15 MB of
        # text) took 2 s and a quarter of the check's memory.
        asked = set().union(*(_bigrams(words(sentence)) for sentence in summary))
        self.bigrams = {
            pair for sentence in document.words for pair in itertools.pairwise(sentence) if pair in asked
        }

    # The values the article's numbers stand for, read when a summary sentence claims a number (the scan of
    # a 16 MB article took 1.6 s), those in words only for a number its figures do not back (half the
    # scan's time is the search for number words).
    @cached_property
    def numbers_in_figures(self) -> set[float]:
        mentions = _number_mentions(self.document.text, self.language, in_words=False)
        return {v for _, values in mentions for v in values}

    @cached_property
    def numbers_in_words(self) -> set[float]:
        mentions = _number_mentions(self.document.text, self.language, in_figures=False)
        return {v for _, values in mentions for v in values}

    @cached_property
    def word_sequence(self) -> list[str]:
        """The article's words in order, for the quotations of a summary sentence (most have none)."""
        return [w for sentence in self.document.words for w in sentence]

    def shares_few_words(self, text: str) -> bool:
        """Whether fewer than half the content stems of ``text`` occur in the article."""
        stems = set(content_stems(words(text), self.language))
        return len(stems & self.stems) < len(stems) / 2

    def check_sentence(self, sentence: str, threshold: float) -> SentenceEvidence:
        tokens = words(sentence)
        stems = set(content_stems(tokens, self.language))
        evidence = self._align(stems)
        uncovered = stitched = 0.0
        missing_numbers, backed_numbers = self._numbers(sentence, stems)
        if stems:
            # A number the article states in other words or figures ("47" for "Forty-seven", "3rd" for
            # "third", "150" for "१५०") is backed, though its token is not the article's.
            uncovered = len(stems - self.stems - backed_numbers) / len(stems)
            pairs = _bigrams(tokens)
            copied = len(pairs & self.bigrams) / len(pairs) if pairs else 1.0
            if evidence and copied >= COPIED_PHRASING:
                # Disjoint from ``uncovered``: article content that the closest sentence lacks.
                stitched = len(stems & self.stems - self.stem_sets[evidence[0]]) / len(stems)
        novel_facts = self._novel_facts(sentence, tokens, missing_numbers)
        if not stems and not novel_facts:
            # Nothing to compare: "…", "Ø", "-" or "It is." had been "supported 1.00".
            return SentenceEvidence(text=sentence, supported=None, score=None, reason=NO_CONTENT_WORDS)
        contradicted = self._contradicted(tokens, evidence)
        score = 1 - UNCOVERED_WEIGHT * uncovered - STITCH_WEIGHT * stitched
        penalties = len(novel_facts) + bool(contradicted)
        score = round(max(score - NOVEL_FACT_PENALTY * penalties, 0.0), 4)
        # Other content words the article lacks, except those already named among the facts.
        in_facts = {w for fact in novel_facts for w in words(fact)}
        novel_words = [
            t
            for t in dict.fromkeys(tokens)
            if t not in self.words
            and t not in in_facts
            and not any(c.isdigit() for c in t)
            and self._is_novel_stem(t, backed_numbers)
        ]
        unsupported = [*novel_facts, *novel_words]
        supported = score >= threshold
        return SentenceEvidence(
            text=sentence,
            supported=supported,
            score=score,
            evidence=[
                (self.document.sentences[i].start, self.document.sentences[i].end) for i in sorted(evidence)
            ],
            unsupported=unsupported,
            reason=""
            if supported
            else _reason(unsupported, contradicted, stitched, uncovered, score, threshold),
        )

    def _contradicted(self, tokens: list[str], evidence: list[int]) -> list[str]:
        """Words of the sentence that it negates where its evidence states them, or states where its
        evidence negates them ("did not approve" against "approved")."""
        if self.language not in _NEGATIONS or not evidence:
            return []
        negated, stated = self._polarity([tokens])
        backing_negated, backing_stated = self._polarity([self.document.words[i] for i in evidence])
        flipped = negated & backing_stated | stated & backing_negated
        table = content_stem_table(self.language)
        return [t for t in dict.fromkeys(tokens) if table[t] in flipped]

    def _polarity(self, sentences: list[list[str]]) -> tuple[set[str], set[str]]:
        """The content stems of ``sentences`` found only negated, and those found only stated ("approved
        the budget but did not fund the stadium": "fund"; "approved", "budget", "stadium")."""
        negations = _NEGATIONS[self.language]
        affixes = _NEGATING_AFFIXES.get(self.language, ())
        table = content_stem_table(self.language)
        negated: set[str] = set()
        stated: set[str] = set()
        for tokens in sentences:
            reach = 0
            for token in tokens:
                if token in negations or token.endswith(affixes) or token.startswith(affixes):
                    reach = NEGATION_REACH
                    continue
                stem = table[token]
                if stem:
                    (negated if reach else stated).add(stem)
                    reach = 0
                else:
                    reach = max(reach - 1, 0)
        return negated - stated, stated - negated

    def _is_novel_stem(self, token: str, backed_numbers: set[str]) -> bool:
        """Whether ``token`` is a content word the article lacks ("lakh" of a backed "1.5 lakh" is not)."""
        stems = content_stems([token], self.language)
        return bool(stems) and stems[0] not in self.stems and stems[0] not in backed_numbers

    def _align(self, stems: set[str]) -> list[int]:
        """The article sentence sharing most stems, then one that adds the most of the rest, if any."""
        if not stems or not self.stem_sets:
            return []
        # Counted through the sentences holding each stem, not by meeting every article sentence: an
        # article of 50,000 lines took 10 ms a summary sentence.
        overlaps = self._sentences_sharing(stems)
        if not overlaps:
            return []
        first = max(overlaps, key=lambda i: (overlaps[i], -i))
        gains = self._sentences_sharing(stems - self.stem_sets[first])
        if not gains:
            return [first]
        return [first, max(gains, key=lambda i: (gains[i], -i))]

    def _sentences_sharing(self, stems: set[str]) -> Counter[int]:
        """How many of ``stems`` each article sentence holding any of them holds."""
        shared: Counter[int] = Counter()
        for stem in stems:
            shared.update(self.sentences_with.get(stem, ()))
        return shared

    def _numbers(self, sentence: str, stems: set[str]) -> tuple[list[str], set[str]]:
        """The numbers of ``sentence`` that the article lacks, as written, and the content stems of those
        it states by value: the stems of each backed number's words ("1,500,000": "500", "000") and
        each of the sentence's ``stems`` that reads as a backed number by itself ("3rd", "2bn", "१५०")."""
        missing: list[str] = []
        backed: set[str] = set()
        for raw, values in _number_mentions(sentence, self.language, claimed=True):
            if self._backs(values):
                backed.update(content_stems(words(raw), self.language))
            else:
                missing.append(raw)
        for stem in stems - self.stems:
            if any(c.isdigit() for c in stem):
                mentions = _number_mentions(stem, self.language, claimed=True)
                if mentions and all(self._backs(values) for _, values in mentions):
                    backed.add(stem)
        return missing, backed

    def _backs(self, values: frozenset[float]) -> bool:
        """Whether the article states one of the ``values`` a number may stand for."""
        return not (values.isdisjoint(self.numbers_in_figures) and values.isdisjoint(self.numbers_in_words))

    def _novel_facts(self, sentence: str, tokens: list[str], missing_numbers: list[str]) -> list[str]:
        """Numbers (``missing_numbers``), names, dates and quotes of ``sentence`` that the article does
        not contain."""
        missing = list(missing_numbers)
        stop = stopwords(self.language)
        for name in _names(sentence):
            # A capitalised stopword is a quote or clause starting ("said: We..."), not a name.
            name_words = [w for w in words(name) if len(w) > 1 and w not in stop]
            if any(w not in self.words for w in name_words):
                missing.append(name)
        if self.language == "en":
            for t in tokens:
                if t in _DATE_WORDS and t not in _AMBIGUOUS_DATE_WORDS and t not in self.words:
                    missing.append(t)
        for quote in _quotes(sentence):
            quoted = words(quote)
            if quoted and not _contains_run(self.word_sequence, quoted):
                missing.append(f"“{quote.strip()}”")
        unique: dict[str, str] = {}
        for term in missing:
            unique.setdefault(term.lower(), term)
        return list(unique.values())


def _reason(
    unsupported: list[str],
    contradicted: list[str],
    stitched: float,
    uncovered: float,
    score: float,
    threshold: float,
) -> str:
    """Why a sentence is not supported, in words that follow "Not supported by the article: "."""
    parts = []
    if contradicted:
        named = ", ".join(f"“{t}”" for t in contradicted[:REASON_TERMS])
        parts.append(f"it says the opposite of the article about {named} (one of them negates it)")
    if unsupported:
        named = ", ".join(f"“{t}”" if not t.startswith("“") else t for t in unsupported[:REASON_TERMS])
        more = len(unsupported) - REASON_TERMS
        parts.append(f"it does not mention {named}" + (f" and {more} more" if more > 0 else ""))
    if stitched:
        parts.append(
            f"it is pieced together from separate article sentences ({stitched:.0%} of its content "
            "is not in the closest one), and no single sentence says it"
        )
    if not parts and uncovered:
        # Numbers the article writes differently are compared by value, so none is named above.
        parts.append(f"{uncovered:.0%} of its content words are not in the article")
    if not parts:
        parts.append(f"its score {score:.2f} is below the threshold {threshold:.2f}")
    return "; ".join(parts)


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(tokens))


def _names(sentence: str) -> list[str]:
    """Capitalised words that do not start the sentence (a name, as far as casing tells)."""
    first = _SENTENCE_START.match(sentence)
    skip = first.end() if first else 0
    return [m.group() for m in _CAPITALISED.finditer(sentence) if m.start() >= skip]


def _quotes(sentence: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTE.finditer(sentence)]


def _contains_run(haystack: list[str], needle: list[str]) -> bool:
    first, size = needle[0], len(needle)
    return any(haystack[i : i + size] == needle for i, w in enumerate(haystack) if w == first)


def _parse_number(digits: str) -> float:
    # "5,060" and "5.060" group thousands, and so do spaces ("2 500"); Indian English groups lakhs and
    # crores by two ("1,50,000" is 150,000, which read as a decimal was 150); otherwise the last separator
    # is the decimal point ("1.5", "1,5", "1,234.50", "2 500,5").
    if digits.isdecimal():  # most numbers: read without a copy or a split
        return float(digits)
    groups = _NUMBER_SEPARATOR.split(digits.translate(_GROUP_SPACES))
    if all(len(g) == 3 for g in groups[1:]) or (
        len(groups) > 2
        and "." not in digits
        and len(groups[-1]) == 3
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[0]) <= 2
    ):
        return float("".join(groups))
    return float("".join(groups[:-1]) + "." + groups[-1])


def _number_mentions(
    text: str, language: str, *, claimed: bool = False, in_figures: bool = True, in_words: bool = True
) -> list[tuple[str, frozenset[float]]]:
    """Each number in ``text`` with the values it may stand for ("1.1 million": 1.1 and 1,100,000): those
    written in figures and those in words, unless ``in_figures`` or ``in_words`` is false.

    A number the summary ``claimed`` with a scale word stands for the scaled value alone: "40 million
    staff" is not backed by "40 staff". "m", "k" and "b" stay both ways ("a 40 m tower" is in metres).
    Number words ("five", "third", "dozen") count in English only; a summary may say "one", "first" or
    "both" without the article spelling it out, so those small words are left unchecked.
    """

    def values_of(value: float, scale_word: str) -> frozenset[float]:
        scale = _SCALES.get(scale_word)
        if not scale:
            return frozenset({value})
        if claimed and scale_word not in _AMBIGUOUS_SCALES:
            return frozenset({value * scale})
        return frozenset({value, value * scale})

    mentions = []
    figures = text
    if in_figures:
        pieces, kept = [], 0
        for phone in _PHONE_NUMBER.finditer(text):
            dialled = "".join(filter(str.isdigit, phone.group()))
            if len(dialled) >= PHONE_DIGITS:  # "+3.5 4.2" is two figures, not a number to call
                mentions.append((phone.group(), frozenset({float(dialled)})))
                # Blanked to its length, so that the offsets of the numbers around it hold.
                pieces += (text[kept : phone.start()], " " * len(phone.group()))
                kept = phone.end()
        figures = "".join(pieces) + text[kept:] if pieces else text
        # Tokenised text splits "5,060" and "98.7" into "5, 060" and "98. 7"; read them as one number.
        english = language == "en"
        figures = _SPLIT_NUMBER.sub(lambda split: _rejoined(split, english=english), figures)
    for match in _NUMBER.finditer(figures) if in_figures else ():
        digits = match.group(1)
        head = _head_of_its_own(figures, match.start(), digits, english=english)
        if head:
            # "May 2 500 people" is a day and a count, not 2,500 (which it had backed).
            mentions.append((digits[:head], frozenset({float(digits[:head])})))
            digits = digits[head + 1 :]
        scale_word = (match.group(2) or "").lower()
        shown = f"{digits}{match.group()[len(match.group(1)) :]}" if scale_word in _SCALES else digits
        mentions.append((shown, values_of(_parse_number(digits), scale_word)))
    if language == "en" and in_words:
        lowered = text.lower()
        for match in _NUMBER_WORD.finditer(lowered):
            tens, unit, word, scale_word = match.groups()
            value = float(_NUMBER_WORDS[tens] + _NUMBER_WORDS[unit] if tens else _NUMBER_WORDS[word])
            if value in _TRIVIAL_NUMBERS and not scale_word:
                continue
            if word in _SHARE_WORDS and not scale_word and _is_fraction(lowered, match.start(), match.end()):
                # "a third of the posts" is a share, not 3 (which a list's "3." had backed).
                value = 1 / value
            mentions.append((match.group(), values_of(value, scale_word or "")))
    return mentions


def _head_of_its_own(text: str, start: int, digits: str, *, english: bool) -> int:
    """The length of the number that heads the space-grouped ``digits`` read at ``text[start:]`` after a
    word that takes a number of its own ("May 2 500 people": a day, 2, then 500 people; "Room 12 345"),
    else 0."""
    head = next((i for i in (1, 2, 3) if len(digits) > i and digits[i] in _GROUP_SPACE_CHARACTERS), 0)
    return head if head and _heads_no_thousands(text, start, head, english=english) else 0


def _heads_no_thousands(text: str, start: int, length: int, *, english: bool) -> bool:
    """Whether the number of ``length`` digits at ``text[start:]`` is one of its own, not the head of
    thousands: a day after its month's name (one or two digits), in ``english`` a number after a word such
    as "Room", "page" or "aged" (up to three), a space between."""
    before = text[max(start - 12, 0) : start]
    if not before[-1:].isspace():
        return False
    written = (before.split() or [""])[-1]
    word = written.lower().rstrip(".")
    if length <= 2 and word in _MONTHS_BEFORE_DAYS:
        return True
    return (
        english
        and word in _WORDS_BEFORE_THEIR_NUMBER
        and (written[:1].isupper() or written.endswith(".") or word in _LOWER_CASE_WORDS_BEFORE_THEIR_NUMBER)
    )


def _rejoined(split: re.Match[str], *, english: bool) -> str:
    """A number tokenised text split at its separator (:data:`_SPLIT_NUMBER`), joined again; not a number
    of its own and a count ("On May 2, 500 people", "Aged 12, 500 children": they had backed a summary's
    wrong "2,500" and "12,500")."""
    text, end = split.string, split.start()
    head = end
    while head > end - 3 and text[head - 1 : head].isdigit():
        head -= 1
    if (
        split.group(1) == ","
        and not text[head - 1 : head].isdigit()
        and _heads_no_thousands(text, head, end - head, english=english)
    ):
        return split.group()
    return split.group(1)


def _is_fraction(lowered: str, start: int, end: int) -> bool:
    """Whether the number word at ``lowered[start:end]`` is a share: "a third of", "one quarter of"
    ("a third term" and "the third of five" are ordinals)."""
    before = lowered[max(start - 5, 0) : start]
    return lowered.startswith(" of ", end) and (
        before.endswith("one-") or (before.split() or [""])[-1] in {"a", "one"}
    )
