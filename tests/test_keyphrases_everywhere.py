"""Keyphrases beside a summary (``summarize(..., keyphrases=N)``) and the ``nutgraf keyphrases`` command;
the HTTP API, the reader, batch runs and the widget are tested with their interfaces."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest

import nutgraf
from nutgraf.cli import main
from nutgraf.engines.options import SummaryOptions
from nutgraf.errors import InvalidInputError

FLOOD = """River Calder burst its banks at Hebden Bridge on Sunday, flooding the town centre for the third time in a decade.

Residents of Hebden Bridge moved furniture upstairs as the water rose. The Environment Agency said the River Calder peaked at four metres, a record for the town.

Shop owners said the flood defences promised after the last flood had not been built. The council said work on the defences would begin in the spring.
"""
FLOOD_PAGE = (
    "<html><head><title>Hebden Bridge floods again</title></head><body><nav>Home | News | Sport</nav>"
    "<article><h1>Hebden Bridge floods again</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in FLOOD.strip().split("\n\n"))
    + "</article><footer>Copyright the Valley Times</footer></body></html>"
)


def test_a_summary_carries_the_keyphrases_asked_for_with_spans_into_its_source() -> None:
    summary = nutgraf.summarize(FLOOD_PAGE, keyphrases=4)
    assert summary.keyphrases is not None and len(summary.keyphrases) == 4
    # The same keyphrases the function gives, from the text the summary was made of.
    assert list(summary.keyphrases) == nutgraf.keyphrases(FLOOD_PAGE, top=4)
    texts = [k.text for k in summary.keyphrases]
    assert "Hebden Bridge" in texts and "River Calder" in texts
    for keyphrase in summary.keyphrases:
        assert keyphrase.text in {summary.source[start:end] for start, end in keyphrase.spans}
    assert "Home | News" not in summary.source  # spans point into the cleaned text, not the page
    data = summary.to_dict()
    assert data["keyphrases"] == [k.to_dict() for k in summary.keyphrases]
    assert json.loads(json.dumps(data))["keyphrases"][0]["spans"][0] == list(summary.keyphrases[0].spans[0])


def test_no_keyphrases_unless_asked() -> None:
    summary = nutgraf.summarize(FLOOD)
    assert summary.keyphrases is None and "keyphrases" not in summary.to_dict()


@pytest.mark.parametrize("count", [0, 51, -3, 2.5, "5", True])
def test_a_count_outside_1_to_50_is_refused_naming_the_range(count: Any) -> None:
    with pytest.raises(InvalidInputError, match="keyphrases must be a whole number from 1 to 50"):
        nutgraf.summarize(FLOOD, keyphrases=count)
    with pytest.raises(InvalidInputError, match="from 1 to 50"):
        SummaryOptions(keyphrases=count)


def test_keyphrases_do_not_key_a_stored_summary() -> None:
    options = SummaryOptions(length="short", keyphrases=5)
    assert options.cache_key() == SummaryOptions(length="short").cache_key()
    assert "keyphrases" not in options.stored_arguments() and options.arguments()["keyphrases"] == 5
    assert options != SummaryOptions(length="short")  # but they key the answers made of it


def test_a_text_without_a_candidate_gets_a_summary_and_no_keyphrases() -> None:
    summary = nutgraf.summarize("It was what it is.", keyphrases=5)
    assert summary.sentences and summary.keyphrases == ()


# The command line


def test_the_keyphrases_command_reads_a_file_or_stdin(
    tmp_path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "flood.html"
    path.write_text(FLOOD_PAGE, encoding="utf-8")
    expected = [k.text for k in nutgraf.keyphrases(FLOOD_PAGE, top=3)]
    assert main(["keyphrases", str(path), "--top", "3"]) == 0
    assert capsys.readouterr().out.splitlines() == expected

    assert main(["keyphrases", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["keyphrases"]) == 10 and data["article"]["title"] == "Hebden Bridge floods again"
    text = data["article"]["text"]
    for keyphrase in data["keyphrases"]:
        assert keyphrase["text"] in {text[start:end] for start, end in keyphrase["spans"]}

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FLOOD.encode())))
    assert main(["keyphrases", "-", "--top", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [k.text for k in nutgraf.keyphrases(FLOOD, top=2)]


def test_the_keyphrases_command_on_json_lines_names_the_batch_option_that_gives_them(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `nutgraf keyphrases archive.jsonl` sent the user to `nutgraf batch FILE --output OUT.jsonl`, which
    # gives summaries: the option that adds each record's keyphrases went unnamed.
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(json.dumps({"text": FLOOD}) for _ in range(2)) + "\n", encoding="utf-8")
    assert main(["keyphrases", str(path)]) == 1
    error = capsys.readouterr().err
    assert f"`nutgraf batch {path} --output OUT.jsonl` (with `--keyphrases N`" in error, error


def test_the_keyphrases_command_says_when_an_article_has_none(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"It was not to be, and so it was.")))
    assert main(["keyphrases", "-"]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == (
        "",
        "nutgraf: note: the article has no keyphrases (no run of content words)\n",
    )


def test_summarize_takes_keyphrases_in_every_format(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(FLOOD, encoding="utf-8")
    tags = ", ".join(k.text for k in nutgraf.keyphrases(FLOOD, top=3))
    assert main(["summarize", str(path), "--sentences", "2", "--keyphrases", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2:] == ["", f"Keyphrases: {tags}"] and len(lines) == 4  # the sentences stay one a line
    assert main(["summarize", str(path), "--keyphrases", "3", "--format", "markdown"]) == 0
    assert f"**Keyphrases:** {tags}" in capsys.readouterr().out
    assert main(["summarize", str(path), "--keyphrases", "3", "--format", "json"]) == 0
    assert [k["text"] for k in json.loads(capsys.readouterr().out)["keyphrases"]] == tags.split(", ")
    assert main(["summarize", str(path)]) == 0
    assert "Keyphrases" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "arguments",
    [["summarize", "--keyphrases", "0"], ["keyphrases", "--top", "51"], ["batch", "--keyphrases", "x"]],
)
def test_the_command_line_refuses_a_count_outside_the_range(
    tmp_path, capsys: pytest.CaptureFixture[str], arguments: list[str]
) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(FLOOD, encoding="utf-8")
    command, *options = arguments
    extra = ["--output", str(tmp_path / "out.jsonl")] if command == "batch" else []
    with pytest.raises(SystemExit) as usage:
        main([command, str(path), *options, *extra])
    assert usage.value.code == 2
    # In the library's words, as nutgraf.summarize and the HTTP API say it ("expected a whole number").
    assert (
        f"{options[0].removeprefix('--')} must be a whole number from 1 to 50, not "
        in capsys.readouterr().err
    )
