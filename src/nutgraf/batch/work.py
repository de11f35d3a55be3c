"""What a batch worker does with a chunk of records: parse, fetch, extract, summarize, serialize.

This runs in worker processes (local) or Ray tasks, never in the parent, which only writes the bytes a
chunk comes back as. Every record gives exactly one output record, in input order: a summary, or an
``error`` with the :class:`~nutgraf.errors.NutgrafError` kind and message. A bug in nutgraf itself on one
record becomes an ``internal_error`` record rather than ending the whole run; a summarizer that cannot
run at all (its server down, its model unloadable) ends it, so that a rerun redoes the records left.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nutgraf.batch.inputs import RawRecord, line_id, unparsed
from nutgraf.batch.records import ARTICLE_FIELDS, encode_rows
from nutgraf.batch.report import FAILED_LISTED
from nutgraf.decode import clean_characters
from nutgraf.engines.options import SummaryOptions
from nutgraf.errors import (
    InputTooLargeError,
    InvalidInputError,
    NutgrafError,
    SummarizerResponseError,
    SummarizerUnavailableError,
)
from nutgraf.urls import shown_url

if TYPE_CHECKING:
    from nutgraf.article import Article

#: Input bytes per chunk at most, so that a chunk of large pages stays small in memory.
CHUNK_BYTES = 8 << 20
#: The fields a JSONL record may hold its article in, the first given taken: `article` is where
#: `nutgraf eval`'s files (and CNN/DailyMail's, XSum's) hold it, so that they are read as they are.
_SOURCE_FIELDS = ("text", "html", "article")
# Pages fetched at once per worker: fetching waits on the network, not the CPU.
_FETCH_THREADS = 8


@dataclass(frozen=True)
class BatchOptions:
    """How to summarize each record, and the output encoding a worker produces (``jsonl`` or ``parquet``)."""

    summarizer: str = "default"
    #: The abstractive engine's model (the llm's name, the transformers engine's directory); ``None``: its
    #: environment's.
    model: str | None = None
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    #: Drop the summary sentences the article does not support (:func:`nutgraf.summarize`'s ``strict``).
    strict: bool = False
    #: Check every summary against its article, extractive ones too (:func:`nutgraf.summarize`'s
    #: ``evidence=True``); off, only abstractive summaries (and strict runs) carry their evidence.
    evidence: bool = False
    #: The articles' language, ISO 639 (:func:`nutgraf.summarize`'s ``language``); ``None``: detected.
    language: str | None = None
    output_format: str = "jsonl"

    def engine_options(self) -> dict[str, str]:
        """The options the summarizer is built with: its model, where one was given."""
        return {} if self.model is None else {"model": self.model}


@dataclass
class ChunkResult:
    """A processed chunk: its records encoded for the output, how many, failures by error kind, and the
    first failed records' ids with their messages
    (:data:`~nutgraf.batch.report.FAILED_LISTED`, for the closing report to list)."""

    payload: bytes
    count: int
    failures: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Job:
    id: str
    url: str | None = None
    source: bytes | str | None = None
    charset: str | None = None
    title: str | None = None
    article: Article | None = None
    error: Exception | None = None


def process_chunk(records: Sequence[RawRecord], options: BatchOptions) -> ChunkResult:
    """Summarize ``records`` and encode them as ``options.output_format``."""
    jobs = [_parse(record) for record in records]
    to_fetch = [job for job in jobs if job.error is None and job.source is None]
    if to_fetch:
        with ThreadPoolExecutor(max_workers=min(_FETCH_THREADS, len(to_fetch))) as pool:
            list(pool.map(_fetch, to_fetch))
    rows = [_summarize(job, options) for job in jobs]
    errors = [row for row in rows if "error" in row]
    return ChunkResult(
        payload=encode_rows(rows, options.output_format),
        count=len(rows),
        failures=Counter(row["error"]["kind"] for row in errors),
        failed=[(row["id"], row["error"]["message"]) for row in errors[:FAILED_LISTED]],
    )


def _parse(record: RawRecord) -> _Job:
    if record.kind == "page":
        return _Job(id=record.default_id, url=record.url, source=record.data, charset=record.charset)
    if record.kind == "url":
        return _Job(id=record.default_id, url=record.url)
    if record.kind == "unreadable":
        return _Job(id=record.default_id, url=record.url, error=InvalidInputError(record.data.decode()))
    if record.kind == "too_large":
        return _Job(id=record.default_id, url=record.url, error=InputTooLargeError(record.data.decode()))
    job = _Job(id=record.default_id)
    if (refusal := unparsed(record)) is not None:
        job.error = refusal
        return job
    try:
        # Decoded as UTF-8 here, not by json.loads: given bytes, it takes a line opening on NUL bytes (binary
        # garbage) for UTF-16 or UTF-32 and names a byte of that reading, not the one that is not UTF-8. Not
        # as utf-8-sig: after a byte order mark it counts positions from the mark's end, and named a letter
        # three bytes before the one that is not UTF-8.
        text = record.data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        job.error = InvalidInputError(
            f"line {record.default_id} is not UTF-8 (byte 0x{record.data[exc.start]:02x} at position {exc.start}), which"
            " JSONL must be: convert the file, as with `iconv -f windows-1252 -t utf-8 IN > OUT`"
        )
        return job
    if (nul := record.data.find(b"\x00")) >= 0:
        # No JSON holds a raw NUL. A line in UTF-16 does (PowerShell 5's `>>` appends so to a UTF-8 file): read
        # as UTF-8 it is valid, and json.loads said only "Expecting property name enclosed in double quotes".
        job.error = InvalidInputError(
            f"line {record.default_id} holds a NUL byte (at position {nul}), as UTF-16 text does, and JSONL is"
            " UTF-8: write the line again in UTF-8 (PowerShell 5's `>>` appends UTF-16 to any file)"
        )
        return job
    try:
        line = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: arrays nested thousands deep
        job.error = InvalidInputError(f"line {record.default_id} is not valid JSON: {exc}")
        return job
    if not isinstance(line, dict):
        job.error = InvalidInputError(f"line {record.default_id} is not a JSON object")
        return job
    job.id = line_id(line, record.default_id)
    # Lone surrogates ("\ud800" escapes) would make the output line unwritable.
    job.url = clean_characters(line["url"]) if isinstance(line.get("url"), str) else None
    job.title = line["title"] if isinstance(line.get("title"), str) else None  # cleaned as given_title does
    given = [line[name] for name in _SOURCE_FIELDS if isinstance(line.get(name), str)]
    # An empty string is absent when the record gives the article otherwise: a table's empty cell (a CSV
    # row with a `url` and no `text`) is one; alone, it is the record's empty_input error.
    source = next((text for text in given if text), None if job.url else next(iter(given), None))
    if source is not None:
        job.source = source
        return job
    if job.url is None:
        given = [name for name in (*_SOURCE_FIELDS, "url") if line.get(name) is not None]
        job.error = InvalidInputError(
            f"record {job.id}'s `{given[0]}` is {_json_type(line[given[0]])}, not a string; give the article as a"
            " string"
            if given
            else f"record {job.id} has none of `text`, `html` or `url`; give one of them as a string"
        )
    return job


def _json_type(value: object) -> str:
    """What a JSON value is, in the words of JSON rather than Python's."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def _fetch(job: _Job) -> None:
    from nutgraf.pipeline import fetch_article

    try:
        job.article = fetch_article(job.url, title=job.title)
    except Exception as exc:
        job.error = exc


