"""A researcher summarizing an archive and a newsroom analyst skimming hundreds of stories a day, walked from
the README's commands (eleventh round): a feed added through the API checked as `nutgraf feeds add` checks
it, a feed listed under its channel's title from the moment it is added, and what `nutgraf batch` and
`nutgraf summarize` say of the rows and addresses they could not read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from nutgraf.cli import main
from servers import Page, Site
from test_feeds import article_page, rss, story


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as served:
        served.pages["/feed.xml"] = Page(rss(served.url, [("/parks", "Parks plan")]), "application/rss+xml")
        served.pages["/parks"] = article_page("Parks plan wins support", "parks")
        served.pages["/down.xml"] = Page(b"gone", "text/plain", 404)
        yield served


# --- 1. the API checks a feed as `nutgraf feeds add` does ---


def test_the_api_refuses_a_web_page_given_for_a_feed_and_says_what_it_found(
    loopback_api: httpx.Client, site: Site
) -> None:
    answer = loopback_api.post("/api/feeds", json={"url": f"{site.url}/parks"})
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert detail.startswith("not added: ") and "web page" in detail
    assert detail.endswith('; to add a feed that is not up yet, give "check": false')
    assert loopback_api.get("/api/feeds").json()["items"] == []


def test_the_api_refuses_a_feed_that_answers_an_error_and_adds_it_with_check_false(
    loopback_api: httpx.Client, site: Site
) -> None:
    url = f"{site.url}/down.xml"
    answer = loopback_api.post("/api/feeds", json={"url": url})
    assert answer.status_code == 502, answer.text
    assert answer.json()["detail"].startswith(f"not added: {url} answered HTTP 404")
    assert loopback_api.get("/api/feeds").json()["items"] == []
    unread = loopback_api.post("/api/feeds", json={"url": url, "check": False})
    assert unread.status_code == 201, unread.text
    assert unread.json()["url"] == url and unread.json()["title"] is None
    assert len(site.hits_for("/down.xml")) == 1  # not fetched when added unread


def test_a_feed_added_again_through_the_api_is_not_fetched_to_be_refused(
    loopback_api: httpx.Client, site: Site
) -> None:
    # Near miss: one already subscribed is not being added, so its being down refuses nothing.
    url = f"{site.url}/feed.xml"
    assert loopback_api.post("/api/feeds", json={"url": url}).status_code == 201
    site.pages["/feed.xml"] = Page(b"busy", "text/plain", 503)
    again = loopback_api.post("/api/feeds", json={"url": url})
    assert again.status_code == 200, again.text
    assert len(site.hits_for("/feed.xml")) == 1


def test_a_site_s_feed_added_through_the_api_is_checked_too(loopback_api: httpx.Client, site: Site) -> None:
    new = {"url": "https://news.example", "id": "news", "feeds": [f"{site.url}/parks"]}
    refused = loopback_api.post("/api/sites", json=new)
    assert refused.status_code == 422, refused.text
    assert refused.json()["detail"].startswith("not added: ")
    assert loopback_api.get("/api/sites").json()["items"] == []
    added = loopback_api.post("/api/sites", json={**new, "feeds": [f"{site.url}/feed.xml"]})
    assert added.status_code == 201, added.text
    change = loopback_api.patch("/api/sites/news", json={"add_sitemaps": [f"{site.url}/down.xml"]})
    assert change.status_code == 502, change.text
    assert change.json()["detail"].endswith('to add a sitemap that is not up yet, give "check": false')
    assert [s["kind"] for s in loopback_api.get("/api/sites/news").json()["sources"]] == ["feed"]
    unread = {"add_sitemaps": [f"{site.url}/down.xml"], "check": False}
    assert loopback_api.patch("/api/sites/news", json=unread).status_code == 200
    assert [s["kind"] for s in loopback_api.get("/api/sites/news").json()["sources"]] == ["feed", "sitemap"]
    # Near miss: a change that adds no source fetches nothing, and a site not there is still a 404.
    assert loopback_api.patch("/api/sites/news", json={"sentences": 4}).status_code == 200
    missing = loopback_api.patch("/api/sites/nope", json={"add_feeds": [f"{site.url}/parks"]})
    assert missing.status_code == 404
    assert len(site.hits_for("/parks")) == 1


# --- 2. a feed is listed under its channel's title from the moment it is added ---


def test_a_feed_added_is_listed_under_its_channel_s_title_before_its_first_poll(
    site: Site, database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    database = ["--database", database_url]
    assert main(["feeds", "add", f"{site.url}/feed.xml", *database]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", *database]) == 0
    assert f"{site.url}/feed.xml\tTown news\tnever polled" in capsys.readouterr().out


def test_a_title_given_or_a_feed_added_unchecked_keeps_its_listing(
    site: Site, database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Near misses: --title names it over the channel's title, and --no-check reads no title to show.
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    database = ["--database", database_url]
    assert main(["feeds", "add", f"{site.url}/feed.xml", "--title", "Desk wire", *database]) == 0
    assert main(["feeds", "add", f"{site.url}/down.xml", "--no-check", *database]) == 0
    capsys.readouterr()
    assert main(["feeds", "list", "--json", *database]) == 0
    listed = {feed["url"]: feed["title"] for feed in json.loads(capsys.readouterr().out)}
    assert listed == {f"{site.url}/feed.xml": "Desk wire", f"{site.url}/down.xml": None}


def test_the_api_s_feed_carries_its_channel_s_title_when_added(
    loopback_api: httpx.Client, site: Site
) -> None:
    answer = loopback_api.post("/api/feeds", json={"url": f"{site.url}/feed.xml"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["title"] == "Town news"


# --- 4. the researcher's archive and the analyst's list of addresses ---


def write_jsonl(path: Path, rows: list[dict | bytes]) -> Path:
    """``rows`` a line each: a dict as JSON, bytes as they are (a damaged line)."""
    lines = [row if isinstance(row, bytes) else json.dumps(row).encode() for row in rows]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.mark.parametrize("name", ["summaries.csv", "summaries.TSV", "summaries.xlsx"])
def test_a_batch_output_named_as_a_table_is_refused_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # Written as JSONL under that name, it had opened in pandas.read_csv, or a spreadsheet, as one
    # garbled column.
    records = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": story("parks")}])
    output = tmp_path / name
    assert main(["batch", str(records), "--output", str(output), "--no-progress"]) == 1
    jsonl = f"{str(output).rsplit('.', 1)[0]}.jsonl"
    table = name.rsplit(".", 1)[1].upper()
    assert capsys.readouterr().err == (
        f"nutgraf: error: --output {output} names {'an' if table == 'XLSX' else 'a'} {table} table, but"
        " nutgraf batch"
        f" writes JSONL (any other name) or Parquet (a .parquet path): give --output {jsonl};"
        f" pandas.read_json('{jsonl}', lines=True) reads it as a table\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.jsonl"]


def test_a_table_named_output_an_earlier_run_wrote_is_renamed_to_resume_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Told only to give out.jsonl, the researcher whose interrupted run had written out.csv summarized the
    # whole archive again: renamed, the run resumes from the records it holds.
    records = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": story("parks")}])
    earlier = tmp_path / "my runs" / "out.csv"
    earlier.parent.mkdir()
    earlier.write_text('{"id": "a", "summary": "Parks."}\n', encoding="utf-8")
    assert main(["batch", str(records), "--output", str(earlier), "--no-progress"]) == 1
    jsonl = tmp_path / "my runs" / "out.jsonl"
    assert (
        f"(a .parquet path): `mv '{earlier}' '{jsonl}'` (it holds an earlier run's records) and give --output '{jsonl}';"
        in (capsys.readouterr().err)
    )


@pytest.mark.parametrize("name", ["summaries.jsonl", "csv-export.jsonl", "summaries.csv.jsonl", "csv"])
def test_a_batch_output_with_csv_elsewhere_in_its_name_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    records = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": story("parks")}])
    assert main(["batch", str(records), "--output", str(tmp_path / name), "--no-progress"]) == 0
    assert json.loads((tmp_path / name).read_text(encoding="utf-8"))["summary"]


def test_the_batch_report_names_the_records_it_could_not_summarize_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad: list[dict | bytes] = [
        {"id": "empty", "text": ""},
        b"\x89PNG\x00\xff binary",
        {"id": "nofield"},
        *({"id": f"blank-{n}", "text": "  "} for n in range(10)),
    ]
    records = write_jsonl(tmp_path / "archive.jsonl", [{"id": "good", "text": story("parks")}, *bad])
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(records), "--output", str(output), "--workers", "1", "--no-progress"]) == 0
    report = capsys.readouterr().err.splitlines()
    assert report[1:] == [
        "  summarized: 1",
        "  failed:     13 (empty_input 11, invalid_input 2)",
        "    empty: the input holds no text",
        # A PNG's first bytes, told for what they are (not to convert the file from Windows-1252).
        "    line archive.jsonl:3 is a PNG image, not JSON: a JSONL file holds one JSON object a line, such as"
        ' {"id": "a1", "text": "..."}; take it out of the file',
        "    record nofield has none of `text`, `html` or `url`; give one of them as a string",
        *(f"    blank-{n}: the input holds no text" for n in range(7)),
        f"    and 3 more: jq -c 'select(.error) | {{id, error}}' {output}",
    ]


def test_the_batch_report_names_a_record_whose_id_is_a_word_of_its_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "e", "the" and "404" are in "the input holds no text" and "HTTP 404": taken for the message naming
    # its record, they had been dropped, and the report told no one which records failed.
    rows: list[dict | bytes] = [{"id": name, "text": ""} for name in ("e", "the", "404", "no text")]
    records = write_jsonl(tmp_path / "archive.jsonl", rows)
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(records), "--output", str(output), "--workers", "1", "--no-progress"]) == 0
    assert capsys.readouterr().err.splitlines()[3:] == [
        f"    {name}: the input holds no text" for name in ("e", "the", "404", "no text")
    ]


def test_the_batch_report_s_command_for_the_rest_runs_for_an_output_with_a_space(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Unquoted, the jq line pasted read "my" and "runs/out.jsonl" as two files.
    records = write_jsonl(tmp_path / "archive.jsonl", [{"id": f"b{n}", "text": ""} for n in range(12)])
    output = tmp_path / "my runs" / "out.jsonl"
    output.parent.mkdir()
    assert main(["batch", str(records), "--output", str(output), "--workers", "1", "--no-progress"]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"    and 2 more: jq -c 'select(.error) | {{id, error}}' '{output}'"
    )


def test_a_batch_report_without_failures_lists_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Near miss: a clean run's report is as it was.
    records = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": story("parks")}])
    assert main(["batch", str(records), "--output", str(tmp_path / "o.jsonl"), "--no-progress"]) == 0
    assert capsys.readouterr().err.splitlines()[1:] == ["  summarized: 1", "  failed:     0"]


def test_summarize_of_a_file_of_addresses_names_the_file_for_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The analyst's addresses were in a file already: told to "put them in a file", they looked for what
    # else batch wanted.
    monkeypatch.chdir(tmp_path)
    Path("my urls.txt").write_text("https://news.example/1\nhttps://news.example/2\n", encoding="utf-8")
    assert main(["summarize", "my urls.txt"]) == 1
    assert capsys.readouterr().err == (
        "nutgraf: error: this is a list of 2 web addresses, not an article: to summarize each page, run"
        " `nutgraf batch 'my urls.txt' --output OUT.jsonl` (with `--keyphrases N`, each one's N keyphrases"
        " too)\n"
    )
    write_jsonl(Path("news.jsonl"), [{"id": "a", "text": story("parks")}])
    assert main(["keyphrases", "news.jsonl"]) == 1
    assert "run `nutgraf batch news.jsonl --output OUT.jsonl`" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("articles.json", '[{"id": "a", "text": "Parks plan wins."}, {"id": "b", "text": "Rain."}]'),
        ("story.json", '{\n  "id": "a",\n  "text": "Parks plan wins."\n}\n'),
    ],
)
def test_json_that_batch_would_refuse_too_is_not_sent_to_batch_by_name(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: str,
) -> None:
    # A JSON array, or an object over several lines, is not JSON Lines: `nutgraf batch articles.json`
    # refused it in turn, where FILE says the records are to be written to a file of JSON Lines first.
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(content, encoding="utf-8")
    assert main(["summarize", name]) == 1
    assert "JSON Lines records of articles" in (err := capsys.readouterr().err)
    assert "run `nutgraf batch FILE --output OUT.jsonl`" in err


def test_addresses_piped_in_are_still_told_to_be_put_in_a_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Near miss: standard input has no name to give batch, which cannot read a stream.
    import io

    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(b"https://news.example/1\nhttps://news.example/2\n"))
    )
    assert main(["summarize", "-"]) == 1
    assert "put them in a file and run `nutgraf batch FILE --output OUT.jsonl`" in capsys.readouterr().err
