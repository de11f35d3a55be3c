"""What summary is asked for besides the engine: its length, form, language and the sentences it avoids,
and how many of the article's keyphrases come beside it.

:class:`SummaryOptions` is built by every interface (the library, the CLI, the HTTP API and reader, the
widget, batch runs), so that all of them take the same values, refuse the same contradictions with the same words, and
key cached summaries alike. Engines see none of it directly: the pipeline turns the options into the
:class:`~nutgraf.engines.base.Budget` for the article at hand (a length preset depends on the article's
length), hands extractive engines the article without the sentences a filter keeps out, and passes an
engine the options it applies itself (:attr:`~nutgraf.engines.base.Summarizer.takes`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nutgraf.article import Document, Span, reader_words
from nutgraf.engines.base import Budget, sentence_budget
from nutgraf.errors import InvalidInputError
from nutgraf.keyphrases import MAX_KEYPHRASES
from nutgraf.language import (
    CHARACTER_COUNTED,
    LANGUAGE_NAMES,
    QUESTION_MARKS,
    WORD_UNIT,
    WORDS_NOT_TOKENS,
    language_code,
)

#: Length presets, shortest first.
LENGTHS = ("short", "medium", "long")
#: Forms a summary can take: prose, a list of key points, or one sentence that stands for the article.
FORMS = ("paragraph", "key_points", "tldr")
#: What ``avoid`` can keep out of a summary.
FILTERS = ("questions", "quotes")
#: Sentences in a summary when neither sentences, words nor a length is asked for.
DEFAULT_SENTENCES = 3
#: The most ``sentences`` and ``words`` a summary may be asked for, by every interface alike (the HTTP
#: API took no more, while the library and the CLI took any number).
MAX_SENTENCES = 50
MAX_WORDS = 5_000


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
# Quotation marks by family: a quotation closes only at a mark of the family that opened it, so that one
# nested in another (‘…’ inside “…”, “…” inside «…», 『…』 inside 「…」) leaves the outer one open.
_FAMILY = {
    **dict.fromkeys('"“”„‟', "double"),
    **dict.fromkeys("‘’‚‛'", "single"),
    **dict.fromkeys("«»", "guillemet"),
    **dict.fromkeys("‹›", "single guillemet"),
    **dict.fromkeys("「」", "corner"),
    **dict.fromkeys("『』", "double corner"),
}
# The marks the scan of quotations reads, each kind looked for by str.find, which skips in C from one to
# the next: a pattern of them (and of line breaks) tested every character of the text (some 70
# instructions each), most of the scan's cost on news, which has a few marks in a thousand characters. A
# straight ' is looked for after a space only: any other is an apostrophe (don't, the players' union), no
# mark to :func:`_reading`. A text of ASCII alone (a flag of the string) holds none of the other marks.
_ASCII_MARKS_SOUGHT = (('"', 0), (" '", 1))  # each string, and the mark's offset in it
_MARKS_SOUGHT = (*_ASCII_MARKS_SOUGHT, *((mark, 0) for mark in "“”„‟‘’‚‛«»‹›「」『』"))
_OPENING_ONLY = frozenset("「『")
_CLOSING_ONLY = frozenset("」』")
# What may stand right before an opening mark besides white space and another mark.
_BEFORE_OPENING = frozenset("([{—–-/:")
# What may stand right after a closing mark besides white space and another mark.
_AFTER_CLOSING = frozenset(",.;:!?…)]}—–-")
# A mark with spaces on both sides (« Nous sommes prêts », ‘ a case ’, text split into tokens) reads by
# its shape: these open, the others close. A straight one has no shape: it closes a quotation left open
# and opens one if none is, so that the marks alternate from the paragraph's start (PTB-tokenized text,
# '" the damage was extensive , " he said .', and CNN/DM's '" we will win " and'). Read by its
# neighbours (open before a word unless a clause ended before it), '" and' had been taken for a
# quotation opening inside the open one and left it open to the next quotation's opening.
_SPACE = frozenset(" \t\u00a0\u202f")
_OPENING_SHAPE = frozenset("“„‟‘‚‛«‹")
# A straight ' is mostly an apostrophe (the players' union, 'em) and opens no quotation, but texts that
# open one with ‘ may close it with a spaced ' after a comma (‘ we will win, ' he said); after a full
# stop it as often opens the next paragraph's quotation, whose ‘ was lost with the paragraph break.
_CLOSING_APOSTROPHE = frozenset({", ' ", "! ' ", "? ' "})
#: Characters past its opening mark after which a quotation that no mark closes ends (fewer than one in
#: a thousand closed ones run longer in news text), for a paragraph may be the whole article.
LONGEST_QUOTATION = 1_000
_OPENS, _CLOSES, _EITHER = 1, -1, 0
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
    return stripped.endswith(QUESTION_MARKS) or (
        stripped.endswith(";") and any(_GREEK[0] <= c <= _GREEK[1] for c in stripped[-40:])
    )


def _reading(text: str, i: int) -> int | None:
    """Whether the mark at ``text[i]`` opens a quotation, closes one, may do either, or is none (an
    apostrophe: don’t, O’Brien, ’80s).

    An opening mark follows white space (or a bracket, dash or another mark) and precedes a word, a
    closing one follows a word or punctuation, as „German“, «French», »Danish« and “English” differ.
    """
    mark = text[i]
    if mark == "'":
        return _CLOSES if text[i - 2 : i + 2] in _CLOSING_APOSTROPHE else None
    if mark in _OPENING_ONLY:
        return _OPENS
    if mark in _CLOSING_ONLY:
        return _CLOSES
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before in _SPACE and after in _SPACE:
        if mark != '"':
            return _OPENS if mark in _OPENING_SHAPE else _CLOSES
        return _EITHER
    left = before.isspace() or before in _BEFORE_OPENING or before in _FAMILY
    right = after.isspace() or after in _AFTER_CLOSING or after in _FAMILY
    if left and right:
        return _OPENS if mark in _OPENING_SHAPE else _EITHER if mark == '"' else _CLOSES
    if left:
        # ’ before a word is an apostrophe (’em, ’80s).
        return None if mark == "’" else _OPENS
    return _CLOSES if right else None


def _marks(text: str) -> list[int]:
    """The offsets of the quotation marks in ``text``, in order, but for the apostrophes (a straight '
    after anything but a space)."""
    offsets = []
    for sought, offset in _ASCII_MARKS_SOUGHT if text.isascii() else _MARKS_SOUGHT:
        found = text.find(sought)
        while found >= 0:
            offsets.append(found + offset)
            found = text.find(sought, found + 1)
    offsets.sort()
    return offsets


def _quotations(text: str, sentences: Sequence[Span]) -> list[tuple[int, int]]:
    """The ranges of ``text`` inside quotation marks, marks included, in order and apart.

    A quotation runs from its opening mark to the next closing mark of its family, across sentences; one
    that no mark closes ends with its paragraph, or :data:`LONGEST_QUOTATION` characters on. A closing
    mark with no quotation open closes one begun before the article (or its extract) does: its sentence
    is quoted up to it, unless a quotation already ended in that sentence. A ’ after an s and before a
    space, inside a single quotation, may be a plural's apostrophe (‘the players’ union’) or the
    quotation's end: the quotation ends there only if no other closing mark comes before the paragraph
    ends or a new single quotation opens.
    """
    ranges: list[tuple[int, int]] = []
    family: str | None = None  # of the open quotation
    start = 0
    maybe_end = -1
    sentence = 0
    # A line break ends a paragraph, and with it any quotation left open (a quotation of several
    # paragraphs opens each of them again): looked for after the last mark read only while one is open,
    # where every line break of a text had been visited, most of them with none open.
    read = 0
    for i in _marks(text):
        if family is not None and (
            (paragraph_end := text.find("\n", read, i)) >= 0 or i - start > LONGEST_QUOTATION
        ):
            ranges.append(
                (start, _quotation_end(start, maybe_end, paragraph_end if paragraph_end >= 0 else i))
            )
            family = None
        read = i + 1
        mark = text[i]
        reading = _reading(text, i)
        if reading is None:
            continue
        if family is None:
            if reading != _CLOSES:
                family, start, maybe_end = _FAMILY[mark], i, -1
            elif _FAMILY[mark] != "single" and sentences:
                while sentence + 1 < len(sentences) and sentences[sentence + 1].start <= i:
                    sentence += 1
                begun = sentences[sentence].start
                if begun <= i and (not ranges or ranges[-1][1] <= begun):
                    ranges.append((begun, i + 1))
        elif _FAMILY[mark] == family:
            if reading == _OPENS:
                if maybe_end >= 0:
                    ranges.append((start, maybe_end + 1))
                    start, maybe_end = i, -1
            elif family == "single" and mark != "‘" and text[i - 1] in "sS" and text[i + 1 : i + 2] == " ":
                maybe_end = i if maybe_end < 0 else maybe_end
            else:
                ranges.append((start, i + 1))
                family = None
    if family is not None:
        paragraph_end = text.find("\n", read)
        ranges.append(
            (start, _quotation_end(start, maybe_end, len(text) if paragraph_end < 0 else paragraph_end))
        )
    return ranges


def _quotation_end(start: int, maybe_end: int, paragraph_end: int) -> int:
    """Where a quotation opened at ``start`` that no mark closed ends: at the ’ that may have closed it
    (``maybe_end``, -1 for none), else at its paragraph's end, or :data:`LONGEST_QUOTATION` characters on."""
    return maybe_end + 1 if maybe_end >= 0 else min(paragraph_end, start + LONGEST_QUOTATION)


