"""nutgraf.fetch against a real HTTP server on 127.0.0.1, and its refusal of internal addresses."""

from __future__ import annotations

import functools
import gzip
import math
import re
import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import brotli
import certifi
import pytest

from nutgraf import cli
from nutgraf.errors import (
    BlockedURLError,
    EmptyInputError,
    FetchError,
    HostNotFoundError,
    InvalidInputError,
    PageTooLargeError,
)
from nutgraf.feeds import FEED_TYPES
from nutgraf.fetch import (
    FetchSettings,
    fetch,
    refusal_reason,
)
from nutgraf.pipeline import fetch_article
from servers import brotli_bomb, gzip_bomb

ARTICLE = (
    "<html><head><title>Harbour bridge reopens | Daily Tide</title>"
    '<meta property="og:site_name" content="Daily Tide">'
    '<meta name="author" content="Ines Moreau"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Harbour bridge reopens</h1>"
    + "".join(
        f"<p>The harbour bridge reopened on Monday after {n} months of repairs, the city council said in a"
        f" statement. Engineers replaced the cables and resurfaced the deck, paragraph {n}.</p>"
        for n in range(1, 6)
    )
    + "</article></body></html>"
)
ETAG = '"v1"'


@functools.cache
def empty_bomb() -> bytes:
    """14 KB that take tens of seconds to decode to nothing: deflate's empty stored blocks (each decodes
    to no byte), 3 GB of them, deflated twice ("Content-Encoding: deflate, deflate, deflate")."""
    empty = b"\x00\x00\x00\xff\xff" * (8 * 2**20 // 5)
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    # After a full flush nothing refers back: the same block, repeated, is the deflate of the repeats.
    block = squeeze.compress(empty) + squeeze.flush(zlib.Z_FULL_FLUSH)
    once = block * (3 * 2**30 // len(empty))
    twice = zlib.compressobj(9, zlib.DEFLATED, -15)
    return twice.compress(once) + twice.flush()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers)))
        route = getattr(self, "route_" + self.path.strip("/").split("?")[0].replace("-", "_") or "x", None)
        if route is None:
            self._send(404, b"not here", "text/plain")
        else:
            route()

    def _send(self, status, body, content_type, headers=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route_article(self):
        self._send(200, ARTICLE.encode(), "text/html; charset=utf-8", [("ETag", ETAG)])

    def route_latin(self):
        body = "<p>Le café de la gare ferme à l'été.</p>".encode("cp1252")
        self._send(200, body, "text/html; charset=windows-1252")

    def route_wide_label(self):
        # A page in windows-1252 whose server labels it with the encoding its query names (UTF-16): one in
        # which the page's "<html>" would not read as ASCII.
        body = (
            ARTICLE.replace("Monday", "Monday, café open,")
            .replace("council", "conseil général")
            .encode("cp1252")
        )
        # Padded to a multiple of 4 bytes: a page of another length does not decode in the label at all,
        # and was read right by that chance.
        body += b" " * (-len(body) % 4)
        self._send(200, body, f"text/html; charset={self.path.partition('?')[2]}")

    def route_chinese_utf16(self):
        # Chinese in UTF-16 without a byte-order mark: only the header's label tells its encoding.
        paragraphs = "".join(
            f"<p>港口大桥在维修{n}个月后于周一重新开放，市议会在一份声明中表示。</p>" for n in range(1, 6)
        )
        body = f"<html><head><title>港口大桥重新开放</title></head><body><article>{paragraphs}</article></body></html>"
        self._send(200, body.encode("utf-16-le"), "text/html; charset=utf-16le")

    def route_gzip(self):
        self._send(200, gzip.compress(ARTICLE.encode()), "text/html", [("Content-Encoding", "gzip")])

    def route_brotli(self):
        self._send(200, brotli.compress(ARTICLE.encode()), "text/html", [("Content-Encoding", "br")])

    def route_bomb(self):
        self._send(200, gzip.compress(b" " * 5_000_000), "text/html", [("Content-Encoding", "gzip")])

    def route_gzip_bomb(self):
        self._send(200, gzip_bomb(), "text/html", [("Content-Encoding", "gzip")])

    def route_brotli_bomb(self):
        self._send(200, brotli_bomb(), "text/html", [("Content-Encoding", "br")])

    def route_nested_bomb(self):  # gzip applied first, then brotli
        body = brotli.compress(gzip_bomb(), quality=5)
        self._send(200, body, "text/html", [("Content-Encoding", "gzip, br")])

    def route_empty_bomb(self):
        self._send(200, empty_bomb(), "text/html", [("Content-Encoding", "deflate, deflate, deflate")])

    def route_nested(self):
        body = brotli.compress(gzip.compress(ARTICLE.encode()))
        self._send(200, body, "text/html", [("Content-Encoding", "gzip, br")])

    def route_deflate(self):  # zlib-wrapped, as HTTP's "deflate" is specified
        self._send(200, zlib.compress(ARTICLE.encode()), "text/html", [("Content-Encoding", "deflate")])

    def route_raw_deflate(self):  # the bare deflate stream some servers send instead
        deflater = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = deflater.compress(ARTICLE.encode()) + deflater.flush()
        self._send(200, body, "text/html", [("Content-Encoding", "deflate")])

    def route_zstd(self):
        self._send(200, b"\x28\xb5\x2f\xfd" + b"\x00" * 20, "text/html", [("Content-Encoding", "zstd")])

    def route_deep_encodings(self):
        body = ARTICLE.encode()
        for _ in range(20):
            body = gzip.compress(body)
        self._send(200, body, "text/html", [("Content-Encoding", ", ".join(["gzip"] * 20))])

    def route_big(self):
        self._send(200, b"x" * 50_000, "text/plain")

    def route_redirect(self):
        self._send(302, b"", None, [("Location", "/article")])

    def route_loop(self):
        self._send(301, b"", None, [("Location", "/loop")])

    def route_refresh(self):  # a link shortener's or a moved page's stop on the way
        self._refresh_page("0; URL='/redirect'", "Redirecting to the story.")

    def route_refresh_khmer(self):  # the same stop in Khmer, counted in letters: 82 of them, 12 words
        self._refresh_page(
            "0; URL='/article'",
            "កំពុងបញ្ជូនអ្នកទៅកាន់អត្ថបទ។ ប្រសិនបើកម្មវិធីរុករករបស់អ្នកមិនបញ្ជូនបន្តទេ សូមចុចទីនេះ។",
        )

    def route_refresh_loop(self):
        self._refresh_page("0;url=/refresh-loop-back", "Redirecting.")

    def route_refresh_loop_back(self):
        self._refresh_page("1, url=/refresh-loop", "Redirecting back.")

    def route_refresh_to_metadata(self):
        self._refresh_page("0; url=http://169.254.169.254/latest/meta-data/", "Redirecting.")

    def route_refresh_to_script(self):
        self._refresh_page("0; url=javascript:alert(1)", "Redirecting to the story of the harbour bridge.")

    def route_huge_header(self):  # an answer whose headers never end within what h11 reads
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n")

    def route_refresh_later(self):  # an article that reloads after minutes for fresh adverts
        body = ARTICLE.replace("</title>", '</title><meta http-equiv="refresh" content="600; url=/">')
        self._send(200, body.encode(), "text/html; charset=utf-8")

    def route_refresh_with_article(self):  # an article whose page moves the reader on after it
        body = ARTICLE.replace("</title>", '</title><meta http-equiv="Refresh" content="0; url=/">')
        self._send(200, body.encode(), "text/html; charset=utf-8")

    def route_refresh_slowly(self):  # each stop 0.3 s late, the fourth sending on to the article
        time.sleep(0.3)
        hop = int(self.path.partition("?")[2] or 0)
        self._refresh_page(
            f"0; url=/refresh-slowly?{hop + 1}" if hop < 3 else "0; url=/article", "Redirecting."
        )

    def _refresh_page(self, content, text):
        body = f'<html><head><meta http-equiv="refresh" content="{content}"></head><body><p>{text}</p></body></html>'
        self._send(200, body.encode(), "text/html; charset=utf-8")

    def route_to_private(self):
        self._send(302, b"", None, [("Location", "http://10.11.12.13/secret")])

    def route_to_file(self):
        self._send(302, b"", None, [("Location", "file:///etc/passwd")])

    def route_to_script(self):
        self._send(302, b"", None, [("Location", "javascript:alert(1)")])

    def route_pdf(self):
        self._send(200, b"%PDF-1.4", "application/pdf")

    def route_feed(self):
        self._send(200, b"<rss version='2.0'><channel></channel></rss>", "application/rss+xml")

    def route_json_feed(self):
        body = b'{"version": "https://jsonfeed.org/version/1.1", "title": "News", "items": []}'
        self._send(200, body, "application/feed+json")

    def route_conditional(self):
        if self.headers.get("If-None-Match") == ETAG:
            self._send(304, b"", None, [("ETag", ETAG)])
        else:
            self.route_article()

    def route_slow(self):
        time.sleep(2)
        self._send(200, b"late", "text/plain")

    def route_trickle_headers(self):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")  # a header that never ends
        for _ in range(TRICKLE_PIECES):
            self.wfile.write(b"X")
            self.wfile.flush()
            time.sleep(0.1)

    def route_trickle_body(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(TRICKLE_PIECES):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.1)

    def route_empty(self):
        self._send(200, b"", "text/html; charset=utf-8")

    def route_blank(self):
        self._send(200, b"\n  \n", "text/html; charset=utf-8")

    def route_gone(self):
        self._send(410, b"gone", "text/plain")


#: The pieces a trickling route sends, a tenth of a second apart (until the client hangs up): a minute.
TRICKLE_PIECES = 600


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The client hanging up mid-body (size cap, timeout) is what those tests do on purpose.
        pass


@pytest.fixture(scope="module")
def server():
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.requests = []
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def base(server) -> str:
    server.requests.clear()
    return f"http://127.0.0.1:{server.server_address[1]}"


LOCAL = FetchSettings(allow_loopback=True)


def test_fetches_a_page_with_its_headers(base):
    page = fetch(f"{base}/article", settings=LOCAL)
    assert page.status == 200
    assert page.url == f"{base}/article"
    assert page.content == ARTICLE.encode()
    assert page.content_type == "text/html"
    assert page.encoding == "utf-8"
    assert page.headers["etag"] == ETAG


def test_sends_an_honest_user_agent_and_the_host_name(server, base):
    fetch(f"{base}/article", settings=LOCAL)
    _, headers = server.requests[-1]
    assert headers["User-Agent"].startswith("nutgraf/")
    assert "+http" in headers["User-Agent"]
    assert headers["Host"] == base.removeprefix("http://")


def test_connects_to_the_checked_address_but_names_the_host(server):
    port = server.server_address[1]
    page = fetch(f"http://localhost:{port}/article", settings=LOCAL)
    assert page.status == 200
    assert server.requests[-1][1]["Host"] == f"localhost:{port}"


def test_a_name_that_resolves_elsewhere_at_connection_time_is_not_followed(monkeypatch, server):
    # DNS rebinding: a name that resolves to a permitted address when checked and to another (here one
    # where nothing listens) a moment later. The request goes to the address checked, under the name.
    port = server.server_address[1]
    answers = iter([[(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]])
    rebound = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port))]
    resolve = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        return next(answers, rebound) if host == "news.example" else resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page = fetch(f"http://news.example:{port}/article", settings=LOCAL)
    assert page.status == 200 and server.requests[-1][1]["Host"] == f"news.example:{port}"


