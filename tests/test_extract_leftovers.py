"""Extraction defects the eleventh round left, each on a page of the shape it was seen on, beside news of a
like shape that must come out as it did."""

from __future__ import annotations

import nutgraf
from nutgraf.extract.text import word_count

STORY = [
    "Den nye elektriske ferja mellom Moss og Horten blir ikke satt i drift før sommeren 2025. Det bekrefter"
    " Bastø Fosen overfor NRK.",
    "Årsaken er forsinkelser ved verftet i Tyrkia, der ferja bygges. Batteripakken på skipet har måttet bygges"
    " om etter at den ikke besto testene i vinter.",
    "– Vi er selvsagt skuffet, men sikkerheten må komme først, sier administrerende direktør Øyvind Lund.",
    "Fram til den nye ferja er klar, vil en av de gamle dieselferjene fortsette å gå i sambandet. Det betyr at"
    " utslippene fra sambandet blir om lag 4000 tonn CO₂ høyere enn planlagt.",
]


def _story_page(between: str, after: str = "") -> str:
    """An NRK-like story page with ``between`` set among its paragraphs and ``after`` beside the article."""
    paragraphs = [f"<p>{paragraph}</p>" for paragraph in STORY]
    body = "".join(paragraphs[:3]) + between + paragraphs[3]
    return (
        '<html lang="nb"><head><title>Elferja over Oslofjorden er forsinket i ett år – NRK</title></head><body>'
        '<header class="nrk-masthead"><a href="/">NRK</a></header><main><article class="article">'
        '<header class="article-header"><h1>Elferja over Oslofjorden er forsinket i ett år</h1></header>'
        f'<div class="article-body">{body}</div></article>{after}</main></body></html>'
    )


FACTS = (
    "Norges mest trafikkerte ferjesamband med rundt 1,8 millioner passasjerer i året.",
    "Overfarten tar 30 minutter.",
    "Tre av fire ferjer går i dag på strøm.",
)


def _fact_box(name: str) -> str:
    items = "".join(f"<li>{fact}</li>" for fact in FACTS)
    return (
        f'<aside class="{name}"><div class="fact-header"><h2>Fakta om sambandet Moss–Horten</h2></div>'
        f'<div class="fact-body"><ul>{items}</ul></div><button class="fact-toggle">Vis mer</button></aside>'
    )


def test_a_fact_box_between_the_story_s_paragraphs_is_the_story_s():
    # NRK sets "Fakta om ..." in an <aside> between two paragraphs: its figures are the story's, and they had
    # gone with the page's asides (r11-no-nrk-ferje .830).
    for name in ("fact compilation-fact", "FactBox", "faktaboks"):
        text = nutgraf.extract(_story_page(_fact_box(name))).text
        assert "Fakta om sambandet Moss–Horten" in text, name
        assert all(fact in text for fact in FACTS), name
        assert text.index(STORY[2]) < text.index(FACTS[0]) < text.index(STORY[3])
        assert "Vis mer" not in text


def test_asides_that_are_no_fact_box_still_go():
    # A box of other stories' links named for facts, a fact box beside the article rather than in it, and an
    # aside of another name between the paragraphs are not the story's.
    links = "".join(
        f'<li><a href="/norge/{i}">Ferjeprisene i Vestland kuttes med {i}0 prosent</a></li>'
        for i in (1, 2, 3)
    )
    related = f'<aside class="facts-related"><h2>Les også</h2><ul>{links}</ul></aside>'
    beside = '<aside class="fact">' + "".join(f"<p>{fact}</p>" for fact in FACTS) + "</aside>"
    quote = '<aside class="artifact-note"><p>Overfarten tar 30 minutter.</p></aside>'
    for between, after in ((related, ""), ("", beside), (quote, "")):
        text = nutgraf.extract(_story_page(between, after)).text
        assert "Les også" not in text and "kuttes" not in text
        assert FACTS[0] not in text
        assert text.count("Overfarten tar 30 minutter.") == 0
        assert all(paragraph in text for paragraph in STORY)


METRO = [
    "В Москве в понедельник открыли новую линию метро, которая соединила два района города. Об этом сообщил мэр.",
    "По его словам, линия станет частью большого кольца, строительство которого продлится до 2030 года.",
]


