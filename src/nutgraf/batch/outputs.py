"""Batch outputs: JSONL files and Parquet datasets that an interrupted run can resume exactly once.

Records are written in input order, chunk by chunk, so a killed run always leaves a prefix of the full
output (plus, for JSONL, maybe half a line). Resuming means: find how many records the output holds,
repair it, check that its last id is the id of that input record, and carry on from the next one.

* JSONL (any suffix but ``.parquet``): one record per line, flushed after every chunk. A torn last line
  (the writer was killed inside a write) is cut off on resume and that record is redone.
* Parquet (``.parquet``): a *directory* of part files, ``part-<first record index>.parquet``, each
  written to a hidden temporary file and renamed into place when complete, so every visible part is
  whole and valid even after ``kill -9``; the records of an unfinished part are redone. Parquet readers
  take the directory as one dataset: ``pyarrow.parquet.read_table(path)``, ``pandas.read_parquet(path)``,
  DuckDB ``read_parquet('path/*.parquet')``. Needs the ``parquet`` extra.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nutgraf.batch.records import parquet_schema, pyarrow_module
from nutgraf.errors import InvalidInputError, NutgrafError

#: Records per Parquet part file: the most work a killed run can lose, and the parent's write buffer.
PART_ROWS = 2000
_PART_NAME = re.compile(r"^part-(\d{12})\.parquet$")
_BLOCK = 1 << 20
# How every JSONL record starts; a torn last line that does not was not written by nutgraf.
_RECORD_START = b'{"id": '
#: The most an options file is read of: nutgraf writes about 200 bytes, and a file of gigabytes is no
#: options of its.
_OPTIONS_BYTES = 1 << 16


@dataclass(frozen=True)
class ExistingOutput:
    """What an output already holds when a run starts."""

    count: int
    last_id: str | None
    #: Bytes of a torn last line (JSONL) or unfinished part files (Parquet) removed to resume cleanly.
    repaired: bool = False


def _lock(fd: int, path: Path) -> None:
    """Hold an exclusive lock on ``path`` (open as ``fd``) until ``fd`` is closed, or refuse at once.

    The same command started twice on one output would have both runs count the same records done and
    append the same rest: every record twice. The lock goes with the descriptor, so a run killed by
    ``kill -9`` leaves none behind.
    """
    try:
        import fcntl
    except ImportError:  # Windows has no flock; there a second run is not detected
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise NutgrafError(
            f"output {path} is being written by another nutgraf batch run; wait for it to finish (run the"
            " same command again then, to resume if it stopped), or give another --output path"
        ) from None


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Name ``path`` in the errors of a write to it: a full disk's error names no file, and the run's
    message would leave the user to guess whether an input or the output failed."""
    try:
        yield
    except OSError as exc:
        exc.filename = exc.filename or str(path)
        raise


