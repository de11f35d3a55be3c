"""What hostile sites and writers cost the reader service, measured on loopback (issue 13).

It starts ``nutgraf serve`` (one uvicorn process, a fresh SQLite store, loopback fetches allowed, rate
limit off, the fetch pool at its defaults) on a free port, with sites of its own on loopback, and measures:

* **decompression bombs**: the server's peak resident memory (``VmHWM``) after it fetched a brotli bomb
  (2 GiB of zeros in a few kilobytes) and a gzip bomb (1 GiB in about a megabyte), each refused as too
  large, against its peak while idle (after a warm-up fetch). Goal: within 50 MB of the idle peak.
* **slow sites**: ``/healthz`` latency (p50, p99 of 200 requests) while 60 fetches, from 60 client
  addresses (127.0.0.2 to .61), wait on a site that sends one byte every 5 s; and, for comparison, while
  idle. Goal: p99 under 100 ms.
* **a giant article**: ``POST /api/articles`` of a million one-word lines (2 MB of text), then the time
  and size of its reader page; and the same for the article as it was stored before text was folded
  (a million paragraphs, put in the store directly). Goal: under 1 s and 5 MB.
* **comments**: the time to extract a page that opens with an HTML comment and carries 1,000 more
  (in a process of its own, given up after 60 s). Goal: under 100 ms.
* **huge texts**: ``nutgraf summarize FILE`` (the CLI, a process of its own each, given up after 120 s)
  of texts at or near the 20 million characters nutgraf takes: Chinese and Japanese news with 。, Chinese
  without a sentence end, English, one line of Latin letters, one of letters with two combining marks
  each (and with one Greek letter at its end, and after a Greek letter, with or without an oxia, each),
  bullets parted by spaces (alone, before a story, and with a number each), punctuation alone, emoji
  alone, one-word sentences (20 MB, refused, and just under nutgraf.segment.MAX_SENTENCE_MARKS of them), one
  sentence repeated (5 MB), a million short lines, 500,000 numbered list items, HTML given as text,
  one 20 MB "sentence" of distinct random words and 7 MB of random numbers (refused: a first sentence
  past nutgraf.engines.default.MAX_SCORED_CHARACTERS), and one over the bound; and ``nutgraf.check`` of a 14.6 MB article
  and ``nutgraf.keyphrases`` of the English text with an address in every fourth sentence (1.9 s of CPU before
  2026-12-05, its addresses marked to its end where a megabyte is read for words; 0.7 s after); since the
  languages round (2026-12-05) Thai news whose words are found by a search of a word list, summarized and
  given to ``nutgraf.keyphrases`` (which reads its first 300,000 Thai characters). Its time and peak memory
  (``VmHWM``), and how it ended (a summary, or the error's first line). Goal: under 5 s and 500 MB,
  each, and an error for the text over the bound.
* **hostile shapes** (``--shapes``): feeds of 10 MB given to ``parse_feed`` (items of 300 KB of tiny tags,
  in CDATA and escaped; one 10 MB item of escaped tags; 10 MB of inline XHTML; an item of 100,000
  enclosures; a JSON Feed holding 10 MB of empty lists: 3.7 s and 280 MB before 2026-12-04), pages of 9 and 6 MB
  given to ``nutgraf.extract`` (300,000 ``<address>`` bylines run together under the headline, and 300,000
  holding one letter each: 2.6 s of CPU in the drop caps' stage before 2026-12-05; 100,000 pairs of
  ``<meta charset>``, a 10 MB attribute or 500,000 references to a control character before the article,
  which cut it away or left none before 2026-12-05), text of 16 MB to ``decode_text`` (stray bytes; a
  windows-1251 article in a UTF-8 page) and ``nutgraf batch`` of
  a 100 MB JSONL line holding 12 million numbers or 30 million empty lists; since round 12 (2026-12-05) a
  feed of 30 entries each a 1 MB page body, a 15 MB word before a page's article, JSON-LD of a million
  nested arrays, 16 MB of overlong UTF-8 among ASCII and a 16 MB Czech page in windows-1250: time and
  peak memory (each shape's own process's, VmHWM; a batch's, its processes'), and what came of each. Goal: under 5 s and 500 MB each (before
  2026-12-03: 31-107 s for the feeds, 2.4 GB and 39 s for the empty lists).

Run::

    python bench/hostile_bench.py            # two minutes (20-25 s, and the huge texts 60-90 s, on 2 cores)
    python bench/hostile_bench.py --json
    python bench/hostile_bench.py --huge     # the huge texts alone
    python bench/hostile_bench.py --shapes   # the hostile feeds and JSONL lines alone (about a minute)

Everything is bounded: bombs are refused after 10 MB, slow fetches end when the bench closes their site,
the extraction is killed after 60 s. Exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import brotli
import httpx

from load_bench import free_port, start_server
from nutgraf.segment import MAX_SENTENCE_MARKS

BOMB_MB_GOAL = 50.0
HEALTH_P99_GOAL_MS = 100.0
PAGE_SECONDS_GOAL = 1.0
PAGE_BYTES_GOAL = 5_000_000
EXTRACT_SECONDS_GOAL = 0.1
SLOW_FETCHES = 60
TRICKLE_INTERVAL = 5.0
EXTRACT_TIMEOUT = 60.0
MB = 1_000_000
HUGE_SECONDS_GOAL = 5.0
HUGE_MB_GOAL = 500.0
HUGE_TIMEOUT = 120.0


def zeros_brotli(gib: int) -> bytes:
    """``gib`` GiB of zeros, brotli-compressed (a few kilobytes)."""
    compressor, block = brotli.Compressor(quality=5), bytes(2**20)
    return b"".join(compressor.process(block) for _ in range(gib * 1024)) + compressor.finish()


def zeros_gzip(gib: int) -> bytes:
    """``gib`` GiB of zeros, gzip-compressed (about a megabyte): one MiB compressed after a full flush
    starts afresh, so its bytes are the same every time and are repeated rather than made again."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(2**20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(gib * 1024):
        crc = zlib.crc32(bytes(2**20), crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    size = gib * 2**30
    trailer = crc.to_bytes(4, "little") + (size % 2**32).to_bytes(4, "little")
    return header + block * (gib * 1024) + b"\x03\x00" + trailer


ARTICLE_PAGE = (
    "<html><head><title>Harbour bridge reopens</title></head><body><article><h1>Harbour bridge reopens</h1>"
    + "".join(
        f"<p>The harbour bridge reopened on Monday after {n} months of repairs, the city council said in a"
        f" statement. Engineers replaced the cables and resurfaced the deck, paragraph {n}.</p>"
        for n in range(1, 8)
    )
    + "</article></body></html>"
).encode()


@contextmanager
def bomb_site(bombs: dict[str, tuple[bytes, str]]) -> Iterator[str]:
    """Pages on loopback: ``/article``, and each bomb by path with its Content-Encoding."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body, encoding = bombs.get(self.path, (ARTICLE_PAGE, ""))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if encoding:
                self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(OSError):  # the fetch stopped reading at its cap
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class TrickleSite:
    """A site (asyncio, on the bench's loop) that sends each page one byte every ``interval`` seconds."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.connections = 0
        self.closed = asyncio.Event()
        self.server: asyncio.Server | None = None
        self.url = ""

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._answer, "127.0.0.1", 0, backlog=512)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
            while not self.closed.is_set():
                writer.write(b"x")
                await writer.drain()
                with suppress(TimeoutError):
                    await asyncio.wait_for(self.closed.wait(), self.interval)
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            self.connections -= 1
            writer.close()

    async def close(self) -> None:
        self.closed.set()
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()


def peak_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / MB
    raise RuntimeError("no VmHWM in /proc (Linux only)")


def measure_bombs(base: str, pid: int) -> dict[str, object]:
    started = time.perf_counter()
    bombs = {"/bomb.br": (zeros_brotli(2), "br"), "/bomb.gz": (zeros_gzip(1), "gzip")}
    made = time.perf_counter() - started
    results: dict[str, object] = {
        "brotli_bomb_bytes": len(bombs["/bomb.br"][0]),
        "gzip_bomb_bytes": len(bombs["/bomb.gz"][0]),
        "seconds_to_make": round(made, 1),
    }
    with bomb_site(bombs) as site, httpx.Client(base_url=base, timeout=120) as http:
        warm = http.post("/api/articles", json={"url": f"{site}/article"})
        assert warm.status_code == 201, warm.text
        idle = peak_mb(pid)
        results["idle_peak_mb"] = round(idle, 1)
        for name, path in (("brotli", "/bomb.br"), ("gzip", "/bomb.gz")):
            began = time.perf_counter()
            answer = http.post("/api/articles", json={"url": f"{site}{path}"})
            results[f"{name}_answer"] = f"{answer.status_code} {answer.json().get('kind')}"
            results[f"{name}_seconds"] = round(time.perf_counter() - began, 2)
            results[f"{name}_peak_over_idle_mb"] = round(peak_mb(pid) - idle, 1)
    return results


async def measure_health(base: str) -> dict[str, object]:
    async def latencies(http: httpx.AsyncClient, count: int) -> list[float]:
        seen = []
        for _ in range(count):
            began = time.perf_counter()
            answer = await http.get("/healthz")
            seen.append((time.perf_counter() - began) * 1000)
            assert answer.status_code == 200, answer.text
            await asyncio.sleep(0.02)
        return seen

    def summary(values: list[float]) -> dict[str, float]:
        cuts = statistics.quantiles(values, n=100)
        return {"p50_ms": round(cuts[49], 2), "p99_ms": round(cuts[98], 2), "max_ms": round(max(values), 2)}

    site = TrickleSite(TRICKLE_INTERVAL)
    await site.start()
    clients = [
        httpx.AsyncClient(
            base_url=base, timeout=300, transport=httpx.AsyncHTTPTransport(local_address=f"127.0.0.{n + 2}")
        )
        for n in range(SLOW_FETCHES)
    ]
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        idle = await latencies(http, 200)
        fetches = [
            asyncio.create_task(client.post("/api/summarize", json={"url": f"{site.url}/{n}"}))
            for n, client in enumerate(clients)
        ]
        deadline = time.monotonic() + 60
        while site.connections < min(SLOW_FETCHES, 16) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        await asyncio.sleep(2)  # the rest reach the server and wait for a fetch thread
        connections = site.connections
        loaded = await latencies(http, 200)
        still_open = site.connections
        await site.close()
        answers = await asyncio.gather(*fetches)
    for client in clients:
        await client.aclose()
    statuses: dict[str, int] = {}
    for answer in answers:
        key = f"{answer.status_code} {answer.json().get('kind')}"
        statuses[key] = statuses.get(key, 0) + 1
    return {
        "idle": summary(idle),
        "while_slow_fetches": summary(loaded),
        "fetching_at_start": connections,
        "fetching_at_end": still_open,
        "fetch_answers": statuses,
    }


def measure_giant(base: str, database: Path) -> dict[str, object]:
    from nutgraf.article import Article
    from nutgraf.store import Store

    store = Store.open(f"sqlite:///{database}")
    try:  # as stored before clean_text folded long text: a million paragraphs
        unfolded, _ = store.add_article(Article(text="\n\n".join(["Word"] * 1_000_000)))
    finally:
        store.close()
    results: dict[str, object] = {}
    with httpx.Client(base_url=base, timeout=300) as http:
        began = time.perf_counter()
        posted = http.post("/api/articles", json={"text": "a\n" * 1_000_000})
        results["post_seconds"] = round(time.perf_counter() - began, 2)
        assert posted.status_code == 201, posted.text
        text = posted.json()["text"]
        results["stored_paragraphs"] = text.count("\n\n") + 1
        for name, article_id in (("folded", posted.json()["id"]), ("unfolded", unfolded.id)):
            for page in (1, 2):
                times, size = [], 0
                for _ in range(3):
                    began = time.perf_counter()
                    answer = http.get(f"/articles/{article_id}?page={page}")
                    times.append(time.perf_counter() - began)
                    assert answer.status_code == 200
                    size = len(answer.content)
                results[f"{name}_page_{page}"] = {
                    "seconds": round(statistics.median(times), 3),
                    "bytes": size,
                }
    return results


COMMENTS_PAGE = textwrap.dedent(
    """
    import time
    from nutgraf import extract
    paragraph = (
        "<p>The harbour bridge reopened on Monday after months of repairs, the city council said in a"
        " statement on its website.</p>"
    )
    page = (
        "<!-- generated by the site's content system -->\\n<html><head><title>Bridge</title></head><body>"
        + "".join(f"<!-- block {n} -->" + (paragraph if n % 100 == 0 else "") for n in range(1000))
        + "</body></html>"
    )
    extract(page)  # imports and first-call costs out of the measure
    began = time.perf_counter()
    extract(page)
    print(time.perf_counter() - began)
    """
)


def measure_comments() -> dict[str, object]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", COMMENTS_PAGE], capture_output=True, text=True, timeout=EXTRACT_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "note": f"did not finish within {EXTRACT_TIMEOUT:g} s"}
    if done.returncode:
        return {"seconds": None, "note": done.stderr.strip().splitlines()[-1]}
    return {"seconds": round(float(done.stdout), 4)}


_CHINESE = (
    "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。",
    "但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。",
    "在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了。",
    "如今，他更关心的是国家未来的发展方向，以及留学生回国就业和创业的相关政策。",
    "政府周二公布的数据显示，第三季度经济增长了百分之五点二。",
)
_JAPANESE = (
    "政府は月曜日に新しい計画を発表した。",
    "会議は東京で開かれ、多くの専門家が参加した。",
    "首相は記者団に対し、経済対策を急ぐ考えを示した。",
    "野党はこの計画に強く反対している。",
)
# Thai, written with a space between sentences only: its words are found by a search of nutgraf's word list.
_THAI = (
    "ฝนตกหนักในภาคใต้ตอนล่างทำให้เกิดน้ำท่วมฉับพลันในหลายพื้นที่",
    "ประชาชนกว่าสามพันครัวเรือนต้องอพยพไปยังศูนย์พักพิงชั่วคราว",
    "กรมอุตุนิยมวิทยาประกาศเตือนภัยให้ประชาชนเฝ้าระวังอีกสามวัน",
)
_ENGLISH = (
    "The council voted on Tuesday to approve the new budget for the coming year.",
    "Critics said the $40 million cost was too high, and that the schools would pay for it.",
    "Officials promised a review in the spring, when the first figures are due.",
    "The mayor told reporters that three hundred teachers would be hired by September.",
)


def _prose(sentences: tuple[str, ...], characters: int) -> str:
    """Paragraphs of ``sentences`` in an order that turns, numbered, to ``characters`` characters."""
    paragraphs, size, n = [], 0, 0
    while size < characters:
        shift = n % len(sentences)
        paragraph = " ".join(sentences[shift:] + sentences[:shift]) + f" ({n})\n\n"
        paragraphs.append(paragraph)
        size += len(paragraph)
        n += 1
    return "".join(paragraphs)[:characters]


def one_word_sentences(characters: int) -> str:
    """Sentences of one word ("Yes. No. Maybe. Go."), five characters each on average, to ``characters``."""
    return ("Yes. No. Maybe. Go. " * (characters // 20 + 1))[:characters].rstrip()


def distinct_words(characters: int, seed: int = 1) -> str:
    """Random lower-case words of eight letters, nearly all distinct, to ``characters``, with no stop."""
    letters = random.Random(seed).choices(string.ascii_lowercase, k=characters * 8 // 9 + 8)
    return " ".join("".join(letters[k : k + 8]) for k in range(0, len(letters), 8))[:characters]


def random_numbers(characters: int, seed: int = 1) -> str:
    """Random numbers below a billion, space-separated, to ``characters``, with no stop."""
    draw = random.Random(seed).randrange
    return " ".join(str(draw(10**9)) for _ in range(characters // 9 + 1))[:characters]


def huge_texts() -> dict[str, str]:
    """The huge inputs, by name, at most 20 million characters but the one over."""
    chinese = _prose(_CHINESE, 19_900_000).replace(" ", "")
    item = "<div class='story'><p>The council voted on <b>Tuesday</b> to approve the budget.</p><a href='/x'>Share</a></div>\n"
    return {
        "chinese_19.9M_chars": chinese,
        "chinese_20MB": chinese[: 20 * MB // 3],
        "japanese_20MB": _prose(_JAPANESE, 20 * MB // 3).replace(" ", ""),
        "chinese_no_sentence_end_19.9M_chars": chinese.replace("。", "").replace("\n", ""),
        "english_19.9M_chars": _prose(_ENGLISH, 19_900_000),
        "thai_19.9M_chars": _prose(_THAI, 19_900_000),
        "latin_one_line_20M": ("abcdefghijklmnopqrstuvwxyz" * (20 * MB // 26 + 1))[: 20 * MB],
        # Two marks on every letter, as decomposed text writes accents: composed a letter at a time, 8.7 s
        # and 823 MB before hostile input round 23 (2026-12-06).
        "marked_letters_19.9M_chars": ("e\u0301\u0323" * (19_900_000 // 3 + 1))[:19_900_000],
        # The same and one Greek letter at its end: letter by letter again, 9.4 s and 835 MB, before hostile
        # input round 24 (2026-12-06).
        "marked_letters_and_a_greek_letter_19.9M_chars": ("e\u0301\u0323" * (19_900_000 // 3))[:19_899_999]
        + "\u03b1",
        # A bullet between spaces: each line's words split into one list, 1 GB before hostile input round 23.
        "bullets_19.9M_chars": "\u2022 " * (19_900_000 // 2),
        # Each marked Latin letter after a Greek one: a letter at a time, 10 s and 1 GB before hostile input
        # round 25; bullets before a story, each line's menu entries listed twice, 5.4 s; and "• 1 " listed
        # in one list, 594 MB.
        "greek_and_marked_latin_letters_19.9M_chars": "\u03b1e\u0301\u0323" * (19_900_000 // 4),
        # Each after a Greek letter with an oxia, which NFC changes alone: each kept out of its stretch's call
        # of NFC, listed and written back in Python, 7.6 s of CPU before hostile input round 26.
        "oxia_and_marked_latin_letters_19.9M_chars": "\u1f71e\u0301\u0323" * (19_900_000 // 4),
        "bullets_before_a_story_19.9M_chars": "\u2022 " * 9_900_000 + "\n\n" + _prose(_ENGLISH, 99_000),
        "bullet_numbers_20M": "\u2022 1 " * (20 * MB // 4),
        "punctuation_20M": ("!?.,;:-—\"'()[]…" * (20 * MB // 15 + 1))[: 20 * MB],
        "emoji_20MB": "😀👍🏽🔥❤️🇬🇧" * (20 * MB // 34),
        "one_sentence_repeated_5MB": f"{_ENGLISH[0]} " * (5 * MB // (len(_ENGLISH[0]) + 1)),
        "million_short_lines": "\n".join(
            ("Hello", "world", "News item", "ok", "The end.")[n % 5] for n in range(MB)
        ),
        "list_of_500k_items": "Ten things to know.\n\n"
        + "\n".join(f"{n}. Item {n} was approved." for n in range(1, 500_001)),
        "html_as_text_20M": "<html><body>" + item * (20 * MB // len(item) - 1) + "</body></html>",
        # Sentences of one word: each costs the segmenter and the engine the same Python work as a long
        # one. 5 million of them took 58 s; past nutgraf.segment.MAX_SENTENCE_MARKS they are refused.
        "one_word_sentences_20M": one_word_sentences(20 * MB),
        "one_word_sentences_at_the_bound": one_word_sentences(MAX_SENTENCE_MARKS * 5 - 1),
        # One "sentence" whose every word is a stem to make, and numbers with no stop: scored whole, 17 s and
        # 1.3 GB, and 6 s and 500 MB; a first sentence past the engine's million characters is refused.
        "distinct_words_one_sentence_20M": distinct_words(20 * MB - 1),
        "random_numbers_7M": random_numbers(7 * MB),
        "over_the_bound": _prose(_ENGLISH, 20_000_001),
    }


HUGE_RUN = textwrap.dedent(
    """
    import contextlib, io, json, sys, time
    from pathlib import Path
    from nutgraf.cli import main
    out, err = io.StringIO(), io.StringIO()
    began = time.perf_counter()
    if sys.argv[2] == "check":
        import nutgraf
        text = Path(sys.argv[1]).read_text(encoding="utf-8")[:14_600_000]
        summary = [
            "The council voted on Tuesday to approve the new budget for the coming year.",
            "Critics said the $50 million cost was too high.",
        ]
        evidence = nutgraf.check(text, summary)
        status, said = 0, " ".join(f"{s.supported}:{s.score}" for s in evidence.sentences)
    elif sys.argv[2] == "keyphrases":
        import nutgraf
        # An address in every fourth sentence: keyphrases mark addresses, which they had done to the text's
        # end where they read its first megabyte for words.
        text = Path(sys.argv[1]).read_text(encoding="utf-8")
        found = nutgraf.keyphrases(text.replace("Critics said", "Critics (news@council.example) said")[:19_900_000])
        status, said = 0, ", ".join(k.text for k in found)
    else:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["summarize", sys.argv[1]])
        said = (out.getvalue() or err.getvalue()).strip()
    seconds = time.perf_counter() - began
    peak = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:"))
    print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(int(peak.split()[1]) * 1024 / 1e6),
                      "status": status, "said": said.splitlines()[0][:100] if said else ""}))
    """
)


def measure_huge() -> dict[str, object]:
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, text in huge_texts().items():
            path = Path(folder) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            runs = [(name, "summarize")] + (
                [("check_14.6MB_article", "check"), ("keyphrases_19.9M_chars", "keyphrases")]
                if name.startswith("english")
                else [("thai_keyphrases_19.9M_chars", "keyphrases")]
                if name.startswith("thai")
                else []
            )
            for label, kind in runs:
                try:
                    done = subprocess.run(
                        [sys.executable, "-c", HUGE_RUN, str(path), kind],
                        capture_output=True,
                        text=True,
                        timeout=HUGE_TIMEOUT,
                    )
                except subprocess.TimeoutExpired:
                    results[label] = {"seconds": None, "note": f"did not finish within {HUGE_TIMEOUT:g} s"}
                    continue
                lines = done.stdout.strip().splitlines()
                if done.returncode or not lines:
                    results[label] = {
                        "seconds": None,
                        "note": (done.stderr.strip().splitlines() or ["?"])[-1],
                    }
                else:
                    results[label] = json.loads(lines[-1])
            path.unlink()
    return results


# Each hostile shape, made and read in a process of its own: a feed given to nutgraf.feeds.parse_feed, or
# a JSONL file given to ``nutgraf batch`` (one worker; its peak is the largest of its processes', and its
# time includes starting the command, about a second).
SHAPE_RUN = textwrap.dedent(
    """
    import html, json, resource, shutil, sys, tempfile, time
    from pathlib import Path
    shape = sys.argv[1]
    rss = ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
           '<channel><title>T</title>{}</channel></rss>')
    def items(content, size=10_000_000):
        one = "<item><title>S</title><link>https://news.example/{}</link><content:encoded>%s</content:encoded></item>" % content
        return "".join(one.format(n) for n in range(size // len(one) + 1))
    tags = "<b>x</b>" * 37_500  # 300 KB of tiny tags an item
    if shape == "feed_300KB_items_of_tags_in_cdata":
        document = rss.format(items(f"<![CDATA[{tags}]]>"))
    elif shape == "feed_300KB_items_of_escaped_tags":
        document = rss.format(items(html.escape(tags)))
    elif shape == "feed_one_10MB_item_of_escaped_tags":
        document = rss.format(items(html.escape("<b>x</b>" * 500_000), 1))
    elif shape == "atom_10MB_of_inline_xhtml":
        entry = ('<entry><title>S</title><id>urn:{}</id><link href="https://news.example/{}"/><content type="xhtml">'
                 '<div xmlns="http://www.w3.org/1999/xhtml">' + "<b>x</b>" * 12_500 + "</div></content></entry>")
        document = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>' + "".join(
            entry.format(n, n) for n in range(100)) + "</feed>"
    elif shape == "feed_item_of_100k_enclosures":
        document = rss.format("<item><title>S</title><link>https://news.example/1</link>" + "".join(
            f'<enclosure url="https://news.example/{n}.mp3" length="1" type="audio/mpeg"/>' for n in range(100_000)
        ) + "</item>")
    elif shape == "feed_30_items_of_1MB_html":
        # Since 2026-12-05 (round 12): each entry a whole page's body, escaped.
        document = rss.format(items(html.escape("<p>" + "The council met. " * 60_000 + "</p>"), 30_000_000))
    elif shape == "feed_item_of_5M_line_breaks":
        # Since 2026-12-05 (the fuzz round after round 15): feedparser is told of each line apart, and an
        # item of a letter a line took 6 s; now listed without its content, its line breaks counted as markup.
        document = rss.format(items("a\\n" * 5_000_000, 1))
    elif shape == "feed_json_10MB_of_empty_lists":
        document = ('{"version": "https://jsonfeed.org/version/1.1", "title": "T", "x": [' + ",".join(["[]"] * 3_300_000)
                    + '], "items": [{"id": "1", "url": "https://news.example/1"}]}')
    elif shape.startswith("text"):
        # Stray bytes in UTF-8 text (a legacy-encoded article in a UTF-8 page): one run of 400,000 after 1.7
        # million Chinese characters, the same strays in runs of 40, and a 16 MB page labelled windows-1252
        # that is UTF-8 with one stray, whose strays had been read twice (1.8 times decode_text's time).
        chinese = "政府批准了法案".encode()
        document = {
            "text_one_run_of_400k_stray_bytes": chinese * 240_000 + b"\\xe9" * 400_000,
            "text_400k_stray_bytes_in_runs_of_40": (chinese[:3] + b"\\xe9" * 40) * 10_000 + chinese * 236_000,
            "text_16MB_page_labelled_1252_of_utf8": b"<html><head><meta charset='windows-1252'></head><body>"
            + (("<p>" + "Le projet a été approuvé par le conseil. " * 20 + "</p>\\n") * 19_000).encode()
            + b"caf\\xe9</body></html>",
            # A UTF-8 template around a windows-1251 article whose strays outnumber its UTF-8: read as UTF-8
            # with its strays read in windows-1251 since 2026-12-05, not wholly in one legacy encoding.
            "text_16MB_windows_1251_article_in_utf8_page": ("<html><head><title>План — Новости</title></head>"
            + "<nav>Sección “1” — Niños</nav>" * 30).encode()
            + ("<p>" + "Городской совет утвердил план во вторник после долгих дебатов. " * 20 + "</p>\\n").encode("cp1251")
            * 12_000,
            # Since 2026-12-05 (round 12): 16 MB of overlong UTF-8 ("../" as C0 AE C0 AE 2F, which had read as
            # Korean) among ASCII, and 16 MB of a Czech page in windows-1250 read by its language's letters.
            "text_16MB_of_overlong_utf8": b"GET /files/\\xc0\\xae\\xc0\\xae/etc/passwd was asked for. " * 400_000,
            "text_16MB_czech_page_in_windows_1250": ("<p>" + "Vláda v úterý schválila návrh zákona o státním rozpočtu. "
            * 20 + "</p>\\n").encode("cp1250") * 13_000,
        }[shape]
    elif shape.startswith("page"):
        # The byline element of a header, run together 300,000 times, and 300,000 holding one letter each
        # (a drop cap's shape; 20,000 after the page's element cut).
        # Before the article, since 2026-12-05 (each had cut it away): 100,000 pairs of <meta charset>, one
        # attribute of 10 MB; and 500,000 character references to a control character in it (each had
        # left trafilatura no article).
        paragraph = ("<p>The harbour bridge reopened on Monday after months of repairs, the city council said"
                     " in a statement on its website.</p>")
        head, before = "", {
            "page_300k_address_bylines": "<address>By Jane Doe</address>" * 300_000,
            "page_300k_one_letter_addresses": "<address>J</address>" * 300_000,
            "page_10MB_attribute": '<div data-x="' + "a" * 10_000_000 + '"></div>',
            "page_500k_control_references": "<p>" + "bri&#1;dge " * 500_000 + "</p>",
            # Since 2026-12-05 (round 12): a 15 MB "word" in a paragraph before the article, which took the
            # character cut and was the article's text; and JSON-LD of a million nested arrays.
            "page_15MB_word_before_the_article": "<p>" + "a" * 15_000_000 + "</p>",
            # Since 2026-12-05 (the fuzz round after round 15): a poll of 8,000 radio buttons in one form,
            # whose form's words were counted for each button (some 8 s, the deadline's cut leaving a paragraph).
            "page_poll_of_8000_radio_buttons": '<form class="poll"><p>Which answer?</p>' + "".join(
                f'<input type="radio" name="q" value="{n}"> Answer {n}' for n in range(8_000)) + "</form>",
            "page_jsonld_1M_nested_arrays": '<script type="application/ld+json">' + "[" * 1_000_000
            + "]" * 1_000_000 + "</script>",
        }.get(shape, "")
        if shape == "page_100k_meta_charset_pairs":
            head = '<meta charset="utf-8"><meta charset="windows-1251">' * 100_000
        document = (f"<html><head><title>Bridge</title>{head}</head><body><article><h1>Bridge reopens</h1><div>"
                    + before + "</div>" + paragraph * 8 + "</article></body></html>")
    if shape.startswith("text"):
        import importlib
        from nutgraf.decode import decode_text
        decode = decode_text
        if shape.endswith("1252_of_utf8"):
            decode = importlib.import_module("nutgraf.extract.html.markup").decode_html
        began = time.perf_counter()
        said = f"{len(decode(document)):,} characters"
    elif shape.startswith(("feed", "atom", "page")):
        from nutgraf import extract
        from nutgraf.errors import NutgrafError
        from nutgraf.feeds import parse_feed
        began = time.perf_counter()
        try:
            if shape.startswith("page"):
                article = extract(document)
                said = f"byline {article.byline!r}, text {len(article.text):,} characters"
            else:
                said = f"{len(parse_feed(document.encode()).entries)} items"
        except NutgrafError as exc:
            said = str(exc)
    else:
        import subprocess
        folder = Path(tempfile.mkdtemp())
        source, out = folder / "in.jsonl", folder / "out.jsonl"
        text = "The council voted on Tuesday to approve the new budget for the coming year. " * 5
        # Written a million values at a time: made whole, the line would be this process's, and its
        # memory passed on to the batch it starts (a process's peak counts what it had before exec).
        value, count = {"jsonl_line_of_12M_numbers": ("{}", 12), "jsonl_line_of_30M_empty_lists": ("[]", 30)}[shape]
        with source.open("w") as line:
            line.write(json.dumps({"id": "a", "text": text})[:-1] + ', "x": [0')
            for block in range(count):
                line.write("".join("," + value.format(block * 1_000_000 + n) for n in range(1_000_000)))
            line.write("]}\\n")
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
                        "--workers", "1", "--no-progress", "--summarizer", "textrank"], check=True, capture_output=True)
        record = json.loads(out.read_text())
        said = record["error"]["message"] if "error" in record else "summarized"
        shutil.rmtree(folder)
    seconds = time.perf_counter() - began
    # This process's own peak (VmHWM, its memory since exec): ru_maxrss of RUSAGE_SELF carries the peak of
    # the process it was started from, the bench's, which after the huge texts holds some 740 MB, and
    # every shape had reported that. For a batch, its own processes' (RUSAGE_CHILDREN: each started from
    # this small one, which wrote the line a million values at a time).
    if shape.startswith(("feed", "atom", "page", "text")):
        status = Path("/proc/self/status").read_text().splitlines()
        peak = int(next(line for line in status if line.startswith("VmHWM:")).split()[1])
    else:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(peak * 1024 / 1e6), "said": said[:100]}))
    """
)
SHAPES = (
    "feed_300KB_items_of_tags_in_cdata",
    "feed_300KB_items_of_escaped_tags",
    "feed_one_10MB_item_of_escaped_tags",
    "atom_10MB_of_inline_xhtml",
    "feed_item_of_100k_enclosures",
    "feed_30_items_of_1MB_html",
    "feed_json_10MB_of_empty_lists",
    "feed_item_of_5M_line_breaks",
    "page_300k_address_bylines",
    "page_300k_one_letter_addresses",
    "page_100k_meta_charset_pairs",
    "page_10MB_attribute",
    "page_500k_control_references",
    "page_15MB_word_before_the_article",
    "page_jsonld_1M_nested_arrays",
    "page_poll_of_8000_radio_buttons",
    "text_one_run_of_400k_stray_bytes",
    "text_400k_stray_bytes_in_runs_of_40",
    "text_16MB_page_labelled_1252_of_utf8",
    "text_16MB_windows_1251_article_in_utf8_page",
    "text_16MB_of_overlong_utf8",
    "text_16MB_czech_page_in_windows_1250",
    "jsonl_line_of_12M_numbers",
    "jsonl_line_of_30M_empty_lists",
)


def measure_shapes() -> dict[str, object]:
    """Time (of the reading, not the making) and peak memory of each hostile shape."""
    results: dict[str, object] = {}
    for shape in SHAPES:
        try:
            done = subprocess.run(
                [sys.executable, "-c", SHAPE_RUN, shape], capture_output=True, text=True, timeout=HUGE_TIMEOUT
            )
        except subprocess.TimeoutExpired:
            results[shape] = {"seconds": None, "note": f"did not finish within {HUGE_TIMEOUT:g} s"}
            continue
        lines = done.stdout.strip().splitlines()
        if done.returncode or not lines:
            results[shape] = {"seconds": None, "note": (done.stderr.strip().splitlines() or ["?"])[-1]}
        else:
            results[shape] = json.loads(lines[-1])
    return results


def shapes_goals(shapes: dict[str, dict]) -> list[tuple[str, bool]]:
    return [
        (
            f"each hostile shape read (or refused) in under {HUGE_SECONDS_GOAL:g} s and {HUGE_MB_GOAL:g} MB",
            all(
                run.get("seconds") is not None
                and run["seconds"] < HUGE_SECONDS_GOAL
                and run["peak_mb"] < HUGE_MB_GOAL
                for run in shapes.values()
            ),
        )
    ]


def huge_goals(huge: dict[str, dict]) -> list[tuple[str, bool]]:
    within = [
        name
        for name, run in huge.items()
        if run.get("seconds") is not None
        and run["seconds"] < HUGE_SECONDS_GOAL
        and run["peak_mb"] < HUGE_MB_GOAL
    ]
    return [
        (
            f"each huge text summarized (or refused) in under {HUGE_SECONDS_GOAL:g} s and {HUGE_MB_GOAL:g} MB",
            len(within) == len(huge),
        ),
        (
            "the text over the bound refused, saying the bound",
            huge["over_the_bound"].get("status") == 1 and "at most" in huge["over_the_bound"].get("said", ""),
        ),
    ]


def goals(figures: dict[str, dict]) -> list[tuple[str, bool]]:
    if "bombs" not in figures:
        return [
            *(huge_goals(figures["huge"]) if "huge" in figures else []),
            *(shapes_goals(figures["shapes"]) if "shapes" in figures else []),
        ]
    bombs, health, giant = figures["bombs"], figures["slow_sites"], figures["giant"]
    pages = [giant[f"{kind}_page_{n}"] for kind in ("folded", "unfolded") for n in (1, 2)]
    comments = figures["comments"]["seconds"]
    return [
        (
            f"bomb fetches within {BOMB_MB_GOAL:g} MB of the idle peak",
            max(bombs["brotli_peak_over_idle_mb"], bombs["gzip_peak_over_idle_mb"]) <= BOMB_MB_GOAL,
        ),
        (
            f"/healthz p99 under {HEALTH_P99_GOAL_MS:g} ms during slow fetches",
            health["while_slow_fetches"]["p99_ms"] < HEALTH_P99_GOAL_MS,
        ),
        (
            f"giant article page under {PAGE_SECONDS_GOAL:g} s and {PAGE_BYTES_GOAL / MB:g} MB",
            all(p["seconds"] < PAGE_SECONDS_GOAL and p["bytes"] < PAGE_BYTES_GOAL for p in pages),
        ),
        (
            f"1,001-comment page extracted in under {EXTRACT_SECONDS_GOAL * 1000:g} ms",
            comments is not None and comments < EXTRACT_SECONDS_GOAL,
        ),
        *huge_goals(figures["huge"]),
        *shapes_goals(figures["shapes"]),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--huge", action="store_true", help="measure the huge texts alone")
    parser.add_argument(
        "--shapes", action="store_true", help="measure the hostile feeds and JSONL lines alone"
    )
    args = parser.parse_args(argv)
    figures: dict[str, dict] = {"machine": {"load_average": os.getloadavg()[0], "cpus": os.cpu_count()}}
    if args.huge or args.shapes:
        if args.huge:
            figures["huge"] = measure_huge()
        if args.shapes:
            figures["shapes"] = measure_shapes()
        return report(figures, args.json)
    os.environ["NUTGRAF_ALLOW_LOOPBACK"] = "1"  # the bench's sites are on loopback
    with tempfile.TemporaryDirectory() as folder:
        database, port = Path(folder) / "hostile.db", free_port()
        server = start_server(database, port)
        base = f"http://127.0.0.1:{port}"
        try:
            figures["bombs"] = measure_bombs(base, server.pid)
            figures["slow_sites"] = asyncio.run(measure_health(base))
            figures["giant"] = measure_giant(base, database)
        finally:
            server.terminate()
            server.wait(30)
    figures["comments"] = measure_comments()
    figures["huge"] = measure_huge()
    figures["shapes"] = measure_shapes()
    return report(figures, args.json)


def report(figures: dict[str, dict], as_json: bool) -> int:
    """Print ``figures`` and the goals they meet; 0 when all are met, else 1."""
    figures["machine"]["load_average_after"] = os.getloadavg()[0]
    checked = goals(figures)
    if as_json:
        print(json.dumps({**figures, "goals": dict(checked)}, indent=2))
    else:
        for section, values in figures.items():
            print(f"{section}:")
            for name, value in values.items():
                print(f"  {name}: {value}")
        for goal, met in checked:
            print(f"{'met' if met else 'MISSED'}: {goal}")
    return 0 if all(met for _, met in checked) else 1


if __name__ == "__main__":
    sys.exit(main())
