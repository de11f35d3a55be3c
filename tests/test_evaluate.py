"""`nutgraf eval` on JSONL files written here: scores beside Lead-3 and the oracle, and one-line errors."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from nutgraf.cli import main

ARTICLE = (
    "The city council approved a new budget on Tuesday after a long debate. "
    "The plan raises spending on schools by ten percent. "
    "Critics said the cost was too high for a city with falling revenue. "
    "The mayor promised a review of every department next spring. "
    "Residents will vote on a related tax measure in November."
)
REFERENCE = "City council approves budget raising school spending by ten percent."


def write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_eval_scores_each_summarizer_beside_lead_and_the_oracle(tmp_path, capsys) -> None:
    data = write(
        tmp_path / "news.jsonl",
        [
            json.dumps({"article": ARTICLE, "reference": REFERENCE}),
            json.dumps(
                {"article": ARTICLE.replace("Tuesday", "Monday"), "reference": [REFERENCE, "Budget passes."]}
            ),
            json.dumps({"article": "A story without a reference yet.", "reference": None}),  # skipped
            json.dumps(
                {"article": ARTICLE + " \ud800", "reference": REFERENCE}
            ),  # a lone surrogate is cleaned
        ],
    )
    assert main(["eval", data, "--summarizer", "textrank", "--json"]) == 0
    (group,) = json.loads(capsys.readouterr().out)
    assert group["group"] == "news.jsonl"
    systems = {s["system"]: s for s in group["systems"]}
    assert list(systems) == ["lead-3", "textrank", "oracle"]
    assert {s["articles"] for s in systems.values()} == {3}
    assert systems["oracle"]["rouge1"] >= systems["lead-3"]["rouge1"] > 0
    # Each mean has its bootstrap interval, and each system its paired difference to Lead-3.
    low, high = systems["textrank"]["rouge1_interval"]
    assert low <= systems["textrank"]["rouge1"] <= high
    difference = systems["oracle"]["rouge1_vs_lead-3"]
    assert difference == round(systems["oracle"]["rouge1"] - systems["lead-3"]["rouge1"], 2)
    low, high = systems["oracle"]["rouge1_vs_lead-3_interval"]
    assert 0 <= low <= difference <= high


def test_eval_names_the_lines_it_did_not_score(tmp_path, capsys) -> None:
    # A line without a reference, or with an empty article, was left out in silence: a researcher's own
    # file of 8 lines read "6 articles", and which 2 were not scored, and why, was theirs to find.
    data = write(
        tmp_path / "own.jsonl",
        [
            json.dumps({"article": ARTICLE, "reference": REFERENCE}),
            json.dumps({"article": ARTICLE, "reference": ""}),
            json.dumps({"article": " ", "reference": REFERENCE}),
            json.dumps({"article": ARTICLE, "reference": [None, " "]}),
        ],
    )
    assert main(["eval", data, "--summarizer", "lead", "--no-oracle"]) == 0
    captured = capsys.readouterr()
    assert "own.jsonl: 1 article," in captured.out
    assert captured.err == (
        f"nutgraf: note: 3 lines not scored, with no reference or an empty article: {data}:2, {data}:3,"
        f" {data}:4\n"
    )


def test_eval_keeps_no_more_of_the_lines_it_did_not_score_than_it_names(tmp_path, capsys) -> None:
    # Each line left out was kept by name until the run's end, to name five: a file of millions of
    # articles without references held a name for each, hundreds of MB more the longer the file.
    unscored = json.dumps({"article": "A short text.", "reference": None})
    data = write(
        tmp_path / "unlabelled.jsonl",
        [json.dumps({"article": ARTICLE, "reference": REFERENCE})] + [unscored] * 60_000,
    )
    warm = write(tmp_path / "one.jsonl", [json.dumps({"article": ARTICLE, "reference": REFERENCE}), unscored])
    assert main(["eval", warm, "--summarizer", "lead", "--no-oracle"]) == 0  # the modules it imports
    capsys.readouterr()
    tracemalloc.start()
    try:
        assert main(["eval", data, "--summarizer", "lead", "--no-oracle"]) == 0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert capsys.readouterr().err == (
        f"nutgraf: note: 60,000 lines not scored, with no reference or an empty article: {data}:2, {data}:3,"
        f" {data}:4, {data}:5, {data}:6, ...\n"
    )
    assert peak < 2_000_000, f"{peak:,} bytes"  # 8 MB when each was kept


def test_eval_reports_each_file_and_each_outlet_with_intervals(tmp_path, capsys) -> None:
    opening = "The city council approved a new budget on Tuesday after a long debate."
    feature = "It was raining when the last bus left the depot, and nobody on it was talking."
    lines = []
    for i in range(6):
        # One outlet's reference repeats the opening, the other's a later sentence: Lead-3 is
        # better on the first, so their tables differ.
        outlet = "herald" if i % 2 else "courier"
        article = f"{feature} {ARTICLE}" if outlet == "courier" else ARTICLE
        reference = opening if outlet == "herald" else "Residents will vote on a tax measure in November."
        lines.append(json.dumps({"article": article, "reference": reference, "outlet": outlet}))
    first = write(tmp_path / "first.jsonl", lines)
    second = write(tmp_path / "second.jsonl", [json.dumps({"article": ARTICLE, "reference": REFERENCE})])
    assert main(["eval", first, second, "--by", "outlet", "--summarizer", "lead", "--no-oracle"]) == 0
    out = capsys.readouterr().out
    tables = out.split("\n\n")
    # One table per outlet of the first file, in the order they occur; the second file has no such
    # field and gets one table.
    assert [t.splitlines()[0] for t in tables] == [
        "first.jsonl, outlet = courier: 3 articles, 3-sentence summaries",
        "first.jsonl, outlet = herald: 3 articles, 3-sentence summaries",
        "second.jsonl: 1 article, 3-sentence summaries",  # was "1 articles"
    ]
    assert all("95% interval" in t and "R-1 vs lead-3" in t for t in tables)
    assert tables[0].splitlines()[3].split()[1] != tables[1].splitlines()[3].split()[1]


def test_eval_by_a_field_shows_its_values_escaped_and_cut(tmp_path, capsys) -> None:
    # A value's escape sequence reached the terminal as written (clearing or recolouring it), an override
    # showed the rest of the table's title reversed, and a value of kilobytes was the title whole.
    values = ["\x1b[2J\x1b[31mherald", "\u202ecourier", "x" * 5_000, "Valley Courier"]
    lines = [json.dumps({"article": ARTICLE, "reference": REFERENCE, "outlet": value}) for value in values]
    data = write(tmp_path / "news.jsonl", lines)
    assert main(["eval", data, "--by", "outlet", "--summarizer", "lead", "--no-oracle"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert [t.splitlines()[0] for t in out.split("\n\n")] == [
        "news.jsonl, outlet = '\\x1b[2J\\x1b[31mherald': 1 article, 3-sentence summaries",
        "news.jsonl, outlet = '\\u202ecourier': 1 article, 3-sentence summaries",
        f"news.jsonl, outlet = {'x' * 80}...: 1 article, 3-sentence summaries",
        "news.jsonl, outlet = Valley Courier: 1 article, 3-sentence summaries",
    ]


def test_eval_by_a_field_no_record_has_says_so(tmp_path, capsys) -> None:
    data = write(tmp_path / "news.jsonl", [json.dumps({"article": ARTICLE, "reference": REFERENCE})])
    assert main(["eval", data, "--by", "outlet"]) == 1
    assert "has the field `outlet` to group by" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "has both an `article` and a `reference`"),
        (
            json.dumps({"article": ARTICLE}).encode(),
            "has both an `article` and a `reference` to score against; give each line its reference summary,"
            " or summarize the articles without scoring them with nutgraf batch ",
        ),
        (json.dumps({"article": " ", "reference": "x"}).encode(), "has both an `article` and a `reference`"),
        (b"caf\xe9 au lait\n", "is not UTF-8 text"),
        (
            b"[1, 2]\n",
            ':1: not a JSON object; an evaluation file holds a JSON object a line, such as {"article"',
        ),
        (
            b"article\treference\n",
            ":1: not a JSON line (Expecting value); an evaluation file holds a JSON object a",
        ),
        (json.dumps({"article": 5, "reference": "x"}).encode(), "`article` must be a string"),
        (b'{"article": NaN, "reference": "x"}\n', "`article` must be a string"),
        # A researcher's own file, its article in `text` as batch reads it: "`article` must be a string".
        (
            json.dumps({"id": "a1", "text": ARTICLE, "summary": "x"}).encode(),
            ":1: no `article` field (the line's fields: id, text, summary); an evaluation file holds",
        ),
        # Field names are the file's text: a direction override or an escape reached the terminal as written.
        (
            json.dumps({"\u202etxet": ARTICLE, "\x1b[2J" + "x" * 100: "y"}).encode(),
            "(the line's fields: '\\u202etxet', '\\x1b[2J" + "x" * 36 + "...');",
        ),
        (b"[" * 100_000 + b"]" * 100_000 + b"\n", ":1: not a JSON line"),
        (b'{"article": "a", "reference": ' + b"9" * 5000 + b"}\n", ":1: not a JSON line"),
    ],
)
def test_eval_reports_a_bad_file_in_one_line(tmp_path, capsys, content: bytes, message: str) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_bytes(content)
    assert main(["eval", str(data), "--summarizer", "lead"]) == 1
    error = capsys.readouterr().err
    assert message in error
    assert error.count("\n") == 1 and "Traceback" not in error


def test_eval_refuses_a_line_past_batch_s_bounds_without_reading_it_whole(tmp_path, capsys) -> None:
    # A 300 MB line was read and parsed whole (11 s, 727 MB) before its error: now it is skipped in
    # blocks, as batch skips one, and named by its file and line.
    import resource

    from nutgraf.jsonl import MAX_LINE_BYTES

    data = tmp_path / "huge.jsonl"
    with data.open("wb") as handle:
        handle.write(json.dumps({"article": ARTICLE, "reference": "x"}).encode() + b"\n")
        handle.write(b'{"article": "')
        for _ in range(300 // 5 * 4):  # 300 MB, as large as the one reported
            handle.write(b"word " * (1 << 18))
        handle.write(b'", "reference": "x"}\n')
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"article": ARTICLE, "reference": "x"}) + "\n", encoding="utf-8")
    assert main(["eval", str(small), "--summarizer", "lead", "--no-oracle"]) == 0  # models loaded first
    capsys.readouterr()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert main(["eval", str(data), "--summarizer", "lead", "--no-oracle"]) == 1
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert capsys.readouterr().err == (
        f"nutgraf: error: {data}:2: the line is longer than {MAX_LINE_BYTES:,} bytes, more than nutgraf"
        " reads for one article; an evaluation file holds one article and its reference a line\n"
    )
    # Bounded by the bytes a line is read up to (twice them while read), not by the line's 300 MB.
    assert grown_kib * 1024 < 300 << 20, f"{grown_kib} KiB"


@pytest.mark.parametrize("field", ["article", "reference"])
def test_eval_refuses_an_article_longer_than_nutgraf_summarizes_naming_its_line(
    tmp_path, capsys, field: str
) -> None:
    # A line within the line bound (120 MB) whose article was past the 20 million characters every other
    # door refuses: read, cleaned and segmented whole, 110 MB took over 4 GB and ten minutes unfinished.
    from nutgraf.decode import MAX_TEXT_CHARS

    record = {"article": ARTICLE, "reference": "x", field: "word " * (MAX_TEXT_CHARS // 5 + 1)}
    data = tmp_path / "long.jsonl"
    data.write_text(json.dumps({"article": ARTICLE, "reference": "x"}) + "\n" + json.dumps(record) + "\n")
    started = time.monotonic()
    assert main(["eval", str(data), "--summarizer", "lead", "--no-oracle"]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {data}:2: the {field} is {MAX_TEXT_CHARS + 5:,} characters, more than the"
        f" {MAX_TEXT_CHARS:,} nutgraf takes; an evaluation file holds one article and its reference a line\n"
    )
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(
    ("value", "held"),
    [
        (
            b"[" + b"1," * 600_000 + b"1]",
            "more than 1,000,000 bytes of JSON outside its strings (numbers, arrays, objects)",
        ),
        (b"[" + b'"",' * 400_000 + b'""]', "more than 100,000 JSON strings"),
    ],
)
def test_eval_refuses_a_line_holding_more_than_a_record_unparsed(
    tmp_path, capsys, value: bytes, held: str
) -> None:
    # Parsed whole, such a line takes seconds and gigabytes (batch's bounds: nutgraf.jsonl).
    data = tmp_path / "lists.jsonl"
    data.write_bytes(b'{"article": "a", "reference": "b", "extra": ' + value + b"}\n")
    assert main(["eval", str(data), "--summarizer", "lead"]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {data}:1: the line holds {held}, more than nutgraf parses for one article; an"
        ' evaluation file holds a JSON object a line, such as {"article": "...", "reference": "..."}\n'
    )


def test_eval_of_a_folder_or_a_missing_file_says_which(tmp_path, capsys) -> None:
    assert main(["eval", str(tmp_path)]) == 1
    assert "is a directory, not a file" in capsys.readouterr().err
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("bench", "options", "message"),
    [
        # These two printed "0 pages written" and a table of 0 summaries, as if they had measured.
        ("metadata_fields.py", ["--out", "fields.jsonl"], "no page sets at "),
        ("summary_edges.py", ["--out", "summaries.jsonl"], "no page sets at "),
        # These two ended on a FileNotFoundError traceback.
        ("check_bench.py", [], "no qags_cnndm.jsonl, qags_xsum.jsonl in "),
        ("summarize_cpu_bench.py", ["--articles", "1"], "no cnndm_dev.jsonl in "),
        ("paired_rouge.py", ["--out", "rows.jsonl"], "no data in "),
    ],
)
def test_a_bench_without_its_data_says_where_it_looked(
    tmp_path: Path, bench: str, options: list[str], message: str
) -> None:
    script = Path(__file__).resolve().parents[1] / "bench" / bench
    done = subprocess.run(
        [sys.executable, str(script), "--data", str(tmp_path), *options],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert f"{message}{tmp_path}" in done.stderr


def test_summary_edges_counts_a_later_sentence_that_leans_on_one_left_out() -> None:
    """The engadget page's summary: "And it plays more titles ..." after the Xbox sentence, the sentence
    between them left out, reads as broken; the same sentence right after its own predecessor does not."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from nutgraf import Summary, SummarySentence
    from summary_edges import leans_on_left_out

    source = (
        "The Xbox One X is the ultimate video game system. It costs $499, a hundred more than its rival. "
        "And it plays more titles in native 4K than Sony's PlayStation 4 Pro."
    )

    def summary_of(*texts: str) -> Summary:
        spans = [SummarySentence(t, source.index(t), source.index(t) + len(t), 1.0) for t in texts]
        return Summary(sentences=spans, source=source, summarizer="default", language="en")

    first = "The Xbox One X is the ultimate video game system."
    between = "It costs $499, a hundred more than its rival."
    leaning = "And it plays more titles in native 4K than Sony's PlayStation 4 Pro."
    assert leans_on_left_out(summary_of(first, leaning), 1)
    assert not leans_on_left_out(summary_of(first, between, leaning), 2)
    # "It costs ..." follows its predecessor: resolved.
    assert not leans_on_left_out(summary_of(first, between), 1)


