"""Extraction: from a page (HTML or a copy of its text) to a clean :class:`~nutgraf.article.Article`."""

from __future__ import annotations

from nutgraf.article import Article
from nutgraf.extract.text import clean_text


def extract(source: str | bytes, *, url: str | None = None) -> Article:
    """The article in ``source``: HTML (``str`` or ``bytes``) or plain text copied from a page."""
    from nutgraf.pipeline import decode_text

    text = decode_text(source)
    article = clean_text(text)
    return Article(text=article.text, title=article.title, language=article.language, url=url)


__all__ = ["extract"]
