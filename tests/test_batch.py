"""`nutgraf batch` with the local engine: every input kind, both output formats, kill -9 and resume."""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import itertools
import json
import lzma
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import nutgraf
from nutgraf.batch import run_batch
from nutgraf.batch.inputs import RawRecord
from nutgraf.batch.local import WINDOW_PER_WORKER, run_local
from nutgraf.batch.work import CHUNK_BYTES, BatchOptions
from nutgraf.cli import main
from nutgraf.errors import InvalidInputError
from servers import FakeLLM, Reply, completion

# textrank: deterministic, and unlike the default engine needs no trained weights.
SUMMARIZER = "textrank"
_WORDS = (
    "council budget river bridge school teachers mayor vote storm harbour police report hospital nurses "
    "election market farmers drought court judge appeal museum festival railway station workers strike "
    "energy prices winter village library volunteers airport runway minister plan"
).split()


def article(seed: int, sentences: int = 12) -> str:
    """A made-up news article: paragraphs of plain sentences, different for every seed."""
    rng = random.Random(seed)
    body = []
    for _ in range(sentences):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
        body.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(" ".join(body[i : i + 3]) for i in range(0, len(body), 3))


def page(title: str, text: str) -> str:
    """``text`` as a news page with a title, navigation and a footer."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>\n{paragraphs}</article>"
        "<footer>Copyright the Daily Example</footer></body></html>"
    )


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def batch(*args: str) -> int:
    return main(["batch", *args, "--summarizer", SUMMARIZER, "--workers", "1", "--no-progress"])


def assert_summaries_are_spans(record: dict) -> None:
    assert record["summary"], record
    for sentence in record["summary"]:
        assert record["text"][sentence["start"] : sentence["end"]] == sentence["text"]


def test_a_records_title_is_its_articles_over_the_texts_and_the_pages_own(tmp_path):
    rows = [
        {"id": "text", "text": "Council Backs The Harbour Plan\n\n" + article(1), "title": "Council votes"},
        {"id": "html", "html": page("Storm hits harbour", article(2)), "title": "Harbour storm"},
    ]
    out = tmp_path / "out.jsonl"
    assert batch(str(write_jsonl(tmp_path / "news.jsonl", rows)), "--output", str(out)) == 0
    by_id = {r["id"]: r for r in read_jsonl(out)}
    assert by_id["text"]["title"] == "Council votes" and by_id["html"]["title"] == "Harbour storm"
    # The text's own headline, which says something else, is not lost: it opens the text.
    assert by_id["text"]["text"].startswith("Council Backs The Harbour Plan\n\n")


def test_a_record_carries_the_pages_description_and_its_summary_the_text_alone(tmp_path):
    dek = "Boats were torn from their moorings as the storm reached the harbour overnight."
    html = page("Storm hits harbour", article(2)).replace(
        "</head>", f'<meta name="description" content="{dek}"></head>'
    )
    rows = [{"id": "html", "html": html}, {"id": "text", "text": article(1)}]
    out = tmp_path / "out.jsonl"
    assert batch(str(write_jsonl(tmp_path / "news.jsonl", rows)), "--output", str(out)) == 0
    by_id = {r["id"]: r for r in read_jsonl(out)}
    assert by_id["html"]["description"] == dek and by_id["text"]["description"] is None
    assert dek not in by_id["html"]["text"] and all(dek not in s["text"] for s in by_id["html"]["summary"])


def test_a_records_blank_title_leaves_the_pages_own(tmp_path):
    # A title of spaces alone had been the article's, over the page's own headline.
    rows = [{"id": "html", "html": page("Storm hits harbour", article(2)), "title": " \n "}]
    out = tmp_path / "out.jsonl"
    assert batch(str(write_jsonl(tmp_path / "news.jsonl", rows)), "--output", str(out)) == 0
    assert read_jsonl(out)[0]["title"] == "Storm hits harbour"


def test_jsonl_input_gives_one_record_per_line_and_errors_instead_of_crashes(tmp_path, capsys):
    source = tmp_path / "news.jsonl"
    source.write_text(
        json.dumps({"id": "a1", "text": article(1), "title": "Council votes"})
        + "\n\n"  # blank lines are not records, but they count for line numbers
        + json.dumps({"text": article(2)})
        + "\n"
        + json.dumps({"id": 7, "html": page("Storm hits harbour", article(3))})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "empty", "text": "   "})
        + "\n"
        + json.dumps({"id": "nothing"})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0

    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["a1", "news.jsonl:3", "7", "news.jsonl:5", "empty", "nothing"]
    by_id = {r["id"]: r for r in records}
    for good in ("a1", "news.jsonl:3", "7"):
        assert_summaries_are_spans(by_id[good])
        assert by_id[good]["summarizer"] == SUMMARIZER
        assert "error" not in by_id[good]
    assert by_id["a1"]["title"] == "Council votes"
    assert by_id["7"]["title"] == "Storm hits harbour"
    assert "Copyright" not in by_id["7"]["text"]
    assert by_id["news.jsonl:5"]["error"]["kind"] == "invalid_input"
    assert by_id["empty"]["error"]["kind"] == "empty_input"
    assert by_id["nothing"]["error"]["kind"] == "invalid_input"
    assert "`text`, `html` or `url`" in by_id["nothing"]["error"]["message"]

    report = capsys.readouterr().err
    assert "6 records written" in report
    assert "summarized: 3" in report
    assert "failed:     3 (invalid_input 2, empty_input 1)" in report


@pytest.mark.parametrize("name", ["texts.json", "texts"])
def test_a_json_array_of_articles_is_refused_unread_saying_how_to_make_jsonl(tmp_path, capsys, name):
    # Half a million texts in one array had been parsed whole by a worker (seconds, 170 MB) to end as one
    # "not a JSON object" record.
    source = tmp_path / name
    source.write_text(json.dumps([article(1), article(2)]), encoding="utf-8")
    assert batch(str(source), "--output", str(tmp_path / "out.jsonl")) == 1
    error = capsys.readouterr().err
    assert f"{source} is a JSON array, and nutgraf batch reads JSONL" in error
    assert f"jq -c '.[]' {source}" in error
    assert not (tmp_path / "out.jsonl").exists()


def test_more_workers_than_this_machine_can_run_are_refused_naming_the_most(tmp_path, capsys):
    # `--workers 100000` had started that many worker processes. One more than the most is enough to show
    # the bound (and, unbounded, would only start a few processes).
    most = 4 * (os.cpu_count() or 1)
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--output", str(out), "--summarizer", SUMMARIZER, "--no-progress"]
    assert main([*command, "--workers", str(most + 1)]) == 1
    error = capsys.readouterr().err
    assert f"give 1 to {most}" in error
    assert not out.exists()
    assert main([*command, "--workers", str(most)]) == 0
    assert len(read_jsonl(out)) == 1


@pytest.mark.parametrize("opening", ["[Updated] ", '["Bracketed" quote] ', "[[Council]] "])
def test_a_page_that_opens_with_a_bracket_is_no_json_array(tmp_path, opening):
    # A page given alone had been refused as a JSON array when its brackets held a quotation or a wiki link.
    source = tmp_path / "update.txt"
    source.write_text(f"{opening}{article(1)}", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    assert "error" not in read_jsonl(out)[0]


@pytest.mark.parametrize("array_first", [False, True])
def test_a_jsonl_line_that_is_an_array_is_an_error_record_that_says_so(tmp_path, array_first):
    # A .jsonl file whose first line was an array had been refused whole, its other lines unread.
    lines = [json.dumps({"text": article(1)}), json.dumps([{"text": article(2)}, {"text": article(3)}])]
    if array_first:
        lines.reverse()
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    records = read_jsonl(out)
    array, article_record = (records[0], records[1]) if array_first else (records[1], records[0])
    assert "error" not in article_record
    assert array["error"]["kind"] == "invalid_input"
    line = 1 if array_first else 2
    assert f"line news.jsonl:{line} is a JSON array, not an object" in array["error"]["message"]


def test_the_records_nutgraf_eval_reads_are_summarized_as_they_are(tmp_path):
    # `nutgraf eval`'s files hold the article in `article`: every record of such a file had been an
    # invalid_input error ("has none of `text`, `html` or `url`"), and the run still ended with status 0.
    rows = [{"id": f"e{i}", "article": article(i), "reference": "A council voted."} for i in range(3)]
    out = tmp_path / "out.jsonl"
    assert batch(str(write_jsonl(tmp_path / "dev.jsonl", rows)), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["e0", "e1", "e2"]
    for record in records:
        assert "error" not in record
        assert_summaries_are_spans(record)


def test_file_names_that_are_not_utf8_are_ids_in_escapes_and_the_run_resumes(tmp_path, capsys):
    # A page named in Latin-1 (from an old archive) had ended the run with a traceback: its id, a lone
    # surrogate in Python, could not be written as UTF-8.
    folder = tmp_path / os.fsdecode(b"r\xe9sum\xe9s")
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(article(1), encoding="utf-8")
    (folder / "plain.txt").write_text(article(2), encoding="utf-8")
    latin = tmp_path / os.fsdecode(b"na\xefve.html")
    latin.write_text(page("Storm hits harbour", article(3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(folder), str(latin), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [
        "r\\xe9sum\\xe9s/caf\\xe9.txt",
        "r\\xe9sum\\xe9s/plain.txt",
        "na\\xefve.html",
    ]
    for record in records:
        assert_summaries_are_spans(record)
    capsys.readouterr()
    before = out.read_bytes()
    assert batch(str(folder), str(latin), "--output", str(out)) == 0  # finished: nothing done twice
    assert out.read_bytes() == before
    assert "resumed after 3 records" in capsys.readouterr().err


def test_a_jsonl_line_of_a_huge_list_is_an_error_record_not_parsed(tmp_path):
    # Parsed whole, a 100 MB line holding 12 million numbers took 0.7 GB in a worker, one of 20 million
    # short strings 1.6 GB, of 30 million empty lists 2.3 GB and 34 s; they are refused unparsed, as any
    # line over 1 MB holding over 1 MB outside its strings or over 100,000 strings.
    numbers = ",".join(str(n) for n in range(200_000))  # 1.3 MB
    lines = [
        json.dumps({"id": "numbers", "text": article(1), "scores": [0]}).replace("[0]", f"[{numbers}]"),
        json.dumps({"id": "strings", "text": article(2), "tags": ["ab"] * 200_000}),
        json.dumps({"id": "long text", "text": article(3) + " It went on." * 100_000, "tags": ["a"] * 1000}),
    ]
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [r["error"]["kind"] for r in records[:2]] == ["input_too_large"] * 2
    # In the words of every refusal of a JSON document past its bounds (eval's lines, feeds, API bodies).
    form = "a record is an object of a few fields, `id`, `text`, `html`, `url` and `title`, each a string"
    assert records[0]["error"]["message"] == (
        "line news.jsonl:1 holds more than 1,000,000 bytes of JSON outside its strings (numbers, arrays,"
        f" objects), more than nutgraf parses for one record; {form}"
    )
    assert records[1]["error"]["message"] == (
        "line news.jsonl:2 holds more than 100,000 JSON strings, more than nutgraf parses for one record;"
        f" {form}"
    )
    # A long article is a long string, and read.
    assert records[2]["id"] == "long text" and records[2]["summary"]


def test_a_run_whose_last_record_is_a_line_not_parsed_resumes(tmp_path, capsys):
    # The worker writes such a line's record under its default id, but the resume parsed the line (whole,
    # in the parent) and found the line's own id: "written from other inputs", and the run could never be
    # resumed nor seen to be done.
    numbers = ",".join(str(n) for n in range(200_000))  # 1.3 MB
    lines = [
        json.dumps({"id": "a0", "text": article(0)}),
        json.dumps({"id": "a1", "text": article(1), "scores": [0]}).replace("[0]", f"[{numbers}]"),
    ]
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    assert [r["id"] for r in read_jsonl(out)] == ["a0", "news.jsonl:2"]
    capsys.readouterr()
    with source.open("a", encoding="utf-8") as more:
        more.write(json.dumps({"id": "a2", "text": article(2)}) + "\n")
    assert batch(str(source), "--output", str(out)) == 0
    assert "resumed after 2 records" in capsys.readouterr().err
    assert [r["id"] for r in read_jsonl(out)] == ["a0", "news.jsonl:2", "a2"]


def test_lines_no_output_can_hold_are_records_too(tmp_path, capsys):
    source = tmp_path / "odd.jsonl"
    lines = [
        json.dumps(
            {"id": "s\ud800", "title": "Storm \udc00", "url": "https://x.example/\ud800", "text": article(1)}
        ),
        "[" * 100_000 + "]" * 100_000,  # nested deeper than the JSON parser recurses
        json.dumps({"id": ["not", "an", "id"], "text": article(2)}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["s\ufffd", "odd.jsonl:2", "odd.jsonl:3"]
    assert records[0]["title"] == "Storm \ufffd"
    assert_summaries_are_spans(records[0])
    assert records[1]["error"]["kind"] == "invalid_input"
    assert_summaries_are_spans(records[2])
    assert batch(str(source), "--output", str(out)) == 0  # the rerun finds the same ids: nothing to add
    assert len(read_jsonl(out)) == 3


def test_directory_of_pages_is_walked_in_order_with_paths_as_ids(tmp_path):
    pages = tmp_path / "pages"
    (pages / "2024" / "05").mkdir(parents=True)
    (pages / "b.html").write_text(page("Bridge reopens", article(4)), encoding="utf-8")
    (pages / "a.txt").write_text(article(5), encoding="utf-8")
    (pages / "2024" / "05" / "c.htm").write_bytes(page("Museum opens", article(6)).encode("utf-8"))
    (pages / "logo.png").write_bytes(b"\x89PNG\r\n")  # not a page: not a record
    (pages / ".hidden.html").write_text("x", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0

    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["2024/05/c.htm", "a.txt", "b.html"]
    for record in records:
        assert_summaries_are_spans(record)
    assert records[0]["title"] == "Museum opens"


def test_same_named_files_in_different_folders_keep_ids_of_their_own_across_a_resume(tmp_path, monkeypatch):
    # news/a.txt and old/a.txt once both came out as "a.txt" (and news/ and old/ as folders, "a.txt"
    # twice more): dropping repeated ids, as this guide advises, lost articles, and a resume with the
    # two files swapped passed the last-id check and wrote one article twice, the other never.
    for folder, seed in (("news", 1), ("old", 2)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(article(seed), encoding="utf-8")
        write_jsonl(tmp_path / folder / "a.jsonl", [{"text": article(seed + 10)}])
    monkeypatch.chdir(tmp_path)
    inputs = ["news/a.txt", "old/a.txt", "news/a.jsonl", "old/a.jsonl", "news", "old"]
    out = tmp_path / "out.jsonl"
    assert batch(*inputs, "--output", str(out)) == 0
    ids = [r["id"] for r in read_jsonl(out)]
    assert ids == ["news/a.txt", "old/a.txt", "news/a.jsonl:1", "old/a.jsonl:1", "news/a.txt", "old/a.txt"]

    # The same inputs named from another folder resume; the two files swapped are refused.
    out.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path / "news")
    assert batch("a.txt", "../old/a.txt", "--output", str(out)) == 0
    assert [r["id"] for r in read_jsonl(out)] == ["news/a.txt", "old/a.txt"]
    out.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    assert batch("../old/a.txt", "a.txt", "--output", str(out)) == 1

    # A file or folder alone keeps the id it always had.
    alone = tmp_path / "alone.jsonl"
    assert batch(str(tmp_path / "old"), str(tmp_path / "news" / "a.jsonl"), "--output", str(alone)) == 0
    assert [r["id"] for r in read_jsonl(alone)] == ["a.txt", "a.jsonl:1"]


def test_a_page_named_like_a_page_of_a_folder_given_beside_it_keeps_an_id_of_its_own(tmp_path, monkeypatch):
    # The folder news/ holds a.txt, and archive/news/a.txt and old/a.txt are given beside it: the file
    # archive/news/a.txt was labelled news/a.txt, the id of the folder's a.txt, and dropping repeated
    # ids, as this guide advises, lost one of two articles. So with folders named alike: news/ and
    # x/news/sub/ (labelled news/sub, since y/sub/ is given too) both gave their a.txt the id news/sub/a.txt.
    files = [
        "news/a.txt",
        "archive/news/a.txt",
        "old/a.txt",
        "news/sub/a.txt",
        "x/news/sub/a.txt",
        "y/sub/a.txt",
    ]
    texts = {}
    for seed, name in enumerate(files):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        texts[name] = article(seed + 40)
        (tmp_path / name).write_text(texts[name], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    inputs = ["news", "archive/news/a.txt", "old/a.txt", "x/news/sub", "y/sub"]
    out = tmp_path / "out.jsonl"
    assert batch(*inputs, "--output", str(out)) == 0
    records = read_jsonl(out)
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids), ids
    assert sorted(r["text"] for r in records) == sorted(texts.values())  # each file summarized once

    # Ids that told the files apart already are kept, and a rerun from another folder finds the same ids.
    assert ids[:2] == ["news/a.txt", "news/sub/a.txt"] and ids[3:] == [
        "old/a.txt",
        "x/news/sub/a.txt",
        "y/sub/a.txt",
    ]
    resumed = tmp_path / "resumed.jsonl"
    resumed.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path / "old")
    assert batch(*(f"../{name}" for name in inputs), "--output", str(resumed)) == 0
    assert [r["id"] for r in read_jsonl(resumed)] == ids


def test_an_input_given_by_a_link_is_named_as_given(tmp_path, monkeypatch):
    # Ids are the names the command names: latest.jsonl -> runs/day1.jsonl gives latest.jsonl:1, as it
    # always did, so a run started with it resumes after the link has moved on to the next day's file.
    (tmp_path / "runs").mkdir()
    write_jsonl(tmp_path / "runs" / "day1.jsonl", [{"text": article(1)}])
    (tmp_path / "latest.jsonl").symlink_to(Path("runs") / "day1.jsonl")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(article(2), encoding="utf-8")
    (tmp_path / "today").symlink_to("pages", target_is_directory=True)
    (tmp_path / "b.txt").write_text(article(3), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    assert batch("latest.jsonl", "today", "b.txt", "--output", str(out)) == 0
    assert [r["id"] for r in read_jsonl(out)] == ["latest.jsonl:1", "today/a.txt", "b.txt"]


def test_pages_saved_compressed_in_a_folder_are_read_unpacked_within_the_bound(tmp_path):
    # A crawl's folder of page.html.gz files gave an empty output and "0 records written", without a word.
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html.gz").write_bytes(gzip.compress(page("Bridge reopens", article(4)).encode("utf-8")))
    (pages / "b.txt.bz2").write_bytes(bz2.compress(article(5).encode("utf-8")))
    (pages / "c.htm.xz").write_bytes(lzma.compress(page("Museum opens", article(6)).encode("utf-8")))
    (pages / "d.html.gz").write_bytes(gzip.compress(article(7).encode("utf-8"))[:60])  # a copy cut short
    (pages / "e.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 90_000_000))  # unpacks past 80 MB
    (pages / "f.txt.gz").write_bytes(b"BZh9 not gzip")  # neither a gzip file nor its page
    (pages / "logo.png.gz").write_bytes(gzip.compress(b"\x89PNG\r\n"))  # not a page: not a record
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [
        "a.html.gz",
        "b.txt.bz2",
        "c.htm.xz",
        "d.html.gz",
        "e.html.gz",
        "f.txt.gz",
    ]
    for record in records[:3]:
        assert_summaries_are_spans(record)
    assert [records[0]["title"], records[2]["title"]] == ["Bridge reopens", "Museum opens"]
    assert records[1]["text"] == nutgraf.extract(article(5)).text
    cut, bomb, other = records[3:]
    assert cut["error"]["kind"] == "invalid_input" and "it is damaged or cut short" in cut["error"]["message"]
    assert (
        bomb["error"]["kind"] == "input_too_large"
        and "larger than 80,000,000 bytes" in bomb["error"]["message"]
    )
    assert other["error"]["kind"] == "invalid_input" and "cannot unpack" not in other["error"]["message"]


def test_a_single_page_saved_compressed_is_read_as_a_folder_s_is(tmp_path, capsys):
    # A folder's page.html.gz was read unpacked, but the same file given alone was refused: "is a gzip
    # file; nutgraf batch reads no compressed input other than WARC archives".
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page("Bridge reopens", article(4)).encode("utf-8")))
    (tmp_path / "b.txt.bz2").write_bytes(bz2.compress(article(5).encode("utf-8")))
    (tmp_path / "c.html.gz").write_text(page("Museum opens", article(6)), encoding="utf-8")  # saved unpacked
    (tmp_path / "d.html.gz").write_bytes(gzip.compress(article(7).encode("utf-8"))[:60])  # a copy cut short
    out = tmp_path / "out.jsonl"
    names = [str(tmp_path / name) for name in ("a.html.gz", "b.txt.bz2", "c.html.gz", "d.html.gz")]
    assert batch(*names, "--output", str(out)) == 0
    first, second, third, cut = read_jsonl(out)
    assert [first["id"], first["title"], third["title"]] == ["a.html.gz", "Bridge reopens", "Museum opens"]
    assert second["text"] == nutgraf.extract(article(5)).text
    for record in (first, second, third):
        assert_summaries_are_spans(record)
    assert "it is damaged or cut short" in cut["error"]["message"]
    # Any other compressed file is still refused with the command that unpacks it.
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n'))
    assert batch(str(tmp_path / "news.jsonl.gz"), "--output", str(tmp_path / "other.jsonl")) == 1
    assert "is a gzip file" in capsys.readouterr().err


def test_a_url_list_or_jsonl_saved_compressed_under_a_page_s_name_is_refused_saying_to_unpack_it(
    tmp_path, capsys
):
    # Read as one page, urls.txt.gz was an error record, "a list of 3 web addresses ... put them in a
    # file and run `nutgraf batch FILE`", and news.txt.gz "JSON ... run `nutgraf batch FILE`": the very
    # command run. Each is refused before the run, with the command that unpacks it.
    urls = "".join(f"https://news.example/{n}\n" for n in range(3))
    (tmp_path / "urls.txt.gz").write_bytes(gzip.compress(urls.encode()))
    (tmp_path / "news.txt.bz2").write_bytes(bz2.compress(json.dumps({"text": article(4)}).encode() + b"\n"))
    for name, held, unpack in (
        ("urls.txt.gz", "a URL list", "gunzip -k"),
        ("news.txt.bz2", "JSONL", "bunzip2 -k"),
    ):
        assert batch(str(tmp_path / name), "--output", str(tmp_path / "out.jsonl")) == 1
        assert f"holding {held}, which nutgraf batch reads only unpacked: unpack it first (`{unpack}" in (
            capsys.readouterr().err
        )
    # A story that opens on its address is still an article, as in a .txt.
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(f"https://news.example/1\n{article(5)}".encode()))
    assert batch(str(tmp_path / "story.txt.gz"), "--output", str(tmp_path / "story.jsonl")) == 0
    assert_summaries_are_spans(read_jsonl(tmp_path / "story.jsonl")[0])


def test_a_url_list_saved_compressed_in_a_folder_is_not_read_as_a_page(tmp_path):
    # A folder's urls.txt.gz was read as one page, an error record "a list of 3 web addresses ... put them
    # in a file and run `nutgraf batch FILE`": that file is refused as packed. Its record says to unpack it.
    pages = tmp_path / "pages"
    pages.mkdir()
    urls = "".join(f"https://news.example/{n}\n" for n in range(3))
    (pages / "urls.txt.gz").write_bytes(gzip.compress(urls.encode()))
    (pages / "wire.txt.bz2").write_bytes(bz2.compress(json.dumps({"text": article(4)}).encode() + b"\n"))
    # A story opening on its address stays an article.
    (pages / "story.txt.gz").write_bytes(gzip.compress(f"https://news.example/1\n{article(5)}".encode()))
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0  # a record that fails is in the output, not the run
    story, listed, wire = read_jsonl(out)
    assert_summaries_are_spans(story)
    shown = str(pages / "urls.txt.gz")
    assert listed["error"]["message"] == (
        f"{shown} is a gzip file holding a URL list, not a page, and nutgraf batch reads a URL list only"
        f" unpacked: unpack it (`gunzip -k {shown}`) and give the file it holds to nutgraf batch on its own"
    )
    assert "holding JSONL, not a page" in wire["error"]["message"]
    assert "bunzip2 -k" in wire["error"]["message"]


def test_a_page_saved_unpacked_under_a_compressed_name_is_read_as_it_is(tmp_path):
    # A crawler that asked for a.html.gz and was sent it gzip-encoded saves the page unpacked under that
    # name: it had been an error record, "cannot unpack ...: Not a gzipped file; it is damaged or cut short".
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html.gz").write_text(page("Bridge reopens", article(4)), encoding="utf-8")
    (pages / "b.txt.bz2").write_text(article(5), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0
    first, second = read_jsonl(out)
    assert first["title"] == "Bridge reopens"
    assert second["text"] == nutgraf.extract(article(5)).text
    for record in (first, second):
        assert_summaries_are_spans(record)


def test_linked_directories_are_not_followed_and_dangling_links_are_records(tmp_path):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "sub" / "a.txt").write_text(article(5), encoding="utf-8")
    (pages / "sub" / "loop").symlink_to(pages, target_is_directory=True)  # would walk for ever
    (pages / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["gone.txt", "sub/a.txt"]
    assert records[0]["error"]["kind"] == "invalid_input" and "cannot read" in records[0]["error"]["message"]
    assert_summaries_are_spans(records[1])


def test_a_linked_page_outside_the_input_folder_is_an_error_record_and_the_run_goes_on(tmp_path):
    outside = tmp_path / "private" / "hostname.txt"
    outside.parent.mkdir()
    outside.write_text(article(7), encoding="utf-8")
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_text(article(5), encoding="utf-8")
    (pages / "hostname.txt").symlink_to(outside)
    (pages / "sub" / "climb.txt").symlink_to(Path("..") / ".." / "private" / "hostname.txt")
    (pages / "sub" / "same.txt").symlink_to(pages / "a.txt")  # a link that stays inside is read
    (pages / "loop.txt").symlink_to("loop.txt")
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0
    records = {r["id"]: r for r in read_jsonl(out)}
    assert list(records) == ["a.txt", "hostname.txt", "loop.txt", "sub/climb.txt", "sub/same.txt"]
    assert "cannot read" in records["loop.txt"]["error"]["message"]
    for refused in ("hostname.txt", "sub/climb.txt"):
        assert set(records[refused]) == {"id", "url", "error"}  # nothing of the linked file's text
        assert records[refused]["error"]["kind"] == "invalid_input"
        assert "a link to a file outside the input folder" in records[refused]["error"]["message"]
    assert_summaries_are_spans(records["a.txt"])
    assert_summaries_are_spans(records["sub/same.txt"])


def test_a_folder_nested_thousands_deep_is_walked_not_a_traceback(tmp_path):
    # The walk called itself for each folder: 1,500 levels (3 KB of path) ended the command in a
    # RecursionError traceback, nothing written.
    pages = tmp_path / "pages"
    folders = list(itertools.accumulate(["a"] * 1_500, Path.joinpath, initial=pages))
    for folder in folders:  # one at a time: mkdir(parents=True) calls itself for each level too
        folder.mkdir()
    (folders[-1] / "story.txt").write_text(article(5), encoding="utf-8")
    (pages / "b.txt").write_text(article(6), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    try:
        assert batch(str(pages), "--output", str(out)) == 0
        records = read_jsonl(out)
        assert [r["id"] for r in records] == ["a/" * 1_500 + "story.txt", "b.txt"]
        for record in records:
            assert_summaries_are_spans(record)
    finally:
        # Removed here, deepest first: pytest's removal of old tmp_path folders (shutil.rmtree) calls
        # itself for each level too, and would end a later session in a RecursionError.
        (folders[-1] / "story.txt").unlink()
        for folder in reversed(folders[1:]):  # the a/ folders; pytest removes the rest
            folder.rmdir()


def test_a_folder_whose_path_is_too_long_to_open_is_an_error_record_and_the_run_goes_on(
    tmp_path, monkeypatch
):
    # Folders of 250-character names, 20 deep: the path passes the system's bound (4,096 bytes on
    # Linux), and the run had stopped there ("batch stopped: File name too long"), summarizing nothing
    # else.
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "first.txt").write_text(article(5), encoding="utf-8")
    monkeypatch.chdir(pages)
    for _ in range(20):  # made one step at a time: each path from here stays short
        os.mkdir("d" * 250)
        os.chdir("d" * 250)
    Path("story.txt").write_text(article(6), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [r["id"][-9:] for r in records] == ["d" * 9, "first.txt"]
    assert records[0]["error"]["kind"] == "invalid_input"
    assert records[0]["error"]["message"].endswith(": File name too long"), records[0]["error"]["message"][
        -80:
    ]
    assert_summaries_are_spans(records[1])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_link_to_a_named_pipe_in_the_input_folder_is_an_error_record_not_a_wait_for_ever(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(article(5), encoding="utf-8")
    os.mkfifo(pages / "pipe")  # nobody ever writes to it
    (pages / "b.html").symlink_to("pipe")
    (pages / "c.txt").write_text(article(6), encoding="utf-8")
    # A pipe named like a page, not linked, had been skipped without a record.
    os.mkfifo(pages / "d.html")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "nutgraf.cli", "batch", str(pages), "--output", str(out)]
    command += ["--summarizer", SUMMARIZER, "--workers", "1", "--no-progress"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    records = {r["id"]: r for r in read_jsonl(out)}
    assert list(records) == ["a.txt", "b.html", "c.txt", "d.html"]
    for pipe in ("b.html", "d.html"):
        assert records[pipe]["error"]["kind"] == "invalid_input"
        assert "is not a file but a pipe" in records[pipe]["error"]["message"]
    assert_summaries_are_spans(records["c.txt"])


def test_a_page_is_opened_for_binary_reading_where_the_platform_has_a_text_mode(tmp_path, monkeypatch):
    # Windows' C runtime opens a descriptor in text mode unless os.O_BINARY is given, and open(fd, "rb")
    # keeps that mode: a page read so lost its carriage returns and ended at its first Ctrl-Z. Here the
    # flag is given a bit of its own, which os.open on POSIX is then called without.
    binary = 1 << 30
    monkeypatch.setattr(os, "O_BINARY", binary, raising=False)
    opened: dict[str, int] = {}
    posix_open = os.open

    def platform_open(path, flags, *args, **kwargs):
        opened[os.path.basename(path)] = flags
        return posix_open(path, flags & ~binary, *args, **kwargs)

    monkeypatch.setattr(os, "open", platform_open)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(article(5), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0
    assert opened["a.txt"] & binary
    assert_summaries_are_spans(read_jsonl(out)[0])


def write_warc(path: Path) -> dict[str, str]:
    """A gzipped WARC with two article records among records that are not articles; their ids by URL.

    Its bytes are the same on every call (fixed record ids and dates), so that a test damaging a given
    byte range damages the same thing every time.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ids = {}
    numbers = iter(range(1, 100))

    def fixed() -> dict[str, str]:
        return {
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{next(numbers):012d}>",
            "WARC-Date": "2026-11-01T12:00:00Z",
        }

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)

        def response(url: str, status: str, content_type: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict=fixed()
            )
            writer.write_record(record)
            ids[url] = record.rec_headers.get_header("WARC-Record-ID").strip("<>")

        request = writer.create_warc_record(
            "https://news.example/one",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(
                "GET /one HTTP/1.1", [("Host", "news.example")], is_http_request=True
            ),
            warc_headers_dict=fixed(),
        )
        writer.write_record(request)
        one = page("Railway strike ends", article(7)).encode("utf-8")
        response("https://news.example/one", "200 OK", "text/html; charset=utf-8", one)
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        response("https://news.example/gone", "404 Not Found", "text/html", b"<p>Not found</p>")
        resource = writer.create_warc_record(
            "https://news.example/two.txt",
            "resource",
            payload=io.BytesIO(article(8).encode("utf-8")),
            warc_content_type="text/plain",
            warc_headers_dict=fixed(),
        )
        writer.write_record(resource)
        ids["https://news.example/two.txt"] = resource.rec_headers.get_header("WARC-Record-ID").strip("<>")
    return ids