def quoted_shares(text: str, sentences: Sequence[Span]) -> list[float]:
    """Per sentence of ``text`` (spans in order), the share of its words inside quotation marks (0 to 1):
    the sentences inside a quotation of several are quoted whole (see :func:`_quotations`)."""
    ranges = _quotations(text, sentences)
    shares: list[float] = []
    first = 0
    for span in sentences:
        while first < len(ranges) and ranges[first][1] <= span.start:
            first += 1
        if first == len(ranges) or ranges[first][0] >= span.end:
            shares.append(0.0)
            continue
        if ranges[first][0] <= span.start and span.end <= ranges[first][1]:
            shares.append(1.0 if WORD_UNIT.search(text, span.start, span.end) else 0.0)
            continue
        inside = total = 0
        current = first
        for word in WORD_UNIT.finditer(text, span.start, span.end):
            total += 1
            while current < len(ranges) and ranges[current][1] <= word.start():
                current += 1
            if current < len(ranges) and ranges[current][0] <= word.start():
                inside += 1
        shares.append(inside / total if total else 0.0)
    return shares


def continues_quotation(text: str, sentences: Sequence[Span]) -> list[bool]:
    """Per sentence of ``text`` (spans in order), whether it opens inside a quotation begun in an earlier
    sentence (see :func:`_quotations`): alone, it closes a quotation it never opened ("Her family are
    understandably very worried.\u201d") or gives someone's words as the article's own. One that opens on
    the mark closing it does too: the splitter keeps a spaced closing mark after a stop with the sentence
    it closes by the line's parity of marks, but where an unmatched mark earlier broke that parity it gives
    the mark to the sentence after it ('I have a couple of bruises . " Slager was later cleared ...'), which
    alone would open on a stray mark."""
    continuing: list[bool] = []
    ranges = iter(_quotations(text, sentences))
    current = next(ranges, None)
    for span in sentences:
        while current is not None and current[1] <= span.start:
            current = next(ranges, None)
        continuing.append(current is not None and current[0] < span.start)
    return continuing


