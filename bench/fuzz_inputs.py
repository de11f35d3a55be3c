"""Fuzz nutgraf's inputs other than web pages: plain text, feeds, and the HTTP API's bodies and queries.

Each round takes one of three kinds of input and mutates it at random:

* text: an article of ``../shared/data/xsum_bbc.jsonl`` or ``cnndm_dev.jsonl``, cut, with a line repeated
  10,000 times, a 200 KB line of letters or of punctuation, control characters, lone combining marks,
  zero-width and right-to-left marks, byte-order marks, NULs, line separators and surrogateescape's lone
  surrogates mid-text, a letter under 10,000 marks, a 5 MB word, emoji runs, other scripts, 5,000 ``Q:``/``A:`` labels, 50,000
  one-word lines, 100,000-digit numbers, quotes and brackets left open by the thousand, lone surrogates,
  or the page fuzzer's byte mutations; given to ``nutgraf.summarize``, ``nutgraf.keyphrases`` and
  ``nutgraf.check`` (against the article's reference summary, mutated alike now and then); and its bytes,
  and a page of it, as broken tools write them (``text_as_bytes``: UTF-16 or UTF-32 without a mark, a
  slice in a legacy encoding, overlong UTF-8, CESU-8, lone carriage returns, references to control
  characters), given to ``nutgraf.summarize`` and ``nutgraf.extract``;
* feeds: RSS 2.0, RSS 1.0, Atom and JSON feeds of those articles with entity expansion (nested and
  external entities), huge or 20,000 entries, 50,000-deep nesting, dates no calendar has, relative,
  ``javascript:`` and ``data:`` links, duplicate GUIDs, written by ``text_as_bytes``, or the byte
  mutations; given to ``nutgraf.feeds.parse_feed``, whose links must be web addresses and which must not
  read files;
* api: ``POST /api/summarize``, ``POST /api/articles`` and ``GET /api/articles/{id}/summary`` of an app
  made in process (over a SQLite file), with fields of the wrong type, huge numbers, NaN, nested arrays,
  unknown fields, lone surrogates and huge strings, bodies cut or not UTF-8, and mutated query strings.
  Every answer must be JSON (an error: a problem with a ``kind``, or for a 401, 404 or 405 ``about:blank``),
  never a 500; and an article written
  with its text or HTML never counts as fetched from the address it claims (``url_verified``).

As in ``bench/fuzz_pages.py``, whose helpers this uses, a call must answer or raise a ``NutgrafError``;
anything else is a defect, and so is one past ``--slow`` seconds of CPU; both are saved to ``--out``::

    python bench/fuzz_inputs.py [--seconds 600] [--seed 1] [--slow 2.5] [--out /tmp/nutgraf-fuzz]
        [--kinds text,feeds,api]
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

# A script's folder is on its path: the page fuzzer's helpers.
from fuzz_pages import Fuzzing, command_line, mutate

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_CONTROLS = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127, 0x85, 0x9F)]
_COMBINING = ["\u0301", "\u0308", "\u0327", "\u20dd", "\u0489", "\u036f"]
_ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
_BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069"]
_EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🇬🇧", "🔥", "❤️", "🏳️‍🌈"]
_SCRIPTS = [
    "Москва заявила в понедельник, что переговоры продолжатся.",
    "قال المتحدث إن الحكومة ستعلن القرار يوم الثلاثاء.",
    "政府は月曜日に新しい計画を発表した。",
    "सरकार ने सोमवार को नई योजना की घोषणा की।",
    "Η κυβέρνηση ανακοίνωσε νέο σχέδιο τη Δευτέρα.",
    "정부는 월요일에 새로운 계획을 발표했다.",
    "הממשלה הודיעה ביום שני על תוכנית חדשה.",
]
_OPENERS = ['"', "“", "'", "(", "[", "{", "«", "‘", "「"]
_SURROGATES = ["\ud800", "\udfff", "\udc00x", "\ud83d"]
_MAX_CHARS = 21_000_000
# Marks that break a text where no line or word is: byte-order marks mid-text, line and paragraph
# separators, NULs, and the bytes a file read with surrogateescape keeps as lone surrogates.
_BREAKS = ["\ufeff", "\u2028", "\u2029", "\x00", "\udc80", "\udcff", "\udced\udca0\udc80"]


def load_articles(data: Path) -> list[tuple[str, str]]:
    """The (article, reference summary) pairs of the shared summarization sets."""
    pairs = []
    for name in ("xsum_bbc.jsonl", "cnndm_dev.jsonl"):
        with (data / name).open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                pairs.append((row["article"], row.get("reference") or ""))
    return pairs


def _sprinkle(text: str, marks: list[str], rng: random.Random, count: int) -> str:
    """``text`` with ``count`` of ``marks`` put at random places (cut at sorted places: inserting into a
    list of the characters of a text already repeated to 50 MB took minutes and gigabytes)."""
    places = sorted(rng.randint(0, len(text)) for _ in range(count))
    pieces = [text[start:end] for start, end in zip([0, *places], [*places, len(text)], strict=True)]
    return "".join(piece + rng.choice(marks) for piece in pieces[:-1]) + pieces[-1]


def mutate_text(text: str, rng: random.Random) -> str:
    """``text`` changed one to three times at random, the ways a pasted or scraped text goes wrong."""
    for _ in range(rng.randint(1, 3)):
        at = rng.randint(0, len(text))
        kind = rng.randrange(18)
        if kind == 0:
            text = text[:at] if rng.random() < 0.5 else text[at:]
        elif kind == 1:
            lines = text.splitlines() or [text]
            line = rng.choice(lines)[:2000]  # 10,000 times: at most 20 MB
            text = text[:at] + (line + "\n") * 10_000 + text[at:]
        elif kind == 2:
            alphabet = "abcdefghijklmnopqrstuvwxyz" if rng.random() < 0.5 else ".,;:!?-–—…()\"'*/#"
            text = text[:at] + "".join(rng.choices(alphabet, k=200_000)) + text[at:]
        elif kind == 3:
            text = _sprinkle(text, _CONTROLS, rng, rng.randint(1, 2000))
        elif kind == 4:
            marks = "".join(rng.choices(_COMBINING, k=rng.randint(1, 5000)))
            text = text[:at] + " " + marks + " " + text[at:] if rng.random() < 0.5 else marks + text
        elif kind == 5:
            text = _sprinkle(text, _ZERO_WIDTH, rng, rng.randint(1, 5000))
        elif kind == 6:
            text = _sprinkle(text, _BIDI, rng, rng.randint(1, 2000))
        elif kind == 7:
            text = text[:at] + "".join(rng.choices(_EMOJI, k=rng.randint(100, 20_000))) + text[at:]
        elif kind == 8:
            words = text.split(" ")
            for _ in range(rng.randint(1, 200)):
                words.insert(rng.randint(0, len(words)), rng.choice(_SCRIPTS))
            text = " ".join(words)
        elif kind == 9:
            lines = text.splitlines() or [text]
            text = "\n".join(f"{'QA'[i % 2]}: {lines[i % len(lines)][:200]}" for i in range(5000))
        elif kind == 10:
            words = text.split() or ["word"]
            text = "\n".join(rng.choice(words) for _ in range(50_000))
        elif kind == 11:
            digits = "".join(rng.choices("0123456789", k=rng.choice((400, 10_000, 100_000))))
            number = rng.choice(
                (digits, ",".join(digits[i : i + 3] for i in range(0, 3000, 3)), "1." * 20_000)
            )
            text = text[:at] + f" {number} " + text[at:]
        elif kind == 12:
            opener = rng.choice(_OPENERS)
            text = _sprinkle(text, [opener, opener * 50, f"{opener}Yes"], rng, rng.randint(100, 5000))
        elif kind == 13:
            text = _sprinkle(text, _SURROGATES, rng, rng.randint(1, 20))
        elif kind == 15:
            text = _sprinkle(text, _BREAKS, rng, rng.randint(1, 5000))
        elif kind == 16:
            # One letter under 10,000 marks, the longest cluster a writer cannot see.
            text = text[:at] + "a" + "".join(rng.choices(_COMBINING, k=10_000)) + text[at:]
        elif kind == 17:
            text = text[:at] + " " + rng.choice("xé字") * 5_000_000 + " " + text[at:]
        else:
            text = mutate(text.encode("utf-8", "surrogatepass"), rng).decode("utf-8", "replace")
        # Just past the most nutgraf reads, so that its refusal is tried too: mutations on mutations
        # had made texts of a gigabyte, and the fuzzer gigabytes of memory.
        text = text[:_MAX_CHARS]
    return text


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# Numeric character references to control characters, surrogates and past Unicode's end.
_CONTROL_REFERENCES = ["&#1;", "&#x1F;", "&#0;", "&#xD800;", "&#1114112;", "&#127;", "&#x81;", "&#0008;"]
# Legacy encodings a stray word of a text may be written in, and the overlong forms of "/" and " ".
_STRAY_ENCODINGS = ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "koi8_r"]
_OVERLONG = [b"\xc0\xaf", b"\xe0\x80\xaf", b"\xc0\xa0", b"\xf0\x80\x80\xaf"]


def text_as_bytes(text: str, rng: random.Random) -> bytes:
    """``text`` as a broken tool writes its bytes: UTF-16 or UTF-32 without a byte-order mark, a slice in
    a legacy encoding inside UTF-8 (outnumbering it or not), overlong UTF-8, CESU-8's surrogates, line
    ends as lone carriage returns, or character references to control characters (which a page reads)."""
    kind = rng.randrange(7)
    if kind == 0:
        return text.encode(rng.choice(("utf-16-le", "utf-16-be", "utf-32-le")), "replace")
    if kind == 1:
        start = rng.randint(0, len(text))
        end = start + rng.choice((10, 1000, len(text)))
        legacy = text[start:end].encode(rng.choice(_STRAY_ENCODINGS), "replace")
        return _encoded(text[:start]) + legacy + _encoded(text[end:])
    if kind == 2:
        data = _encoded(text)
        overlong = rng.choice(_OVERLONG)
        return data.replace(b"/", overlong) if rng.random() < 0.5 else data.replace(b" ", overlong, 2000)
    if kind == 3:
        return _encoded(text) + "\ud83d\ude00".encode("utf-8", "surrogatepass") * rng.randint(1, 1000)
    if kind == 4:
        return _encoded(text.replace("\n", rng.choice(("\r", "\n\r", "\r\r\n"))))
    if kind == 5:
        return _encoded(_sprinkle(text, _CONTROL_REFERENCES, rng, rng.randint(1, 50_000)))
    return _encoded(text)


def fuzz_text(fuzzing: Fuzzing, articles: list[tuple[str, str]], rng: random.Random, round_: int) -> None:
    import nutgraf

    index = rng.randrange(len(articles))
    article, reference = articles[index]
    text = mutate_text(article, rng)
    summary = mutate_text(reference, rng) if rng.random() < 0.3 else reference
    origin = f"article {index}"
    data = _encoded(text)
    fuzzing.attempt("summarize text", partial(nutgraf.summarize, text), data, origin, round_)
    written = text_as_bytes(text, rng)
    fuzzing.attempt("summarize bytes", partial(nutgraf.summarize, written), written, origin, round_)
    page = text_as_bytes(
        f"<html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>", rng
    )
    fuzzing.attempt("extract page", partial(nutgraf.extract, page), page, origin, round_)
    fuzzing.attempt("keyphrases text", partial(nutgraf.keyphrases, text), data, origin, round_)
    saved = _encoded(json.dumps({"article": text, "summary": summary}))
    fuzzing.attempt("check", partial(nutgraf.check, text, summary or "Nothing."), saved, origin, round_)


# Feeds. Each template gets a title, a link, and its items (guid, link, title, date, content).
_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_BAD_LINKS = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "/news/relative",
    "../up",
    "//evil.example/x",
    "http://[oops/",
    "http://user:pw@127.0.0.1:0/",
    "https://exa mple.com/\u202e",
    "",
    "http://" + "a" * 5000 + ".com",
]
_BAD_DATES = [
    "Mon, 30 Feb 2026 25:61:61 +9999",
    "0000-00-00T00:00:00Z",
    "99999-12-31T23:59:59Z",
    "-0001-01-01",
    "1969-12-31T23:59:60-23:59",
    "Tue, 31 Dec 9999 23:59:59 -2400",
    "yesterday",
    "1" * 400,
    "2026-13-45",
]


def _items(articles: list[tuple[str, str]], rng: random.Random, count: int) -> list[dict[str, str]]:
    items = []
    for n in range(count):
        article, reference = rng.choice(articles)
        items.append(
            {
                "guid": f"https://news.example/story/{n}",
                "link": f"https://news.example/story/{n}",
                "title": reference[:100] or "Story",
                "date": "Mon, 30 Nov 2026 10:00:00 GMT",
                "content": article[:3000],
            }
        )
    return items


def _feed(form: str, items: list[dict[str, str]], prolog: str = "", wrap: Callable[[str], str] = str) -> str:
    """A feed of ``form`` holding ``items``; ``wrap`` changes each item's content as written."""
    if form == "json":
        return json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": "News",
                "home_page_url": "https://news.example/",
                "items": [
                    {
                        "id": item["guid"],
                        "url": item["link"],
                        "title": item["title"],
                        "date_published": item["date"],
                        "content_text": wrap(item["content"]),
                    }
                    for item in items
                ],
            }
        )
    if form == "atom":
        entries = "".join(
            f"<entry><id>{item['guid'].translate(_ESCAPE)}</id>"
            f'<link href="{item["link"].translate(_ESCAPE)}"/><title>{item["title"].translate(_ESCAPE)}</title>'
            f'<updated>{item["date"]}</updated><content type="html">{wrap(item["content"].translate(_ESCAPE))}'
            "</content></entry>"
            for item in items
        )
        return (
            f'<?xml version="1.0" encoding="utf-8"?>{prolog}<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>News</title><link href="https://news.example/"/>{entries}</feed>'
        )
    rows = "".join(
        f"<item><guid>{item['guid'].translate(_ESCAPE)}</guid><link>{item['link'].translate(_ESCAPE)}</link>"
        f"<title>{item['title'].translate(_ESCAPE)}</title><pubDate>{item['date']}</pubDate>"
        f"<description>{wrap(item['content'].translate(_ESCAPE))}</description></item>"
        for item in items
    )
    if form == "rss1":
        return (
            f'<?xml version="1.0"?>{prolog}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/"><channel><title>News</title><link>https://news.example/</link>'
            f"</channel>{rows}</rdf:RDF>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>News</title>'
        f"<link>https://news.example/</link>{rows}</channel></rss>"
    )


