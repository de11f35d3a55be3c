"""The commands over many articles: ``eval`` (ROUGE on JSONL data sets) and ``batch``."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from nutgraf.cli.arguments import summary_options
from nutgraf.errors import InvalidInputError
from nutgraf.wording import counted, shown


def _cmd_eval(args: argparse.Namespace) -> int:
    from nutgraf.batch.report import Progress
    from nutgraf.evaluate import evaluate_groups, format_table, read_jsonl

    for name in args.data:
        data = Path(name)
        if not data.is_file():
            # A pipe or a device (/dev/null, <(...)) exists: the file is read twice, counted then scored.
            what = (
                "is a directory, not a file"
                if data.is_dir()
                else "is not a file but a stream (a pipe or a device), which eval reads twice: save it to a file"
                if data.exists()
                else "does not exist"
            )
            raise InvalidInputError(
                f"{name} {what}; give a JSONL file with `article` and `reference` per line"
            )
    # A file given twice had been scored twice, its tables printed twice under one name.
    seen: dict[Path, str] = {}
    for name in args.data:
        if (path := Path(name).resolve()) in seen:
            raise InvalidInputError(f"{seen[path]} and {name} are one file; give each file once")
        seen[path] = name
    # Files named alike in different folders (before/data.jsonl, after/data.jsonl) are called by the
    # paths given, where both tables had been called data.jsonl.
    names = [Path(name).name for name in args.data]
    labels = [Path(name).name if names.count(Path(name).name) == 1 else name for name in args.data]
    # Every line is read once before any is summarized (seconds for CNN/DM's 28 MB): a bad line in the
    # last file had stopped the run after the engines' work on every article before it.
    # Counted then, a large file's run shows how far it is (CNN/DM's 11,490 articles take minutes with the
    # oracle, and had shown nothing until the table).
    total = sum(1 for name in args.data for _ in read_jsonl(name, args.limit))
    # A line without a reference (or with an empty article) is left out; said, since the table's count
    # alone had left a researcher to find which of their lines were not scored, and why. Only the lines
    # named are kept: a file of millions without references had kept each one's name until the end.
    skipped: list[str] = []
    skipped_count = 0

    def skip(where: str) -> None:
        nonlocal skipped_count
        skipped_count += 1
        if len(skipped) < _SKIPPED_SHOWN:
            skipped.append(where)

    bar = Progress(args.progress, 0, lambda: total, unit=" articles")
    try:
        groups = [
            group
            for name, label in zip(args.data, labels, strict=True)
            for group in evaluate_groups(
                name,
                args.summarizer or ["default"],
                by=args.by,
                limit=args.limit,
                sentences=args.sentences,
                oracle=not args.no_oracle,
                skipped=skip,
                label=label,
                scored=lambda: bar.update(1),
            )
        ]
    finally:
        bar.close()
    if args.by is not None and not any(g.grouped for g in groups):
        raise InvalidInputError(
            f"no record of {', '.join(args.data)} has the field `{shown(args.by, 80)}` to group by"
        )
    if args.json:
        print(json.dumps([g.to_dict() for g in groups], indent=2))
    else:
        print(
            "\n\n".join(
                f"{g.label}: {counted(g.lead.articles, 'article')}, {args.sentences}-sentence summaries\n"
                + format_table(g.systems)
                for g in groups
            )
        )
    if skipped:
        listed = ", ".join(skipped) + (", ..." if skipped_count > len(skipped) else "")
        print(
            f"nutgraf: note: {counted(skipped_count, 'line')} not scored, with no reference or an empty"
            f" article: {listed}",
            file=sys.stderr,
        )
    return 0


#: How many of the lines eval left out its note names.
_SKIPPED_SHOWN = 5


def _cmd_batch(args: argparse.Namespace) -> int:
    from nutgraf.batch import run_batch
    from nutgraf.batch.local import FROM_COMMAND

    if args.ray_address is not None and args.engine != "ray":
        # In the command's words: run_batch's own refusal names its arguments.
        raise InvalidInputError(
            f"--ray-address {args.ray_address} is a Ray cluster, which only --engine ray joins, and this run's"
            f" engine is {args.engine}: add --engine ray, or leave --ray-address out"
        )
    started_here = FROM_COMMAND.set(True)
    try:
        report = run_batch(
            args.inputs,
            args.output,
            engine=args.engine,
            workers=args.workers,
            summarizer=args.summarizer,
            model=args.model,
            **summary_options(args).arguments(),
            language=args.language,
            evidence=args.evidence,
            strict=args.strict,
            ray_address=args.ray_address,
            chunk_records=args.chunk_size,
            progress=False if args.no_progress else None,
        )
    except KeyboardInterrupt:
        # The run still waits, at exit, for its workers to leave (at once when Ctrl-C reached them too,
        # after their chunk when only this process was interrupted). Ctrl-C pressed again broke into that
        # wait: a traceback under this message, and a run that hung with its worker waiting for work.
        # Ended at once instead, the run left its pool's semaphores to a warning of Python's own.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print("nutgraf: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    finally:
        FROM_COMMAND.reset(started_here)
    print(report.format(), file=sys.stderr)
    return 0
