"""The data nutgraf passes between stages: articles, sentence spans and summaries."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from nutgraf.language import content_stems, words_per_span

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


@dataclass(frozen=True)
class Article:
    """An article cleaned of page furniture.

    ``text`` is the body, paragraphs separated by blank lines; every offset nutgraf reports for this
    article points into it.
    """

    text: str
    title: str | None = None
    byline: str | None = None
    published: datetime | None = None
    language: str | None = None
    url: str | None = None
    site: str | None = None

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

    @property
    def text(self) -> str:
        """The summary as one string, sentences joined by spaces."""
        return " ".join(s.text for s in self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the summary text, its sentences with offsets and scores, and the article."""
        data: dict[str, Any] = {
            "summarizer": self.summarizer,
            "language": self.language,
            "text": self.text,
            "sentences": [asdict(s) for s in self.sentences],
        }
        if self.article is not None:
            data["article"] = self.article.to_dict()
        if self.evidence is not None:
            data["evidence"] = self.evidence.to_dict()
        return data


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

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.text[span.start : span.end]

    @cached_property
    def words(self) -> list[list[str]]:
        """Per sentence, all lower-cased word tokens (stopwords kept, not stemmed)."""
        return words_per_span(self.text, self.sentences)

    @cached_property
    def tokens(self) -> list[list[str]]:
        """Per sentence, the stemmed content words (stopwords and one-letter words dropped)."""
        return [content_stems(w, self.language) for w in self.words]
