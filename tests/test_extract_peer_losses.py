"""Extraction defects of the pages where nutgraf scored below a peer (bench/extraction_pages), each on a
page of the shape it was seen on, beside news worded like the furniture that must stay."""

from __future__ import annotations

import nutgraf
from nutgraf.extract.html.body import without_feedback_box, without_preheader

STEPS = [
    "If your radiator is cold at the top and warm at the bottom, air is trapped inside it. Bleeding it lets"
    " the air out, so that hot water fills it again.",
    "Turn the heating off and let the radiators cool. Hot water can spray out when you open the valve, so"
    " wait at least an hour.",
    "Hold a cloth under the valve and turn the key a quarter turn anticlockwise. You will hear a hiss as the"
    " air escapes.",
    "Close the valve as soon as water appears. Turn the key clockwise until it is tight, but do not force it.",
]


def _how_to(after: str) -> str:
    """A how-to page as a how-to site writes it: its lede, its steps in a list, then ``after`` under them in
    the article's block."""
    steps = "".join(
        f"<li><div class='step'><b>{step.split('. ')[0]}.</b> {step.partition('. ')[2]}</div></li>"
        for step in STEPS[1:]
    )
    return (
        "<html><head><title>How to Bleed a Radiator</title></head><body><header><a href='/'>HowToHome</a>"
        "</header><div id='bodycontents'><h1>How to Bleed a Radiator</h1>"
        f"<div class='mf-section-0'><p>{STEPS[0]}</p><div class='section steps'><h3>Steps</h3>"
        f"<ol>{steps}</ol></div></div>{after}</div><footer><p>© 2024 HowToHome</p></footer></body></html>"
    )


def test_a_feedback_box_under_the_article_goes_with_the_links_under_it():
    # A how-to's "Was this article helpful?" with its buttons, then its related how-tos' heading and titles:
    # all had stayed as the article's last lines (howto-radiator .916, trafilatura .968).
    box = (
        "<div class='article_rating'><p>Was this article helpful?</p><button>Yes</button><button>No</button>"
        "</div><div id='related'><h2>Related how-tos</h2><a href='/1'>How to Fix a Dripping Tap</a>"
        "<a href='/2'>How to Hang a Shelf</a><a href='/3'>How to Paint a Door</a></div>"
    )
    text = nutgraf.extract(_how_to(box)).text
    assert text.startswith(STEPS[0])
    assert text.endswith("Turn the key clockwise until it is tight, but do not force it.")


def test_a_feedback_question_with_the_articles_prose_under_it_stays():
    # A question worded as the box's heads a section of the story, whose prose follows it; and one in a
    # story's sentence is no line of its own.
    paragraphs = [
        *STEPS[:2],
        "Was this guide useful?",
        "Readers who wrote to us said the quarter turn was the step they had been getting wrong for years.",
        "Photos by Jo Tanner",
    ]
    assert without_feedback_box(paragraphs) == paragraphs
    asked = [*STEPS[:2], "Was this article helpful? Most of the readers we asked said it was not."]
    assert without_feedback_box(asked) == asked


def test_a_feedback_question_with_the_articles_short_quotes_under_it_stays():
    # A story about a newspaper's reader survey, its question a subheading over the readers' answers: quotes
    # of a few words, no line of prose, but each ends a sentence as no button's label or link's title does.
    paragraphs = [
        *STEPS[:2],
        "Was this article helpful?",
        "“Yes, very,” said one reader.",
        "“Not really,” said another.",
    ]
    assert without_feedback_box(paragraphs) == paragraphs


NEWS = [
    (
        "A quay at last",
        "The council picked the cheaper of the two designs for the new quay on Tuesday. It will be built of"
        " steel piles rather than stone, and should be finished in eighteen months.",
    ),
    (
        "The boat that came home",
        "A wooden dinghy stolen from the sailing club more than fifty years ago turned up in a barn twenty"
        " miles inland, and the farmer who found it drove it back on a trailer.",
    ),
    (
        "Market hours",
        "From Monday the fish market opens at six instead of five, so that traders can use the new car park,"
        " which opens at half past five.",
    ),
]
GREETING = (
    "Good morning. This week the council finally chose a design for the new quay, and the sailing club found"
    " a boat that went missing in 1971."
)


def _block(inner: str) -> str:
    """A block of an e-mail newsletter as Mailchimp writes it: a table in a table, one cell each."""
    return (
        "<table class='mcnTextBlock'><tbody><tr><td class='mcnTextBlockInner'><table class='mcnTextContent"
        f"Container'><tr><td class='mcnTextContent'>{inner}</td></tr></table></td></tr></tbody></table>"
    )


def _newsletter(blocks: str) -> str:
    return (
        "<html><head><title>The Harbour Weekly: new quay, old boats</title></head><body><center><table"
        " id='bodyTable'><tr><td id='bodyCell'><table class='templateContainer'><tr><td id='templateBody'>"
        f"{blocks}</td></tr></table></td></tr></table></center></body></html>"
    )


