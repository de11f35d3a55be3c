"""Fuzz extraction, summaries and keyphrases with mutated copies of the shared pages.

Each round takes a page of ``../shared/data/extraction`` and mutates it a few times at random (cuts it,
repeats a piece of it up to thousands of times, inserts random bytes or tags that open scripts, comments,
tables or drawings, drops closing tags or ``>``, re-encodes it, changes its case or its line breaks), or,
for a share of the pages (``--targeted``), inserts a shape that the extraction and segmentation rules read
piece by piece: thousands of sibling ``<article>`` elements or pull quotes, JSON-LD with a huge, deeply
nested or cut ``articleBody`` or a live blog of 10,000 updates, a run of 100,000 abbreviations or list
numbers, thousands of numbered or dialogue lines (or such text alone, as pasted), or markup at hostile sizes (a 1 MB title, 100,000
empty paragraphs, tables, drawings or formulas 2,000 deep, a broken charset, a srcset of 50,000 images). It then gives the page to
``nutgraf.extract``, ``nutgraf.summarize`` (as bytes and as text) and ``nutgraf.keyphrases``.
Every call must answer or raise a ``NutgrafError``; a call that raises anything else is a defect, and so
is one that takes far longer than the extraction deadline (its CPU time is reported past ``--slow``
seconds). Inputs that fail or run slow are saved to ``--out`` to be replayed::

    python bench/fuzz_pages.py [--seconds 600] [--seed 1] [--slow 2.5] [--targeted 0.5]
        [--out /tmp/nutgraf-fuzz]

The rounds of 2026-12-03 found a 600 KB ``<title>`` that took 148 s, tables nested 244 deep that took 28 s,
and a traceback in the byline search's cut of a page (docs/extraction.md, "Bounds").
"""

from __future__ import annotations

import argparse
import faulthandler
import gzip
import json
import random
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction"
_ENCODINGS = ("utf-16", "utf-16-be", "latin-1", "cp1252", "shift_jis", "gb18030")
_INSERTS = (
    b"<script>",
    b"<!--",
    b"<![CDATA[",
    b"<style>",
    b"<svg>",
    b"<math>",
    b"<template>",
    b"<table>",
    b"<pre>",
    b"<noscript>",
    b"\x00",
    b'<meta charset="utf-7">',
    b'<base href="javascript:x">',
)
# Runs of words that the segmentation rules read one by one: abbreviations in nine languages, list numbers,
# dialogue dashes, mixed scripts.
_RUNS = (
    "Mrd. ",
    "EE. UU. ",
    "St. ",
    "1. ",
    "3 тыс. руб. ",
    "ул. Mr. 2 Mrd. Die ",
    "w 2026 r. ok. 5 ",
    "Dr. 张. ",
    "— ",
    "P. ",
    "10:42 ",
    "a.m. ",
    "Calif. (AP) ",
    "... ",
    "e.g. i.e. ",
)
# Lines of which pasted text and extracted paragraphs may consist by the thousand.
_LINES = (
    "{n}. Item number {n} of the list",
    "— Что будете делать?",
    "- wrapped item {n} that goes on",
    "on the next line of the item",
    "{n}) Punkt {n}. Oktober",
    "4 min read",
    "Updated June {n}, 2025, 10:15 a.m. ET",
    "Subscribe now",
    "Q: {n}?",
)
_SENTENCE = "The council approved the budget for the new bridge on Tuesday after a long debate."


def _entries(rng: random.Random) -> str:
    """Hundreds or thousands of sibling ``<article>`` elements, a live blog's entries or a front's cards."""
    entry = rng.choice(
        ("<article><p>{n}. {s}</p></article>", "<article><h2>{n}</h2>{s}</article>", "<article>")
    )
    return "".join(entry.format(n=n, s=_SENTENCE) for n in range(rng.randint(100, 10_000)))


