"""A batch run: inputs in, one output record per input, resumable after any interruption."""

from __future__ import annotations

import contextlib
import dataclasses
import inspect
import itertools
import multiprocessing
import os
import shlex
import time
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from nutgraf.batch.inputs import (
    PAGE_SUFFIXES,
    RawRecord,
    check_inputs,
    count_records,
    iter_records,
    record_id,
)
from nutgraf.batch.outputs import PART_ROWS, BatchOutput, ExistingOutput, open_output
from nutgraf.batch.report import FAILED_LISTED, BatchReport, Progress
from nutgraf.batch.work import CHUNK_BYTES, BatchOptions
from nutgraf.engines.options import LIBRARY_DEFAULT, SummaryOptions
from nutgraf.environment import check_workers
from nutgraf.errors import InvalidInputError, NutgrafError
from nutgraf.fetch import loopback_from_environment
from nutgraf.language import language_code
from nutgraf.pipeline import check_switches, refuse_output_language
from nutgraf.wording import counted, shown

ENGINES = ("local", "ray")
#: Records per chunk: large enough to amortize sending work to a worker, small enough to keep all busy.
CHUNK_RECORDS = 32


def run_batch(
    inputs: Sequence[str],
    output: str | os.PathLike[str],
    *,
    engine: str = "local",
    workers: int | None = None,
    summarizer: str = "default",
    model: str | None = None,
    sentences: int | None = LIBRARY_DEFAULT,
    words: int | None = None,
    length: str | None = None,
    form: str = "paragraph",
    output_language: str | None = None,
    avoid: str | list[str] | tuple[str, ...] = (),
    keyphrases: int | None = None,
    language: str | None = None,
    evidence: bool | None = False,
    strict: bool | None = False,
    ray_address: str | None = None,
    chunk_records: int = CHUNK_RECORDS,
    part_rows: int = PART_ROWS,
    progress: bool | None = None,
) -> BatchReport:
    """Summarize every record of ``inputs`` into ``output``, picking up where an earlier run stopped.

    Resuming, the options left at their defaults are those the output was started with (the report's
    ``as_started`` names them); one given otherwise than the output's is refused, naming it.

    Args:
        inputs: JSONL files (``id`` and one of ``text``, ``html``, ``article``, ``url`` per line), directories of
            .html/.txt files, WARC archives, or text files of URLs, one per line.
        output: a JSONL file, or a Parquet dataset directory when the path ends in ``.parquet``.
        engine: ``"local"`` (worker processes here) or ``"ray"`` (Ray tasks; needs the ``ray`` extra).
        workers: processes (local) or concurrent tasks (Ray); default: the CPUs of this machine (local)
            or of the Ray cluster; at most :data:`~nutgraf.environment.WORKERS_PER_CPU` per CPU unless
            joining a Ray cluster.
        summarizer, sentences, words, length, form, output_language, avoid, keyphrases: as for
            :func:`nutgraf.summarize` (each record carries its article's ``keyphrases`` when asked for).
        model: the abstractive summarizer's model, as :func:`nutgraf.summarize`'s ``model=`` option (the
            llm server's model name, the transformers engine's model directory); default: the one its
            environment names.
        language: the articles' language, an ISO 639 code (``"de"``, ``"deu"``), as for
            :func:`nutgraf.summarize`; default: detected in each.
        evidence: check every summary against its article, an extractive one too, each record then
            carrying its ``evidence`` (as :func:`nutgraf.summarize`'s ``evidence=True``); default: only
            abstractive summaries carry it.
        strict: as for :func:`nutgraf.summarize`: drop the summary sentences the article does not
            support; each record then carries its ``evidence``, with what was ``dropped``.
        ray_address: a Ray cluster to join; default: start a private local one.
        chunk_records: records sent to a worker at once.
        part_rows: records per Parquet part file.
        progress: show a progress bar; default: when stderr is a terminal.

    Returns:
        A :class:`BatchReport` of this run.

    Raises:
        nutgraf.errors.NutgrafError: unreadable inputs, an unknown summarizer or engine, a missing extra,
            or an output written from other inputs. A record that fails is written with an ``error``.
    """
    from nutgraf.engines.base import get_summarizer

    # multiprocessing's own test (spawn.py): this process is a worker still importing the script that
    # started it, which called run_batch at its top level. Run again here, the call had found its output
    # locked by that script's run, and the run stopped with "a batch worker process died".
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise NutgrafError(
            "run_batch was called again in a batch worker starting up: a script's top level runs again in"
            ' each worker, so call run_batch under `if __name__ == "__main__":`'
        )
    if engine not in ENGINES:
        raise InvalidInputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if ray_address is not None and engine != "ray":
        # Ignored, it had run the whole batch on this machine's processes without a word.
        raise InvalidInputError(
            f"ray_address={ray_address!r} is a Ray cluster, which only the ray engine joins, and this run's"
            f" engine is {engine!r}: pass engine='ray' as well, or leave ray_address out"
        )
    joins_cluster = engine == "ray" and bool(ray_address or os.environ.get("RAY_ADDRESS"))
    if workers is not None and not joins_cluster:
        check_workers(workers, besides="; a Ray cluster joined by its address takes any number")
    checked = check_inputs(inputs)
    output = _output_path(str(output), checked)
    # Read by every fetch in the workers (URL lists, JSONL lines with a url): a word it refuses would
    # fail each such record alike, so the run stops here.
    loopback_from_environment()
    # Built once here, where it fails fast: an unknown engine, or one that is not set up (llm without a
    # server, transformers without a model), must stop the run before every record fails the same way;
    # so must options it cannot apply.
    if language is not None:  # refused here, not by each record alike
        language = language_code(language)
    target = open_output(output, part_rows=part_rows)
    asked = {
        "summarizer": summarizer,
        "model": model,
        "sentences": sentences,
        "words": words,
        "length": length,
        "form": form,
        "output_language": output_language,
        "avoid": avoid,
        "keyphrases": keyphrases,
        "language": language,
        # None is a switch left off (evidence=None had been recorded, and refused on resume, as "none").
        "evidence": False if evidence is None else evidence,
        "strict": False if strict is None else strict,
    }
    resumed = _as_started(target, asked)
    # What the run takes from the output, said in its report: the user left these out. One the output
    # was started without is no option to repeat: "--sentences none", for an output started with
    # --length, named a value the command refuses.
    as_started = [
        f"{_option_name(name)} {_option_value(_recorded_value(value))}"
        for name, value in resumed.items()
        if value is not None and _recorded_value(value) != _recorded_value(asked[name])
    ]
    asked = resumed
    wanted = SummaryOptions.asked(**{name: asked[name] for name in _SUMMARY_OPTIONS})
    summarizer, model, language = asked["summarizer"], asked["model"], asked["language"]
    evidence, strict = asked["evidence"], asked["strict"]
    options = BatchOptions(summarizer=summarizer, model=model)
    built = get_summarizer(summarizer, **options.engine_options())
    check_switches(strict=strict, evidence=evidence)  # each record would fail alike
    if wanted.output_language is not None and wanted.output_language != language:
        # Refused before the first article: the whole batch would fail, article by article.
        refuse_output_language(built, wanted.output_language, language)
    options = dataclasses.replace(
        options,
        summary=wanted,
        strict=strict,
        evidence=evidence,
        language=language,
        output_format=target.format,
    )
    start = time.perf_counter()
    try:
        existing = target.open()
        try:
            _keep_options(target, existing, _options_record(options))
        except (NutgrafError, OSError):
            target.close()
            raise
    except OSError as exc:
        raise NutgrafError(
            f"cannot write the output {output}: {exc.strerror or exc}; give an --output path in a folder"
            " nutgraf may write to"
        ) from None
    report = BatchReport(
        output=str(output), resumed=existing.count, repaired=existing.repaired, as_started=as_started
    )
    bar = Progress(progress, existing.count, partial(count_records, checked))
    try:
        records, report.redone = _skip_done(iter_records(checked), existing, target)
        # Where the ids repeat and the output's counting could not be told, its records past the earlier place
        # are redone already, and a line's number names no one input record. The output's lines that hold no
        # record nutgraf can read back (NULs a crash left mid-file under later records, a line an editor or a
        # concatenation set a byte-order mark before): their records, counted a record a line as this nutgraf
        # writes them, are redone; resumed past them, an old output had lost them without a word.
        if existing.count and not report.redone and (unread := target.unreadable_rows()):
            report.unreadable_lines = unread
            records = itertools.chain(_records_at(iter_records(checked), unread), records)
        chunks = _chunks(records, chunk_records)
        if engine == "ray":
            from nutgraf.batch.ray_engine import run_ray

            results = run_ray(chunks, options, workers=workers, address=ray_address)
        else:
            from nutgraf.batch.local import run_local

            results = run_local(chunks, options, workers=workers or os.cpu_count() or 1)
        for result in results:
            target.write(result.payload, result.count)
            report.written += result.count
            report.failures.update(result.failures)
            report.failed_records.extend(result.failed[: FAILED_LISTED - len(report.failed_records)])
            bar.update(result.count)
        target.close()
    except OSError as exc:
        raise NutgrafError(
            f"batch stopped: {exc.strerror or exc} ({exc.filename or 'input or output'}); what was written "
            "is complete: fix that, then run the same command again to resume"
        ) from None
    finally:
        bar.close()
        # After a failed write, closing fails again (a full disk stays full): that must not hide the
        # error above. After a clean close this does nothing.
        with contextlib.suppress(OSError):
            target.close()
        report.seconds = time.perf_counter() - start
    return report


