"""What the commands read: a file, standard input (``-``) or a URL, never more than nutgraf takes."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from nutgraf.decode import MAX_INPUT_BYTES
from nutgraf.errors import EmptyInputError, InputTooLargeError, InvalidInputError, NoArticleFound, named_input

if TYPE_CHECKING:
    from nutgraf.article import Article


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
    shown = _shown_path(path)
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


def _shown_path(path: str) -> str:
    """A file's name as a message shows it: its first 77 characters when it is longer than 80."""
    return path if len(path) <= 80 else f"{path[:77]}..."


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
        raise InputTooLargeError(
            f"{name} holds more than {MAX_INPUT_BYTES:,} bytes, the most nutgraf reads: give one article's"
            " page or text (for many articles, use `nutgraf batch`)"
        )
    if not data or data.isspace():  # no stripped copy of up to MAX_INPUT_BYTES made to tell
        # The library's "the input holds no text" named no file, of the several a command may read.
        raise EmptyInputError(f"{name} is empty" if not data else f"{name} holds only white space")
    return data


def is_url(path: str) -> bool:
    """Whether a command-line input is a URL (``scheme://...``) rather than a file; fetching refuses
    schemes other than http(s) with a clear message."""
    scheme, separator, _ = path.partition("://")
    return bool(separator) and scheme.isascii() and scheme.isalpha()


def read_article(path: str, *, url: str | None = None, title: str | None = None) -> Article:
    """The article in a file, on standard input (``-``) or at a URL; ``url`` is a file's address and
    ``title`` the article's title over the page's or text's own, as ``nutgraf.extract`` takes them."""
    if is_url(path):
        from nutgraf.pipeline import fetch_article

        if url is not None:
            raise InvalidInputError(
                f"--url gives the address of a saved page or text, and {path} is an address itself: leave"
                " --url out"
            )
        return fetch_article(path, title=title)
    from nutgraf.extract import batch_advice_for_file, extract

    data = b""
    try:
        data = read_input(path)
        return extract(data, url=url, title=title)
    except InvalidInputError as exc:
        raise named_input(exc, "standard input" if path == "-" else _shown_path(path)) from None
    except NoArticleFound as exc:
        if path == "-":
            raise
        raise batch_advice_for_file(exc, path, data) from None