_LAUGHS = (
    '<!DOCTYPE rss [<!ENTITY a "lollollollollollollollollollol">'
    + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(9))
    + "]>"
)
_EXTERNAL = '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def make_feed(articles: list[tuple[str, str]], rng: random.Random) -> bytes:
    """A feed of the articles, written wrong one way or another."""
    form = rng.choice(("rss", "rss1", "atom", "json"))
    kind = rng.randrange(9)
    items = _items(articles, rng, 20_000 if kind == 1 else rng.randint(1, 20))
    if kind == 1:  # in the 10 MB the fetcher reads at most
        for item in items:
            item["content"] = item["content"][:200]
    prolog = ""
    wrap: Callable[[str], str] = str
    if kind == 0:
        prolog, wrap = _LAUGHS, lambda content: content + "&j;"
    elif kind == 1:
        pass  # 20,000 items
    elif kind == 2:
        items[0]["content"] = (rng.choice(items)["content"] * 3000)[:9_000_000]
    elif kind == 3:
        depth = rng.choice((1000, 50_000))
        wrap = lambda content: "<div>" * depth + content + "</div>" * depth  # noqa: E731
        if form == "json":
            wrap = lambda content: content  # noqa: E731
            items[0]["content"] = "[" * depth
    elif kind == 4:
        for item in items:
            item["date"] = rng.choice(_BAD_DATES)
    elif kind == 5:
        for item in items:
            item["link"] = item["guid"] = rng.choice(_BAD_LINKS)
    elif kind == 6:
        for item in items:
            item["guid"] = items[0]["guid"] if rng.random() < 0.5 else ""
    elif kind == 7:
        prolog, wrap = _EXTERNAL, lambda content: "&x;" + content
    written = _feed(form, items, prolog, wrap)
    feed = written.encode("utf-8", "surrogatepass") if rng.random() < 0.8 else text_as_bytes(written, rng)
    return mutate(feed, rng) if kind == 8 or rng.random() < 0.2 else feed


