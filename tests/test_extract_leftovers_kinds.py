"""Kinds of page furniture the outlet rounds left as strict xfails, each read by a rule of its kind (in any
outlet and language), beside news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.extract.text import clean_text
from world_news import PROSE, check_line_leaves

HEADLINE = "Nairobi to hire 1,000 teachers in January"
LEDE = (
    "Nairobi County will hire 1,000 teachers in January to ease a shortage that has left some classes with more"
    " than 80 pupils, the governor has said."
)
STORY = "The county has 1,400 teachers serving more than 60,000 pupils, according to its education office."
POINTS = (
    "• The teachers will be posted to the county's 229 public centres.\n\n"
    "• Some classes in the city have more than 80 pupils.\n\n"
)


@pytest.mark.parametrize("label", ["In Summary", "In short:", "Key points", "KEY POINTS:", "En bref"])
def test_a_key_points_box_over_the_byline_is_the_description_and_the_byline_and_stamp_are_read(
    label: str,
) -> None:
    # The Star's "In Summary" over two bullets, above "by SHARON MWENDE" and its stamp: the byline was looked
    # for above the prose only, the points were prose, so no byline was read and the stamp stayed.
    article = clean_text(
        f"{HEADLINE}\n\n{label}\n\n{POINTS}by SHARON MWENDE\n\n03 December 2026 - 16:20\n\n{LEDE}\n\n{STORY}"
    )
    assert article.byline == "SHARON MWENDE"
    assert article.text == f"{LEDE}\n\n{STORY}"
    assert article.description == (
        "The teachers will be posted to the county's 229 public centres. Some classes in the city have more than"
        " 80 pupils."
    )


IN_SHORT = "In short, the county will hire 1,000 teachers in January, the governor said."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The label over a paragraph, no list: the box's end is unknown, and it may be the story's first.
        (f"{HEADLINE}\n\nIn short:\n\n{LEDE}\n\n{STORY}", [LEDE, STORY]),
        # A heading over the story's own list, under its prose.
        (f"{HEADLINE}\n\n{LEDE}\n\nKey points\n\n{POINTS}{STORY}", [LEDE, POINTS.strip(), STORY]),
        # "In short" opening a sentence of news.
        (f"{HEADLINE}\n\n{IN_SHORT}\n\n{STORY}", [IN_SHORT, STORY]),
    ],
)
def test_a_story_s_own_points_and_words_like_a_label_s_stay(text: str, kept: list[str]) -> None:
    article = clean_text(text)
    assert article.description is None
    for paragraph in kept:
        assert paragraph in article.text


LAST = "The budget raises spending on roads and parks by 6 per cent and takes effect in January."


@pytest.mark.parametrize(
    "rules",
    [
        # The Japan Times' under every story.
        "With your current subscription plan you can comment on stories. However, before writing your first"
        " comment, please create a display name in the Profile section of your subscriber account page.",
        "You must be logged in to comment.",
        "You need to create an account to join the conversation. Comments are reviewed before they appear.",
    ],
)
def test_a_comment_box_s_rules_under_the_story_leave_the_text(rules: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{rules}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        "You can comment on the proposals until January 5 at the council's offices or on its website.",
        "Readers can comment on stories only after logging in with a verified account since the change.",
        "Users must log in to comment on the site now, the paper's editor told staff on Tuesday.",
        "\u201cYou can comment on stories, but not anonymously any more,\u201d the editor wrote to readers.",
        "You must be logged in to comment, the editor said, and many readers have not yet registered.",
        # Rules a story reports, or a request it reports, inside a sentence of news.
        "Under the new law, you must register to comment on the plans at the public hearings in May.",
        "The moderators' note asks readers to please keep comments civil during the trial of the mayor.",
        "Before posting your first comment on the forum, users must agree to rules the council drafted.",
    ],
)
def test_news_of_commenting_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)


@pytest.mark.parametrize(
    "appeal",
    [
        # Nation.Cymru's, under its heading "Support our Nation today" (a button no rule knows).
        "For the price of a cup of coffee a month you can help us create an independent, not-for-profit,"
        " national news service for the people of Wales, by the people of Wales.",
        "From just £3 a month, you can support us in keeping local news free for everyone in the valley.",
    ],
)
def test_an_appeal_priced_for_the_reader_under_the_story_leaves_the_text_with_its_heading(
    appeal: str,
) -> None:
    text = clean_text(
        f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\nSupport our Nation today\n\n{appeal}\n\nBecome a Supporter"
    )
    assert text.text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # A price that is news, a charity's appeal naming no news, an appeal someone is reported making.
        "For $5 a month, you can ride every bus in the city from January, the transit agency said on Tuesday.",
        "For just $10 a month you can help us feed a child in the valley, the charity's director told donors.",
        "For $5 a month you can help us fix potholes, the mayor's campaign says, and fund reporting of road faults.",
        "\u201cFor the price of a cup of coffee a month you can help us keep local news alive,\u201d the editor"
        " wrote to readers on Tuesday.",
    ],
)
def test_news_of_a_price_or_a_charity_s_appeal_stays(news: str) -> None:
    assert news in clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{news}\n\n{LAST}").text


@pytest.mark.parametrize(
    "call",
    [
        # TVN24's under every story: got a story? write to us at Kontakt24 (its service's name, no address).
        "Masz ciekawy temat? Napisz do nas na Kontakt24.",
        "Got a story? Email us through the form on our website.",
        "Haben Sie einen Hinweis? Schreiben Sie uns.",
        "¿Tienes una noticia? Escríbenos por WhatsApp.",
    ],
)
def test_a_call_for_tips_to_write_to_us_without_an_address_leaves_the_text(call: str) -> None:
    assert call not in clean_text(PROSE.format(line=call)).text


@pytest.mark.parametrize(
    "news",
    [
        # Whom to tell is someone else's, or the call is reported.
        "Have a story about the flood? Tell the police at once, officers urged residents on Tuesday.",
        "Got a story? Write to us, the station said.",
        # A line going on past the call: another sentence, or a speaker after a dash.
        "Got a story? Tell us. That was the paper's slogan on every front page in 1998.",
        "Masz ciekawy temat? Napisz do nas – apelowała policja.",
        # A story's question, no call to the reader.
        "What is the story? Police say the driver wrote to us last week asking for help.",
    ],
)
def test_a_question_and_a_call_to_others_or_reported_stays(news: str) -> None:
    assert news in clean_text(PROSE.format(line=news)).text


@pytest.mark.parametrize(
    "pointer",
    [
        # MarketWatch's between two paragraphs.
        "See: Why gasoline prices may fall below $3 a gallon by Christmas",
        "SEE: Fed holds rates steady as inflation cools",
    ],
)
def test_a_pointer_labelled_see_with_its_colon_leaves_the_text(pointer: str) -> None:
    assert pointer not in clean_text(PROSE.format(line=pointer)).text


@pytest.mark.parametrize(
    "news",
    [
        "See Table 2 for the survey's full results",
        "See you in court, the mayor told the developer after the vote on Tuesday.",
        "Seeing: a new exhibition of photographs opens at the city's gallery on Friday.",
        "See: The bridge will reopen in May, officials said.",
        # A science or legal story's reference to its own figure or to a case.
        "See: Figure 3 shows the rise in rents across the region",
        "See: Table 2 for the survey's full results",
        "See: Smith v. Jones, 2019",
        "See: Roe v Wade (1973)",
    ],
)
def test_a_line_opening_on_see_that_points_to_no_headline_stays(news: str) -> None:
    assert news in clean_text(PROSE.format(line=news)).text


def test_names_over_a_stamp_under_a_read_aloud_player_s_note_are_the_byline() -> None:
    # CNA's: the player's note, a sentence, had been taken for the story's second line of prose, and the
    # search for the byline had ended above "Goh Yan Han".
    article = clean_text(
        f"{HEADLINE}\n\nThe county says the move will ease a shortage of teachers in its public schools.\n\n"
        "Listen to this article\n\nThis audio is generated by an AI tool.\n\nGoh Yan Han\n\n"
        f"03 Dec 2026 05:30PM (Updated: 03 Dec 2026 07:15PM)\n\n{LEDE}\n\n{STORY}"
    )
    assert article.byline == "Goh Yan Han"
    assert article.text.endswith(f"{LEDE}\n\n{STORY}")
    assert "Goh Yan Han" not in article.text


def test_names_under_the_story_s_second_sentence_of_prose_are_no_byline() -> None:
    # Below two lines of prose the names are the story's (a subheading), and no byline.
    text = f"{HEADLINE}\n\n{LEDE}\n\n{STORY}\n\nGoh Yan Han\n\n{LAST}"
    article = clean_text(text)
    assert article.byline is None
    assert "Goh Yan Han" in article.text


@pytest.mark.parametrize(
    "account",
    [
        # Capitol News Illinois's under every story.
        "Capitol News Illinois is a nonprofit, nonpartisan news service that distributes state government"
        " coverage to hundreds of news outlets statewide. It is funded primarily by the Illinois Press Foundation"
        " and the Robert R. McCormick Foundation.",
        "The Valley Ledger is an independent, nonprofit newsroom covering the valley. Our work is made possible"
        " by readers and local foundations.",
    ],
)
def test_a_newsroom_s_account_of_itself_under_the_story_leaves_the_text(account: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{account}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        # A story's paragraph on a newsroom: one sentence, or what someone said of it.
        "The Valley Ledger is a nonprofit newsroom based in the county seat that employs nine reporters.",
        "The Valley Ledger is a nonprofit newsroom, its editor said. It is funded by readers and foundations.",
        # A newsroom's account that the story goes on past.
        "The Valley Ledger is a nonprofit newsroom covering the valley. It is funded by readers and foundations.",
    ],
)
def test_news_of_a_newsroom_stays(news: str) -> None:
    assert news in clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{news}\n\n{LAST}").text


def test_a_site_s_statement_and_its_comment_policy_under_the_story_leave_the_text() -> None:
    # Postmedia's under every story: the site's statement of itself before its call, over the comments'
    # heading and the policy, the statement over 80 characters (where a call after one is looked for).
    closing = (
        "Our website is the place for the latest breaking news, exclusive scoops, longreads and provocative"
        " commentary. Please bookmark vancouversun.com and sign up for our newsletters here.\n\nComments\n\n"
        "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments"
        " relevant and respectful."
    )
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{closing}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        "The moderators asked readers to keep comments relevant and respectful after the vote.",
        "Our website is the place residents turned to during the floods, the mayor said in her speech.",
        "The council's website is the place to apply. Sign up closes on Friday at noon.",
        "Our website is the place for residents to report potholes. Please bookmark it, the mayor urged.",
    ],
)
def test_news_of_a_site_or_its_comments_closing_the_story_stays(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)


@pytest.mark.parametrize(
    "note",
    [
        # The Times of Israel's under every story.
        "You're an engaged reader, and we're glad you're here. Join Times of Israel Community.",
        "Thank you for reading. Please consider subscribing.",
    ],
)
def test_the_site_s_thanks_to_its_reader_before_a_call_under_the_story_leaves_the_text(note: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{note}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    "news",
    [
        "Thank you for reading my column for 30 years, the editor wrote in her last one on Sunday.",
        "Readers were thanked for reading the paper for 150 years. Join us, the owners urged, at the party.",
        # A columnist's or an official's invitation to an event.
        "Thanks for reading. Join us at the town hall on Thursday at 7pm to discuss the plan.",
    ],
)
def test_thanks_a_story_reports_stay(news: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{news}").text.endswith(news)


@pytest.mark.parametrize(
    ("story", "closing"),
    [
        # A story about a newsroom's funding closes on what it is and who funds it.
        (
            "ProPublica said on Tuesday it would hire 20 reporters after a record year of donations.",
            "ProPublica is an independent, nonprofit newsroom. It is funded largely by philanthropy, a model"
            " others have copied since 2008.",
        ),
        # A story about a state's agency, no newsroom's name.
        (
            "The state news agency will cut 40 jobs, its board said on Tuesday.",
            "The agency is a news agency owned by the state. It is funded by the government, which appoints its"
            " board.",
        ),
    ],
)
def test_a_story_about_a_newsroom_closing_on_its_funding_stays(story: str, closing: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{story}\n\n{closing}").text.endswith(closing)


def test_a_newsroom_s_account_under_its_own_story_that_quotes_someone_it_spoke_to_leaves_the_text() -> None:
    told = "The bill's sponsor told Capitol News Illinois the cap would save patients $900 a year."
    account = (
        "Capitol News Illinois is a nonprofit, nonpartisan news service that distributes state government coverage"
        " to hundreds of news outlets statewide. It is funded primarily by the Illinois Press Foundation."
    )
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{told}\n\n{account}").text == f"{LEDE}\n\n{told}"


# The seventh outlets round's kinds (tests/test_summary_outlets_seventh.py and _sixth.py, strict xfails before).
STAMP = "December 3, 2026"


@pytest.mark.parametrize(
    "credit",
    [
        # A desk's or an office's credit in the byline's place: the Met Office's, a city desk's, a wire's.
        "Author: Met Office Press Office",
        "By Metro Desk",
        "By City News Desk",
        "By Tribune News Service",
    ],
)
def test_a_desk_s_credit_over_the_stamp_is_no_byline_and_leaves_the_text(credit: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{credit}\n\n{STAMP}\n\n{LEDE}\n\n{STORY}")
    assert article.byline is None
    assert article.text == f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        # A writer's names before the site's (Global News's), and a writer whose surname is a newsroom's word.
        ("By Adam MacVicar Global News", "Adam MacVicar"),
        # A writer's two names before the newsroom's words, no desk's name between them.
        ("By Maria Garcia News Desk", "Maria Garcia"),
        ("By Jane Doe Staff", "Jane Doe"),
        ("By Robert Service", "Robert Service"),
        ("By Jane Office", "Jane Office"),
    ],
)
def test_a_writer_s_names_before_or_as_a_newsroom_s_word_are_the_byline(credit: str, byline: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{credit}\n\n{STAMP}\n\n{LEDE}\n\n{STORY}")
    assert article.byline is not None and byline in article.byline


@pytest.mark.parametrize(
    "line",
    [
        # The site's pointer to its own channels, worded as what the reader can do (the Met Office's).
        "You can find the latest forecast on our website, on our YouTube channel, by following us on X and"
        " Facebook, as well as on our mobile app for iPhone and Android.",
        "You can follow the trial on our live blog and on our YouTube channel.",
        # The site's notice of its marks closing on its copyright notice (NHL.com's).
        "NHL.com is the official website of the National Hockey League. NHL, the NHL Shield, the word mark and"
        " image of the Stanley Cup are registered trademarks. © NHL 2026. All Rights Reserved.",
        "Acme and the Acme logo are registered trademarks of Acme Inc. Copyright 2026 Acme Inc. All rights"
        " reserved.",
        # The desk's call for the reader's questions or comments on the story, its address after it (Science
        # News's).
        "Questions or comments on this article? E-mail us at feedback@sciencenews.org | Reprints FAQ",
        # A paywall's button alone, as "Donate" is (Patch's).
        "Subscribe",
        # A paywall's question, the site's exclaimed answer, then its call to make an account (HLN's).
        "Gratis onbeperkt de verhalen van HLN lezen? Dat kan! Log in of maak een account aan en ontdek het zelf.",
        "Want to keep reading? It's free! Log in or create an account.",
    ],
)
def test_this_round_s_pointers_notices_and_buttons_leave_the_text_and_the_summaries(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # News worded as those: whose words they are, no web thing, someone else's site.
        "You can find the forms on our website, the clerk said.",
        "You can find our stall at the market every Saturday.",
        "You can watch the debate on the council's YouTube channel from 7pm.",
        # News of a trademark: who holds it, or no copyright notice after it.
        "The league said the name is a registered trademark. Copyright 2026 belongs to the league, too.",
        "Kleenex is a registered trademark. Copyright lawyers say brand names become generic words.",
        "The club argued that its crest is a registered trademark. All rights reserved. Those three words are"
        " printed on every shirt it sells.",
        # A question about a story or a plan answered by news, not a call to write to the desk.
        "Questions about the plan? The council said residents could email planning@council.example by Friday.",
        # A service line of the story's, the reader's questions or comments on something else than the story,
        # to someone else than the desk.
        "Have questions about your ballot? Call the elections office at 555-0100 or email vote@county.example.",
        "Questions or comments on the proposal? Email planning@county.example by Friday.",
        "Any questions? Email the school district at info@district.example.",
        # A question answered by news, and a bank's warning a story quotes.
        "Who pays? Nobody knows! The council will vote on Friday.",
        "Is it safe? Not yet! Log in to your account only from home, the bank warned.",
        "Want a loan? Sure! Open an account at the branch.",
        # A story's service line naming an account to make, no paywall's pair of buttons.
        "Sign up for an account on the city's website to pay the fine.",
        "Download the app and create an account to book a vaccine slot.",
        # News opening on the button's word.
        "Subscribe or perish: that is the choice facing local papers, the report found.",
        # A person's job and a press office in a sentence.
        "The Met Office press office said the warning would stay in force until Saturday.",
    ],
)
def test_news_worded_like_this_round_s_pointers_notices_and_buttons_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


@pytest.mark.parametrize(
    "closing",
    [
        # A newsroom's account of itself before its appeal (JURIST's), and its thanks before a call to comment
        # (Patch's).
        "JURIST is a nonprofit legal news service staffed by law students and volunteers. Please consider a"
        " donation to support our work.",
        "Thank you for reading Patch. Please share your thoughts in the comments below.",
        "Thanks for reading. Share your views in the comments.",
        # An organisation's account of itself in the first person closing on its call to give (Full Fact's,
        # the eighth outlets round's), naming no journalism.
        "Full Fact fights bad information. We're a team of independent fact checkers and campaigners. Support"
        " our work by making a donation today.",
        "We are a small team of reporters covering the county. Please consider a donation to support our work.",
        "We rely on readers to keep going. Donate today to keep us going.",
    ],
)
def test_a_newsroom_s_appeal_or_sign_off_under_the_story_leaves_the_text(closing: str) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{closing}").text == f"{LEDE}\n\n{LAST}"


@pytest.mark.parametrize(
    ("story", "closing"),
    [
        # A story about the newsroom it closes on, a sign-off a columnist wrote.
        (
            "ProPublica said on Tuesday it would hire 20 reporters after a record year of donations.",
            "ProPublica is an independent, nonprofit newsroom. Please consider a donation to support our work.",
        ),
        (
            LAST,
            "Thank you for reading my column for 30 years. Please share your thoughts in the comments, the editor"
            " wrote.",
        ),
        # News about the comments under a story.
        (
            LAST,
            "Readers were asked to share their thoughts in the comments below the article, the paper said.",
        ),
        # A charity's appeal a story reports: its speaker named, the call quoted, or no first person; and a
        # call to give something to someone else, a story's service line.
        (
            LAST,
            "The food bank says demand has doubled. We are seeing families we have never seen before. Donate"
            " today, its director urged.",
        ),
        (LAST, 'The shelter\'s manager said: "We are out of beds. Please make a donation today."'),
        (LAST, "The hospice has raised £5,000 this year. Donate today to support its work."),
        (LAST, "We asked the council how residents could help. Donate blood at the town hall on Saturday."),
        # A column closing on its writer's own plea for a cause: the gift is the cause's, not the speaker's.
        (
            LAST,
            "My mother spent her last weeks at St Luke's hospice. We could not have coped without them. Please"
            " consider making a donation.",
        ),
        (LAST, "Our town's food bank fed 300 families last week. Please make a donation today."),
        (
            LAST,
            "The flood took everything our neighbours owned. Make a donation today to help us rebuild the hall.",
        ),
    ],
)
def test_news_of_a_newsroom_s_appeal_or_its_comments_closing_the_story_stays(
    story: str, closing: str
) -> None:
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{story}\n\n{closing}").text.endswith(closing)


REFERENCE = (
    "S. Howard et al. Honeybees count to four. Proceedings of the Royal Society B. Published online December 2,"
    " 2026. doi: 10.1098/rspb.2026.1234."
)


@pytest.mark.parametrize("heading", ["Citations", "Citation", "References", "Journal Reference:"])
def test_a_reference_s_heading_without_its_colon_leaves_with_the_reference(heading: str) -> None:
    # Science News's "Citations" over its citation: the citation left, the heading had closed the text.
    assert (
        clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{heading}\n\n{REFERENCE}").text == f"{LEDE}\n\n{LAST}"
    )


@pytest.mark.parametrize("heading", ["References", "Citations"])
def test_a_subheading_naming_references_over_news_citing_a_doi_stays(heading: str) -> None:
    # News under it that cites a DOI, no writers' "et al." nor a label's colon: it had left as a reference.
    news = (
        "The study, published in Proceedings B (doi: 10.1098/rspb.2026.1234), was led by Scarlett Howard, who"
        " said more tests were planned."
    )
    text = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{LAST}\n\n{heading}\n\n{news}").text
    assert text.endswith(f"{heading}\n\n{news}")


# The eighth outlets round's kinds (tests/test_summary_outlets_eighth.py and _sixth.py, strict xfails before).


@pytest.mark.parametrize(
    "line",
    [
        # A fact check's verdict label alone on its line over the verdict (PolitiFact's, Full Fact's), in the
        # languages fact checkers write it in.
        "Our ruling",
        "Our verdict",
        "Our rating:",
        "Notre verdict",
        "Nuestro veredicto",
        # A call for the reader's own story (CalMatters's), alone or its call after it.
        "We want to hear from you. Share your story with CalMatters.",
        "We'd love to hear from you.",
        "We’d like to hear your stories. Tell us about your experience of the new buses.",
        # A correction box's button, with its question or pasted alone (The Star's).
        "Report it to us.",
        "Found a mistake in this article? Report it to us.",
        # A donation appeal's call naming what the gift keeps going (Streetsblog's).
        "Donate today to keep Streetsblog Chicago going.",
        "Please donate to keep independent local news alive.",
        # A photo's credit to the body that lent it (Full Fact's).
        "Image courtesy of Bank of England",
        "Photo courtesy NASA.",
        # A reprint desk's address under the story (Law360's).
        "For a reprint of this article, please contact reprints@law360.com.",
    ],
)
def test_a_verdict_label_a_call_for_feedback_or_money_and_a_courtesy_credit_leave_the_text_and_the_summaries(
    line: str,
) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # A ruling or a verdict in a sentence of news (a referee's, a court's).
        "Our ruling is final, the referee told both teams after the match.",
        "Our verdict on the plan will come next week, the panel's chair said.",
        # A wish to hear from people that someone made.
        "We want to hear from you, the mayor told residents at the town hall on Monday.",
        "We want to hear from you. Tell us what you think, the council said in a statement.",
        "We'd like to hear from you about the plan before the vote, the minister said.",
        # A report to the police asked for in a sentence of news.
        "Report it to us, police told anyone who saw the crash on the bypass.",
        # News of an appeal: whose it is, or what the gift does next.
        "Donate today to keep the shelter going, the charity urged residents.",
        "Give today to keep the shelter going through the winter, its director said.",
        "Donations this winter will keep Streetsblog Chicago going, its editor said.",
        # A photo a sentence of news says what it shows.
        "Image courtesy of NASA shows the storm over Florida on Tuesday.",
        "Photo courtesy of the family shows the couple on their wedding day.",
        # A reprint's contact a story names, someone's.
        "For a reprint of this article, contact reprints@law360.com, the firm said in a letter to clients.",
    ],
)
def test_news_worded_like_a_verdict_label_a_call_for_feedback_or_money_or_a_courtesy_credit_stays(
    line: str,
) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


@pytest.mark.parametrize("label", ["In summary", "In Summary", "In summary:"])
def test_a_summary_box_of_one_paragraph_over_the_lede_is_the_description(label: str) -> None:
    # CalMatters's "In summary" over one sentence above the lede: the label left, its sentence had stayed
    # the text's first paragraph and the summary had taken it in the lede's place.
    point = "Nairobi's classes of more than 80 pupils will get new teachers next year."
    article = clean_text(f"{HEADLINE}\n\nBy Jane Doe\n\n{STAMP}\n\n{label}\n\n{point}\n\n{LEDE}\n\n{STORY}")
    assert article.description == point
    assert article.text == f"{LEDE}\n\n{STORY}"
    assert nutgraf.summarize(article.text, sentences=1).sentences[0].text == LEDE


@pytest.mark.parametrize("credit", ["— Bernama", "– AFP", "—Reuters"])
def test_a_caption_closing_on_its_agency_after_a_dash_between_paragraphs_leaves_the_text(credit: str) -> None:
    # The Star's caption between two paragraphs: its credit went, its sentence had stayed as news.
    caption = "Workers prepare the site for the new depot in Bayan Lepas."
    text = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{STORY}\n\n{caption} {credit}\n\n{LAST}").text
    assert text == f"{LEDE}\n\n{STORY}\n\n{LAST}"


@pytest.mark.parametrize(
    "paragraph",
    [
        # A wire's paragraph inside the story that reports someone, quotes someone, or runs to two sentences.
        "The county will open 12 new schools next year, the governor said.",
        '"We will open 12 new schools next year," the governor told reporters.',
        "The county will open 12 new schools next year. Most will be in the east.",
    ],
)
def test_a_wire_s_paragraph_closing_on_its_credit_after_a_dash_stays(paragraph: str) -> None:
    text = clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{paragraph} — Bernama\n\n{LAST}").text
    assert text == f"{LEDE}\n\n{paragraph}\n\n{LAST}"


@pytest.mark.parametrize("credit", ["— Xinhua", "— AP"])
def test_a_digest_of_briefs_each_closing_on_its_credit_after_a_dash_keeps_every_brief(credit: str) -> None:
    # Each brief one sentence reporting no one, as a caption is: the briefs between the first and the last had
    # gone as captions.
    briefs = [
        "China's exports rose 6 per cent in November from a year earlier.",
        "Beijing will open a new airport terminal in March.",
        "Shanghai's metro carried a record 13 million passengers on Friday.",
        "The yuan closed at 7.1 per dollar on Monday.",
    ]
    text = clean_text("News in brief\n\n" + "\n\n".join(f"{brief} {credit}" for brief in briefs)).text
    assert text == "\n\n".join(briefs)


def test_a_story_s_first_or_last_paragraph_closing_on_its_credit_after_a_dash_stays() -> None:
    # Where it opens or ends the story, a sentence that reports no one is the wire's news.
    news = "The new depot will be finished by 2031."
    assert clean_text(f"{HEADLINE}\n\n{news} — Bernama\n\n{LEDE}\n\n{STORY}").text.startswith(news)
    assert clean_text(f"{HEADLINE}\n\n{LEDE}\n\n{STORY}\n\n{news} — Bernama").text.endswith(f"\n\n{news}")


@pytest.mark.parametrize(
    ("credit", "dateline"),
    [
        ("Foto: APA/HELMUT FOHRINGER", "Nairobi – "),
        ("Photo: Jane Smith", "NAIROBI — "),
        ("Image: Getty Images", ""),
    ],
)
def test_a_short_caption_under_the_stamp_over_its_credit_leaves_the_text(credit: str, dateline: str) -> None:
    # Der Standard's caption on its line over its credit's, under the stamp, the story's dateline under them:
    # the credit went, the caption had stayed as the text's first paragraph.
    caption = "The new buses will run every two minutes from 2027."
    lede = dateline + LEDE if dateline else f"NAIROBI (Reuters) - {LEDE}"
    article = clean_text(
        f"{HEADLINE}\n\nBy Jane Doe\n\n{STAMP}\n\n{caption}\n\n{credit}\n\n{lede}\n\n{STORY}"
    )
    assert caption not in article.text
    assert article.text.endswith(f"{LEDE}\n\n{STORY}")


@pytest.mark.parametrize(
    ("credit", "after"),
    [
        ("Photo: Jane Smith", STORY),
        ("Foto: APA/HELMUT FOHRINGER", STORY),
        ("Photo: Jane Smith", f"Analysis – {STORY}"),
    ],
)
def test_a_short_lede_under_the_stamp_over_the_credit_of_a_photo_after_it_stays(
    credit: str, after: str
) -> None:
    # A one-sentence lede over an uncaptioned photo's credit, no dateline under them (a kicker's label before a
    # dash is no place): the story may start on it, as European sites set a short lede, and it had gone as a
    # caption.
    lede = "The county will hire 1,000 teachers in January."
    text = clean_text(f"{HEADLINE}\n\nBy Jane Doe\n\n{STAMP}\n\n{lede}\n\n{credit}\n\n{after}\n\n{LAST}").text
    assert text.startswith(lede)


def test_a_lede_under_the_stamp_stays_over_a_photo_s_credit_or_none() -> None:
    # A lede runs longer than a caption, and a short one with no credit under it is no caption.
    article = clean_text(f"{HEADLINE}\n\nBy Jane Doe\n\n{STAMP}\n\n{LEDE}\n\nPhoto: Jane Smith\n\n{STORY}")
    assert article.text == f"{LEDE}\n\n{STORY}"
    lede = "The county will hire 1,000 teachers in January."
    assert clean_text(f"{HEADLINE}\n\nBy Jane Doe\n\n{STAMP}\n\n{lede}\n\n{STORY}").text.startswith(lede)