def _summarize(job: _Job, options: BatchOptions) -> dict[str, Any]:
    from nutgraf.extract import extract
    from nutgraf.extract.html import decode_html
    from nutgraf.pipeline import summarize

    if job.error is not None:
        return _error_row(job, job.error)
    try:
        source = job.source
        if job.charset is not None:  # an archived response's header: read as the fetcher reads a page
            source = decode_html(job.source, job.charset)
        # A fetched page's article already holds the record's title over its own (fetch_article).
        article = extract(source, url=job.url, title=job.title) if job.article is None else job.article
        summary = summarize(
            article,
            summarizer=options.summarizer,
            language=options.language,
            evidence=True if options.evidence else None,
            strict=options.strict,
            **options.summary.arguments(),
            **options.engine_options(),
        )
    except SummarizerUnavailableError as exc:
        if isinstance(exc, SummarizerResponseError):  # this article's alone: refused, too slow, a bad reply
            return _error_row(job, exc)
        # The server is down or the model does not load: every record would fail alike, and as error
        # records a rerun would never redo them. Stop, keeping what was written.
        raise SummarizerUnavailableError(
            f"{exc}; the batch stopped here: what was written is complete, fix this and run the same"
            " command again to resume"
        ) from None
    except Exception as exc:
        return _error_row(job, exc)
    fields = summary.article.to_dict()
    row: dict[str, Any] = {"id": job.id, **{name: fields.get(name) for name in ARTICLE_FIELDS}}
    # The language given is the one the article was read in, over the one its page declared.
    row["language"] = summary.language if options.language else row["language"] or summary.language
    row["summarizer"] = summary.summarizer
    row["form"] = summary.form
    row["summary"] = [
        {"text": s.text, "start": s.start, "end": s.end, "score": s.score} for s in summary.sentences
    ]
    row["reduction"] = summary.reduction.to_dict()
    if summary.keyphrases is not None:
        row["keyphrases"] = [keyphrase.to_dict() for keyphrase in summary.keyphrases]
    if summary.output_language is not None:
        row["output_language"] = summary.output_language
    if summary.notes:
        row["notes"] = list(summary.notes)
    if summary.evidence is not None:  # abstractive, evidence or strict: which article sentences back each one
        row["evidence"] = summary.evidence.to_dict()
    return row


def _error_row(job: _Job, exc: Exception) -> dict[str, Any]:
    if isinstance(exc, NutgrafError):
        error = {"kind": exc.kind, "message": str(exc)}
    else:
        # A bug in nutgraf on one record is reported as that record's error rather than ending the run.
        error = {
            "kind": "internal_error",
            "message": f"nutgraf failed on this record ({type(exc).__name__}: {exc}); please report it",
        }
    # An output file is passed on: an address given with a password in it keeps its host and path alone,
    # as the error's message names it.
    return {"id": job.id, "url": job.url and shown_url(job.url), "error": error}