def test_proxies_from_the_environment_are_not_used(monkeypatch, server, base):
    # A proxy would connect to the name it is given, not to the address nutgraf checked.
    proxy = _Server(("127.0.0.1", 0), _Handler)
    proxy.requests = []
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, f"http://127.0.0.1:{proxy.server_address[1]}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert fetch(f"{base}/article", settings=LOCAL).status == 200
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert proxy.requests == [] and len(server.requests) == 1


def test_follows_redirects_and_reports_the_final_url(base):
    page = fetch(f"{base}/redirect", settings=LOCAL)
    assert page.url == f"{base}/article"
    assert page.content == ARTICLE.encode()


def test_stops_at_the_redirect_cap(server, base):
    with pytest.raises(FetchError, match="redirects more than 3 times"):
        fetch(f"{base}/loop", settings=FetchSettings(allow_loopback=True, max_redirects=3))
    assert len(server.requests) == 4


def test_an_address_too_long_to_fetch_is_said_to_be_so_in_a_short_message(base):
    # httpx refuses it ("URL too long"), and the fetch said the page "redirects to an address that is not a
    # valid URL", after the whole 70 KB address: a feed's item link was stored so, twice, in its failures.
    with pytest.raises(FetchError) as refused:
        fetch(f"{base}/article?" + "a" * 70_000, settings=LOCAL)
    message = str(refused.value)
    assert "70,0" in message and "characters long" in message and "redirects" not in message, message[-200:]
    assert len(message) < 300


