"""The ``nutgraf`` command line: a thin layer over the library.

Each command reads its input, calls the library and prints the result. Errors nutgraf anticipates, and a
database that stops answering mid-command, print one line to stderr (``nutgraf: error: ...``) and exit
with status 1; bad usage, a bad option value included (one the library refuses: an unknown summarizer, a
made-up language code, options that contradict each other), exits with 2, Ctrl-C with 130 (the README lists
the commands' own statuses).

The package, one module per job: inputs (what the commands read), render (what they print), articles (the
commands on one article), bulk (eval, batch), service (serve, worker, feeds, sites), stored (``articles
list`` and ``show``: the store's articles), arguments (argument types, the summary options), parser (the
parser, the refusal of unknown options); here, ``main``.
"""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from nutgraf.cli.arguments import check_option_values, in_flag_words
from nutgraf.cli.parser import _refuse_unknown_arguments, build_parser
from nutgraf.errors import NutgrafError

#: What other code imports from ``nutgraf.cli``: ``main`` (the console script) and the parser (the docs test).
__all__ = ["build_parser", "main"]


def _refuse_unwritable_characters(error: UnicodeEncodeError) -> NoReturn:
    """The error handler of standard output: a character its encoding lacks ends the command with a
    message, where Python would print a traceback (a Windows console in cp1252 and a Cyrillic article,
    ``PYTHONIOENCODING=ascii``). Nothing of that write reaches the output."""
    raise NutgrafError(
        f"standard output is in {error.encoding}, which cannot write {error.object[error.start : error.end]!r};"
        " set PYTHONUTF8=1 (or PYTHONIOENCODING=utf-8) for UTF-8 output, and run it again"
    )


codecs.register_error("nutgraf-output", _refuse_unwritable_characters)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        _refuse_unknown_arguments(parser, args.command_parser, unknown)
    try:
        check_option_values(args)
    except NutgrafError as exc:
        args.command_parser.error(in_flag_words(str(exc)))
    # Only where Python's own default stands: a handler the user chose (PYTHONIOENCODING=ascii:replace)
    # is theirs.
    if getattr(sys.stdout, "errors", None) == "strict" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="nutgraf-output")
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except NutgrafError as exc:
        print(f"nutgraf: error: {in_flag_words(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("nutgraf: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # writing the output: a full disk, a closed descriptor
        print(f"nutgraf: error: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        # The database stopped answering mid-command (restarted, the connection dropped), a SQLite file
        # locked or its tables gone: opening the store says why it cannot in one line, and this had been
        # SQLAlchemy's traceback. Imported only now, so that the commands that never open the store do
        # not load SQLAlchemy.
        from nutgraf.store.database import outage_message

        message = outage_message(exc)
        if message is None:
            raise
        print(f"nutgraf: error: {message}", file=sys.stderr)
        return 1
