"""``nutgraf articles list`` and ``show``: the store's articles read from the command line, over a real
SQLite file and a real PostgreSQL server, filtered and searched as the HTTP API's list is, with their
default summaries made and stored as the API makes them, printed as a table, JSON Lines, CSV or Markdown
that no title can use to drive the terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from nutgraf.article import Article
from nutgraf.cli import main
from nutgraf.store import Store
from nutgraf.store.schema import articles

BUDGET = (
    "The city council approved a new budget on Tuesday after a long debate. "
    "The plan raises spending on schools and roads.\n\n"
    "Critics said the tax increase would hurt small businesses. "
    "Supporters argued the investment was overdue. "
    "The mayor is expected to sign the budget next week."
)
STORM = (
    "Storm Ida brought heavy rain to the coast on Monday, flooding roads in three towns. "
    "Emergency crews rescued dozens of drivers from stranded cars.\n\n"
    "The weather service said the rainfall was the heaviest in forty years. "
    "Schools will stay closed on Tuesday while crews clear debris."
)
MOSCOW = "Депутаты Москвы приняли бюджет во вторник. Спор шёл долго. Мэр подпишет его на следующей неделе."


@pytest.fixture
def stored(database_url: str) -> list[int]:
    """Three articles, oldest first: a verified page of a feed, a pasted story, one in Russian."""
    store = Store.open(database_url)
    try:
        feed, _ = store.add_feed("https://valleycourier.example/rss.xml")
        budget, _ = store.add_article(
            Article(
                text=BUDGET,
                title="Council passes the budget",
                url="https://www.valleycourier.example/budget",
                site="Valley Courier",
                language="en",
                published=datetime(2026, 12, 3, 18, 30, tzinfo=UTC),
                byline="Ana Ruiz",
            ),
            url_verified=True,
            feed_id=feed.id,
            item_key="budget",
        )
        storm, _ = store.add_article(Article(text=STORM, title="Storm floods the coast", language="en"))
        moscow, _ = store.add_article(Article(text=MOSCOW, title="МОСКВА ПРИНЯЛА БЮДЖЕТ", language="ru"))
    finally:
        store.close()
    return [budget.id, storm.id, moscow.id]


def run(capsys: pytest.CaptureFixture[str], database_url: str, *arguments: str) -> tuple[int, str, str]:
    status = main(["articles", *arguments, "--database", database_url])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_list_is_newest_first_and_filtered_as_the_api_s(
    stored: list[int], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    budget, storm, moscow = stored
    status, out, err = run(capsys, database_url, "list")
    assert status == 0 and err == ""
    rows = [line.split("\t") for line in out.splitlines()]
    assert [int(row[0]) for row in rows] == [moscow, storm, budget]
    assert rows[2][2:] == ["Valley Courier", "en", "Council passes the budget"]
    assert rows[1][2:] == ["-", "en", "Storm floods the coast"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", rows[0][1])  # when it was stored, in UTC

    def listed(*filters: str) -> list[int]:
        status, out, _ = run(capsys, database_url, "list", *filters)
        assert status == 0
        return [int(line.split("\t")[0]) for line in out.splitlines()]

    assert listed("--site", "valleycourier.example") == listed("--site", "Valley Courier") == [budget]
    # A blank site (an unset shell variable) is no filter, and spaces around a name are not part of it:
    # both had listed nothing, with a note that named no filter ("listed with ").
    assert listed("--site", "") == listed("--site", " ") == [moscow, storm, budget]
    assert listed("--site", " Valley Courier ") == [budget]
    assert listed("--feed", "1") == [budget]
    assert listed("--language", "RU") == [moscow]
    assert listed("--since", "2000-01-01") == listed("--since", "2h") == [moscow, storm, budget]
    assert listed("--since", "2999-01-01T00:00+02:00") == []
    assert listed("--limit", "2") == [moscow, storm]
    # More than the limit found is said: the default 20 had cut a busy day's `--since 24h` brief silently.
    status, out, err = run(capsys, database_url, "list", "--limit", "2", "--format", "markdown")
    assert "*2 articles, newest first*" in out
    assert err == (
        "nutgraf: note: only the newest 2 articles are listed, and more are stored; --limit lists more"
        " (at most 10,000)\n"
    )
    assert run(capsys, database_url, "list", "--limit", "3")[2] == ""
    # Words in the title or the text, in any case and script.
    assert listed("--search", "BUDGET") == [budget]
    assert listed("--search", "budget council") == [budget]
    assert listed("--search", "москва бюджет") == [moscow]
    assert listed("--search", "roads", "--language", "en") == [storm, budget]


def test_a_list_that_finds_nothing_says_why(
    stored: list[int], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, database_url, "list", "--search", "zebra", "--site", "Valley Courier")
    assert (status, out) == (0, "")
    assert err == (
        "nutgraf: note: none of the 3 articles stored is listed with site Valley Courier, the words “zebra”\n"
    )
    # A time with its zone is said in UTC, as the list's own times are: it had been the time as given,
    # called UTC ("since 2999-01-01 07:00 UTC" for 00:00 UTC), in the note and the digest's heading.
    status, out, err = run(capsys, database_url, "list", "--since", "2999-01-01T07:00+07:00")
    assert (
        err
        == "nutgraf: note: none of the 3 articles stored is listed with stored since 2999-01-01 00:00 UTC\n"
    )
    status, out, _ = run(
        capsys, database_url, "list", "--since", "2999-01-01T02:00-03:30", "--format", "markdown"
    )
    assert "*0 articles, newest first; stored since 2999-01-01 05:30 UTC*" in out
    # One whose UTC is past the calendar's last year keeps its offset.
    status, out, err = run(capsys, database_url, "list", "--since", "9999-12-31T23:59-14:00")
    assert "stored since 9999-12-31 23:59-14:00\n" in err
    # Machine formats stay what they are: an empty JSON Lines file, a CSV header.
    assert run(capsys, database_url, "list", "--search", "zebra", "--format", "jsonl") == (0, "", "")
    status, out, _ = run(capsys, database_url, "list", "--search", "zebra", "--format", "csv")
    assert out == "id,created_at,published,site,language,title,byline,description,url,excerpt\n"


def test_summaries_are_the_api_s_default_ones_made_and_stored_when_missing(
    stored: list[int], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    budget = stored[0]
    store = Store.open(database_url)
    try:
        assert store.get_summary(budget, summarizer="default") is None
        status, out, err = run(capsys, database_url, "list", "--summaries", "--format", "jsonl")
        assert status == 0 and err == ""
        lines = [json.loads(line) for line in out.splitlines()]
        assert [line["id"] for line in lines] == stored[::-1]
        # Stored, under the key GET /api/articles/{id}/summary without options reads (the service's
        # summarizer, 3 sentences): the reader, the API and the next list find it made.
        cached = store.get_summary(budget, summarizer="default")
        assert cached is not None and lines[-1]["summary"] == cached
        assert len(cached["sentences"]) == 3 and lines[-1]["excerpt"].startswith("The city council")
    finally:
        store.close()
    status, out, _ = run(capsys, database_url, "list", "--summaries", "--search", "budget council")
    assert status == 0
    assert out.splitlines()[1] == f"  {cached['text']}"


def test_an_article_that_cannot_be_summarized_is_listed_without_a_summary(
    stored: list[int], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(database_url)
    try:
        symbols, _ = store.add_article(Article(text="★ ★ ★", title="Stars"))
    finally:
        store.close()
    status, out, err = run(capsys, database_url, "list", "--summaries")
    # Every article listed, the one without a summary said on stderr, and the status says it.
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{symbols.id}\t") and lines[1] == "  (no summary)" and len(lines) == 8
    assert err == (
        f"nutgraf: note: article {symbols.id} has no summary: the article has no words to summarize,"
        " only punctuation or symbols\n"
    )


def test_show_gives_the_cleaned_article_and_its_summary_in_each_format(
    stored: list[int], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    budget = stored[0]
    status, out, err = run(capsys, database_url, "show", str(budget))
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Council passes the budget"
    assert lines[1].startswith(
        f"article {budget} · Valley Courier · Ana Ruiz · published 2026-12-03 · stored "
    )
    assert lines[2] == "https://www.valleycourier.example/budget"
    assert lines[4:6] == [
        "Summary:",
        "The city council approved a new budget on Tuesday after a long debate. The plan raises spending"
        " on schools and roads. Critics said the tax increase would hurt small businesses.",
    ]
    assert "\n".join(lines[7:]) == BUDGET

    status, out, _ = run(capsys, database_url, "show", str(budget), "--format", "markdown")
    assert out.startswith(
        "# [Council passes the budget](https://www.valleycourier.example/budget)\n\n"
        f"*Valley Courier · Ana Ruiz · 3 December 2026 · article {budget}*\n\n## Summary\n\nThe city council"
    )
    assert out.endswith(f"## Article\n\n{BUDGET}\n")

    status, out, _ = run(capsys, database_url, "show", str(budget), "--format", "jsonl")
    shown = json.loads(out)
    assert out.count("\n") == 1 and shown["text"] == BUDGET and shown["summary"]["sentences"]
    assert shown["url_verified"] is True and shown["byline"] == "Ana Ruiz"

    status, out, _ = run(capsys, database_url, "show", str(budget), "--format", "csv")
    header, row = csv.reader(io.StringIO(out))
    assert header[-2:] == ["text", "summary"] and row[-2] == BUDGET and row[-1] == shown["summary"]["text"]


def test_a_description_is_shown_under_the_title_in_each_format(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    described = "=1+1 *Schools* gain, [roads](javascript:x) wait"
    store = Store.open(database_url)
    try:
        article, _ = store.add_article(Article(text=BUDGET, title="Budget passes", description=described))
    finally:
        store.close()
    status, out, _ = run(capsys, database_url, "show", str(article.id))
    assert status == 0 and out.splitlines()[:2] == ["Budget passes", described]
    status, out, _ = run(capsys, database_url, "show", str(article.id), "--format", "markdown")
    escaped = r"\=1+1 \*Schools\* gain, \[roads\](javascript:x) wait"
    heading, _, shown, summary = out.split("\n\n")[:4]
    assert (heading, shown, summary) == ("# Budget passes", escaped, "## Summary")
    status, out, _ = run(capsys, database_url, "list", "--format", "markdown")
    assert out.split("\n\n")[2] == "## Budget passes" and out.split("\n\n")[4] == escaped
    status, out, _ = run(capsys, database_url, "list", "--format", "jsonl")
    assert json.loads(out)["description"] == described
    status, out, _ = run(capsys, database_url, "list", "--format", "csv")
    assert next(csv.DictReader(io.StringIO(out)))["description"] == "'" + described  # not a formula


def test_the_markdown_digest_links_each_title_over_its_summary(
    stored: list[int], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys, database_url, "list", "--summaries", "--language", "en", "--format", "markdown"
    )
    assert status == 0
    sections = out.split("\n\n")
    assert sections[:2] == ["# Articles", "*2 articles, newest first; language en*"]
    assert sections[2] == "## Storm floods the coast"  # pasted: no address to link
    assert sections[3].startswith("*") and sections[4].startswith("Storm Ida brought heavy rain")
    assert sections[5] == "## [Council passes the budget](https://www.valleycourier.example/budget)"
    assert sections[7].startswith("The city council approved a new budget")
    # Without --summaries, each article's excerpt.
    status, out, _ = run(capsys, database_url, "list", "--format", "markdown", "--search", "москва")
    assert out.endswith(f"\n\n{MOSCOW}\n")


def test_markdown_shows_indented_and_struck_text_as_written(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A line indented by four spaces or a tab is a code block in Markdown, and "~~" strikes text through
    # (GitHub's), "&amp;" is "&": a pasted article's indented paragraphs showed as code, its title struck.
    text = "    The council met on Tuesday.\n\n\tIt voted 7 to 2 for the budget.\n\n  - Critics left early."
    store = Store.open(database_url)
    try:
        article, _ = store.add_article(Article(text=text, title="Budget ~~cut~~ &amp; raised"))
    finally:
        store.close()
    status, out, _ = run(capsys, database_url, "show", str(article.id), "--format", "markdown")
    assert status == 0
    sections = out.split("\n\n")
    assert sections[0] == r"# Budget \~\~cut\~\~ \&amp; raised"
    assert sections[-3:] == [
        "The council met on Tuesday.",
        "It voted 7 to 2 for the budget.",
        r"\- Critics left early." + "\n",
    ]


def test_titles_reach_the_terminal_as_text_only(database_url: str, tmp_path: Path) -> None:
    # A title stored before articles were cleaned, or written by another program: escape sequences
    # (recolouring, a cursor moved, a title rewritten by a carriage return), a bidi override and a line
    # break must not reach the terminal; Markdown and spreadsheet markup are text.
    hostile = "Budget \x1b[2J\x1b]0;owned\x07vote\r\nFAKE\u202egnp.exe\x9b31m =HYPERLINK(x) [a](javascript:1)"
    store = Store.open(database_url)
    try:
        article, _ = store.add_article(Article(text=BUDGET, title="x", url="https://news.example/a"))
        with store._write() as connection:
            connection.execute(
                update(articles).values(title=hostile, site="=cmd|' /C calc'!A0", description=hostile)
            )
    finally:
        store.close()
    env = {**os.environ, "PYTHONPATH": "src", "NUTGRAF_DATABASE_URL": database_url}
    outputs = {}
    for output_format in ("table", "jsonl", "csv", "markdown"):
        for command in (["list", "--summaries"], ["show", str(article.id)]):
            done = subprocess.run(
                [sys.executable, "-m", "nutgraf", "articles", *command, "--format", output_format],
                env=env,
                capture_output=True,
                timeout=120,
                cwd=Path(__file__).resolve().parents[1],
            )
            assert done.returncode == 0, done.stderr
            text = done.stdout.decode("utf-8")
            for character in ("\x1b", "\x07", "\r", "\u202e", "\x9b"):
                assert character not in text, (output_format, command, character)
            outputs[output_format, command[0]] = text
    # A run of control characters between two words parts them, as in stored text (decode.clean_characters).
    title = "Budget [2J ]0;owned vote FAKEgnp.exe31m =HYPERLINK(x) [a](javascript:1)"
    assert outputs["table", "list"].splitlines()[0].endswith(f"\t{title}")
    assert outputs["table", "show"].splitlines()[0] == title
    assert json.loads(outputs["jsonl", "list"])["title"] == title
    row = next(csv.DictReader(io.StringIO(outputs["csv", "list"])))
    assert row["title"] == title and row["site"] == "'=cmd|' /C calc'!A0"  # not a formula
    assert row["description"] == title and json.loads(outputs["jsonl", "show"])["description"] == title
    assert outputs["table", "show"].splitlines()[1] == title
    assert outputs["markdown", "list"].split("\n\n")[2] == (
        r"## [Budget \[2J \]0;owned vote FAKEgnp.exe31m =HYPERLINK(x) \[a\](javascript:1)]"
        "(https://news.example/a)"
    )


def test_mistakes_are_one_line_that_says_what_to_do(
    stored: list[int], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for arguments, message in (
        (["show", "99"], "no article with id 99; `nutgraf articles list` shows them"),
        (["list", "--feed", "7"], "no feed with id 7; `nutgraf feeds list` shows them"),
        (
            ["list", "--search", "a b c d e f g h i"],
            "a search is at most 8 words, not 9; leave out the least telling",
        ),
        (
            ["list", "--search", "x" * 201],
            "a search is at most 200 characters, not 201; search for fewer words",
        ),
    ):
        assert run(capsys, database_url, *arguments) == (1, "", f"nutgraf: error: {message}\n")
    with pytest.raises(SystemExit) as exited:
        main(["articles", "list", "--since", "yesterday", "--database", database_url])
    assert exited.value.code == 2
    assert "argument --since: expected a date or date-time in ISO 8601" in capsys.readouterr().err


def test_a_database_that_does_not_exist_is_not_made_to_list_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "x.db"
    url = f"sqlite:///{path}"
    assert run(capsys, url, "list") == (
        0,
        "",
        f"nutgraf: note: no articles: there is no database at {path} yet; articles are stored by `nutgraf"
        " feeds poll` (and the polls of `nutgraf serve` and `nutgraf worker`), the reader's form and POST"
        " /api/articles\n",
    )
    assert run(capsys, url, "list", "--format", "jsonl") == (0, "", "")
    assert run(capsys, url, "list", "--format", "markdown")[1] == "# Articles\n\n*0 articles, newest first*\n"
    status, out, err = run(capsys, url, "show", "1")
    assert (
        status == 1
        and out == ""
        and err.startswith(f"nutgraf: error: there is no database at {path}, so no article 1")
    )
    assert not (tmp_path / "new").exists()