def _metro_text(line: str) -> str:
    """The text of a story page whose body opens with ``line`` above the paragraphs of :data:`METRO`."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in (line, *METRO))
    return nutgraf.extract(
        f"<html><body><article><h1>Новая линия метро открылась</h1>{body}</article></body></html>"
    ).text


def test_a_cyrillic_date_line_under_a_capitalised_weekday_is_a_stamp():
    # A page's date line capitalises its weekday: only "понедельник" in lower case had been read as one, and
    # "Понедельник, 12 мая 2025, 10:05" stayed the story's first line.
    for line in (
        "Понедельник, 12 мая 2025, 10:05",
        "ПЯТНИЦА, 16 МАЯ 2025",
        "П’ятниця, 16 травня 2025, 10:05",
        "Четвртак, 16. мај 2024, 10:05",
        "Събота, 4 септември 2024 г., 10:05",
    ):
        assert _metro_text(line).startswith(METRO[0]), line


def test_a_heading_counting_things_before_a_year_is_no_date():
    # "мар" opened a month whatever followed it: "12 маршрутов 2024 года" (twelve routes of 2024) went as a
    # date stamp.
    for line in ("12 маршрутов 2024 года", "12 сенаторов 2024 года", "5 новых станций 2025 года"):
        assert _metro_text(line).startswith(line + "\n"), line
    # Months cut short or in their case endings are still dates.
    for line in ("16 дек. 2024, 10:05", "16 сентября 2024", "3 листопада 2024"):
        assert _metro_text(line).startswith(METRO[0]), line


STORM = [
    ("10:50", "Dublin Airport has reopened."),
    (
        "10:42",
        "Power has been restored to 40,000 homes in Galway and Mayo, ESB Networks said this morning. Crews are"
        " still working in Donegal.",
    ),
    ("10:31", "All Luas lines are running again."),
    (
        "10:15",
        "Met Éireann has lifted the red warning for Galway, Mayo and Sligo, but an orange wind warning stays in"
        " place until 3pm.",
    ),
]


def _live_blog(first: str = "") -> str:
    """A live blog whose posts, each a <div class="post"> of one paragraph, are :data:`STORM`, under ``first``."""
    posts = "".join(f'<div class="post"><time>{time}</time><p>{text}</p></div>' for time, text in STORM)
    return (
        '<html><body><header><a href="/">RTÉ</a><nav><a href="/news">News</a></nav></header><main>'
        f'<div class="live-header">{first}<h1>Storm Éowyn live: red warnings lifted as clean-up begins</h1>'
        f'<p class="byline">By Sean Murray</p></div><div class="live-feed">{posts}</div></main></body></html>'
    )


def test_a_live_blogs_first_post_of_a_few_words_stays():
    # trafilatura takes the first post for the article, too short for one, and puts it above the headline:
    # it stayed there only as a line of 8 words or more, and "Dublin Airport has reopened." was lost.
    assert nutgraf.extract(_live_blog()).text == "\n\n".join(text for _, text in STORM)


def test_a_kicker_above_a_live_blogs_headline_still_goes():
    # A kicker or a section's name above the headline ends no sentence: it stays out of the text.
    for kicker in ('<p class="kicker">Live updates</p>', '<a class="section" href="/weather">Weather</a>'):
        assert nutgraf.extract(_live_blog(kicker)).text == "\n\n".join(text for _, text in STORM)


TOUR = [
    "The band that split up in 2011 after a row on stage at a festival has announced a reunion tour of twenty"
    " dates across Europe next spring.",
    "The singer posted the news on Wednesday morning, alongside a photograph of the four members standing"
    " outside the pub where they played their first concert in 1996.",
    "Tickets go on sale on Friday, and the band said a new album would follow in the autumn.",
]


def _tour_page(under_headline: str) -> nutgraf.Article:
    """A magazine's story page with ``under_headline`` right under its headline and a meta description."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in TOUR)
    return nutgraf.extract(
        '<html><head><title>Band announces reunion tour</title><meta name="description" content="Twenty dates'
        ' across Europe, and an album in the autumn."></head><body><main><article><div class="post-header">'
        f'<h1>Band announces reunion tour</h1>{under_headline}</div><div class="post-content">{body}</div>'
        "</article></main></body></html>"
    )