def quoted_share(sentence: str) -> float:
    """The share of ``sentence``'s words inside quotation marks (0 to 1), read as a text of its own: a
    quotation left open runs to its end, and one it closes without opening began before it (“We are
    ready. We will win,” he said.)."""
    return quoted_shares(sentence, [Span(0, len(sentence))])[0]


def _avoided(document: Document, avoid: tuple[str, ...]) -> list[bool]:
    """Per sentence of ``document``, whether ``avoid`` keeps it out."""
    shares = quoted_shares(document.text, document.sentences) if "quotes" in avoid else None
    return [
        ("questions" in avoid and is_question(document.sentence_text(i)))
        or (shares is not None and shares[i] > QUOTE_SHARE)
        for i in range(len(document.sentences))
    ]


def output_language_code(value: object) -> str:
    """``value`` as the ISO 639-1 code of a language a summary can be written in (``"de"``, ``"DE"``,
    ``"de-AT"`` and ``"deu"`` are ``"de"``)."""
    try:
        code = language_code(value)
    except InvalidInputError:
        code = None
    if code not in LANGUAGE_NAMES:
        raise InvalidInputError(
            f"the output language must be an ISO 639-1 language code (one of the {len(LANGUAGE_NAMES)} two-letter"
            f" codes, such as de, fr, es or zh), not {repr(value)[:40]}; leave it out for a summary in the"
            " article's language"
        )
    return code