def test_warc_archive_yields_its_article_records(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    ids = write_warc(archive)
    out = tmp_path / "out.jsonl"
    assert batch(str(archive), "--output", str(out)) == 0

    records = read_jsonl(out)
    assert [(r["id"], r["url"]) for r in records] == [
        (ids["https://news.example/one"], "https://news.example/one"),
        (ids["https://news.example/two.txt"], "https://news.example/two.txt"),
    ]
    for record in records:
        assert_summaries_are_spans(record)
    assert records[0]["title"] == "Railway strike ends"


def test_a_damaged_archive_keeps_what_comes_before_the_damage(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    ids = write_warc(archive)
    data = archive.read_bytes()
    cut = int(len(data) * 0.7)  # inside a record after the first article
    archive.write_bytes(data[:cut] + bytes(b ^ 0x55 for b in data[cut : cut + 40]) + data[cut + 40 :])
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the rerun finds the same records and adds nothing
        assert batch(str(archive), "--output", str(out)) == 0
        records = read_jsonl(out)
        assert [r["id"] for r in records] == [ids["https://news.example/one"], "crawl.warc.gz:damaged"]
    assert_summaries_are_spans(records[0])
    assert records[1]["error"]["kind"] == "invalid_input" and "is damaged" in records[1]["error"]["message"]


def test_an_archive_gzipped_as_one_stream_is_told_how_to_mend(tmp_path):
    # `gzip crawl.warc` makes one gzip stream of the whole archive, which warcio reads to the end of its
    # first record: the run said the archive "is damaged" and quoted warcio's escaped words, cut before
    # their way to mend it.
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole)
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(gzip.compress(gzip.decompress(whole.read_bytes())))
    out = tmp_path / "out.jsonl"
    assert batch(str(archive), "--output", str(out)) == 0
    last = read_jsonl(out)[-1]
    assert last["id"] == "crawl.warc.gz:damaged" and last["error"]["kind"] == "invalid_input"
    assert last["error"]["message"] == (
        f"{archive} is gzipped as one stream, where a WARC is gzipped record by record: the records after its"
        f" first are not read; unpack it (`gunzip -k {archive}`) and give the .warc, or recompress it"
        f" (`warcio recompress {archive} NEW.warc.gz`)"
    )


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_an_archive_cut_short_says_so_in_its_last_record(tmp_path, name):
    whole = tmp_path / "whole.warc.gz"
    ids = write_warc(whole)
    data = whole.read_bytes() if name.endswith(".gz") else gzip.decompress(whole.read_bytes())
    for cut in (len(data) * 2 // 3, len(data) - 200):  # between records, or inside the last one's body
        archive = tmp_path / name
        archive.write_bytes(data[:cut])
        out = tmp_path / f"out-{cut}.jsonl"
        assert batch(str(archive), "--output", str(out)) == 0
        records = read_jsonl(out)
        assert records[0]["id"] == ids["https://news.example/one"]
        assert records[-1]["id"] == f"{name}:damaged" and "cut short" in records[-1]["error"]["message"]


def test_an_archive_with_padding_after_its_last_record_is_whole(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    ids = write_warc(archive)
    archive.write_bytes(archive.read_bytes() + b"\n")
    out = tmp_path / "out.jsonl"
    assert batch(str(archive), "--output", str(out)) == 0
    assert [r["id"] for r in read_jsonl(out)] == [
        ids["https://news.example/one"],
        ids["https://news.example/two.txt"],
    ]


def test_a_file_named_like_an_archive_that_is_not_one_is_refused(tmp_path, capsys):
    notes = tmp_path / "notes.warc"
    notes.write_text(article(1), encoding="utf-8")
    assert batch(str(notes), "--output", str(tmp_path / "out.jsonl")) == 1
    assert "does not start like one" in capsys.readouterr().err


def test_a_gzip_file_named_like_an_archive_with_garbage_inside_is_refused(tmp_path, capsys):
    fake = tmp_path / "crawl.warc.gz"
    fake.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(256)) * 4)
    assert batch(str(fake), "--output", str(tmp_path / "out.jsonl")) == 1
    error = capsys.readouterr().err
    assert "does not start like one" in error and "Traceback" not in error


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/story/"):
            number = int(self.path.rsplit("/", 1)[1])
            body = page(f"Story {number}", article(100 + number)).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"<html><body>Not found</body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def news_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_article_with_its_address_on_top_is_a_page_not_a_url_list(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(f"https://news.example/story-1\n\n{article(3)}\n\n{article(4)}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(story), "--output", str(out)) == 0
    [record] = read_jsonl(out)
    assert_summaries_are_spans(record)


def test_url_list_is_fetched_and_failures_are_records(tmp_path, news_site, monkeypatch):
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# today's stories\n{news_site}/story/1\n\n{news_site}/missing\n{news_site}/story/2\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 0

    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["urls.txt:2", "urls.txt:4", "urls.txt:5"]
    assert records[0]["url"] == f"{news_site}/story/1"
    assert records[0]["title"] == "Story 1"
    assert_summaries_are_spans(records[0])
    assert_summaries_are_spans(records[2])
    assert records[1]["url"] == f"{news_site}/missing"
    assert records[1]["error"]["kind"] == "fetch_failed"


def test_a_url_list_repeating_an_address_fetches_it_once(tmp_path, news_site, monkeypatch):
    # A list of a million lines of one address had fetched it a million times, all at one site.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{news_site}/story/1\n" * 50 + f"{news_site}/story/2\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [record["id"] for record in records] == [f"urls.txt:{n}" for n in range(1, 52)]
    assert [record["title"] for record in (records[0], records[50])] == ["Story 1", "Story 2"]
    for record in records[1:50]:
        assert record["error"]["kind"] == "invalid_input"
        assert "repeats the address of line urls.txt:1" in record["error"]["message"]
        # Its address, as every URL line's record carries it: it had been null, lost to a join on url.
        assert record["url"] == f"{news_site}/story/1"


def test_a_url_list_repeating_an_address_that_failed_says_no_summary_was_made(tmp_path, monkeypatch):
    # The repeat's record had said the address was "summarized there" where its fetch had failed.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/story\n" * 2, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 0
    first, repeat = read_jsonl(out)
    assert first["error"]["kind"] == "fetch_failed"
    assert "summarized" not in repeat["error"]["message"]
    assert "line urls.txt:1, whose record is its summary or its error" in repeat["error"]["message"]


def test_a_url_list_saved_with_a_byte_order_mark_has_its_first_address_fetched(
    tmp_path, news_site, monkeypatch
):
    # Windows' Notepad saves UTF-8 with a byte-order mark: the first address kept it, and was refused as
    # one without a scheme.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{news_site}/story/1\n{news_site}/story/2\n", encoding="utf-8-sig")
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [record["url"] for record in records] == [f"{news_site}/story/1", f"{news_site}/story/2"]
    assert [record["title"] for record in records] == ["Story 1", "Story 2"]


def test_a_url_list_saved_with_a_byte_order_mark_before_a_blank_line_has_no_record_without_an_address(
    tmp_path, news_site, monkeypatch
):
    # The mark alone on the first line (Notepad, a list opening on a blank line) was a record of no
    # address, an error row among the summaries and one more in the progress count.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"\r\n{news_site}/story/1\r\n", encoding="utf-8-sig")
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 0
    assert [record["url"] for record in read_jsonl(out)] == [f"{news_site}/story/1"]


def test_a_url_list_whose_lines_end_in_carriage_returns_alone_has_a_record_each(
    tmp_path, news_site, monkeypatch
):
    # Saved on an old Mac, or pasted between systems: the list was one line, and its addresses run
    # together one record that failed. Its lines are numbered as an editor shows them.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    urls = tmp_path / "urls.txt"
    urls.write_bytes(f"# today's stories\r{news_site}/story/1\r\r{news_site}/story/2\r".encode())
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 0
    records = read_jsonl(out)
    assert [record["id"] for record in records] == ["urls.txt:2", "urls.txt:4"]
    assert [record["title"] for record in records] == ["Story 1", "Story 2"]


def test_a_loopback_setting_of_an_unknown_word_stops_the_run_before_its_records(
    tmp_path, news_site, monkeypatch, capsys
):
    # Read in each worker's fetch, NUTGRAF_ALLOW_LOOPBACK=Y had been no, and every URL record blocked.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "Y")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{news_site}/story/1\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 1
    assert "NUTGRAF_ALLOW_LOOPBACK must be yes (1/true/yes/on) or no (0/false/no/off), not 'Y'" in (
        capsys.readouterr().err
    )
    assert not out.exists()


def test_url_list_refuses_loopback_without_the_opt_in(tmp_path, news_site, monkeypatch):
    monkeypatch.delenv("NUTGRAF_ALLOW_LOOPBACK", raising=False)
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{news_site}/story/1\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert batch(str(urls), "--output", str(out)) == 0
    assert read_jsonl(out)[0]["error"]["kind"] == "blocked_url"


def mixed_inputs(tmp_path: Path, articles: int = 6) -> list[str]:
    """A JSONL file, a page directory and a WARC archive, as batch input paths."""
    jsonl = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": f"j{i}", "text": article(i)} for i in range(articles)] + [{"id": "bad"}],
    )
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"p{i}.html").write_text(page(f"Page {i}", article(50 + i)), encoding="utf-8")
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    return [str(jsonl), str(pages), str(archive)]


