"""Leftovers of the outlets rounds and of the last stop, sorted by the furniture's kind: a photographer's credit
and the caption under it, a sale's pitch closing on its button, a social box's blurb between its calls, an
agency spelt out, a byline's names run into a holiday's date, an institution credited as a writer, a writer's
names and job under the standfirst, and French's "a dit" as a speaker's verb. Each is a reader's paste, with
what the reader expects written before nutgraf ran, beside news worded like the furniture that stays."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text

HEADLINE = "Council approves 4.9 per cent tax increase for 2027"
LEDE = (
    "Lethbridge city council approved a 4.9 per cent property tax increase for 2027 on Tuesday, after three"
    " days of talks on the city's operating budget."
)
SECOND = "Mayor Blaine Hyggen said council had cut more than $4 million from the budget administration first proposed."
AFTER = (
    "Coun. Belinda Crowson said the increase was needed to hire eight more police officers and to keep transit"
    " service at its current level.\n\nThe budget will return to council for final approval on Dec. 16."
)


def story(middle: str) -> str:
    """A reader's paste of a council story with ``middle`` between its second and third paragraphs."""
    return f"{HEADLINE}\n\nBy Jane Roe\n\n{LEDE}\n\n{SECOND}\n\n{middle}\n\n{AFTER}"


def paragraphs(text: str) -> list[str]:
    return nutgraf.extract(text).text.split("\n\n")


# A photographer's credit alone on its line between two paragraphs, the paper's or the desk's name before it or
# not, had stayed in the text; the caption under it, one short sentence in the present, had reached a summary.
@pytest.mark.parametrize(
    "credit",
    [
        "Herald photo by Al Beeber",
        "Photo by Al Beeber",
        "Staff photo by Jane Doe",
        "File photo by Ian Martens",
    ],
)
def test_a_photographer_s_credit_and_the_caption_under_it_leave(credit: str) -> None:
    caption = "Lethbridge city council debates the operating budget on Tuesday."
    kept = paragraphs(story(f"{credit}\n\n{caption}"))
    assert credit not in kept
    assert caption not in kept
    assert kept == [LEDE, SECOND, *AFTER.split("\n\n")]


# News worded like them stays: the paper's photographers in a sentence, a photo's credit running on into a
# sentence, a caption-like sentence in the body with no credit over it, and the story's own paragraph under a
# credit whose caption the page left out, reporting someone or narrating.
@pytest.mark.parametrize(
    "middle",
    [
        "Herald photographers were at the scene when council voted on Tuesday.",
        "Photo by Al Beeber shows the council chamber full for the vote.",
        "Lethbridge city council debates the operating budget on Tuesday.",
        "Photos by Local Artists on Show",
        # A subheading of four title-case words after "by": more than a photographer's names (it had gone).
        "Photo by Drone Shows Flood Damage",
    ],
)
def test_news_worded_as_a_photographer_s_credit_or_its_caption_stays(middle: str) -> None:
    assert middle in paragraphs(story(middle))


@pytest.mark.parametrize(
    "paragraph",
    [
        "The vote was six to three, the clerk said.",
        "Council voted six to three on Tuesday.",
        "The increase adds about $112 a year to the tax bill of a home assessed at $350,000, the city estimates.",
    ],
)
def test_the_story_s_paragraph_under_a_photographer_s_credit_stays(paragraph: str) -> None:
    assert paragraph in paragraphs(story(f"Herald photo by Al Beeber\n\n{paragraph}"))


# A sale's pitch closing on its button naming the site it sells on: a sports club's ticket box, which had
# reached a summary as news.
@pytest.mark.parametrize(
    "pitch",
    [
        "Limited tickets remain for Saturday's game. Buy now at leinsterrugby.ie/tickets.",
        "Buy now at leinsterrugby.ie/tickets.",
        "A few seats are left for the concert. Shop now at citytheatre.ca/concerts.",
    ],
)
def test_a_sale_s_pitch_closing_on_its_button_leaves(pitch: str) -> None:
    assert pitch not in paragraphs(story(pitch))
    assert not [s for s in nutgraf.summarize(story(pitch), sentences=6).sentences if "now at" in s.text]


