"""Reading a response's body: decompressed (gzip, deflate, brotli) a bounded piece at a time, and refused
as soon as it grows past the cap."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

import brotli

from nutgraf.errors import FetchError, PageTooLargeError

if TYPE_CHECKING:
    from nutgraf.fetch.deadline import Deadline

_CHUNK = 65_536
# The most a decompressor writes in one step: what a body costs in memory beyond the cap.
_PIECE = 65_536
#: Content encodings nutgraf decodes (and asks for, of pages and of LLM servers); a body in another is
#: refused.
ACCEPTED_ENCODINGS = ("gzip", "deflate", "br")
# Encodings one body may be wrapped in: servers send one; each costs a decoder in the chain.
_MAX_ENCODINGS = 3
# What to do about a page larger than the cap: nutgraf reads larger pages given to it than it fetches.
_INSTEAD = "give the page's HTML, saved, or the article's text instead"


def read_body(response, url: str, max_bytes: int, deadline: Deadline, *, gzip_file: bool = False) -> bytes:
    """The body, decompressed as it arrives and refused as soon as it grows past ``max_bytes``.

    httpx would decompress each network chunk whole before the size could be counted: 100 bytes of
    brotli can expand to gigabytes. Here the raw bytes go through decoders that each write at most
    ``_PIECE`` bytes a step, so memory stays within the cap and a piece.
    """
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise PageTooLargeError(
            f"{url} is {int(declared):,} bytes; nutgraf reads at most {max_bytes:,}: {_INSTEAD}"
        )
    body = bytearray()
    try:
        encoding = response.headers.get("content-encoding", "")
        on_time = partial(deadline.check, url)
        pieces = decoded(response.iter_raw(_CHUNK), encoding, url, on_time)
        for piece in _unpacked(_on_time(pieces, on_time)) if gzip_file else pieces:
            if len(body) + len(piece) > max_bytes:
                raise PageTooLargeError(
                    f"{url} is larger than {max_bytes:,} bytes, the most nutgraf reads: {_INSTEAD}"
                )
            body += piece
            # Decompressing is work of its own, not waiting on a socket that the deadline shuts (each
            # decoder's input is looked at too: see decoded).
            deadline.check(url)
    except (zlib.error, brotli.error) as exc:
        raise FetchError(f"{url} sent a body that cannot be decompressed ({exc})") from None
    return bytes(body)


def decoded(
    raw: Iterable[bytes], content_encoding: str, url: str, on_time: Callable[[], None]
) -> Iterator[bytes]:
    """``raw`` (a response's bytes as sent) decoded from the Content-Encoding header's encodings, the last
    applied undone first, each decoder writing at most ``_PIECE`` bytes a step; ``on_time`` (which raises
    once the caller's time is up) is called before each piece goes into a decoder.

    Raises :class:`FetchError` for encodings it does not read, or too many; ``zlib.error`` and
    ``brotli.error``, as it is read, for a body that does not decode."""
    encodings = [e for e in (part.strip().lower() for part in content_encoding.split(",")) if e]
    encodings = ["gzip" if e == "x-gzip" else e for e in encodings if e != "identity"]
    if len(encodings) > _MAX_ENCODINGS:
        raise FetchError(
            f"{url} sent its body in {len(encodings)} encodings, one inside the other; nutgraf reads at"
            f" most {_MAX_ENCODINGS}"
        )
    pieces: Iterable[bytes] = raw
    for encoding in reversed(encodings):
        decoder = _DECODERS.get(encoding)
        if decoder is None:
            raise FetchError(
                f"{url} sent its body in the {encoding} encoding, which nutgraf does not read (it asks for"
                f" {', '.join(ACCEPTED_ENCODINGS)})"
            )
        # A decoder may take its input a piece at a time and give out nothing (deflate's empty blocks,
        # encoded inside others): the deadline is looked at on the way in, not only on what comes out.
        pieces = decoder(_on_time(pieces, on_time))
    return iter(pieces)


def _on_time(pieces: Iterable[bytes], on_time: Callable[[], None]) -> Iterator[bytes]:
    for piece in pieces:
        on_time()
        yield piece


def _unpacked(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """A gzip file's content; or the bytes as they are, when they are not gzip (a server that sends a
    ``.gz`` file with ``Content-Encoding: gzip`` too has had it unpacked already)."""
    head = b""
    for piece in pieces:
        head += piece
        if len(head) >= 2:
            break
    whole = _chained(head, pieces)
    return _gunzipped(whole) if head.startswith(b"\x1f\x8b") else whole


def _inflated(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    """A zlib, gzip or raw deflate stream (by ``wbits``), decompressed ``_PIECE`` bytes at a time."""
    inflater = zlib.decompressobj(wbits)
    for chunk in chunks:
        pending = chunk
        while pending and not inflater.eof:
            piece = inflater.decompress(pending, _PIECE)
            pending = inflater.unconsumed_tail
            if piece:
                yield piece
            # A full piece may leave output inside zlib though all input is taken: ask again.
            while len(piece) == _PIECE and not pending and not inflater.eof:
                piece = inflater.decompress(b"", _PIECE)
                if piece:
                    yield piece
        if inflater.eof:  # what follows the stream's end is ignored, as browsers and httpx do
            return
    if tail := inflater.flush():
        yield tail


def _gunzipped(chunks: Iterable[bytes]) -> Iterator[bytes]:
    return _inflated(chunks, 16 + zlib.MAX_WBITS)


def _deflated(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """HTTP's deflate: a zlib stream, or, from some servers, a bare deflate stream (told apart by the
    zlib header's first two bytes, as browsers do)."""
    chunks = iter(chunks)
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= 2:
            break
    zlib_wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
    yield from _inflated(_chained(head, chunks), zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)


def _chained(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _unbrotlied(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decoder = brotli.Decompressor()
    for chunk in chunks:
        piece = decoder.process(chunk, output_buffer_limit=_PIECE)
        while True:
            if piece:
                yield piece
            if decoder.can_accept_more_data():
                break
            # The output limit was reached: the rest of this input comes out with empty calls.
            piece = decoder.process(b"", output_buffer_limit=_PIECE)
        if decoder.is_finished():
            return


_DECODERS: dict[str, Callable[[Iterable[bytes]], Iterator[bytes]]] = {
    "gzip": _gunzipped,
    "deflate": _deflated,
    "br": _unbrotlied,
}
