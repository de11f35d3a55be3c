"""Progress and the closing report of a batch run (both on stderr)."""

from __future__ import annotations

import shlex
import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nutgraf.wording import counted, shown

#: The failed records the closing report lists by id; the rest are counted, with how to list them.
FAILED_LISTED = 10


@dataclass
class BatchReport:
    """What a batch run did: records written, failures by error kind, and how fast."""

    output: str
    #: Records the output already held when the run started (an earlier, interrupted run wrote them).
    resumed: int = 0
    #: Whether a torn line or unfinished part left by a killed run was removed first.
    repaired: bool = False
    #: Records done again that the output may hold already: where its ids repeat, it could not be told
    #: whether an older nutgraf (before 2026-12-07) wrote it, which counted a binary run's lines as records.
    redone: int = 0
    #: The output's lines (from 1) that held no readable record (NULs, a byte-order mark): their records
    #: were redone.
    unreadable_lines: list[int] = field(default_factory=list)
    written: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    #: The first failed records' ids with why, in the order they were written (at most
    #: :data:`FAILED_LISTED`).
    failed_records: list[tuple[str, str]] = field(default_factory=list)
    #: The options a resumed run left out and took from the output, as the command line writes them
    #: ("--sentences 2", "--evidence on").
    as_started: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        """Records written with an ``error`` instead of a summary."""
        return sum(self.failures.values())

    @property
    def summarized(self) -> int:
        """Records written with a summary."""
        return self.written - self.failed

    @property
    def rate(self) -> float:
        """Records written per second."""
        return self.written / self.seconds if self.seconds > 0 else 0.0

    def format(self) -> str:
        """The report as a few human-readable lines."""
        lines = [
            f"nutgraf batch: {counted(self.written, 'record')} written to {self.output} in {self.seconds:.1f} s "
            f"({self.rate:.1f} records/s)",
            f"  summarized: {self.summarized:,}",
            f"  failed:     {self.failed:,}"
            + (
                " (" + ", ".join(f"{kind} {n:,}" for kind, n in self.failures.most_common()) + ")"
                if self.failed
                else ""
            ),
        ]
        lines.extend(self._failed_lines())
        if self.resumed:
            lines.append(f"  resumed after {counted(self.resumed, 'record')} already in the output")
        if self.as_started:
            lines.append(f"  with the options the output was started with: {', '.join(self.as_started)}")
        if self.repaired:
            lines.append("  removed what an interrupted run left half-written (those records were redone)")
        if self.redone:
            lines.append(
                f"  redid {counted(self.redone, 'record')} the output may hold already: its ids repeat, and"
                " it could not be told whether a nutgraf before 2026-12-07 wrote it (which counted a binary"
                " run's lines as records); they may be in it twice, none is lost"
            )
        if self.unreadable_lines:
            listed = ", ".join(map(str, self.unreadable_lines[:FAILED_LISTED]))
            more = len(self.unreadable_lines) - FAILED_LISTED
            lines.append(
                f"  could not read {counted(len(self.unreadable_lines), 'line')} of the output ({listed}"
                + (f" and {more:,} more" if more > 0 else "")
                + "; NULs or a byte-order mark, not a record): their records were redone, none is lost"
            )
        return "\n".join(lines)

    def _failed_lines(self) -> list[str]:
        """The first failed records, a line each with why, and where the rest are: the counts alone had
        told a researcher neither which articles of the archive were skipped nor why."""
        lines = [
            f"    {shown(message, 200)}"
            if _names_record(message, id_)
            else f"    {shown(id_, 80)}: {shown(message, 200)}"
            for id_, message in self.failed_records
        ]
        left = self.failed - len(self.failed_records)
        if left > 0:
            # Quoted, so that the line pasted runs for an output named "out dir/x.jsonl" too.
            if self.output.lower().rstrip("/").endswith(".parquet"):
                where = f"rows whose error is not null in pyarrow.parquet.read_table({self.output!r})"
            else:
                where = f"jq -c 'select(.error) | {{id, error}}' {shlex.quote(self.output)}"
            lines.append(f"    and {left:,} more: {where}")
        return lines


def _names_record(message: str, record_id: str) -> bool:
    """Whether ``message`` names its record by ``record_id`` already ("line news.jsonl:7 is not UTF-8",
    "record a1 has none of `text`...", "cannot fetch https://example.com/a: ..."), so that the report need
    not put the id before it.

    Elsewhere in a message only an id with a ':' or '/' (a line's place, an address, a path) is taken as
    named, and only as a whole word: a record's own id ("e", "1", "404") had been dropped for appearing
    inside the words of its message ("the input holds no text", "HTTP 404"), and the report then told no
    one which record failed."""
    if message.startswith((f"line {record_id} ", f"record {record_id} ", f"record {record_id}'s ")):
        return True
    if ":" not in record_id and "/" not in record_id:
        return False
    at = message.find(record_id)
    while at >= 0:
        end = at + len(record_id)
        if (at == 0 or message[at - 1].isspace()) and (end == len(message) or message[end] in " :;,"):
            return True
        at = message.find(record_id, at + 1)
    return False


class Progress:
    """A progress bar with rate and ETA on a terminal, nothing otherwise.

    The total is counted in a background thread so that the work starts at once; until it is known the
    bar shows the count and rate only.
    """

    def __init__(
        self, enabled: bool | None, initial: int, count_total: Callable[[], int], unit: str = " records"
    ) -> None:
        self._bar: Any = None
        if enabled is None:
            enabled = sys.stderr.isatty()
        if not enabled:
            return
        from tqdm import tqdm

        self._bar = tqdm(initial=initial, unit=unit, dynamic_ncols=True, file=sys.stderr)
        threading.Thread(target=self._set_total, args=(count_total,), daemon=True).start()

    def _set_total(self, count_total: Callable[[], int]) -> None:
        try:
            total = count_total()
        except Exception:  # the count is a nicety: a failure only means no ETA
            return
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()

    def update(self, records: int) -> None:
        """Count ``records`` more as done."""
        if self._bar is not None:
            self._bar.update(records)

    def close(self) -> None:
        """Remove the bar (the closing report follows)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
