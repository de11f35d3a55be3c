"""The ``nutgraf`` argument parser, and the refusal of an unknown option that names the command it
belongs to."""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Iterator
from typing import NoReturn

from nutgraf.check import DEFAULT_THRESHOLD
from nutgraf.cli.arguments import (
    BATCH_ENGINES,
    MAX_LISTED,
    _allowed_host,
    _batch_engine,
    _language,
    _listed_count,
    _origin,
    _port,
    _positive_int,
    _public_url,
    _share,
    _since,
    _site_sentences,
    _summarizer_name,
    _whole_number,
    add_summary_options,
)
from nutgraf.cli.articles import _cmd_check, _cmd_extract, _cmd_keyphrases, _cmd_summarize, _cmd_summarizers
from nutgraf.cli.bulk import _cmd_batch, _cmd_eval
from nutgraf.cli.render import FORMATS
from nutgraf.cli.service import _cmd_feeds, _cmd_serve, _cmd_sites, _cmd_worker
from nutgraf.cli.stored import ARTICLE_FORMATS, _cmd_articles
from nutgraf.keyphrases import MAX_KEYPHRASES, check_top
from nutgraf.version import __version__

SITE_ID_HELP = "the site's id (news-example), as `nutgraf sites list` shows it"
_MODEL_HELP = "model for abstractive engines (llm: the server's model name; transformers: a local directory)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nutgraf", description="Clean news articles and summarize them.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    summarize = commands.add_parser("summarize", help="summarize an article (a file, a URL or - for stdin)")
    summarize.add_argument(
        "input", nargs="?", default="-", help="article file, URL, or - (default) for stdin"
    )
    _add_page_arguments(summarize)
    add_summary_options(summarize)
    summarize.add_argument(
        "--summarizer",
        type=_summarizer_name,
        default="default",
        help="engine name (see `nutgraf summarizers`)",
    )
    summarize.add_argument(
        "--language",
        type=_language,
        help="the article's language, ISO 639 (en, de, eng...); detected when left out",
    )
    summarize.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text: the sentences one a line (default); json: the summary, its offsets and the article;"
        " markdown: the title over the summary in its form",
    )
    summarize.add_argument("--model", help=_MODEL_HELP)
    summarize.add_argument(
        "--evidence",
        action="store_true",
        help="check each sentence against the article and show the evidence",
    )
    summarize.add_argument(
        "--strict",
        action="store_true",
        help="drop summary sentences the article does not support, and show the evidence",
    )
    summarize.set_defaults(run=_cmd_summarize)

    keyphrases = commands.add_parser(
        "keyphrases", help="an article's keyphrases, best first (a file, a URL or - for stdin)"
    )
    keyphrases.add_argument(
        "input", nargs="?", default="-", help="article file, URL, or - (default) for stdin"
    )
    _add_page_arguments(keyphrases)
    keyphrases.add_argument(
        "--top",
        type=_whole_number(check_top),
        default=10,
        help=f"how many, 1 to {MAX_KEYPHRASES} (default 10; fewer when the article has fewer)",
    )
    keyphrases.add_argument(
        "--language",
        type=_language,
        help="the article's language, ISO 639 (en, de, eng...); detected when left out",
    )
    keyphrases.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one keyphrase a line; json: each with its score and spans in the article's text",
    )
    keyphrases.set_defaults(run=_cmd_keyphrases)

    check = commands.add_parser(
        "check",
        help="check a summary against its article: evidence and unsupported terms per sentence",
        description="Check each summary sentence against the article. The exit status is 0 whatever the"
        " verdict (1 only for an error): read the verdict in the output, or `supported` in --format json.",
    )
    check.add_argument("article", help="article file, URL, or - for stdin")
    check.add_argument("summary", nargs="?", help="summary file, or - for stdin (default)")
    check.add_argument("--text", help="the summary as a string instead of a file")
    check.add_argument(
        "--language", type=_language, help="ISO 639 code (en, de, eng...); detected when left out"
    )
    check.add_argument(
        "--threshold",
        type=_share,
        default=DEFAULT_THRESHOLD,
        help=f"support score needed (default {DEFAULT_THRESHOLD})",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: each sentence's verdict and evidence (default); json: the evidence with its offsets",
    )
    check.set_defaults(run=_cmd_check)

    evaluate = commands.add_parser(
        "eval",
        help="ROUGE of summarizers on JSONL files, beside Lead-3 and the oracle, with 95%% intervals",
        description="ROUGE of summarizers on JSONL files, beside Lead-3 and the oracle, one table per file "
        "(or per value of --by), with bootstrap 95% intervals of each mean and of each system's "
        "difference to Lead-3.",
    )
    evaluate.add_argument("data", nargs="+", help="JSONL files with `article` and `reference` per line")
    evaluate.add_argument(
        "--summarizer",
        type=_summarizer_name,
        action="append",
        help="engine to score (repeatable; default: default)",
    )
    evaluate.add_argument("--limit", type=_positive_int, help="only the first N articles of each file")
    evaluate.add_argument(
        "--by", metavar="FIELD", help="one table per value of this record field (an outlet, a section)"
    )
    evaluate.add_argument("--sentences", type=_positive_int, default=3, help="summary length (default 3)")
    evaluate.add_argument("--no-oracle", action="store_true", help="skip the (slower) greedy oracle")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    evaluate.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="a progress bar of the articles scored on stderr (default: when stderr is a terminal)",
    )
    evaluate.set_defaults(run=_cmd_eval)

    batch = commands.add_parser(
        "batch",
        help="summarize many articles (JSONL, page directories, WARC, URL lists) into JSONL or Parquet",
        description="Summarize every record of the inputs into one output record each. Interrupted, "
        "the same command run again resumes: the output ends with every input exactly once.",
    )
    batch.add_argument(
        "inputs", nargs="+", metavar="INPUT", help=".jsonl, directory of .html/.txt, .warc(.gz), or URL list"
    )
    batch.add_argument(
        "--output",
        "-o",
        required=True,
        help="output .jsonl file, or .parquet directory (needs [parquet]); missing folders are made, as mkdir -p",
    )
    batch.add_argument(
        "--engine",
        type=_batch_engine,
        metavar="{" + ",".join(BATCH_ENGINES) + "}",
        default="local",
        help="local processes (default) or ray",
    )
    batch.add_argument("--workers", type=_positive_int, help="processes or Ray tasks at once (default: CPUs)")
    batch.add_argument(
        "--summarizer",
        type=_summarizer_name,
        default="default",
        help="engine name (see `nutgraf summarizers`)",
    )
    batch.add_argument("--model", help=_MODEL_HELP)
    add_summary_options(batch)
    batch.add_argument(
        "--language",
        type=_language,
        help="the articles' language, ISO 639 (en, de, eng...); detected in each when left out",
    )
    batch.add_argument(
        "--evidence",
        action="store_true",
        help="check each summary against its article, an extractive one too; each record carries its evidence",
    )
    batch.add_argument(
        "--strict",
        action="store_true",
        help="drop summary sentences the article does not support; each record carries its evidence",
    )
    batch.add_argument(
        "--ray-address",
        help="with --engine ray: the Ray cluster to join (default: $RAY_ADDRESS, else start a private local Ray)",
    )
    batch.add_argument(
        "--chunk-size", type=_positive_int, default=32, help="records sent to a worker at once (default 32)"
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    batch.set_defaults(run=_cmd_batch)

    extract = commands.add_parser(
        "extract", help="the clean article in a page (an HTML or text file, a URL or - for stdin)"
    )
    extract.add_argument("input", nargs="?", default="-", help="page file, URL, or - (default) for stdin")
    _add_page_arguments(extract)
    extract.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text: the title, a blank line, the body (default); json: the body and its metadata;"
        " markdown: the title as a heading over the body",
    )
    extract.set_defaults(run=_cmd_extract)

    database_help = "store URL (default: $NUTGRAF_DATABASE_URL, else a SQLite file in the user data dir)"
    serve = commands.add_parser("serve", help="run the reader web app and HTTP API")
    serve.add_argument("--database", help=database_help)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        help="processes serving the port (default 1; about one per CPU core for more throughput; at most 4 per CPU)",
    )
    serve.add_argument(
        "--no-background",
        "--no-poll",
        dest="no_background",
        action="store_true",
        help="no background jobs (feed and sitemap polls) in this process: leave them to `nutgraf worker`",
    )
    serve.add_argument(
        "--allowed-host",
        action="append",
        type=_allowed_host,
        default=[],
        metavar="NAME",
        help="a host name the reader answers to (repeatable; also $NUTGRAF_ALLOWED_HOSTS); on a loopback"
        " --host it also answers to localhost, 127.0.0.1 and ::1",
    )
    serve.set_defaults(run=_cmd_serve)

    worker = commands.add_parser(
        "worker",
        help="do background jobs (feed and sitemap polls) for the store, beside `serve --no-background`"
        " replicas",
        description="Poll due feeds and sites' sitemaps until SIGTERM or Ctrl-C. Any number of workers and"
        " serve processes may share one database: each due job is claimed by one of them.",
    )
    worker.add_argument("--database", help=database_help)
    worker.set_defaults(run=_cmd_worker)

    feeds = commands.add_parser("feeds", help="manage and poll RSS, Atom and JSON feeds")
    feeds.add_argument("--database", help=database_help)
    # --database is taken after the action too ("feeds list --database URL"); there it wins.
    store_option = argparse.ArgumentParser(add_help=False)
    store_option.add_argument("--database", default=argparse.SUPPRESS, help=database_help)
    feed_actions = feeds.add_subparsers(dest="action", required=True, metavar="ACTION")
    feed_add = feed_actions.add_parser("add", help="subscribe to a feed", parents=[store_option])
    feed_add.add_argument("url", help="the feed's address (RSS, Atom or JSON Feed)")
    feed_add.add_argument(
        "--interval",
        type=_positive_int,
        default=30,
        help="minutes between polls, 1 to 10,080 (a week; default 30)",
    )
    feed_add.add_argument("--title", help="the feed's name, shown over its channel's own title")
    feed_add.add_argument(
        "--no-check",
        action="store_true",
        help="add it without fetching it first (a feed that is not up yet); by default it is fetched once"
        " and refused unless it is a feed or sitemap",
    )
    feed_list = feed_actions.add_parser(
        "list", help="list feeds and their polling state", parents=[store_option]
    )
    feed_list.add_argument("--json", action="store_true", help="print JSON")
    feed_remove = feed_actions.add_parser(
        "remove", help="unsubscribe (stored articles stay)", parents=[store_option]
    )
    feed_remove.add_argument("id", type=_positive_int, help="the feed's id, as `nutgraf feeds list` shows it")
    feed_poll = feed_actions.add_parser(
        "poll", help="poll feeds now: store and summarize new items", parents=[store_option]
    )
    feed_poll.add_argument("ids", nargs="*", type=_positive_int, metavar="ID", help="default: all feeds")
    feeds.set_defaults(run=_cmd_feeds)

    sites = commands.add_parser(
        "sites", help="manage the sites that embed the summary button on their pages, and read their flags"
    )
    sites.add_argument("--database", help=database_help)
    site_actions = sites.add_subparsers(dest="action", required=True, metavar="ACTION")
    site_add = site_actions.add_parser(
        "add", help="register a site; prints its id and the snippet to paste", parents=[store_option]
    )
    site_add.add_argument("url", help="the site's address (https://news.example): its pages are on its host")
    site_add.add_argument("--id", help="a public slug (default: from the host, news-example)")
    site_add.add_argument(
        "--origin",
        type=_origin,
        action="append",
        help="an origin whose pages embed the widget (repeatable; default: the site's)",
    )
    site_add.add_argument(
        "--feed", action="append", help="an RSS, Atom or JSON feed to warm from (repeatable)"
    )
    site_add.add_argument(
        "--sitemap", action="append", help="a sitemap to warm from (repeatable; Google News too)"
    )
    site_add.add_argument("--www", action="store_true", help="cover the host's www. twin too")
    site_add.add_argument(
        "--no-check",
        action="store_true",
        help="add its feeds and sitemaps without fetching them first (one not up yet); by default each is"
        " fetched once and refused unless it is a feed or sitemap",
    )
    site_add.add_argument(
        "--summarizer",
        type=_summarizer_name,
        help="default summarizer of its summaries (default: the service's)",
    )
    site_add.add_argument(
        "--sentences", type=_site_sentences, default=3, help="sentences of its summaries (default 3)"
    )
    site_add.add_argument(
        "--public-url",
        type=_public_url,
        help="where its pages reach nutgraf, for the snippet (default: $NUTGRAF_PUBLIC_URL)",
    )
    site_update = site_actions.add_parser(
        "update",
        help="change a site's origins, defaults, feeds or sitemaps (a serving nutgraf applies it within 5 s)",
        parents=[store_option],
    )
    site_update.add_argument("id", help=SITE_ID_HELP)
    site_update.add_argument(
        "--origin",
        type=_origin,
        action="append",
        help="an origin whose pages embed the widget (repeatable; the list replaces the site's)",
    )
    site_update.add_argument(
        "--add-origin",
        type=_origin,
        action="append",
        metavar="ORIGIN",
        help="an origin to embed the widget too, the others kept (repeatable)",
    )
    site_update.add_argument(
        "--remove-origin",
        type=_origin,
        action="append",
        metavar="ORIGIN",
        help="an origin to embed it no longer (repeatable; the last one stays: `sites disable` switches"
        " the button off)",
    )
    site_update.add_argument(
        "--summarizer", type=_summarizer_name, help="default summarizer of its summaries"
    )
    site_update.add_argument("--sentences", type=_site_sentences, help="sentences of its summaries")
    for kind, what in (("feed", "an RSS, Atom or JSON feed"), ("sitemap", "a sitemap")):
        site_update.add_argument(
            f"--add-{kind}", action="append", metavar="URL", help=f"{what} to warm from too (repeatable)"
        )
        site_update.add_argument(
            f"--remove-{kind}",
            action="append",
            metavar="URL",
            help=f"{what} of the site to warm from no longer (repeatable; its articles stay)",
        )
    site_update.add_argument(
        "--no-check",
        action="store_true",
        help="add its feeds and sitemaps without fetching them first (one not up yet); by default each is"
        " fetched once and refused unless it is a feed or sitemap",
    )
    site_list = site_actions.add_parser("list", help="list the sites and their feeds", parents=[store_option])
    site_list.add_argument("--json", action="store_true", help="print JSON")
    for action, help_text in (
        ("remove", "remove a site, its feeds and flags (its articles stay)"),
        ("enable", "switch a site's button on"),
        ("disable", "switch a site's button off"),
    ):
        site_actions.add_parser(action, help=help_text, parents=[store_option]).add_argument(
            "id", help=SITE_ID_HELP
        )
    site_flags = site_actions.add_parser(
        "flags", help="the problems a site's readers flagged", parents=[store_option]
    )
    site_flags.add_argument("id", help=SITE_ID_HELP)
    site_flags.add_argument(
        "--limit", type=_positive_int, default=100, help="newest first, at most this many (default 100)"
    )
    site_flags.add_argument("--json", action="store_true", help="print JSON")
    sites.set_defaults(run=_cmd_sites)

    articles = commands.add_parser(
        "articles",
        help="read the stored articles: list them (filtered, searched, with summaries) or show one",
        description="The articles in the store (from feeds, the reader's form and the API), as a table,"
        " JSON Lines, CSV or a Markdown digest. Summaries are the default ones the API gives, made and"
        " stored when missing.",
    )
    articles.add_argument("--database", help=database_help)
    article_actions = articles.add_subparsers(dest="action", required=True, metavar="ACTION")
    article_list = article_actions.add_parser(
        "list",
        help="the stored articles, newest first, filtered as GET /api/articles",
        parents=[store_option],
    )
    article_list.add_argument(
        "--site", help="only this site's: its host (news.example, www. or not) or its name (Valley Courier)"
    )
    article_list.add_argument(
        "--feed", type=_positive_int, help="only this feed's (its id, as `nutgraf feeds list` shows it)"
    )
    article_list.add_argument("--language", help="only those in this language (ISO 639: en, de)")
    article_list.add_argument(
        "--since",
        type=_since,
        metavar="TIME",
        help="only those stored at or after TIME: ISO 8601 (2026-12-04, 2026-12-04T06:00+01:00; UTC unless"
        " it says) or an age (24h, 2d, 90m)",
    )
    article_list.add_argument(
        "--search",
        metavar="WORDS",
        # Its bounds (words, characters) are the store's, said when a search passes them: importing the
        # store here would slow every command's start.
        help="only those whose title or text holds each of these words, in any case",
    )
    article_list.add_argument(
        "--limit",
        type=_listed_count,
        default=20,
        help=f"at most this many, the newest (default 20; at most {MAX_LISTED:,})",
    )
    article_list.add_argument(
        "--summaries",
        action="store_true",
        help="with each article's default summary (made and stored when it has none yet)",
    )
    article_show = article_actions.add_parser(
        "show", help="one stored article, cleaned, with its default summary", parents=[store_option]
    )
    article_show.add_argument(
        "id", type=_positive_int, help="the article's id, as `nutgraf articles list` shows it"
    )
    for action in (article_list, article_show):
        action.add_argument(
            "--format",
            choices=ARTICLE_FORMATS,
            default="table",
            help="table: for the terminal (default); jsonl: one JSON object a line; csv: with a header;"
            " markdown: titles linked to the articles, with their summaries (a digest)",
        )
    articles.set_defaults(run=_cmd_articles)

    listing = commands.add_parser("summarizers", help="list the registered summarizers")
    listing.set_defaults(run=_cmd_summarizers)
    # Each command's own parser, to refuse an unknown option with that command's usage (see main).
    for command in (
        *commands.choices.values(),
        *feed_actions.choices.values(),
        *site_actions.choices.values(),
        *article_actions.choices.values(),
    ):
        command.set_defaults(command_parser=command)
    return parser


