"""The types of the commands' arguments, refusing a bad value in the library's words, and the summary
options that ``summarize`` and ``batch`` share."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from functools import partial
from typing import Any

from nutgraf.engines.options import (
    FORMS,
    LENGTHS,
    MAX_SENTENCES,
    MAX_WORDS,
    SummaryOptions,
    budget_count,
    keyphrase_count,
    output_language_code,
)
from nutgraf.errors import InvalidInputError, NutgrafError
from nutgraf.keyphrases import MAX_KEYPHRASES


def summary_options(args: argparse.Namespace) -> SummaryOptions:
    """The summary ``--sentences``, ``--words``, ``--length``, ``--form``, ``--output-language``,
    ``--avoid`` and ``--keyphrases`` ask for (``--words`` alone is a budget in words only).

    A contradiction is refused in the library's words, which :func:`in_flag_words` turns into the
    command line's where the error is printed."""
    return SummaryOptions(
        sentences=args.sentences,
        words=args.words,
        length=args.length,
        form=args.form,
        output_language=args.output_language,
        avoid=tuple(name for names in args.avoid or () for name in names),
        keyphrases=args.keyphrases,
    )


#: The fields of :class:`SummaryOptions`, ``strict`` and ``model`` (an engine's), each the CLI flag of its
#: name (``output_language``: ``--output-language``).
SUMMARY_OPTION_NAMES = (*(field.name for field in fields(SummaryOptions)), "strict", "model")


def in_flag_words(message: str) -> str:
    """``message`` with "the sentences option", as the library and the HTTP API name an option (true of
    ``sentences=`` and of ``?sentences=`` alike), written as the flag to give or drop, ``--sentences``.

    Applied to every error the command line prints: an option can be refused well after the arguments
    are read (``--output-language`` by the summarizer, ``--strict`` across languages)."""
    for name in SUMMARY_OPTION_NAMES:
        message = message.replace(f"the {name} option", f"--{name.replace('_', '-')}")
    return message


def _port(value: str) -> int:
    number = _positive_int(value)
    if number > 65535:
        raise argparse.ArgumentTypeError(f"a port is at most 65535, not {number}")
    return number


