"""uvicorn's httptools protocol with bounds on a request's head (its request line and headers): on its
size, and on the time its head and its body take to arrive.

uvicorn reads a request's head through httptools without any bound: a client sending a URL or a header
that never ends had the server hold all of it (400 MB of headers, 550 MB of memory on one connection),
and since both are joined piece by piece as they come (``url += piece``), a long one also held the event
loop: ``/healthz`` took 7 s while one client sent a 200 MB URL. uvicorn's other parser, h11, bounds the
head at 16 KiB but serves fewer requests a second. This protocol counts the bytes that arrive while a
head is read and answers 431 and hangs up past :data:`MAX_REQUEST_HEAD_BYTES`.

Nor does uvicorn bound the time a request takes to arrive (its keep-alive timeout runs only between a
response and the next request's first byte): 3,000 connections that each sent half a head, a byte now and
then, were all held for as long as their clients liked (slowloris). Here a head has ``head_seconds`` from
the connection's start, or from its first byte on a kept-alive connection, and a body ``body_seconds``
from the end of its head; past them the client gets 408 and the connection is closed (one that sent
nothing is closed without a word, as a browser's spare connection may be).

Nor does it bound the time a response waits for a client that does not read it: the whole of a response
is handed to the connection at once, and a client that read none of it (a TCP window of zero) had the
server hold it, closing or not, for as long as the client liked (40 such clients of a 4.5 MB article
held 250 MB for good). Here a response that has waited ``stall_seconds`` without any of it being taken
is dropped, and the connection with it (``send_timeout`` of nginx, which also counts only progress).

uvicorn's cap on connections (``limit_concurrency``) answers 503 to a request that completes its head
while the process holds that many, slow ones included: a client holding the cap's worth of silent
connections had every other client refused. Here a connection past the cap closes, at once, the
connection that has waited longest for a head, where one other than its own waits: a client whose head
comes in a few milliseconds is never that one for long.

A module of its own, imported only by :func:`nutgraf.web.serve`: ``serve --workers N`` hands the class to
processes it starts, which import it by name.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

#: The most bytes of a request's line and headers read: sixteen times nginx's default buffer for a header
#: line (8 KiB), far above any the widget, the reader or an API client sends.
MAX_REQUEST_HEAD_BYTES = 128 * 1024
_TOO_LARGE = (
    f"the request line and headers are longer than the {MAX_REQUEST_HEAD_BYTES:,} bytes this service reads;"
    " send a shorter address or fewer and smaller headers (cookies, most often)"
).encode("ascii")


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """:class:`HttpToolsProtocol` that refuses, with 431, a request head over :data:`MAX_REQUEST_HEAD_BYTES`,
    and with 408 a head that takes over ``head_seconds`` or a body over ``body_seconds`` to arrive."""

    def __init__(
        self,
        *args: Any,
        head_seconds: float,
        body_seconds: float,
        stall_seconds: float,
        max_connections: int | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._stall_seconds = stall_seconds
        self._stall_check: asyncio.TimerHandle | None = None
        self._max_connections = max_connections
        # The server's connections waiting for a head, the longest waiting first; one per server, on
        # uvicorn's state shared by its connections.
        self._awaiting_heads: dict[BoundedHttpToolsProtocol, None] = self.server_state.__dict__.setdefault(
            "nutgraf_awaiting_heads", {}
        )
        self._head_seconds = head_seconds
        self._body_seconds = body_seconds
        self._reading_head = True
        self._head_bytes = 0
        self._heads_read = 0
        self._deadline: asyncio.TimerHandle | None = None
        self._data_since_deadline = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # type: ignore[override]
        super().connection_made(transport)  # type: ignore[arg-type]
        self._set_deadline(self._head_seconds)
        # This connection is among them: past the cap, not at it (at it, a cap of 2 held one connection).
        if self._max_connections is not None and len(self.connections) > self._max_connections:
            longest_waiting = next(iter(self._awaiting_heads))
            if longest_waiting is not self:
                longest_waiting._cancel_deadline()
                # abort, not close: a kept-alive connection may hold a response its client never read.
                longest_waiting.transport.abort()
                # Counted no more from now, not from its connection_lost (on the loop's next turn, after
                # this connection's head may have been read and refused as one over the cap).
                self.connections.discard(longest_waiting)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_deadline()
        if self._stall_check is not None:
            self._stall_check.cancel()
        super().connection_lost(exc)

    def pause_writing(self) -> None:
        # The connection holds more than it may send at once: from now, the client must take some of it
        # every stall_seconds. (Called again only after resume_writing.)
        super().pause_writing()
        self._watch_sending(self.transport.get_write_buffer_size())

    def resume_writing(self) -> None:
        if self._stall_check is not None:
            self._stall_check.cancel()
            self._stall_check = None
        super().resume_writing()

    def _watch_sending(self, unsent: int) -> None:
        if self._stall_check is not None:
            self._stall_check.cancel()
        self._stall_check = self.loop.call_later(self._stall_seconds, self._check_sending, unsent)

    def _check_sending(self, unsent_before: int) -> None:
        unsent = self.transport.get_write_buffer_size()
        if unsent < unsent_before:
            self._watch_sending(unsent)
            return
        self._stall_check = None
        self.logger.info("Dropped a response whose client took none of it for %g s.", self._stall_seconds)
        self.transport.abort()  # close() would wait for the unsent bytes to go

    def data_received(self, data: bytes) -> None:
        if self._deadline is None and self._reading_head:
            # The first bytes of the next head on a kept-alive connection: its time starts now.
            self._set_deadline(self._head_seconds)
        self._data_since_deadline = True
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
            self.logger.warning("Refused a request whose head is over %d bytes.", MAX_REQUEST_HEAD_BYTES)
            self._answer_and_close(b"431 Request Header Fields Too Large", _TOO_LARGE)

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._head_bytes = 0
        self._heads_read += 1
        # The body's time starts; a request without one is complete at once (on_message_complete).
        self._set_deadline(self._body_seconds)
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._reading_head = True  # what comes next on the connection is the next request's head
        self._cancel_deadline()  # the next head's time starts with its first byte
        super().on_message_complete()
        if (
            self.cycle is not None
            and self.cycle.response_complete
            and not self.transport.is_closing()
            and not self.parser.should_upgrade()
        ):
            # Answered before its body came (a 404, a 413): the body's bytes cancelled the keep-alive timeout
            # uvicorn armed with the response, and nothing armed it again, so the idle connection was held
            # for good and could not be evicted. Idle from now, as after any response (not where the
            # connection passes to another protocol, which the timeout would hang up on).
            self._unset_keepalive_if_required()
            self.timeout_keep_alive_task = self.loop.call_later(
                self.timeout_keep_alive, self.timeout_keep_alive_handler
            )
            self._awaiting_heads[self] = None

    def on_response_complete(self) -> None:
        # Asked before uvicorn starts the next pipelined request, which it takes from the pipeline: after,
        # a connection with a request under way had counted as waiting and been evicted mid-request.
        pipelined = bool(self.pipeline)
        super().on_response_complete()
        if not self.transport.is_closing() and not pipelined:
            # Kept alive, idle until uvicorn's keep-alive timeout: the next head is awaited.
            self._awaiting_heads[self] = None

    def _set_deadline(self, seconds: float) -> None:
        self._cancel_deadline()
        self._data_since_deadline = False
        self._deadline = self.loop.call_later(seconds, self._on_deadline)
        if self._reading_head:
            self._awaiting_heads.pop(self, None)
            self._awaiting_heads[self] = None

    def _cancel_deadline(self) -> None:
        self._awaiting_heads.pop(self, None)
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _on_deadline(self) -> None:
        self._deadline = None
        self._awaiting_heads.pop(self, None)
        if self.transport.is_closing():
            return
        # A 408 only where no response is under way on the connection: nothing was sent (no request to
        # answer), a pipelined head trickles in while the one before is answered, or the app answered
        # without waiting for the body. There it only hangs up.
        if self._reading_head:
            answering = self._data_since_deadline and (self.cycle is None or self.cycle.response_complete)
        else:
            answering = self.cycle is not None and not self.cycle.response_started  # None: an upgrade
        if not answering:
            self.transport.close()
            return
        what, limit = ("head", self._head_seconds) if self._reading_head else ("body", self._body_seconds)
        message = f"the request's {what} took longer than the {limit:g} s this service waits for it"
        self._answer_and_close(b"408 Request Timeout", message.encode("ascii"))

    def _answer_and_close(self, status: bytes, message: bytes) -> None:
        # Written here, not through the app: the request is not whole, and the app may be waiting on the
        # body (closing the connection tells it the client went away).
        response = [b"HTTP/1.1 ", status, b"\r\n"]
        for name, value in self.server_state.default_headers:
            response += [name, b": ", value, b"\r\n"]
        response += [
            b"content-type: text/plain; charset=utf-8\r\n",
            b"content-length: " + str(len(message)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
            message,
        ]
        self.transport.write(b"".join(response))
        self.transport.close()
