"""Round 31 of hostile input: the last stop's commands at their worst (`nutgraf eval` given a file of NULs, an
image, a pipe; `nutgraf batch` given a file of NULs; `nutgraf sites` given an id of a byte no encoding
reads), each refused with nutgraf's own error that says what the input is, not a traceback or another
input's advice."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nutgraf.cli import main

ARTICLE = (
    "The harbour committee met on Thursday to review the annual report. "
    "Members said the dredging programme had grown faster than expected this year. "
    "The chair promised a full public consultation before any new rules are written."
)
RECORD = json.dumps({"article": ARTICLE, "reference": "The committee reviewed the report."})
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    return said.err


# --- nutgraf eval ---


def test_eval_of_a_file_of_nuls_says_it_is_binary_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It had been told its first line was no JSON line, "Expecting value", as if a comma were missing.
    data = tmp_path / "zeros.jsonl"
    data.write_bytes(b"\x00" * 100_000)
    assert main(["eval", str(data), "--no-oracle"]) == 1
    assert f"{data}:1: binary data, not a JSON line" in _error(capsys)


def test_eval_of_an_image_pasted_among_the_lines_says_which_line_is_the_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its bytes that are no UTF-8 had the whole file told to be saved as UTF-8, naming no line.
    data = tmp_path / "news.jsonl"
    data.write_bytes(RECORD.encode() + b"\n" + PNG + b"\n" + RECORD.encode() + b"\n")
    assert main(["eval", str(data), "--no-oracle"]) == 1
    assert f"{data}:2: a PNG image, not a JSON line" in _error(capsys)


def test_eval_of_a_line_of_bad_json_is_still_told_what_json_expected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "news.jsonl"
    data.write_text(RECORD + "\n" + '{"article": "a", "reference": \n')
    assert main(["eval", str(data), "--no-oracle"]) == 1
    assert f"{data}:2: not a JSON line (Expecting value)" in _error(capsys)


def test_eval_of_a_file_in_latin_1_is_still_told_to_save_it_as_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "news.jsonl"
    data.write_bytes(
        json.dumps({"article": "Caf\u00e9 " + ARTICLE, "reference": "x"}, ensure_ascii=False).encode(
            "latin-1"
        )
    )
    assert main(["eval", str(data), "--no-oracle"]) == 1
    assert f"{data} is not UTF-8 text" in _error(capsys)


def test_eval_of_a_pipe_says_it_is_a_stream_not_that_it_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A pipe, as `<(zcat news.jsonl.gz)` gives, or /dev/null: eval counts the lines, then reads them again.
    pipe = tmp_path / "news.jsonl"
    os.mkfifo(pipe)
    assert main(["eval", str(pipe), "--no-oracle"]) == 1
    said = _error(capsys)
    assert f"{pipe} is not a file but a stream" in said
    assert "does not exist" not in said


def test_eval_of_a_missing_file_still_says_it_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(tmp_path / "gone.jsonl"), "--no-oracle"]) == 1
    assert "gone.jsonl does not exist" in _error(capsys)


# --- nutgraf batch ---


def test_batch_of_a_file_of_nuls_says_it_is_binary_data_not_utf16(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its first NULs had it told to convert from UTF-16 with iconv, which gives a file of NULs again.
    data = tmp_path / "zeros.jsonl"
    data.write_bytes(b"\x00" * 100_000)
    output = tmp_path / "out.jsonl"
    main(["batch", str(data), "--output", str(output), "--no-progress"])
    assert "UTF-16" not in _error(capsys)
    [record] = [json.loads(line) for line in output.read_text().splitlines()]
    assert record["error"]["message"].startswith("line zeros.jsonl:1 is binary data, not JSON")


def test_batch_of_utf16_jsonl_without_a_byte_order_mark_is_still_told_to_convert_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "news.jsonl"
    data.write_bytes((json.dumps({"id": "a1", "text": ARTICLE}) + "\n").encode("utf-16-le"))
    assert main(["batch", str(data), "--output", str(tmp_path / "out.jsonl"), "--no-progress"]) == 1
    assert "news.jsonl is UTF-16 or UTF-32 text" in _error(capsys)


# --- nutgraf sites ---


@pytest.mark.parametrize(
    "command",
    [["remove"], ["flags"], ["enable"], ["disable"], ["update", "--add-origin", "https://b.example"]],
)
def test_a_site_id_of_an_undecodable_byte_is_no_site_s(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `nutgraf sites remove $'\xff'`: Python reads the byte as a lone surrogate, which the database's driver
    # could not encode (UnicodeEncodeError, a traceback).
    database = ["--database", f"sqlite:///{tmp_path / 'sites.db'}"]
    assert main(["sites", *database, "add", "https://news.example", "--no-check"]) == 0
    capsys.readouterr()
    action, *options = command
    assert main(["sites", *database, action, "\udcff", *options]) == 1
    assert "no site with id '\\udcff'" in _error(capsys)
    # And the site of an id in plain letters is still found.
    assert main(["sites", *database, action, "news-example", *options]) == 0


# --- nutgraf eval: text lines with a control byte are not binary data ---


def test_eval_of_utf16_jsonl_with_a_byte_order_mark_is_still_told_to_save_it_as_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What PowerShell's `>` writes is text: called binary data, the analyst had not been told what to do.
    data = tmp_path / "news.jsonl"
    data.write_bytes((RECORD + "\n" + RECORD + "\n").encode("utf-16"))
    assert main(["eval", str(data), "--no-oracle"]) == 1
    said = _error(capsys)
    assert f"{data} is not UTF-8 text" in said
    assert "binary data" not in said


def test_eval_of_a_json_line_with_a_stray_control_byte_is_told_its_json_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A backspace scraped into an article: JSON's error names the character and its column.
    data = tmp_path / "news.jsonl"
    data.write_text(RECORD + "\n" + '{"article": "Scraped\x08 text. ' + ARTICLE + '", "reference": "x"}\n')
    assert main(["eval", str(data), "--no-oracle"]) == 1
    assert f"{data}:2: not a JSON line (Invalid control character" in _error(capsys)


def test_eval_of_a_windows_1252_file_with_an_escape_byte_is_still_told_to_save_it_as_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = json.dumps({"article": "\u201cThe council\u201d " + ARTICLE, "reference": "x"}, ensure_ascii=False)
    data = tmp_path / "news.jsonl"
    data.write_bytes(line.encode("cp1252")[:-1] + b"\x1b}\n")
    assert main(["eval", str(data), "--no-oracle"]) == 1
    said = _error(capsys)
    assert f"{data} is not UTF-8 text" in said
    assert "binary data" not in said
