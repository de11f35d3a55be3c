"""The data nutgraf passes between stages: articles, sentence spans and summaries."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from nutgraf.errors import InvalidInputError
from nutgraf.language import WORDS_NOT_TOKENS, content_stems, count_words, words_per_span
from nutgraf.wording import DIRECTION_MARKS, counted

# White space and control characters (NUL, which PostgreSQL refuses) cannot be part of a host name.
_NOT_IN_A_HOST = re.compile(r"[\x00-\x20\x7f]")


def site_of(url: str | None) -> str | None:
    """The host name of ``url`` without a leading ``www.``: :attr:`Article.site` when the page names none.

    ``None`` when the URL has no host or is malformed (an unclosed IPv6 bracket), so that a bad URL given
    alongside an article never costs the article.
    """
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return None
    if not host or _NOT_IN_A_HOST.search(host):
        return None
    return host.removeprefix("www.")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Segmentation makes one per sentence: the slots' own setters cost half of the two
        # object.__setattr__ calls of a frozen dataclass's __init__.
        _set_start(self, start)
        _set_end(self, end)


_set_start, _set_end = vars(Span)["start"].__set__, vars(Span)["end"].__set__


# Unicode's explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). In a title, an
# override makes the letters after it show in the other order ("Invoice \u202efdp.exe" reads "Invoice
# exe.pdf"), and an unclosed one reorders the page text after it; a one-line title or byline needs none of
# them (dir="auto" orders a right-to-left one). The marks (U+200E, U+200F, U+061C) reorder nothing and stay.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def without_bidi_controls(line: str | None) -> str | None:
    """``line`` without :data:`_BIDI_CONTROLS`; ``None`` where nothing a reader sees is left (white space and
    direction marks alone). An ASCII line is given back as it is, white space alone included: its callers
    strip or split it."""
    if not line or line.isascii():
        return line
    cleaned = line.translate(_BIDI_CONTROLS)
    # Marks show nothing: a title of them alone (a hostile feed's channel) had been listed as a blank.
    if not cleaned.translate(DIRECTION_MARKS).strip():
        return None
    return line if len(cleaned) == len(line) else cleaned.strip()


#: The most characters :attr:`Article.description` keeps. A dek is 80 words at most (what
#: :func:`~nutgraf.extract.html.body.header_deck` takes for one), some 600 characters, and a meta
#: description is written for a search result's two lines (about 160): 1,000 keeps every real one whole,
#: while a page's 100 KB "description" would be stored, listed and shown with each article.
DESCRIPTION_CHARS = 1_000
# C0 and C1 control characters (NUL among them, which PostgreSQL refuses), each a space in a one-line
# description: nutgraf.decode's cleaner is a later stage's, and here white space is folded anyway.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# The trailing ellipsis of a meta description that is the article's opening cut short.
_CUT_MARK = re.compile(r"(?:\.\.\.|…)\Z")
# Curly and other typographic quotes as straight ones, for telling a description from the text it repeats:
# a CMS writes the meta description from the text with its quotes straightened ("urgent" for “urgent”).
_STRAIGHT_QUOTES = str.maketrans("“”„‟«»″‘’‚‛′", '"""""""\'\'\'\'\'')
# What stands between a page title's headline and its site's name ("Headline | Site", "Headline - Site").
_TITLE_SEPARATORS = " |-–—:·•»/"


def _described(description: str | None, title: str | None, site: str | None, text: str) -> str | None:
    """``description`` as one clean line of at most :data:`DESCRIPTION_CHARS` characters (cut at a word,
    with "…"), without bidi controls; ``None`` where it says nothing the reader does not see already: it
    is empty, the title (alone or with the site's name, as the page's ``<title>`` writes it), the site's
    name, or the text's first paragraph or its opening (cut short, with "..." or without, as meta
    descriptions often are), their quotes straight or curly."""
    if not description:
        return None
    # Read no further than a description can keep: white space folded, 4 times as much is plenty.
    line = without_bidi_controls(" ".join(_CONTROLS.sub(" ", description[: 4 * DESCRIPTION_CHARS]).split()))
    if not line:
        return None
    folded = line.casefold()
    if site and folded == " ".join(site.split()).casefold():
        return None
    if title and folded.startswith(heading := " ".join(title.split()).casefold()):
        rest = folded[len(heading) :].strip(_TITLE_SEPARATORS)
        if not rest or (site and rest == " ".join(site.split()).casefold()):
            return None
    end = text.find("\n\n", 0, 4 * DESCRIPTION_CHARS)
    opening = " ".join(text[: 4 * DESCRIPTION_CHARS if end < 0 else end].split()).translate(_STRAIGHT_QUOTES)
    if opening.startswith(_CUT_MARK.sub("", line).rstrip().translate(_STRAIGHT_QUOTES)):
        return None
    if len(line) > DESCRIPTION_CHARS:
        cut = line[: DESCRIPTION_CHARS - 1]
        line = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    return line


@dataclass(frozen=True)
class Article:
    """An article cleaned of page furniture.

    ``text`` is the body, paragraphs separated by blank lines; every offset nutgraf reports for this
    article points into it. ``title`` and ``byline`` hold no bidi embedding, override or isolate controls,
    whatever made the article: they could make a title read as something else. ``description`` is the
    page's dek (the standfirst under its headline, which ``text`` leaves out) or else its meta
    description: one line of at most :data:`DESCRIPTION_CHARS` characters, without bidi or other control
    characters, and ``None`` where it would repeat the title, the site's name or the text's opening. It is
    the reader's: no summary is made from it. ``news`` says whether the page declares itself a news story
    (a schema.org ``NewsArticle``, a kind of it or a ``LiveBlogPosting`` in its JSON-LD, microdata or RDFa):
    ``True``, ``False`` for a page that declares none (a blog post, a guide, documentation, a page with no
    structured data at all: a small news site's too), ``None`` for pasted text and an article built without
    a page. The default summarizer gives a page that is not news its opening sentences
    (:attr:`Document.news`); the store keeps the flag, so a stored page is summarized as its HTML is.

    Raises :class:`~nutgraf.errors.InvalidInputError` when ``title``, ``byline`` or ``description`` is
    neither a str nor ``None``; the other fields are checked where a stage reads the article.
    """

    text: str
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    language: str | None = None
    url: str | None = None
    site: str | None = None
    description: str | None = None
    news: bool | None = None

    def __post_init__(self) -> None:
        for name in ("title", "byline", "description"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                # A caller's Article(title=5) had been an AttributeError from the bidi controls' removal.
                raise InvalidInputError(f"Article.{name} must be a str or None, not {type(value).__name__}")
        # Here, where every article is made (a page's, a text's, a feed item's or a caller's title).
        object.__setattr__(self, "title", without_bidi_controls(self.title))
        object.__setattr__(self, "byline", without_bidi_controls(self.byline))
        object.__setattr__(
            self, "description", _described(self.description, self.title, self.site, self.text)
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``published`` as an ISO 8601 string)."""
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return data


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a summary.

    For extractive summaries ``start``/``end`` are character offsets into :attr:`Summary.source` and
    ``source[start:end] == text``. Abstractive engines write new sentences: there ``start``/``end`` are
    ``None`` and :mod:`nutgraf.check` tells which article sentences back each one.
    """

    text: str
    start: int | None
    end: int | None
    score: float


#: Silent reading speed, in words a minute, that the reading time a summary saves is counted at: the
#: mean for adults reading non-fiction in English over 190 studies (Brysbaert, "How many words do we read
#: per minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109, 2019).
READING_WORDS_PER_MINUTE = 238
#: Reading speed in characters a minute for the languages counted a character at a time
#: (:data:`~nutgraf.language.CHARACTER_COUNTED`): the means of adult native readers of the International
#: Reading Speed Texts, one passage translated into 17 languages and read aloud (Trauzettel-Klosinski and
#: Dietz, "Standardized Assessment of Reading Performance: The New International Reading Speed Texts
#: IReST", Investigative Ophthalmology & Visual Science 53(9), 2012): Chinese 255, Japanese 357. Its
#: English, 228 words a minute, is within 5% of the silent rate above. A character is far less than an
#: English word: counted at 238 a minute, a Japanese article's reading time came out half as long again.
#: Khmer and Burmese (:data:`~nutgraf.language.LETTER_COUNTED`), which IReST lacks, are counted in their
#: script's letters and signs and read at the English rate over their letters a word: 4.4 in Khmer, 5.0
#: in Burmese, in two sentences of each of the languages sweep's Khmer and Burmese stories divided into
#: words by hand (38 and 30 words). Lao, counted so too, is read at Thai's 5.5 letters and signs a word
#: (3,843 in 703 words of four Thai stories of the tests and benches, read into the words of
#: :func:`~nutgraf.language.thai_words`' list): its script is Thai's sibling, and no Lao text was at hand
#: to divide.
CHARACTERS_PER_MINUTE = {"zh": 255, "ja": 357, "km": 1050, "my": 1180, "lo": 1310}


def reading_rate(language: str | None) -> int:
    """Words (in Chinese and Japanese, characters; in Khmer, Burmese and Lao, letters) a minute that text in
    ``language`` is read at."""
    return CHARACTERS_PER_MINUTE.get(language or "", READING_WORDS_PER_MINUTE)


def reader_words(text: str, language: str, *, counted: int | None = None) -> float:
    """How many words ``text`` in ``language`` is to a reader: its :func:`~nutgraf.language.count_words`
    (``counted`` where it is at hand) at the English pace (a Chinese article has few spaces, not few words;
    a Khmer one's letters are some four to a word)."""
    words = count_words(text, language) if counted is None else counted
    return words * READING_WORDS_PER_MINUTE / reading_rate(language)


@dataclass(frozen=True)
class Reduction:
    """How much shorter a summary is than its article, and the reading time that saves.

    Words are counted as :func:`nutgraf.language.count_words` does (in Chinese and Japanese, characters;
    in Khmer, Burmese and Lao, letters; in Thai, the words of its list), and time at ``words_per_minute``:
    the article's language's :func:`reading_rate`, the English rate but in Chinese, Japanese, Khmer,
    Burmese and Lao (for other languages a rough guide).
    """

    article_words: int
    summary_words: int
    words_per_minute: int = READING_WORDS_PER_MINUTE

    @classmethod
    def of(cls, document: Document, summary_texts: list[str], language: str | None = None) -> Reduction:
        """The reduction of a summary made of ``summary_texts`` from ``document``, written in ``language``
        (default: the document's)."""
        article_words = document.article_words
        written = language or document.language
        # Counted once over the sentences joined by a space, which no word crosses: the same count as
        # sentence by sentence (the store's sum), at one call's cost where each call cost some 14,000
        # instructions, nearly all of them the call's own steps rather than the characters read.
        summary_words = count_words(" ".join(summary_texts), written)
        return cls(article_words, summary_words, reading_rate(document.language))

    @property
    def share(self) -> float:
        """The share of the article's words the summary leaves out, from 0 to 1 (0 for a summary as
        long as the article or longer)."""
        if not self.article_words:
            return 0.0
        return round(max(0.0, 1 - self.summary_words / self.article_words), 3)

    @property
    def seconds_saved(self) -> int:
        """Reading time saved: the words left out, read at ``words_per_minute``."""
        left_out = max(0, self.article_words - self.summary_words)
        return round(left_out * 60 / self.words_per_minute)

    def describe(self) -> str:
        """The reduction for a reader: "Reduced by 84%, about 4 minutes saved."."""
        return describe_reduction(self.share, self.seconds_saved)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the two word counts, ``share``, ``seconds_saved`` and the reading rate
        (``words_per_minute``) they were computed at."""
        return {
            "article_words": self.article_words,
            "summary_words": self.summary_words,
            "share": self.share,
            "seconds_saved": self.seconds_saved,
            "words_per_minute": self.words_per_minute,
        }


def describe_reduction(share: float, seconds_saved: int) -> str:
    """ "Reduced by 84%, about 4 minutes saved.": a :class:`Reduction`'s share and time, in words.

    Halves round up, as JavaScript's ``Math.round`` does in the reader's script (reader.js), which says
    it again when it shows a summary: Python's ``round`` rounds them to even, and the page said "about 2
    minutes" for 150 seconds where the script said "about 3", "84%" for 0.845 where it said "85%".

    A summary that is the whole article (a brief of two sentences, a one-line news flash) says so rather
    than "Reduced by 0%, under a minute saved.", and any other shows 1% to 99%: a 30,000-word report's
    three sentences read "Reduced by 100%", as if nothing were left.
    """
    if share <= 0:
        return "Not reduced: the summary is the whole article."
    minutes = math.floor(seconds_saved / 60 + 0.5)
    saved = "under a minute" if minutes < 1 else f"about {counted(minutes, 'minute')}"
    percent = min(max(math.floor(share * 100 + 0.5), 1), 99)
    return f"Reduced by {percent}%, {saved} saved."


def summary_text(texts: list[str], form: str = "paragraph") -> str:
    """A summary's sentences as one string: joined by spaces, or, for ``key_points``, one ``- `` point a
    line (Markdown's list, which reads as a list in plain text too)."""
    if form == "key_points":
        return "\n".join(f"- {text}" for text in texts)
    return " ".join(texts)


@dataclass(frozen=True)
class Summary:
    """A summary of :attr:`source`, the cleaned article text it was made from."""

    sentences: list[SummarySentence]
    source: str
    summarizer: str
    language: str
    article: Article | None = None
    #: Per-sentence support of an abstractive summary (an :class:`nutgraf.check.Evidence`), when checked.
    evidence: Any = None
    #: ``paragraph``, ``key_points`` (:attr:`sentences` are the points) or ``tldr`` (one sentence).
    form: str = "paragraph"
    #: The language the summary is written in, when asked for another than the article's :attr:`language`.
    output_language: str | None = None
    #: How much shorter than the article the summary is (``None`` only for a summary built by hand).
    reduction: Reduction | None = None
    #: How the summary differs from what was asked, in words for a reader: a filter the article had too
    #: few other sentences for, a form the engine cannot write, every sentence dropped by ``strict``.
    notes: tuple[str, ...] = ()
    #: The article's keyphrases (:class:`nutgraf.keyphrases.Keyphrase`, best first; their spans point into
    #: :attr:`source`), when ``keyphrases=N`` asked for them; ``None`` otherwise.
    keyphrases: tuple[Any, ...] | None = None

    @property
    def text(self) -> str:
        """The summary as one string: sentences joined by spaces; key points one ``- `` point a line."""
        return summary_text([s.text for s in self.sentences], self.form)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the summary text, its sentences with offsets and scores, its form, language,
        reduction and notes, the keyphrases when asked for, and the article."""
        data: dict[str, Any] = {
            "summarizer": self.summarizer,
            "language": self.language,
            "output_language": self.output_language or self.language,
            "form": self.form,
            "text": self.text,
            "sentences": [asdict(s) for s in self.sentences],
            "reduction": self.reduction.to_dict() if self.reduction is not None else None,
            "notes": list(self.notes),
        }
        if self.keyphrases is not None:
            data["keyphrases"] = [keyphrase.to_dict() for keyphrase in self.keyphrases]
        if self.article is not None:
            data["article"] = self.article.to_dict()
        if self.evidence is not None:
            data["evidence"] = self.evidence.to_dict()
        return data


# The characters of text whose sentences' words are made at once (:attr:`Document.words`).
_WORDS_STRETCH_CHARACTERS = 1_000_000


@dataclass
class Document:
    """A text split into sentences, as the summarization engines see it.

    Engines read :attr:`sentences` (spans into :attr:`text`) and :attr:`tokens` (per sentence, the
    lower-cased, stemmed content words for :attr:`language`), which are computed once and shared.
    """

    text: str
    sentences: list[Span]
    language: str
    title: str | None = None
    #: Whether the article's page declares itself a news story (:attr:`Article.news`); ``None`` for text.
    news: bool | None = None

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``: ``text[start:end]`` of its span."""
        span = self.sentences[index]
        return self.text[span.start : span.end]

    @cached_property
    def words(self) -> list[list[str]]:
        """Per sentence, all lower-cased word tokens (stopwords kept, not stemmed)."""
        # Made a stretch of sentences at a time, each distinct word then one string that its occurrences
        # share: a string per word, and the copies of the whole text words_per_span marks them in, took
        # 300 MB of the 500 MB an article of 20 million characters peaked at.
        if len(self.text) <= _WORDS_STRETCH_CHARACTERS:  # nearly every article: no string to share
            return words_per_span(self.text, self.sentences)
        shared: dict[str, str] = {}
        per_sentence: list[list[str]] = []
        sentences, first = self.sentences, 0
        while first < len(sentences):
            offset, last = sentences[first].start, first + 1
            while last < len(sentences) and sentences[last].end - offset <= _WORDS_STRETCH_CHARACTERS:
                last += 1
            stretch = self.text[offset : sentences[last - 1].end]
            spans = [Span(span.start - offset, span.end - offset) for span in sentences[first:last]]
            for words in words_per_span(stretch, spans):
                per_sentence.append(list(map(shared.setdefault, words, words)))
            first = last
        return per_sentence

    @cached_property
    def counted_words(self) -> int:
        """The text's words as a reader's pace counts them (:func:`~nutgraf.language.count_words`), counted
        once for a budget in words and the summary's reduction: a Thai article was divided into its words
        twice when a summary was asked for in words."""
        return count_words(self.text, self.language)

    @cached_property
    def article_words(self) -> int:
        """The article's words for its summary's reduction and the engines' length rules: the engines' word
        tokens, already split (a fraction of :attr:`counted_words`' cost), except in the languages whose
        tokens are not a reader's words (:data:`~nutgraf.language.WORDS_NOT_TOKENS`)."""
        if self.language in WORDS_NOT_TOKENS:
            return self.counted_words
        return sum(map(len, self.words))

    @cached_property
    def tokens(self) -> list[list[str]]:
        """Per sentence, the stemmed content words (stopwords and one-letter words dropped)."""
        return [content_stems(w, self.language) for w in self.words]
