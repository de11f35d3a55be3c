"""Leftovers of the last stops, each as what a user notices: a routing error's detail that a path's bidi
override or escape sequence no longer reorders or recolours, a batch resumed over an old output of an input
whose ids repeat, a German league's round ("2. Bundesliga, 15. Spieltag") kept with its story."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx
import pytest

from nutgraf.extract import clean_text
from test_extract_xfails20 import SPIEL_TITEL, SPIELBERICHT
from test_leftovers13 import _PNG_LINES, _batch_command, sport_export


@pytest.mark.parametrize(
    ("method", "path", "shown"),
    [
        ("DELETE", "/api/articles%E2%80%AEexe.pdf", "DELETE '/api/articles\\u202eexe.pdf'"),
        ("PATCH", "/api/articles/%E2%80%AE%1B[2J", "PATCH '/api/articles/\\u202e\\x1b[2J'"),
        ("PUT", "/api/feeds/%E2%81%A6x%00", "PUT '/api/feeds/\\u2066x\\x00'"),
    ],
)
def test_a_routing_error_shows_a_path_s_controls_escaped(
    api: httpx.Client, method: str, path: str, shown: str
) -> None:
    # The 404's and 405's detail echoed the decoded path: an override (U+202E) reversed the rest of the
    # detail where a client printed it, and an escape sequence reached the terminal of one reading a log.
    detail = api.request(method, path).json()["detail"]
    assert detail.startswith(f"{shown}: ")
    assert not any(character in detail for character in "\u202e\u2066\x1b\x00")


@pytest.mark.parametrize(
    ("method", "path", "detail"),
    [
        ("DELETE", "/api/articles/1", "DELETE /api/articles/1: this endpoint takes GET only"),
        ("GET", "/api/nothing", "GET /api/nothing: no endpoint of the API answers this address"),
        ("GET", "/api/n%C3%BCrnberg", "GET /api/nürnberg: no endpoint"),
        ("GET", "/api/%D7%97%D7%93%D7%A9%D7%95%D7%AA", "GET /api/חדשות: no endpoint"),
        # A word's joiners (Persian's U+200C, an emoji family's U+200D) had made the path a repr.
        (
            "GET",
            "/api/%D9%85%DB%8C%E2%80%8C%D8%AE%D9%88%D8%A7%D9%87%D9%85",
            "GET /api/می\u200cخواهم: no endpoint",
        ),
        ("GET", "/api/%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9", "GET /api/👨\u200d👩: no endpoint"),
    ],
)
def test_a_routing_error_shows_a_plain_or_foreign_path_as_it_is(
    api: httpx.Client, method: str, path: str, detail: str
) -> None:
    assert api.request(method, path).json()["detail"].startswith(detail)


def _sport_export(tmp_path: Path) -> tuple[Path, list[bytes], list[bytes]]:
    """A CMS export with the section as every row's id and a PNG pasted in after its second row
    (:func:`test_leftovers13.sport_export`), and its whole output as this nutgraf writes it and as one before
    2026-12-07 wrote it (a record for each of the PNG's five lines, numbered 3 to 7)."""
    source, records = sport_export(tmp_path)
    fragment = json.loads(records[2])
    numbers = range(3, 3 + len(_PNG_LINES.splitlines()))
    fragments = [json.dumps({**fragment, "id": f"in.jsonl:{n}"}).encode() + b"\n" for n in numbers]
    return source, records, [*records[:2], *fragments, *records[3:]]


def _resume(tmp_path: Path, source: Path, name: str, held: list[bytes]) -> tuple[bytes, str]:
    out = tmp_path / f"{name}.jsonl"
    out.write_bytes(b"".join(held))
    (tmp_path / f"{name}.jsonl.options.json").write_bytes(
        (tmp_path / "whole.jsonl.options.json").read_bytes()
    )
    resumed = subprocess.run(_batch_command(source, out), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    return out.read_bytes(), resumed.stderr


def test_an_old_output_whose_ids_repeat_resumes_without_losing_a_record(tmp_path: Path) -> None:
    # Killed after 3 rows past the PNG, the older nutgraf's output held 10 records, the last "sport": this
    # nutgraf's count of 10 ends on "sport" too, 4 rows later, and those 4 rows were never summarized.
    source, _, old_records = _sport_export(tmp_path)
    for cut in (10, 13):  # just after the run, and further on
        written, said = _resume(tmp_path, source, f"old-{cut}", old_records[:cut])
        assert written == b"".join(old_records), cut
        assert "redid" not in said


def test_a_current_output_whose_ids_repeat_still_resumes_once(tmp_path: Path) -> None:
    source, records, _ = _sport_export(tmp_path)
    for cut in (9, 12):
        written, said = _resume(tmp_path, source, f"current-{cut}", records[:cut])
        assert written == b"".join(records), cut
        assert "redid" not in said


def test_an_output_that_cannot_tell_redoes_the_ambiguous_records_and_says_so(tmp_path: Path) -> None:
    # A line of the output that holds no id (edited by hand, a disk's garbage): which count is the
    # output's cannot be read, and the 4 records between the two places are done again, not lost.
    source, records, _ = _sport_export(tmp_path)
    held = [*records[:9]]  # 9 records: as an older output, the PNG's 5 and 4 rows after it
    held[1] = b'{"note": "no id"}\n'
    written, said = _resume(tmp_path, source, "unreadable", held)
    assert written == b"".join([*held, *records[5:]])
    assert "redid 4 records the output may hold already" in said


# A second league's report: its round as a subheading between two stories of a round-up.
ZWEITE_LIGA = (
    "Der Hamburger SV hat beim 1. FC Kaiserslautern mit 3:0 gewonnen und bleibt Tabellenführer der zweiten"
    " Liga.\n\nRobert Glatzel traf zweimal, Ludovit Reis erhöhte in der Schlussphase."
)


@pytest.mark.parametrize(
    "kicker", ["2. Bundesliga, 15. Spieltag", "2. Bundesliga 15. Spieltag", "3. Liga, 20. Spieltag"]
)
def test_a_league_opening_on_its_rank_over_the_headline_is_a_kicker(kicker: str) -> None:
    # Read as a numbered list's item, the kicker stayed as the article's first line, and the headline
    # under it was no title but the text's second line.
    cleaned = clean_text(f"{kicker}\n\n{SPIEL_TITEL}\n\n{SPIELBERICHT}")
    assert cleaned.title == SPIEL_TITEL
    assert cleaned.text == SPIELBERICHT


@pytest.mark.parametrize("kicker", ["2. Bundesliga, 15. Spieltag", "Bundesliga, 15. Spieltag"])
def test_a_league_s_round_between_two_stories_stays_their_subheading(kicker: str) -> None:
    text = f"{SPIEL_TITEL}\n\n{SPIELBERICHT}\n\n{kicker}\n\n{ZWEITE_LIGA}"
    assert clean_text(text).text.endswith(f"{SPIELBERICHT}\n\n{kicker}\n\n{ZWEITE_LIGA}")


@pytest.mark.parametrize(
    "items",
    [
        # A numbered list whose items name a round, or a league, but none a league's round alone.
        ["1. Der erste Spieltag", "2. Der zweite Spieltag", "3. Der dritte Spieltag"],
        ["1. Bayern München, 33 Punkte", "2. Bayer Leverkusen, 31 Punkte", "3. Borussia Dortmund, 28 Punkte"],
        ["1. Spieltag: Bayern gegen Bremen", "2. Spieltag: Leipzig gegen Bayern", "3. Spieltag: Bayern ruht"],
        ["1. Bundesliga startet am Freitag", "2. Bundesliga folgt am Samstag", "3. Liga erst im August"],
    ],
)
def test_a_numbered_list_after_the_report_stays_a_list(items: list[str]) -> None:
    text = f"{SPIEL_TITEL}\n\n{SPIELBERICHT}\n\nDie nächsten Wochen:\n\n" + "\n".join(items)
    assert clean_text(text).text.endswith("\n\n".join(items))


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        # A list's own number before a round: read as a league's rank, the whole list had gone.
        (
            "Arsenal's next three fixtures in the league are:",
            ["1. Tottenham, Matchday 16", "2. Everton, Matchday 17"],
        ),
        ("Der Kalender der Spanier sieht so aus:", ["1. Sevilla, Jornada 16", "2. Betis, Jornada 17"]),
        ("Die Termine:", ["1. Rückrunde, Spieltag 18", "2. Pokal, Runde 3", "3. Rückrunde, Spieltag 19"]),
        # Leagues by their rank, each with its round: a list, not three kickers.
        (
            "Am Wochenende spielen die folgenden Ligen ihren Spieltag:",
            ["1. Bundesliga, 15. Spieltag", "2. Bundesliga, 16. Spieltag", "3. Liga, 18. Spieltag"],
        ),
    ],
)
def test_a_list_of_rounds_after_the_report_stays(lead_in: str, items: list[str]) -> None:
    text = f"{SPIEL_TITEL}\n\n{SPIELBERICHT}\n\n{lead_in}\n\n" + "\n".join(items)
    assert clean_text(text).text.endswith(f"{lead_in}\n\n" + "\n\n".join(items))


def test_a_league_s_round_over_a_short_story_of_a_round_up_stays() -> None:
    # Past the prose the label heads the next story, however short: it had gone, its story left unheaded.
    text = f"{SPIEL_TITEL}\n\n{SPIELBERICHT}\n\n2. Bundesliga, 15. Spieltag\n\nDer Hamburger SV gewinnt in Kaiserslautern."
    assert clean_text(text).text.endswith(
        f"{SPIELBERICHT}\n\n2. Bundesliga, 15. Spieltag\n\nDer Hamburger SV gewinnt in Kaiserslautern."
    )


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/api/articles", "GET, POST"),
        ("PATCH", "/api/feeds", "GET, POST"),
        ("POST", "/api/articles/1", "GET"),
    ],
)
def test_a_405_names_every_method_its_address_takes(
    api: httpx.Client, method: str, path: str, allowed: str
) -> None:
    # Starlette's Allow named the first route whose path matched alone: PUT /api/articles was told the
    # address takes POST only, where GET lists the articles.
    refused = api.request(method, path)
    assert refused.status_code == 405
    assert refused.headers["allow"] == allowed
    assert (
        refused.json()["detail"]
        == f"{method} {path}: this endpoint takes {allowed} only; /docs lists what each takes"
    )