def _parse_feed_safely(feed: bytes) -> None:
    from nutgraf.feeds import parse_feed

    parsed = parse_feed(feed, url="https://news.example/feed.xml")
    for link in [parsed.site_url, *(entry.link for entry in parsed.entries)]:
        # A scheme is any case ("HTTP://" is a web link too).
        assert link is None or link.lower().startswith(("http://", "https://")), f"not a web link: {link!r}"
    for entry in parsed.entries:
        assert "root:x:0" not in (entry.content or ""), "the feed read a file"


def fuzz_feeds(fuzzing: Fuzzing, articles: list[tuple[str, str]], rng: random.Random, round_: int) -> None:
    feed = make_feed(articles, rng)
    fuzzing.attempt("parse_feed", partial(_parse_feed_safely, feed), feed, "a written feed", round_)


# The HTTP API.
_HOSTILE_VALUES: list[Any] = [
    None,
    True,
    -1,
    0,
    10**30,
    -(10**400),
    1e308,
    1.5,
    float("nan"),
    float("inf"),
    "",
    "3",
    "\ud800",
    "x\udfffy",
    "\x00",
    "a" * 3_000_000,
    [],
    [[[[[[]]]]]],
    {"nested": {"deeper": [1, 2, 3]}},
    ["questions"] * 1000,
    "javascript:alert(1)",
    "https://127.0.0.1/admin",
    "https://news.example/story",
]
# The summary options, each a request field and a query parameter.
_OPTIONS = [
    "sentences",
    "words",
    "length",
    "form",
    "output_language",
    "avoid",
    "keyphrases",
    "summarizer",
    "evidence",
    "strict",
]
_FIELDS = ["text", "html", "url", "title", *_OPTIONS, "unknown_field", "__proto__"]
_QUERY_VALUES = [
    "3",
    "-1",
    "0",
    "1e309",
    "NaN",
    "99999999999999999999999999",
    "%00",
    "%ED%A0%80",
    "%FF%FE",
    "true",
    "",
    "short",
    "key_points",
    "tldr",
    "questions",
    "x" * 10_000,
    "%F0%9F%98%80",
]
_QUERY_NAMES = [*_OPTIONS, "unknown"]


