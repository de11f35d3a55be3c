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


# A writer surnamed Wires credited alone: "Wires" closes a wire desk's name only beside a writer ("Jane Roe and
# Gannett Wires"); the reader expects the writer's name as the byline, not none.
def test_a_writer_named_wires_alone_is_the_byline() -> None:
    paste = f"Council closes the old library\n\nBy Sarah Wires\n\nMarch 3, 2026\n\n{COUNCIL_STORY}"
    assert nutgraf.extract(paste).byline == "Sarah Wires"


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
        # After a comma, the news's subject capitalised: the words a sentence writes, no mark.
        "For immediate release, Amnesty International said on Tuesday, the two reporters must be freed.",
        "For immediate release, Hamas and Israel must agree to a ceasefire, the envoy said on Monday.",
    ],
)
def test_a_sentence_opening_on_the_release_words_stays_whole(opening: str) -> None:
    text = (
        f"Album out early\n\n{opening}\n\nFans queued outside record shops across the city on Monday night."
    )
    assert nutgraf.summarize(text, sentences=1).sentences[0].text == opening


# A regional French and a German news site's briefs, set in a <div> (no <article> element), reporting a
# regulator's fine over a cookie banner whose words they quote without quotation marks. The reader expects the
# brief as the article, its first paragraph included, not "the page holds no article text, only the site's
# notice of its cookies".
CNIL_BRIEF = (
    "fr",
    "La CNIL inflige une amende de 40 millions d'euros à un éditeur pour ses cookies",
    "La CNIL a infligé jeudi une amende de 40 millions d'euros à un éditeur de sites dont le bandeau indiquait :"
    " nous utilisons des cookies, acceptez-les pour continuer, sans bouton pour les refuser, a annoncé la"
    " commission.",
)
BANNER_FINE_BRIEF = (
    "de",
    "Datenschutzbehörde verhängt Bußgeld wegen Cookie-Banner",
    "Die Datenschutzbehörde hat gegen einen Verlag ein Bußgeld von 2,5 Millionen Euro verhängt: Sein Banner"
    " lautete, wir verwenden Cookies, akzeptieren Sie alle, ohne Ablehnen-Knopf, teilte die Behörde am"
    " Dienstag mit.",
)


# The brief's second paragraph, where the site sets one, and its <h1> or none (the headline in its <title>).
FOLLOW_UP = {
    "fr": "Selon la CNIL, le site déposait des cookies publicitaires avant tout consentement des internautes.",
    "de": "Nach Angaben der Behörde setzte die Website Cookies bereits vor der Einwilligung der Nutzer.",
}


@pytest.mark.parametrize("shape", ["alone", "with a heading", "over a second paragraph"])
@pytest.mark.parametrize(("language", "headline", "brief"), [CNIL_BRIEF, BANNER_FINE_BRIEF])
def test_a_brief_reporting_a_cookie_banner_in_french_or_german_is_the_article(
    language: str, headline: str, brief: str, shape: str
) -> None:
    heading = f"<h1>{headline}</h1>" if shape != "alone" else ""
    follow_up = FOLLOW_UP[language] if shape == "over a second paragraph" else ""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in (brief, follow_up) if paragraph)
    page = (
        f"<html lang={language}><head><title>{headline}</title></head><body><div class='content'>"
        f"{heading}{paragraphs}</div></body></html>"
    )
    text = nutgraf.extract(page, url="https://presse.example/2026/12/06/amende-cookies").text
    assert text == "\n\n".join(paragraph for paragraph in (brief, follow_up) if paragraph)


# The site's own banner, in those languages, stays no article.
@pytest.mark.parametrize(
    ("language", "banner"),
    [
        (
            "fr",
            "Nous utilisons des cookies pour améliorer votre expérience. Accepter ou gérer vos préférences.",
        ),
        (
            "de",
            "Wir verwenden Cookies, um unsere Website zu verbessern. Stimmen Sie zu oder ändern Sie die Einstellungen.",
        ),
    ],
)
def test_a_site_s_own_cookie_banner_in_french_or_german_is_no_article(language: str, banner: str) -> None:
    page = f"<html lang={language}><body><div class='consent'><p>{banner}</p></div></body></html>"
    with pytest.raises(nutgraf.errors.NoArticleFound, match="only the site's notice of its cookies"):
        nutgraf.extract(page, url="https://presse.example/2026/12/06/amende-cookies")


# A site's banner whose words begin as a speaker's verb does ("disseminate", as Portuguese's "disse"): the reader
# expects it out of the pasted story's text, as any banner.
@pytest.mark.parametrize(
    "banner",
    [
        "We use cookies to improve your experience and never sell or disseminate your data. Accept all or manage"
        " preferences.",
        "Utilizamos cookies para melhorar a sua experiência e não disseminamos os seus dados. Aceitar todos ou"
        " gerir preferências.",
    ],
)
def test_a_cookie_banner_with_a_word_opening_on_a_speaker_s_verb_leaves_the_text(banner: str) -> None:
    paste = f"Council closes the old library\n\n{banner}\n\n{COUNCIL_STORY}"
    assert banner not in nutgraf.extract(paste).text
