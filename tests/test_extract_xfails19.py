"""The nineteenth pass over the strict xfails, as kinds: a wire's city of four letters before a spaced hyphen
at a story's head, a paper's name over its city and stamp, a print byline in capitals with the writer's job
run on. Each beside near misses that stay as they were."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.segment import dateline_end

STORY = (
    "Italian police have arrested 14 people suspected of running a network that smuggled migrants from Tunisia"
    " to Sicily in fishing boats, prosecutors in Palermo said on Wednesday.\n\n"
    "The suspects, most of them Tunisian nationals, charged up to 5,000 euros a person for the crossing,"
    " according to a statement from the prosecutors' office.\n\n"
    "Investigators said the group organised at least 40 crossings over the past two years, carrying more than"
    " 1,500 people.\n\n"
    "Several of the boats were found to be unseaworthy, and in one case a vessel carrying 60 people sank off"
    " the island of Lampedusa, killing nine.\n\n"
    "Prime Minister Giorgia Meloni has pledged to crack down on smugglers and has sought help from the"
    " European Union to curb departures from North Africa."
)


def _tldr(text: str) -> str:
    return nutgraf.summarize(text, form="tldr").sentences[0].text


# 1. A city of four letters in capitals before a spaced hyphen, over a story that names it nowhere else.


@pytest.mark.parametrize("city", ["ROME", "LIMA", "BAKU", "OSLO"])
def test_a_four_letter_city_s_dateline_over_a_story_that_never_names_it_is_left_out(city: str) -> None:
    assert _tldr(f"{city} - {STORY}").startswith("Italian police have arrested 14 people")


@pytest.mark.parametrize(
    ("head", "again"),
    [
        # An acronym the story names again, in capitals or in British style's own case.
        ("NATO - Russia council talks", " Nato officials said little."),
        ("NATO - Russia council talks", " NATO ministers will meet again in March."),
        ("FIFA - The governing body", " Fifa's president spoke."),
        ("OPEC - Russia talks", " OPEC said output would stay flat."),
        # A city the story names again as a word of another ("Romeo"), or a dateline again later: the rule
        # asks for no mention at all, and the one there was before.
        ("ROME - Italian police", " Rome's mayor welcomed the arrests."),
        # Labels are no places, however long the story.
        ("UPDATE - Italian police", ""),
        ("BREAKING - Italian police", ""),
        ("LIVE - Italian police", ""),
    ],
)
def test_a_spaced_hyphen_after_an_acronym_or_a_label_stays_in_the_lede(head: str, again: str) -> None:
    text = STORY.replace("Italian police", head, 1) + again
    assert _tldr(text).startswith(head)


def test_a_short_text_under_a_four_letter_word_keeps_it() -> None:
    # Too short to say whether the story would name an acronym again.
    text = "ROME - Police arrested 14 people. Romeo and Juliet is staged in Verona."
    assert dateline_end(text, 0, len(text)) == 0


def test_the_form_past_the_text_s_first_paragraph_stays() -> None:
    text = f"Police said on Wednesday that a smuggling network had been broken up.\n\nROME - {STORY}"
    start = text.index("ROME")
    assert dateline_end(text, start, text.index("\n\n", start)) == start


def test_the_unnamed_city_rule_reads_a_long_text_in_linear_time() -> None:
    # The mentions are looked for with str.find, once per spelling: 10,000 near-mentions ("ROMEO", "xROME",
    # no whole word) leave the city unnamed, and a whole one after them names it.
    text = "ROME - " + STORY + " ROMEO xROME" * 10_000
    assert dateline_end(text, 0, text.index("\n\n")) == len("ROME - ")
    assert dateline_end(text + " Rome", 0, text.index("\n\n")) == 0


# 2. A paper's name over its city and the stamp; a print byline in capitals with the writer's job run on.

PROSE = (
    "Doha Metro and Lusail Tram will run until 2am from December 17 to December 20 to serve crowds at"
    " National Day events, Qatar Rail said yesterday.\n\n"
    "Services will start at 6am on those days, and extra trains will run on the Red Line between Msheireb and"
    " Lusail QNB stations.\n\n"
    "Qatar Rail urged visitors to use the metro instead of driving to Corniche, where roads will be closed."
)


def _over_stamp(names: str, place: str = "Doha") -> str:
    return (
        f"Doha Metro to extend hours during National Day holiday\n\n{names}\n\n{place}\n\n"
        f"Published: 03 Dec 2026 - 10:45 pm\n\n{PROSE}"
    )


@pytest.mark.parametrize("paper", ["Gulf Times", "Khaleej Times", "Deccan Chronicle", "Peninsula Gazette"])
def test_a_paper_s_name_over_its_city_and_stamp_is_no_byline(paper: str) -> None:
    article = nutgraf.extract(_over_stamp(paper))
    assert article.byline is None
    assert paper not in article.text


@pytest.mark.parametrize("writer", ["Jane Doe", "Sarah Post", "Emily Sun", "Anna Star"])
def test_a_writer_s_names_over_a_city_and_stamp_are_the_byline(writer: str) -> None:
    assert nutgraf.extract(_over_stamp(writer)).byline == writer


PRINT_PROSE = (
    "Ontario will fund 10,000 new licensed child-care spaces over the next two years, Education Minister Paul"
    " Calandra announced Wednesday.\n\n"
    "The spaces will be built mostly in fast-growing suburbs west and north of Toronto, where waiting lists"
    " are longest.\n\n"
    "The province will spend $1.2 billion on the program, with Ottawa covering about half of it."
)


def _print_edition(line: str) -> str:
    return (
        "PressReader\n\nToronto Star\n\n3 Dec 2026\n\nListen\n\nTranslate\n\nPrint\n\nShare\n\n"
        f"Ontario to add 10,000 child-care spaces by 2028\n\n{line}\n\n{PRINT_PROSE}"
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("ROBERT BENZIE QUEEN'S PARK BUREAU CHIEF", "ROBERT BENZIE"),
        ("JOANNA CHIU STAFF REPORTER", "JOANNA CHIU"),
        ("KENYON WALLACE INVESTIGATIVE REPORTER", "KENYON WALLACE"),
        ("ROBERT BENZIE BUREAU CHIEF", "ROBERT BENZIE"),
    ],
)
def test_a_print_byline_in_capitals_with_the_job_run_on_gives_the_names(line: str, names: str) -> None:
    article = nutgraf.extract(_print_edition(line))
    assert article.byline == names
    assert line not in article.text


@pytest.mark.parametrize(
    "line",
    [
        # A standfirst or a kicker in capitals closing on a job's word is no one's byline.
        "MAYOR NAMES NEW POLICE CHIEF",
        "CITY APPOINTS FIRE CHIEF",
        "QUEEN'S PARK BUREAU CHIEF",
        "ANALYSIS BY POLITICAL EDITOR",
        "SPECIAL TO THE STAR",
    ],
)
def test_a_capitals_line_with_no_names_before_a_job_gives_no_byline_of_it(line: str) -> None:
    byline = nutgraf.extract(_print_edition(line)).byline
    assert byline is None or not set(byline.split()) & set(line.split())


# 3. A summary box its class names under the header's date line; a forum thread's copy for readers without
# JavaScript.

STORY_PARAGRAPHS = [
    "The club's telescope evening on Saturday drew more than two hundred people to the observatory field.",
    "Volunteers set up eight telescopes on the grass and queues formed for the view of Saturn's rings.",
    "The club plans a second evening in the autumn, when the nights are longer and darker.",
]
SUMMARY_LINE = "Two hundred people came to see Saturn through the club's telescopes."


def _dated_header_page(box: str) -> str:
    content = "".join(f"<p>{x}</p>" for x in STORY_PARAGRAPHS)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Telescope evening | Academy</title>'
        '</head><body><form method="post" id="Form"><div id="dnn_ContentPane"><div class="DnnModule">'
        '<div class="edn_article"><h1 class="edn_articleTitle">Telescope evening</h1><div class="edn_metaDetails">'
        f'<time>May 20, 2024</time> <span class="edn_author">by Mr T. Bradshaw</span></div>{box}'
        f'<div class="edn_articleContent">{content}</div></div></div></div></form></body></html>'
    )


@pytest.mark.parametrize("name", ["edn_articleSummary", "article-standfirst", "sapo", "entry-excerpt"])
def test_a_summary_box_under_the_date_line_is_the_description(name: str) -> None:
    article = nutgraf.extract(_dated_header_page(f'<div class="{name}"><p>{SUMMARY_LINE}</p></div>'))
    assert article.text.split("\n\n") == STORY_PARAGRAPHS
    assert article.description == SUMMARY_LINE


@pytest.mark.parametrize(
    "box",
    [
        # A block its class names no summary: the story's first paragraph, set apart.
        f'<div class="first-paragraph"><p>{SUMMARY_LINE}</p></div>',
        f'<div class="leaderboard"><p>{SUMMARY_LINE}</p></div>',
        # A summary's block of two paragraphs is the story's opening, as a block of paragraphs is.
        f'<div class="intro"><p>{SUMMARY_LINE}</p><p>The evening began at nine.</p></div>',
    ],
)
def test_a_block_under_the_date_line_its_class_names_no_summary_of_stays(box: str) -> None:
    assert SUMMARY_LINE in nutgraf.extract(_dated_header_page(box)).text


RIGLOS = [
    "Como cada primavera, el club organiza una salida de escalada a los Mallos de Riglos el fin de semana del 8"
    " y 9 de junio.",
    "Saldremos el sábado a las 7:00 desde el aparcamiento del polideportivo y dormiremos en el refugio de Riglos.",
]
REPLY = "¡Genial! ¿Hace falta llevar arnés propio o el club presta material para la escalada en Riglos?"


def _noscript_page(posts: str) -> str:
    return (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Salida a Riglos - Foro</title></head>'
        '<body><div id="app"><main><div id="content"></div><noscript id="forum-content"><div class="container">'
        f"<h1>Salida a Riglos</h1><div>{posts}</div></div></noscript></main></div></body></html>"
    )


def _post(user_class: str, user: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    return f'<article><div class="{user_class}"><h3>{user}</h3></div><div class="body">{body}</div></article><hr>'


@pytest.mark.parametrize("user_class", ["PostUser", "post-username", "topic-user"])
def test_a_forum_thread_s_copy_gives_its_first_post_without_its_writer_or_replies(user_class: str) -> None:
    posts = _post(user_class, "junta_directiva", RIGLOS) + _post(user_class, "montañera_luz", [REPLY])
    assert nutgraf.extract(_noscript_page(posts)).text.split("\n\n") == RIGLOS


def test_articles_in_a_copy_with_no_user_s_names_are_read_as_before() -> None:
    # Near miss: <article>s with no user's element are cards or sections, read whole as before.
    posts = _post("meta", "Primera parte", RIGLOS) + _post("meta", "Segunda parte", [REPLY])
    text = nutgraf.extract(_noscript_page(posts)).text
    assert RIGLOS[0] in text and REPLY in text