@pytest.mark.parametrize("route", ["gzip", "brotli", "nested", "deflate", "raw-deflate"])
def test_decompresses_bodies(base, route):
    assert fetch(f"{base}/{route}", settings=LOCAL).content == ARTICLE.encode()


def test_refuses_a_body_over_the_size_cap(base):
    with pytest.raises(FetchError, match="at most 1,000"):
        fetch(f"{base}/big", settings=FetchSettings(allow_loopback=True, max_bytes=1000))


def test_counts_the_cap_after_decompression(base):
    with pytest.raises(FetchError, match="larger than 1,000,000 bytes"):
        fetch(f"{base}/bomb", settings=FetchSettings(allow_loopback=True, max_bytes=1_000_000))


@pytest.mark.parametrize("route", ["gzip-bomb", "brotli-bomb", "nested-bomb"])
def test_a_decompression_bomb_is_refused_without_inflating_it(base, route):
    # 64 MiB of zeros in 65 KB of gzip or 100 bytes of brotli: the cap is counted while decompressing,
    # so memory stays near the cap instead of holding what a whole network chunk expands to.
    settings = FetchSettings(allow_loopback=True, max_bytes=1_000_000)
    # Made before counting, and httpx imported: the server's memory and code are not the fetch's.
    gzip_bomb(), brotli_bomb(), fetch(f"{base}/article", settings=LOCAL)
    tracemalloc.start()
    try:
        with pytest.raises(
            PageTooLargeError,
            match=r"larger than 1,000,000 bytes, the most nutgraf reads: give the page's HTML, saved, or the"
            r" article's text instead$",
        ) as refused:
            fetch(f"{base}/{route}", settings=settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.kind == "input_too_large"
    assert peak < 4_000_000


@pytest.mark.parametrize(
    ("route", "message"),
    [("zstd", "in the zstd encoding, which nutgraf does not read"), ("deep-encodings", "20 encodings")],
)
def test_encodings_it_does_not_read_are_clear_errors(base, route, message):
    with pytest.raises(FetchError, match=message):
        fetch(f"{base}/{route}", settings=LOCAL)


def test_asks_only_for_the_encodings_it_reads(server, base):
    fetch(f"{base}/article", settings=LOCAL)
    assert server.requests[-1][1]["Accept-Encoding"] == "gzip, deflate, br"


def test_refuses_content_types_it_does_not_accept(base):
    with pytest.raises(FetchError, match="application/pdf"):
        fetch(f"{base}/pdf", settings=LOCAL)
    # A feed's address given for a page says how a feed is read, where it said to give a web page.
    with pytest.raises(
        FetchError, match=r"is application/rss\+xml, .*; subscribe to this feed with `nutgraf feeds add"
    ):
        fetch(f"{base}/feed", settings=LOCAL)
    # A JSON Feed too, which nutgraf subscribes to as it does RSS.
    with pytest.raises(FetchError, match=r"is application/feed\+json, .*; subscribe to this feed with"):
        fetch(f"{base}/json-feed", settings=LOCAL)


def test_feeds_come_with_their_own_accept_list(server, base):
    settings = FetchSettings(allow_loopback=True, accept=FEED_TYPES)
    assert fetch(f"{base}/feed", settings=settings).content_type == "application/rss+xml"
    assert "application/rss+xml" in server.requests[-1][1]["Accept"]


def test_conditional_get_answers_not_modified(base):
    page = fetch(f"{base}/conditional", settings=LOCAL, headers={"If-None-Match": ETAG})
    assert page.status == 304
    assert page.content == b""
    assert page.headers["etag"] == ETAG


def test_times_out_on_a_silent_server(base):
    with pytest.raises(FetchError, match=r"did not answer within 0\.3 seconds"):
        fetch(f"{base}/slow", settings=FetchSettings(allow_loopback=True, timeout=0.3))


@pytest.mark.parametrize("route", ["trickle-headers", "trickle-body"])
def test_a_server_that_trickles_is_cut_off_at_the_total_timeout(base, route):
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 0\.5 seconds"):
        fetch(f"{base}/{route}", settings=FetchSettings(allow_loopback=True, timeout=1, total_timeout=0.5))
    # Cut off long before the server's minute, however loaded the machine: the bound only fails when the
    # total timeout never comes, and the fetch reads on (each piece well within its read timeout).
    assert time.monotonic() - started < TRICKLE_PIECES * 0.1 / 2


def test_a_body_that_decodes_to_nothing_for_long_is_cut_off_at_the_total_timeout(base):
    # The deadline was looked at only when decoding gave out a piece of the body: 14 KB of encodings that
    # decode to nothing held a fetch's thread for as long as the decoders took (tens of seconds).
    empty_bomb()  # made before the count starts: the server's work is not the fetch's
    # The fetch decodes on this thread: its CPU, which a loaded machine does not lengthen as it does the
    # wall clock, is what the decoders took (tens of seconds when they ran on unchecked).
    started = time.thread_time()
    with pytest.raises(FetchError, match=r"took longer than 0\.5 seconds"):
        fetch(f"{base}/empty-bomb", settings=FetchSettings(allow_loopback=True, total_timeout=0.5))
    assert time.thread_time() - started < 2.5


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": -1},
        {"timeout": 0},
        {"timeout": math.inf},
        {"total_timeout": math.nan},
        {"max_redirects": -1},
        {"max_redirects": 2.5},
        {"max_bytes": "10"},
    ],
)
def test_settings_no_fetch_could_keep_are_refused(settings):
    with pytest.raises(InvalidInputError, match="FetchSettings: timeout"):
        FetchSettings(**settings)