def test_summary_edges_counts_a_sentence_that_opens_inside_a_quotation_begun_in_one_left_out() -> None:
    """Kyrgios's summary: "I'm just tired ..." closes a quotation its summary never opened; with the sentence
    that opens it, or read where it opens one of its own, it does not."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import nutgraf
    from summary_edges import inside_left_out_quotation

    source = (
        "Kyrgios beat Querrey 6-4 6-4 in 53 minutes to reach the second round. "
        '"I was feeling very tired. I\'m just tired so maybe I just wanted to get the job done." '
        'He plays Zverev next. "It will be tough," he said.'
    )
    summary = nutgraf.summarize(source, summarizer="lead", sentences=5)
    texts = [s.text for s in summary.sentences]
    assert texts[2] == "I'm just tired so maybe I just wanted to get the job done.\""
    assert inside_left_out_quotation(summary) == [False] * 5
    left_out = replace(summary, sentences=[summary.sentences[i] for i in (0, 2, 3, 4)])
    assert inside_left_out_quotation(left_out) == [False, True, False, False]


def test_eval_of_files_named_alike_in_two_folders_tells_their_tables_apart(tmp_path, capsys) -> None:
    # Both tables (and both JSON groups) were called "data.jsonl": which figures were which file's was lost.
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    line = json.dumps({"article": ARTICLE, "reference": REFERENCE})
    before = write(tmp_path / "before" / "data.jsonl", [line])
    after = write(tmp_path / "after" / "data.jsonl", [line, line])
    other = write(tmp_path / "other.jsonl", [line])
    assert main(["eval", before, after, other, "--summarizer", "lead", "--no-oracle", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert [g["group"] for g in groups] == [before, after, "other.jsonl"]
    assert [g["systems"][0]["articles"] for g in groups] == [1, 2, 1]


def test_eval_of_one_file_given_twice_refuses_rather_than_scoring_it_twice(tmp_path, capsys) -> None:
    data = write(tmp_path / "news.jsonl", [json.dumps({"article": ARTICLE, "reference": REFERENCE})])
    again = f"{tmp_path}/./news.jsonl"
    assert main(["eval", data, again, "--summarizer", "lead"]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {data} and {again} are one file; give each file once\n"
    )


def test_eval_by_a_field_names_values_that_are_not_text_as_json_writes_them(tmp_path, capsys) -> None:
    # A null read "outlet = None" and a list "['a']", Python's words rather than the file's.
    values = [None, ["a", "b"], {"name": "herald"}, 7, True]
    lines = [json.dumps({"article": ARTICLE, "reference": REFERENCE, "outlet": value}) for value in values]
    data = write(tmp_path / "news.jsonl", lines)
    assert main(["eval", data, "--by", "outlet", "--summarizer", "lead", "--no-oracle"]) == 0
    assert [t.splitlines()[0] for t in capsys.readouterr().out.split("\n\n")] == [
        "news.jsonl, outlet = null: 1 article, 3-sentence summaries",
        'news.jsonl, outlet = ["a", "b"]: 1 article, 3-sentence summaries',
        'news.jsonl, outlet = {"name": "herald"}: 1 article, 3-sentence summaries',
        "news.jsonl, outlet = 7: 1 article, 3-sentence summaries",
        "news.jsonl, outlet = true: 1 article, 3-sentence summaries",
    ]


def test_eval_by_a_field_keeps_text_apart_from_the_value_it_spells(tmp_path, capsys) -> None:
    # The text "7" and the number 7 (an issue number written one way by one tool, the other by another)
    # were one group, scored as one table, and "null" merged with null.
    values = ["7", 7, "7", None, "null", "herald", "true"]
    lines = [json.dumps({"article": ARTICLE, "reference": REFERENCE, "issue": value}) for value in values]
    data = write(tmp_path / "news.jsonl", lines)
    assert main(["eval", data, "--by", "issue", "--summarizer", "lead", "--no-oracle"]) == 0
    assert [t.splitlines()[0] for t in capsys.readouterr().out.split("\n\n")] == [
        'news.jsonl, issue = "7": 2 articles, 3-sentence summaries',
        "news.jsonl, issue = 7: 1 article, 3-sentence summaries",
        "news.jsonl, issue = null: 1 article, 3-sentence summaries",
        'news.jsonl, issue = "null": 1 article, 3-sentence summaries',
        "news.jsonl, issue = herald: 1 article, 3-sentence summaries",
        'news.jsonl, issue = "true": 1 article, 3-sentence summaries',
    ]


@pytest.mark.parametrize(("name", "separator"), [("O'Brien notes.csv", ","), ("notes.tsv", "\t")])
def test_eval_of_a_table_says_how_to_make_its_lines_and_that_way_works(
    tmp_path, capsys, monkeypatch, name, separator
) -> None:
    # A spreadsheet's CSV met "not a JSON line (Expecting value)" alone; then its command, run on Excel's
    # "CSV UTF-8", named every line's article "\ufeffarticle", and the file it wrote had no line to score.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    with (tmp_path / "data" / name).open("w", newline="", encoding="utf-8-sig") as file:
        csv.writer(file, delimiter=separator).writerows(
            [("article", "reference", "id"), (ARTICLE, REFERENCE, "a1"), (ARTICLE, "One, quoted.", "a2")]
        )
    assert main(["eval", f"data/{name}", "--summarizer", "lead"]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"nutgraf: error: data/{name}:1: not a JSON line (")
    command = re.search(r"becomes one with `(python .+)`$", error.rstrip("\n"))
    assert command, error
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"  # `python` is this one
    subprocess.run(command[1], shell=True, check=True, env={**os.environ, "PATH": path})
    converted = str(Path(name).with_suffix(".jsonl"))
    assert main(["eval", converted, "--summarizer", "lead", "--no-oracle"]) == 0
    assert capsys.readouterr().out.startswith(f"{converted}: 2 articles, 3-sentence summaries")


@pytest.mark.parametrize(
    "first", ["WASHINGTON, Dec. 2 (Reuters) - The council met, and voted 7-2.", "2026-12-02 council minutes"]
)
def test_eval_of_a_text_file_is_not_told_of_tables(tmp_path, capsys, first) -> None:
    # Any first line that was no JSON (an article saved as text, a date) was told how to convert a CSV.
    data = write(tmp_path / "notes.txt", [first, "The budget passed."])
    assert main(["eval", data, "--summarizer", "lead"]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"nutgraf: error: {data}:1: not a JSON line (")
    assert "CSV" not in error and "table" not in error


def test_eval_checks_every_file_s_lines_before_summarizing_any(tmp_path, capsys, llm, monkeypatch) -> None:
    # A bad line in the second file (or late in the first) stopped the run after every article before it
    # had been summarized: an LLM's hours, and its bill, for no table.
    from servers import Reply

    llm.replies = [Reply(content="The council approved a budget.")]
    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "test-model")
    line = json.dumps({"article": ARTICLE, "reference": REFERENCE})
    good = write(tmp_path / "good.jsonl", [line, line])
    bad = write(tmp_path / "bad.jsonl", [line, '{"article": "cut off', line])
    assert main(["eval", good, bad, "--summarizer", "llm", "--no-oracle"]) == 1
    assert capsys.readouterr().err.startswith(f"nutgraf: error: {bad}:2: not a JSON line")
    assert llm.requests == []
    assert main(["eval", good, "--summarizer", "llm", "--no-oracle"]) == 0
    assert len(llm.requests) == 2
