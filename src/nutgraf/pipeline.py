"""From input to summary: decode, clean, segment, then run an engine.

:func:`summarize` is the library's front door. It takes an :class:`~nutgraf.article.Article`, HTML or
plain text, makes the :class:`~nutgraf.article.Document` the engines read, and wraps their sentences in a
:class:`~nutgraf.article.Summary` whose offsets point into the cleaned article text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from nutgraf.article import Article, Document, Summary, SummarySentence
from nutgraf.engines.base import Budget, get_summarizer
from nutgraf.extract import as_article
from nutgraf.language import language_code
from nutgraf.segment import make_document


def summarize(
    source: Article | str | bytes,
    *,
    sentences: int | None = 3,
    words: int | None = None,
    summarizer: str = "default",
    language: str | None = None,
    evidence: bool | None = None,
    strict: bool = False,
    **options: Any,
) -> Summary:
    """Summarize an article.

    Args:
        source: an :class:`Article`, or the article as plain text or HTML (``str`` or ``bytes``).
        sentences: at most this many summary sentences (``None``: no sentence limit).
        words: at most about this many words (``None``: no word limit). With both set, both apply:
            ``words=200`` alone keeps the 3-sentence default; ``sentences=None, words=200`` is a
            budget in words only (what the CLI's ``--words`` and the HTTP API's ``words`` mean).
        summarizer: the engine's registered name; see :func:`summarizers`.
        language: ISO 639 code of the article's language ("en", "eng"); detected when ``None``.
        evidence: whether to check each sentence against the article (:func:`nutgraf.check`) and set
            ``summary.evidence``; ``None`` (the default) checks abstractive summaries only.
        strict: drop the sentences the check finds unsupported (implies ``evidence``); the summary may
            then be shorter than asked, or empty.
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
    if language is not None:
        language = language_code(language)
    article = as_article(source)
    document = make_document(article.text, language=language or article.language, title=article.title)
    chosen = engine.summarize(document, budget)
    return assemble_summary(
        document,
        chosen,
        summarizer=summarizer,
        article=article,
        evidence=evidence if evidence is not None else not engine.extractive,
        strict=strict,
    )


def assemble_summary(
    document: Document,
    chosen: list[SummarySentence],
    *,
    summarizer: str,
    article: Article | None = None,
    evidence: bool = False,
    strict: bool = False,
) -> Summary:
    """The :class:`Summary` of ``document`` made of an engine's ``chosen`` sentences, checked against the
    article when ``evidence`` or ``strict`` asks for it (``strict`` drops the unsupported sentences)."""
    checked = None
    if evidence or strict:
        from nutgraf.check import Evidence, check

        checked = check(document, [s.text for s in chosen]) if chosen else Evidence(sentences=[])
        if strict:
            kept = [i for i, s in enumerate(checked.sentences) if s.supported]
            chosen = [chosen[i] for i in kept]
            dropped = len(checked.sentences) - len(kept)
            checked = replace(checked, sentences=[checked.sentences[i] for i in kept], dropped=dropped)
    return Summary(
        sentences=chosen,
        source=document.text,
        summarizer=summarizer,
        language=document.language,
        article=article,
        evidence=checked,
    )


def summarizers() -> list[str]:
    """Names of the registered summarizers, for ``summarize(..., summarizer=NAME)``."""
    from nutgraf.engines.base import available

    return available()
