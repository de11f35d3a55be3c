"""The ``nutgraf`` command line: a thin layer over the library.

Each command reads its input, calls the library and prints the result. Errors nutgraf anticipates print
one line to stderr (``nutgraf: error: ...``) and exit with status 1; bad usage exits with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from nutgraf.article import Summary
from nutgraf.errors import InvalidInputError, NutgrafError

FORMATS = ("text", "json", "markdown")


def read_input(path: str) -> bytes:
    """The bytes of a file, or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise InvalidInputError(f"{path} is a directory; give a file, a URL or - for standard input")
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError(f"no such file: {path}") from None
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror}") from None


def render_summary(summary: Summary, output_format: str) -> str:
    if output_format == "json":
        return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
    if output_format == "markdown":
        title = summary.article.title if summary.article and summary.article.title else "Summary"
        bullets = "\n".join(f"- {s.text}" for s in summary.sentences)
        return f"## {title}\n\n{bullets}"
    return "\n".join(s.text for s in summary.sentences)


def _cmd_summarize(args: argparse.Namespace) -> int:
    from nutgraf.pipeline import summarize

    sentences = args.sentences if args.sentences is not None else (None if args.words else 3)
    summary = summarize(
        read_input(args.input),
        sentences=sentences,
        words=args.words,
        summarizer=args.summarizer,
        language=args.language,
    )
    print(render_summary(summary, args.format))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from nutgraf.evaluate import evaluate, format_table

    if not Path(args.data).is_file():
        raise InvalidInputError(f"no such file: {args.data}")
    scores = evaluate(
        args.data,
        args.summarizer or ["default"],
        limit=args.limit,
        sentences=args.sentences,
        oracle=not args.no_oracle,
    )
    if args.json:
        print(json.dumps([s.to_dict() for s in scores], indent=2))
    else:
        print(format_table(scores))
    return 0


def _cmd_summarizers(args: argparse.Namespace) -> int:
    from nutgraf.pipeline import summarizers

    print("\n".join(summarizers()))
    return 0


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nutgraf", description="Clean news articles and summarize them.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    summarize = commands.add_parser("summarize", help="summarize an article (a file, a URL or - for stdin)")
    summarize.add_argument(
        "input", nargs="?", default="-", help="article file, URL, or - (default) for stdin"
    )
    summarize.add_argument("--sentences", type=_positive_int, help="at most this many sentences (default 3)")
    summarize.add_argument("--words", type=_positive_int, help="at most about this many words")
    summarize.add_argument("--summarizer", default="default", help="engine name (see `nutgraf summarizers`)")
    summarize.add_argument("--language", help="ISO 639-1 code; detected when left out")
    summarize.add_argument("--format", choices=FORMATS, default="text")
    summarize.set_defaults(run=_cmd_summarize)

    evaluate = commands.add_parser(
        "eval", help="ROUGE of summarizers on a JSONL file, beside Lead-3 and the oracle"
    )
    evaluate.add_argument("data", help="JSONL with `article` and `reference` per line")
    evaluate.add_argument(
        "--summarizer", action="append", help="engine to score (repeatable; default: default)"
    )
    evaluate.add_argument("--limit", type=_positive_int, help="only the first N articles")
    evaluate.add_argument("--sentences", type=_positive_int, default=3, help="summary length (default 3)")
    evaluate.add_argument("--no-oracle", action="store_true", help="skip the (slower) greedy oracle")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    evaluate.set_defaults(run=_cmd_eval)

    listing = commands.add_parser("summarizers", help="list the registered summarizers")
    listing.set_defaults(run=_cmd_summarizers)
    return parser


def _version() -> str:
    from nutgraf import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except NutgrafError as exc:
        print(f"nutgraf: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("nutgraf: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
