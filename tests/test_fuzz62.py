"""Round 32 of hostile input: the last stop's paths at their worst (a batch output whose last line a crashed
system left as NULs, ...), each taken up or refused with nutgraf's own error that says what the input is, not a
traceback or another input's advice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nutgraf.cli import main

ARTICLE = (
    "The harbour committee met on Thursday to review the annual report. "
    "Members said the dredging programme had grown faster than expected this year. "
    "The chair promised a full public consultation before any new rules are written."
)


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    return said.err


# --- nutgraf batch ---


def _batch(tmp_path: Path, output: Path) -> int:
    data = tmp_path / "news.jsonl"
    data.write_text(
        "".join(json.dumps({"id": f"a{n}", "text": f"{ARTICLE} Item {n}."}) + "\n" for n in range(3))
    )
    return main(["batch", str(data), "--output", str(output), "--no-progress"])


def test_a_batch_output_whose_last_line_a_crash_left_as_nuls_resumes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A system that crashed while the last record was written keeps the file's size with its block unwritten,
    # NULs: the output had been refused as not nutgraf's, its records to be redone under another path.
    output = tmp_path / "out.jsonl"
    assert _batch(tmp_path, output) == 0
    records = output.read_bytes().splitlines(keepends=True)
    output.write_bytes(records[0] + b"\x00" * len(records[1] + records[2]))
    capsys.readouterr()
    assert _batch(tmp_path, output) == 0
    assert "removed what an interrupted run left half-written" in _error(capsys)
    assert b"\x00" not in output.read_bytes()
    assert [json.loads(line)["id"] for line in output.read_text().splitlines()] == ["a0", "a1", "a2"]


@pytest.mark.parametrize(
    "held", [b"\x00" * 5_000, b'{"id": "a0"}\n\x00\x00PK\x03\x04', b'{"id": "a0"}\nnot a record']
)
def test_an_output_of_nuls_alone_or_with_other_bytes_after_them_is_still_not_taken_for_batch_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], held: bytes
) -> None:
    output = tmp_path / "out.jsonl"
    output.write_bytes(held)
    assert _batch(tmp_path, output) == 1
    assert "is not nutgraf batch output" in _error(capsys)
    assert output.read_bytes() == held