def _json_ld(rng: random.Random) -> str:
    """A JSON-LD script with a huge, deeply nested, cut or HTML ``articleBody``, or a live blog of 10,000
    updates."""
    body = json.dumps(_SENTENCE * rng.randint(1, 20_000))
    kind = rng.randrange(5)
    if kind == 0:
        data = f'{{"@type":"NewsArticle","articleBody":{body}}}'
    elif kind == 1:
        depth = rng.randint(100, 100_000)
        data = '{"@graph":' + "[" * depth + f'{{"articleBody":{body}}}' + "]" * depth + "}"
    elif kind == 2:
        data = f'{{"@type":"NewsArticle","articleBody":{body}'[: rng.randint(10, len(body))]
    elif kind == 3:
        data = f'{{"@type":"NewsArticle","articleBody":"<p>{_SENTENCE}&amp;</p>" }}'
    else:
        updates = ",".join(
            f'{{"@type":"BlogPosting","datePublished":"2026-03-0{n % 9 + 1}","articleBody":"{n}. {_SENTENCE}"}}'
            for n in range(rng.randint(1_000, 10_000))
        )
        data = f'{{"@type":"LiveBlogPosting","datePublished":"2026-03-01","liveBlogUpdate":[{updates}]}}'
    return f'<script type="application/ld+json">{data}</script>'


def _pull_quotes(rng: random.Random) -> str:
    quote = rng.choice(
        ('<p class="pullquote">{s}</p>', '<aside class="wp-block-pullquote"><p>{s}</p><cite>{n}</cite>')
    )
    return "".join(quote.format(n=n, s=_SENTENCE) for n in range(rng.randint(100, 10_000)))


def _text_runs(rng: random.Random) -> str:
    """A paragraph of one run repeated up to 100,000 times, or thousands of lines of one kind."""
    if rng.random() < 0.5:
        return rng.choice(_RUNS) * rng.randint(1_000, 100_000)
    line = rng.choice(_LINES)
    return "\n".join(line.format(n=n) for n in range(1, rng.randint(100, 20_000)))


def _markup(rng: random.Random) -> str:
    """Markup at the sizes a hostile page sends: a 1 MB ``<title>``, 100,000 empty paragraphs, tables,
    drawings or formulas nested 2,000 deep, a broken or endless charset, a srcset of 50,000 images, or
    JSON-LD of 5 MB."""
    kind = rng.randrange(6)
    if kind == 0:
        return f"<title>{_SENTENCE * 12_000}</title>"
    if kind == 1:
        return rng.choice(("<p></p>", "<p>", "<p> </p>")) * 100_000
    if kind == 2:
        opener, closer = rng.choice(
            (
                ("<table><tr><td>", "</td></tr></table>"),
                ("<svg><g>", "</g></svg>"),
                ("<math><mrow>", "</mrow></math>"),
            )
        )
        return opener * 2_000 + f"<p>{_SENTENCE}</p>" + closer * rng.choice((0, 2_000))
    if kind == 3:
        return (
            rng.choice(
                ('<meta charset="utf-8\x00">', '<meta charset="">', f'<meta charset="{"x" * 100_000}">')
            )
            * 10
        )
    if kind == 4:
        entries = ", ".join(f"https://example.com/{n}.jpg {n}w" for n in range(50_000))
        return f'<img src="a.jpg" srcset="{entries}">'
    body = json.dumps(_SENTENCE * 60_000)
    return f'<script type="application/ld+json">{{"@type":"NewsArticle","articleBody":{body}}}</script>'


def targeted(page: bytes, rng: random.Random) -> bytes:
    """``page`` with one of the shapes above inserted in its body (a paragraph of text in a ``<p>``), or
    text alone, as pasted."""
    maker = rng.choice((_entries, _json_ld, _pull_quotes, _text_runs, _markup))
    piece = maker(rng)
    if maker is _text_runs and rng.random() < 0.3:
        return piece.encode()
    if maker is _text_runs:
        piece = f"<p>{piece}</p>"
    at = page.find(b"<body")
    at = page.find(b">", at) + 1 if at >= 0 else rng.randrange(len(page) + 1)
    return page[:at] + piece.encode() + page[at:]


def mutate(page: bytes, rng: random.Random) -> bytes:
    """``page`` changed one to three times at random."""
    for _ in range(rng.randint(1, 3)):
        if not page:
            return page
        at = rng.randrange(len(page))
        kind = rng.randrange(11) if rng.random() < 0.5 else 10
        if kind == 0:
            page = page[:at]
        elif kind == 1:
            page = page[at:]
        elif kind == 2:
            page = page[:at] + rng.randbytes(rng.randint(1, 20)) + page[at:]
        elif kind == 3:
            end = min(len(page), at + rng.randint(1, 2000))
            page = page[:at] + page[at:end] * rng.randint(2, 30) + page[end:]
        elif kind == 4:
            page = page.replace(b"</", b"<", rng.randint(1, 50))
        elif kind == 5:
            page = page.replace(b">", b"", rng.randint(1, 5))
        elif kind == 6:
            page = page.decode("utf-8", "replace").encode(rng.choice(_ENCODINGS), "replace")
        elif kind == 7:
            page = page[:at] + rng.choice(_INSERTS) + page[at:]
        elif kind == 8:
            page = page.lower() if rng.random() < 0.5 else page.upper()
        elif kind == 9:
            page = page.replace(b"\n", b"") if rng.random() < 0.5 else page.replace(b" ", b"\n")
        else:
            end = min(len(page), at + rng.randint(1, 80))
            page = page[:at] + page[at:end] * rng.randint(100, 6000) + page[end:]
    return page


