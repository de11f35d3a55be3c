"""From input to summary: decode, clean, segment, then run an engine.

:func:`summarize` is the library's front door. It takes an :class:`~nutgraf.article.Article`, HTML or
plain text, makes the :class:`~nutgraf.article.Document` the engines read, and wraps their sentences in a
:class:`~nutgraf.article.Summary` whose offsets point into the cleaned article text.
"""

from __future__ import annotations

from typing import Any

from nutgraf.article import Article, Document, Summary
from nutgraf.engines.base import Budget, get_summarizer
from nutgraf.errors import EmptyInputError, InputTooLargeError, InvalidInputError
from nutgraf.language import detect_language
from nutgraf.segment import split_sentences

#: The largest text nutgraf summarizes, in characters (about 3 million words).
MAX_TEXT_CHARS = 20_000_000
# Share of control characters (other than white space) above which input is taken for binary data.
_BINARY_SHARE = 0.05


def decode_text(data: str | bytes) -> str:
    """Text from ``str`` or ``bytes``: UTF-8 first, then the encoding charset-normalizer finds.

    Raises :class:`InvalidInputError` for binary data and :class:`InputTooLargeError` past
    :data:`MAX_TEXT_CHARS`.
    """
    if isinstance(data, bytes):
        if len(data) > 4 * MAX_TEXT_CHARS:
            raise InputTooLargeError(
                f"input is {len(data):,} bytes; nutgraf takes at most {MAX_TEXT_CHARS:,}"
            )
        if b"\x00" in data[:8192]:
            raise InvalidInputError("input looks like binary data (it holds NUL bytes), not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is None:
                raise InvalidInputError(
                    "input is neither UTF-8 nor any text encoding nutgraf can detect"
                ) from None
            text = str(best)
    elif isinstance(data, str):
        text = data
    else:
        raise InvalidInputError(f"expected text (str or bytes), got {type(data).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"input is {len(text):,} characters; nutgraf takes at most {MAX_TEXT_CHARS:,}"
        )
    sample = text[:8192]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    if "\x00" in sample or control > _BINARY_SHARE * len(sample):
        raise InvalidInputError("input looks like binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_document(text: str, *, language: str | None = None, title: str | None = None) -> Document:
    """Segment cleaned article text into the :class:`Document` engines read."""
    if not text.strip():
        raise EmptyInputError("the article has no text to summarize")
    return Document(
        text=text,
        sentences=split_sentences(text),
        language=language or detect_language(text),
        title=title,
    )


def summarize(
    source: Article | str | bytes,
    *,
    sentences: int | None = 3,
    words: int | None = None,
    summarizer: str = "default",
    language: str | None = None,
    **options: Any,
) -> Summary:
    """Summarize an article.

    Args:
        source: an :class:`Article`, or the article as plain text or HTML (``str`` or ``bytes``).
        sentences: at most this many summary sentences (``None``: no sentence limit).
        words: at most about this many words (``None``: no word limit). With both set, both apply.
        summarizer: the engine's registered name; see :func:`summarizers`.
        language: ISO 639-1 code of the article's language; detected when ``None``.
        **options: passed to the engine's constructor (for example ``model=`` for abstractive engines).

    Returns:
        A :class:`Summary`. For extractive engines, ``summary.source[s.start:s.end] == s.text`` for every
        sentence ``s``. A short article gives fewer sentences than asked.

    Raises:
        nutgraf.errors.NutgrafError: on empty, binary, undecodable or oversized input, an unknown
            summarizer, or (for HTML) a page with no article.
    """
    budget = Budget(sentences=sentences, words=words)
    engine = get_summarizer(summarizer, **options)
    article = _as_article(source)
    document = make_document(article.text, language=language or article.language, title=article.title)
    return Summary(
        sentences=engine.summarize(document, budget),
        source=document.text,
        summarizer=summarizer,
        language=document.language,
        article=article,
    )


def _as_article(source: Article | str | bytes) -> Article:
    if isinstance(source, Article):
        return source
    text = decode_text(source)
    from nutgraf.extract import extract

    return extract(text)


def summarizers() -> list[str]:
    """Names of the registered summarizers, for ``summarize(..., summarizer=NAME)``."""
    from nutgraf.engines.base import available

    return available()