def _hostile(rng: random.Random) -> Any:
    value = rng.choice(_HOSTILE_VALUES)
    if isinstance(value, list) and value and rng.random() < 0.2:
        depth = rng.choice((100, 5000, 100_000))
        return json.loads("[" * depth + "]" * depth) if depth <= 900 else ("deep", depth)
    return value


def _body(articles: list[tuple[str, str]], rng: random.Random) -> bytes:
    """A JSON body for ``POST /api/summarize`` or ``/api/articles``, mutated."""
    article, reference = rng.choice(articles)
    body: dict[str, Any] = {"text": article, "title": reference[:80], "sentences": 3}
    if rng.random() < 0.3:
        body = {"html": f"<html><title>{reference[:80]}</title><article><p>{article}</p></article></html>"}
        body["url"] = "https://news.example/a-page-nutgraf-never-fetched"
    for _ in range(rng.randint(1, 4)):
        name = rng.choice(_FIELDS)
        value = _hostile(rng) if rng.random() < 0.8 else None
        if value is None and rng.random() < 0.5:
            body.pop(name, None)
        elif isinstance(value, tuple):  # arrays nested past what json.dumps may write: written by hand
            encoded = json.dumps(body, allow_nan=True)
            return encoded[:-1].encode() + f', "{name}": '.encode() + b"[" * value[1] + b"]" * value[1] + b"}"
        else:
            body[name] = value
    if rng.random() < 0.2 and isinstance(body.get("text"), str):
        body["text"] = mutate_text(body["text"], rng)
    encoded = json.dumps(body, allow_nan=True).encode("utf-8", "surrogatepass")
    return mutate(encoded, rng) if rng.random() < 0.15 else encoded


