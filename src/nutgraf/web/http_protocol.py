"""uvicorn's httptools protocol with a bound on a request's head (its request line and headers).

uvicorn reads a request's head through httptools without any bound: a client sending a URL or a header
that never ends had the server hold all of it (400 MB of headers, 550 MB of memory on one connection),
and since both are joined piece by piece as they come (``url += piece``), a long one also held the event
loop: ``/healthz`` took 7 s while one client sent a 200 MB URL. uvicorn's other parser, h11, bounds the
head at 16 KiB but serves fewer requests a second. This protocol counts the bytes that arrive while a
head is read and answers 431 and hangs up past :data:`MAX_REQUEST_HEAD_BYTES`.

A module of its own, imported only by :func:`nutgraf.web.serve`: ``serve --workers N`` hands the class to
processes it starts, which import it by name.
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

#: The most bytes of a request's line and headers read: sixteen times nginx's default buffer for a header
#: line (8 KiB), far above any the widget, the reader or an API client sends.
MAX_REQUEST_HEAD_BYTES = 128 * 1024
_REFUSAL = (
    f"the request line and headers are longer than the {MAX_REQUEST_HEAD_BYTES:,} bytes this service reads"
).encode("ascii")


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """:class:`HttpToolsProtocol` that refuses, with 431, a request head over :data:`MAX_REQUEST_HEAD_BYTES`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reading_head = True
        self._head_bytes = 0
        self._heads_read = 0

    def data_received(self, data: bytes) -> None:
        # A chunk is counted when the whole of it is head: one that ends a head (its body follows) or a
        # body (the next request's head may follow) is not, so a large body never counts, and at most
        # one chunk (asyncio reads 256 KiB at a time) past the bound is parsed.
        was_reading_head, heads_read = self._reading_head, self._heads_read
        super().data_received(data)
        if not (was_reading_head and self._reading_head and heads_read == self._heads_read):
            return
        if self.transport.is_closing():
            return
        self._head_bytes += len(data)
        if self._head_bytes > MAX_REQUEST_HEAD_BYTES:
            self._refuse_head()

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._head_bytes = 0
        self._heads_read += 1
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._reading_head = True  # what comes next on the connection is the next request's head
        super().on_message_complete()

    def _refuse_head(self) -> None:
        self.logger.warning("Refused a request whose head is over %d bytes.", MAX_REQUEST_HEAD_BYTES)
        response = [b"HTTP/1.1 431 Request Header Fields Too Large\r\n"]
        for name, value in self.server_state.default_headers:
            response += [name, b": ", value, b"\r\n"]
        response += [
            b"content-type: text/plain; charset=utf-8\r\n",
            b"content-length: " + str(len(_REFUSAL)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
            _REFUSAL,
        ]
        self.transport.write(b"".join(response))
        self.transport.close()