def test_no_total_limit_is_no_timer(base):
    seen: list[BaseException] = []
    previous, threading.excepthook = threading.excepthook, lambda args: seen.append(args.exc_value)
    try:
        settings = FetchSettings(allow_loopback=True, total_timeout=math.inf)
        assert fetch(f"{base}/article", settings=settings).status == 200
        time.sleep(0.1)  # a timer thread that cannot wait that long fails as soon as it starts
    finally:
        threading.excepthook = previous
    assert seen == []


@pytest.mark.parametrize(("route", "message"), [("gone", "HTTP 410"), ("nowhere", "HTTP 404")])
def test_error_statuses_are_fetch_errors(base, route, message):
    with pytest.raises(FetchError, match=message):
        fetch(f"{base}/{route}", settings=LOCAL)


def test_refuses_loopback_unless_allowed_without_sending_anything(server, base):
    with pytest.raises(BlockedURLError, match="loopback"):
        fetch(f"{base}/article", settings=FetchSettings(allow_loopback=False))
    with pytest.raises(BlockedURLError, match="loopback"):
        fetch(f"http://localhost:{server.server_address[1]}/article", settings=FetchSettings())
    assert server.requests == []


def test_environment_allows_loopback_by_default(monkeypatch, base):
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    assert fetch(f"{base}/article").status == 200
    monkeypatch.delenv("NUTGRAF_ALLOW_LOOPBACK")
    with pytest.raises(BlockedURLError):
        fetch(f"{base}/article")


