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


def print_edition(line: str) -> str:
    """A Toronto Star story as PressReader's e-edition gives it, ``line`` between its headline and its prose."""
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
    article = nutgraf.extract(print_edition(line))
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
    byline = nutgraf.extract(print_edition(line)).byline
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


# 4. A section's kicker in capitals of joined beats over the headline; a comment box's button closing the
# text; an editor's credit closing a page's story.

KFF_PROSE = (
    "Rural hospitals in at least 12 states have stopped delivering babies over the past two years, a review of"
    " state records shows.\n\n"
    "Hospital leaders said they could not find enough nurses and doctors to staff labor and delivery units"
    " around the clock.\n\n"
    "Some states have raised Medicaid rates for births to keep maternity wards open in small towns."
)


def _kicked(kicker: str, headline: str = "Rural hospitals stop delivering babies in a dozen states") -> str:
    return f"{kicker}\n\n{headline}\n\nSARAH VARNEY | KFF HEALTH NEWS\n\nDECEMBER 3, 2026\n\n{KFF_PROSE}"


@pytest.mark.parametrize(
    "kicker",
    ["HEALTH & HUMAN SERVICES", "ARTS AND CULTURE NEWS", "SCIENCE & TECHNOLOGY POLICY", "HEALTH AND SAFETY"],
)
def test_a_section_kicker_of_joined_beats_in_capitals_is_no_title(kicker: str) -> None:
    article = nutgraf.extract(_kicked(kicker))
    assert article.title == "Rural hospitals stop delivering babies in a dozen states"
    assert kicker not in article.text


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        # A headline in capitals that joins two names says what they did; over its deck it is the title.
        ("TRUMP AND XI MEET IN BEIJING", "The two leaders talked for three hours about trade and tariffs"),
        # Capitals without a beat joined: a kicker of other words is left as it was.
        ("HUMAN SERVICES NEWS", "Rural hospitals stop delivering babies in a dozen states"),
        # Both in capitals: which is the kicker the case does not tell.
        ("HEALTH & HUMAN SERVICES", "RURAL HOSPITALS STOP DELIVERING BABIES IN A DOZEN STATES"),
    ],
)
def test_a_first_line_in_capitals_that_names_no_section_stays_the_title(first: str, headline: str) -> None:
    assert nutgraf.extract(_kicked(first, headline)).title == first


ADN_PROSE = (
    "The Anchorage Assembly voted 9-2 on Tuesday to spend $3.8 million on a cold-weather shelter in Midtown.\n\n"
    "The shelter, in a former office building on Benson Boulevard, will hold up to 150 people.\n\n"
    "The city counted 2,050 people without homes in its last survey, in January."
)


def _closed_by(*lines: str) -> str:
    closing = "".join(f"\n\n{line}" for line in lines)
    return (
        "Assembly approves $3.8 million for Midtown cold-weather shelter\n\nBy Emily Goodykoontz\n\n"
        f"Updated: December 2, 2026\n\n{ADN_PROSE}{closing}"
    )


@pytest.mark.parametrize("button", ["Comments", "12 Comments", "View comments", "Kommentare", "Commentaires"])
def test_a_comment_box_s_button_over_the_writer_s_bio_goes(button: str) -> None:
    bio = "Emily Goodykoontz reports on Anchorage city government. Contact her at egoodykoontz@adn.com."
    text = nutgraf.extract(_closed_by(button, bio)).text
    assert text.endswith("in its last survey, in January.")


@pytest.mark.parametrize(
    "line",
    [
        # A sentence on comments is the story's, however short.
        "The Assembly will take comments until Friday.",
        "Comments are due by Friday.",
        "He declined to comment.",
    ],
)
def test_a_closing_line_that_is_no_comment_button_stays(line: str) -> None:
    assert nutgraf.extract(_closed_by(line)).text.endswith(line)


CORRECTIV = [
    "Mehr als 600 Pflegeheime in Deutschland verlangen inzwischen einen Eigenanteil von mehr als 3.000 Euro im"
    " Monat, zeigt eine Auswertung von CORRECTIV.",
    "Das Bundesgesundheitsministerium kündigte an, die Zuschüsse der Pflegeversicherung zu prüfen.",
    "Die Heimbetreiber verweisen auf gestiegene Löhne und Energiekosten.",
]


