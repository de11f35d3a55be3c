"""A field's text made one clean line, and the forms fields are compared in: their letters alone, their
words."""

from __future__ import annotations

from nutgraf.extract.text import folded_line

# A title longer than this is text put in the wrong place, not a headline (the longest <title> and
# og:title of the 311 shared pages have 166 characters); taking the site's name off one compares each
# separator's remainder with it, work that grows with the square of the title's length.
_TITLE_CHARS = 1_000


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _words(text: str) -> list[str]:
    return [word.strip(".,;:") for word in text.casefold().split()]


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = folded_line(value)
    return cleaned or None


def _title(value: str | None) -> str | None:
    cleaned = _clean(value)
    return cleaned if cleaned is None or len(cleaned) <= _TITLE_CHARS else None