class BatchOutput(ABC):
    """Where a batch run writes; :meth:`open` it, :meth:`write` encoded chunks in order, :meth:`close`."""

    #: The encoding workers produce for this output: ``"jsonl"`` or ``"parquet"``.
    format: str

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    @property
    @abstractmethod
    def options_path(self) -> Path:
        """Where the options the output was started with are kept, beside its records."""

    @abstractmethod
    def holds_records(self) -> bool:
        """Whether the output holds records already (an earlier run's, to resume from), read without
        opening it."""

    def recorded_options(self) -> dict[str, Any] | None:
        """The options the output's first run wrote, or ``None`` where none were (an older nutgraf's)."""
        try:
            with self.options_path.open("rb") as file:
                data = file.read(_OPTIONS_BYTES + 1)
            if len(data) > _OPTIONS_BYTES:
                raise ValueError(f"it is over {_OPTIONS_BYTES:,} bytes, and nutgraf writes a few hundred")
            recorded = json.loads(data)
            if not isinstance(recorded, dict):
                # Taken for an older nutgraf's missing file, it had let a run resume with any options.
                raise ValueError("it is JSON, but not the object of options nutgraf writes")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError) as exc:  # RecursionError: arrays nested thousands deep
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            raise InvalidInputError(
                f"the options of output {self.path}, {self.options_path}, cannot be read ({reason}); remove"
                " it, and resume with the options the output was started with"
            ) from None
        return recorded

    def record_options(self, options: dict[str, Any]) -> None:
        """Keep ``options`` beside a new output, whole or not at all (written aside, then renamed)."""
        temporary = self.options_path.with_name(f".{self.options_path.name}.tmp")
        with _writing(self.options_path):
            temporary.write_text(json.dumps(options, indent=1) + "\n", encoding="utf-8")
            os.replace(temporary, self.options_path)

    @abstractmethod
    def open(self) -> ExistingOutput:
        """Prepare to append: repair what a killed run left and say how many records are there."""

    @abstractmethod
    def held_ids(self) -> Iterator[str | None]:
        """The ids of the records an :meth:`open` output holds, in order (``None`` for a record it cannot
        read one from): read where its last id alone cannot tell where to resume."""

    def unreadable_rows(self) -> list[int]:
        """The numbers (from 1) of an :meth:`open` output's rows (its lines) it cannot read a record's id
        from, as :meth:`held_ids` gives them."""
        return [number for number, held in enumerate(self.held_ids(), 1) if held is None]

    @abstractmethod
    def write(self, payload: bytes, count: int) -> None:
        """Append one chunk of ``count`` records encoded as :attr:`format`."""

    @abstractmethod
    def close(self) -> None:
        """Write out anything buffered."""


def open_output(path: str | os.PathLike[str], *, part_rows: int = PART_ROWS) -> BatchOutput:
    """The output for ``path``: Parquet when it ends in ``.parquet``, JSONL otherwise."""
    if str(path).lower().endswith(".parquet"):
        return ParquetOutput(path, part_rows=part_rows)
    return JsonlOutput(path)


# The scanner json.loads runs under its decoder's Python-level checks, called for the value the line opens on.
_SCAN = json.JSONDecoder().scan_once
# What JSON reads as white space after a value (its decoder's ``WHITESPACE``).
_JSON_SPACE = " \t\n\r"


def _line_record(line: bytes) -> object:
    """The JSON value of an output's ``line``, ``None`` where it holds none nutgraf can read back."""
    # A byte-order mark reads as JSON's to Python, not to the JSONL readers the output is for (jq, pandas): a
    # line it opens is no record of nutgraf's.
    if line.startswith(codecs.BOM_UTF8):
        return None
    try:
        if line[:1] == b"{" and line[1:2] not in (b"\0", b""):
            # What json.loads does with such a line (its first two bytes no NULs, so it reads it as UTF-8),
            # less its look at the encoding and its decoder's Python-level steps, two thirds of its time on a
            # record's line (bench/resume_bench.py): the same value, the same lines refused.
            text = line.decode("utf-8", "surrogatepass")
            record, end = _SCAN(text, 0)
            return None if text[end:].strip(_JSON_SPACE) else record
        return json.loads(line)
    except (ValueError, RecursionError, StopIteration):  # RecursionError: arrays nested thousands deep
        return None


def _held_id(line: bytes) -> str | None:
    """The id of the record on an output's ``line``, ``None`` where it holds none."""
    record = _line_record(line)
    return str(record["id"]) if isinstance(record, dict) and "id" in record else None