#: Names of tables that a batch output would only look like: it is JSONL or Parquet.
TABLE_SUFFIXES = frozenset({"csv", "tsv", "xlsx", "xls"})


def _output_path(output: str, inputs: list[tuple[str, str]]) -> str:
    """``output``, refused when it is an input or would be read as one, names a folder for JSONL, or is
    named as a table (``.csv``) it would not be."""
    if output.endswith(("/", os.sep)):
        if not output.rstrip("/" + os.sep).lower().endswith(".parquet"):
            raise InvalidInputError(
                f"--output {output} names a folder; give a file in it, such as {output}summaries.jsonl, or"
                " a .parquet path"
            )
        output = output.rstrip("/" + os.sep)
    table = output.lower().rsplit(".", 1)[-1] if "." in Path(output).name else ""
    if table in TABLE_SUFFIXES:
        # Written as JSONL under that name, it had opened in pandas.read_csv, or a spreadsheet, as one
        # garbled column: the name promised a table the file was not.
        jsonl = f"{output[: -len(table) - 1]}.jsonl"
        # An output an earlier run wrote under that name holds its records: renamed, the run resumes from
        # it, where giving the new name alone had summarized the whole archive again.
        renamed = (
            f"`mv {shlex.quote(output)} {shlex.quote(jsonl)}` (it holds an earlier run's records) and "
            if os.path.isfile(output) and os.path.getsize(output) > 0
            else ""
        )
        article = "an" if table in {"xlsx", "xls"} else "a"
        raise InvalidInputError(
            f"--output {output} names {article} {table.upper()} table, but nutgraf batch writes JSONL (any"
            f" other name) or Parquet (a .parquet path): {renamed}give --output {shlex.quote(jsonl)};"
            f" pandas.read_json({jsonl!r}, lines=True) reads it as a table"
        )
    target = Path(output).resolve()
    for path, kind in inputs:
        if Path(path).resolve() == target:
            raise InvalidInputError(f"{output} is both an input and the output; give another --output path")
        inside = kind == "directory" and Path(path).resolve() in target.parents
        if inside and target.name.lower().endswith(PAGE_SUFFIXES):
            raise InvalidInputError(
                f"{output} is in the input folder {path} and named like a page: the next run would read it"
                " as an article; name it .jsonl or put it elsewhere"
            )
    return output


