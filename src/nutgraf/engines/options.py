"""What summary is asked for besides the engine: its length, form, language and the sentences it avoids.

:class:`SummaryOptions` is built by every interface (the library, the CLI, the HTTP API and reader, batch
runs), so that all of them take the same values, refuse the same contradictions with the same words, and
key cached summaries alike. Engines see none of it directly: the pipeline turns the options into the
:class:`~nutgraf.engines.base.Budget` for the article at hand (a length preset depends on the article's
length), hands extractive engines the article without the sentences a filter keeps out, and passes an
engine the options it applies itself (:attr:`~nutgraf.engines.base.Summarizer.takes`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nutgraf.article import Document
from nutgraf.engines.base import Budget
from nutgraf.errors import InvalidInputError
from nutgraf.language import LANGUAGE_NAMES, WORD_UNIT, language_code

#: Length presets, shortest first.
LENGTHS = ("short", "medium", "long")
#: Forms a summary can take: prose, a list of key points, or one sentence that stands for the article.
FORMS = ("paragraph", "key_points", "tldr")
#: What ``avoid`` can keep out of a summary.
FILTERS = ("questions", "quotes")
#: Sentences in a summary when neither sentences, words nor a length is asked for.
DEFAULT_SENTENCES = 3


class _DefaultSentences(int):
    """The default of the library's ``sentences=`` (:data:`LIBRARY_DEFAULT`): 3, told apart from a 3 the
    caller gives, which a length preset or a TL;DR would contradict, while the default yields to them."""


LIBRARY_DEFAULT: int = _DefaultSentences(DEFAULT_SENTENCES)

#: Summary sentences of each length preset, by the article's length in words: (fewer words than this,
#: short, medium, long). A brief gets one to three sentences, a typical news story (400 to 1,000 words)
#: two, three or five (medium is then the three nutgraf gives by default), a long feature three, five
#: or ten.
LENGTH_TABLE: tuple[tuple[float, int, int, int], ...] = (
    (400, 1, 2, 3),
    (1_000, 2, 3, 5),
    (2_500, 2, 4, 7),
    (math.inf, 3, 5, 10),
)

#: Share of a sentence's words inside quotation marks above which it is a quote (``avoid=["quotes"]``).
QUOTE_SHARE = 0.5
# Marks that open or close a quotation; which one they do is read from their place (an opening mark
# follows a space and precedes a word), as „German“, «French», »Danish« and “English” differ.
_QUOTE_MARKS = frozenset('"“”„‟«»‹›「」『』')
_OPENING_ONLY = frozenset("「『")
_CLOSING_ONLY = frozenset("」』")
# What may stand right before an opening mark besides white space.
_BEFORE_OPENING = frozenset("([{—–-/:")
# Question marks: Latin, full-width (CJK) and Arabic; Greek ends a question with a semicolon.
_QUESTION_MARKS = ("?", "？", "؟")
_GREEK = ("\u0370", "\u03ff")
_CLOSING_PUNCTUATION = "\"'”’»›」』)]"


def length_sentences(length: str, document: Document) -> int:
    """How many sentences the preset ``length`` gives ``document``: :data:`LENGTH_TABLE` by its words, and
    never more than half its sentences (rounded up), so that a summary always leaves something out."""
    article_words = sum(len(words) for words in document.words)
    column = LENGTHS.index(length) + 1
    row = next(row for row in LENGTH_TABLE if article_words < row[0])
    return max(1, min(row[column], math.ceil(len(document.sentences) / 2)))


def is_question(sentence: str) -> bool:
    """Whether ``sentence`` ends with a question mark (inside closing quotes or brackets too)."""
    stripped = sentence.rstrip().rstrip(_CLOSING_PUNCTUATION).rstrip()
    return stripped.endswith(_QUESTION_MARKS) or (
        stripped.endswith(";") and any(_GREEK[0] <= c <= _GREEK[1] for c in stripped[-40:])
    )


def quoted_share(sentence: str) -> float:
    """The share of ``sentence``'s words inside quotation marks (0 to 1).

    A mark opens a quotation when white space (or a bracket or dash) comes before it and a word after it,
    and closes one otherwise. A sentence that closes a quotation it did not open continues one begun in
    an earlier sentence (“We are ready. We will win,” he said.), so its words up to that mark are quoted;
    one left open runs to the sentence's end. Apostrophes and single quotation marks are not read: they
    are mostly apostrophes.
    """
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    for i, mark in enumerate(sentence):
        if mark not in _QUOTE_MARKS:
            continue
        before = sentence[i - 1] if i else " "
        after = sentence[i + 1] if i + 1 < len(sentence) else " "
        opens = mark in _OPENING_ONLY or (
            mark not in _CLOSING_ONLY
            and (before.isspace() or before in _BEFORE_OPENING)
            and not after.isspace()
        )
        if opens:
            if start is None:
                start = i
        elif start is not None:
            ranges.append((start, i))
            start = None
        elif not ranges:
            ranges.append((0, i))
    if start is not None:
        ranges.append((start, len(sentence)))
    if not ranges:
        return 0.0
    inside = total = 0
    current = 0
    for word in WORD_UNIT.finditer(sentence):
        total += 1
        while current < len(ranges) and ranges[current][1] <= word.start():
            current += 1
        if current < len(ranges) and ranges[current][0] <= word.start():
            inside += 1
    return inside / total if total else 0.0


def _avoided(sentence: str, avoid: tuple[str, ...]) -> bool:
    return ("questions" in avoid and is_question(sentence)) or (
        "quotes" in avoid and quoted_share(sentence) > QUOTE_SHARE
    )


def output_language_code(value: object) -> str:
    """``value`` as the ISO 639-1 code of a language a summary can be written in (``"de"``, ``"DE"``,
    ``"de-AT"`` and ``"deu"`` are ``"de"``)."""
    try:
        code = language_code(value)
    except InvalidInputError:
        code = None
    if code not in LANGUAGE_NAMES:
        raise InvalidInputError(
            f"output_language must be an ISO 639-1 language code (one of the {len(LANGUAGE_NAMES)} two-letter"
            f" codes, such as de, fr, es or zh), not {repr(value)[:40]}; leave it out for a summary in the"
            " article's language"
        )
    return code


@dataclass(frozen=True)
class SummaryOptions:
    """The summary asked for: its length, form, language and what it avoids.

    Length is at most one of: ``sentences`` and/or ``words`` (a budget), or ``length`` (a preset scaled to
    the article, see :data:`LENGTH_TABLE`). With none of them the summary has :data:`DEFAULT_SENTENCES`
    sentences; ``words`` alone is a budget in words only. A ``tldr`` is one sentence (``words`` may bound
    it). ``output_language`` is the ISO 639-1 code of the language to write in (abstractive engines
    only); ``avoid`` names the :data:`FILTERS` to apply.

    The values are checked and normalised on construction: anything unknown, or a contradiction (a length
    preset and a budget; a TL;DR of several sentences, or of a length preset), raises
    :class:`~nutgraf.errors.InvalidInputError` naming what to choose.
    """

    sentences: int | None = None
    words: int | None = None
    length: str | None = None
    form: str = "paragraph"
    output_language: str | None = None
    avoid: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.length is not None and self.length not in LENGTHS:
            raise InvalidInputError(
                f"length must be one of {', '.join(LENGTHS)}, not {repr(self.length)[:40]}"
            )
        if self.form not in FORMS:
            raise InvalidInputError(f"form must be one of {', '.join(FORMS)}, not {repr(self.form)[:40]}")
        given = [name for name in ("sentences", "words") if getattr(self, name) is not None]
        if self.length is not None and given:
            raise InvalidInputError(
                f"give length or {' and '.join(given)}, not both: length={self.length} chooses the number of "
                "sentences from the article's length, sentences and words set it yourself"
            )
        if self.form == "tldr":
            if self.length is not None:
                raise InvalidInputError(
                    "a TL;DR is one sentence whatever the length: leave length out, or choose form "
                    "paragraph or key_points"
                )
            if self.sentences not in (None, 1):
                raise InvalidInputError(
                    f"a TL;DR is one sentence, not {self.sentences}: leave sentences out, or choose form "
                    "paragraph or key_points"
                )
            object.__setattr__(self, "sentences", 1)
        elif self.length is None and not given:
            object.__setattr__(self, "sentences", DEFAULT_SENTENCES)
        # Checked as a budget, so that a bad count is refused in the same words everywhere.
        if self.length is None:
            Budget(sentences=self.sentences, words=self.words)
        object.__setattr__(self, "avoid", _filters(self.avoid))
        if self.output_language is not None:
            object.__setattr__(self, "output_language", output_language_code(self.output_language))

    @classmethod
    def asked(
        cls,
        *,
        sentences: int | None = LIBRARY_DEFAULT,
        words: int | None = None,
        length: str | None = None,
        form: str = "paragraph",
        output_language: str | None = None,
        avoid: object = (),
    ) -> SummaryOptions:
        """The options of the library's functions (:func:`nutgraf.summarize`), whose ``sentences``
        defaults to 3 and means "no sentence limit" when ``None``: ``words=200`` alone keeps the 3
        sentences, ``sentences=None, words=200`` is a budget in words only, and ``sentences=None`` alone
        is refused."""
        if sentences is LIBRARY_DEFAULT:
            # The default yields to a length preset and a TL;DR; with words alone it stays.
            sentences = DEFAULT_SENTENCES if words is not None and length is None and form != "tldr" else None
        elif sentences is None and words is None and length is None and form != "tldr":
            Budget(sentences=None, words=None)  # refuses, saying what to give
        return cls(sentences, words, length, form, output_language, avoid)  # type: ignore[arg-type]

    def budget(self, document: Document) -> Budget:
        """The budget these options give ``document``."""
        if self.length is not None:
            return Budget(sentences=length_sentences(self.length, document))
        return Budget(sentences=self.sentences, words=self.words)

    def without_avoided(self, document: Document, budget: Budget) -> tuple[Document, str | None]:
        """``document`` without the sentences ``avoid`` keeps out, when enough others are left to fill
        ``budget``; else ``document`` itself and a note saying so for the reader (``None`` when nothing
        needed saying). The sentences keep their offsets: a summary of either is a summary of ``document``.
        """
        if not self.avoid or not document.sentences:
            return document, None
        kept = [
            i for i in range(len(document.sentences)) if not _avoided(document.sentence_text(i), self.avoid)
        ]
        if len(kept) == len(document.sentences):
            return document, None
        wanted_sentences = budget.sentences or 1
        wanted_words = budget.words or 0
        if len(kept) >= wanted_sentences and sum(len(document.words[i]) for i in kept) >= wanted_words:
            view = Document(
                text=document.text,
                sentences=[document.sentences[i] for i in kept],
                language=document.language,
                title=document.title,
            )
            return view, None
        what = " or ".join("questions" if f == "questions" else "mostly quotation" for f in self.avoid)
        return document, (
            f"The article has too few sentences that are not {what} for this summary, so it may include some."
        )

    def arguments(self) -> dict[str, Any]:
        """These options as the keyword arguments of :func:`nutgraf.summarize` that ask for them."""
        return {
            "sentences": self.sentences,
            "words": self.words,
            "length": self.length,
            "form": self.form,
            "output_language": self.output_language,
            "avoid": self.avoid,
        }

    def cache_key(self) -> dict[str, Any]:
        """The options as the store's summaries table keys them (no value is ``None``)."""
        return {
            "max_sentences": self.sentences or 0,
            "max_words": self.words or 0,
            "length": self.length or "",
            "form": self.form,
            "output_language": self.output_language or "",
            "avoid": ",".join(self.avoid),
        }


def _filters(avoid: object) -> tuple[str, ...]:
    """``avoid`` as a sorted tuple of known filters (one name, or several in a list)."""
    names = [avoid] if isinstance(avoid, str) or not isinstance(avoid, Iterable) else list(avoid)
    for name in names:
        if name not in FILTERS:
            raise InvalidInputError(f"avoid takes {' and '.join(FILTERS)}, not {repr(name)[:40]}")
    return tuple(sorted(set(names)))
