"""The whole fetch's time limit, redirects included."""

from __future__ import annotations

import contextlib
import math
import socket
import threading

from nutgraf.errors import FetchError


class Deadline:
    """The whole fetch's time limit, enforced on the connection itself.

    httpx's timeouts bound each read, not their sum: a server that sends a byte of its headers or body
    every few seconds would hold a fetch for as long as it liked. A timer shuts the open connection's
    socket when the time is up, which ends the read that is waiting; the fetch then reports the limit.
    A name lookup is not cut short: it has the resolver's own limits.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        # No limit (inf) is no timer: a thread cannot wait that long.
        self._timer = threading.Timer(seconds, self._expire) if math.isfinite(seconds) else None
        if self._timer is not None:
            self._timer.daemon = True

    def __enter__(self) -> Deadline:
        if self._timer is not None:
            self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def trace(self, event: str, info: dict) -> None:
        """httpcore's ``trace`` extension: keeps hold of each new connection's socket."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            with self._lock:
                # Wrapping a socket in TLS detaches the plain one: the TLS socket is the one to shut.
                self._socket = info["return_value"].get_extra_info("socket")
                if self.expired:
                    self._shut()

    def check(self, url: str) -> None:
        if self.expired:
            raise FetchError(f"{url} took longer than {self.seconds:g} seconds to send; try again later")

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self) -> None:
        if self._socket is None:
            return
        # socket.socket's own shutdown: SSLSocket's drops its TLS state, racing the reading thread.
        with contextlib.suppress(OSError):  # already closed
            socket.socket.shutdown(self._socket, socket.SHUT_RDWR)
