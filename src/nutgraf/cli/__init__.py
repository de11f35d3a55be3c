"""The ``nutgraf`` command line: a thin layer over the library.

Each command reads its input, calls the library and prints the result. Errors nutgraf anticipates print
one line to stderr (``nutgraf: error: ...``) and exit with status 1; bad usage exits with 2, Ctrl-C with
130 (the README lists the commands' own statuses).
"""

from __future__ import annotations

import argparse
import codecs
import difflib
import json
import math
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn

from nutgraf.article import Article, Summary
from nutgraf.check import DEFAULT_THRESHOLD, REASON_TERMS, Evidence
from nutgraf.decode import MAX_INPUT_BYTES
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
from nutgraf.errors import InputTooLargeError, InvalidInputError, NutgrafError
from nutgraf.keyphrases import MAX_KEYPHRASES, check_top
from nutgraf.version import __version__
from nutgraf.wording import counted

if TYPE_CHECKING:
    from nutgraf.settings import Settings
    from nutgraf.store import Store, StoredFeed

FORMATS = ("text", "json", "markdown")


def read_input(path: str) -> bytes:
    """The bytes of a file, or of standard input for ``-``; no more than nutgraf takes.

    Reading stops past :data:`~nutgraf.decode.MAX_INPUT_BYTES`, so an endless stream (``/dev/zero``, a
    runaway pipe) is an error, not a machine out of memory.
    """
    if path == "-":
        if sys.stdin is None:
            raise InvalidInputError("standard input is closed; give a file or a URL")
        if sys.stdin.isatty():  # a user who gave no file would otherwise see nothing happen
            print("nutgraf: reading the article from the terminal; end it with Ctrl-D", file=sys.stderr)
        return _read_capped(sys.stdin.buffer, "standard input")
    shown = path if len(path) <= 80 else f"{path[:77]}..."
    try:
        with Path(path).open("rb") as stream:
            return _read_capped(stream, shown)
    except FileNotFoundError:
        if _looks_like_an_address(path):
            raise InvalidInputError(
                f"no such file: {shown}; to fetch a web page, give its whole URL: https://{shown}"
            ) from None
        raise InvalidInputError(
            f"no such file: {shown} (to give text, pipe it in and give - instead)"
        ) from None
    except IsADirectoryError:
        raise InvalidInputError(
            f"{shown} is a directory; give a file, a URL or - for standard input (to summarize every page"
            f" in it: nutgraf batch {shlex.quote(shown)} --output OUT.jsonl)"
        ) from None
    except OSError as exc:  # a name too long, no permission
        raise InvalidInputError(
            f"cannot read {shown}: {exc.strerror} (to give text, pipe it in and give - instead)"
        ) from None


def _looks_like_an_address(path: str) -> bool:
    """Whether a path that names no file reads as a web address typed without its scheme
    (``www.example.com/story``, ``example.com/news/1``): a host name with a dot, then a path."""
    host, separator, _ = path.partition("/")
    return host.startswith("www.") or (
        bool(separator) and "." in host.strip(".") and " " not in host and not Path(host).exists()
    )


def _read_capped(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"{name} holds more than {MAX_INPUT_BYTES:,} bytes, the most nutgraf reads")
    return data


def is_url(path: str) -> bool:
    """Whether a command-line input is a URL (``scheme://...``) rather than a file; fetching refuses
    schemes other than http(s) with a clear message."""
    scheme, separator, _ = path.partition("://")
    return bool(separator) and scheme.isascii() and scheme.isalpha()


def read_article(path: str) -> Article:
    """The article in a file, on standard input (``-``) or at a URL."""
    if is_url(path):
        from nutgraf.pipeline import fetch_article

        return fetch_article(path)
    from nutgraf.extract import extract

    return extract(read_input(path))


def render_article(article: Article, output_format: str) -> str:
    if output_format == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)
    if output_format == "markdown":
        heading = f"# {article.title}\n\n" if article.title else ""
        details = [article.byline, article.published.date().isoformat() if article.published else None]
        details += [article.site, article.url]
        line = " · ".join(d for d in details if d)
        return heading + (f"*{line}*\n\n" if line else "") + article.text
    return (f"{article.title}\n\n" if article.title else "") + article.text


def _cmd_extract(args: argparse.Namespace) -> int:
    print(render_article(read_article(args.input), args.format))
    return 0


