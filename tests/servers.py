"""Real servers on loopback for the tests: the reader app on uvicorn, a small site of fixed pages, an
OpenAI-compatible chat-completions server whose replies each test scripts, and a TCP relay that can cut a
database off and bring it back."""

from __future__ import annotations

import contextlib
import functools
import html
import json
import socket
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import brotli
import uvicorn

#: What the decompression bombs expand to: zeros, far past any cap the tests set.
BOMB_BYTES = 64 * 2**20


def _zeros(compressor: Any) -> bytes:
    """``BOMB_BYTES`` zeros through a streaming compressor (process/compress, then finish/flush)."""
    feed = getattr(compressor, "process", None) or compressor.compress
    end = getattr(compressor, "finish", None) or compressor.flush
    block = bytes(2**20)
    return b"".join(feed(block) for _ in range(BOMB_BYTES // len(block))) + end()


@functools.cache
def gzip_bomb() -> bytes:
    """64 MiB of zeros in 65 KB of gzip."""
    return _zeros(zlib.compressobj(9, zlib.DEFLATED, 31))


@functools.cache
def brotli_bomb() -> bytes:
    """64 MiB of zeros in some 100 bytes of brotli."""
    return _zeros(brotli.Compressor(quality=5))


class _QuietServer(ThreadingHTTPServer):
    """A threaded server that keeps a handler's error to itself: a client hanging up mid-reply (a timeout,
    a cut-off stream) is what tests do on purpose, and the traceback the standard server prints on its
    thread, late, lands in the captured stderr of whichever test runs then."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class ReaderServer:
    """Runs an ASGI app on uvicorn in a thread, on a free loopback port, for the length of a ``with``."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.url = ""

    def __enter__(self) -> ReaderServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the reader server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)


@dataclass
class Page:
    """A fixed response; with ``etag``, a request that sends it back in If-None-Match gets a 304; with
    ``delay``, it is sent that many seconds after the request came (so that requests overlap)."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    #: Seconds to wait before answering (a slow site).
    delay: float = 0.0


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int
    #: When the request came (time.monotonic()).
    at: float = field(default_factory=time.monotonic)


@dataclass
class Site:
    """Pages served by path on loopback; every request and the status it got are recorded in ``hits``."""

    pages: dict[str, Page] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    url: str = ""

    def __enter__(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                page = site.pages.get(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                if page is None:
                    page = Page(b"not here", "text/plain", 404)
                hit = Hit(self.path, headers, page.status)
                site.hits.append(hit)  # when it came, not when it was answered
                time.sleep(page.delay)
                if page.etag and headers.get("if-none-match") == page.etag:
                    status, body = 304, b""
                else:
                    status, body = page.status, page.body
                hit.status = status
                self.send_response(status)
                if status != 304:
                    self.send_header("Content-Type", page.content_type)
                    self.send_header("Content-Length", str(len(body)))
                if page.etag:
                    self.send_header("ETag", page.etag)
                if page.last_modified:
                    self.send_header("Last-Modified", page.last_modified)
                for name, value in page.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)

    def hits_for(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == path]


def publisher_page(seed: str, *, lang: str = "en", head: str = "", button: str = "") -> bytes:
    """The seed article (``../shared/samples/seed-article.txt``) as its publisher's HTML page: the headline,
    ``button`` where the page's "No time to read? Get a summary" goes (the widget's snippet), the
    article's paragraphs, and the page's furniture as the seed has it (that line again, Previous and Next
    with their headlines)."""
    lines = [line.strip() for line in seed.splitlines()]
    title = lines[0]
    start = next(n for n, line in enumerate(lines) if line.startswith("Ukraine"))
    end = next(n for n, line in enumerate(lines) if line.endswith("and beyond."))
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[start : end + 1] if line)
    previous, following = lines[lines.index("Previous Article") + 2], lines[lines.index("Next Article") + 2]
    page = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'{head}</head><body><header><a href="/">The Kyiv Ledger</a></header><main><article>'
        f'<h1>{html.escape(title)}</h1><div class="gist">{button}</div>{body}</article>'
        "<aside><p>No time to read?</p><p>Get a summary</p></aside><nav>"
        f'<a href="/previous"><span>Previous Article</span> <span>{html.escape(previous)}</span></a> '
        f'<a href="/next"><span>Next Article</span> <span>{html.escape(following)}</span></a>'
        "</nav></main></body></html>"
    )
    return page.encode()


#: The seed page's lines that belong to the page, not the article: no summary may quote them.
SEED_FURNITURE = (
    "No time to read?",
    "Get a summary",
    "Previous Article",
    "Next Article",
    "Real Sociedad",
    "Putin",
)


def completion(content: Any) -> dict[str, Any]:
    """A chat-completions reply whose message content is ``content``."""
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
    }


def chunks(pieces: list[str]) -> list[str]:
    """The server-sent event data lines of a streamed completion of ``pieces``, ``[DONE]`` last."""
    events = [json.dumps({"choices": [{"delta": {"role": "assistant"}}]})]
    events += [json.dumps({"choices": [{"delta": {"content": piece}}]}) for piece in pieces]
    return [*events, json.dumps({"choices": [{"delta": {}, "finish_reason": "stop"}]}), "[DONE]"]


@dataclass
class Reply:
    """What the fake LLM server does with one request.

    With ``content`` it answers like a real server: a completion, or (when the request asks to stream)
    the content word by word as server-sent events. With ``pause_after``, a stream stops after that many
    events until ``resume`` is set, so a test can look at a half-written summary.
    """

    status: int = 200
    body: Any = None  # a dict is sent as JSON, a str or bytes as it is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: Seconds between the lines of headers that never end (a server that drips its answer), for a minute.
    trickle: float = 0.0
    stream: Iterable[str] | None = None  # SSE data lines (a generator may pace them, or never end)
    drop: bool = False  # close the connection without answering
    content: str | None = None
    pause_after: int | None = None
    resume: threading.Event = field(default_factory=threading.Event)

    def events(self) -> Iterable[str]:
        if self.stream is not None:
            return self.stream
        assert self.content is not None
        return chunks([word + " " for word in self.content.split(" ")[:-1]] + self.content.split(" ")[-1:])


class FakeLLM:
    """A minimal chat-completions server on loopback: answers each request with the next scripted
    reply in ``replies`` (the last one again once it is alone) and records the requests."""

    def __init__(self) -> None:
        self.replies: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                payload = json.loads(self.rfile.read(length))
                fake.requests.append(
                    {"path": self.path, "auth": self.headers.get("authorization"), "json": payload}
                )
                reply = fake.replies.pop(0) if len(fake.replies) > 1 else fake.replies[0]
                time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if reply.trickle:
                    self._trickle(reply.trickle)
                    return
                if reply.stream is not None or (reply.content is not None and payload.get("stream")):
                    self._stream(reply)
                    return
                body = completion(reply.content) if reply.content is not None else reply.body
                if not isinstance(body, bytes):
                    body = (body if isinstance(body, str) else json.dumps(body)).encode()
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _trickle(self, pause: float) -> None:
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                ends = time.monotonic() + 60
                while time.monotonic() < ends:
                    self.wfile.write(b"X-Thinking: still\r\n")
                    self.wfile.flush()
                    time.sleep(pause)
                self.close_connection = True

            def _stream(self, reply: Reply) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                for number, data in enumerate(reply.events()):
                    if number == reply.pause_after:
                        reply.resume.wait(30)
                    self.wfile.write(f"data: {data}\n\n".encode())
                    self.wfile.flush()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        for reply in self.replies:
            reply.resume.set()
        self.server.shutdown()
        self.server.server_close()


class Relay:
    """A TCP relay on loopback to ``target`` (host, port): :meth:`cut` closes every connection and refuses
    new ones, as a database server that went down; :meth:`restore` listens again on the same port."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            if listener is not None:
                # Closing alone leaves a listener that a thread is blocked on accepting: one more
                # connection got through after the cut. Shutting it down wakes the accept.
                with contextlib.suppress(OSError):
                    listener.shutdown(socket.SHUT_RDWR)
                listener.close()
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
                connection.close()
            self._connections.clear()

    close = cut

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:  # accepted just before a cut: refused with the rest
                    client.close()
                    server.close()
                    return
                self._connections += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


class Trickle:
    """A site that answers every request with a page it sends one byte every ``interval`` seconds, until
    :meth:`close`; ``connections`` counts the requests it is answering."""

    def __init__(self, interval: float = 5.0) -> None:
        self.interval = interval
        self.connections = 0
        self.closed = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self.closed.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:  # closed
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with self._lock:
            self.connections += 1
        with connection:
            try:
                connection.recv(65536)
                connection.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>"
                )
                while not self.closed.wait(self.interval):
                    connection.sendall(b"x")
            except OSError:  # the fetch gave up
                pass
        with self._lock:
            self.connections -= 1

    def close(self) -> None:
        self.closed.set()
        self._listener.close()

    def __enter__(self) -> Trickle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