def test_a_redirect_to_a_private_address_is_refused_before_following(server, base):
    # Said as the redirect it is, where the address given was named nowhere.
    with pytest.raises(BlockedURLError) as refused:
        fetch(f"{base}/to-private", settings=LOCAL)
    assert str(refused.value) == (
        f"{base}/to-private redirects to http://10.11.12.13/secret: 10.11.12.13 is a private address;"
        " nutgraf fetches only public addresses; give the page's HTML or its text instead"
    )
    assert [path for path, _ in server.requests] == ["/to-private"]


def test_a_redirect_to_another_scheme_is_refused(base):
    # Named as the redirect it is: the page's address was given, and file:/// was named nowhere.
    with pytest.raises(BlockedURLError) as refused:
        fetch(f"{base}/to-file", settings=LOCAL)
    assert str(refused.value) == (
        f"{base}/to-file redirects to file:///etc/passwd: only http and https URLs can be fetched, not file"
    )
    with pytest.raises(FetchError, match="redirects to an address that is not a valid URL"):
        fetch(f"{base}/to-script", settings=LOCAL)


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://172.16.5.4:8080/x",
        "http://192.168.1.1/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata: link-local
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[::ffff:10.0.0.1]/",  # IPv4-mapped IPv6
        "http://[::ffff:127.0.0.1]/",
        "http://[::]/",
        "http://[ff02::1]/",
        "http://192.0.0.8/",  # IETF protocol assignments: "global" to ipaddress before Python 3.11.10
        "http://192.88.99.1/",
        "http://[2002:c000:8::]/",  # 6to4 of 192.0.0.8
        "http://[3fff::1]/",
        "http://[fec0::1]/",  # IPv6 site-local: "global" to ipaddress
        "http://[fd00::1]/",
        "http://[64:ff9b::a00:1]/",  # NAT64 of 10.0.0.1
        "http://[::ffff:0:7f00:1]/",  # IPv4-translated 127.0.0.1
    ],
)
def test_internal_addresses_are_refused(url):
    # IP literals resolve without DNS and are refused before any connection is opened.
    with pytest.raises(BlockedURLError):
        fetch(url, settings=FetchSettings(allow_loopback=False))


