"""Progress and the closing report of a batch run (both on stderr)."""

from __future__ import annotations

import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nutgraf.wording import counted


@dataclass
class BatchReport:
    """What a batch run did: records written, failures by error kind, and how fast."""

    output: str
    #: Records the output already held when the run started (an earlier, interrupted run wrote them).
    resumed: int = 0
    #: Whether a torn line or unfinished part left by a killed run was removed first.
    repaired: bool = False
    written: int = 0
    failures: Counter[str] = field(default_factory=Counter)
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
        if self.resumed:
            lines.append(f"  resumed after {counted(self.resumed, 'record')} already in the output")
        if self.as_started:
            lines.append(f"  with the options the output was started with: {', '.join(self.as_started)}")
        if self.repaired:
            lines.append("  removed what an interrupted run left half-written (those records were redone)")
        return "\n".join(lines)


class Progress:
    """A progress bar with rate and ETA on a terminal, nothing otherwise.

    The total is counted in a background thread so that the work starts at once; until it is known the
    bar shows the count and rate only.
    """

    def __init__(self, enabled: bool | None, initial: int, count_total: Callable[[], int]) -> None:
        self._bar: Any = None
        if enabled is None:
            enabled = sys.stderr.isatty()
        if not enabled:
            return
        from tqdm import tqdm

        self._bar = tqdm(initial=initial, unit=" records", dynamic_ncols=True, file=sys.stderr)
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