def test_parquet_output_holds_the_same_records_as_jsonl(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    inputs = mixed_inputs(tmp_path)
    assert batch(*inputs, "--output", str(tmp_path / "out.jsonl")) == 0
    assert batch(*inputs, "--output", str(tmp_path / "out.parquet")) == 0

    from_jsonl = read_jsonl(tmp_path / "out.jsonl")
    from_parquet = [
        {key: value for key, value in row.items() if value is not None}
        for row in pq.read_table(tmp_path / "out.parquet").to_pylist()
    ]
    assert from_parquet == [{k: v for k, v in r.items() if v is not None} for r in from_jsonl]
    assert len(from_jsonl) == 6 + 1 + 3 + 2


def test_finished_output_is_left_as_it_is(tmp_path, capsys):
    inputs = mixed_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    assert batch(*inputs, "--output", str(out)) == 0
    finished = out.read_bytes()
    capsys.readouterr()
    assert batch(*inputs, "--output", str(out)) == 0
    assert out.read_bytes() == finished
    report = capsys.readouterr().err
    assert "0 records written" in report
    assert "resumed after 12 records already in the output" in report


def test_the_folders_of_the_output_are_made_as_docs_batch_says(tmp_path):
    # As mkdir -p: docs/batch.md and --help say so, where the folders had been made without a word.
    source = write_jsonl(tmp_path / "one.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "runs" / "2024-05" / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    assert [record["id"] for record in read_jsonl(out)] == ["a"]


def test_the_report_of_one_record_says_record(tmp_path, capsys):
    # It said "1 records written" and "resumed after 1 records".
    source = write_jsonl(tmp_path / "one.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    assert "nutgraf batch: 1 record written to" in capsys.readouterr().err
    assert batch(str(source), "--output", str(out)) == 0
    assert "resumed after 1 record already in the output" in capsys.readouterr().err


def test_torn_last_line_is_cut_and_redone(tmp_path, capsys):
    inputs = mixed_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    assert batch(*inputs, "--output", str(out)) == 0
    complete = out.read_bytes()
    lines = complete.splitlines(keepends=True)
    # What kill -9 in the middle of a write leaves: 5 whole lines and part of the 6th.
    out.write_bytes(b"".join(lines[:5]) + lines[5][: len(lines[5]) // 2])
    capsys.readouterr()

    assert batch(*inputs, "--output", str(out)) == 0
    assert out.read_bytes() == complete
    report = capsys.readouterr().err
    assert "7 records written" in report
    assert "half-written" in report


def test_parquet_parts_of_a_killed_run_stay_valid_and_the_rest_is_redone(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    inputs = mixed_inputs(tmp_path)
    out = tmp_path / "out.parquet"
    options = {"summarizer": SUMMARIZER, "workers": 1, "chunk_records": 2, "part_rows": 4, "progress": False}
    run_batch(inputs, out, **options)
    complete = pq.read_table(out).to_pylist()
    parts = sorted(out.glob("part-*.parquet"))
    assert len(parts) == 3  # 12 records, 4 per part
    # A killed run: the last part never renamed into place, its temporary file left half-written.
    (out / f".{parts[-1].name}.tmp").write_bytes(parts[-1].read_bytes()[:100])
    parts[-1].unlink()
    assert pq.read_table(out).num_rows == 8  # what was left is readable as it is

    report = run_batch(inputs, out, **options)
    assert (report.resumed, report.written, report.repaired) == (8, 4, True)
    assert pq.read_table(out).to_pylist() == complete
    assert not list(out.glob(".*"))


def test_parquet_output_begun_before_the_description_reads_back_with_it_after_a_resume(tmp_path):
    # Parts an older nutgraf wrote lack the description column; resumed today, the output held parts of
    # two schemas, and pyarrow (pandas alike) took the first part's: every description read back missing.
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [
        {
            "id": f"a{i}",
            "html": f"<html><head><title>Story {i}</title><meta name='description' content='What story {i}"
            f" is about.'></head><body><article><h1>Story {i}</h1>"
            + "".join(f"<p>{p}</p>" for p in article(i).split("\n\n"))
            + "</article></body></html>",
        }
        for i in range(6)
    ]
    out = tmp_path / "out.parquet"
    options = {"summarizer": SUMMARIZER, "workers": 1, "chunk_records": 2, "part_rows": 2, "progress": False}
    run_batch([str(write_jsonl(tmp_path / "first.jsonl", rows[:4]))], out, **options)
    for part in out.glob("part-*.parquet"):  # as the older nutgraf wrote them
        pq.write_table(pq.read_table(part).drop_columns(["description"]), part)

    report = run_batch([str(write_jsonl(tmp_path / "news.jsonl", rows))], out, **options)
    assert (report.resumed, report.written) == (4, 2)
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [f"a{i}" for i in range(6)]
    assert table.column("description").to_pylist() == [None] * 4 + [
        "What story 4 is about.",
        "What story 5 is about.",
    ]
    assert pq.read_table(out / "part-000000000000.parquet").column_names == table.column_names
    assert not list(out.glob(".*"))


def test_output_from_other_inputs_is_refused(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    first = write_jsonl(tmp_path / "first.jsonl", [{"id": f"a{i}", "text": article(i)} for i in range(2)])
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": f"b{i}", "text": article(i)} for i in range(3)])
    assert batch(str(first), "--output", str(out)) == 0
    before = out.read_bytes()
    capsys.readouterr()

    assert batch(str(other), "--output", str(out)) == 1
    error = capsys.readouterr().err
    assert "written from other inputs" in error and "'a1'" in error and "'b1'" in error
    assert out.read_bytes() == before


@pytest.mark.parametrize("output", ["out.jsonl", "out.parquet"])
def test_a_run_with_other_options_is_refused_instead_of_mixing_its_summaries_in(tmp_path, capsys, output):
    # A run killed under --summarizer textrank and resumed with --summarizer lead --sentences 1 had
    # appended one-sentence lead summaries to the textrank ones without a word; a finished output run
    # again with --form key_points reported "0 records written" as though it held key points.
    if output.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    rows = [{"id": f"a{i}", "text": article(i)} for i in range(6)]
    news = write_jsonl(tmp_path / "news.jsonl", rows)
    out = tmp_path / output
    killed = write_jsonl(tmp_path / "first.jsonl", rows[:3])  # the first half, as a killed run leaves it
    assert batch(str(killed), "--output", str(out)) == 0
    capsys.readouterr()

    assert batch(str(news), "--output", str(out), "--sentences", "1", "--form", "key_points") == 1
    error = capsys.readouterr().err
    assert (
        "started with other options: --sentences 3 (this run: 1), --form paragraph (this run: key_points)"
        in error
    )
    assert "resume it with the options it was started with" in error
    assert batch(str(news), "--output", str(out)) == 0
    assert "resumed after 3 records" in capsys.readouterr().err
    assert batch(str(news), "--output", str(out), "--keyphrases", "2") == 1
    assert "--keyphrases none (this run: 2)" in capsys.readouterr().err

    # An output a later nutgraf started, with an option this one lacks, names it (the differences had
    # been an empty list).
    options_path = out / "_options.json" if out.is_dir() else out.with_name(out.name + ".options.json")
    later = json.loads(options_path.read_text())
    options_path.write_text(json.dumps({**later, "tone": "plain"}))
    assert batch(str(news), "--output", str(out)) == 1
    assert "started with other options: --tone plain (this run: none);" in capsys.readouterr().err
    options_path.write_text(json.dumps(later))

    # A new output takes any options, and the same path started afresh takes new ones.
    if out.is_dir():
        shutil.rmtree(out)
    else:
        out.unlink()
    assert batch(str(news), "--output", str(out), "--sentences", "1") == 0
    assert batch(str(news), "--output", str(out), "--sentences", "1") == 0


def test_a_resumed_run_takes_the_options_it_leaves_out_from_the_output(tmp_path, capsys):
    # A user resuming a run killed halfway, in a notebook or at the prompt, gives the inputs and the output
    # only (or evidence=None, "no matter"): it had been refused until they repeated every option. They
    # expect the run to go on as it was started, and to be told which options it took; an option they give
    # otherwise than the output was started with is still refused, naming it.
    rows = [{"id": f"a{i}", "text": article(i)} for i in range(4)]
    news = write_jsonl(tmp_path / "news.jsonl", rows)
    killed = write_jsonl(tmp_path / "first.jsonl", rows[:2])  # the first half, as a killed run leaves it
    out = tmp_path / "out.jsonl"
    started = ["--sentences", "2", "--form", "key_points", "--evidence"]
    assert batch(str(killed), "--output", str(out), *started) == 0
    capsys.readouterr()

    assert batch(str(news), "--output", str(out), "--form", "key_points") == 0
    said = capsys.readouterr().err
    assert "resumed after 2 records" in said
    assert "with the options the output was started with: --sentences 2, --evidence on" in said
    records = read_jsonl(out)
    assert [record["id"] for record in records] == ["a0", "a1", "a2", "a3"]
    assert {record["form"] for record in records} == {"key_points"}
    assert all(len(record["summary"]) <= 2 and record["evidence"] is not None for record in records)

    assert batch(str(news), "--output", str(out), "--sentences", "1") == 1
    assert "--sentences 2 (this run: 1)" in capsys.readouterr().err

    # Started with a length preset, whose output has no sentence count: the report had said "--sentences
    # none" was taken from it, an option the command refuses, and one the user never gave.
    preset = tmp_path / "preset.jsonl"
    assert batch(str(killed), "--output", str(preset), "--length", "short", "--keyphrases", "3") == 0
    capsys.readouterr()
    assert batch(str(news), "--output", str(preset)) == 0
    said = capsys.readouterr().err
    assert "  with the options the output was started with: --length short, --keyphrases 3\n" in said

    # From Python: run_batch with the inputs and the output alone, evidence=None read as a switch left off.
    write_jsonl(out, records[:2])
    report = run_batch([str(news)], out, summarizer=SUMMARIZER, workers=1, evidence=None, progress=False)
    assert (report.resumed, report.written) == (2, 2)
    assert "--evidence on" in report.as_started and "--form key_points" in report.as_started
    assert read_jsonl(out)[2:] == records[2:]


@pytest.mark.parametrize("output", ["out.jsonl", "out.parquet"])
def test_a_corrupt_or_hostile_options_file_is_refused_in_one_line_and_shown_escaped(tmp_path, capsys, output):
    # Options nested thousands deep ended the command in a RecursionError traceback; a JSON value that is
    # no object was taken for an older nutgraf's missing file and let a run resume with any options; and an
    # escape sequence or direction override in the file reached the terminal as written.
    if output.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    news = write_jsonl(tmp_path / "news.jsonl", [{"id": f"a{i}", "text": article(i)} for i in range(3)])
    out = tmp_path / output
    assert batch(str(news), "--output", str(out)) == 0
    options_path = out / "_options.json" if out.is_dir() else out.with_name(out.name + ".options.json")
    started = json.loads(options_path.read_text())
    capsys.readouterr()
    for corrupt, reason in [
        ("[" * 20_000 + "]" * 20_000, "nested too deeply"),
        ("[1]", "not the object of options nutgraf writes"),
        (" " * 70_000, "over 65,536 bytes"),
    ]:
        options_path.write_text(corrupt)
        assert batch(str(news), "--output", str(out), "--sentences", "1") == 1
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and "Traceback" not in error, error
        assert f"{options_path}, cannot be read (" in error and reason in error
        assert "remove it, and resume with the options the output was started with" in error

    options_path.write_text(json.dumps({**started, "form": "\x1b[2J\u202ekey_points", "x" * 100: 1}))
    assert batch(str(news), "--output", str(out)) == 1
    error = capsys.readouterr().err
    assert "\x1b" not in error and "\u202e" not in error
    assert "--form '\\x1b[2J\\u202ekey_points' (this run: paragraph)" in error
    assert f"--{'x' * 40}... 1 (this run: none)" in error
    options_path.write_text(json.dumps({**started, **{f"k{i}": i for i in range(2_000)}}))
    assert batch(str(news), "--output", str(out)) == 1
    error = capsys.readouterr().err
    assert "--k9 9 (this run: none) and 1,990 more; resume it" in error and "--k10 " not in error


def test_an_output_whose_last_line_is_nested_thousands_deep_is_refused_in_one_line(tmp_path, capsys):
    # It ended the command in a RecursionError traceback.
    news = write_jsonl(tmp_path / "news.jsonl", [{"id": "a0", "text": article(0)}])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": ' + "[" * 20_000 + "\n")
    assert batch(str(news), "--output", str(out)) == 1
    error = capsys.readouterr().err
    assert error == (
        f"nutgraf: error: output {out} already exists and is not nutgraf batch output (its last line is not a"
        " record with an `id`); give another --output path\n"
    )


@pytest.mark.parametrize(("name", "separator"), [("news.csv", ","), ("news.tsv", "\t")])
def test_a_table_is_refused_with_a_command_that_makes_it_the_jsonl_batch_reads(
    tmp_path, capsys, monkeypatch, name, separator
):
    # A spreadsheet's export had been refused as "cannot tell what kind of input" alone.
    monkeypatch.chdir(tmp_path)
    rows = [("a1", article(1)), ("a2", article(2).replace("\n\n", " "))]
    table = Path(name)
    with table.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=separator).writerows([("id", "text"), *rows])
    assert batch(name, "--output", "out.jsonl") == 1
    error = capsys.readouterr().err
    assert error.startswith(f"nutgraf: error: cannot tell what kind of input {name} is")
    command = re.search(r"becomes one with `(python .+)`$", error.rstrip("\n"))
    assert command, error
    subprocess.run(command[1].replace("python", shlex.quote(sys.executable), 1), shell=True, check=True)
    assert batch("news.jsonl", "--output", "out.jsonl") == 0
    records = read_jsonl(Path("out.jsonl"))
    assert [r["id"] for r in records] == ["a1", "a2"]
    assert records[0]["text"] == article(1)


def test_the_table_command_runs_as_printed_on_a_path_a_name_with_an_apostrophe_and_excel_utf8(
    tmp_path, capsys, monkeypatch
):
    # The command named the file without its folder (FileNotFoundError, and an empty JSONL left), could not
    # be parsed by the shell for "O'Brien notes.csv", and gave Excel's "CSV UTF-8" the key "\ufeffid"; a
    # row's empty `text` cell beside a `url` then failed as empty_input instead of being fetched.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    table = tmp_path / "data" / "O'Brien notes.csv"
    with table.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(
            [
                ("id", "text", "url"),
                ("a1", article(1), ""),
                ("a2", "", "http://127.0.0.1:9/gone"),
                ("a3", "", ""),
            ]
        )
    assert batch("data/O'Brien notes.csv", "--output", "out.jsonl") == 1
    command = re.search(r"becomes one with `(python .+)`$", capsys.readouterr().err.rstrip("\n"))
    assert command
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"  # `python` is this one
    subprocess.run(command[1], shell=True, check=True, cwd=tmp_path, env={**os.environ, "PATH": path})
    assert batch("O'Brien notes.jsonl", "--output", "out.jsonl") == 0
    records = read_jsonl(Path("out.jsonl"))
    assert [r["id"] for r in records] == ["a1", "a2", "a3"]
    assert records[0]["text"] == article(1)
    assert records[1]["url"] == "http://127.0.0.1:9/gone"  # fetched (a loopback address is refused)
    assert (records[1]["error"]["kind"], records[2]["error"]["kind"]) == ("blocked_url", "empty_input")


@pytest.mark.parametrize(
    ("setup", "arguments", "message"),
    [
        (None, ["missing.jsonl"], "no such file or directory: missing.jsonl"),
        (None, ["-"], "- is not a file but a stream"),
        (None, ["/dev/stdin"], "/dev/stdin is not a file but a stream"),
        ("data.bin", ["data.bin"], "cannot tell what kind of input"),
        (
            "news.jsonl.gz",
            ["news.jsonl.gz"],
            "news.jsonl.gz is a gzip file; nutgraf batch reads no compressed input other",
        ),
        ("packed.jsonl", ["packed.jsonl"], "unpack it first (`gunzip -k packed.jsonl`)"),
        ("pages.zip", ["pages.zip"], "pages.zip is a zip file"),
        (
            "bzipped.jsonl",
            ["bzipped.jsonl"],
            "bzipped.jsonl is a bzip2 file; nutgraf batch reads no compressed",
        ),
        ("pages.7z", ["pages.7z"], "unpack it first (`7z x pages.7z`)"),
        ("pages.tar", ["pages.tar"], "pages.tar is a tar file; nutgraf batch reads no compressed input"),
        ("utf16.jsonl", ["utf16.jsonl"], "utf16.jsonl is UTF-16 or UTF-32 text, and JSONL is read as UTF-8"),
        # It was one page, a list of addresses, whose refusal said to put them in a file for nutgraf batch.
        (
            "urls16.txt",
            ["urls16.txt"],
            "urls16.txt is UTF-16 or UTF-32 text, and a URL list is read as UTF-8: convert it first, as with"
            " `iconv -f utf-16 -t utf-8 urls16.txt > urls16-utf8.txt`",
        ),
        # Opening on a comment, or big-endian without a mark, it was still one page, a list of addresses.
        (
            "noted16.txt",
            ["noted16.txt"],
            "noted16.txt is UTF-16 or UTF-32 text, and a URL list is read as UTF-8",
        ),
        (
            "urls16be.txt",
            ["urls16be.txt"],
            "urls16be.txt is UTF-16 or UTF-32 text, and a URL list is read as",
        ),
        ("in.jsonl", ["in.jsonl", "--output", "afile.parquet"], "Parquet output is a directory"),
        ("in.jsonl", ["in.jsonl", "--output", "."], "is a directory"),
        ("in.jsonl", ["in.jsonl", "--output", "/dev/full"], "is not a file"),  # reads as endless zeros
        ("in.jsonl", ["in.jsonl", "--output", "-"], "is not a file"),
        ("in.jsonl", ["in.jsonl", "--output", "newdir/"], "names a folder"),
        (
            "in.jsonl",
            ["in.jsonl", "--output", "in.jsonl/x.jsonl"],
            "cannot write the output in.jsonl/x.jsonl: File exists; give an --output path in a folder"
            " nutgraf may write to",
        ),
        ("pages", ["pages", "--output", "pages/summaries.txt"], "named like a page"),
        ("in.jsonl", ["in.jsonl", "--summarizer", "llm"], "the llm summarizer needs a server"),
        (
            "in.jsonl",
            ["in.jsonl", "--summarizer", "transformers"],
            "the transformers summarizer needs a model",
        ),
    ],
)
def test_bad_usage_is_one_line_and_no_traceback(tmp_path, monkeypatch, setup, arguments, message):
    monkeypatch.chdir(tmp_path)
    for name in ("NUTGRAF_LLM_BASE_URL", "OPENAI_BASE_URL", "NUTGRAF_TRANSFORMERS_MODEL"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "data.bin").write_bytes(b"\x00\x01binary")
    packed = gzip.compress(json.dumps({"text": article(1)}).encode() + b"\n")
    (tmp_path / "news.jsonl.gz").write_bytes(packed)
    (tmp_path / "packed.jsonl").write_bytes(packed)  # a gzipped file with its suffix lost
    (tmp_path / "pages.zip").write_bytes(b"PK\x03\x04" + bytes(60))
    (tmp_path / "bzipped.jsonl").write_bytes(bz2.compress(json.dumps({"text": article(1)}).encode() + b"\n"))
    (tmp_path / "pages.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(60))
    with tarfile.open(tmp_path / "pages.tar", "w") as packed_pages:
        packed_pages.add(tmp_path / "data.bin", arcname="a.txt")
    lines = "".join(json.dumps({"text": article(i)}) + "\n" for i in range(3))
    (tmp_path / "utf16.jsonl").write_bytes(lines.encode("utf-16"))  # as PowerShell's `>` writes it
    (tmp_path / "urls16.txt").write_bytes("https://news.example/1\nhttps://news.example/2\n".encode("utf-16"))
    (tmp_path / "noted16.txt").write_bytes("# Monday\r\nhttps://news.example/1\r\n".encode("utf-16"))
    (tmp_path / "urls16be.txt").write_bytes(
        "https://news.example/1\nhttps://news.example/2\n".encode("utf-16-be")
    )
    write_jsonl(tmp_path / "in.jsonl", [{"text": article(1)}])
    (tmp_path / "afile.parquet").write_bytes(b"PAR1")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(article(1), encoding="utf-8")
    if "--output" not in arguments:
        arguments = [*arguments, "--output", "out.jsonl"]
    command = [sys.executable, "-m", "nutgraf.cli", "batch", *arguments, "--no-progress"]
    # The nutgraf under test, wherever the test runs from: a relative PYTHONPATH (`PYTHONPATH=src`) names
    # no folder in tmp_path, and the command would run whichever nutgraf is installed.
    source = {"PYTHONPATH": str(Path(nutgraf.__file__).resolve().parents[1])}
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env={**os.environ, **source}
    )
    assert result.returncode == 1
    assert result.stderr.startswith("nutgraf: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.jsonl").exists()  # nothing written that a rerun would take as done
    assert not (tmp_path / "newdir").exists() and not (tmp_path / "pages" / "summaries.txt").exists()


def test_strict_drops_what_the_article_does_not_support_as_summarize_does(
    tmp_path, monkeypatch, llm: FakeLLM
) -> None:
    # Batch runs had no --strict: an abstractive summary's unsupported sentences were written, checked
    # but kept, where `nutgraf summarize --strict` and the API's strict=true drop them.
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [Reply(body=completion("Governor Tom Baker vetoed the budget on Friday."))]
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    arguments = ["batch", str(source), "--output", str(out), "--summarizer", "llm", "--workers", "1"]
    assert main([*arguments, "--strict", "--no-progress"]) == 0
    [record] = read_jsonl(out)
    assert record["summary"] == [] and record["evidence"]["dropped"] == 1
    assert record["notes"] == [
        "No summary: the article does not support the sentence the llm summarizer wrote."
    ]
    assert run_batch([str(source)], str(tmp_path / "kept.jsonl"), summarizer="llm", workers=1).written == 1
    [kept] = read_jsonl(tmp_path / "kept.jsonl")
    assert [s["text"] for s in kept["summary"]] == ["Governor Tom Baker vetoed the budget on Friday."]


def test_model_picks_the_abstractive_engines_model_as_summarize_does(
    tmp_path, monkeypatch, capsys, llm: FakeLLM
) -> None:
    # `nutgraf summarize --model` names the llm's model or the transformers engine's directory; batch had
    # no --model, so a run could use only the one set in the environment.
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [Reply(body=completion("The council met on Monday."))]
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    arguments = ["batch", str(source), "--output", str(out), "--summarizer", "llm", "--workers", "1"]
    assert main([*arguments, "--model", "large", "--no-progress"]) == 0
    assert [request["json"]["model"] for request in llm.requests] == ["large"]
    assert read_jsonl(out)[0]["summary"][0]["text"] == "The council met on Monday."
    # Resumed with another model, the output would mix two models' summaries: refused, as other options are.
    capsys.readouterr()
    assert main([*arguments, "--model", "tiny", "--no-progress"]) == 1
    assert "--model large (this run: tiny)" in capsys.readouterr().err
    # A strict or evidence that is not a bool stops the run before the first record, as summarize refuses it.
    with pytest.raises(InvalidInputError, match="strict must be True or False, not 'false'"):
        run_batch([str(source)], str(tmp_path / "strict.jsonl"), summarizer="lead", strict="false")
    assert not (tmp_path / "strict.jsonl").exists()
    # An engine that takes no model says so before the first record.
    with pytest.raises(InvalidInputError, match="does not take the model option"):
        run_batch([str(source)], str(tmp_path / "lead.jsonl"), summarizer="lead", model="large")


def test_evidence_checks_an_extractive_summary_as_summarize_does(tmp_path, capsys) -> None:
    # `nutgraf summarize --evidence` and the API's evidence=true check an extractive summary too; batch had
    # no --evidence, so the only way to have its records checked was --strict, which also drops sentences.
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out), "--evidence") == 0
    [record] = read_jsonl(out)
    expected = nutgraf.summarize(article(1), summarizer=SUMMARIZER, evidence=True)
    assert [s["text"] for s in record["summary"]] == [s.text for s in expected.sentences]
    assert record["evidence"] == expected.evidence.to_dict()
    assert len(record["evidence"]["sentences"]) == len(record["summary"]) > 0
    # Without it, as before: no evidence, and the run resumes an output that was started without it.
    plain = tmp_path / "plain.jsonl"
    assert run_batch([str(source)], str(plain), summarizer=SUMMARIZER, workers=1).written == 1
    assert "evidence" not in read_jsonl(plain)[0]
    options = Path(f"{plain}.options.json")
    recorded = json.loads(options.read_text(encoding="utf-8"))
    del recorded["evidence"]  # as a nutgraf before --evidence recorded them
    options.write_text(json.dumps(recorded), encoding="utf-8")
    assert batch(str(source), "--output", str(plain)) == 0
    capsys.readouterr()
    assert batch(str(source), "--output", str(plain), "--evidence") == 1
    assert "--evidence off (this run: on)" in capsys.readouterr().err


def test_language_overrides_detection_as_summarize_does(tmp_path, capsys) -> None:
    # `nutgraf summarize --language` and nutgraf.summarize(language=) skip detection (and pick the stemmer
    # and stopwords); batch had no --language, so a corpus in one known language was detected record by record.
    text = (
        "Le conseil municipal a voté lundi le budget de la ville. Les écoles recevront plus d'argent. "
        "Le maire a salué une décision historique pour les familles."
    )
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": text}])
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out), "--language", "deu") == 0
    [record] = read_jsonl(out)
    expected = nutgraf.summarize(text, summarizer=SUMMARIZER, language="deu")
    assert expected.language == "de" != nutgraf.summarize(text, summarizer=SUMMARIZER).language
    assert record["language"] == "de"
    assert [s["text"] for s in record["summary"]] == [s.text for s in expected.sentences]
    capsys.readouterr()
    with pytest.raises(SystemExit) as usage:  # a bad option value: the usage error's status
        batch(str(source), "--output", str(tmp_path / "other.jsonl"), "--language", "xx")
    assert usage.value.code == 2
    said = capsys.readouterr().err
    assert "language must be an ISO 639 code such as en, de or ru, not 'xx'" in said
    assert not (tmp_path / "other.jsonl").exists()
    assert batch(str(source), "--output", str(out), "--language", "fr") == 1
    assert "--language de (this run: fr)" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"my notes, not a batch output", b'{"title": "x"}\n'])
def test_a_file_that_is_not_batch_output_is_left_alone(tmp_path, capsys, content):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article(1)}])
    out = tmp_path / "notes.jsonl"
    out.write_bytes(content)
    assert batch(str(source), "--output", str(out)) == 1
    assert "is not nutgraf batch output" in capsys.readouterr().err
    assert out.read_bytes() == content