# The same words as news: a sale a source tells of, a button's words with no site, a call someone made.
@pytest.mark.parametrize(
    "line",
    [
        "Tickets for Saturday's game sold out within an hour, the club said.",
        "Limited tickets remain for Saturday's game, the club said. Fans can buy them at the gate.",
        "Shoppers were told to buy now at the market before prices rose again in January.",
    ],
)
def test_news_of_a_sale_stays(line: str) -> None:
    assert line in paragraphs(story(line))


# A social box closing the page, its blurb between its two calls naming the same network: the calls went, the
# blurb had stayed as the story's last paragraph.
POLISH_STORY = (
    "Tramwaj na Morenę pojedzie rok później\n\n"
    "Budowa nowej linii tramwajowej na gdańską Morenę opóźni się o rok – poinformował we wtorek zastępca"
    " prezydenta Gdańska Piotr Grzelak.\n\n"
    "Radni opozycji zapowiedzieli, że zażądają od miasta wyjaśnień na najbliższej sesji.\n\n"
)


@pytest.mark.parametrize(
    ("call", "blurb", "button"),
    [
        (
            "Dołącz do nas na Facebooku!",
            "Publikujemy najciekawsze artykuły, wydarzenia i konkursy. Jesteśmy tam, gdzie nasi czytelnicy!",
            "Polub nas na Facebooku!",
        ),
        ("Follow us on Instagram!", "The best pictures from the city, every day.", "Follow us on Instagram"),
    ],
)
def test_a_social_box_s_blurb_between_its_calls_leaves(call: str, blurb: str, button: str) -> None:
    text = clean_text(f"{POLISH_STORY}{call}\n\n{blurb}\n\n{button}").text
    assert blurb not in text
    assert text.endswith("najbliższej sesji.")


# The story's own last paragraph between a pointer and a share button stays: they name no one network.
def test_the_story_s_last_paragraph_between_a_pointer_and_a_share_button_stays() -> None:
    text = story("").replace("\n\n\n\n", "\n\n")
    last = "The vote is on Friday."
    pasted = f"{text}\n\nRead more: Council cuts transit budget\n\n{last}\n\nShare this article"
    assert clean_text(pasted).text.endswith(last)


# The story's own last paragraph between a call and a share button on the same network stays: it counts a
# figure or tells an event, which a box's blurb does not (it had gone as the blurb).
@pytest.mark.parametrize(
    ("call", "last", "button"),
    [
        (
            "Follow us on Facebook for updates.",
            "The budget returns to council on Dec. 16.",
            "Share on Facebook",
        ),
        ("Share on Facebook", "The budget will return to council for final approval.", "Share on Facebook"),
    ],
)
def test_the_story_s_last_paragraph_between_calls_on_one_network_stays(
    call: str, last: str, button: str
) -> None:
    text = story("").replace("\n\n\n\n", "\n\n")
    assert clean_text(f"{text}\n\n{call}\n\n{last}\n\n{button}").text.endswith(last)


WIRE_HEADLINE = "Finance minister resigns over budget row"
WIRE_LEDE = (
    "The finance minister resigned on Tuesday after a row with the prime minister over next year's budget,"
    " officials said."
)
WIRE_AFTER = (
    "The prime minister named her deputy as acting finance minister until a new appointment is made next week."
    "\n\nOpposition parties called for an early election and said the government had lost its majority in"
    " parliament."
)


# Agence France-Presse spelt out without its hyphen, as "AFP" and "Agence France-Presse" are read: an agency
# credited beside the writer, the credit closing a caption, the agency alone over the stamp.
def test_agence_france_presse_spelt_out_is_an_agency_s_credit() -> None:
    beside = nutgraf.extract(f"{WIRE_HEADLINE}\n\nBy Jane Doe and Agence France Presse\n\n{WIRE_LEDE}")
    assert beside.byline == "Jane Doe"
    alone = nutgraf.extract(f"{WIRE_HEADLINE}\n\nAgence France Presse\n\nDecember 3, 2026\n\n{WIRE_LEDE}")
    assert alone.byline is None
    caption = "Protesters gather outside parliament in the capital. — Agence France Presse"
    text = nutgraf.extract(f"{WIRE_HEADLINE}\n\n{WIRE_LEDE}\n\n{caption}\n\n{WIRE_AFTER}").text
    assert text == f"{WIRE_LEDE}\n\n{WIRE_AFTER}"