def _credited_page(*credits: str) -> str:
    paragraphs = "".join(f"<p>{x}</p>" for x in [*CORRECTIV, *credits])
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Wie die Pflege arm macht</title>'
        '<meta name="author" content="Max Donheiser"></head><body><article><h1>Wie die Pflege arm macht</h1>'
        f'<div class="autoren">von <a href="/autor/max-donheiser/">Max Donheiser</a></div>{paragraphs}'
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    "credits",
    [
        ("Redigat: Justus von Daniels",),
        ("Grafiken: Anna Lena Schmidt", "Redigat: Justus von Daniels, Anne Ramsauer"),
        ("Schlussredaktion: Jane Doe und John Smith",),
    ],
)
def test_an_editor_s_credit_closing_a_page_s_story_goes(credits: tuple[str, ...]) -> None:
    assert nutgraf.extract(_credited_page(*credits)).text.split("\n\n") == CORRECTIV


@pytest.mark.parametrize(
    "line",
    [
        # A label before a sentence, a writer's credit, and a role the list does not hold stay.
        "Redaktion: Die Zeitung hat die Zahlen bei allen Ländern abgefragt.",
        "Recherche: Max Donheiser",
        "Mitarbeit: Katarina Huth",
    ],
)
def test_a_closing_label_that_credits_no_editing_stays(line: str) -> None:
    assert nutgraf.extract(_credited_page(line)).text.endswith(line)


# A programme listing's row whose title closes on a question's or an exclamation's mark.

TV_STORY = [
    "Das ZDF setzt dagegen auf Fußball und zeigt das Spitzenspiel live, der Anpfiff ist um 20:30 Uhr.",
    "Wer lieber Filme sieht, findet bei Arte einen Klassiker mit Romy Schneider.",
]


@pytest.mark.parametrize(
    "row", ["20:15 Wetten, dass..?", "20:15 Achtung Kontrolle!", "21:00 Wer wird Millionär?"]
)
def test_a_listing_s_row_closing_on_a_mark_between_rows_goes_with_them(row: str) -> None:
    rows = ["20:00 Tagesschau", row, "22:45 Tatort: Das Wunder von Wolbeck"]
    text = "\n\n".join(["TV-Tipps für Samstag: Das läuft heute im Ersten", *rows, *TV_STORY])
    assert nutgraf.extract(text).text.split("\n\n") == TV_STORY


@pytest.mark.parametrize(
    "lines",
    [
        # A row alone, or beside one row only, is no listing's middle: it stays where it stood.
        ["20:15 Wetten, dass..?"],
        ["20:15 Wetten, dass..?", "22:45 Tatort: Das Wunder von Wolbeck"],
        # A live report's entry with its mark after the time is the story's, a question or not.
        ["20:00 Tagesschau", "20:15 – Wer hat das Tor geschossen?", "22:45 Tatort: Das Wunder von Wolbeck"],
    ],
)
def test_a_row_closing_on_a_mark_not_between_unmarked_rows_stays(lines: list[str]) -> None:
    text = "\n\n".join(["Der Abend im Fernsehen", TV_STORY[0], *lines, TV_STORY[1]])
    question = next(line for line in lines if line.endswith(("?", "!")))
    assert question in nutgraf.extract(text).text


# PolitiFact's "If Your Time is short" box, its points pasted as list items: the box's last item ends it.

FACT_CHECK_POINTS = [
    "Most Social Security payments have been made by direct deposit for years, and the Treasury stopped"
    " issuing most paper checks in September 2025.",
    "People who cannot use direct deposit can still get an exemption and be paid another way.",
]
FACT_CHECK_STORY = [
    "A Facebook post shared thousands of times claims that Social Security will stop mailing paper checks to"
    " all retirees in January.",
    "That is wrong. The Social Security Administration has made no such announcement, and retirees who"
    " already have an exemption will keep getting paid as before.",
    "An executive order signed in March 2025 told the Treasury Department to phase out paper checks for"
    " federal payments, with exceptions for people without bank accounts.",
]


def _fact_check(points: list[str]) -> str:
    return "\n\n".join(
        [
            "No, Social Security isn't ending paper checks for every retiree in January",
            "By Jon Greenberg",
            "December 3, 2026",
            "If Your Time is short",
            *points,
            *FACT_CHECK_STORY,
        ]
    )


def test_a_fact_check_s_box_of_listed_points_is_the_description() -> None:
    article = nutgraf.extract(_fact_check([f"• {point}" for point in FACT_CHECK_POINTS]))
    assert article.text.split("\n\n") == FACT_CHECK_STORY
    assert article.description == " ".join(FACT_CHECK_POINTS)


def test_a_fact_check_s_label_over_paragraphs_leaves_them_the_story_s() -> None:
    # Near miss: no item marks the box's end, and the paragraphs under the label stay, as under "In short".
    assert nutgraf.extract(_fact_check(FACT_CHECK_POINTS)).text.split("\n\n") == [
        *FACT_CHECK_POINTS,
        *FACT_CHECK_STORY,
    ]