def test_a_newsletters_web_version_keeps_its_headings_and_no_table_cells():
    # Each block a table of one cell: the greeting's came out as a table's row ("| Good morning. ... |"),
    # and every story's heading, opening its block, was left out (newsletter-web-version .869).
    # Its preheader, the e-mail's preview line and a link to this web version, had stayed over it.
    preheader = (
        "<table class='mcnTextBlock'><tr><td class='mcnTextContent'>Your Friday briefing from the harbour."
        " <a href='*|ARCHIVE|*'>View this email in your browser</a></td></tr></table>"
    )
    blocks = _block(f"<p>{GREETING}</p>") + "".join(
        _block(f"<h2>{heading}</h2><p>{story}</p>") for heading, story in NEWS
    )
    text = nutgraf.extract(_newsletter(preheader + blocks)).text
    assert text == "\n\n".join([GREETING, *(line for pair in NEWS for line in pair)])


def test_a_story_opening_on_a_link_to_view_in_a_browser_keeps_it():
    opening = "Scammers send messages that look like a bank's, asking you to view it in your browser."
    paragraphs = [opening, NEWS[0][1], NEWS[1][1]]
    assert without_preheader(paragraphs) == paragraphs


def test_a_story_opening_on_a_clause_about_viewing_in_a_browser_keeps_it():
    # No stop after it, but the words close the sentence's clause, not a preview's sentence or a bar: a
    # story's opening, kept; a preheader's preview ends a sentence or a bar before the link.
    opening = "The council published its decision on Tuesday, and readers can download it or view it in your browser"
    paragraphs = [opening, NEWS[0][1], NEWS[1][1]]
    assert without_preheader(paragraphs) == paragraphs
    preheader = "Trouble reading this? View it in your browser"
    assert without_preheader([preheader, *paragraphs]) == paragraphs


def test_a_heading_opening_a_box_the_text_leaves_out_stays_out():
    # A box of other stories between the story's paragraphs, its heading over its teasers: the paragraph
    # before the heading's box is no paragraph of the text, and the heading is not put in it.
    related = (
        "<div class='related'><div><h3>More from the harbour</h3><p>Ferry timetable changes this winter</p>"
        "</div></div>"
    )
    page = (
        "<html><head><title>The quay</title></head><body><article><h1>The quay</h1>"
        f"<p>{GREETING}</p><p>{NEWS[0][1]}</p>{related}<p>{NEWS[1][1]}</p><p>{NEWS[2][1]}</p>"
        "</article></body></html>"
    )
    assert "More from the harbour" not in nutgraf.extract(page).text


WISLA = [
    "Poziom Wisły w Warszawie spadł we wtorek do 52 centymetrów, najniżej od początku pomiarów. Wodociągi"
    " apelują o oszczędzanie wody.",
    "Z powodu niskiej wody wstrzymano rejsy tramwajów wodnych, a przy moście Poniatowskiego odsłoniły się"
    " piaszczyste łachy.",
    "Niski stan wody to kłopot nie tylko dla żeglugi. Elektrownie, które pobierają wodę z rzeki do chłodzenia,"
    " muszą ograniczać produkcję.",
    "Według Instytutu Meteorologii i Gospodarki Wodnej deszcz, który ma spaść w przyszłym tygodniu, nie"
    " wystarczy, by poziom rzeki wyraźnie wzrósł.",
]


def test_a_subheading_after_an_advert_and_a_related_box_stays():
    # trafilatura drops the Polish paper's h2.art_sub_title for its class, and nothing put it back: the
    # paragraph before it stood past an advert's slot and a "Czytaj także" box (intl3-pl-art-content .962).
    paragraphs = [f"<p class='art_paragraph'>{paragraph}</p>" for paragraph in WISLA]
    boxes = (
        "<div class='adviewDFPBanner'><span class='banLabel'>REKLAMA</span><div id='ad1'></div></div>"
        "<div class='art_embed relatedBox'><span>Czytaj także:</span> <a href='/x'>Susza hydrologiczna w"
        " połowie kraju</a></div><h2 class='art_sub_title'>Problem dla elektrowni</h2>"
    )
    page = (
        "<html lang='pl'><head><title>Wisła najniżej w historii</title></head><body><div class='art_content'>"
        f"<h1>Wisła najniżej w historii</h1>{''.join(paragraphs[:2])}{boxes}{''.join(paragraphs[2:])}"
        "</div></body></html>"
    )
    assert nutgraf.extract(page).text == "\n\n".join([*WISLA[:2], "Problem dla elektrowni", *WISLA[2:]])


AFFITTI = [
    "Il Comune di Milano vuole fissare un tetto di 90 notti all'anno per gli affitti brevi nelle zone"
    " centrali della città.",
    "«Non possiamo restare a guardare mentre i residenti se ne vanno», ha ammesso l'assessore Pierfrancesco"
    " Maran.",
    "Le associazioni dei proprietari hanno criticato la proposta. Secondo Confedilizia, un tetto spingerebbe"
    " molti a lasciare gli appartamenti vuoti.",
]