def test_output_that_is_also_an_input_is_refused(tmp_path, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article(1)}])
    assert batch(str(source), "--output", str(source)) == 1
    assert "is both an input and the output" in capsys.readouterr().err
    assert len(read_jsonl(source)) == 1


@pytest.mark.parametrize(
    ("hidden", "arguments", "extra"),
    [
        ("ray", ["--engine", "ray"], "nutgraf[ray]"),
        ("pyarrow", ["--output", "out.parquet"], "nutgraf[parquet]"),
    ],
)
def test_a_missing_extra_is_named(tmp_path, monkeypatch, capsys, hidden, arguments, extra):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, hidden, None)  # as if the package were not installed
    write_jsonl(tmp_path / "in.jsonl", [{"text": article(1)}])
    if "--output" not in arguments:
        arguments = [*arguments, "--output", "out.jsonl"]
    assert batch("in.jsonl", *arguments) == 1
    assert f"pip install '{extra}'" in capsys.readouterr().err


def test_local_engine_never_reads_far_ahead_of_its_workers():
    pulled = 0

    def endless() -> Iterator[list[RawRecord]]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield [RawRecord("page", f"r{i}", article(i).encode("utf-8"))]

    results = run_local(endless(), BatchOptions(summarizer=SUMMARIZER), workers=1)
    taken = list(itertools.islice(results, 3))
    results.close()
    assert [result.count for result in taken] == [1, 1, 1]
    assert pulled <= 3 + WINDOW_PER_WORKER * 1 + 1