def test_news_naming_agence_france_presse_stays() -> None:
    line = "The minister told Agence France Presse she would not resign before the vote."
    text = nutgraf.extract(f"{WIRE_HEADLINE}\n\n{WIRE_LEDE}\n\n{line}\n\n{WIRE_AFTER}").text
    assert line in text


# A byline line whose names run into a holiday's date: the holiday is a deadline's, no writer's.
@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Christmas Eve December 24, 2026", None),
        ("By New Year's Eve December 31, 2026", None),
        ("By Jane Doe December 24, 2026", "Jane Doe"),
        ("By Eve Smith December 3, 2026", "Eve Smith"),
        # A holiday's word after a first name is a surname: the writer's byline (it had been none).
        ("By Mark Easter December 3, 2026", "Mark Easter"),
        ("By Eve Christmas December 24, 2026", "Eve Christmas"),
    ],
)
def test_a_holiday_run_into_its_date_is_no_byline(line: str, byline: str | None) -> None:
    assert nutgraf.extract(f"{WIRE_HEADLINE}\n\n{line}\n\n{WIRE_LEDE}\n\n{WIRE_AFTER}").byline == byline


def test_a_sentence_opening_on_by_christmas_eve_stays() -> None:
    line = "By Christmas Eve, the council expects the bridge to reopen to traffic."
    article = nutgraf.extract(f"{WIRE_HEADLINE}\n\n{line}\n\n{WIRE_LEDE}\n\n{WIRE_AFTER}")
    assert article.byline is None
    assert line in article.text


# An institution credited where a writer is, its name holding a particle: no writer's byline.
@pytest.mark.parametrize("institution", ["Universidad de Chile", "Banco de España", "Université de Montréal"])
def test_an_institution_over_the_stamp_is_no_byline(institution: str) -> None:
    pasted = f"{WIRE_HEADLINE}\n\n{institution}\n\nDecember 3, 2026\n\n{WIRE_LEDE}\n\n{WIRE_AFTER}"
    assert nutgraf.extract(pasted).byline is None


@pytest.mark.parametrize("institution", ["University of Ghana", "Bank of England"])
def test_an_institution_in_a_page_s_byline_element_is_no_byline(institution: str) -> None:
    page = (
        "<html><head><title>Minister resigns</title></head><body><article><h1>Minister resigns</h1>"
        f"<p class='byline'>By {institution}</p><p>{WIRE_LEDE}</p>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in WIRE_AFTER.split("\n\n"))
        + "</article></body></html>"
    )
    assert nutgraf.extract(page, url="https://news.example/2026/12/03/minister-resigns").byline is None


# A writer's names with a particle stay a byline, and a story about an institution keeps its words.
def test_a_writer_s_names_with_a_particle_and_a_story_about_an_institution_stay() -> None:
    pasted = f"{WIRE_HEADLINE}\n\nAna de Souza\n\nDecember 3, 2026\n\n{WIRE_LEDE}\n\n{WIRE_AFTER}"
    assert nutgraf.extract(pasted).byline == "Ana de Souza"
    lede = "University of Ghana students protested on Tuesday against a 40 per cent rise in fees."
    article = nutgraf.extract(f"Students protest fee rise\n\n{lede}\n\n{WIRE_AFTER}")
    assert article.text.startswith(lede)


# A writer's names and job under the standfirst, no credit word: "By" had made them the byline, without it the
# line stayed in the text.
DECK = "The minister's departure leaves the budget in doubt weeks before the vote."