def _query(rng: random.Random) -> str:
    pairs = [
        f"{quote(rng.choice(_QUERY_NAMES))}={rng.choice(_QUERY_VALUES)}" for _ in range(rng.randint(1, 5))
    ]
    return "&".join(pairs)


class Api:
    """The app, in process over a SQLite file, and the article every summary request asks for."""

    def __init__(self, articles: list[tuple[str, str]]) -> None:
        from starlette.testclient import TestClient

        from nutgraf.web import Settings, create_app

        self.folder = tempfile.TemporaryDirectory(prefix="nutgraf-fuzz-")
        settings = Settings(
            database_url=f"sqlite:///{self.folder.name}/fuzz.db", background=False, rate_limit_per_minute=0
        )
        self.client = TestClient(create_app(settings), raise_server_exceptions=False)
        created = self.client.post("/api/articles", json={"text": articles[0][0]})
        self.article_id = created.json()["id"]

    def post(self, path: str, body: bytes) -> None:
        self._judge(self.client.post(path, content=body, headers={"content-type": "application/json"}))

    def get(self, path: str) -> None:
        self._judge(self.client.get(path))

    @staticmethod
    def _judge(response: Any) -> None:
        """Raises when the answer is not what any request should get."""
        # A 503 (an engine not configured) or 502 (a site that failed) is the service's answer; a 500 is ours.
        assert response.status_code != 500, response.text[:500]
        kind = response.headers.get("content-type", "")
        assert kind.startswith(("application/json", "application/problem+json")), kind
        answer = response.json()
        if response.status_code >= 400:
            # A problem (docs/reader.md): with nutgraf's kind, or for a 401, 404 or 405 about:blank.
            assert kind.startswith("application/problem+json") and answer["status"] == response.status_code
            assert answer.get("kind") or response.status_code in (401, 404, 405), answer
        elif "url_verified" in answer:
            assert answer["url_verified"] is False, "a written article passes for a fetched page"
        elif isinstance(answer.get("article"), dict) and "url_verified" in answer["article"]:
            assert answer["article"]["url_verified"] is False, "a written article passes for a fetched page"


