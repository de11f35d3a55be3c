"""Leftovers of the cleaning a stop noticed and left alone: who a byline credits beside a wire agency, a press
release's furniture before its news, a reported story about cookies. Each is a reader's paste or a page in the
style of a real one, with what the reader expects written before nutgraf ran, beside news worded like it that
must stay."""

from __future__ import annotations

import pytest

import nutgraf

COUNCIL_STORY = (
    "The city council voted on Tuesday to close the old library on Main Street after a decade of falling"
    " visits.\n\nCouncil members said the building needs repairs the city cannot afford this year.\n\n"
    "Residents who spoke at the meeting asked for a mobile library service instead."
)


# A metro paper's story built on a wire agency's copy credits its writer and the agency side by side. The reader
# expects the writer as the byline: the agency, or the paper's wire desk ("Gannett Wires"), is nobody's name.
@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe and Gannett Wires",
        "By Jane Roe and Reuters",
        "By Jane Roe & Associated Press",
        "By Jane Roe and AP",
        "By Jane Roe | Reuters",
        "By Jane Roe, Associated Press",
        "Jane Roe, AP",
        "Jane Roe and Tribune Wires",
    ],
)
def test_a_writer_credited_beside_an_agency_is_the_byline_alone(line: str) -> None:
    paste = f"Council closes the old library\n\n{line}\n\nMarch 3, 2026\n\n{COUNCIL_STORY}"
    article = nutgraf.extract(paste)
    assert article.byline == "Jane Roe"
    assert line not in article.text


@pytest.mark.parametrize("line", ["Jane Roe; Gannett Wires", "Jane Roe and Gannett Wires", "Jane Roe, AP"])
def test_a_page_s_byline_beside_an_agency_names_the_writer_alone(line: str) -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in COUNCIL_STORY.split("\n\n"))
    page = (
        "<html><head><title>Council closes the old library</title>"
        f'<meta name="author" content="{line}"></head><body><article>'
        f"<h1>Council closes the old library</h1>{paragraphs}</article></body></html>"
    )
    assert nutgraf.extract(page, url="https://news.example/2026/03/03/library").byline == "Jane Roe"


# Two writers, one of whose surnames is a newsroom's word or an agency's, stay two writers.
@pytest.mark.parametrize(
    "line", ["By Jane Roe and Robert Service", "By Jane Roe and John Reuter", "By Jane Roe and Ana Efe Kaya"]
)
def test_two_writers_beside_each_other_stay_the_byline(line: str) -> None:
    paste = f"Council closes the old library\n\n{line}\n\nMarch 3, 2026\n\n{COUNCIL_STORY}"
    assert nutgraf.extract(paste).byline == line.removeprefix("By ")


PARKS_RELEASE = (
    "City expands park funding\n\n{head} The council approved a new budget for the city's parks on Tuesday,"
    " adding $2 million for playground repairs.\n\nThe money will fund work at 14 parks over the next two years,"
    " the council said in a statement.\n\nResidents can comment on the plan at a public meeting on March 10."
)


# A council's press release pasted whole: its "For immediate release" mark, its dateline and its date open the
# first paragraph. The reader expects the summary to open on the council's news, as after a wire's dateline.
@pytest.mark.parametrize(
    "head",
    [
        "For immediate release, 3 March 2026 —",
        "FOR IMMEDIATE RELEASE — LONDON, 3 March 2026 —",
        "For Immediate Release - March 3, 2026 -",
        "FOR IMMEDIATE RELEASE: London, 3 March 2026 —",
        "FOR IMMEDIATE RELEASE:",
    ],
)
def test_a_release_s_mark_and_date_before_its_news_open_no_summary_sentence(head: str) -> None:
    summary = nutgraf.summarize(PARKS_RELEASE.format(head=head), sentences=1)
    assert summary.sentences[0].text.startswith("The council approved a new budget")
    assert head in summary.source


# The same words opening a sentence of news stay its words.
@pytest.mark.parametrize(
    "opening",
    [
        "For immediate release — the band's new album is out today, its label said, a week early.",
        "For immediate release, the council said, the report would go online on Tuesday.",
    ],
)
def test_a_sentence_opening_on_the_release_words_stays_whole(opening: str) -> None:
    text = f"Album out early\n\n{opening}\n\nFans queued outside record shops across the city on Monday night."
    assert nutgraf.summarize(text, sentences=1).sentences[0].text == opening