def test_private_networks_can_be_allowed_but_link_local_never():
    private = FetchSettings(allow_private=True)
    assert refusal_reason("10.0.0.1", private) is None
    assert refusal_reason("fd12::1", private) is None
    assert refusal_reason("169.254.169.254", private) == "a link-local address"
    assert refusal_reason("127.0.0.1", private) == "a loopback address"
    assert refusal_reason("93.184.216.34", FetchSettings()) is None
    assert refusal_reason("2606:4700::1111", FetchSettings()) is None


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("ftp://example.com/file", BlockedURLError),
        ("file:///etc/passwd", BlockedURLError),
        ("example.com/no-scheme", BlockedURLError),
        ("http://user:secret@example.com/", BlockedURLError),
        ("http:///no-host", FetchError),
        ("http://example.com:99999/", FetchError),
    ],
)
def test_bad_urls_are_clear_errors(url, error):
    with pytest.raises(error):
        fetch(url)


@contextmanager
def raw_server(answer: Callable[[socket.socket], None]) -> Iterator[int]:
    """A TCP server on 127.0.0.1 that reads each request and does ``answer`` to its socket; its port."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:  # closed: the test is over
                return
            with connection:
                connection.recv(4096)
                answer(connection)

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


def _reset(connection: socket.socket) -> None:
    # Linger 0: the close sends a RST, as a server or middlebox that drops a connection does.
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _answer_in_plain_http(connection: socket.socket) -> None:
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")


def _unused_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def assert_told_in_words(url: str, *words: str) -> None:
    """The FetchError of ``url`` says ``words``, and none of the OS's or TLS's own ("[Errno -2] Name or
    service not known", "[SSL: WRONG_VERSION_NUMBER] ... (_ssl.c:1006)"), which the user had been shown."""
    with pytest.raises(FetchError) as failed:
        fetch(url, settings=LOCAL)
    message = str(failed.value)
    for word in words:
        assert word in message, message
    for internal in ("Errno", "errno", "SSL:", "_ssl.c", "[", "Connection reset by peer"):
        assert internal not in message, message


def test_a_host_that_is_not_found_is_told_in_words():
    with pytest.raises(FetchError) as failed:
        fetch("http://example.invalid/story", settings=LOCAL)
    message = str(failed.value)
    # .invalid is never a name (RFC 6761); a machine without DNS cannot look it up either.
    assert (
        "the host example.invalid was not found (DNS knows no such name); check the address" in message
        or "the host example.invalid could not be looked up (DNS did not answer)" in message
    ), message
    assert "Errno" not in message and "Name or service" not in message


def test_a_host_that_is_not_found_raises_a_public_error():
    # fetch_article's caller saw the class _Unresolved, a private name it could not import to catch.
    with pytest.raises(HostNotFoundError) as failed:
        fetch_article("http://example.invalid/story")
    assert type(failed.value).__name__ == "HostNotFoundError" and failed.value.kind == "fetch_failed"


def test_connection_failures_are_told_in_words():
    port = _unused_port()
    assert_told_in_words(
        f"http://127.0.0.1:{port}/x",
        f"127.0.0.1 refused the connection (no web server answers on port {port})",
    )
    with raw_server(_reset) as port:
        assert_told_in_words(
            f"http://127.0.0.1:{port}/x", "127.0.0.1 cut the connection off", "try again later"
        )
    with raw_server(lambda connection: None) as port:
        assert_told_in_words(
            f"http://127.0.0.1:{port}/x", "127.0.0.1 closed the connection without answering"
        )
    with raw_server(_answer_in_plain_http) as port:
        assert_told_in_words(
            f"https://127.0.0.1:{port}/x", f"127.0.0.1 does not serve HTTPS on port {port}", "http://"
        )


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the self-signed certificate")
def test_a_certificate_that_is_not_valid_is_told_in_words(tmp_path):
    key, certificate = tmp_path / "key.pem", tmp_path / "certificate.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=localhost", "-keyout", str(key), "-out", str(certificate)),
        ],
        check=True,
        capture_output=True,
    )
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificate, key)
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.requests = []
    httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        assert_told_in_words(
            f"https://localhost:{httpd.server_address[1]}/article",
            "localhost's security certificate is not valid (it is self-signed)",
            "open the address in a browser",
        )
    finally:
        httpd.shutdown()
        httpd.server_close()