#: Options a user may reach for under another name: nutgraf calls its engines summarizers.
_OTHER_NAMES = {"--engine": "--summarizer"}


def _refuse_unknown_arguments(
    root: argparse.ArgumentParser, parser: argparse.ArgumentParser, unknown: list[str]
) -> NoReturn:
    """Exit with status 2 as argparse does, but with the usage of the command that was run (argparse
    shows the top-level one, which lists no option) and what a wrong option was meant to be: the commands
    that have it (``--workers`` given to ``summarize`` is ``batch``'s), else a near spelling of one of this
    command's."""
    # argparse keeps no public list of a parser's option strings.
    known = list(parser._option_string_actions)
    hints = []
    for argument in unknown:
        name = argument.partition("=")[0]
        if not name.startswith("-"):
            continue
        meant = _OTHER_NAMES.get(name)
        owners = [
            f"`{other.prog}`" for other in _command_parsers(root) if name in other._option_string_actions
        ]
        if owners:
            here = f"; here the engine is {meant}" if meant in known else ""
            listed = " and ".join((", ".join(owners[:-1]), owners[-1]) if owners[:-1] else owners)
            hints.append(f"{name} is an option of {listed}{here}")
            continue
        close = [meant] if meant in known else difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        hints += [f"{name}: did you mean {close[0]}?"] if close else []
    parser.error(f"unrecognized arguments: {' '.join(unknown)}{''.join(f' ({hint})' for hint in hints)}")


def _add_page_arguments(command: argparse.ArgumentParser) -> None:
    """``--url`` and ``--title``, as ``nutgraf.extract``, the HTTP API's bodies and batch's records take them:
    a saved page's address (its site, its links) and the article's title over the page's own."""
    command.add_argument(
        "--url",
        type=_public_url,  # an http(s) address, checked as any other the command line takes
        help="the address a saved page or text was at (its site, its canonical link); not with a URL",
    )
    command.add_argument("--title", help="the article's title, over the one the page or text gives")


def _command_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parsers of ``parser``'s commands and their actions (``nutgraf feeds add``), depth first."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):  # an alias names its parser again
                yield command
                yield from _command_parsers(command)


def _version() -> str:
    return __version__