#: Languages whose word tokens (``Document.words``) are pieces of words, cut at the vowel signs that
#: Python's \w leaves out (Thai, Lao, Khmer, Burmese, Tibetan, and India's scripts and Sinhala's) or at the
#: non-joiners Persian writes inside words: a budget in words is converted into their tokens.
_PIECE_TOKENS = WORDS_NOT_TOKENS - CHARACTER_COUNTED


def budget_tokens(words: int | None, document: Document) -> int | None:
    """A budget of ``words`` a reader counts, as the word tokens of ``document`` the engines count: in Thai,
    Lao, Khmer, Burmese and the languages of India's scripts at the document's own tokens to a reader's
    word (:func:`reader_words`), where
    Khmer's ``words=60`` had been 35 words (2 sentences; its tokens some 1.6 a word) and Thai's tokens
    fall anywhere from one to three a word."""
    if words is None or document.language not in _PIECE_TOKENS:
        return words
    read = reader_words(document.text, document.language, counted=document.counted_words)
    if not read:
        return words
    return max(1, round(words * sum(map(len, document.words)) / read))


def budget_count(name: str, value: object) -> int:
    """``value`` as the ``sentences`` or ``words`` (``name``) of a summary: a whole number from 1 to
    :data:`MAX_SENTENCES` or :data:`MAX_WORDS`."""
    most = MAX_SENTENCES if name == "sentences" else MAX_WORDS
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= most:
        raise InvalidInputError(f"{name} must be a whole number from 1 to {most:,}, not {repr(value)[:40]}")
    return value