def test_local_engine_holds_a_few_huge_records_in_flight_not_a_window_of_them():
    # A chunk holds one record however large (a JSONL line of 100 MB): five such chunks in flight for two
    # workers, each held by the parent until its result came back, took 530 MB there.
    pulled = 0

    def huge() -> Iterator[list[RawRecord]]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield [RawRecord("page", f"r{i}", b"word " * (3 * CHUNK_BYTES // 5))]

    results = run_local(huge(), BatchOptions(summarizer=SUMMARIZER), workers=2)
    taken = list(itertools.islice(results, 3))
    results.close()
    assert [result.count for result in taken] == [1, 1, 1]
    assert pulled <= 3 + 2


def _children(pid: int) -> list[int]:
    """The child processes of ``pid`` (none where /proc is not there to tell)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def kill_and_resume(command: list[str], out: Path, total: int, env: dict[str, str] | None = None) -> None:
    """Run ``command``, SIGKILL it once it has written a few records, run it again to the end."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    written = 0
    while time.monotonic() < deadline and process.poll() is None:
        written = out.read_bytes().count(b"\n") if out.exists() else 0
        if written >= 4:
            break
        time.sleep(0.02)
    assert process.poll() is None, f"the run ended before it could be killed: {process.stderr.read()}"
    children = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    # Its worker processes do not outlive it.
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{child}").exists() for child in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [child for child in children if Path(f"/proc/{child}").exists()]
    killed_at = out.read_bytes().count(b"\n")
    assert 4 <= killed_at < total

    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr
    assert f"resumed after {killed_at:,} records" in result.stderr


# Two workers finish chunks out of order: what a killed run wrote must still be a prefix of the input.
@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_then_rerun_writes_every_record_exactly_once(tmp_path, workers):
    total = 120
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i, 30)} for i in range(total)]
    )
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
        "--summarizer", SUMMARIZER, "--workers", workers, "--chunk-size", "2", "--no-progress",
    ]  # fmt: skip
    kill_and_resume(command, out, total)

    records = read_jsonl(out)
    assert [r["id"] for r in records] == [f"r{i}" for i in range(total)]
    for record in records:
        assert_summaries_are_spans(record)