def render_summary(summary: Summary, output_format: str, *, show_evidence: bool = False) -> str:
    """The summary in ``output_format``; text and Markdown add the evidence when ``show_evidence``, and
    the keyphrases when they were asked for (JSON always carries what the summary holds)."""
    if output_format == "json":
        return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
    evidence = summary.evidence if show_evidence else None
    tags = ", ".join(k.text for k in summary.keyphrases) if summary.keyphrases is not None else None
    if output_format == "markdown":
        title = summary.article.title if summary.article and summary.article.title else "Summary"
        bullets = "\n".join(f"- {s.text}" for s in summary.sentences)
        reduced = summary.reduction.describe() if summary.reduction and summary.sentences else None
        about = "".join(f"\n\n*{line}*" for line in (reduced, *summary.notes) if line)
        about += f"\n\n**Keyphrases:** {tags}" if tags else ""
        if evidence is None:
            return f"## {title}\n\n{bullets}{about}"
        return f"## {title}\n\n{bullets}{about}\n\n### Evidence\n\n{_evidence_markdown(evidence, summary.source)}"
    if evidence is not None:
        text = render_evidence(evidence, summary.source)
    else:
        marker = "- " if summary.form == "key_points" else ""
        text = "\n".join(f"{marker}{s.text}" for s in summary.sentences)
    # After a blank line, so that the sentences stay one a line above it.
    return f"{text}\n\nKeyphrases: {tags}" if tags else text


def _cmd_summarize(args: argparse.Namespace) -> int:
    from nutgraf.pipeline import summarize

    summary = summarize(
        read_article(args.input) if is_url(args.input) else read_input(args.input),
        summarizer=args.summarizer,
        language=args.language,
        evidence=True if args.evidence else None,
        strict=args.strict,
        **summary_options(args).arguments(),
        **({"model": args.model} if args.model else {}),
    )
    print(render_summary(summary, args.format, show_evidence=args.evidence or args.strict))
    if args.format == "text":
        for note in summary.notes:  # on stderr: standard output stays the summary, one sentence a line
            print(f"nutgraf: note: {note}", file=sys.stderr)
    return 0


def summary_options(args: argparse.Namespace) -> SummaryOptions:
    """The summary ``--sentences``, ``--words``, ``--length``, ``--form``, ``--output-language``,
    ``--avoid`` and ``--keyphrases`` ask for (``--words`` alone is a budget in words only)."""
    return SummaryOptions(
        sentences=args.sentences,
        words=args.words,
        length=args.length,
        form=args.form,
        output_language=args.output_language,
        avoid=tuple(name for names in args.avoid or () for name in names),
        keyphrases=args.keyphrases,
    )


