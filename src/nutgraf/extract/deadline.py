"""The time one extraction may take, checked between its stages.

Extraction runs in the caller's thread (a server's worker, a batch process), where nothing can stop it
from outside, so the deadline is cooperative: each stage runs to its end, and the bounds on the page
(:data:`nutgraf.extract.html.markup.MAX_HTML_CHARS` characters, :data:`~nutgraf.extract.html.markup.MAX_ELEMENTS`
elements) and linear work keep every stage short. Optional stages (readability's second opinion, the byline
search, trafilatura's full mode as a last resort) are skipped when less than half the time is left.

The time is the CPU time of the extracting thread (:func:`time.thread_time`): what a page costs, which
other work on a busy machine does not stretch (on an idle machine it is the wall time).
"""

from __future__ import annotations

import time

from nutgraf.errors import ExtractionTimeoutError

#: CPU seconds one page's extraction may take before it stops with :class:`~nutgraf.errors.ExtractionTimeoutError`.
EXTRACTION_SECONDS = 5.0


class Deadline:
    """The end of the time allowed for one extraction."""

    def __init__(self, seconds: float = EXTRACTION_SECONDS) -> None:
        self.seconds = seconds
        self.end = time.thread_time() + seconds

    def check(self, stage: str) -> None:
        """Raise :class:`ExtractionTimeoutError` when the time is up (``stage`` is what comes next)."""
        if time.thread_time() > self.end:
            raise ExtractionTimeoutError(
                f"extracting the article took longer than {self.seconds:g} s (stopped before {stage}): the"
                " page's markup is too large or complex; give the article's text instead"
            )

    def allows_optional(self) -> bool:
        """Whether an optional stage may run: at least half the time is left."""
        return self.end - time.thread_time() >= self.seconds / 2