@dataclass
class Fuzzing:
    """What a fuzzing run has seen: each call's outcomes, its defects, and where failing inputs go."""

    out: Path
    seed: int
    slow: float
    outcomes: Counter[str] = field(default_factory=Counter)
    defects: int = 0

    def attempt(
        self,
        name: str,
        call: Callable[[], object],
        data: bytes,
        origin: str,
        round_: int,
        clock: Callable[[], float] = time.thread_time,
    ) -> None:
        """Run ``call`` (made from ``data``, a mutation of ``origin``): an answer or a ``NutgrafError`` is
        counted; anything else is a defect, and a call past ``slow`` seconds of CPU (by ``clock``) is
        reported; both save ``data`` under ``out`` to be replayed."""
        from nutgraf.errors import NutgrafError

        # A call that hangs is found this way: its input is here, and its stack is printed every minute.
        (self.out / "running.bin").write_bytes(data)
        faulthandler.dump_traceback_later(60, repeat=True)
        start = clock()
        try:
            call()
            self.outcomes[f"{name}: answered"] += 1
        except NutgrafError as error:
            self.outcomes[f"{name}: {type(error).__name__}"] += 1
        except Exception:  # anything else is what the fuzzer looks for
            self.defects += 1
            saved = self.out / f"defect-{self.seed}-{round_}.bin"
            saved.write_bytes(data)
            print(f"DEFECT {name} on a mutation of {origin} (saved as {saved}):")
            traceback.print_exc(limit=-4)
        seconds = clock() - start
        faulthandler.cancel_dump_traceback_later()
        if seconds > self.slow:
            saved = self.out / f"slow-{self.seed}-{round_}.bin"
            saved.write_bytes(data)
            print(f"SLOW {name}: {seconds:.1f} s of CPU on a mutation of {origin} (saved as {saved})")

    def report(self, rounds: int, what: str) -> None:
        print(f"{rounds} {what}, {self.defects} defects; outcomes:")
        for outcome, count in sorted(self.outcomes.items()):
            print(f"  {outcome}: {count}")


def command_line(description: str, data: Path) -> argparse.ArgumentParser:
    """The command line every fuzzer takes (``--data``: where its inputs are read from)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seconds", type=float, default=600, help="how long to fuzz")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=float, default=2.5, help="CPU seconds past which a call is reported")
    parser.add_argument("--out", type=Path, default=Path("/tmp/nutgraf-fuzz"), help="where inputs are saved")
    parser.add_argument("--data", type=Path, default=data)
    return parser


def main() -> None:
    parser = command_line(__doc__.split("\n\n")[0], DATA)
    parser.add_argument("--targeted", type=float, default=0.5, help="share of pages given a shape above")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    import nutgraf

    calls = {
        "extract": lambda page: nutgraf.extract(page, url="https://example.com/story"),
        "summarize bytes": nutgraf.summarize,
        "summarize text": lambda page: nutgraf.summarize(page.decode("utf-8", "replace")),
        "keyphrases": lambda page: nutgraf.keyphrases(page.decode("latin-1")),
    }
    files = sorted(args.data.glob("*/html/*.html.gz"))
    rng = random.Random(args.seed)
    fuzzing = Fuzzing(args.out, args.seed, args.slow)
    rounds = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        source = rng.choice(files)
        page = gzip.decompress(source.read_bytes())
        page = targeted(page, rng) if rng.random() < args.targeted else mutate(page, rng)
        rounds += 1
        for name, call in calls.items():
            fuzzing.attempt(name, partial(call, page), page, source.name, rounds)
    fuzzing.report(rounds, "mutated pages")


if __name__ == "__main__":
    main()
