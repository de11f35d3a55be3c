"""How much a JSON document holds, counted on its bytes before it is parsed.

``json.loads`` takes seconds, most of them in garbage collection, over a few MB of tiny values (1.6 million
empty lists in a 5 MB request body: 2 s; 30 million in a 100 MB JSONL line: 34 s and 2.3 GB), and it holds
the GIL throughout, so running it on another thread stalls the rest of the process as much. What
nutgraf reads as JSON (a batch record, an API request body) is an object of a few fields whose large parts
are strings; a document holding far more strings, or far more bytes outside its strings, than that is
refused unread, in the same words wherever it is read (:func:`json_bound_refusal`). The count runs in C
but for one step per string, and stops at the bound.
"""

from __future__ import annotations

from typing import Literal


def json_bound_exceeded(
    data: bytes, *, max_strings: int, max_structure_bytes: int
) -> Literal["strings", "structure"] | None:
    """Which bound the JSON document ``data`` goes past: ``"structure"`` when it holds more than
    ``max_structure_bytes`` bytes outside its strings (numbers, arrays, objects, separators, spaces),
    ``"strings"`` when it holds more than ``max_strings`` strings (keys included), ``None`` when neither.

    A document that is not JSON is counted as far as JSON goes in it, which is as far as parsing it goes
    before it reports the fault."""
    if b"\\" in data:
        # JSON has backslashes only in strings, each the start of a two-character escape (\\, \", \n, the
        # first two of \uXXXX), paired from the left as bytes.replace pairs them: with the escaped
        # backslashes and quotes gone, every quote left opens or closes a string.
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    position, structure = 0, 0
    for _ in range(max_strings + 1):
        opening = data.find(b'"', position)
        structure += (len(data) if opening < 0 else opening) - position
        if structure > max_structure_bytes:
            return "structure"
        closing = data.find(b'"', opening + 1) if opening >= 0 else -1
        if closing < 0:  # the end, or a string that never closes
            return None
        position = closing + 1
    return "strings"


def json_bound_refusal(
    exceeded: Literal["strings", "structure"],
    document: str,
    *,
    max_strings: int,
    max_structure_bytes: int,
    reader: str,
    unit: str,
    form: str,
) -> str:
    """The message refusing ``document`` (a JSONL line, a feed, a request body) for the bound it goes past
    (:func:`json_bound_exceeded`), in the words every refusal of one uses: what it holds, more than
    ``reader`` ("nutgraf", "this service") parses for ``unit`` ("one record"), then ``form``, what such
    a document holds instead."""
    held = (
        f"more than {max_structure_bytes:,} bytes of JSON outside its strings (numbers, arrays, objects)"
        if exceeded == "structure"
        else f"more than {max_strings:,} JSON strings"
    )
    return f"{document} holds {held}, more than {reader} parses for {unit}; {form}"
