"""Batch inputs: records streamed out of JSONL files, page directories, WARC archives and URL lists.

The parent process only *frames* records: it finds line ends, reads page files, unpacks WARC records, and
hands each record's raw bytes on as a :class:`RawRecord`. Parsing JSON, extracting and summarizing happen
in the workers (:mod:`nutgraf.batch.work`), so the parent stays cheap and the inputs need to exist only on
the machine that runs the command (Ray workers on other nodes get the bytes, not paths).

Every record has an id that does not change between runs, so an interrupted run can resume: the ``id``
field of a JSONL line, else ``<file name>:<line number>``; the file's path relative to the directory; the
WARC-Record-ID; ``<file name>:<line number>`` for a URL list. Where two inputs share a file name, each is
named by as many of its folders as tell them apart (see :func:`input_labels`), and where several folders or
pages are given, a folder's ids start with its name, which no other page's or folder's name then starts
with (``archive/news/a.txt`` beside the folder ``news``, not ``news/a.txt``): no two records of different
files share a default id.
Records come out in a fixed order (sorted directory walks, file order as given), which is what resuming
relies on.
"""

from __future__ import annotations

import bz2
import functools
import gzip
import json
import lzma
import os
import shlex
import stat
import zlib
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nutgraf.decode import MAX_INPUT_BYTES, binary_kind, clean_characters
from nutgraf.errors import InputTooLargeError, InvalidInputError, NutgrafError
from nutgraf.jsonl import (
    MAX_LINE_BYTES,
    SKIP_BLOCK,
    line_bound_exceeded,
    line_bound_refusal,
    lines,
    opens_as_json,
    table_conversion,
)

#: Input kinds nutgraf batch reads, as :func:`detect_kind` names them.
KINDS = ("jsonl", "directory", "warc", "urls", "page")

