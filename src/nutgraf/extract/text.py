"""Plain text: normalise white space and paragraphs."""

from __future__ import annotations

import re

from nutgraf.article import Article
from nutgraf.errors import EmptyInputError

_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_SPACES = re.compile(r"[^\S\n]+")


def clean_text(text: str) -> Article:
    """An :class:`Article` from plain text: paragraphs separated by one blank line, spaces folded."""
    paragraphs = [_SPACES.sub(" ", p).strip() for p in _BLANK_LINES.split(text.strip())]
    body = "\n\n".join(p for p in paragraphs if p)
    if not body:
        raise EmptyInputError("the input holds no text")
    return Article(text=body)