def test_a_desks_byline_and_date_is_no_description():
    # A credit to a desk, not a person, before the date ("By Music desk · 3 May 2025") read as no byline, and
    # so was the header's dek: the article's description, shown over its summary.
    for line in (
        '<p class="post-meta">By <a href="/contributors/music-desk">Music desk</a> · 3 May 2025 · 6 min read</p>',
        '<p class="post-meta">By Culture team | 2025-05-03</p>',
        '<p class="meta">Von Kulturredaktion · 3. Mai 2025</p>',
    ):
        article = _tour_page(line)
        assert article.description == "Twenty dates across Europe, and an album in the autumn.", line
        assert article.text == "\n\n".join(TOUR)


def test_a_dek_opening_on_by_is_still_the_description():
    # A dek that opens on "By" and names a date is a sentence of the story, no credit: it stays the
    # description.
    for dek in (
        "By next spring, the band will have played twenty dates across Europe",
        "By 2026 – a decade after their last show – the four will be back on stage",
    ):
        article = _tour_page(f'<p class="standfirst">{dek}</p>')
        assert article.description == dek
        assert article.text == "\n\n".join(TOUR)


DOOBIES = [
    "The Doobie Brothers and Michael McDonald surprised fans in Nashville on Monday night, sharing the stage for"
    " the first time in years before announcing a tour for the band's 50th anniversary.",
    "The 2020 North American tour opens in June and runs through September, with a set that mixes the band's"
    " early hits with the songs McDonald sang in the late seventies.",
    "Music from the band's new box set will be played for the first time on the road, guitarist Patrick"
    " Simmons said, adding that the four had rehearsed for weeks.",
] * 3