def _corriere(last_update: str) -> str:
    paragraphs = "".join(f"<p class='chapter-paragraph'>{paragraph}</p>" for paragraph in AFFITTI)
    return (
        "<html lang='it'><head><title>Affitti brevi, tetto di 90 notti</title></head><body><main><div"
        " class='body-article'><h1>Affitti brevi, tetto di 90 notti</h1><div class='chapter'>"
        f"{paragraphs}</div><p class='is-last-update'>{last_update}</p><p class='is-copyright'>© RIPRODUZIONE"
        " RISERVATA</p></div></main></body></html>"
    )


def test_a_closing_stamp_with_a_bar_before_its_time_goes():
    # Corriere's stamp under the story, its update's time after a bar: the bar had made it a line of fields,
    # and it stayed as the story's last line (r7-corriere-affitti .965).
    text = nutgraf.extract(_corriere("16 maggio 2024 (modifica il 16 maggio 2024 | 19:02)")).text
    assert text == "\n\n".join(AFFITTI)


def test_a_closing_line_of_fields_with_a_time_stays():
    # A bar before a date or before a name's time is still a line of fields: an exhibition's dates, a
    # timetable's entry closing a story.
    for line in ("29 November 2018 | 20 January 2019", "Linate–Fiumicino | 19:02"):
        assert nutgraf.extract(_corriere(line)).text.endswith(line)


TRAM = [
    "В субботу по Садовой улице впервые за девять лет прошёл трамвай. Линию закрыли в 2015 году, когда улицу"
    " начали перекладывать.",
    "Новый участок длиной 2,4 километра соединил Сенную площадь с Театральной. Трамваи будут ходить каждые"
    " семь минут.",
    "По расчётам комитета, новым маршрутом будут пользоваться около 25 тысяч человек в день. Больше всего его"
    " ждали жители Коломны.",
    "«Раньше я ездила на двух автобусах, теперь — на одном трамвае», — рассказала нам пенсионерка Галина"
    " Петровна.",
]


def _record(number: int, inner: str) -> str:
    return (
        f"<div id='rec{number}' class='r t-rec'><div class='t004'><div class='t-container'><div class='t-col"
        f" t-col_8'>{inner}</div></div></div></div>"
    )


def _tilda(between: str) -> str:
    """A Tilda page: a title record, two text records (each a div of lines parted by <br>), and ``between``
    them an image's record and ``between``."""
    text = "<div class='t-text t-text_md' field='text'>{}</div>"
    records = (
        _record(1, "<div class='t030__title t-title' field='title'>Трамвай возвращается на Садовую</div>")
        + _record(2, text.format("<br><br>".join(TRAM[:2])))
        + _record(
            3, "<img src='tram.jpg'><div class='t107__title t-name'>Первый рейс. Фото: Иван Смирнов</div>"
        )
        + between
        + _record(5, text.format("<br><br>".join(TRAM[2:])))
    )
    return (
        "<html lang='ru'><head><title>Трамвай возвращается на Садовую</title></head><body><div"
        f" id='allrecords' class='t-records'>{records}</div></body></html>"
    )


def test_a_heading_record_between_text_records_stays():
    # Tilda's heading is a record of its own, a div.t-heading between the text records: no <h2>, and no <p>
    # on either side, so nothing put it back between the paragraphs (r15-tilda-tram .957).
    heading = _record(
        4, "<div class='t127__title t-heading t-heading_xs' field='title'>Кто будет ездить</div>"
    )
    text = nutgraf.extract(_tilda(heading)).text
    assert text == "\n\n".join([*TRAM[:2], "Кто будет ездить", *TRAM[2:]])


def test_a_card_heading_over_a_teaser_the_text_leaves_out_stays_out():
    # A card of another story between the records, its div.card-heading over a teaser: the line after it is
    # no paragraph of the text, and the heading is not put in it.
    card = _record(
        4,
        "<div class='card'><div class='card-heading'>Читайте также</div><p>Метро на Васильевском острове"
        " закроют на ремонт</p></div>",
    )
    assert "Читайте также" not in nutgraf.extract(_tilda(card)).text


def test_a_heading_of_a_box_beside_the_story_stays_out():
    # A sign-up box and the comments' heading set between two of the story's paragraphs, each a div named
    # a heading alone in its box: they head no paragraph of the story, and are not put between them.
    quay = [NEWS[0][1], NEWS[1][1], NEWS[2][1], GREETING]
    for box, heading in (
        ("<div class='newsletter-box'><div class='heading'>Get the Harbour Weekly</div></div>", "Get the"),
        ("<div class='thread'><div class='comments-heading'>Comments (3)</div></div>", "Comments"),
    ):
        page = (
            "<html><head><title>The quay</title></head><body><article><h1>The quay</h1>"
            f"<p>{quay[0]}</p><p>{quay[1]}</p>{box}<p>{quay[2]}</p><p>{quay[3]}</p></article></body></html>"
        )
        assert nutgraf.extract(page).text == "\n\n".join(quay), heading