def _cmd_keyphrases(args: argparse.Namespace) -> int:
    from nutgraf.extract import as_article
    from nutgraf.keyphrases import keyphrases

    # Cleaned here, once, so that JSON can give the text the spans point into.
    article = as_article(read_article(args.input) if is_url(args.input) else read_input(args.input))
    found = keyphrases(article, top=args.top, language=args.language)
    if args.format == "json":
        data = {"keyphrases": [k.to_dict() for k in found], "article": article.to_dict()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif found:
        print("\n".join(k.text for k in found))
    else:
        _say_empty("the article has no keyphrases (no run of content words)")
    return 0


def _evidence_markdown(evidence: Evidence, source: str) -> str:
    lines = []
    for sentence in evidence.sentences:
        if sentence.supported is None:
            lines.append(f"- not checked: {sentence.text}")
            continue
        mark = "supported" if sentence.supported else "**not supported**"
        lines.append(f"- {mark} ({sentence.score:.2f}): {sentence.text}")
        lines.extend(f"  > {source[start:end]}" for start, end in sentence.evidence)
        if not sentence.supported and sentence.reason:
            lines.append(f"  - why: {sentence.reason}")
    lines.append(f"\n*{_verdict(evidence).capitalize()}.*")
    return "\n".join(lines)


def _verdict(evidence: Evidence) -> str:
    if not evidence.checked:
        return f"not checked: {evidence.sentences[0].reason}" if evidence.sentences else "not checked"
    if evidence.dropped and not evidence.sentences:
        return f"no sentence left: the article supports none of the {evidence.dropped} written"
    if evidence.dropped:
        return f"{counted(evidence.dropped, 'sentence')} the article does not support left out"
    return "every sentence is supported" if evidence.supported else "some sentences are not supported"


def render_evidence(evidence: Evidence, source: str) -> str:
    """Each checked sentence with its verdict, score, backing article sentences and unsupported terms."""
    lines = []
    for sentence in evidence.sentences:
        if sentence.supported is None:
            lines.append(f"[not checked] {sentence.text}")
            continue
        mark = "supported" if sentence.supported else "UNSUPPORTED"
        lines.append(f"[{mark} {sentence.score:.2f}] {sentence.text}")
        lines.extend(f"    evidence: {source[start:end]}" for start, end in sentence.evidence)
        if not sentence.supported and sentence.reason:
            # Every reason (a contradiction, a sentence pieced together), not just the missing terms.
            lines.append(f"    why: {sentence.reason}")
        if len(sentence.unsupported) > REASON_TERMS:  # the reason names the first few only
            lines.append(f"    not in the article: {', '.join(sentence.unsupported)}")
    lines.append(f"({_verdict(evidence)}; threshold {evidence.threshold})")
    return "\n".join(lines)


def _cmd_check(args: argparse.Namespace) -> int:
    from nutgraf.check import check

    summary_path = args.summary or "-"
    if args.text is not None and args.summary is not None:
        raise InvalidInputError("give the summary as a file or with --text, not both")
    if args.text is None and args.article == "-" and summary_path == "-":
        raise InvalidInputError(
            "the article and the summary cannot both come from standard input; give one as a file"
        )
    article = read_article(args.article)
    summary = args.text if args.text is not None else read_input(summary_path)
    evidence = check(article, summary, language=args.language, threshold=args.threshold)
    if args.format == "json":
        print(json.dumps({"article": article.text, **evidence.to_dict()}, ensure_ascii=False, indent=2))
    else:
        print(render_evidence(evidence, article.text))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from nutgraf.evaluate import evaluate_groups, format_table

    for name in args.data:
        data = Path(name)
        if not data.is_file():
            what = "is a directory, not a file" if data.is_dir() else "does not exist"
            raise InvalidInputError(
                f"{name} {what}; give a JSONL file with `article` and `reference` per line"
            )
    groups = [
        group
        for name in args.data
        for group in evaluate_groups(
            name,
            args.summarizer or ["default"],
            by=args.by,
            limit=args.limit,
            sentences=args.sentences,
            oracle=not args.no_oracle,
        )
    ]
    if args.by is not None and not any(g.grouped for g in groups):
        raise InvalidInputError(f"no record of {', '.join(args.data)} has the field `{args.by}` to group by")
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
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from nutgraf.batch import run_batch
    from nutgraf.batch.local import FROM_COMMAND

    started_here = FROM_COMMAND.set(True)
    try:
        report = run_batch(
            args.inputs,
            args.output,
            engine=args.engine,
            workers=args.workers,
            summarizer=args.summarizer,
            **summary_options(args).arguments(),
            strict=args.strict,
            ray_address=args.ray_address,
            chunk_records=args.chunk_size,
            progress=False if args.no_progress else None,
        )
    except KeyboardInterrupt:
        print("nutgraf: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    finally:
        FROM_COMMAND.reset(started_here)
    print(report.format(), file=sys.stderr)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from nutgraf.web import Settings, serve

    settings = Settings.from_env(database_url=args.database, background=False if args.no_background else None)
    settings = replace(settings, allowed_hosts=(*settings.allowed_hosts, *args.allowed_host))
    serve(settings, host=args.host, port=args.port, workers=args.workers)
    return 0


def _cmd_worker(args: argparse.Namespace) -> int:
    from nutgraf.settings import Settings
    from nutgraf.worker import run_worker

    run_worker(Settings.from_env(database_url=args.database))
    return 0


def _cmd_feeds(args: argparse.Namespace) -> int:
    from nutgraf.feeds import lease_kind, poll_feed, subscribe
    from nutgraf.settings import Settings
    from nutgraf.store import Store

    settings = Settings.from_env(database_url=args.database)
    store = Store.open(settings.database_url)
    try:
        if args.action == "add":
            feed, created = subscribe(
                store, args.url, interval_minutes=args.interval, fetch_settings=settings.fetch_settings()
            )
            print(f"{'added' if created else 'already subscribed:'} feed {feed.id} {feed.url}")
            if not created and feed.interval_s != args.interval * 60:
                # The interval asked for is not taken silently for the one the feed has.
                print(
                    f"it is polled every {counted(feed.interval_s // 60, 'minute')}, not {args.interval}; remove it"
                    f" (nutgraf feeds remove {feed.id}) and add it again to change that"
                )
        elif args.action == "list":
            listed = store.list_feeds()
            if args.json:
                print(json.dumps([f.to_dict() for f in listed], indent=2))
            elif not listed:
                _say_empty("no feeds yet; add one with: nutgraf feeds add URL")
            for f in [] if args.json else listed:
                print(
                    f"{f.id}\t{f.url}\t{f.title or ''}\t{_poll_state(f)}\tnext {f.next_poll_at:%Y-%m-%d %H:%M} UTC"
                )
        elif args.action == "remove":
            if not store.remove_feed(args.id):
                raise InvalidInputError(f"no feed with id {args.id}; `nutgraf feeds list` shows them")
            print(f"removed feed {args.id}")
        else:
            chosen = [store.get_feed(i) for i in args.ids] if args.ids else store.list_feeds()
            missing = [i for i, f in zip(args.ids, chosen, strict=False) if f is None]
            if missing:
                raise InvalidInputError(f"no feed with id {missing[0]}; `nutgraf feeds list` shows them")
            failed = False
            for feed in filter(None, chosen):
                # Claimed as a worker claims it, so that a feed a worker is polling is not polled twice.
                lease = store.claim(lease_kind(store, feed.id), feed.id)
                if lease is None:
                    print(f"feed {feed.id} {feed.url}: another process is polling it now; skipped")
                    continue
                try:
                    with store.fenced(lease):
                        result = poll_feed(store, feed, fetch_settings=settings.fetch_settings())
                finally:
                    store.release(lease)
                failed |= result.status == "failed"
                print(
                    f"feed {feed.id} {feed.url}: {result.error or result.status.replace('_', ' ')}, "
                    f"{counted(len(result.new_articles), 'new article')}, {counted(len(result.failed_items), 'item')} failed"
                )
            return 1 if failed else 0
    finally:
        store.close()
    return 0


#: Where ``nutgraf sites add`` says the widget is served when neither --public-url nor NUTGRAF_PUBLIC_URL
#: says (``nutgraf serve``'s default address).
LOCAL_URL = "http://127.0.0.1:8000"


def _cmd_sites(args: argparse.Namespace) -> int:
    from nutgraf.settings import Settings
    from nutgraf.store import Store

    settings = Settings.from_env(database_url=args.database)
    store = Store.open(settings.database_url)
    try:
        if args.action == "add":
            _add_site(store, args, settings)
        elif args.action == "list":
            _list_sites(store, args.json)
        elif args.action == "remove":
            if not store.remove_site(args.id):
                raise InvalidInputError(f"no site with id {args.id!r}; `nutgraf sites list` shows them")
            print(f"removed site {args.id} (its feeds and sitemaps too; its articles stay)")
        elif args.action in ("enable", "disable"):
            if store.update_site(args.id, enabled=args.action == "enable") is None:
                raise InvalidInputError(f"no site with id {args.id!r}; `nutgraf sites list` shows them")
            print(f"site {args.id}: the button is switched {'on' if args.action == 'enable' else 'off'}")
        else:
            if store.get_site(args.id) is None:
                raise InvalidInputError(f"no site with id {args.id!r}; `nutgraf sites list` shows them")
            flags = store.list_flags(args.id, limit=args.limit)
            if args.json:
                print(json.dumps([flag.to_dict() for flag in flags], ensure_ascii=False, indent=2))
            elif not flags:
                _say_empty(f"no problems flagged on site {args.id}'s pages yet")
            for flag in [] if args.json else flags:
                note = " ".join((flag.note or "").split())
                print(
                    f"{flag.created_at:%Y-%m-%d %H:%M}\t{flag.reason}\t{flag.summarizer}\t{flag.url}\t{note}"
                )
    finally:
        store.close()
    return 0


def _add_site(store: Store, args: argparse.Namespace, settings: Settings) -> None:
    from nutgraf.sites.registry import register_site, snippet

    site = register_site(
        store,
        args.url,
        site_id=args.id,
        origins=args.origin or (),
        feeds=args.feed or (),
        sitemaps=args.sitemap or (),
        www=args.www,
        summarizer=args.summarizer or settings.summarizer,
        sentences=args.sentences,
        fetch_settings=settings.fetch_settings(),
    )
    base = (args.public_url or settings.public_url or LOCAL_URL).rstrip("/")
    print(f"added site {site.id}: pages on {', '.join(site.hosts)}, embedded by {', '.join(site.origins)}")
    print(f"\nPaste this where the button belongs on your article pages:\n\n{snippet(base, site.id)}\n")
    print(f"Install page (snippet, preview, flags): {base}/sites/{site.id}")
    if not (args.public_url or settings.public_url):
        print(f"({base} is where `nutgraf serve` listens by default; give --public-url for your address)")
    elif _blocked_as_mixed_content(base, site.origins):
        print(
            f"nutgraf: note: browsers refuse {base}/embed.js on https pages (mixed content), and the site's "
            "pages are all https; give --public-url https://... (the address of nutgraf behind TLS)",
            file=sys.stderr,
        )


#: Hosts an https page may load a script from over plain http: the browser's own machine.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _blocked_as_mixed_content(base: str, origins: Sequence[str]) -> bool:
    """Whether the snippet's script at ``base`` is one no page of ``origins`` may load: http from a host
    not the browser's own, on pages all https."""
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    plain = parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS
    return plain and all(origin.startswith("https:") for origin in origins)


def _list_sites(store: Store, as_json: bool) -> None:
    sites = store.list_sites()
    if as_json:
        listed = [{**s.to_dict(), "sources": [x.to_dict() for x in store.site_sources(s.id)]} for s in sites]
        print(json.dumps(listed, indent=2))
        return
    if not sites:
        _say_empty("no sites yet; add one with: nutgraf sites add URL")
    for site in sites:
        state = "on" if site.enabled else "off"
        print(
            f"{site.id}\t{state}\t{','.join(site.hosts)}\t{','.join(site.origins)}\t{counted(store.count_flags(site.id), 'flag')}"
        )
        for source in store.site_sources(site.id):
            skipped = f", {source.skipped} skipped outside the hosts" if source.skipped else ""
            print(f"  {source.kind} {source.feed.url}: {_poll_state(source.feed)}{skipped}")


def _say_empty(note: str) -> None:
    """Say that a list is empty, on stderr as summarize's notes: standard output stays one item a line
    (none), and an empty output alone reads as a command that did nothing."""
    print(f"nutgraf: note: {note}", file=sys.stderr)


def _poll_state(feed: StoredFeed) -> str:
    """How a feed's (or sitemap's) last poll went; a failing one says why, so that its subscriber can fix
    the address or drop it."""
    failures = f" ({counted(feed.failures, 'failure')})" if feed.failures else ""
    error = f": {feed.last_error}" if feed.last_error else ""
    return f"{feed.last_status or 'never polled'}{failures}{error}"


def _cmd_summarizers(args: argparse.Namespace) -> int:
    from nutgraf.pipeline import summarizers

    print("\n".join(summarizers()))
    return 0


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
        raise argparse.ArgumentTypeError(str(exc).replace("output_language", "an output language")) from None


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nutgraf", description="Clean news articles and summarize them.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    summarize = commands.add_parser("summarize", help="summarize an article (a file, a URL or - for stdin)")
    summarize.add_argument(
        "input", nargs="?", default="-", help="article file, URL, or - (default) for stdin"
    )
    add_summary_options(summarize)
    summarize.add_argument("--summarizer", default="default", help="engine name (see `nutgraf summarizers`)")
    summarize.add_argument(
        "--language", help="the article's language, ISO 639 (en, de, eng...); detected when left out"
    )
    summarize.add_argument("--format", choices=FORMATS, default="text")
    summarize.add_argument("--model", help="model for abstractive engines (transformers: a local directory)")
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
    keyphrases.add_argument(
        "--top",
        type=_whole_number(check_top),
        default=10,
        help=f"how many, 1 to {MAX_KEYPHRASES} (default 10; fewer when the article has fewer)",
    )
    keyphrases.add_argument(
        "--language", help="the article's language, ISO 639 (en, de, eng...); detected when left out"
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
    check.add_argument("--language", help="ISO 639 code (en, de, eng...); detected when left out")
    check.add_argument(
        "--threshold",
        type=_share,
        default=DEFAULT_THRESHOLD,
        help=f"support score needed (default {DEFAULT_THRESHOLD})",
    )
    check.add_argument("--format", choices=("text", "json"), default="text")
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
        "--summarizer", action="append", help="engine to score (repeatable; default: default)"
    )
    evaluate.add_argument("--limit", type=_positive_int, help="only the first N articles of each file")
    evaluate.add_argument(
        "--by", metavar="FIELD", help="one table per value of this record field (an outlet, a section)"
    )
    evaluate.add_argument("--sentences", type=_positive_int, default=3, help="summary length (default 3)")
    evaluate.add_argument("--no-oracle", action="store_true", help="skip the (slower) greedy oracle")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
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
        "--output", "-o", required=True, help="output .jsonl file, or .parquet directory (needs [parquet])"
    )
    batch.add_argument(
        "--engine",
        type=_batch_engine,
        metavar="{" + ",".join(BATCH_ENGINES) + "}",
        default="local",
        help="local processes (default) or ray",
    )
    batch.add_argument("--workers", type=_positive_int, help="processes or Ray tasks at once (default: CPUs)")
    batch.add_argument("--summarizer", default="default", help="engine name (see `nutgraf summarizers`)")
    add_summary_options(batch)
    batch.add_argument(
        "--strict",
        action="store_true",
        help="drop summary sentences the article does not support; each record carries its evidence",
    )
    batch.add_argument("--ray-address", help="Ray cluster to join (default: start a local Ray)")
    batch.add_argument(
        "--chunk-size", type=_positive_int, default=32, help="records sent to a worker at once (default 32)"
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    batch.set_defaults(run=_cmd_batch)

    extract = commands.add_parser(
        "extract", help="the clean article in a page (an HTML or text file, a URL or - for stdin)"
    )
    extract.add_argument("input", nargs="?", default="-", help="page file, URL, or - (default) for stdin")
    extract.add_argument("--format", choices=FORMATS, default="text")
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
        help="processes serving the port (default 1; about one per CPU core for more throughput)",
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
    feed_add.add_argument("url")
    feed_add.add_argument(
        "--interval",
        type=_positive_int,
        default=30,
        help="minutes between polls, 1 to 10,080 (a week; default 30)",
    )
    feed_list = feed_actions.add_parser(
        "list", help="list feeds and their polling state", parents=[store_option]
    )
    feed_list.add_argument("--json", action="store_true", help="print JSON")
    feed_remove = feed_actions.add_parser(
        "remove", help="unsubscribe (stored articles stay)", parents=[store_option]
    )
    feed_remove.add_argument("id", type=_positive_int)
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
    site_add.add_argument("--summarizer", help="default summarizer of its summaries (default: the service's)")
    site_add.add_argument(
        "--sentences", type=_positive_int, default=3, help="sentences of its summaries (default 3)"
    )
    site_add.add_argument(
        "--public-url",
        type=_public_url,
        help="where its pages reach nutgraf, for the snippet (default: $NUTGRAF_PUBLIC_URL)",
    )
    site_list = site_actions.add_parser("list", help="list the sites and their feeds", parents=[store_option])
    site_list.add_argument("--json", action="store_true", help="print JSON")
    for action, help_text in (
        ("remove", "remove a site, its feeds and flags (its articles stay)"),
        ("enable", "switch a site's button on"),
        ("disable", "switch a site's button off"),
    ):
        site_actions.add_parser(action, help=help_text, parents=[store_option]).add_argument("id")
    site_flags = site_actions.add_parser(
        "flags", help="the problems a site's readers flagged", parents=[store_option]
    )
    site_flags.add_argument("id")
    site_flags.add_argument(
        "--limit", type=_positive_int, default=100, help="newest first, at most this many"
    )
    site_flags.add_argument("--json", action="store_true", help="print JSON")
    sites.set_defaults(run=_cmd_sites)

    listing = commands.add_parser("summarizers", help="list the registered summarizers")
    listing.set_defaults(run=_cmd_summarizers)
    # Each command's own parser, to refuse an unknown option with that command's usage (see main).
    for command in (
        *commands.choices.values(),
        *feed_actions.choices.values(),
        *site_actions.choices.values(),
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


def _command_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parsers of ``parser``'s commands and their actions (``nutgraf feeds add``), depth first."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):  # an alias names its parser again
                yield command
                yield from _command_parsers(command)


def _version() -> str:
    return __version__


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
    # Only where Python's own default stands: a handler the user chose (PYTHONIOENCODING=ascii:replace)
    # is theirs.
    if getattr(sys.stdout, "errors", None) == "strict" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="nutgraf-output")
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
    except OSError as exc:  # writing the output: a full disk, a closed descriptor
        print(f"nutgraf: error: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
