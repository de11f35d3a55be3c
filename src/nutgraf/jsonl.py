"""JSON lines read within bounds, for every command that reads a JSONL file (``nutgraf batch``'s inputs,
``nutgraf eval``'s data): a line's bytes, and for a long line what it holds outside its strings, are
limited before the line is held whole or parsed."""

from __future__ import annotations

import codecs
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from nutgraf.decode import MAX_TEXT_CHARS
from nutgraf.json_bounds import json_bound_exceeded, json_bound_refusal

#: The longest JSONL line or URL-list line read: the largest text nutgraf takes with every character
#: escaped as ``\uXXXX``. A longer line is skipped unread, never held whole in memory.
MAX_LINE_BYTES = 6 * MAX_TEXT_CHARS
#: The most bytes of a JSONL line outside its strings (numbers, arrays, objects, separators), and the most
#: strings, in a line of over :data:`_LINE_CHECKED_BYTES`: a record's fields are strings, and parsed whole
#: a 100 MB line holding a list of 12 million numbers took 0.7 GB in a worker, of 30 million empty lists
#: 2.3 GB and 34 s. Within these a line's values take a few tens of MB.
MAX_LINE_STRUCTURE_BYTES = 1_000_000
MAX_LINE_STRINGS = 100_000
# Lines up to this long are parsed unchecked (nearly all): whatever one holds takes 25 MB at most.
_LINE_CHECKED_BYTES = 1_000_000
#: Bytes read at a time while skipping the rest of an oversized line (or a batch's archive record).
SKIP_BLOCK = 1 << 20


def lines(path: str | Path) -> Iterator[tuple[int, bytes | None]]:
    """The non-blank lines of ``path``, stripped, with their numbers; ``None`` for a line longer than
    :data:`MAX_LINE_BYTES`, which is skipped in blocks rather than read whole (a 10 GB line, or a file
    with no line end at all, must not fill the memory)."""
    # Line numbers count every line, blank ones included, so that they match what an editor shows.
    with open(path, "rb") as handle:
        number = 0
        while line := handle.readline(MAX_LINE_BYTES + 1):
            number += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while (rest := handle.readline(SKIP_BLOCK)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
                continue
            stripped = line.strip()
            if stripped:
                yield number, stripped


def opens_as_json(line: bytes) -> bool:
    """Whether ``line`` opens as a JSON line does (``{``, ``[`` or a byte-order mark, after a UTF-16 line's
    NUL): a line to be read as JSON and told its error, not binary data pasted among the lines."""
    return line.lstrip(b"\x00").startswith((b"{", b"[", codecs.BOM_UTF8))


def line_bound_exceeded(line: bytes) -> Literal["strings", "structure"] | None:
    """Which of :data:`MAX_LINE_STRINGS` and :data:`MAX_LINE_STRUCTURE_BYTES` the JSON line ``line`` goes
    past (see :func:`~nutgraf.json_bounds.json_bound_exceeded`); ``None`` when neither, or when the line is
    too short to hold more than is cheap to parse."""
    if len(line) <= _LINE_CHECKED_BYTES:
        return None
    return json_bound_exceeded(
        line, max_strings=MAX_LINE_STRINGS, max_structure_bytes=MAX_LINE_STRUCTURE_BYTES
    )


def line_bound_refusal(exceeded: Literal["strings", "structure"], line: str, *, unit: str, form: str) -> str:
    """The message refusing ``line`` (as the message names it), which nutgraf parses for ``unit``, for the
    bound :func:`line_bound_exceeded` found it past (:func:`~nutgraf.json_bounds.json_bound_refusal`)."""
    return json_bound_refusal(
        exceeded,
        line,
        max_strings=MAX_LINE_STRINGS,
        max_structure_bytes=MAX_LINE_STRUCTURE_BYTES,
        reader="nutgraf",
        unit=unit,
        form=form,
    )


def table_conversion(path: str, columns: str) -> str:
    """The clause for a refusal of ``path`` (where JSONL is read) giving the one-line command that writes a
    CSV or TSV table's rows as JSON lines, its header naming ``columns``; empty for another file. A
    spreadsheet's export is the table a user most often has, and read as JSONL it had met "not a JSON line"
    alone."""
    file = Path(path)
    name = file.name.lower()
    if not name.endswith((".csv", ".tsv")):
        return ""
    # The path is the program's argument, not part of its text, so that any name survives the shell; Excel's
    # "CSV UTF-8" opens with a byte order mark, which utf-8-sig drops (else the first column is "\ufeffid").
    delimiter = ", delimiter='\\t'" if name.endswith(".tsv") else ""
    return (
        f'; a table with the columns {columns} becomes one with `python -c "import'
        f" csv, json, sys; [print(json.dumps(row)) for row in csv.DictReader(open(sys.argv[1], newline='',"
        f" encoding='utf-8-sig'){delimiter})]\" {shlex.quote(path)} > {shlex.quote(file.stem + '.jsonl')}`"
    )