def _options_record(options: BatchOptions) -> dict[str, Any]:
    """What shapes an output's records, as JSON: the summarizer, the summary options, strictness, evidence
    and the articles' language."""
    summary = dataclasses.asdict(options.summary)
    summary["avoid"] = list(summary["avoid"])
    return {
        "summarizer": options.summarizer,
        "model": options.model,
        **summary,
        "strict": options.strict,
        "evidence": options.evidence,
        "language": options.language,
    }


#: The options of :func:`run_batch` that :class:`SummaryOptions` holds.
_SUMMARY_OPTIONS = ("sentences", "words", "length", "form", "output_language", "avoid", "keyphrases")


def _as_started(target: BatchOutput, asked: dict[str, Any]) -> dict[str, Any]:
    """``asked``, this run's options by :func:`run_batch`'s names, resuming ``target``: those it leaves at
    their defaults are the ones the output was started with, where every option it gives is (a user
    resuming with ``run_batch(inputs, output)``, or the command without its options, had been refused until
    they repeated each). Where one it gives is not, ``asked`` as it is: :func:`_keep_options` refuses it,
    naming each option that differs. A new output, or one an older nutgraf started without recording its
    options, takes ``asked`` too."""
    if not target.holds_records():
        return asked
    try:
        started = target.recorded_options()
    except InvalidInputError:
        return asked  # refused with its advice once the output is opened
    if not started:
        return asked
    given = {name: value for name, value in asked.items() if value != _RUN_DEFAULTS[name]}
    recorded = {**_ADDED_OPTIONS, **started}
    if any(_recorded_value(value) != recorded.get(name) for name, value in given.items()):
        return asked
    resumed = {**asked, **{name: recorded[name] for name in asked if name not in given and name in recorded}}
    try:  # an options file edited by hand holds values no run takes: refused, shown escaped, once opened
        SummaryOptions.asked(**{name: resumed[name] for name in _SUMMARY_OPTIONS})
    except (InvalidInputError, TypeError):
        return asked
    return resumed