@pytest.mark.parametrize(
    "line", ["John Doe, Staff Writer", "Jane Roe, Political Editor", "Ama Owusu, Senior Reporter"]
)
def test_a_writer_s_names_and_job_under_the_standfirst_are_the_byline(line: str) -> None:
    article = nutgraf.extract(f"{WIRE_HEADLINE}\n\n{DECK}\n\n{line}\n\n{WIRE_LEDE}\n\n{WIRE_AFTER}")
    assert article.byline == line.partition(",")[0]
    assert line not in article.text


@pytest.mark.parametrize(
    "line", ["John Doe, a staff writer at the paper, resigned on Tuesday.", "Smith, Jones and Taylor Writers"]
)
def test_a_writer_named_in_news_stays(line: str) -> None:
    article = nutgraf.extract(f"{WIRE_HEADLINE}\n\n{WIRE_LEDE}\n\n{line}\n\n{WIRE_AFTER}")
    assert line in article.text


# A desk's place before the job names no writer (it had been the byline).
@pytest.mark.parametrize("line", ["New York, Staff Reporter", "South Africa, Political Correspondent"])
def test_a_desk_s_place_and_job_under_the_standfirst_are_no_byline(line: str) -> None:
    assert (
        nutgraf.extract(f"{WIRE_HEADLINE}\n\n{DECK}\n\n{line}\n\n{WIRE_LEDE}\n\n{WIRE_AFTER}").byline is None
    )


# French's "a dit" names a speaker, as "a déclaré" does: a brief quoting a cookie banner is the article, a call
# a mayor made stays; the site's own call in French or Dutch ("dit", this) still goes.
CNIL_BRIEF = (
    "La CNIL a infligé jeudi une amende de 40 millions d'euros à un éditeur de sites dont le bandeau indiquait :"
    " nous utilisons des cookies, acceptez-les pour continuer, sans bouton pour les refuser, a dit la commission."
)
CNIL_FOLLOW_UP = (
    "Selon la CNIL, le site déposait des cookies publicitaires avant tout consentement des internautes."
)


@pytest.mark.parametrize("follow_up", ["", CNIL_FOLLOW_UP])
def test_a_french_brief_reporting_a_banner_with_a_dit_is_the_article(follow_up: str) -> None:
    title = "La CNIL inflige une amende de 40 millions d'euros à un éditeur"
    body = "".join(f"<p>{paragraph}</p>" for paragraph in (CNIL_BRIEF, follow_up) if paragraph)
    page = f"<html lang=fr><head><title>{title}</title></head><body><div class='content'>{body}</div></body></html>"
    text = nutgraf.extract(page, url="https://presse.example/2026/12/06/amende-cookies").text
    assert text == "\n\n".join(paragraph for paragraph in (CNIL_BRIEF, follow_up) if paragraph)


FRENCH_PROSE = (
    "Le conseil municipal a adopté mardi le budget de la ville après quatre heures de débat.\n\n{line}\n\n"
    "Le budget augmente de 6 % les dépenses consacrées aux routes et aux parcs à partir de janvier."
)


def test_a_call_a_french_mayor_made_with_a_dit_stays() -> None:
    line = "Suivez-nous sur Facebook, a dit le maire aux habitants mardi."
    assert line in clean_text(FRENCH_PROSE.format(line=line)).text


@pytest.mark.parametrize(
    "line", ["Suivez-nous sur Facebook !", "Volg ons op Facebook voor dit soort nieuws!"]
)
def test_the_site_s_own_call_still_leaves(line: str) -> None:
    assert line not in clean_text(FRENCH_PROSE.format(line=line)).text


# The story's own sentence in the present under a credit whose caption the page left out stays: a caption in
# the present names the day its photo was taken, and these name none (they had gone as the caption).
@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor opposes the increase.",
        "Residents want lower taxes.",
        "The increase is the largest in a decade.",
        "The city faces a shortfall of $4 million next year.",
    ],
)
def test_the_story_s_present_tense_paragraph_under_a_photographer_s_credit_stays(paragraph: str) -> None:
    assert paragraph in paragraphs(story(f"Herald photo by Al Beeber\n\n{paragraph}"))
