"""Wording the messages of every stage and interface share."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural unless the number is one: "1 record",
    "2,000 records", "0 records" (``plural`` where adding an s does not make it: "1 entry", "3 entries")."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"