def _recorded_value(value: object) -> object:
    """An option's value as the options record keeps it (``avoid`` as a list)."""
    return list(value) if isinstance(value, tuple) else value


#: Options batch took later than the others, as an output started before them ran: it resumes without them.
_ADDED_OPTIONS = {"evidence": False, "language": None, "model": None}


def _keep_options(target: BatchOutput, existing: ExistingOutput, options: dict[str, Any]) -> None:
    """Record the options a new output is started with; refuse to resume one with others.

    A resumed run with another ``--summarizer`` or ``--sentences`` had appended its records to the first
    run's without a word (704 textrank summaries, then 2,296 one-sentence lead ones), and a finished
    output run again with ``--form key_points`` reported "0 records written" as if it were done.
    """
    if not existing.count:
        target.record_options(options)
        return
    recorded = target.recorded_options()
    if recorded is None:
        return
    recorded = {**_ADDED_OPTIONS, **recorded}
    if recorded == options:
        return
    # Over the names of both: an output started by a later nutgraf may hold an option this one lacks.
    differences = [
        f"{_option_name(name)} {_option_value(recorded.get(name))} (this run: {_option_value(options.get(name))})"
        for name in {**recorded, **options}
        if recorded.get(name) != options.get(name)
    ]
    # Ten at most: nutgraf has about as many options, and an edited file may hold thousands of names.
    changed = ", ".join(differences[:10]) + (
        f" and {len(differences) - 10:,} more" if len(differences) > 10 else ""
    )
    raise InvalidInputError(
        f"output {target.path} was started with other options: {changed}; resume it with the options it"
        " was started with (kept in"
        f" {target.options_path}), or give another --output path for these"
    )


def _option_name(name: str) -> str:
    return "--" + shown(name.replace("_", "-"))


def _option_value(value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, list):
        return shown(",".join(map(str, value))) or "none"
    return "none" if value is None else shown(str(value))


