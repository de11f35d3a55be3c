"""The commands on one article: ``extract``, ``summarize``, ``keyphrases`` and ``check``, and
``summarizers``, the names ``summarize --summarizer`` takes."""

from __future__ import annotations

import argparse
import json
import sys

from nutgraf.cli.arguments import summary_options
from nutgraf.cli.inputs import read_article, read_input
from nutgraf.cli.render import _say_empty, render_article, render_evidence, render_summary
from nutgraf.errors import InvalidInputError


def _cmd_extract(args: argparse.Namespace) -> int:
    print(render_article(read_article(args.input, url=args.url, title=args.title), args.format))
    return 0


def _cmd_summarize(args: argparse.Namespace) -> int:
    from nutgraf.engines import get_summarizer
    from nutgraf.pipeline import summarize

    model = {"model": args.model} if args.model else {}
    # Built before the article is read: an engine that cannot work (the llm one with no server set) says
    # so at once, where it had said so after the page was fetched. Building one loads no model.
    get_summarizer(args.summarizer, **model)
    summary = summarize(
        read_article(args.input, url=args.url, title=args.title),
        summarizer=args.summarizer,
        language=args.language,
        evidence=True if args.evidence else None,
        strict=args.strict,
        **summary_options(args).arguments(),
        **model,
    )
    print(render_summary(summary, args.format, show_evidence=args.evidence or args.strict))
    if args.format == "text":
        for note in summary.notes:  # on stderr: standard output stays the summary, one sentence a line
            print(f"nutgraf: note: {note}", file=sys.stderr)
    return 0


def _cmd_keyphrases(args: argparse.Namespace) -> int:
    from nutgraf.extract import as_article
    from nutgraf.keyphrases import keyphrases

    # Cleaned here, once, so that JSON can give the text the spans point into.
    article = as_article(read_article(args.input, url=args.url, title=args.title))
    found = keyphrases(article, top=args.top, language=args.language)
    if args.format == "json":
        data = {"keyphrases": [k.to_dict() for k in found], "article": article.to_dict()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif found:
        print("\n".join(k.text for k in found))
    else:
        _say_empty("the article has no keyphrases (no run of content words)")
    return 0


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


def _cmd_summarizers(args: argparse.Namespace) -> int:
    from nutgraf.pipeline import summarizers

    print("\n".join(summarizers()))
    return 0
