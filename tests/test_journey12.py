"""A publisher who puts the summary button on their pages (self-hosted, the widget embedded from origins of
their own) and an analyst evaluating and batch-summarizing files, walked from the README's commands
(twelfth round): a site's body checked before any of its feeds is fetched, its feeds named by their
channels from the start, and what `nutgraf eval` and `nutgraf batch` say while and after they read."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

import test_journey11
from nutgraf.cli import main
from nutgraf.errors import FetchError
from nutgraf.feeds import check_new_sources
from nutgraf.store import Store
from servers import Page, Site

# A feed of one story, its page, and a feed address that answers 404.
site = test_journey11.site

# --- 1. a site's body is checked before its feeds are fetched ---


@pytest.mark.parametrize(
    ("change", "wrong"),
    [
        ({"id": "News Example"}, "a site id is 1 to 64 lower-case letters"),
        ({"origins": ["news.example"]}, "not an origin: 'news.example'"),
        ({"summarizer": "nonesuch"}, "nonesuch"),
    ],
)
def test_a_site_with_a_bad_body_is_refused_before_any_of_its_feeds_is_fetched(
    loopback_api: httpx.Client, site: Site, change: dict, wrong: str
) -> None:
    feeds = [f"{site.url}/feed.xml", f"{site.url}/down.xml"]
    body = {"url": site.url, "id": "town", "feeds": feeds, **change}
    answer = loopback_api.post("/api/sites", json=body)
    assert answer.status_code in (400, 422), answer.text
    assert wrong in answer.json()["detail"]
    assert site.hits == []  # nothing fetched for a body that was never going to be taken


def test_a_taken_site_id_is_refused_before_the_new_feeds_are_fetched(
    loopback_api: httpx.Client, site: Site
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    again = {"url": "https://other.example", "id": "town", "feeds": [f"{site.url}/feed.xml"]}
    answer = loopback_api.post("/api/sites", json=again)
    assert answer.status_code == 422, answer.text
    assert "a site with the id 'town' exists" in answer.json()["detail"]
    assert site.hits == []


def test_a_bad_change_of_a_site_is_refused_before_its_new_feeds_are_fetched(
    loopback_api: httpx.Client, site: Site
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    change = {"add_feeds": [f"{site.url}/feed.xml"], "summarizer": "nonesuch"}
    answer = loopback_api.patch("/api/sites/town", json=change)
    assert answer.status_code in (400, 422), answer.text
    assert site.hits == []


def test_a_site_on_another_site_s_host_is_refused_before_its_feeds_are_fetched(
    loopback_api: httpx.Client, site: Site
) -> None:
    # Refused by the store, after a fetch of each of its feeds that could have taken a minute.
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    again = {"url": site.url, "id": "gazette", "feeds": [f"{site.url}/feed.xml"]}
    answer = loopback_api.post("/api/sites", json=again)
    assert answer.status_code == 422, answer.text
    assert "the site 'town' has the host" in answer.json()["detail"]
    assert site.hits == []
    assert [s["id"] for s in loopback_api.get("/api/sites").json()["items"]] == ["town"]


@pytest.mark.parametrize(
    ("change", "wrong"),
    [
        ({"remove_origins": ["https://elsewhere.example"]}, "has no origin https://elsewhere.example"),
        ({"remove_origins": ["SITE"]}, "is the last origin of the site 'town'"),
        ({"remove_feeds": ["https://elsewhere.example/feed.xml"]}, "is not a feed of the site 'town'"),
    ],
)
def test_a_change_the_store_refuses_is_refused_before_its_new_feeds_are_fetched(
    loopback_api: httpx.Client, site: Site, change: dict, wrong: str
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    change = {key: [site.url if v == "SITE" else v for v in values] for key, values in change.items()}
    answer = loopback_api.patch("/api/sites/town", json={"add_feeds": [f"{site.url}/feed.xml"], **change})
    assert answer.status_code == 422, answer.text
    assert wrong in answer.json()["detail"]
    assert site.hits == []
    assert loopback_api.get("/api/sites/town").json()["sources"] == []


def test_a_sound_change_with_a_feed_is_made_once(loopback_api: httpx.Client, site: Site) -> None:
    # Near miss: the trial before the fetch changes nothing itself; the change is made once, as asked.
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    change = {"add_feeds": [f"{site.url}/feed.xml"], "add_origins": ["https://amp.example"]}
    answer = loopback_api.patch("/api/sites/town", json=change)
    assert answer.status_code == 200, answer.text
    assert answer.json()["origins"] == [site.url, "https://amp.example"]
    assert [source["id"] for source in answer.json()["sources"]] == [1]
    assert len(site.hits_for("/feed.xml")) == 1


def test_the_refusal_of_one_of_a_site_s_feeds_names_it(loopback_api: httpx.Client, site: Site) -> None:
    # Of three feeds, "this is a web page" had not said which one was.
    feeds = [f"{site.url}/feed.xml", f"{site.url}/parks", f"{site.url}/down.xml"]
    answer = loopback_api.post("/api/sites", json={"url": site.url, "id": "town", "feeds": feeds})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"].startswith(f"not added: the feed {site.url}/parks: this is a web page")
    assert site.hits_for("/down.xml") == []  # the first refusal ends the check


def test_a_site_s_feeds_are_checked_within_a_bounded_time_and_the_rest_named(
    tmp_path: Path, site: Site
) -> None:
    from nutgraf.fetch import FetchSettings

    site.pages["/slow.xml"] = Page(site.pages["/feed.xml"].body, "application/rss+xml", delay=5)
    store = Store.open(f"sqlite:///{tmp_path / 'sites.db'}")
    feeds = [f"{site.url}/feed.xml", f"{site.url}/slow.xml", f"{site.url}/down.xml", f"{site.url}/x.xml"]
    with pytest.raises(FetchError) as refused:
        check_new_sources(
            store,
            feeds,
            [],
            skip_check="give --no-check",
            fetch_settings=FetchSettings(allow_loopback=True),
            budget_s=1.5,
        )
    store.close()
    assert str(refused.value) == (
        "not added: the feeds and sitemaps of a site are checked within 1.5 seconds in all, and the time was"
        f" up before the feed {site.url}/slow.xml and 2 sources after it could be; add the slow ones in a"
        " change of the site of their own, or give --no-check"
    )
    assert site.hits_for("/down.xml") == []


def test_sources_past_the_time_are_named_and_not_fetched(tmp_path: Path, site: Site) -> None:
    from nutgraf.fetch import FetchSettings

    store = Store.open(f"sqlite:///{tmp_path / 'sites.db'}")
    with pytest.raises(FetchError) as refused:
        check_new_sources(
            store,
            [f"{site.url}/feed.xml"],
            [f"{site.url}/down.xml"],
            skip_check="give --no-check",
            fetch_settings=FetchSettings(allow_loopback=True),
            budget_s=0,
        )
    store.close()
    assert str(refused.value) == (
        "not added: the feeds and sitemaps of a site are checked within 0 seconds in all, and the time was up"
        f" before the feed {site.url}/feed.xml and 1 source after it could be; add the slow ones in a change of the"
        " site of their own, or give --no-check"
    )
    assert site.hits == []


def test_a_good_site_with_its_feeds_is_still_added(loopback_api: httpx.Client, site: Site) -> None:
    # Near miss: a sound body with sound feeds is added as it was, each feed fetched once.
    body = {"url": site.url, "id": "town", "feeds": [f"{site.url}/feed.xml"]}
    answer = loopback_api.post("/api/sites", json=body)
    assert answer.status_code == 201, answer.text
    assert len(site.hits_for("/feed.xml")) == 1


# --- 2. a site's feeds are named by their channel from the start ---


def test_a_site_s_feed_added_through_the_api_carries_its_channel_s_title(
    loopback_api: httpx.Client, site: Site
) -> None:
    body = {"url": site.url, "id": "town", "feeds": [f"{site.url}/feed.xml"]}
    assert loopback_api.post("/api/sites", json=body).status_code == 201
    feeds = loopback_api.get("/api/feeds").json()["items"]
    assert [(feed["url"], feed["title"]) for feed in feeds] == [(f"{site.url}/feed.xml", "Town news")]


def test_a_feed_added_to_a_site_by_a_change_carries_its_channel_s_title(
    loopback_api: httpx.Client, site: Site
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    change = loopback_api.patch("/api/sites/town", json={"add_feeds": [f"{site.url}/feed.xml"]})
    assert change.status_code == 200, change.text
    assert [feed["title"] for feed in loopback_api.get("/api/feeds").json()["items"]] == ["Town news"]


def test_a_site_s_feed_added_unchecked_has_no_title_yet(loopback_api: httpx.Client, site: Site) -> None:
    # Near miss: unread, there is no title to take.
    body = {"url": site.url, "id": "town", "feeds": [f"{site.url}/feed.xml"], "check": False}
    assert loopback_api.post("/api/sites", json=body).status_code == 201
    assert [feed["title"] for feed in loopback_api.get("/api/feeds").json()["items"]] == [None]
    assert site.hits_for("/feed.xml") == []


def test_sites_add_on_the_command_line_names_its_feed_by_its_channel(
    site: Site, database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUTGRAF_ALLOW_LOOPBACK", "1")
    database = ["--database", database_url]
    assert main(["sites", "add", site.url, "--id", "town", "--feed", f"{site.url}/feed.xml", *database]) == 0
    assert f'  feed {site.url}/feed.xml: a feed "Town news" of 1 item' in capsys.readouterr().out
    assert main(["feeds", "list", *database]) == 0
    assert f"{site.url}/feed.xml\tTown news\tnever polled" in capsys.readouterr().out


# --- 3. `nutgraf eval` on a large file, or a file of another shape ---

ARTICLE = (
    "The council approved the new budget on Monday after a long debate. Members said the plan would fund"
    " schools and roads. The mayor welcomed the vote and promised quick action. Critics said taxes would"
    " rise next year."
)


def write_lines(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def test_eval_shows_its_progress_on_stderr_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {"id": str(n), "article": ARTICLE, "reference": "The council approved the budget."} for n in range(4)
    ]
    data = write_lines(tmp_path / "news.jsonl", rows)
    assert main(["eval", data, "--summarizer", "lead", "--no-oracle", "--progress"]) == 0
    captured = capsys.readouterr()
    assert "4/4 [" in captured.err and "articles" in captured.err
    assert captured.out.startswith("news.jsonl: 4 articles, 3-sentence summaries\n")


def test_eval_shows_no_progress_off_a_terminal_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Near miss: piped to a file, stderr holds nothing but what went wrong.
    rows = [{"article": ARTICLE, "reference": "The council approved the budget."}]
    data = write_lines(tmp_path / "news.jsonl", rows)
    assert main(["eval", data, "--summarizer", "lead", "--no-oracle"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("row", "told"),
    [
        # CNN/DailyMail as Hugging Face gives it: told only that no line had a reference.
        (
            {"id": "1", "article": ARTICLE, "highlights": "Budget approved."},
            "has a `reference` field (the lines' fields: id, article, highlights); an evaluation file holds a"
            ' JSON object a line, such as {"article": "...", "reference": "..."}: rename the fields, as with'
            " jq -c '{id, article, reference: .highlights}' FILE",
        ),
        # XSum: told to rename `text` and `summary`, which the file does not have.
        (
            {"id": "1", "document": ARTICLE, "summary": "Budget approved."},
            ":1: no `article` field (the line's fields: id, document, summary); an evaluation file holds a"
            ' JSON object a line, such as {"article": "...", "reference": "..."}: rename the fields, as with'
            " jq -c '{id, article: .document, reference: .summary}' FILE",
        ),
        (
            [{"article": ARTICLE, "reference": "Budget approved."}],
            ":1: a JSON array, not an object; an evaluation file holds a JSON object a line, such as"
            ' {"article": "...", "reference": "..."}: put each item on a line of its own first, as with'
            " `jq -c '.[]' FILE > FILE.jsonl`",
        ),
    ],
)
def test_eval_says_which_fields_a_file_of_another_shape_needs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: dict | list, told: str
) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main(["eval", str(data), "--summarizer", "lead"]) == 1
    error = capsys.readouterr().err
    assert told in error and error.count("\n") == 1


@pytest.mark.parametrize(("document", "command"), [([{"a": 1}], "jq -c '.[]'"), ({"a": 1}, "jq -c .")])
def test_eval_names_one_json_document_written_over_many_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: object, command: str
) -> None:
    # Its first line, "[" or "{", had been "not a JSON line (Expecting value)".
    data = tmp_path / "set.json"
    data.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert main(["eval", str(data), "--summarizer", "lead"]) == 1
    assert capsys.readouterr().err == (
        f"nutgraf: error: {data} is one JSON document written over many lines, and an evaluation file holds a"
        ' JSON object a line, such as {"article": "...", "reference": "..."}: put each record on a line of'
        f" its own first, as with `{command} FILE > FILE.jsonl`\n"
    )


@pytest.mark.parametrize(
    ("content", "told"),
    [
        # Near misses: a broken line of JSONL, and a line of numbers, are said as they were.
        (b'{"article": "a", "reference"\n', ":1: not a JSON line (Expecting ':' delimiter)"),
        (b"[1, 2]\n", ":1: not a JSON object;"),
        # A line whose reference is null is left out, as it was, not refused as a file of another shape.
        (
            json.dumps({"article": ARTICLE, "reference": None}).encode(),
            "has both an `article` and a `reference` to score against",
        ),
    ],
)
def test_eval_says_other_bad_lines_as_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, told: str
) -> None:
    data = tmp_path / "set.jsonl"
    data.write_bytes(content)
    assert main(["eval", str(data), "--summarizer", "lead"]) == 1
    assert told in capsys.readouterr().err


# --- 4. binary lines in a batch's JSONL are one record ---

STORY = {"text": ARTICLE}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\n\xc3\x28 more\n\xff\xd8 tail"


def run_batch_of(tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    records = tmp_path / "news.jsonl"
    records.write_bytes(content)
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(records), "--output", str(output), "--workers", "1", "--no-progress"]) == 0
    capsys.readouterr()
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row for row in rows}


def line(**row: str) -> bytes:
    return json.dumps({**STORY, **row}).encode() + b"\n"


def test_an_image_pasted_into_a_jsonl_file_is_one_failed_record_that_says_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its newline bytes had cut it into a record each, every one told to convert the file from Windows-1252.
    rows = run_batch_of(tmp_path, line(id="a") + PNG + b"\n" + line(id="b"), capsys)
    assert list(rows) == ["a", "news.jsonl:2", "b"]
    assert rows["news.jsonl:2"]["error"]["message"] == (
        "lines news.jsonl:2 to 6 are a PNG image, not JSON: a JSONL file holds one JSON object a line, such as"
        ' {"id": "a1", "text": "..."}; take it out of the file'
    )
    assert rows["a"]["summary"] and rows["b"]["summary"]


def test_binary_lines_at_the_end_of_a_file_are_one_record_and_the_run_resumes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = run_batch_of(tmp_path, line(id="a") + b"\x00\x01\x02 x\n\x03\xff\n", capsys)
    assert rows["news.jsonl:2"]["error"]["message"].startswith(
        "lines news.jsonl:2 to the end of the file are binary data, not JSON"
    )
    assert len(rows) == 2
    # Run again, the output is found whole (its count is the inputs' count of records).
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "news.jsonl"), "--output", str(output), "--no-progress"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert len(output.read_text(encoding="utf-8").splitlines()) == 2


def test_one_binary_line_is_named_for_what_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_batch_of(tmp_path, line(id="a") + b"%PDF-1.7 \x00\x01\n" + line(id="b"), capsys)
    assert rows["news.jsonl:2"]["error"]["message"].startswith(
        "line news.jsonl:2 is a PDF document, not JSON"
    )


@pytest.mark.parametrize(
    ("bad", "told"),
    [
        # Near misses: a JSON line in Windows-1252, a line appended in UTF-16, and a line of prose are each
        # their own record, said as they were.
        (
            '{"id": "c", "text": "caf\u00e9 society"}'.encode("cp1252"),
            "line news.jsonl:2 is not UTF-8 (byte 0xe9 at position 24)",
        ),
        ('{"id": "c"}'.encode("utf-16-le"), "line news.jsonl:2 holds a NUL byte"),
        (b"Caf\xe9 society notes", "line news.jsonl:2 is not UTF-8 (byte 0xe9 at position 3)"),
        (b"Just a line of notes", "line news.jsonl:2 is not valid JSON"),
    ],
)
def test_other_bad_lines_stay_a_record_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: bytes, told: str
) -> None:
    rows = run_batch_of(tmp_path, line(id="a") + bad + b"\n" + bad + b"\n" + line(id="b"), capsys)
    assert len(rows) == 4
    assert rows["news.jsonl:2"]["error"]["message"].startswith(told)


# --- 5. the publisher's journey: origins added one at a time through the API ---


def test_an_origin_is_added_and_removed_through_the_api_the_others_kept(
    loopback_api: httpx.Client, site: Site
) -> None:
    # The refusal of a page of another origin had said "PATCH /api/sites/town", whose body took only the
    # whole list: one origin left out cut off the site's own pages.
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    added = loopback_api.patch("/api/sites/town", json={"add_origins": ["https://amp.news.example"]})
    assert added.status_code == 200, added.text
    assert added.json()["origins"] == [site.url, "https://amp.news.example"]
    removed = loopback_api.patch("/api/sites/town", json={"remove_origins": [site.url]})
    assert removed.json()["origins"] == ["https://amp.news.example"]
    last = loopback_api.patch("/api/sites/town", json={"remove_origins": ["https://amp.news.example"]})
    assert last.status_code == 422 and "is the last origin of the site 'town'" in last.json()["detail"]


def test_the_whole_list_of_origins_with_one_to_add_is_refused_in_the_api_s_words(
    loopback_api: httpx.Client, site: Site
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    both = {"origins": ["https://a.example"], "add_origins": ["https://b.example"]}
    answer = loopback_api.patch("/api/sites/town", json=both)
    assert answer.status_code == 422
    assert "(through the API: origins, or add_origins and remove_origins)" in answer.json()["detail"]
    # Near miss: the whole list alone replaces it, as it did.
    whole = loopback_api.patch("/api/sites/town", json={"origins": ["https://a.example"]})
    assert whole.json()["origins"] == ["https://a.example"]


def test_a_page_of_another_origin_is_told_the_request_that_adds_it(
    loopback_api: httpx.Client, site: Site
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    asked = loopback_api.get(
        "/api/embed/summary",
        params={"site": "town", "url": f"{site.url}/parks"},
        headers={"Origin": "https://mirror.example"},
    )
    assert asked.status_code == 403 and "access-control-allow-origin" not in asked.headers
    detail = asked.json()["detail"]
    assert detail.endswith(
        "To let them too: nutgraf sites update town --add-origin https://mirror.example, or PATCH"
        ' /api/sites/town with {"add_origins": ["https://mirror.example"]}'
    )
    body = json.loads(detail.rpartition(" with ")[2])
    assert loopback_api.patch("/api/sites/town", json=body).status_code == 200
    again = loopback_api.get(
        "/api/embed/summary",
        params={"site": "town", "url": f"{site.url}/parks"},
        headers={"Origin": "https://mirror.example"},
    )
    assert again.status_code == 200, again.text
    assert again.headers["access-control-allow-origin"] == "https://mirror.example"


def test_the_api_describes_a_site_s_sources_with_their_titles(loopback_api: httpx.Client) -> None:
    # The site's sources carried title, failures, created_at..., which the API's schema left out.
    schema = loopback_api.get("/openapi.json").json()["components"]["schemas"]["SourceOut"]["properties"]
    assert {"title", "failures", "created_at", "interval_s"} <= set(schema)


@pytest.mark.parametrize("origin", ["http://[", "https://[::1"])
def test_an_origin_with_an_unclosed_bracket_is_refused_not_a_server_error(
    loopback_api: httpx.Client, site: Site, origin: str
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    asked = loopback_api.get(
        "/api/embed/summary", params={"site": "town", "url": f"{site.url}/parks"}, headers={"Origin": origin}
    )
    assert asked.status_code == 403, asked.text
    assert asked.json()["detail"].startswith(
        f"pages of {origin} may not embed the summaries of the site town"
    )
    added = loopback_api.patch("/api/sites/town", json={"add_origins": [origin]})
    assert added.status_code == 422, added.text
    assert added.json()["detail"].startswith(f"not an origin: {origin!r}; give a scheme and host")


def test_a_refused_origin_s_user_name_and_password_are_not_echoed(
    loopback_api: httpx.Client, site: Site
) -> None:
    assert loopback_api.post("/api/sites", json={"url": site.url, "id": "town"}).status_code == 201
    asked = loopback_api.get(
        "/api/embed/summary",
        params={"site": "town", "url": f"{site.url}/parks"},
        headers={"Origin": "https://editor:hunter2@mirror.example"},
    )
    assert asked.status_code == 403, asked.text
    assert "hunter2" not in asked.text
    assert asked.json()["detail"].startswith("pages of https://mirror.example may not embed")


def test_a_site_tried_before_its_feeds_are_fetched_is_neither_kept_nor_locked(database_url: str) -> None:
    # The trial that refuses a site before its fetches rolls back: nothing of it is listed, and the
    # other replica's next change of the site (PostgreSQL's row and claim locks) does not wait on it.
    from nutgraf.errors import InvalidInputError

    store, other = Store.open(database_url), Store.open(database_url)
    site = {"url": "https://news.example/", "summarizer": "lead", "sentences": 2}
    try:
        store.add_site("news", hosts=["news.example"], origins=["https://news.example"], trial=True, **site)
        assert other.list_sites() == []
        store.add_site("news", hosts=["news.example"], origins=["https://news.example"], **site)
        with pytest.raises(InvalidInputError, match=r"the site 'news' has the host news\.example already"):
            store.add_site(
                "copy", hosts=["news.example"], origins=["https://copy.example"], trial=True, **site
            )
        tried = store.update_site("news", add_origins=["https://amp.example"], trial=True)
        assert tried is not None and tried.origins == ("https://news.example", "https://amp.example")
        assert other.update_site("news", enabled=False) is not None
        assert [(s.id, s.origins, s.enabled) for s in other.list_sites()] == [
            ("news", ("https://news.example",), False)
        ]
        assert store.update_site("gone", enabled=False, trial=True) is None
    finally:
        store.close()
        other.close()