def _skip_done(
    records: Iterator[RawRecord], existing: ExistingOutput, target: BatchOutput
) -> tuple[Iterator[RawRecord], int]:
    """The records left to do after those ``target`` already holds, checking that it was written from these
    inputs, and how many of them may be in it already (redone where it cannot be told).

    An output written before 2026-12-07 holds a record for each line of a binary run in a JSONL file,
    where this nutgraf reads the run as one record: counted so too, where counting each record as one
    does not end on the output's last id, it is resumed rather than refused as written from other inputs
    (a run killed inside the binary run resumes after it)."""
    if not existing.count:
        return records, 0
    seen = 0
    framed_before = 0  # the records as an output written before 2026-12-07 counts them
    # The records after the place where that count ends on the output's last id, held until counting each
    # record as one is seen not to: where ids repeat (a CMS export's "id": "sport" on every row), both may
    # end on it, and a current output resumed at the earlier place had its last records written twice.
    after_before: list[RawRecord] | None = None
    # The ids only an output written before 2026-12-07 holds (a binary run's lines after its first), up to
    # that place: which of the two places is the output's is read from them.
    older_ids: set[str] = set()
    at_count: RawRecord | None = None
    for record in records:
        seen += 1
        if seen == existing.count and record_id(record) == existing.last_id:
            if after_before is None:
                return records, 0
            return _resumed_where_ids_repeat(records, [*after_before, record], older_ids, target)
        if after_before is not None:
            after_before.append(record)
        else:
            before, framed_before = framed_before, framed_before + (len(record.lines) or 1)
            held = min(framed_before, existing.count) - before
            older_ids.update(_framed_before_id(record, index) for index in range(1, held))
            if (
                before < existing.count <= framed_before
                and _framed_before_id(record, existing.count - before - 1) == existing.last_id
            ):
                after_before = []
        if seen == existing.count:
            at_count = record
            break
    if after_before is not None:
        return itertools.chain(after_before, records), 0
    if at_count is None:
        raise InvalidInputError(
            f"output {target.path} already holds {counted(existing.count, 'record')} but these inputs have "
            f"only {seen:,}: it was written from other inputs; give another --output path"
        )
    raise InvalidInputError(
        f"output {target.path} was written from other inputs: its record {existing.count:,} is "
        f"{existing.last_id!r} but input record {existing.count:,} is {record_id(at_count)!r}; "
        "run with the same inputs in the same order to resume, or give another --output path"
    )


def _resumed_where_ids_repeat(
    records: Iterator[RawRecord], after_before: list[RawRecord], older_ids: set[str], target: BatchOutput
) -> tuple[Iterator[RawRecord], int]:
    """The records left to do where counting a record each and counting as an output written before
    2026-12-07 both end on the output's last id (its ids repeat), and how many are redone: the earlier
    place is the output's where it holds an id only such an output holds, the later where every record of
    it has an id and none is one of those. An older output resumed at the later place had lost the records
    between the two, never written; where it cannot be told, they are redone, written twice rather than
    lost."""
    unreadable = False
    for held in target.held_ids():
        if held in older_ids:
            return itertools.chain(after_before, records), 0
        unreadable = unreadable or held is None
    if not unreadable:
        return records, 0
    return itertools.chain(after_before, records), len(after_before)


def _records_at(records: Iterator[RawRecord], numbers: list[int]) -> Iterator[RawRecord]:
    """The input records at ``numbers`` (from 1, ascending)."""
    wanted = iter(numbers)
    next_number = next(wanted)
    for number, record in enumerate(records, 1):
        if number == next_number:
            yield record
            if (next_number := next(wanted, 0)) == 0:
                return


def _framed_before_id(record: RawRecord, index: int) -> str:
    """The id of the ``index``-th record an output written before 2026-12-07 holds for ``record``: a
    binary run's line's own number, then a record each."""
    if not record.lines:
        return record_id(record)
    return f"{record.default_id.rpartition(':')[0]}:{record.lines[index]}"


def _chunks(records: Iterator[RawRecord], size: int) -> Iterator[list[RawRecord]]:
    chunk: list[RawRecord] = []
    chunk_bytes = 0
    for record in records:
        chunk.append(record)
        chunk_bytes += len(record.data)
        if len(chunk) >= size or chunk_bytes >= CHUNK_BYTES:
            yield chunk
            chunk, chunk_bytes = [], 0
    if chunk:
        yield chunk


#: :func:`run_batch`'s defaults of the options an output is started with (:func:`_as_started`).
_RUN_DEFAULTS = {
    name: parameter.default
    for name, parameter in inspect.signature(run_batch).parameters.items()
    if parameter.kind is inspect.Parameter.KEYWORD_ONLY
}
