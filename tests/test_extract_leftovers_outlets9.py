"""Kinds of page furniture the ninth outlets round (tests/test_summary_outlets_ninth.py) left as strict xfails,
each read by a rule of its kind (in any outlet and language), beside news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from test_extract_leftovers_kinds import HEADLINE, LAST, LEDE, STORY

RELEASE = (
    "Northwind Energy Brings Texas Battery Storage Project Online\n\n{lede}\n\n"
    "The project can supply power to about 80,000 homes for four hours at peak demand."
)


@pytest.mark.parametrize(
    ("dateline", "news"),
    [
        # ACCESS Newswire's three fields, each closed by a spaced slash: every summary had opened on them.
        (
            "HOUSTON, TX / ACCESS Newswire / December 3, 2026 / ",
            "Northwind Energy Inc. today announced that its battery storage project has begun operation.",
        ),
        (
            "SALT LAKE CITY, UT / ACCESSWIRE / Dec. 3, 2026 / ",
            "Northwind Energy Inc. today announced that its battery storage project has begun operation.",
        ),
    ],
)
def test_a_release_wire_s_dateline_between_slashes_opens_no_summary(dateline: str, news: str) -> None:
    summary = nutgraf.summarize(RELEASE.format(lede=dateline + news), sentences=1)
    assert summary.sentences[0].text == news


@pytest.mark.parametrize(
    "lede",
    [
        # A business story naming a newswire company; places parted by slashes, dating nothing; a wire's
        # fields before words that go on in lower case; a currency pair and its rate, no place or month.
        "ACCESS Newswire, a press release distributor based in Raleigh, said on December 3, 2026 that its"
        " revenue rose.",
        "HOUSTON / DALLAS / AUSTIN / The three cities will share the new rail line, officials said.",
        "HOUSTON, TX / ACCESS Newswire / December 3, 2026 / and other releases were delayed by the outage.",
        "EUR / USD / 1.05 / The euro fell against the dollar for a third day on Tuesday.",
    ],
)
def test_news_with_a_newswire_s_name_or_slashes_keeps_its_opening(lede: str) -> None:
    summary = nutgraf.summarize(RELEASE.format(lede=lede), sentences=1)
    assert summary.sentences[0].text == lede


# A box the story below restates, every longer word of it but "viral" and "claims" told again (its summary-box
# rule asks for half; tests/test_extract_leftovers5.py has a lede that nothing restates).
POINT = "A viral post claims Nairobi County will sack teachers. But the governor says it will hire 1,000 in January."


@pytest.mark.parametrize("label", ["IN SHORT:", "In short:", "Summary:", "Key points:", "En bref :"])
def test_a_summary_box_s_label_opening_the_first_paragraph_makes_it_the_description(label: str) -> None:
    # Africa Check's "IN SHORT: ..." paragraph over the story: it had stayed, and every summary opened on its
    # first sentence, label and all.
    article = nutgraf.extract(
        f"{HEADLINE}\n\nBy Jane Doe\n\n3 December 2026\n\n{label} {POINT}\n\n{LEDE}\n\n{STORY}"
    )
    assert article.description == POINT
    assert article.text == f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    "text",
    [
        # The label closing the story, under its prose (a column's last word); over nothing more of it; the
        # label before words in lower case, a sentence going on; "In short" before a comma.
        f"{HEADLINE}\n\n{LEDE}\n\n{STORY}\n\nIn short: {POINT}",
        f"{HEADLINE}\n\nIn short: {LEDE}",
        f"{HEADLINE}\n\nIn short: the county will hire 1,000 teachers in January, the governor said.\n\n{STORY}",
        f"{HEADLINE}\n\nIn short, the county will hire 1,000 teachers in January, the governor said.\n\n{STORY}",
    ],
)
def test_a_paragraph_opening_on_words_like_a_summary_s_label_in_or_under_the_story_stays(text: str) -> None:
    article = nutgraf.extract(text)
    assert article.description is None
    assert text.partition("\n\n")[2] == article.text


def test_a_comment_box_s_guidelines_closing_on_a_call_to_read_them_leave_the_text_with_their_heading() -> (
    None
):
    # National World's under every story: its heading and a paragraph closing on the call to read the rules
    # before commenting, which a summary had taken (the call had left only as a line of its own).
    guidelines = (
        "Comment Guidelines\n\nNational World encourages reader discussion on our stories. User feedback, insights"
        " and back-and-forth exchanges add a rich layer of context to reporting. Please review our Community"
        " Guidelines before commenting."
    )
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{guidelines}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # A request reported, a site's rules a story tells of, a call a speaker made.
        "The paper asked readers to please review its community guidelines before commenting on the trial.",
        "Meta said its community guidelines ban threats. Users must review the rules before posting again.",
        "Please review our guidelines before commenting, the council's moderators told residents on Tuesday.",
    ],
)
def test_news_of_a_site_s_comment_guidelines_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)


CAPTION = (
    "State Sen. Tracy McCreery, a St. Louis County Democrat, speaks during a hearing in the Missouri Senate in"
    " 2025 (Tim Bommel/Missouri House Communications)."
)


def test_a_caption_closing_on_its_credit_in_brackets_before_its_stop_leaves_the_text() -> None:
    # States Newsroom's caption over the lede, its photographer and the paper after a slash in brackets
    # before the stop: it had stayed, and every summary opened on it.
    assert clean_text(f"{HEADLINE}\n\n{CAPTION}\n\n{LEDE}\n\n{STORY}").text == f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    "news",
    [
        # A poll's name and a pair in brackets name no person before the slash; a sentence past another
        # stop; one that says who said it.
        "Support for the cap rose to 61 per cent among voters over 65 this year (Reuters/Ipsos).",
        "The council will choose between the two routes next year (Plan A/Plan B).",
        "Turnout was low. Officials blamed the rain that fell all day in 2025 (Jane Smith/County Clerk).",
        "Seniors' bills rose by a third, the senator said in 2025 (Tracy McCreery/Missouri Senate).",
        # Two pollsters' names, or a pollster's and its paper's, after a poll's share or its word.
        "Support for the cap rose to 61 per cent among voters over 65 this year (CBS News/YouGov).",
        "Half of voters back the plan, up from 38% in March (Emerson College/The Hill).",
        "Die Zustimmung zur SPD liegt in der jüngsten Umfrage bei 16 Prozent (Forschungsgruppe Wahlen/ZDF).",
    ],
)
def test_a_sentence_closing_on_a_bracket_with_a_slash_that_credits_no_photo_stays(news: str) -> None:
    assert news in clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{news}\n\n{STORY}").text


NETWORK = (
    "Missouri Independent is part of States Newsroom, a nonprofit news network supported by grants and a"
    " coalition of donors as a 501c(3) public charity. Missouri Independent maintains editorial independence."
    " Contact Editor Jason Hancock for questions: info@missouriindependent.com."
)
TERMS = (
    "Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask"
    " that you edit only for style or to shorten, provide proper attribution and link to our website."
)


@pytest.mark.parametrize(
    "closing",
    [
        # States Newsroom's under every story: the network's account of its newsroom, its button, its terms.
        f"{NETWORK}\n\nSUPPORT NEWS YOU TRUST.\n\n{TERMS}",
        NETWORK,
        TERMS,
        "SUPPORT NEWS YOU TRUST.",
    ],
)
def test_a_network_s_account_its_support_button_and_its_republishing_terms_leave_the_text(
    closing: str,
) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{closing}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # A story's closing paragraph on a network, its licence, or a campaign's call, said by someone or
        # going on.
        "The Missouri Independent is part of States Newsroom, a nonprofit news network, its editor said.",
        "The agency's stories may be republished under Creative Commons license, the court ruled on Tuesday.",
        # "Our" stories in an editorial's own words, under no licence.
        "Our stories may be republished by any outlet under the new law, which takes effect in January.",
        "Support local news by buying a paper on Sunday, the publisher urged readers at the meeting.",
        "Support for local news fell to a record low in the poll.",
    ],
)
def test_news_of_a_network_a_licence_or_support_for_news_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)


def test_a_byline_over_the_writer_s_job_and_address_in_one_paragraph_is_read() -> None:
    # The Jamaica Observer's three lines in one paragraph: joined as a narrow wrap, no names were read.
    particulars = "BY ALICIA DUNKLEY-WILLIS\nSenior staff reporter\ndunkleywillisa@jamaicaobserver.com"
    article = clean_text(f"{HEADLINE}\n\n{particulars}\n\n{LEDE}\n\n{STORY}")
    assert article.byline == "ALICIA DUNKLEY-WILLIS"
    assert article.text == f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    "wrapped",
    [
        "By the end of the year the city council\nhad approved a new budget for the roads\nand parks of the city,"
        " officials said.",
        # Broken before a capital: no names after "By" on the first line.
        "By the end of the year Nairobi County\nGovernor Johnson Sakaja had approved a budget\nfor the roads and"
        " parks of the city, officials said.",
    ],
)
def test_a_wrapped_paragraph_opening_on_by_stays_one_paragraph(wrapped: str) -> None:
    # A sentence opening on "By", broken at a narrow width: one paragraph still.
    article = clean_text(f"{HEADLINE}\n\n{wrapped}\n\n{LEDE}\n\n{STORY}")
    assert article.byline is None
    assert article.text.startswith(wrapped.replace("\n", " "))


FINNISH_LEDE = (
    "Tampereen raitiotien uusi haara valmistuu jo syksyllä 2027, vuotta aiemmin kuin oli suunniteltu, kertoi"
    " kaupunki keskiviikkona."
)
FINNISH_STORY = "Uusi osuus on noin kaksi kilometriä pitkä, ja sen varrelle rakennetaan kolme pysäkkiä."


@pytest.mark.parametrize("stamp", ["3.12. 15:20 | Päivitetty 3.12. 16:05", "3.12. 15:20", "03.12. 9.05"])
def test_a_stamp_without_its_year_under_the_names_makes_them_the_byline(stamp: str) -> None:
    # Aamulehti's names over the paper's name and its stamp of the day and month: read as no stamp, the
    # names had been no byline.
    article = clean_text(
        f"Ratikan uusi osuus valmistuu vuotta etuajassa\n\nAnna Virtanen\n\nAamulehti\n\n{stamp}\n\n"
        f"{FINNISH_LEDE}\n\n{FINNISH_STORY}"
    )
    assert article.byline == "Anna Virtanen"
    assert article.text == f"{FINNISH_LEDE}\n\n{FINNISH_STORY}"


def test_an_event_s_day_and_time_under_its_venue_below_the_standfirst_makes_no_byline() -> None:
    # A listing's entry under the first paragraph: the venue's name over the day and month of the concert,
    # with no year, had been read as the writer's names over the story's stamp.
    text = f"Joulukonsertti tulee taas\n\n{FINNISH_LEDE}\n\nTampere Filharmonia\n\n3.12. 19:00\n\n{FINNISH_STORY}"
    assert clean_text(text).byline is None


@pytest.mark.parametrize(
    "news",
    [
        # A time in prose, a day and a time opening a sentence, an entry of a timetable with its words.
        "At 15:20 the train left the station, and the next one came an hour later.",
        "3.12. 15:20 juna lähti asemalta, ja seuraava tuli tuntia myöhemmin.",
        "3.12. 15:20 Tampere – Helsinki",
    ],
)
def test_a_day_and_a_time_in_a_line_of_words_stays(news: str) -> None:
    assert news in clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{news}\n\n{STORY}").text


@pytest.mark.parametrize(
    "pitch",
    [
        # The Namibian's under every story, and a pitch naming reporting closing on its button after a dash.
        "Stay informed with The Namibian – your source for credible journalism. Get in-depth reporting and"
        " opinions for only N$85 a month. Invest in journalism, invest in democracy – Subscribe Now!",
        "Independent reporting on the valley for all – Subscribe today",
    ],
)
def test_a_subscription_pitch_closing_on_its_button_under_the_story_leaves_the_text(pitch: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{pitch}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # A pitch a story reports, said by someone; a price of something else, no button; a button's words
        # going on in a sentence.
        "The paper's new ads urge readers to invest in journalism – subscribe now, the editor told staff.",
        "The streaming service will cost $5 a month from January, the company said.",
        "Readers who value local reporting can subscribe now at a lower price until the end of the year.",
    ],
)
def test_news_of_subscriptions_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)


@pytest.mark.parametrize(
    "notice",
    [
        # The Jamaica Observer's under every story, and a notice of an e-edition with its link.
        "Now you can read the Jamaica Observer ePaper anytime, anywhere. The Jamaica Observer ePaper is available"
        " to you at home or at work, and is the same edition as the printed copy available at"
        " https://bit.ly/epaper-login",
        "The Valley Times e-paper is the same edition as the printed copy, on your phone or tablet at"
        " www.valleytimes.example/epaper.",
        "Download the e-paper at www.valleytimes.example.",
    ],
)
def test_a_digital_edition_s_notice_with_its_link_under_the_story_leaves_the_text(notice: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{notice}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # News of an e-paper, with no link or said by someone.
        "The Observer launched its ePaper in 2012, and about 40,000 readers now use it every day.",
        "The paper's e-edition at https://example.com was down for hours on Tuesday, the company said.",
        # Unattributed news of an e-paper with a link inside the telling or closing it, to no reader.
        "The ePaper, launched in 2012 at www.observer.com, now has 40,000 readers who use it every day.",
        "The Guardian's ePaper edition will close next month; readers will be redirected to www.theguardian.com.",
    ],
)
def test_news_of_a_digital_edition_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)
