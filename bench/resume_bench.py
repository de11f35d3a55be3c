"""Seconds a batch run takes to resume over a finished JSONL output of ``--records`` records (200,000 by
default): what a run restarted over its whole output pays before its first new record, the output's lines
counted, its last id checked against the inputs and every line read back for records it cannot read.

    PYTHONPATH=src python bench/resume_bench.py [--records 200000] [--repeat 3] [--dir DIR]

The inputs are short JSON lines and the output lines of the size a summary's record has (about 700 bytes);
no record is summarized, as every one is done. The best of ``--repeat`` runs is reported, in seconds of the wall
and of this process's CPU (on a shared machine the CPU's seconds move less).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from nutgraf.batch import run_batch

_SUMMARY = "The council approved the budget after four hours of debate on Tuesday night. " * 6


def write_files(folder: Path, records: int) -> tuple[Path, Path]:
    """An input of ``records`` JSON lines and a finished output of theirs, as a run writes it."""
    source, output = folder / "in.jsonl", folder / "out.jsonl"
    with source.open("w", encoding="utf-8") as inputs, output.open("w", encoding="utf-8") as outputs:
        for number in range(records):
            inputs.write(json.dumps({"id": f"r{number}", "text": f"Story {number}."}) + "\n")
            outputs.write(json.dumps({"id": f"r{number}", "summary": _SUMMARY, "language": "en"}) + "\n")
    return source, output


def main() -> None:
    """Time the resume ``--repeat`` times and print the best."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to write the files (a temporary folder)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        source, output = write_files(Path(folder), args.records)
        walls, cpus = [], []
        for _ in range(args.repeat):
            start, cpu = time.perf_counter(), time.process_time()
            report = run_batch([str(source)], output, summarizer="lead", workers=1, progress=False)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            assert report.written == 0 and report.resumed == args.records, report
        print(
            f"resume over {args.records:,} records: {min(walls):.2f} s, {min(cpus):.2f} s of CPU "
            f"(best of {args.repeat})"
        )


if __name__ == "__main__":
    main()