class JsonlOutput(BatchOutput):
    """A JSONL file, one record per line, flushed after every chunk."""

    format = "jsonl"

    @property
    def options_path(self) -> Path:
        return self.path.with_name(self.path.name + ".options.json")

    def holds_records(self) -> bool:
        return self.path.is_file() and self.path.stat().st_size > 0

    def open(self) -> ExistingOutput:
        if self.path.is_dir():
            raise InvalidInputError(f"output {self.path} is a directory; give a .jsonl or .parquet path")
        if str(self.path) == "-" or (self.path.exists() and not self.path.is_file()):
            # Standard output, a device (/dev/full reads as endless zeros) or a pipe cannot be read back
            # to resume from.
            raise InvalidInputError(
                f"output {self.path} is not a file; batch output must be a file it can read back to"
                " resume, give a .jsonl or .parquet path"
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = self.path.open("ab")
        try:
            _lock(self._handle.fileno(), self.path)
        except NutgrafError:
            self._handle.close()
            raise
        return self._scan()

    def _scan(self) -> ExistingOutput:
        size = self._handle.seek(0, os.SEEK_END)
        count = 0
        last_newline = -1
        with self.path.open("rb") as reader:
            position = 0
            while block := reader.read(_BLOCK):
                newlines = block.count(b"\n")
                if newlines:
                    count += newlines
                    last_newline = position + block.rindex(b"\n")
                position += len(block)
            complete = last_newline + 1
            last_id = self._last_id(reader, complete) if count else None
            reader.seek(complete)
            torn = reader.read(len(_RECORD_START))
            # Or NULs alone after a record: what a system that crashed while the line was written leaves of
            # it (the file's size kept, its last block never written), which had been refused as another
            # program's output. A file of nothing else is not taken for one to cut.
            zeroed = (
                count > 0
                and torn[:1] == b"\0"
                and not torn.strip(b"\0")
                and not any(rest.strip(b"\0") for rest in iter(lambda: reader.read(_BLOCK), b""))
            )
        repaired = complete < size
        if repaired and not (_RECORD_START.startswith(torn) or zeroed):
            raise InvalidInputError(
                f"output {self.path} already exists and is not nutgraf batch output (it ends in a line "
                "that is not a record); give another --output path"
            )
        if repaired:
            # A killed writer left part of a line: drop it, that record is redone.
            self._handle.truncate(complete)
        return ExistingOutput(count=count, last_id=last_id, repaired=repaired)

    def _last_id(self, reader: Any, end: int) -> str:
        start = max(0, end - _BLOCK)
        while True:
            reader.seek(start)
            tail = reader.read(end - 1 - start)
            if b"\n" in tail or start == 0:
                break
            start = max(0, start - _BLOCK)
        line = tail[tail.rfind(b"\n") + 1 :]
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
            record = None
        if not isinstance(record, dict) or "id" not in record:
            raise InvalidInputError(
                f"output {self.path} already exists and is not nutgraf batch output "
                "(its last line is not a record with an `id`); give another --output path"
            )
        return str(record["id"])

    def held_ids(self) -> Iterator[str | None]:
        with self.path.open("rb") as reader:
            yield from map(_held_id, reader)

    def write(self, payload: bytes, count: int) -> None:
        with _writing(self.path):
            self._handle.write(payload)
            self._handle.flush()

    def close(self) -> None:
        if hasattr(self, "_handle"):
            self._handle.close()


class ParquetOutput(BatchOutput):
    """A directory of Parquet part files, each renamed into place only once complete."""

    format = "parquet"

    def __init__(self, path: str | os.PathLike[str], *, part_rows: int = PART_ROWS) -> None:
        super().__init__(path)
        self.part_rows = part_rows
        self._batches: list[Any] = []
        self._buffered = 0
        self._written = 0

    @property
    def options_path(self) -> Path:
        # A name Parquet readers skip (pyarrow, pandas and Spark leave out files starting with _ or .).
        return self.path / "_options.json"

    def holds_records(self) -> bool:
        return self.path.is_dir() and any(_PART_NAME.match(path.name) for path in self.path.iterdir())

    def open(self) -> ExistingOutput:
        self._pa = pyarrow_module()
        if self.path.exists() and not self.path.is_dir():
            raise InvalidInputError(
                f"output {self.path} is a file; Parquet output is a directory of part files, "
                "so give a new path ending in .parquet"
            )
        self.path.mkdir(parents=True, exist_ok=True)
        # The directory itself is locked: the part files come and go. Before the leftovers below are
        # removed, since another run's may be a part it is writing.
        self._directory = os.open(self.path, os.O_RDONLY)
        try:
            _lock(self._directory, self.path)
        except NutgrafError:
            self.close()
            raise
        repaired = False
        for leftover in self.path.glob(".part-*.tmp"):
            leftover.unlink()
            repaired = True
        last = None
        for part in sorted(self.path.iterdir()):
            match = _PART_NAME.match(part.name)
            if match is None:
                continue
            if int(match.group(1)) != self._written:
                raise InvalidInputError(
                    f"output {self.path} has a gap before {part.name} (expected a part starting at record "
                    f"{self._written}); it was not written by one nutgraf batch run, give another path"
                )
            metadata = self._read(part, self._pa.parquet.read_metadata)
            if not metadata.schema.to_arrow_schema().equals(parquet_schema()):
                self._upgrade(part)
            self._written += metadata.num_rows
            last = part
        last_id = None
        if last is not None:
            ids = self._read(last, lambda p: self._pa.parquet.read_table(p, columns=["id"]).column("id"))
            last_id = ids[-1].as_py() if len(ids) else None
        return ExistingOutput(count=self._written, last_id=last_id, repaired=repaired)

    def held_ids(self) -> Iterator[str | None]:
        for part in sorted(self.path.iterdir()):
            if _PART_NAME.match(part.name):
                ids = self._read(part, lambda p: self._pa.parquet.read_table(p, columns=["id"]).column("id"))
                yield from (None if value is None else str(value) for value in ids.to_pylist())

    def _upgrade(self, part: Path) -> None:
        """Rewrite ``part``, written by an older nutgraf, in today's schema, a column it lacks null.

        Parquet readers take a directory's schema from one part and drop the columns the others add, so
        an output resumed across a new field (``description``) read back without it, the records written
        since included; a whole part, written aside and renamed, as :meth:`_flush` writes them.
        """
        schema = parquet_schema()
        table = self._read(part, self._pa.parquet.read_table)
        try:
            columns = [
                table.column(field.name).cast(field.type)
                if field.name in table.column_names
                else self._pa.nulls(table.num_rows, field.type)
                for field in schema
            ]
        except self._pa.ArrowException as exc:
            raise InvalidInputError(
                f"output part {part} is not in the schema of nutgraf batch output ({exc}); give another path"
            ) from None
        temporary = self.path / f".{part.name}.tmp"
        with _writing(self.path):
            self._pa.parquet.write_table(
                self._pa.table(columns, schema=schema), temporary, compression="zstd"
            )
            os.replace(temporary, part)

    def _read(self, part: Path, read: Any) -> Any:
        try:
            return read(part)
        except (OSError, self._pa.ArrowException) as exc:
            raise InvalidInputError(f"output part {part} cannot be read ({exc}); remove it") from None

    def write(self, payload: bytes, count: int) -> None:
        self._batches.extend(self._pa.ipc.open_stream(payload))
        self._buffered += count
        if self._buffered >= self.part_rows:
            self._flush()

    def _flush(self) -> None:
        if not self._buffered:
            return
        table = self._pa.Table.from_batches(self._batches, schema=parquet_schema())
        name = f"part-{self._written:012d}.parquet"
        temporary = self.path / f".{name}.tmp"
        with _writing(self.path):
            self._pa.parquet.write_table(table, temporary, compression="zstd")
            os.replace(temporary, self.path / name)
        self._written += self._buffered
        self._batches, self._buffered = [], 0

    def close(self) -> None:
        try:
            if hasattr(self, "_directory"):
                self._flush()
        finally:
            if getattr(self, "_directory", None) is not None:
                os.close(self._directory)
                self._directory = None