class _KeepAliveHandler(BaseHTTPRequestHandler):
    """One connection for many requests (HTTP/1.1): /hop redirects to b.test on the same server."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/hop":
            self.send_response(302)
            self.send_header("Location", f"https://b.test:{self.server.server_address[1]}/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = ARTICLE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the certificate")
def test_a_redirect_to_another_name_at_the_same_address_has_its_certificate_checked(tmp_path, monkeypatch):
    # The connection pool is keyed by the checked address: a redirect from a.test to b.test, which
    # resolves to the same address, was sent over a.test's open TLS connection, so b.test's certificate
    # was never asked for. With DNS that answers b.test with a.test's server, that server spoke for b.test.
    key, certificate = tmp_path / "key.pem", tmp_path / "certificate.pem"
    subprocess.run(
        [
            *(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=a.test",
            ),
            *("-addext", "subjectAltName=DNS:a.test", "-keyout", str(key), "-out", str(certificate)),
        ],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(certifi, "where", lambda: str(certificate))  # a.test's certificate is trusted
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificate, key)
    httpd = _Server(("127.0.0.1", 0), _KeepAliveHandler)
    httpd.daemon_threads = True
    httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]
    resolve = socket.getaddrinfo
    both_here = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    def resolving(host, *args, **kwargs):
        return both_here if host in ("a.test", "b.test") else resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolving)
    try:
        assert fetch(f"https://a.test:{port}/article", settings=LOCAL).status == 200
        with pytest.raises(
            FetchError, match=r"b\.test's security certificate is not valid \(it is for another"
        ):
            fetch(f"https://a.test:{port}/hop", settings=LOCAL)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_article_extracts_and_fills_url_and_site(base):
    article = fetch_article(f"{base}/redirect", settings=LOCAL)
    assert article.url == f"{base}/article"
    assert article.site == "Daily Tide"
    assert article.title == "Harbour bridge reopens"
    assert article.text.startswith("The harbour bridge reopened on Monday after 1 months")
    assert "Home" not in article.text


@pytest.mark.parametrize("path", ["/empty", "/blank"])
def test_a_page_with_no_text_is_said_to_be_that_page(base, path):
    # It had been "the input holds no text", naming no page, where the reader gave an address (fuzz round 16).
    with pytest.raises(EmptyInputError, match=rf"^{re.escape(base + path)} sent a page with no text$"):
        fetch_article(f"{base}{path}", settings=LOCAL)


def test_fetch_article_follows_a_meta_refresh_from_a_page_without_an_article(base):
    # The page says "Redirecting to the story." and sends the browser on: its summary was that sentence.
    article = fetch_article(f"{base}/refresh", settings=LOCAL)
    assert article.url == f"{base}/article"
    assert article.title == "Harbour bridge reopens"


def test_fetch_article_follows_a_meta_refresh_from_a_khmer_page_without_an_article(base):
    # "Redirecting you to the story. If your browser does not, click here.": its letters, counted for Khmer's
    # reading time, had passed for an article's 50 words, and the stop was the article.
    article = fetch_article(f"{base}/refresh-khmer", settings=LOCAL)
    assert article.url == f"{base}/article"
    assert article.title == "Harbour bridge reopens"


def test_a_meta_refresh_is_checked_and_counted_as_a_redirect_is(base):
    with pytest.raises(BlockedURLError, match=r"169\.254\.169\.254 is a link-local address"):
        fetch_article(f"{base}/refresh-to-metadata", settings=LOCAL)
    with pytest.raises(
        FetchError, match=r"refresh-loop sends the reader on \(meta refresh\) more than 5 times"
    ):
        fetch_article(f"{base}/refresh-loop", settings=LOCAL)


def test_an_answer_that_is_not_http_says_so(base):
    # It said "cannot fetch URL: Receive buffer too long", h11's words for headers over 100 KB.
    with pytest.raises(FetchError, match=r"huge-header: its server did not answer in valid HTTP"):
        fetch(f"{base}/huge-header", settings=LOCAL)


def test_a_meta_refresh_to_a_script_is_no_hop(base):
    # "javascript:..." is no page to fetch: refused as a URL, the error named an address nobody gave.
    article = fetch_article(f"{base}/refresh-to-script", settings=LOCAL)
    assert article.url == f"{base}/refresh-to-script"


def test_meta_refresh_hops_share_the_total_timeout(base):
    # Four hops of 0.3 s each: every one within a second, all of them not. A fetch, redirects and
    # refreshes included, is held to total_timeout, which a service's worker counts on.
    with pytest.raises(FetchError, match=r"refresh-slowly took longer than 1 seconds"):
        fetch_article(f"{base}/refresh-slowly", settings=FetchSettings(allow_loopback=True, total_timeout=1))
    assert fetch_article(f"{base}/refresh-slowly", settings=LOCAL).url == f"{base}/article"


def test_an_article_with_a_meta_refresh_is_the_article(base):
    for route in ("refresh-later", "refresh-with-article"):
        article = fetch_article(f"{base}/{route}", settings=LOCAL)
        assert article.url == f"{base}/{route}"
        assert article.text.startswith("The harbour bridge reopened on Monday")


def test_fetch_article_honours_the_declared_charset(base):
    page = fetch(f"{base}/latin", settings=LOCAL)
    assert page.encoding == "windows-1252"
    from nutgraf.extract.html import decode_html

    assert "café de la gare ferme à l'été" in decode_html(page.content, page.encoding)


@pytest.mark.parametrize("charset", ["utf-16", "utf-16-be"])
def test_a_header_naming_an_encoding_the_page_s_markup_is_not_in_is_not_believed(base, charset):
    # Believed, the header made the article (title, text) Chinese characters. The page's own <meta
    # charset> was checked so already: a label must read "<meta charset=" as ASCII reads it.
    article = fetch_article(f"{base}/wide-label?{charset}", settings=LOCAL)
    assert article.title == "Harbour bridge reopens"
    assert article.text.startswith("The harbour bridge reopened on Monday, café open, after 1 months")
    assert "the city conseil général said" in article.text


def test_a_page_in_utf16_without_a_byte_order_mark_is_read_in_its_header_s_label(base):
    article = fetch_article(f"{base}/chinese-utf16", settings=LOCAL)
    assert article.text.startswith("港口大桥在维修1个月后于周一重新开放")


def test_cli_extracts_and_summarizes_urls(monkeypatch, capsys, base):
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    assert cli.main(["extract", f"{base}/article", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Harbour bridge reopens")
    assert "Ines Moreau" in out
    assert cli.main(["summarize", f"{base}/article", "--sentences", "1", "--summarizer", "lead"]) == 0
    assert "harbour bridge reopened" in capsys.readouterr().out


def test_cli_refuses_a_bomb_in_one_line(monkeypatch, capsys, base):
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    assert cli.main(["summarize", f"{base}/brotli-bomb"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nutgraf: error: ") and "larger than 10,000,000 bytes" in err
    assert err.count("\n") == 1


def test_cli_reports_a_blocked_url_in_one_line(capsys):
    assert cli.main(["extract", "http://192.168.0.1/"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nutgraf: error: 192.168.0.1 is a private address")
    # It had ended on "nutgraf fetches only public addresses", with nothing to do about it.
    assert err.endswith("; give the page's HTML or its text instead\n")
    assert "Traceback" not in err
    assert cli.main(["extract", "ftp://example.com/story"]) == 1
    assert "only http and https" in capsys.readouterr().err