def keyphrase_count(value: object) -> int:
    """``value`` as a number of keyphrases to give beside a summary: a whole number from 1 to
    :data:`~nutgraf.keyphrases.MAX_KEYPHRASES`."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_KEYPHRASES:
        raise InvalidInputError(
            f"keyphrases must be a whole number from 1 to {MAX_KEYPHRASES}, not {repr(value)[:40]}; leave it"
            " out for a summary without keyphrases"
        )
    return value


@dataclass(frozen=True)
class SummaryOptions:
    """The summary asked for: its length, form, language, what it avoids, and the keyphrases beside it.

    Length is at most one of: ``sentences`` (1 to 50) and/or ``words`` (1 to 5,000), a budget, or
    ``length`` (a preset scaled to the article, see :data:`LENGTH_TABLE`). With none of them the summary has :data:`DEFAULT_SENTENCES`
    sentences; ``words`` alone is a budget in words only. A ``tldr`` is one sentence (``words`` may bound
    it). ``output_language`` is the ISO 639-1 code of the language to write in (abstractive engines
    only); ``avoid`` names the :data:`FILTERS` to apply. ``keyphrases`` asks for that many of the
    article's keyphrases beside the summary (1 to 50; ``None``: none): they depend on the article alone,
    so the store's summaries table does not key summaries by them (:meth:`cache_key`,
    :meth:`stored_arguments`).

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
    keyphrases: int | None = None

    def __post_init__(self) -> None:
        if self.length is not None and self.length not in LENGTHS:
            raise InvalidInputError(
                f"length must be one of {', '.join(LENGTHS)}, not {repr(self.length)[:40]}"
            )
        if self.form not in FORMS:
            raise InvalidInputError(f"form must be one of {', '.join(FORMS)}, not {repr(self.form)[:40]}")
        given = [name for name in ("sentences", "words") if getattr(self, name) is not None]
        for name in given:
            budget_count(name, getattr(self, name))
        if self.length is not None and given:
            raise InvalidInputError(
                f"give length or {' and '.join(given)}, not both: length {self.length} chooses the number of "
                "sentences from the article's length, sentences and words set it yourself"
            )
        if self.form == "tldr":
            if self.length is not None:
                raise InvalidInputError(
                    "a TL;DR is one sentence whatever the length: leave the length option out, or choose form "
                    "paragraph or key_points"
                )
            if self.sentences not in (None, 1):
                raise InvalidInputError(
                    f"a TL;DR is one sentence, not {self.sentences}: leave the sentences option out, or choose form "
                    "paragraph or key_points"
                )
            object.__setattr__(self, "sentences", 1)
        elif self.length is None and not given:
            object.__setattr__(self, "sentences", DEFAULT_SENTENCES)
        object.__setattr__(self, "avoid", _filters(self.avoid))
        if self.output_language is not None:
            object.__setattr__(self, "output_language", output_language_code(self.output_language))
        if self.keyphrases is not None:
            keyphrase_count(self.keyphrases)

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
        keyphrases: int | None = None,
    ) -> SummaryOptions:
        """The options of the library's functions (:func:`nutgraf.summarize`), whose ``sentences``
        defaults to 3 and means "no sentence limit" when ``None``: ``words=200`` alone keeps the 3
        sentences, ``sentences=None, words=200`` is a budget in words only, and ``sentences=None`` alone
        is refused."""
        if (
            cls is SummaryOptions
            and sentences is LIBRARY_DEFAULT
            and words is None
            and length is None
            and output_language is None
            and keyphrases is None
            and type(form) is str
            and form == "paragraph"
            and type(avoid) is tuple
            and not avoid
        ):
            return _library_defaults()
        if sentences is LIBRARY_DEFAULT:
            # The default yields to a length preset and a TL;DR; with words alone it stays.
            sentences = DEFAULT_SENTENCES if words is not None and length is None and form != "tldr" else None
        elif sentences is None and words is None and length is None and form != "tldr":
            Budget(sentences=None, words=None)  # refuses, saying what to give
        return cls(sentences, words, length, form, output_language, avoid, keyphrases)  # type: ignore[arg-type]

    def budget(self, document: Document) -> Budget:
        """The budget these options give ``document``: ``words`` are a reader's, which in Thai, Lao, Khmer
        and Burmese are not the word tokens the engines count (:func:`budget_tokens`)."""
        if self.length is not None:
            return sentence_budget(length_sentences(self.length, document))
        if self.words is None and self.sentences is not None:
            return sentence_budget(self.sentences)
        return Budget(sentences=self.sentences, words=budget_tokens(self.words, document))

    def without_avoided(self, document: Document, budget: Budget) -> tuple[Document, str | None]:
        """``document`` without the sentences ``avoid`` keeps out, when enough others are left to fill
        ``budget``; else ``document`` itself and a note saying so for the reader (``None`` when nothing
        needed saying). The sentences keep their offsets: a summary of either is a summary of ``document``.
        """
        if not self.avoid or not document.sentences:
            return document, None
        kept = [i for i, avoided in enumerate(_avoided(document, self.avoid)) if not avoided]
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
                news=document.news,
            )
            return view, None
        what = " or ".join("questions" if f == "questions" else "mostly quotation" for f in self.avoid)
        return document, (
            f"The article has too few sentences that are not {what} for this summary, so it may include some."
        )

    def arguments(self) -> dict[str, Any]:
        """These options as the keyword arguments of :func:`nutgraf.summarize` that ask for them."""
        return {**self.stored_arguments(), "keyphrases": self.keyphrases}

    def stored_arguments(self) -> dict[str, Any]:
        """The options a stored summary is kept by, as the keyword arguments of the store's summary methods
        (:class:`nutgraf.store.Store`): all but ``keyphrases``, which are the article's, not the summary's."""
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


@cache
def _library_defaults() -> SummaryOptions:
    """The options of a call that leaves every one at the library's default, made once (they are frozen, so
    one is shared): their checks cost each summary some 29,000 instructions."""
    return SummaryOptions(None, None, None, "paragraph", None, (), None)


def _filters(avoid: object) -> tuple[str, ...]:
    """``avoid`` as a sorted tuple of known filters (one name, or several in a list)."""
    names = [avoid] if isinstance(avoid, str) or not isinstance(avoid, Iterable) else list(avoid)
    for name in names:
        if name not in FILTERS:
            raise InvalidInputError(f"avoid takes {' and '.join(FILTERS)}, not {repr(name)[:40]}")
    return tuple(sorted(set(names)))