def _limit_file_size(size: int):
    """A preexec_fn: files this process writes stop at ``size`` bytes, as on a full disk (EFBIG)."""
    import resource

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def test_output_that_cannot_be_written_is_one_line_and_the_rerun_completes_it(tmp_path):
    total = 60
    # English function words settle the language, so the workers never unpack the language classifier's
    # model (a temporary file far larger than the limit below).
    texts = [
        article(i).replace(". ", ". The report said that this was the plan of the city. ")
        for i in range(total)
    ]
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": t} for i, t in enumerate(texts)])
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
        "--summarizer", SUMMARIZER, "--workers", "1", "--chunk-size", "1", "--no-progress",
    ]  # fmt: skip
    full = subprocess.run(
        command, capture_output=True, text=True, timeout=120, preexec_fn=_limit_file_size(20_000)
    )
    assert full.returncode == 1
    assert full.stderr.startswith(f"nutgraf: error: batch stopped: File too large ({out});")
    assert "Traceback" not in full.stderr
    assert 0 < out.stat().st_size <= 20_000

    again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert [r["id"] for r in read_jsonl(out)] == [f"r{i}" for i in range(total)]


def _run_on_terminal(command: list[str]) -> str:
    """Run ``command`` with stderr on a 100-column pseudo-terminal; what it wrote there."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    written = b""
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closed: the process has exited
            break
        if not data:
            break
        written += data
    os.close(master)
    assert process.wait(timeout=120) == 0
    return written.decode("utf-8", "replace")


def test_progress_bar_with_rate_and_eta_on_a_terminal_and_quiet_elsewhere(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": article(i)} for i in range(6)])
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(tmp_path / "out.jsonl"),
        "--summarizer", SUMMARIZER, "--workers", "1", "--chunk-size", "1",
    ]  # fmt: skip
    on_terminal = _run_on_terminal(command)
    # Under one record a second (a busy machine) tqdm shows seconds per record instead.
    rate = r"[\d.]+ ?(?:records/s|s/ ?records?)"
    assert re.search(rf"\d/6 \[\d\d:\d\d<\d\d:\d\d, +{rate}\]", on_terminal), on_terminal
    assert "6 records written" in on_terminal

    (tmp_path / "out.jsonl").unlink()
    piped = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0
    assert "6 records written" in piped.stderr  # the closing report
    assert "\r" not in piped.stderr and not re.search(rate + r"\]", piped.stderr)  # and no bar


def test_the_summary_options_reach_every_record(tmp_path, capsys):
    source = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {"id": "brief", "text": "Is this the end of the line for the old railway? " + article(1)},
            {"id": "feature", "text": article(2, sentences=60)},
        ],
    )
    out = tmp_path / "out.jsonl"
    options = ("--length", "short", "--form", "key_points", "--avoid", "questions")
    assert batch(str(source), "--output", str(out), *options) == 0
    brief, feature = read_jsonl(out)
    assert (len(brief["summary"]), len(feature["summary"])) == (1, 2)  # 150 and 720 words
    for record in (brief, feature):
        assert_summaries_are_spans(record)
        assert record["form"] == "key_points" and not record["summary"][0]["text"].endswith("?")
        words = record["reduction"]["article_words"]
        assert words == len(record["text"].split()) and 0.8 < record["reduction"]["share"] < 1

    capsys.readouterr()
    refused = tmp_path / "refused.jsonl"
    assert batch(str(source), "--output", str(refused), "--output-language", "de") == 1
    assert "cannot give a summary in German" in capsys.readouterr().err and not refused.exists()
    with pytest.raises(SystemExit) as usage:  # options that contradict each other: the usage error's status
        batch(str(source), "--output", str(refused), "--length", "short", "--sentences", "2")
    assert usage.value.code == 2
    assert "give length or sentences, not both" in capsys.readouterr().err


def test_parquet_output_keeps_the_form_and_the_reduction(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    source = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": article(3)}])
    assert batch(str(source), "--output", str(tmp_path / "out.parquet"), "--form", "tldr") == 0
    (row,) = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert row["form"] == "tldr" and len(row["summary"]) == 1
    assert row["reduction"]["words_per_minute"] == 238 and row["reduction"]["article_words"] > 100


def test_records_carry_keyphrases_when_asked_in_jsonl_and_parquet(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    source = write_jsonl(
        tmp_path / "news.jsonl",
        [{"id": "a", "text": article(4)}, {"id": "b", "text": article(5)}, {"id": "bad", "text": ""}],
    )
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out), "--keyphrases", "4") == 0
    first, second, failed = read_jsonl(out)
    for record in (first, second):
        assert len(record["keyphrases"]) == 4
        assert record["keyphrases"] == [k.to_dict() for k in nutgraf.keyphrases(record["text"], top=4)]
        for keyphrase in record["keyphrases"]:
            assert keyphrase["text"] in {record["text"][start:end] for start, end in keyphrase["spans"]}
    assert "keyphrases" not in failed and failed["error"]["kind"] == "empty_input"

    assert batch(str(source), "--output", str(tmp_path / "out.parquet"), "--keyphrases", "4") == 0
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [row["keyphrases"] for row in rows] == [first["keyphrases"], second["keyphrases"], None]
    assert batch(str(source), "--output", str(tmp_path / "plain.parquet")) == 0
    assert pq.read_table(tmp_path / "plain.parquet").column("keyphrases").null_count == 3
    assert batch(str(source), "--output", str(tmp_path / "plain.jsonl")) == 0
    assert "keyphrases" not in read_jsonl(tmp_path / "plain.jsonl")[0]


class _Spaces(io.RawIOBase):
    """A stream of ``size`` spaces, made as it is read: a huge payload without holding it."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = min(len(buffer), self.left)
        buffer[:count] = b" " * count
        self.left -= count
        return count


