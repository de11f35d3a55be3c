"""The CPU time of ``nutgraf.extract`` on the worst pages we could build at the page bounds.

Each page is about 2 MB (the character cut, ``MAX_HTML_CHARS``) or 20,000 elements (``MAX_ELEMENTS``) of one
kind: one-word paragraphs, bare ``<div>``s, links, list items, table cells, ``<br>``-separated lines, one
paragraph, 200,000 nested ``<div>``s; lines that read as no article (the whole fallback chain runs, with
trafilatura's full mode up to its bound); an article followed by 2 MB of what trafilatura or readability
drops; and realistic heavy pages (a live blog of 3,000 posts, 5,000 comments after an article, a table
layout, 20,000 links and 8,000 paragraphs in 4.6 MB). Each is extracted with
``url="https://example.com/a"`` after a warm-up, and the least of ``--runs`` timings of the extracting
thread's CPU time (:func:`time.thread_time`) is printed with what came out. Goal: every page under 2 s.

Run::

    python bench/worst_pages_bench.py                    # about a minute
    python bench/worst_pages_bench.py --profile bare-divs  # also cProfile's top functions for one page

Exits 1 when a page takes 2 s or more.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable

import nutgraf
from nutgraf.errors import ExtractionTimeoutError, NoArticleFound

GOAL_SECONDS = 2.0
SIZE = 2_000_000
URL = "https://example.com/a"
ARTICLE = "".join(
    f"<p>Paragraph {n} of the report says the council met on Tuesday to discuss the harbour bridge, and"
    " that the vote on its future was put off until the spring.</p>"
    for n in range(8)
)


def page(body: str) -> str:
    return f"<html><head><title>Bridge vote put off</title></head><body>{body}</body></html>"


def fill(unit: Callable[[int], str], size: int = SIZE) -> str:
    """``unit(0)``, ``unit(1)``... run together up to ``size`` characters."""
    parts, total = [], 0
    while total < size:
        parts.append(unit(len(parts)))
        total += len(parts[-1])
    return "".join(parts)


def words(count: int, length: int) -> str:
    """``count`` distinct words of ``length`` characters, no punctuation: lines that end no sentence."""
    return " ".join(f"w{n:0{length - 1}d}" for n in range(count))


def live_blog() -> str:
    def post(n: int) -> str:
        hour, minute = n % 24, n % 60
        return (
            f'<div class="post" id="p{n}"><time datetime="2024-05-01T{hour:02d}:{minute:02d}">'
            f"{hour:02d}:{minute:02d}</time><h3>Update {n}</h3><p>Officials said that the fire near"
            f' <a href="/place/{n}">site {n}</a> had spread another {n % 17} hectares overnight, and that'
            f' crews from <a href="/town/{n % 50}">town {n % 50}</a> were on their way. Residents were told'
            f' to stay indoors.</p><a href="/share/{n}">Share</a> <a href="/post/{n}">Link to this post</a></div>'
        )

    return page(f"<main><h1>Live: fire updates</h1>{fill(post)}</main>")


def comments() -> str:
    thread = "".join(
        f'<div class="comment" id="c{n}"><div class="author"><a href="/u/{n}">user{n}</a></div>'
        f'<div class="body">I think point {n} is right, the council should have voted this time.</div>'
        f'<div class="meta"><a href="#reply{n}">Reply</a> <span>{n} likes</span></div></div>'
        for n in range(5_000)
    )
    return page(
        f"<article><h1>Bridge vote put off</h1>{ARTICLE}</article><section id='comments'>{thread}</section>"
    )


def table_layout() -> str:
    rows = "".join(
        f'<tr><td width="10%"><a href="/nav/{n}">Nav {n}</a></td><td><table><tr><td><font size="2">Row {n}'
        f" of the old report: the council met on Tuesday to discuss the bridge.</font></td></tr></table></td>"
        f'<td><img src="/spacer.gif" width="1"></td></tr>'
        for n in range(3_000)
    )
    return page(f'<table width="100%"><tr><td>{ARTICLE}</td></tr>{rows}</table>')


def links_and_paragraphs() -> str:
    links = "".join(
        f'<li><a href="/story/{n}">Story {n} headline about the harbour bridge vote</a></li>'
        for n in range(20_000)
    )
    paragraphs = "".join(
        f"<p>Paragraph {n} of the report says the council met on Tuesday to discuss the harbour bridge, and"
        " that the vote on its future was put off until the spring, as many had expected it would be.</p>"
        for n in range(8_000)
    )
    return page(f"<div><ul>{links}</ul></div><div>{paragraphs}</div><div><ul>{links}</ul></div>")


PAGES: dict[str, Callable[[], str]] = {
    # At the bounds, one kind of element.
    "one-word-paragraphs": lambda: page(fill(lambda n: f"<p>w{n}</p>")),
    "bare-divs": lambda: page(fill(lambda n: f"<div>w{n}</div>")),
    "links": lambda: page(fill(lambda n: f'<a href="/{n}">w{n}</a>')),
    "list-items": lambda: page("<ul>" + fill(lambda n: f"<li>w{n}</li>") + "</ul>"),
    "table-cells": lambda: page(
        "<table><tr>"
        + fill(lambda n: f"<td>w{n}</td>" + ("</tr><tr>" if n % 10 == 9 else ""))
        + "</tr></table>"
    ),
    "br-lines": lambda: page("<div>" + fill(lambda n: f"w{n}<br>") + "</div>"),
    "one-paragraph": lambda: page(
        "<p>" + fill(lambda n: f"word{n} " + ("end. " if n % 15 == 14 else "")) + "</p>"
    ),
    "nested-divs": lambda: page("<div>" * 200_000 + "text" + "</div>" * 200_000),
    # Lines that read as no article: the fallback chain runs to its end.
    "20k-divs-of-9-words": lambda: page("".join(f"<div>{n} {words(8, 10)}</div>" for n in range(19_990))),
    "10k-divs-of-30-words": lambda: page("".join(f"<div>{n} {words(30, 5)}</div>" for n in range(9_990))),
    "10k-list-items-of-30-words": lambda: page(
        "<ul>" + "".join(f"<li>{n} {words(30, 5)}</li>" for n in range(9_990)) + "</ul>"
    ),
    "5k-divs-of-39-words": lambda: page("".join(f"<div>{n} {words(38, 10)}</div>" for n in range(5_000))),
    "5k-links-in-paragraphs": lambda: page(
        "".join(f'<p><a href="/{n}">{n} {words(30, 5)}</a></p>' for n in range(4_990))
    ),
    # An article, then 2 MB of what the extractors drop.
    "article+paragraphs": lambda: page(
        f"<article>{ARTICLE}</article><div>" + fill(lambda n: f"<p>w{n}</p>") + "</div>"
    ),
    "article+sentences-in-divs": lambda: page(
        f"<article>{ARTICLE}</article>" + fill(lambda n: f"<div>Short line {n} here.</div>")
    ),
    "article+sidebar-prose": lambda: page(
        f"<article>{ARTICLE}</article><div class='sidebar'>"
        + fill(lambda n: f"<p>Side note {n}, with commas, says more, and more.</p>")
        + "</div>"
    ),
    # Realistic heavy pages.
    "live-blog-3000-posts": live_blog,
    "article+5000-comments": comments,
    "table-layout": table_layout,
    "20k-links+8k-paragraphs": links_and_paragraphs,
}


def outcome(html: str) -> str:
    try:
        return f"{len(nutgraf.extract(html, url=URL).text):,} characters"
    except (NoArticleFound, ExtractionTimeoutError) as error:
        return type(error).__name__


def cpu_seconds(html: str, runs: int) -> tuple[float, str]:
    best, result = float("inf"), ""
    for _ in range(runs):
        start = time.thread_time()
        result = outcome(html)
        best = min(best, time.thread_time() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", action="append", choices=sorted(PAGES), help="only these pages")
    parser.add_argument("--runs", type=int, default=2, help="timings per page; the least is printed")
    parser.add_argument("--profile", choices=sorted(PAGES), help="print cProfile's top functions for a page")
    args = parser.parse_args(argv)
    outcome(page(ARTICLE))  # imports and first-use loads out of the measure
    worst = 0.0
    for name in args.page or PAGES:
        html = PAGES[name]()
        seconds, result = cpu_seconds(html, args.runs)
        worst = max(worst, seconds)
        print(f"{name:28} {len(html) / 1e6:5.2f} MB  {seconds:5.2f} s  {result}", flush=True)
    print(f"slowest: {worst:.2f} s of CPU time (goal: under {GOAL_SECONDS:g} s)")
    if args.profile:
        html = PAGES[args.profile]()
        outcome(html)
        profile = cProfile.Profile()
        profile.runcall(outcome, html)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return 0 if worst < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