def _magazine_page(head: str) -> nutgraf.Article:
    """A music magazine's story page (:data:`DOOBIES`, 150 words and more) with ``head`` in its <head>."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in DOOBIES)
    return nutgraf.extract(
        f"<html><head><title>Doobie Brothers Unite With Michael McDonald – Rolling Stone</title>{head}</head>"
        "<body><main><article><h1>Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour</h1>"
        f"{body}</article></main></body></html>"
    )


SLOGAN = '<meta name="description" content="Music, Film, TV and Political News Coverage">'
OWN = (
    "A surprise show in Nashville, and a 2020 North American tour with McDonald back on stage for the band's"
    " 50th anniversary."
)


def test_the_sites_slogan_yields_to_the_articles_own_description():
    # A theme writes the site's slogan as the first meta description, an SEO plugin the article's own after
    # it; the slogan shares "music" with the story, and it was the article's description.
    for own in (
        f'<meta name="description" content="{OWN}">',
        f'<meta property="og:description" content="{OWN}">',
    ):
        assert _magazine_page(SLOGAN + own).description == OWN, own


def test_a_description_sharing_a_word_with_its_story_stays_where_no_other_says_more():
    # A description sharing one word with the story stands where the page writes no other (nothing tells it
    # from a terse dek), or where the other shares no more with the story (a social card's call).
    lines = "Music, Film, TV and Political News Coverage"
    assert _magazine_page(SLOGAN).description == lines
    call = '<meta name="twitter:description" content="Watch the clip and share your reaction">'
    assert _magazine_page(SLOGAN + call).description == lines
    # Nor does a description sharing more than one word yield to a longer one.
    terse = "Fifty years on, the Doobies go back on the road with McDonald"
    assert (
        _magazine_page(
            f'<meta name="description" content="{terse}"><meta name="description" content="{OWN}">'
        ).description
        == terse
    )


def test_a_description_yields_to_no_other_that_shares_only_one_word():
    # An other description sharing a single word is no less a slogan by the same test: a dek sharing none
    # with the story had yielded to Rolling Stone's slogan and to a social card's line, shown over the
    # summary as the article's description.
    terse = '<meta name="description" content="A reunion nobody expected this summer">'
    for other in ("Music, Film, TV and Political News Coverage", "The latest music news from Rolling Stone"):
        description = _magazine_page(
            f'{terse}<meta name="twitter:description" content="{other}">'
        ).description
        assert description != other, other


MEMOIR = [
    "She grew up on the coast and moved inland when she was twelve, to a town of orchards and long winters.",
    "Her mother kept bees; her father repaired clocks in a shop that smelled of oil and brass.",
    "Years later she would write that the ticking was the first music she knew, and the hum of the hives the"
    " second.",
]


def _opening(first: str, lang: str = "en") -> str:
    """The first line of the text of an essay page whose first paragraph is ``first`` (a drop cap's markup)."""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in (first, *MEMOIR))
    page = (
        f'<html lang="{lang}"><body><article><h1>The clockmaker’s daughter</h1>{body}</article></body></html>'
    )
    return nutgraf.extract(page).text.split("\n", 1)[0]


def test_a_drop_cap_i_before_a_word_of_its_own_stays_apart():
    # An essay opening "I am" with its "I" a drop cap, a template's space after it: the writer says "I"
    # nowhere else and "am" stands nowhere else, so the two were joined into "Iam".
    first = "I am the daughter of a clockmaker, and my first memory is of sound."
    assert _opening(f'<span class="dropcap">I</span> {first[2:]}') == first
    assert _opening(f'<span class="dropcap">\n  I\n</span>\n{first[2:]}') == first
    # Nor does a space before an apostrophe part "I’m".
    assert (
        _opening('<span class="dropcap">I</span> ’m the daughter of a clockmaker.')
        == "I’m the daughter of a clockmaker."
    )


def test_a_drop_cap_parted_from_the_rest_of_its_word_is_still_joined():
    # The rest of a word, no word of the language: "I t", "W ASHINGTON", "T he" are still one word each.
    assert _opening('<span class="dropcap">I</span> t was the summer the river froze twice.') == (
        "It was the summer the river froze twice."
    )
    assert _opening('<span class="dropcap">W</span> ASHINGTON — The clockmaker’s shop closed on Monday.') == (
        "WASHINGTON — The clockmaker’s shop closed on Monday."
    )
    assert (
        _opening('<span class="dropcap">I</span> nverness was where she was born.')
        == "Inverness was where she was born."
    )


def test_a_drop_cap_before_a_common_word_it_begins_is_still_joined():
    # Only the pronoun "I" is a word of one letter before a common word: "E very", "F our", "S even" and "M any"
    # had stayed apart where the word they make stood nowhere else on the page, and "I an Smith" and "I ran's"
    # are no pronoun's.
    for letter, rest in (
        ("E", "very year, the town holds a fair."),
        ("F", "our people were hurt in the crash."),
        ("S", "even people died in the fire."),
        ("M", "any residents were angry."),
        ("I", "an Smith, the council's leader, said the plan would go ahead."),
        ("I", "ran's president said on Monday that talks would resume."),
        # A third person's verb after the word: Iran's news, which had stayed "I ran has rejected".
        ("I", "ran has rejected the proposal, its foreign minister said on Monday."),
        ("I", "ran is ready to resume talks, its president said."),
    ):
        assert _opening(f'<span class="dropcap">{letter}</span> {rest}') == letter + rest, rest
    # The pronoun before a verb stays apart.
    first = "I ran the shop for forty years after my father died."
    assert _opening(f'<span class="dropcap">I</span> {first[2:]}') == first


BIJULI = [
    "नेपाल विद्युत् प्राधिकरणको बिजुली चुहावट चालु आर्थिक वर्षको दस महिनामा घटेर १२ प्रतिशतमा झरेको छ। गत वर्ष यही"
    " अवधिमा चुहावट १३.४६ प्रतिशत थियो।",
    "प्राधिकरणका कार्यकारी निर्देशक कुलमान घिसिङले चुहावट नियन्त्रणका लागि देशभर स्मार्ट मिटर जडान र पुराना तार फेर्ने"
    " काम भइरहेको बताए।",
]


def test_a_devanagari_word_counts_as_one_word():
    # Python's \w leaves out vowel signs and viramas: "पढ्नुहोस्" counted as four words, and a Nepali date
    # line of six words as eleven, past a stamp's eight, so it stayed the story's first line.
    assert word_count("यो पनि पढ्नुहोस्") == 3
    assert word_count("जेठ ३, २०८१ प्रकाशित ०७:१५ बजे") == 7
    assert word_count(" ".join(["प्राधिकरणका"] * 400)) == 400  # the long line's count, in numpy
    body = "".join(f"<p>{paragraph}</p>" for paragraph in ("जेठ ३, २०८१ प्रकाशित ०७:१५ बजे", *BIJULI))
    page = (
        f'<html lang="ne"><body><article><h1>बिजुली चुहावट घटेर १२ प्रतिशतमा</h1>{body}</article></body></html>'
    )
    assert nutgraf.extract(page).text == "\n\n".join(BIJULI)


def test_a_short_devanagari_paragraph_of_news_stays():
    # A paragraph of a few words that ends on the danda is the story's, whatever its count.
    short = "उनले राजीनामा दिएका छन्।"
    body = "".join(f"<p>{paragraph}</p>" for paragraph in (BIJULI[0], short, BIJULI[1]))
    page = (
        f'<html lang="ne"><body><article><h1>बिजुली चुहावट घटेर १२ प्रतिशतमा</h1>{body}</article></body></html>'
    )
    assert nutgraf.extract(page).text == "\n\n".join((BIJULI[0], short, BIJULI[1]))


def test_a_sentence_of_news_about_a_paywall_stays():
    # NZ Herald's "Access to Herald Premium articles require a Premium subscription. Subscribe now to listen."
    # is a notice (tests/test_summary_outlets_en.py); news that reports a paywall goes on after the word.
    news = [
        "Access to the paper's articles requires a subscription, the publisher said on Monday, ending 20 years of"
        " free news online.",
        "Readers will be able to read three stories a month without paying, it said.",
    ]
    page = "".join(f"<p>{paragraph}</p>" for paragraph in news)
    assert nutgraf.extract(
        f"<html><body><article><h1>Paper ends free news</h1>{page}</article></body></html>"
    ).text == ("\n\n".join(news))


def test_a_date_line_closing_on_a_meridiem_is_a_stamp():
    # "p.m." ends on a stop: "December 3, 2026, 2:20 p.m." and El Tiempo's "3 de diciembre de 2026, 02:20 p. m."
    # read as sentences, and stayed the story's first line.
    for stamp in (
        "December 3, 2026, 2:20 p.m.",
        "Dec. 3, 2026 at 9:05 a.m.",
        "3 de diciembre de 2026, 02:20 p. m.",
    ):
        body = "".join(f"<p>{paragraph}</p>" for paragraph in (stamp, *TOUR))
        page = f"<html><body><article><h1>Band announces reunion tour</h1>{body}</article></body></html>"
        assert nutgraf.extract(page).text == "\n\n".join(TOUR), stamp
        # Under the headline, it is no dek either: the article's description.
        assert _tour_page(f'<p class="date">{stamp}</p>').description != stamp


def test_a_short_sentence_closing_on_a_meridiem_stays():
    # A sentence naming a date and a time opens on its subject, not on the date.
    news = "Tickets go on sale on 5 December 2026 at 9 a.m."
    body = "".join(f"<p>{paragraph}</p>" for paragraph in (TOUR[0], news, TOUR[1]))
    page = f"<html><body><article><h1>Band announces reunion tour</h1>{body}</article></body></html>"
    assert nutgraf.extract(page).text == "\n\n".join((TOUR[0], news, TOUR[1]))


RATES = [
    "The Bank of England has held interest rates at 3.75%, saying inflation is falling more slowly than it"
    " expected.",
    "The Monetary Policy Committee voted six to three to keep rates on hold, with three members preferring a cut.",
    "Governor Andrew Bailey said the Bank needed to be sure inflation was on track before it cut rates further.",
    "Markets had expected the decision, and the pound was little changed after the announcement on Thursday.",
    "The Bank has cut rates four times since August 2024, from a peak of 5.25%, and meets again in February.",
]


def test_a_read_more_from_the_site_heading_and_its_headlines_go():
    # Sky News's "Read more from Sky News:" over two other stories' headlines stayed in the text
    # (tests/test_summary_outlets_en.py's uk_sky_news, a strict xfail before).
    pointer = "Read more from The Ledger:\nRetail sales fall for second month in a row\nWhy your mortgage might still be going up"
    text = nutgraf.extract("\n\n".join((*RATES[:2], pointer, *RATES[2:]))).text
    assert text == "\n\n".join(RATES)


def test_a_sentence_pointing_to_more_from_a_source_stays():
    news = "Read more from the council's report, which was published on Tuesday, on its website."
    text = nutgraf.extract("\n\n".join((*RATES[:2], news, *RATES[2:]))).text
    assert text == "\n\n".join((*RATES[:2], news, *RATES[2:]))


SCHOOLS = [
    "The Pinellas County School Board voted 5-2 on Tuesday to close Gulfport Elementary and Lakeview"
    " Fundamental Elementary at the end of the school year.",
    "Superintendent Kevin Hendrick said the district cannot keep paying to run buildings that are half empty.",
    "Students from Gulfport will move to Bay Vista Fundamental, and those from Lakeview to Fairmount Park"
    " Elementary, both within three miles.",
]


STANDFIRST = (
    "Enrollment has fallen by nearly 7,000 students in a decade. Parents at Gulfport and Lakeview say the district"
    " is breaking up their communities."
)


def test_a_desk_line_between_the_byline_and_the_stamp_goes():
    # "Times staff" under the Tampa Bay Times's byline, below the standfirst, stayed the line above the lede
    # (us_tampa_bay_times's strict xfail in tests/test_summary_outlets_en.py before).
    for desk in ("Times staff", "Staff writer", "Education reporter"):
        particulars = ("By Jeffrey S. Solochek", desk, "Published Dec. 3, 2026 | Updated Dec. 3, 2026")
        text = nutgraf.extract("\n\n".join((STANDFIRST, *particulars, *SCHOOLS))).text
        assert text == "\n\n".join((STANDFIRST, *SCHOOLS)), desk


def test_a_short_subheading_among_the_paragraphs_stays():
    text = "\n\n".join(
        ("By Jeffrey S. Solochek", "Published Dec. 3, 2026", SCHOOLS[0], "The vote", *SCHOOLS[1:])
    )
    assert nutgraf.extract(text).text == "\n\n".join((SCHOOLS[0], "The vote", *SCHOOLS[1:]))


def test_a_byline_with_the_writers_job_before_the_names_gives_the_names():
    # ABC News writes the job first: "By business reporter Emilia Terzon" was read as no byline (au_abc_news's
    # strict xfail in tests/test_summary_outlets_en.py before), and its line stayed above the lede.
    for byline, names in (
        ("By business reporter Emilia Terzon", "Emilia Terzon"),
        ("By chief political correspondent Jane Doe", "Jane Doe"),
    ):
        article = nutgraf.extract(
            "\n\n".join((STANDFIRST, byline, "Posted Tue 2 Dec 2026 at 2:30pm", *SCHOOLS))
        )
        assert article.byline == names
        assert article.text == "\n\n".join((STANDFIRST, *SCHOOLS))


def test_a_credit_to_a_job_alone_names_no_one():
    # A job with no names after it is no writer's name.
    article = nutgraf.extract(
        "\n\n".join((STANDFIRST, "By staff reporter", "Posted Tue 2 Dec 2026 at 2:30pm", *SCHOOLS))
    )
    assert article.byline is None


def test_a_rights_notice_opening_on_the_reservation_goes():
    # Punch closes its stories on "All rights reserved. This material ... may not be reproduced ...": it
    # opened on neither "©" nor "Copyright", and stayed the text's last paragraph (ng_punch's strict xfail in
    # tests/test_summary_outlets_en.py before).
    notice = (
        "All rights reserved. This material, and other digital content on this website, may not be reproduced,"
        " published, broadcast, rewritten or redistributed in whole or in part without prior express written"
        " permission from PUNCH."
    )
    assert nutgraf.extract("\n\n".join((*RATES, notice))).text == "\n\n".join(RATES)


def test_news_quoting_a_rights_reservation_stays():
    news = "All rights reserved, the label said in a statement, adding that it would take the site to court."
    assert nutgraf.extract("\n\n".join((*RATES[:3], news, *RATES[3:]))).text == "\n\n".join(
        (*RATES[:3], news, *RATES[3:])
    )


def test_a_rights_notice_saying_what_it_reserves_goes_and_news_quoting_the_reservation_stays():
    # A notice opening on the reservation goes on to the site's terms, a ban on reuse or the site's name; a
    # story about copyright may open a paragraph on the reservation, then its own news, which had gone.
    for notice in (
        "All rights reserved.",
        "All rights reserved. Terms under which this site is provided.",
        "All Rights Reserved. © 2026 Example Media Group",
        "All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
    ):
        assert nutgraf.extract("\n\n".join((*RATES, notice))).text == "\n\n".join(RATES), notice
    news = (
        "All rights reserved. Those three words, printed under every photograph in the archive, are at the"
        " centre of a case that reached the Supreme Court on Tuesday."
    )
    paragraphs = (*RATES[:3], news, *RATES[3:])
    assert nutgraf.extract("\n\n".join(paragraphs)).text == "\n\n".join(paragraphs)
    page = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    assert (
        news
        in nutgraf.extract(f"<html><body><article><h1>Rates held</h1>{page}</article></body></html>").text
    )


def test_the_closed_comments_line_goes():
    # News24's "Comments are closed for this article." closed its stories' text.
    for notice in ("Comments are closed for this article.", "Comments have been closed on this story."):
        assert nutgraf.extract("\n\n".join((*RATES, notice))).text == "\n\n".join(RATES), notice


def test_news_of_comments_being_closed_stays():
    news = "Comments are closed for now, the site said after the attack, and will reopen on Monday."
    assert nutgraf.extract("\n\n".join((*RATES[:3], news, *RATES[3:]))).text == "\n\n".join(
        (*RATES[:3], news, *RATES[3:])
    )


def test_a_long_call_in_pasted_text_goes():
    # Pasted text asked only lines of 20 words whether they were calls: the Mirror's 25-word call (uk_mirror's
    # strict xfail in tests/test_summary_outlets_en.py before) and the BBC's "Follow us on Twitter ..." under
    # its entertainment stories stayed, as a page's paragraph would not.
    for call in (
        "Don't miss the latest news from around the UK and the world - follow the Mirror on Google Discover and"
        " click the Follow button.",
        "Follow us on Twitter @BBCNewsEnts, on Instagram at bbcnewsents, or if you have a story suggestion email"
        " entertainment.news@bbc.co.uk.",
    ):
        assert nutgraf.extract("\n\n".join((*RATES, call))).text == "\n\n".join(RATES), call


def test_a_long_sentence_of_news_opening_like_a_call_stays():
    news = (
        "Don't miss the comet, astronomers said on Tuesday, as it will not return for 6,000 years and can be"
        " seen low in the west for an hour after sunset this week."
    )
    assert nutgraf.extract("\n\n".join((*RATES[:3], news, *RATES[3:]))).text == "\n\n".join(
        (*RATES[:3], news, *RATES[3:])
    )


def test_a_long_sentence_of_news_quoting_a_call_stays():
    # A sentence of news that quotes a call and says who made it, or what it was, had gone as the page's own
    # long call, from a page's paragraphs and, once pasted lines were asked up to 40 words, from pasted text.
    for news in (
        "Subscribe to the newsletter, Mr Musk wrote on X on Sunday, in a post that linked to a page selling $100"
        " memberships and that was viewed more than 20 million times.",
        "Sign up to our newsletter was the last line of the email that the fraudsters sent to 40,000 customers of"
        " the bank, police said, urging anyone who clicked the link to call them.",
        "Join our WhatsApp group, the message read, and thousands did, before the police said on Friday that the"
        " group had been set up by scammers to collect people's bank details.",
    ):
        paragraphs = (*RATES[:3], news, *RATES[3:])
        assert nutgraf.extract("\n\n".join(paragraphs)).text == "\n\n".join(paragraphs), news
        page = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        article = nutgraf.extract(f"<html><body><article><h1>Rates held</h1>{page}</article></body></html>")
        assert news in article.text, news
    # A call's own infinitive is no report.
    call = (
        "Subscribe now to read, watch and listen to every story on our website and in our app, with your first"
        " month free and no commitment."
    )
    assert nutgraf.extract("\n\n".join((*RATES, call))).text == "\n\n".join(RATES)


def test_a_long_call_to_catch_all_the_news_goes():
    # Hindustan Times closes its stories on a call of two sentences and 21 words, which opened on no long
    # call's verb (in_hindustan_times's strict xfail in tests/test_summary_outlets_en.py before).
    call = (
        "Catch all the Latest News, Breaking News and Top Headlines on Hindustan Times. Download the Hindustan"
        " Times App for latest updates."
    )
    assert nutgraf.extract("\n\n".join((*RATES, call))).text == "\n\n".join(RATES)


def test_a_long_sentence_of_news_on_catching_stays():
    news = (
        "Catch limits for cod in the North Sea will be cut by a fifth next year, the ministers agreed after two"
        " days of talks in Brussels."
    )
    assert nutgraf.extract("\n\n".join((*RATES[:3], news, *RATES[3:]))).text == "\n\n".join(
        (*RATES[:3], news, *RATES[3:])
    )