_HUGE = 300 << 20  # past every bound nutgraf reads a record up to


def _huge_warc_member(path: Path) -> None:
    """A gzipped WARC whose middle record of a few hundred kilobytes unpacks to 300 MiB."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, body in (
            (1, page("Bridge reopens", article(1)).encode()),
            (2, None),
            (3, page("Museum opens", article(3)).encode()),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            payload = io.BufferedReader(_Spaces(_HUGE)) if body is None else io.BytesIO(body)
            record = writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=payload,
                length=_HUGE if body is None else len(body),
                http_headers=headers,
                warc_headers_dict={
                    "WARC-Record-ID": f"<urn:uuid:{number}>",
                    "WARC-Date": "2026-11-01T12:00:00Z",
                },
            )
            writer.write_record(record)


def _huge_jsonl_line(path: Path) -> None:
    with path.open("wb") as handle:
        handle.write(json.dumps({"id": "a1", "text": article(1)}).encode() + b"\n")
        handle.write(b'{"id": "huge", "text": "')
        for _ in range(_HUGE >> 20):
            handle.write(b"word " * (1 << 18))
        handle.write(b'"}\n' + json.dumps({"id": "a3", "text": article(3)}).encode() + b"\n")


def _huge_page_file(path: Path) -> None:
    path.mkdir()
    (path / "a.txt").write_text(article(1), encoding="utf-8")
    with (path / "b.txt").open("wb") as handle:
        for _ in range(_HUGE >> 20):
            handle.write(b"word " * (1 << 18))
    (path / "c.txt").write_text(article(3), encoding="utf-8")


def _peak_kib(command: list[str]) -> int:
    """The largest resident memory of ``command``'s processes (KiB), measured in a process of its own."""
    measure = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    run = subprocess.run(
        [sys.executable, "-c", measure, *command], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    return int(run.stdout)


@pytest.mark.parametrize(
    ("name", "make", "ids", "message"),
    [
        (
            "crawl.warc.gz",
            _huge_warc_member,
            ["1", "2", "3"],
            "urn:uuid:2 is larger than 80,000,000 bytes, the most nutgraf reads for one page: give the"
            " article's text instead",
        ),
        (
            "news.jsonl",
            _huge_jsonl_line,
            ["a1", "news.jsonl:2", "a3"],
            "line news.jsonl:2 is longer than 120,000,000 bytes, more than nutgraf reads for one record; it"
            " was skipped: give each article a line of its own, its text or page in one field",
        ),
        (
            "pages",
            _huge_page_file,
            ["a.txt", "b.txt", "c.txt"],
            "b.txt is larger than 80,000,000 bytes, the most nutgraf reads for one page: give the article's"
            " text instead",
        ),
    ],
)
def test_a_record_past_the_size_bound_is_an_error_and_is_never_held_whole(tmp_path, name, make, ids, message):
    # A WARC record of a few hundred kilobytes can unpack to gigabytes, a JSONL file can hold a line of
    # gigabytes: neither may cost memory in proportion, in the parent or in a worker.
    source = tmp_path / name
    make(source)
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
        "--summarizer", SUMMARIZER, "--workers", "1", "--no-progress",
    ]  # fmt: skip
    peak_kib = _peak_kib(command)
    assert peak_kib < _HUGE // 1024, f"{peak_kib:,} KiB at the peak for a {_HUGE:,}-byte record"
    records = read_jsonl(out)
    assert [r["id"].removeprefix("urn:uuid:") for r in records] == ids
    assert records[1]["error"]["kind"] == "input_too_large"
    assert message in records[1]["error"]["message"]
    assert_summaries_are_spans(records[0])
    assert_summaries_are_spans(records[2])


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_the_same_job_started_twice_is_refused_while_the_first_runs(tmp_path, capsys, name):
    if name.endswith(".parquet"):
        pq = pytest.importorskip("pyarrow.parquet")
    total = 300
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i)} for i in range(total)])
    out = tmp_path / name
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
        "--summarizer", SUMMARIZER, "--workers", "1", "--chunk-size", "1", "--no-progress",
    ]  # fmt: skip
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        # Both runs would count the same records done and append the same rest: every record twice.
        assert batch(str(source), "--output", str(out)) == 1
        assert first.poll() is None, "the first run ended before the second started"
    finally:
        first.kill()
        first.wait()
    assert "is being written by another nutgraf batch run" in capsys.readouterr().err

    assert batch(str(source), "--output", str(out)) == 0  # a killed run holds nothing: the rerun resumes
    if name.endswith(".parquet"):
        ids = pq.read_table(out).column("id").to_pylist()
    else:
        ids = [record["id"] for record in read_jsonl(out)]
    assert ids == [f"r{i}" for i in range(total)]


def test_a_record_of_the_wrong_type_or_encoding_says_what_is_wrong_with_it(tmp_path):
    source = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "number", "text": 2024}),
        json.dumps({"id": "object", "html": {"body": article(1)}}),
        json.dumps({"id": "none"}),
        '{"id": "latin1", "text": "Caf\xe9 reopens. ' + article(2).replace("\n", " ") + '"}',
        json.dumps({"id": "fine", "text": article(3)}),
    ]
    source.write_bytes("\n".join(lines).encode("latin-1") + b"\n")
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    errors = {r["id"]: r["error"]["message"] for r in read_jsonl(out) if "error" in r}
    assert errors == {
        "number": "record number's `text` is a number, not a string; give the article as a string",
        "object": "record object's `html` is an object, not a string; give the article as a string",
        "none": "record none has none of `text`, `html` or `url`; give one of them as a string",
        "news.jsonl:4": "line news.jsonl:4 is not UTF-8 (byte 0xe9 at position 29), which JSONL must be: convert"
        " the file, as with `iconv -f windows-1252 -t utf-8 IN > OUT`",
    }


def test_a_binary_line_names_the_byte_that_is_not_utf8(tmp_path):
    # json.loads read a line opening on NUL bytes as UTF-32, and named "byte 0x69 at position 4", an ASCII
    # letter, as the one that was not UTF-8.
    source = tmp_path / "news.jsonl"
    source.write_bytes(
        json.dumps({"id": "fine", "text": article(1)}).encode() + b"\n\x00\x00\x00binary garbage\xff\xfe\n"
    )
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    errors = {r["id"]: r["error"]["message"] for r in read_jsonl(out) if "error" in r}
    # Binary, it is said to be (2026-12-07), not told to be converted from Windows-1252.
    assert errors == {
        "news.jsonl:2": "line news.jsonl:2 is binary data, not JSON: a JSONL file holds one JSON object a line,"
        ' such as {"id": "a1", "text": "..."}; take it out of the file',
    }


def test_a_line_after_a_byte_order_mark_names_the_byte_that_is_not_utf8(tmp_path):
    # Notepad's "UTF-8 with BOM" holding a Windows-1252 letter: the byte named was the "c" of "café", three
    # bytes before the é, counted from the mark's end.
    source = tmp_path / "news.jsonl"
    source.write_bytes(b'\xef\xbb\xbf{"id": "cafe", "text": "caf\xe9 au lait"}\n')
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    [record] = read_jsonl(out)
    assert record["error"]["message"].startswith("line news.jsonl:1 is not UTF-8 (byte 0xe9 at position 30)")


def test_a_utf16_line_appended_to_a_utf8_file_is_said_to_be_utf16(tmp_path):
    # PowerShell 5's `>>` appends UTF-16 to a UTF-8 file. Valid UTF-8 (its NULs are), the line was refused
    # with "not valid JSON: Expecting property name enclosed in double quotes", naming no encoding.
    lines = [json.dumps({"id": f"s{n}", "text": article(n)}) for n in range(2)]
    source = tmp_path / "news.jsonl"
    source.write_bytes(lines[0].encode() + b"\r\n" + (lines[1] + "\r\n").encode("utf-16-le"))
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    records = {r["id"]: r.get("error", {}).get("message") for r in read_jsonl(out)}
    assert records["s0"] is None
    assert records["news.jsonl:2"].startswith(
        "line news.jsonl:2 holds a NUL byte (at position 1), as UTF-16 text does, and JSONL is UTF-8"
    )


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # it has exited
        return b""


