"""Keyphrases: the words and phrases an article is about, ranked, with where each occurs.

Candidates are the runs of content words between stopwords, numbers and punctuation (so they read like
noun phrases), and every stretch of one to three words of a run that does not cut a name: two to four
capitalised words in a row ("Buenos Aires", "Michael Buble") stay whole. Variants are merged by stem
("wedding", "weddings"), and each keyphrase is reported as the article writes it most often. A phrase
that only ever occurs inside one longer phrase is a part of that one ("civil" of "civil ceremony"), and
dates ("Thursday", "yesterday") are not what a story is about, so neither is a candidate.

A candidate's score adds up what marks a phrase the story is about: how often it occurs (a name with its
mentions by surname), how early it first comes and how far through the text it recurs, whether the
headline has it, how long its words are up to eight letters (long words are rarer, so more specific), how
many words it has, whether it is a name, and how often the name is given in full. Eight weights combine
them: fitted on halves of two labelled news sets (crowd keyphrases, editors' tags), checked on the other
halves, and held to a check that the subject of other news comes first (docs/keyphrases.md). The best
candidates are taken in order, leaving out any whose words are all in a phrase already taken, or that
holds all of one's words, so that "Buble" does not follow "Michael Buble".

Everything comes from the article itself and nutgraf's stopwords and stemmers: no model, no download.
Languages nutgraf has no stemmer for get unstemmed words, and so does Armenian, whose Snowball stems run
words together; Chinese and Japanese, written without spaces,
get runs of two to five characters between particles, function characters and punctuation, and so do
Vietnamese syllables; Thai is cut at its stopwords; Arabic and Hebrew words lose the prefixes the text
shows them without; Greek and Turkish words lose their case endings (by rules of their own, not Snowball's
as well). Verbs stay out: in German, which
capitalises its nouns, the words written in lower case; in French, Spanish, Italian, Portuguese and
Catalan, those written after a pronoun or an auxiliary; in Turkish, those that end as a verb does, and in Spanish,
Russian and Polish those that end as the past tense does, unless (in Russian and Polish) the text
declines them as a noun.

This module is the public API (:func:`keyphrases`, :func:`rank_keyphrases`, :class:`Keyphrase`); the
work is done, each module importing only those listed before it, in bounds.py (how much is read and
remembered), one module per script or language family with rules of its own (cjk.py, thai.py,
korean.py, arabic_hebrew.py, greek.py, turkish.py) and languages.py (the word lists of the others),
lexicon.py (each word's key), datelines.py, words.py (a text's words, runs and names), candidates.py
(the phrases and where they occur) and scoring.py (features, weights, the best chosen).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nutgraf.errors import EmptyInputError, InvalidInputError
from nutgraf.extract import as_article
from nutgraf.keyphrases.arabic_hebrew import _CLITICS
from nutgraf.keyphrases.bounds import MAX_CHARS, MAX_KEYPHRASES, MAX_WORDS
from nutgraf.keyphrases.candidates import _furniture, _Key, _noun_occurrences, _occurrences, _repeated_phrases
from nutgraf.keyphrases.languages import _CAPITALISED_NOUNS
from nutgraf.keyphrases.scoring import _MAX_ACRONYM, _MIN_ACRONYM, _WEIGHTS, FEATURES, _features, _select
from nutgraf.keyphrases.words import _FOLDED_ENDINGS, _Words
from nutgraf.language import detect_language, has_stopword_list, language_code
from nutgraf.segment import LETTER_OR_DIGIT

if TYPE_CHECKING:
    from nutgraf.article import Article

__all__ = [
    "FEATURES",
    "MAX_CHARS",
    "MAX_KEYPHRASES",
    "MAX_WORDS",
    "Keyphrase",
    "keyphrases",
    "rank_keyphrases",
]


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """One keyphrase of an article.

    ``text`` is the phrase as the article writes it most often; ``spans`` are the ``(start, end)``
    character offsets of its occurrences in the cleaned article text, in order, so that
    ``article.text[start:end]`` reads it (or a variant of it: "weddings" is an occurrence of "wedding").
    A higher ``score`` ranks higher; scores compare within one article.
    """

    text: str
    score: float
    spans: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"text": self.text, "score": self.score, "spans": [list(span) for span in self.spans]}


def keyphrases(
    source: Article | str | bytes, top: int = 10, *, language: str | None = None
) -> list[Keyphrase]:
    """The article's keyphrases, best first.

    Args:
        source: an :class:`Article`, or the article as plain text or HTML (``str`` or ``bytes``),
            cleaned as :func:`nutgraf.summarize` cleans it.
        top: how many keyphrases, from 1 to 50 (fewer when the article has fewer candidates).
        language: ISO 639 code of the article's language; detected when ``None``.

    Returns:
        Up to ``top`` :class:`Keyphrase` objects, highest score first. Their spans point into the
        cleaned article text (``nutgraf.extract.as_article(source).text``, which is ``summary.source``
        for the same input).

    Raises:
        nutgraf.errors.InvalidInputError: ``top`` outside 1 to 50, a malformed language code, or input
            that is empty (or has no words), binary, undecodable or oversized.
        nutgraf.errors.NoArticleFound: HTML that holds no article.
    """
    top = check_top(top)
    if language is not None:
        language = language_code(language)
    article = as_article(source)
    if not LETTER_OR_DIGIT.search(article.text):
        raise EmptyInputError("the article has no words to draw keyphrases from, only punctuation or symbols")
    language = language or article.language or detect_language(article.text)
    return rank_keyphrases(article.text, language, title=article.title, byline=article.byline, top=top)


def rank_keyphrases(
    text: str, language: str, *, title: str | None = None, byline: str | None = None, top: int = 10
) -> list[Keyphrase]:
    """The keyphrases of cleaned article text, best first: :func:`keyphrases` without the cleaning.

    For callers that already hold the cleaned text and its language, such as a
    :class:`~nutgraf.article.Document`: ``rank_keyphrases(document.text, document.language,
    title=document.title, top=5)``. ``title`` (the headline, not part of ``text``) lifts the phrases it
    names; the names in ``byline`` (the article's) are no keyphrases, where the text has them too ("Contact
    Jane Doe at ..."). Text without a single candidate gives an empty list.

    Raises:
        nutgraf.errors.InvalidInputError: ``top`` outside 1 to 50, or a malformed language code.
    """
    top = check_top(top)
    language = language_code(language)
    words = _Words(text, language)
    occurrences = _occurrences(words)
    if language in _CAPITALISED_NOUNS:
        occurrences = _noun_occurrences(words, occurrences)
    if not has_stopword_list(language):
        occurrences = _repeated_phrases(words, occurrences)
    # The article's words tell which Arabic or Hebrew prefixes, or Turkish, Nepali, Bengali or Amharic
    # endings, come off the headline's, and which of its Hungarian words in -t are whole.
    known = (
        frozenset(words.stems)
        if language in _CLITICS or language in _FOLDED_ENDINGS or language == "hu"
        else frozenset()
    )
    title_keys = set(_occurrences(_Words(title, language, known))) if title else set()
    candidates = _features(words, occurrences, title_keys, len(text))
    if byline or words.datelined:
        candidates = [
            candidate
            for candidate in candidates
            if not _furniture(candidate[0], words, occurrences, byline, language)
        ]
    w_count, w_first, w_spread, w_title, w_letters, w_words, w_name, w_full_name = _WEIGHTS
    scored = sorted(
        (
            (
                w_count * log_count
                + w_first * first
                + w_spread * spread
                + w_title * title_
                + w_letters * letters
                + w_words * extra_words
                + w_name * name
                + w_full_name * full_name,
                -occurrences[key][0],
                key,
            )
            for key, (log_count, first, spread, title_, letters, extra_words, name, full_name) in candidates
        ),
        reverse=True,
    )

    def acronym(key: _Key) -> str | None:
        """The letters of a single word written in capitals ("EU", "U.S."), lower-cased; ``None`` for
        others."""
        if len(key) > 1:
            return None
        first = occurrences[key][0]
        letters = text[words.starts[first] : words.ends[first]].replace(".", "")  # "U.S." is "US"
        return letters.lower() if _MIN_ACRONYM <= len(letters) <= _MAX_ACRONYM and letters.isupper() else None

    chosen = _select(scored, top, acronym, words.characters)
    return [_keyphrase(text, words, key, occurrences[key], score) for score, key in chosen]


def check_top(top: object) -> int:
    """``top`` as a number of keyphrases to give: a whole number from 1 to :data:`MAX_KEYPHRASES`."""
    if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= MAX_KEYPHRASES:
        raise InvalidInputError(f"top must be a whole number from 1 to {MAX_KEYPHRASES}, not {top!r}")
    return top


def _keyphrase(text: str, words: _Words, key: _Key, found: list[int], score: float) -> Keyphrase:
    """The keyphrase as the article writes it most often (outside sentence openings, where case is
    grammar's, when it can; a noun's bare form before its oblique stem's), with every occurrence's
    offsets."""
    last = len(key) - 1
    spans = tuple((words.starts[i], words.ends[i + last]) for i in found)
    forms: dict[str, int] = {}
    for i, (start, end) in zip(found, spans, strict=True):
        form = text[start:end]
        # A form with a variation selector inside ("Mum\ufe0fbai", a pasted post's) is shown only where the
        # text writes the word no other way: the selector draws nothing, and a tag so written had not equalled
        # the word ("Mumbai") a reader searches for.
        hidden = "\ufe0f" in form or "\ufe0e" in form
        forms[form] = forms.get(form, 0) + (0 if i in words.oblique or hidden else 1 if words.opens[i] else 2)
    return Keyphrase(text=max(forms, key=forms.__getitem__), score=round(score, 4), spans=spans)