def _share(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0 <= number <= 1:  # NaN fails too
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {value!r}")
    return number


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {number}")
    return number


#: The most articles ``nutgraf articles list`` prints at once.
MAX_LISTED = 10_000


def _listed_count(value: str) -> int:
    number = _positive_int(value)
    if number > MAX_LISTED:
        raise argparse.ArgumentTypeError(f"at most {MAX_LISTED:,} articles at once, not {number:,}")
    return number


def _since(value: str) -> datetime:
    """``--since``'s time, read as the HTTP API reads ``since`` (:func:`nutgraf.store.articles.since_time`)."""
    # Imported here, not with the module: the store loads SQLAlchemy, which --help has no need of.
    from nutgraf.store.articles import since_time

    try:
        return since_time(value)
    except InvalidInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _public_url(value: str) -> str:
    # As NUTGRAF_PUBLIC_URL is checked: an address without its scheme had made a snippet whose script
    # src is relative (<script src="nutgraf.example/embed.js">), loaded from the publisher's own site.
    from nutgraf.urls import check_http_url

    try:
        return check_http_url(value)
    except InvalidInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _allowed_host(value: str) -> str:
    from nutgraf.settings import allowed_host

    try:
        return allowed_host(value)
    except InvalidInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _filters(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    return list(_listed("avoid")(names or value))


def _listed(name: str) -> Callable[[Any], Any]:
    """The argument type of the summary option ``name`` whose values are a list (length, form, avoid):
    refused in the library's words ("length must be one of short, medium, long, not 'huge'"), as the HTTP
    API and the reader page refuse it too."""

    def value_of(value: Any) -> Any:
        try:
            SummaryOptions(**{name: value})
        except InvalidInputError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return value

    return value_of


def _whole_number(check: Callable[[object], int]) -> Callable[[str], int]:
    """The argument type of a count the library's ``check`` takes: refused in the library's words
    ("sentences must be a whole number from 1 to 50, not 0"), as the HTTP API refuses it too."""

    def count(value: str) -> int:
        try:
            number: object = int(value)
        except ValueError:
            number = value  # refused by check, which names what it takes
        try:
            return check(number)
        except InvalidInputError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return count


#: Where ``nutgraf batch --engine`` runs the work.
BATCH_ENGINES = ("local", "ray")


def _batch_engine(value: str) -> str:
    from nutgraf.pipeline import summarizers

    if value in BATCH_ENGINES:
        return value
    # A summarizer's name given here is what a user means by "engine" elsewhere (engines/, --summarizer).
    hint = f"; choose the summarizer with --summarizer {value}" if value in summarizers() else ""
    raise argparse.ArgumentTypeError(f"the engine is where the work runs, local or ray, not {value!r}{hint}")


def _output_language(value: str) -> str:
    try:
        return output_language_code(value)
    except InvalidInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _checked(check: Callable[[str], object]) -> Callable[[str], str]:
    """The argument type of an option whose value the library's ``check`` refuses (an unknown summarizer, a
    made-up language code, a site's origin): refused while the arguments are read, in the library's words,
    with the command's usage and exit status 2 as every other bad option value; the library's refusal, met
    once the command ran, had exited with 1. The value is given as it was typed: the library reads it."""

    def value_of(value: str) -> str:
        try:
            check(value)
        except NutgrafError as exc:
            raise argparse.ArgumentTypeError(in_flag_words(str(exc))) from None
        return value

    return value_of


def _summarizer_name(value: str) -> str:
    from nutgraf.engines.base import summarizer_class

    return _checked(summarizer_class)(value)


def _language(value: str) -> str:
    from nutgraf.language import language_code

    return _checked(language_code)(value)


def _origin(value: str) -> str:
    from nutgraf.sites.registry import origin_of

    return _checked(origin_of)(value)


def _site_sentences(value: str) -> int:
    from nutgraf.sites.registry import check_site_sentences

    number = _positive_int(value)
    _checked(lambda _: check_site_sentences(number))(value)
    return number


def check_option_values(args: argparse.Namespace) -> None:
    """Refuse what the options given together ask for where it contradicts itself (``--length`` with
    ``--sentences``, ``--length`` with ``--form tldr``) or a summarizer cannot take (``--model`` for the
    default one): :class:`InvalidInputError`, which the command line prints with the command's usage and
    exit status 2, as a bad value of one option."""
    if hasattr(args, "form"):  # the commands that take the summary options (add_summary_options)
        summary_options(args)
    if getattr(args, "model", None) and isinstance(getattr(args, "summarizer", None), str):
        from nutgraf.engines.base import summarizer_taking

        summarizer_taking(args.summarizer, {"model": args.model})


def add_summary_options(parser: argparse.ArgumentParser) -> None:
    """The options of :class:`SummaryOptions` (see summary_options)."""
    parser.add_argument(
        "--sentences",
        type=_whole_number(partial(budget_count, "sentences")),
        help=f"at most this many sentences, 1 to {MAX_SENTENCES} (default 3; no sentence limit when only "
        "--words is given)",
    )
    parser.add_argument(
        "--words",
        type=_whole_number(partial(budget_count, "words")),
        help=f"at most about this many words, 1 to {MAX_WORDS:,} (the best sentence alone when even it is "
        "longer)",
    )
    parser.add_argument(
        "--length",
        type=_listed("length"),
        metavar="{" + ",".join(LENGTHS) + "}",
        help="a preset scaled to the article's length, instead of --sentences/--words (medium: 3 sentences "
        "for a 400- to 1,000-word story)",
    )
    parser.add_argument(
        "--form",
        type=_listed("form"),
        metavar="{" + ",".join(FORMS) + "}",
        default="paragraph",
        help="key_points: a list; tldr: one sentence",
    )
    parser.add_argument(
        "--output-language",
        type=_output_language,
        metavar="CODE",
        help="write the summary in this language (ISO 639-1, e.g. de; abstractive summarizers only)",
    )
    parser.add_argument(
        "--avoid",
        type=_filters,
        action="append",
        metavar="questions,quotes",
        help="keep questions and/or sentences mostly of quotation out of the summary (repeatable)",
    )
    parser.add_argument(
        "--keyphrases",
        type=_whole_number(keyphrase_count),
        metavar="N",
        help=f"also give the article's N best keyphrases (1 to {MAX_KEYPHRASES})",
    )