def fuzz_api(
    fuzzing: Fuzzing, api: Api, articles: list[tuple[str, str]], rng: random.Random, round_: int
) -> None:
    route = rng.randrange(3)
    if route == 2:
        path = f"/api/articles/{api.article_id}/summary?{_query(rng)}"
        if rng.random() < 0.1:
            path = f"/api/articles/{rng.choice(('99999999999999999999999', '-1', '1e3', '%00'))}/summary"
        call = partial(api.get, path)
        data = path.encode()
    else:
        path = ("/api/summarize", "/api/articles")[route]
        data = _body(articles, rng)
        call = partial(api.post, path, data)
    # The app runs on the client's portal thread: its CPU is the process's.
    fuzzing.attempt(
        f"{'GET' if route == 2 else 'POST'} {path.split('?')[0]}",
        call,
        data,
        "a request",
        round_,
        clock=time.process_time,
    )


def main() -> None:
    parser = command_line(__doc__.split("\n\n")[0], DATA)
    parser.add_argument("--kinds", default="text,feeds,api", help="which inputs to fuzz, comma-separated")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    kinds = [kind for kind in args.kinds.split(",") if kind]
    articles = load_articles(args.data)
    rng = random.Random(args.seed)
    fuzzing = Fuzzing(args.out, args.seed, args.slow)
    api = Api(articles) if "api" in kinds else None
    rounds = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        rounds += 1
        kind = kinds[rounds % len(kinds)]
        if kind == "text":
            fuzz_text(fuzzing, articles, rng, rounds)
        elif kind == "feeds":
            fuzz_feeds(fuzzing, articles, rng, rounds)
        elif api is not None:
            fuzz_api(fuzzing, api, articles, rng, rounds)
    fuzzing.report(rounds, "mutated inputs")


if __name__ == "__main__":
    main()