def test_workers_of_a_run_killed_while_they_start_do_not_outlive_it(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i)} for i in range(50)])
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(tmp_path / "out.jsonl"),
        "--summarizer", SUMMARIZER, "--workers", "2", "--no-progress",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60

    def workers() -> set[int]:  # not the resource tracker that multiprocessing starts first
        return {child for child in _children(process.pid) if b"spawn_main" in _command_line(child)}

    children: set[int] = set()
    while not children and time.monotonic() < deadline and process.poll() is None:
        children = workers()
    # Killed just after its first worker started: the worker, still importing nutgraf, finds itself
    # an orphan by the time it first looks at its parent.
    time.sleep(0.05)
    children |= workers()
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert children, "the run ended before it started a worker"
    deadline = time.monotonic() + 15
    while any(Path(f"/proc/{child}").exists() for child in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [child for child in children if Path(f"/proc/{child}").exists()]
    for child in left:  # not to leave them behind when the test fails
        os.kill(child, signal.SIGKILL)
    assert not left, "a worker outlived the run it was started for"


@pytest.mark.parametrize("moment", ["workers starting", "records written"])
def test_ctrl_c_stops_the_run_without_a_traceback_and_the_rerun_completes_it(tmp_path, moment):
    total = 300
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i)} for i in range(total)])
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
        "--summarizer", SUMMARIZER, "--workers", "2", "--chunk-size", "1", "--no-progress",
    ]  # fmt: skip
    # As on a terminal: a process group of its own, which Ctrl-C interrupts whole, workers included.
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if moment == "records written":
            if out.exists() and out.read_bytes().count(b"\n") >= 4:
                break
        elif any(b"spawn_main" in _command_line(child) for child in _children(process.pid)):
            time.sleep(0.05)  # a worker importing nutgraf
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 130
    assert "Traceback" not in stderr
    assert stderr.endswith("nutgraf: interrupted; run the same command again to resume\n")

    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert [record["id"] for record in read_jsonl(out)] == [f"r{i}" for i in range(total)]


def test_a_second_ctrl_c_while_the_run_stops_ends_it_without_a_traceback(tmp_path):
    # Pressed again while the run was stopping (its workers finishing the chunks under way), Ctrl-C
    # interrupted Python's wait for the worker pool at exit: "Exception ignored in: <module 'threading'>",
    # a traceback and "KeyboardInterrupt" under the message saying how to resume; and where only the run's
    # own process was interrupted, as here, the run then hung, its worker waiting for work.
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i, sentences=150)} for i in range(400)]
    )
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [
            sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
            "--summarizer", SUMMARIZER, "--workers", "1", "--chunk-size", "40", "--no-progress",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out.exists() and out.read_bytes().count(b"\n")):
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be interrupted"
    # The run alone, not its worker: the worker goes on with its chunk, which the run waits for at exit.
    process.send_signal(signal.SIGINT)
    said = process.stderr.readline()
    assert said == "nutgraf: interrupted; run the same command again to resume\n"
    process.send_signal(signal.SIGINT)
    try:
        stderr = said + process.communicate(timeout=60)[1]
    finally:  # it had hung: not to leave it behind (its worker leaves with it)
        process.kill()
    assert process.returncode == 130
    assert stderr == said, stderr


def test_a_script_that_calls_run_batch_at_its_top_level_is_told_to_guard_it(tmp_path):
    # Each worker imports the script that started it again: its own call found the output locked by the
    # script's run ("is being written by another nutgraf batch run"), and the run stopped with "a batch
    # worker process died (out of memory, or killed)", neither the cause.
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i)} for i in range(4)])
    script = tmp_path / "summaries.py"
    script.write_text(
        "from nutgraf.batch import run_batch\n"
        f"run_batch([{str(source)!r}], {str(tmp_path / 'out.jsonl')!r}, workers=1, summarizer={SUMMARIZER!r})\n"
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "being written by another" not in result.stderr
    assert (
        "nutgraf.errors.NutgrafError: run_batch was called again in a batch worker starting up: a script's top"
        """ level runs again in each worker, so call run_batch under `if __name__ == "__main__":`"""
    ) in result.stderr
    assert result.stderr.endswith(
        "nutgraf.errors.NutgrafError: a batch worker process died (out of memory, or killed); from a Python"
        " script, call run_batch under if __name__ == '__main__'; what was written so far is complete: run the"
        " same command again to resume\n"
    )


def test_the_command_whose_first_worker_dies_does_not_speak_of_scripts(tmp_path):
    # A worker killed (out of memory) before its first chunk came back told `nutgraf batch` users to
    # "call run_batch under if __name__ == '__main__'", which only a script's author can do.
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i)} for i in range(50)])
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(tmp_path / "out.jsonl"),
        "--summarizer", SUMMARIZER, "--workers", "1", "--no-progress",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline, killed = time.monotonic() + 60, False
    while not killed and time.monotonic() < deadline and process.poll() is None:
        for child in _children(process.pid):
            if b"spawn_main" in _command_line(child):  # the worker, still importing nutgraf
                os.kill(child, signal.SIGKILL)
                killed = True
        time.sleep(0.01)
    stderr = process.communicate(timeout=60)[1]
    assert killed and process.returncode == 1, stderr
    assert stderr.endswith(
        "nutgraf: error: a batch worker process died (out of memory, or killed); what was written so far is"
        " complete: run the same command again to resume\n"
    ), stderr


def test_a_run_that_ignores_ctrl_c_goes_on_through_it_workers_included(tmp_path):
    total = 300
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"r{i}", "text": article(i)} for i in range(total)])
    out = tmp_path / "out.jsonl"
    # As `nutgraf batch ... &` in a shell script: SIGINT ignored, and the script's Ctrl-C sent to its whole
    # process group. The workers had left on it all the same, and the run stopped with "a batch worker
    # process died".
    process = subprocess.Popen(
        [
            sys.executable, "-m", "nutgraf.cli", "batch", str(source), "--output", str(out),
            "--summarizer", SUMMARIZER, "--workers", "2", "--chunk-size", "1", "--no-progress",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 4:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    stderr = process.communicate(timeout=120)[1]
    assert process.returncode == 0, stderr
    assert [record["id"] for record in read_jsonl(out)] == [f"r{i}" for i in range(total)]


def test_an_archived_page_is_read_in_the_charset_its_response_header_declares(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    # Legacy encodings of one script share their bytes with others: without the header's charset, the
    # encoding is guessed, and this Hebrew was read as Cyrillic (Polish in ISO-8859-2, depending on the
    # text, as Latvian).
    polish = (
        "Rada miasta przegłosowała w czwartek nowy budżet na przyszły rok. Burmistrz powiedział, że "
        "pieniądze pójdą na remont szkół i szpitali. Mieszkańcy od dawna skarżyli się na stan dróg. "
        "Radni dyskutowali nad projektem przez trzy tygodnie."
    )
    hebrew = (
        "מועצת העיר אישרה ביום חמישי את התקציב החדש לשנה הבאה. ראש העיר אמר כי הכסף ילך לשיפוץ בתי ספר."
        " התושבים מתלוננים זמן רב על מצב הכבישים. חברי המועצה דנו בתוכנית במשך שלושה שבועות."
    )
    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for text, charset in ((polish, "iso-8859-2"), (hebrew, "windows-1255")):
            # No <meta charset>: the page names its encoding only in the HTTP header, as many do.
            body = page("Budget", text.replace(". ", ".\n\n")).encode(charset)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1"
            )
            url = f"https://news.example/{charset}"
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    out = tmp_path / "out.jsonl"
    assert batch(str(archive), "--output", str(out)) == 0
    texts = [record["text"] for record in read_jsonl(out)]
    assert texts[0].startswith("Rada miasta przegłosowała w czwartek nowy budżet")
    assert texts[1].startswith("מועצת העיר אישרה")


def test_an_archived_response_whose_charset_holds_a_nul_is_read_as_its_page(tmp_path):
    # codecs.lookup raises ValueError for a label with a NUL in it, not LookupError: the record was an
    # internal_error ("please report it") and its article was lost.
    body = page("Budget", article(3)).encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\x00\r\n\r\n" + body
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"WARC-Target-URI: https://news.example/budget\r\nContent-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode()
        + http
        + b"\r\n\r\n"
    )
    out = tmp_path / "out.jsonl"
    assert batch(str(archive), "--output", str(out)) == 0
    (record,) = read_jsonl(out)
    assert "error" not in record and record["title"] == "Budget"
    assert_summaries_are_spans(record)


def test_an_archive_whose_gzip_member_unpacks_past_its_record_costs_no_memory_for_it(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "crawl.warc.gz"
    ids = write_warc(archive)
    # One more record, in a gzip member that goes on past the record's end with 300 MiB of spaces (a
    # few hundred kilobytes packed): warcio reads what follows a record a line at a time.
    record = io.BytesIO()
    writer = WARCWriter(record, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    body = page("Museum opens", article(3)).encode()
    writer.write_record(
        writer.create_warc_record(
            "https://news.example/three", "response", payload=io.BytesIO(body), http_headers=headers
        )
    )
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # one gzip member
    member = packer.compress(record.getvalue())
    for _ in range(_HUGE >> 20):
        member += packer.compress(b" " * (1 << 20))
    with archive.open("ab") as handle:
        handle.write(member + packer.flush())
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable, "-m", "nutgraf.cli", "batch", str(archive), "--output", str(out),
        "--summarizer", SUMMARIZER, "--workers", "1", "--no-progress",
    ]  # fmt: skip
    peak_kib = _peak_kib(command)
    assert peak_kib < _HUGE // 1024, f"{peak_kib:,} KiB at the peak for a {_HUGE:,}-byte line"
    records = read_jsonl(out)
    assert [record["url"] for record in records] == [
        "https://news.example/one",
        "https://news.example/two.txt",
        "https://news.example/three",
    ]
    assert records[0]["id"] == ids["https://news.example/one"]
    for record in records:
        assert_summaries_are_spans(record)


def test_a_jsonl_file_is_not_taken_for_a_tar_archive_by_the_word_at_its_byte_257(tmp_path):
    prefix = '{"id": "m", "text": "'
    text = "x" * (257 - len(prefix)) + "ustard prices rose. " + article(1).replace("\n", " ")
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "m", "text": text}) + "\n", encoding="utf-8")
    assert source.read_bytes()[257:262] == b"ustar"
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out)) == 0
    assert_summaries_are_spans(read_jsonl(out)[0])


@pytest.mark.data
def test_the_batch_bench_says_when_its_input_is_too_small_to_time(shared_data: Path) -> None:
    # Five articles are one chunk, written at once, so no steady rate: the bench printed "nan articles/s"
    # and "nanx" for the ratios its docs quote.
    bench = Path(__file__).resolve().parents[1] / "bench" / "batch_bench.py"
    command = [
        sys.executable, str(bench), "--data", str(shared_data / "cnndm_dev.jsonl"), "--limit", "5",
        "--memory-base", "5", "--scale", "1", "--repeat", "1", "--no-ray", "--summarizer", "textrank",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "nan" not in result.stdout
    assert "5 articles are too few to time; run with --limit 300 or more" in result.stdout


def test_a_ray_address_without_the_ray_engine_is_refused_not_ignored(tmp_path, capsys):
    # `--ray-address head:6379` alone ran the whole batch on this machine's processes, joining no cluster,
    # and said nothing: the user learns it from the run's time, or never.
    source = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": "The council met on Monday. " * 5}])
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "--output", str(out), "--ray-address", "head:6379") == 1
    error = capsys.readouterr().err
    assert "--engine ray" in error and "head:6379" in error and not out.exists()
    with pytest.raises(nutgraf.NutgrafError, match="engine='ray'"):
        run_batch([str(source)], str(out), ray_address="head:6379")


def test_a_packed_page_opening_on_a_brace_is_read_as_a_page_not_refused_as_jsonl(tmp_path):
    # A broadcast transcript opens on its cue ("{Music playing}"), a recipe on its yield ("{Serves 4}"):
    # saved gzipped in a folder they were refused as "a gzip file holding JSONL", where unpacked they are
    # read. A JSONL record opens on a key, `{"`.
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "transcript.txt.gz").write_bytes(gzip.compress(f"{{Music playing}}\n{article(6)}".encode()))
    (pages / "recipe.txt.gz").write_bytes(gzip.compress(f"{{Serves 4}}\n\n{article(7)}".encode()))
    (pages / "wire.txt.gz").write_bytes(gzip.compress(json.dumps({"text": article(8)}).encode() + b"\n"))
    out = tmp_path / "out.jsonl"
    assert batch(str(pages), "--output", str(out)) == 0
    recipe, transcript, wire = read_jsonl(out)
    assert_summaries_are_spans(recipe)
    assert_summaries_are_spans(transcript)
    assert recipe["text"].startswith("{Serves 4}") and transcript["text"].startswith("{Music playing}")
    assert "holding JSONL, not a page" in wire["error"]["message"]
