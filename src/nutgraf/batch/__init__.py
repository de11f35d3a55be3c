"""Summaries at scale: ``nutgraf batch`` over JSONL, page directories, WARC archives and URL lists.

:func:`run_batch` streams the inputs (:mod:`.inputs`), has workers summarize them chunk by chunk
(:mod:`.work`) on this machine (:mod:`.local`) or on Ray (:mod:`.ray_engine`), and writes one record per
input, in input order, to JSONL or Parquet (:mod:`.outputs`). Killed at any point, the same call run
again completes the output with every input record exactly once.
"""

from nutgraf.batch.report import BatchReport
from nutgraf.batch.run import ENGINES, run_batch

__all__ = ["ENGINES", "BatchReport", "run_batch"]