#: Suffixes of the page files a directory input is made of.
PAGE_SUFFIXES = (".html", ".htm", ".txt")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Suffixes of a page saved compressed in a directory input (a crawl's ``a.html.gz``), read unpacked.
#: Skipped as no page, a folder of them had given an empty output and a report of 0 records without a word.
_PACKED_PAGE_SUFFIXES = (".gz", ".bz2", ".xz")
# How such a page is unpacked, by the format its first bytes show (_PACKED_FORMATS), not by its name: a
# page a crawler saved already unpacked under its .gz name (the server had sent it gzip-encoded) is read
# as it is, where it had been an error record calling it damaged or cut short.
_PAGE_UNPACKERS = {"gzip": gzip.open, "bzip2": bz2.open, "xz": lzma.open}
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# The distinct addresses a URL list remembers, the latest ones, to fetch a repeated one once: a list of a
# million lines of one address had fetched it a million times (17 a second, 16 hours, all at one site).
# Bounded, as the ids are not kept (docs/batch.md): 10,000 addresses are a few megabytes.
_REMEMBERED_URLS = 10_000
# WARC payloads that can hold an article; images, scripts and the like are not records at all.
_WARC_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# Compressed files and archives by their first bytes (tar: "ustar" and a NUL at byte 257, POSIX or GNU).
# Other than a WARC, none is read: taken as lines, one would be a garbage record per stray newline byte.
_PACKED_FORMATS = (
    (0, b"\x1f\x8b", "gzip", "gunzip -k"),
    (0, b"PK\x03\x04", "zip", "unzip"),
    (0, b"\xfd7zXZ\x00", "xz", "unxz -k"),
    (0, b"\x28\xb5\x2f\xfd", "zstd", "unzstd"),
    # bzip2's block magic after "BZh" and the level digit: "BZh" alone could open a page's text. Named
    # .jsonl, a bzipped file was a record per stray newline byte, each told to convert from Windows-1252.
    (4, b"1AY&SY", "bzip2", "bunzip2 -k"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip", "7z x"),
    (257, b"ustar\x00", "tar", "tar xf"),
    (257, b"ustar  \x00", "tar", "tar xf"),
)
_UTF8_MARK = b"\xef\xbb\xbf"
# The longest line of a WARC or HTTP header (or between records) read as one: real ones are at most a
# few kilobytes.
_HEADER_LINE_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input record as framed by the parent, before any parsing.

    ``kind`` is ``"json"`` (``data`` is one JSONL line), ``"page"`` (``data`` is HTML or text), ``"url"``
    (``data`` is the URL to fetch), ``"unreadable"`` (``data`` says why the page could not be read) or
    ``"too_large"`` (``data`` says how large the page or line is: larger than nutgraf reads, it was
    skipped rather than held in memory).
    ``default_id`` is the record's id unless a JSON line carries its own. ``charset`` is the one an
    archived response's Content-Type header declares: a page often names its encoding only there.
    """

    kind: str
    default_id: str
    data: bytes
    url: str | None = None
    charset: str | None = None
    #: The numbers of a binary run's lines (an ``"unreadable"`` record of a JSONL file): an output written
    #: before 2026-12-07 holds a record for each, under its own number, and resumes by them.
    lines: tuple[int, ...] = ()


def unparsed(record: RawRecord) -> NutgrafError | None:
    """The error of a JSON line that is not parsed, which its record carries under its default id: an
    array (no record, whatever it holds: parsing a line of a million items took seconds), or a line past
    :data:`~nutgraf.jsonl.MAX_LINE_STRINGS` or :data:`~nutgraf.jsonl.MAX_LINE_STRUCTURE_BYTES`; ``None``
    for a line that is parsed."""
    if record.data.startswith(b"["):
        return InvalidInputError(
            f"line {record.default_id} is a JSON array, not an object: each line is one article, such as"
            ' {"id": "a1", "text": "..."}; write the array\'s items on lines of their own'
        )
    exceeded = line_bound_exceeded(record.data)
    if exceeded is not None:
        return InputTooLargeError(
            line_bound_refusal(
                exceeded,
                f"line {record.default_id}",
                unit="one record",
                form="a record is an object of a few fields, `id`, `text`, `html`, `url` and `title`, each a"
                " string",
            )
        )
    return None


def record_id(record: RawRecord) -> str:
    """The id a record's output carries: a JSON line's own ``id`` if it has one, else its default id."""
    if record.kind == "json":
        # A line the worker did not parse was written under its default id: parsed here, one past the
        # bounds gave its own, and a run whose last record it was could never be resumed ("written from
        # other inputs"), after parsing it whole in this process (34 s and 2.3 GB for 100 MB of lists).
        if unparsed(record) is not None:
            return record.default_id
        try:
            value = json.loads(record.data)
        except (ValueError, RecursionError):
            return record.default_id
        if isinstance(value, dict):
            return line_id(value, record.default_id)
    return record.default_id


def line_id(line: dict, default_id: str) -> str:
    """A JSON line's ``id`` (a string or a number) as text, cleaned for output; else ``default_id``."""
    value = line.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
        return default_id
    return clean_characters(str(value))


def detect_kind(path: str) -> str:
    """Which kind of input ``path`` is (one of :data:`KINDS`), from its type, suffix and first line."""
    file = Path(path)
    if file.is_dir():
        return "directory"
    if path == "-" or (file.exists() and not file.is_file()):
        # A run is resumed by reading its inputs again from the start, which a stream cannot do.
        raise InvalidInputError(
            f"{path} is not a file but a stream (standard input, a pipe or a device); nutgraf batch reads"
            " its inputs again to resume a run: save the stream to a file and give that"
        )
    if not file.is_file():
        raise InvalidInputError(f"no such file or directory: {path}")
    name = file.name.lower()
    # The commands the refusals print are run as printed: a name such as "O'Brien notes.csv" is quoted.
    quoted = shlex.quote(path)
    if name.endswith(_WARC_SUFFIXES):
        if not _starts_like_an_archive(file):
            raise InvalidInputError(
                f"{path} is named like a WARC archive but does not start like one (WARC/ or an ARC"
                " file header, plain or gzipped)"
            )
        return "warc"
    with file.open("rb") as handle:
        head = handle.read(512)
    packed_format = _packed_format(head)
    if _is_packed_page(name):
        # Read unpacked as a folder's a.html.gz is (_read_page), not refused as a compressed input; but a
        # URL list or JSONL saved so, read as one page, was refused as "a list of web addresses" or "JSON"
        # with advice to run `nutgraf batch FILE`, the command just run.
        held = _held_list(file, packed_format[0]) if packed_format else None
        if packed_format is None or held is None:
            return "page"
        packed, unpack = packed_format
        raise InvalidInputError(
            f"{path} is a {packed} file holding {held}, which nutgraf batch reads only unpacked: unpack it"
            f" first (`{unpack} {quoted}`) and give the file it holds"
        )
    if packed_format:
        packed, unpack = packed_format
        raise InvalidInputError(
            f"{path} is a {packed} file; nutgraf batch reads no compressed input other than WARC"
            f" archives: unpack it first (`{unpack} {quoted}`) and give the .jsonl file or the folder it holds"
        )
    # UTF-16 (what PowerShell's `>` writes) split at newline bytes would give every line but the first a
    # stray NUL, and each would fail alone; a URL list so written was one page, a list of addresses whose
    # refusal said to put them in a file for nutgraf batch.
    # A head of NULs alone is no text's (a disk image's padding, a file of zeros): its lines are said to be
    # binary data, where it had been told to convert from UTF-16.
    wide = head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        b"\x00" in head[:4] and head[:4].strip(b"\x00") != b""
    )
    if wide and (name.endswith(_JSONL_SUFFIXES) or _lists_urls(head)):
        what, suffix = ("JSONL", ".jsonl") if name.endswith(_JSONL_SUFFIXES) else ("a URL list", ".txt")
        raise InvalidInputError(
            f"{path} is UTF-16 or UTF-32 text, and {what} is read as UTF-8: convert it first, as with"
            f" `iconv -f utf-16 -t utf-8 {quoted} > {shlex.quote(file.stem + '-utf8' + suffix)}`"
        )
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if not name.endswith(PAGE_SUFFIXES) and _opens_a_json_array(head):
        # Refused before it is read (a page may open with brackets, and a JSONL line that is an array is
        # that line's error): parsed whole, a list of half a million texts held the worker for
        # seconds and hundreds of megabytes, only to be found no record.
        raise InvalidInputError(
            f"{path} is a JSON array, and nutgraf batch reads JSONL: one JSON object a line, such as"
            f' {{"id": "a1", "text": "..."}}; put each item on a line of its own first, as with'
            f" `jq -c '.[]' {quoted} > {shlex.quote(file.stem + '-lines.jsonl')}`"
        )
    lines = _leading_lines(file)
    if _starts_a_url_list(lines):
        return "urls"
    if lines and lines[0].startswith(b"{"):
        return "jsonl"
    if name.endswith(PAGE_SUFFIXES):
        return "page"
    # A spreadsheet's export is the table a user most often has: said how to make it the JSONL batch reads.
    raise InvalidInputError(
        f"cannot tell what kind of input {path} is: give a .jsonl file, a directory of "
        f"{'/'.join(PAGE_SUFFIXES)} files, a .warc/.warc.gz archive, or a text file with one URL per line"
        + table_conversion(path, "`id` and `text` (or `html`, `url`)")
    )


def _opens_a_json_array(head: bytes) -> bool:
    """Whether ``head`` opens a JSON array of objects, strings or arrays (``[{"text": ...``, ``["https://``),
    not prose that opens with a bracket ("[Updated] The council...")."""
    opened = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return opened.startswith(b"[") and opened[1:].lstrip(b" \t\r\n")[:1] in (b"{", b'"', b"[")


def _starts_like_an_archive(file: Path) -> bool:
    with file.open("rb") as handle:
        head = handle.read(64)
        if head.startswith(b"\x1f\x8b"):
            handle.seek(0)
            try:
                with gzip.open(handle) as unpacked:
                    head = unpacked.read(64)
            except (OSError, EOFError, zlib.error):
                return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _lists_urls(head: bytes) -> bool:
    """Whether ``head``, the start of a file in UTF-16 (or UTF-32), opens on a web address, after any
    blank and ``#`` comment lines as a URL list may (a list opening on a comment, or in big-endian UTF-16
    without a mark, had been read as one page, a list of addresses)."""
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        try:
            text = head[: len(head) - len(head) % 4].decode(encoding)
        except UnicodeDecodeError:
            continue
        lines = (line.strip("\ufeff \t") for line in text.splitlines())
        first = next((line for line in lines if line and not line.startswith("#")), "")
        if first.startswith(("http://", "https://")):
            return True
    return False


def _held_list(file: Path, packed: str) -> str | None:
    """What ``file``, a page file compressed as ``packed`` (gzip...), holds other than a page: "a URL
    list" or "JSONL" as :func:`detect_kind` tells them apart from a page; None for a page, or one that
    does not unpack (its error record says so)."""
    opener = _PAGE_UNPACKERS.get(packed)
    if opener is None:
        return None
    try:
        with opener(file, "rb") as unpacked:
            lines = _leading_lines_of(unpacked.read(_LEADING_BYTES))
    except (OSError, EOFError, zlib.error, lzma.LZMAError):
        return None
    return _list_held(lines)


def _list_held(lines: list[bytes]) -> str | None:
    """What a page file's unpacked leading ``lines`` hold other than a page: "a URL list" or "JSONL" as
    :func:`detect_kind` tells them apart from a page; None for a page."""
    if _starts_a_url_list(lines):
        return "a URL list"
    # A JSONL record opens on a key; a transcript opening on its cue, "{Music playing}", is a page.
    return "JSONL" if lines and lines[0].startswith(b"{") and lines[0][1:].lstrip().startswith(b'"') else None


def _starts_a_url_list(lines: list[bytes]) -> bool:
    """Whether a file's leading ``lines`` open a URL list: a page copied with its address on top is an
    article, a URL list is mostly URLs from the start."""
    first = lines[0] if lines else b""
    bare_urls = sum(line.startswith((b"http://", b"https://")) and b" " not in line for line in lines)
    return first.startswith((b"http://", b"https://")) and bare_urls > len(lines) / 2


#: How much of a file's start is looked through for its leading lines: a binary file may have no line ends.
_LEADING_BYTES = 1 << 16


def _leading_lines(file: Path) -> list[bytes]:
    """The first lines of ``file`` that are neither blank nor ``#`` comments, stripped."""
    with file.open("rb") as handle:
        return _leading_lines_of(handle.read(_LEADING_BYTES))


def _leading_lines_of(head: bytes, count: int = 5) -> list[bytes]:
    """The first ``count`` lines of ``head`` that are neither blank nor ``#`` comments, stripped."""
    lines = []
    for line in head.splitlines():
        stripped = line.strip().lstrip(_UTF8_MARK)
        if stripped and not stripped.startswith(b"#"):
            lines.append(stripped)
            if len(lines) == count:
                break
    return lines


def check_inputs(paths: Sequence[str]) -> list[tuple[str, str]]:
    """Each input path with its kind; raises :class:`InvalidInputError` for a missing or unknown one."""
    if not paths:
        raise InvalidInputError("give at least one input (JSONL, directory, WARC or URL list)")
    return [(path, detect_kind(path)) for path in paths]


def input_labels(inputs: Sequence[tuple[str, str]]) -> list[str]:
    """The name each input's default ids are made of: its file or folder name, or, where inputs share a
    name (``news/a.txt`` and ``old/a.txt``), the fewest trailing parts of its path that tell them apart
    (``news/a.txt``, ``old/a.txt``).

    A page's or folder's name never starts with the name of a folder given beside it and ``/`` unless
    it lies at that path in that folder: with the folder ``news``, the page ``archive/news/a.txt`` is
    named ``archive/news/a.txt``, since ``news/a.txt`` is the id of the folder's own ``a.txt``. Such a
    name takes one more part of its path until it does not (at most its whole path, from ``/``).

    Taken from the absolute path, so a rerun from another folder, or with ``./a.txt`` for ``a.txt``,
    gets the same labels and resumes; an input whose name no other input shares keeps its bare name,
    the id earlier versions gave it. The same path given twice has one label: its records are the same.
    Links are not followed: ``latest.jsonl``, a link to ``day1.jsonl``, is named as the command names it
    (as earlier versions did), and keeps that name when the link moves on.
    """
    parts = [Path(os.path.abspath(path)).parts for path, _ in inputs]
    distinct = set(parts)
    # How many distinct inputs end in each tail of each length, counted once per length: a shell glob
    # can give thousands of inputs, which must not be compared pair by pair.
    tails: dict[int, Counter[tuple[str, ...]]] = {}
    depths: dict[tuple[str, ...], int] = {}
    for own in distinct:
        depth = 1
        while depth < len(own):
            if depth not in tails:
                tails[depth] = Counter(other[-depth:] for other in distinct)
            if tails[depth][own[-depth:]] == 1:
                break
            depth += 1
        depths[own] = depth
    folders = {own for own, (_, kind) in zip(parts, inputs, strict=True) if kind == "directory"}
    paged = {own for own, (_, kind) in zip(parts, inputs, strict=True) if kind in ("directory", "page")}
    # A folder's ids are its label, "/" and a page's path inside it (see iter_records); lengthening one
    # label can make another start with it, so all are checked again until none clashes. Each round
    # depends only on the set of inputs, not their order, and depths only grow: it ends.
    while True:
        labels = {own: _path_label(own, depths[own]) for own in distinct}
        folder_by_label = {labels[own]: own for own in folders}
        clashing = [
            own
            for own in paged
            if depths[own] <= len(own) and _names_a_folders_page(labels[own], own, folder_by_label)
        ]
        if not clashing:
            return [labels[own] for own in parts]
        for own in clashing:
            depths[own] += 1


def _path_label(parts: tuple[str, ...], depth: int) -> str:
    """The last ``depth`` of a path's ``parts`` joined by ``/``; with ``depth`` past them all, the whole
    path from its root (``/news/a.txt``), which only the whole path of a folder holding it starts with."""
    if depth > len(parts):
        return Path(*parts).as_posix()
    return "/".join(parts[-depth:]).lstrip("/")


def _names_a_folders_page(
    label: str, own: tuple[str, ...], folder_by_label: dict[str, tuple[str, ...]]
) -> bool:
    """Whether ``label`` is also the id of a page of another folder input: it starts with that folder's
    label and ``/``, and ``own`` (the absolute path's parts) does not lie at that path in that folder."""
    return any(
        char == "/"
        and (folder := folder_by_label.get(label[:slash])) is not None
        and Path(*folder, label[slash + 1 :]).parts != own
        for slash, char in enumerate(label)
    )


def _shown_path(path: str) -> str:
    """A path as text every output can hold: the bytes of a file name that are not UTF-8 (an old
    archive's Latin-1 names), which Python keeps as lone surrogates no encoder takes, as ``\\xNN``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def iter_records(inputs: Sequence[tuple[str, str]]) -> Iterator[RawRecord]:
    """Every record of ``inputs`` (pairs from :func:`check_inputs`), in a fixed order, one at a time."""
    readers = {
        "jsonl": _jsonl_records,
        "urls": _url_records,
        "warc": _warc_records,
        "page": _page_records,
    }
    # A folder's ids are its pages' paths inside it: with another folder or a page beside it, two pages
    # (news/a.txt, old/a.txt) would share an id, so each folder's ids then start with its label.
    folder_prefixed = sum(kind in ("directory", "page") for _, kind in inputs) > 1
    for (path, kind), name in zip(inputs, input_labels(inputs), strict=True):
        label = _shown_path(name)
        if kind == "directory":
            yield from _directory_records(path, f"{label}/" if folder_prefixed else "")
        else:
            yield from readers[kind](path, label)


def _too_large_line(record_id: str) -> RawRecord:
    message = (
        f"line {record_id} is longer than {MAX_LINE_BYTES:,} bytes, more than nutgraf reads for one record;"
        " it was skipped: give each article a line of its own, its text or page in one field"
    )
    return RawRecord("too_large", record_id, message.encode())


def _jsonl_records(path: str, name: str) -> Iterator[RawRecord]:
    """The records of a JSONL file: a line each, but one for each run of binary lines (an image or an
    archive pasted in, which its newline bytes had cut into a record each, every one told to convert the
    file from Windows-1252), the lines up to the next that opens as JSON."""
    run: list[bytes] = []
    numbers: list[int] = []
    for number, line in lines(path):
        opens_json = line is None or opens_as_json(line)  # the end of a run of binary lines
        if run and opens_json:
            yield _binary_lines(run, name, numbers, number - 1)
            run, numbers = [], []
        if line is not None and not opens_json and (run or binary_kind(line)):
            run.append(line)
            numbers.append(number)
            continue
        record_id = f"{name}:{number}"
        yield _too_large_line(record_id) if line is None else RawRecord("json", record_id, line)
    if run:
        yield _binary_lines(run, name, numbers, None)


def _binary_lines(run: list[bytes], name: str, numbers: list[int], last: int | None) -> RawRecord:
    """The record of a run of binary lines of the file ``name``, its lines ``numbers``, up to line ``last``
    (``None``: the file's end)."""
    record_id = f"{name}:{numbers[0]}"
    what = binary_kind(run[0])
    if len(run) == 1:
        where = f"line {record_id} is {what}"
    else:
        to = "the end of the file" if last is None else str(last)
        where = f"lines {record_id} to {to} are {what}"
    message = (
        f"{where}, not JSON: a JSONL"
        ' file holds one JSON object a line, such as {"id": "a1", "text": "..."}; take it out of the file'
    )
    return RawRecord("unreadable", record_id, message.encode(), lines=tuple(numbers))


def _url_lines(path: str) -> Iterator[tuple[int, bytes | None]]:
    """The lines of a URL list (:func:`~nutgraf.jsonl.lines`), the first without the UTF-8 byte-order mark
    Windows' Notepad writes: its first address had been refused as one without a scheme, and a first line
    that was the mark alone (a list opening on a blank line) was a record without an address.

    A carriage return alone ends a line too, as editors show it (old Mac files, a list pasted between
    systems): no address holds one, and a list of three so ended had been one record of the three run
    together. Numbers count those lines as well."""
    ended_by_returns = 0  # the lines carriage returns alone ended before this line feed's line
    for number, line in lines(path):
        pieces = line.split(b"\r") if line is not None and b"\r" in line else [line]
        for index, piece in enumerate(pieces):
            if number == 1 and index == 0 and piece is not None:
                piece = piece.removeprefix(_UTF8_MARK)
            piece = piece.strip() if piece is not None else None
            if piece != b"":
                yield number + ended_by_returns + index, piece
        ended_by_returns += len(pieces) - 1


def _url_records(path: str, name: str) -> Iterator[RawRecord]:
    # Each remembered address's first record id, oldest first. An OrderedDict forgets its oldest in constant
    # time: a dict's first key, found by iterating, is found past the slots its forgotten keys left until
    # it is resized (a list of 800,000 distinct addresses took 4.7 s of CPU to read, 2.0 s so).
    first: OrderedDict[bytes, str] = OrderedDict()
    for number, line in _url_lines(path):
        record_id = f"{name}:{number}"
        if line is None:
            yield _too_large_line(record_id)
        elif not line.startswith(b"#"):
            url = line.decode("utf-8", "replace")
            if (earlier := first.get(line)) is not None:
                # Its record is the earlier line's to read: a summary, or why there is none (a fetch that failed).
                message = (
                    f"line {record_id} repeats the address of line {earlier}, whose record is its summary or"
                    " its error; it is not fetched again"
                )
                yield RawRecord("unreadable", record_id, message.encode(), url=url)
                continue
            if len(first) >= _REMEMBERED_URLS:
                first.popitem(last=False)
            first[line] = record_id
            yield RawRecord("url", record_id, line, url=url)


def _walk_pages(root: Path) -> Iterator[Path]:
    # A sorted, streaming walk, one sorted listing held for each folder open on the way down. A stack of
    # them, not a call for each folder: a folder nested 1,500 deep ended the command in a RecursionError.
    listings = [_listing(root)]
    while listings:
        entry = next(listings[-1], None)
        if entry is None:
            listings.pop()
        elif entry.name.startswith("."):
            continue
        # Linked directories are not followed (a link to a parent would loop for ever); a linked page
        # is a record (read if it stays inside the folder, see _linked_page), and a dangling link to one
        # becomes an "unreadable" record rather than vanishing.
        elif entry.is_dir(follow_symlinks=False):
            try:
                listings.append(_listing(Path(entry.path)))
            except OSError:
                # A folder that cannot be listed (its path past the system's bound, no permission) is a
                # record of its own, which _read_page makes "unreadable" with the system's reason; it had
                # stopped the whole run.
                yield Path(entry.path)
        # Whatever else is named like a page (a file, a link, a named pipe, a socket) is a record: one that
        # is no file becomes an "unreadable" record saying so (_read_page), where a pipe had been skipped
        # without a word in the output.
        elif entry.name.lower().endswith(PAGE_SUFFIXES) or _is_packed_page(entry.name):
            yield Path(entry.path)


def _is_packed_page(name: str) -> bool:
    """Whether ``name`` names a page saved compressed (``a.html.gz``)."""
    stem, dot, suffix = name.lower().rpartition(".")
    return dot + suffix in _PACKED_PAGE_SUFFIXES and stem.endswith(PAGE_SUFFIXES)


def _packed_format(head: bytes) -> tuple[str, str] | None:
    """The compression or archive format a file's first 512 bytes ``head`` show, and the command that
    unpacks it; None for any other file."""
    for offset, magic, packed, unpack in _PACKED_FORMATS:
        if head[offset:].startswith(magic):
            return packed, unpack
    return None


def _listing(folder: Path) -> Iterator[os.DirEntry[str]]:
    with os.scandir(folder) as scan:
        return iter(sorted(scan, key=lambda entry: entry.name))


def _read_page(file: Path, record_id: str) -> RawRecord:
    try:
        # Opened without waiting: a link in the folder to a named pipe would otherwise hold the run for
        # ever, waiting for a writer, and a pipe or device is no page to resume from anyway. In binary
        # mode on Windows, whose C runtime opens a descriptor in text mode (CRLF read as LF, Ctrl-Z as
        # the end) unless told, and open(descriptor, "rb") keeps the descriptor's mode.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(file, flags)
        with open(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                message = f"{_shown_path(str(file))} is not a file but a pipe, a device or a folder; it was not read"
                return RawRecord("unreadable", record_id, message.encode())
            opener = None
            packed_format = None
            if _is_packed_page(file.name):
                packed_format = _packed_format(handle.read(512))
                handle.seek(0)
                opener = _PAGE_UNPACKERS.get(packed_format[0]) if packed_format else None
            if opener is not None and packed_format is not None:
                # Read unpacked as far as the bound and no further: a gzip bomb costs what a page does.
                with opener(handle, "rb") as unpacked:
                    data = unpacked.read(MAX_INPUT_BYTES + 1)
                held = _list_held(_leading_lines_of(data[:_LEADING_BYTES]))
                if held is not None:
                    # Read as a page, a folder's urls.txt.gz was "a list of web addresses ... put them in a
                    # file and run `nutgraf batch FILE`", which refuses the file as it is packed.
                    packed, unpack = packed_format
                    shown = _shown_path(str(file))
                    message = (
                        f"{shown} is a {packed} file holding {held}, not a page, and nutgraf batch reads"
                        f" {held} only unpacked: unpack it (`{unpack} {shlex.quote(shown)}`) and give the"
                        " file it holds to nutgraf batch on its own"
                    )
                    return RawRecord("unreadable", record_id, message.encode())
            else:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        if isinstance(exc, OSError) and exc.strerror is not None:
            message = f"cannot read {_shown_path(str(file))}: {exc.strerror}"
        else:  # a compressed page that does not unpack: gzip's and bz2's OSError carries no strerror
            message = f"cannot unpack {_shown_path(str(file))}: {exc}; it is damaged or cut short"
        return RawRecord("unreadable", record_id, message.encode())
    if len(data) > MAX_INPUT_BYTES:
        return _too_large_page(record_id)
    return RawRecord("page", record_id, data)


def _too_large_page(record_id: str, url: str | None = None) -> RawRecord:
    message = (
        f"{record_id} is larger than {MAX_INPUT_BYTES:,} bytes, the most nutgraf reads for one page: give"
        " the article's text instead"
    )
    return RawRecord("too_large", record_id, message.encode(), url=url)


def _linked_page(link: Path, real_root: str, record_id: str) -> RawRecord:
    """The page a link in the input folder points to, read only when it lies inside the folder: a
    folder handed over to be summarized must not make nutgraf read (and print the text of) other files
    of the machine, such as ``hostname.txt -> /etc/hostname``."""
    try:
        target = os.path.realpath(link, strict=True)
    except OSError as exc:
        return RawRecord(
            "unreadable", record_id, f"cannot read {_shown_path(str(link))}: {exc.strerror}".encode()
        )
    if os.path.commonpath((target, real_root)) != real_root:
        message = (
            f"{record_id} is a link to a file outside the input folder ({_shown_path(target)}); nutgraf batch reads only"
            " the pages inside the folder it is given: copy the page into it to summarize it"
        )
        return RawRecord("unreadable", record_id, message.encode())
    return _read_page(Path(target), record_id)


def _directory_records(path: str, prefix: str) -> Iterator[RawRecord]:
    root = Path(path)
    real_root = os.path.realpath(root)
    for file in _walk_pages(root):
        record_id = prefix + _shown_path(file.relative_to(root).as_posix())
        # os.path.islink, not Path.is_symlink: a path past the system's bound is no link to it, and _read_page
        # then says why it cannot be read, where is_symlink raised and stopped the run.
        yield (
            _linked_page(file, real_root, record_id) if os.path.islink(file) else _read_page(file, record_id)
        )


def _page_records(path: str, name: str) -> Iterator[RawRecord]:
    yield _read_page(Path(path), name)


def _warc_records(path: str, name: str) -> Iterator[RawRecord]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from nutgraf.fetch import parse_content_type

    cut_short = ArchiveLoadFailed("it ends inside a record: the archive was cut short")
    with open(path, "rb") as handle:
        try:
            archive = ArchiveIterator(handle, arc2warc=True)
            archive.reader = _short_line_reader()(archive.fh)  # before the first record is read
            for record in archive:
                if record.rec_type not in ("response", "resource"):
                    continue
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode() or ""
                    if not status.startswith("2"):
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith(_WARC_CONTENT_TYPES):
                    continue
                record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
                url = record.rec_headers.get_header("WARC-Target-URI")
                # At most what nutgraf reads for a page: a record of a few kilobytes can unpack to gigabytes.
                payload = record.content_stream().read(MAX_INPUT_BYTES + 1)
                if len(payload) > MAX_INPUT_BYTES:
                    del payload  # not held while the rest is skipped
                    while record.raw_stream.read(SKIP_BLOCK):  # to the record's end, a block at a time
                        pass
                    page = _too_large_page(record_id, url)
                else:
                    charset = parse_content_type(content_type)[1]
                    page = RawRecord("page", record_id, payload, url=url, charset=charset)
                if record.raw_stream.limit:  # bytes its header promised that the file does not hold
                    raise cut_short
                yield page
            # A gzipped archive cut inside a record ends without an error, short of the file's end; what
            # is left there is damage unless it is padding (a newline, zeros).
            handle.seek(archive.offset)
            if handle.read(1 << 16).strip(b"\r\n\t \x00") or handle.read(1):
                raise cut_short
        except Exception as exc:  # warcio on a damaged archive: ArchiveLoadFailed, zlib, AttributeError...
            # The records before the damage are kept; the damage is one record of its own, so the output
            # says what was lost and a rerun finds the same sequence.
            shown = _shown_path(path)
            if str(exc).startswith(ArchiveIterator.GZIP_ERR_MSG.partition("{")[0]):
                # A whole archive gzipped as one stream (`gzip crawl.warc`) is not damaged, and warcio's
                # words for it, escaped and cut at 300 characters, had ended before its way to mend it.
                quoted = shlex.quote(shown)  # the commands are run as printed
                message = (
                    f"{shown} is gzipped as one stream, where a WARC is gzipped record by record: the records"
                    f" after its first are not read; unpack it (`gunzip -k {quoted}`) and give the .warc, or"
                    f" recompress it (`warcio recompress {quoted} NEW.warc.gz`)"
                )
            else:
                detail = ascii(str(exc))[1:-1][:300]
                reason = (
                    "is damaged" if isinstance(exc, ArchiveLoadFailed) else "has a record warcio cannot read"
                )
                message = (
                    f"{shown} {reason} ({type(exc).__name__}: {detail}); the records after it are not read"
                )
            yield RawRecord("unreadable", f"{name}:damaged", message.encode())


@functools.cache
def _short_line_reader() -> Any:
    """warcio's reader of an archive, with lines cut at :data:`_HEADER_LINE_BYTES`.

    warcio reads the header lines of a record, and what lies between records, a whole line at a time:
    a few hundred kilobytes of gzip that unpack to a line of gigabytes would be held whole. Cut, a
    line that long is damage like any other.
    """
    from warcio.bufferedreaders import DecompressingBufferedReader

    class ShortLineReader(DecompressingBufferedReader):
        def readline(self, length: int | None = None) -> bytes:
            return super().readline(_HEADER_LINE_BYTES if length is None else min(length, _HEADER_LINE_BYTES))

    return ShortLineReader


def count_records(inputs: Sequence[tuple[str, str]]) -> int:
    """How many records :func:`iter_records` gives, counted without reading pages or payloads."""
    total = 0
    for path, kind in inputs:
        if kind == "jsonl":
            total += sum(1 for _ in _jsonl_records(path, path))
        elif kind == "urls":
            total += sum(1 for _, line in _url_lines(path) if line is None or not line.startswith(b"#"))
        elif kind == "directory":
            total += sum(1 for _ in _walk_pages(Path(path)))
        elif kind == "page":
            total += 1
        else:
            total += sum(1 for _ in _warc_records(path, path))
    return total
