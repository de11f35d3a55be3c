"""Calls, labels and breadcrumbs the summary rounds left in real outlets' text (each a strict xfail of
tests/test_summary_outlets_en.py, tests/test_summary_outlets_world.py or tests/test_summary_world_news_more.py
before, or a miss noticed on a Japanese or Thai page), each beside news worded like it that must stay."""

from __future__ import annotations

import pytest

import nutgraf
from test_extract_leftovers import RATES as LEFTOVERS_RATES

# The Bank of England story of tests/test_extract_leftovers.py, its first four paragraphs.
RATES = LEFTOVERS_RATES[:4]
INFLACION = [
    "La inflación de noviembre fue del 1,9%, informó este jueves el INDEC, y acumula un 24% en lo que va del año.",
    "Los precios de los alimentos subieron un 2,3% en el mes, por encima del promedio, empujados por la carne.",
    "El Gobierno destacó que se trata del registro más bajo para un mes de noviembre desde 2017.",
    "Las consultoras privadas estiman que la inflación de diciembre se ubicará por encima del 2%.",
]
FRIEDRICHSTRASSE = [
    "Nach einem Wasserrohrbruch bleibt die Friedrichstraße in Berlin-Mitte bis mindestens Montag gesperrt.",
    "Das Wasser hatte in der Nacht zu Mittwoch mehrere Keller geflutet, wie die Berliner Wasserbetriebe mitteilten.",
    "Die Busse der Linie 147 werden über die Wilhelmstraße umgeleitet, teilte die BVG mit.",
    "Die Reparaturkosten schätzt das Unternehmen auf mehrere Hunderttausend Euro.",
]
MANIPUR = [
    "मणिपुर में जातीय हिंसा शुरू होने के दो साल बाद भी हज़ारों लोग राहत शिविरों में रह रहे हैं।",
    "राहत शिविरों में रहने वाले लोगों का कहना है कि उन्हें अब तक अपने घर लौटने की कोई उम्मीद नहीं दिखती।",
    "इंफाल के एक शिविर में रह रहीं एक महिला ने बताया कि बच्चों की पढ़ाई सबसे ज़्यादा प्रभावित हुई है।",
    "राज्य सरकार का कहना है कि विस्थापितों के लिए स्थायी घर बनाने का काम शुरू हो चुका है।",
]
SHINKANSEN = [
    "東海道新幹線は5日朝、大雨の影響で東京と新大阪の間の全線で運転を見合わせた。JR東海によると、再開の見通しは立っていない。",
    "静岡県内では1時間に80ミリを超える猛烈な雨が観測され、気象庁は土砂災害への警戒を呼びかけている。",
    "新幹線の運転見合わせで、東京駅や名古屋駅では多くの利用客が足止めされた。",
    "JR東海は、運転再開は早くても昼ごろになるとの見方を示している。",
]
FON = [
    "กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักถึงหนักมากในพื้นที่ภาคใต้ตั้งแต่วันที่ 5 ถึง 8 ธันวาคม โดยเฉพาะจังหวัดนครศรีธรรมราชและสงขลา",
    "ผู้ว่าราชการจังหวัดสงขลาสั่งให้ทุกอำเภอเตรียมพร้อมรับมือน้ำท่วมฉับพลันและน้ำป่าไหลหลาก พร้อมเปิดศูนย์พักพิงชั่วคราว 12 แห่ง",
    "ชาวบ้านในพื้นที่ลุ่มต่ำได้รับคำแนะนำให้ขนย้ายทรัพย์สินขึ้นที่สูง และติดตามประกาศของทางราชการอย่างใกล้ชิด",
    "การรถไฟแห่งประเทศไทยแจ้งว่าอาจต้องหยุดเดินรถบางขบวนในเส้นทางสายใต้หากระดับน้ำสูงขึ้น",
]


def _text(story: list[str], line: str, *, at: int = 2) -> str:
    """The text nutgraf extracts from ``story`` with ``line`` set before its paragraph ``at``."""
    return nutgraf.extract("\n\n".join((*story[:at], line, *story[at:]))).text


def _with(story: list[str], line: str, *, at: int = 2) -> str:
    return "\n\n".join((*story[:at], line, *story[at:]))


def test_a_site_s_statement_before_its_call_goes():
    # News24's, POLITICO's and Clarín's calls open on a sentence that is no call (the strict xfails of
    # za_news24, us_politico and es_clarin_inflacion before): the line stayed, between or under the paragraphs.
    for call in (
        "News24 is on WhatsApp. Join the News24 channel here.",
        "This article first appeared in POLITICO Pulse. Sign up for POLITICO Playbook and get the latest news,"
        " every morning, in your inbox.",
    ):
        for at in (2, len(RATES)):
            assert _text(RATES, call, at=at) == "\n\n".join(RATES), (call, at)
    call = "Recibí las noticias más importantes en tu mail. Suscribite al newsletter."
    assert _text(INFLACION, call, at=len(INFLACION)) == "\n\n".join(INFLACION)


def test_news_naming_a_platform_before_words_of_a_call_stays():
    for news in (
        # A short sentence on WhatsApp, then one that opens on "Join" and names no web thing.
        "The union is on WhatsApp. Join the strike, its message to members read on Monday.",
        # A short sentence on WhatsApp, then news.
        "Ministers banned WhatsApp on government phones. Officials said the ban would start in January.",
        # A sentence of news longer than a site's statement, before a call: the line keeps its news.
        "The health ministry said on Monday that it would send vaccination reminders to every pensioner on"
        " WhatsApp. Sign up for them here.",
        # A short sentence on a web thing, then a call the line says someone made: news quoting it.
        "WhatsApp is down. Join Telegram, users say.",
        "The police are on WhatsApp. Follow us on Twitter, they posted.",
    ):
        assert _text(RATES, news) == _with(RATES, news), news


def test_a_question_and_the_comments_button_go():
    # The Tagesspiegel's call to its comments under the story (de_tagesspiegel_berlin's strict xfail before).
    call = "Teilen Sie die Meinung des Autors? Diskutieren Sie mit!"
    assert _text(FRIEDRICHSTRASSE, call, at=len(FRIEDRICHSTRASSE)) == "\n\n".join(FRIEDRICHSTRASSE)


def test_a_question_before_news_stays():
    news = "Teilen Sie die Meinung des Bürgermeisters? Die Mehrheit der Anwohner tut es nicht, zeigt eine Umfrage."
    assert _text(FRIEDRICHSTRASSE, news) == _with(FRIEDRICHSTRASSE, news)


def test_a_newsletter_s_name_and_its_button_on_one_line_go():
    # The Süddeutsche's box under the story (de_sz_muenchen's strict xfail before).
    call = "SZ-Newsletter „München heute“: Hier kostenlos anmelden."
    assert _text(FRIEDRICHSTRASSE, call, at=len(FRIEDRICHSTRASSE)) == "\n\n".join(FRIEDRICHSTRASSE)


def test_news_opening_on_a_newsletter_s_name_stays():
    news = "Newsletter-Streit: Die Redaktion will sich zu den Vorwürfen der Leser bislang nicht äußern."
    assert _text(FRIEDRICHSTRASSE, news) == _with(FRIEDRICHSTRASSE, news)


def test_the_trust_project_s_badge_goes():
    # La Nación's line between its paragraphs (es_la_nacion_ar's strict xfail before).
    assert _text(INFLACION, "Conforme a los criterios de The Trust Project") == "\n\n".join(INFLACION)


def test_news_on_a_law_s_criteria_stays():
    news = "Conforme a los criterios de la ley, el juez ordenó la liberación del detenido este viernes."
    assert _text(INFLACION, news) == _with(INFLACION, news)


def test_calls_wholly_in_brackets_go():
    # BBC Hindi's app and follow calls in brackets under every story (hi_bbc_hindi's strict xfail before).
    call = (
        "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए आप यहां क्लिक कर सकते हैं. आप हमें फ़ेसबुक, ट्विटर, इंस्टाग्राम और"
        " यूट्यूब पर फ़ॉलो भी कर सकते हैं.)"
    )
    assert _text(MANIPUR, call, at=len(MANIPUR)) == "\n\n".join(MANIPUR)


def test_news_in_brackets_and_news_of_a_link_stay():
    for news in (
        # A sentence in brackets, then a call: not all calls.
        "(राज्य सरकार ने राहत शिविरों के लिए नई हेल्पलाइन शुरू की है. आप हमें फ़ेसबुक पर फ़ॉलो भी कर सकते हैं.)",
        # News of a site's link, not addressed to "you".
        "सरकार ने कहा कि विस्थापित लोग पुनर्वास पोर्टल पर यहां क्लिक कर पंजीकरण कर सकते हैं और उन्हें एक महीने में घर मिलेगा।",
        # News of a scam's message addressed to "you", going on after the click (click here and win a prize).
        "साइबर ठगों ने संदेश भेजा कि आप यहां क्लिक कर इनाम पा सकते हैं, पुलिस ने कहा।",
    ):
        assert _text(MANIPUR, news) == _with(MANIPUR, news), news


def test_a_japanese_share_button_and_ban_on_reuse_go():
    # Each a line of its own between or under the paragraphs, kept as text.
    for line in ("この記事をシェアする", "無断転載禁止", "無断転載・複製を禁じます"):
        for at in (2, len(SHINKANSEN)):
            assert _text(SHINKANSEN, line, at=at) == "\n\n".join(SHINKANSEN), (line, at)


def test_japanese_news_naming_a_share_button_or_reuse_stays():
    for news in ("同社は「この記事をシェアする」ボタンを廃止した。", "無断転載禁止の写真がSNSで拡散された。"):
        assert _text(SHINKANSEN, news) == _with(SHINKANSEN, news), news


def test_a_full_width_breadcrumb_goes():
    # "ホーム ＞ 社会 ＞ <headline>" above the story had been taken for its headline, or kept between its
    # paragraphs; the steps are parted by "＞", spaced or not.
    for crumb in ("ホーム ＞ 社会 ＞ 大雨で新幹線が運転見合わせ", "ホーム＞社会＞大雨で新幹線が運転見合わせ"):
        article = nutgraf.extract("\n\n".join((crumb, *SHINKANSEN)))
        assert (article.title, article.text) == (None, "\n\n".join(SHINKANSEN)), crumb
        assert _text(SHINKANSEN, crumb) == "\n\n".join(SHINKANSEN), crumb


def test_a_japanese_sentence_ranking_with_the_full_width_mark_stays():
    news = "調査では、重視する点は価格＞品質＞デザインの順だった。"
    assert _text(SHINKANSEN, news) == _with(SHINKANSEN, news)


def _thai_page_text(line: str) -> str:
    """The text nutgraf extracts from a Thai story's page with ``line`` as a paragraph inside it: a page, as
    plain Thai text's first paragraph, with no stop to end it, is taken for its headline."""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in (*FON[:2], line, *FON[2:]))
    return nutgraf.extract(
        f'<html lang="th"><body><article><h1>เตือนฝนตกหนักภาคใต้</h1>{paragraphs}</article></body></html>'
    ).text


def test_a_thai_related_news_label_goes():
    # "ข่าวที่เกี่ยวข้อง" (related news), a heading of its own between the paragraphs, stayed as text.
    assert _thai_page_text("ข่าวที่เกี่ยวข้อง") == "\n\n".join(FON)


def test_thai_news_opening_on_the_label_s_words_stays():
    # "ข่าวที่เกี่ยวข้องกับ ..." (news about the election ...) opens on the label's words.
    news = "ข่าวที่เกี่ยวข้องกับการเลือกตั้งถูกแชร์ในโซเชียลมีเดียกว่าหนึ่งล้านครั้งภายในวันเดียว ตามรายงานของตำรวจไซเบอร์"
    assert _thai_page_text(news) == _with(FON, news)


def _byline(*lines: str) -> str | None:
    """The byline nutgraf reads from a page copied as text: ``lines`` over the Bank of England story."""
    return nutgraf.extract("\n\n".join(("Bank of England holds rates at 3.75%", *lines, *RATES))).byline


def test_names_under_a_stamp_with_the_desk_s_city_after_it_are_the_byline():
    # The Hindu's stamp closes on its desk's city ("... IST - CHENNAI"), in_the_hindu's strict xfail before.
    assert _byline("Updated - December 03, 2026 09:44 pm IST - CHENNAI", "Sunitha Sekar") == "Sunitha Sekar"


def test_names_over_a_stamp_s_age_are_the_byline():
    # The Evening Standard's "4 minutes ago" under the writer (uk_evening_standard's strict xfail before).
    assert _byline("Ross Lydall", "4 minutes ago") == "Ross Lydall"


def test_names_beside_a_time_of_day_or_a_kicker_in_capitals_are_no_byline():
    # A live report's time of day alone over a name is an entry's, not the article's writer; a kicker's
    # capitals after a dash close no stamp.
    assert _byline("14:32", "Andrew Bailey") is None
    assert _byline("Interest rates - LIVE", "Andrew Bailey") is None


def test_a_credit_among_fields_beside_a_stamp_is_the_byline():
    # NDTV's "India News | Edited by ... | Updated: ..." (in_ndtv's strict xfail before).
    fields = "India News | Edited by Aditi Sharma | Updated: December 05, 2026 11:15 am IST"
    assert _byline(fields) == "Aditi Sharma"
    assert _byline("Economy | By Jane Doe | 3 May 2025") == "Jane Doe"


def test_a_credit_among_fields_without_a_stamp_is_no_byline():
    # A menu's or a review's line of fields names a book's writer, not the article's.
    assert _byline("Books | Written by Ann Patchett | Reviews") is None


def test_names_over_the_desk_s_city_and_a_stamp_written_with_stops_are_the_byline():
    # Folha's "3.dez.2026 às 14h05" (pt_folha's strict xfail before), its parts run together by stops.
    stamp = "3.dez.2026 às 14h05 Atualizado: 3.dez.2026 às 16h40"
    article = nutgraf.extract(
        "\n\n".join(("Governo anuncia corte no Orçamento", "Fábio Pupo", "Brasília", stamp, *RATES))
    )
    assert (article.byline, stamp in article.text) == ("Fábio Pupo", False)


def test_english_papers_calls_to_their_news_go():
    # The Sydney Morning Herald's, the Inquirer's and the Scotsman's (strict xfails of au_smh, ph_inquirer and
    # uk_scotsman before).
    for call in (
        "Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our"
        " Evening Edition newsletter.",
        "For more news about the novel coronavirus click here.",
        "Subscribe to The Scotsman today",
        "Don't miss out on the news, views and analysis from The Scotsman.",
    ):
        assert _text(RATES, call, at=len(RATES)) == "\n\n".join(RATES), call


def test_news_worded_as_english_papers_calls_stays():
    for news in (
        "Get the day's work done before the storm arrives, the council urged residents on Thursday.",
        "For more news about the election, voters turned to local radio, the survey found.",
        "Subscribe to the idea today and you will regret it, the chancellor told MPs.",
        "Don't miss out on the news from Brussels, the minister told farmers on Monday.",
    ):
        assert _text(RATES, news) == _with(RATES, news), news


def test_a_labelled_link_closing_on_its_date_goes_however_long():
    # Global News's video link, 15 words past a label's 12 (ca_global_news's strict xfail before).
    link = "WATCH: Calgary mayor asks residents to reduce water use after main break – Dec 3, 2026"
    assert _text(RATES, link) == "\n\n".join(RATES)


def test_a_labelled_sentence_naming_a_date_stays():
    for news in (
        "Watch: the vote on Dec 3, 2026 decides the fate of the water plan, the mayor said.",
        "Watch: the committee meets again next month. Its decision is due – March 5, 2026",
    ):
        assert _text(RATES, news) == _with(RATES, news), news


def test_a_caption_credited_by_a_name_in_brackets_and_the_comments_call_go():
    # The Evening Standard's caption between its paragraphs and "Have your say..." under the story
    # (uk_evening_standard's strict xfail before).
    caption = "The Bank's governor speaks to reporters at Threadneedle Street on Thursday (Jeremy Selwyn)"
    assert _text(RATES, caption) == "\n\n".join(RATES)
    assert _text(RATES, "Have your say...", at=len(RATES)) == "\n\n".join(RATES)


def test_a_book_in_brackets_and_news_naming_a_speaker_in_brackets_stay():
    for news in (
        # A book's title in a list, in title case, and its writer.
        "The Years of Lyndon Johnson: The Path to Power (Robert Caro)",
        # A sentence that ends on its stop, after the bracket.
        "The council approved the plan on Tuesday, said its leader (Jane Smith).",
        # An item of a story's list, with no stop: the name holds the office before it.
        "The motion was tabled by the shadow chancellor (Rachel Reeves)",
    ):
        assert _text(RATES, news) == _with(RATES, news), news


def test_a_caption_of_two_sentences_closed_by_its_credit_goes():
    # The South China Morning Post's caption of 22 words, past a call's 20 (hk_scmp's strict xfail before).
    caption = (
        "Residential flats in Tseung Kwan O. Home prices have fallen by about 25 per cent from their peak in 2021."
        " Photo: Jelly Tse"
    )
    assert _text(RATES, caption) == "\n\n".join(RATES)


def test_news_of_as_many_words_naming_a_photo_stays():
    # A photo word before a colon inside the news, and a sentence's stop at the end: no credit closes it.
    news = (
        "The council published the photo on Tuesday. It shows the flats in Tseung Kwan O, which residents say"
        " were built too close together, and the caption reads: Photo: the view from the harbour."
    )
    assert _text(RATES, news) == _with(RATES, news)
    # A long paragraph closed by its sources in brackets, a slash between them (a games wiki's, on
    # readability-testpages' lazy-image-2), names no photo.
    sourced = (
        "These visions were met with increasing dismissal, but the day finally came when the prophets were"
        " believed. After eons swimming in the stars, the seed entered the Tallon system. [MP / MP3]"
    )
    assert _text(RATES, sourced) == _with(RATES, sourced)


def test_news_whose_last_words_open_on_a_photo_s_word_stays():
    # Names and a slash after a stop are a credit by their shape alone, and news opens on "Credit" too: the
    # long caption's rule took these paragraphs of 22 to 33 words for captions and dropped the news.
    for news in (
        "Shares in the lender fell 9% in Zurich on Monday as investors fretted about its capital. Credit"
        " Suisse/UBS merger talks went on",
        "Fraud reported to the banks rose sharply last year, the trade body UK Finance said on Tuesday."
        " Credit/debit card fraud rose most",
        # A copyright line the news tells of, its sentence's stop after it: a credit ends on none.
        "The painting, bought at auction for £2.4m, will go on show in Leeds next spring. Every print of it"
        " sold in the gallery shop will carry the line © Estate of Francis Bacon.",
        # A syndicated story's last paragraph, closed by the copyright of its text (CNN/DM's, as published).
        'The Canadian variety show was best known for songs like "Skinnamarink" and "Peanut Butter."'
        " Lilienstein left the Sharon, Lois & Bram performance trio in 2000. ©2015 The Hollywood Reporter",
    ):
        assert _text(RATES, news) == _with(RATES, news), news


_STAR_TRIBUNE_HEAD = (
    "Bank of England holds rates",
    "By Liliana Hernández Star Tribune",
    "December 3, 2026 — 3:58pm",
)


def test_a_writer_s_bio_under_a_byline_with_the_paper_s_name_run_on_goes():
    # The Star Tribune's byline runs its name on after the writer's ("By Liliana Hernández Star Tribune"), and
    # her bio, naming her alone, stayed the text's last paragraph (us_star_tribune's strict xfail before).
    bio = "Liliana Hernández covers Minneapolis City Hall for the Star Tribune."
    article = nutgraf.extract("\n\n".join((*_STAR_TRIBUNE_HEAD, *RATES, bio)))
    assert (article.byline, article.text) == ("Liliana Hernández Star Tribune", "\n\n".join(RATES))


def test_an_author_box_headed_by_the_writer_s_name_alone_goes():
    # A photo essay's and a tech site's author box under the story: the byline's name on a line of its own,
    # then a bio that does not name them. Both had closed the text.
    head = ("Bank of England holds rates", "By Dana Reyes", "December 3, 2026")
    box = ("Dana Reyes", "Senior reporter covering markets. Send tips on Signal.")
    article = nutgraf.extract("\n\n".join((*head, *RATES, *box)))
    assert (article.byline, article.text) == ("Dana Reyes", "\n\n".join(RATES))


def test_an_author_box_headed_by_the_writer_s_name_alone_under_a_page_s_story_goes():
    # The same box on an HTML page, in the story's <article> under its body, the byline the page's.
    html = (
        "<html><head><title>Bank of England holds rates</title></head><body><article><h1>Bank of England holds"
        " rates</h1><p class='byline'>By Dana Reyes</p>" + "".join(f"<p>{p}</p>" for p in RATES) + "<div"
        " class='profile'><h4>Dana Reyes</h4><p>Senior reporter covering markets. Send tips on Signal.</p>"
        "</div></article></body></html>"
    )
    article = nutgraf.extract(html)
    assert (article.byline, article.text) == ("Dana Reyes", "\n\n".join(RATES))


def test_a_name_alone_without_a_bio_under_it_is_no_author_box():
    # News that ends on a paragraph naming someone after a line of the name is the story's.
    head = ("Bank of England holds rates", "By Dana Reyes", "December 3, 2026")
    tail = ("Dana Reyes", "Correction: an earlier version of this story gave the wrong date for the vote.")
    article = nutgraf.extract("\n\n".join((*head, *RATES, *tail)))
    assert article.text.endswith(tail[1])


@pytest.mark.parametrize(
    "last",
    [
        "I think the bank will cut in March, she told me.",
        "“We will keep rates where they are until inflation is back at target,” she said.",
        "So will the bank cut rates before the summer?",
    ],
)
def test_an_interview_s_last_words_under_the_writer_s_name_are_no_author_box(last):
    # A transcript whose host, the byline's writer, speaks last under their name: a question, a quotation or
    # speech reported is no bio, and both lines had gone.
    head = ("Bank of England holds rates", "By Dana Reyes", "December 3, 2026")
    article = nutgraf.extract("\n\n".join((*head, *RATES, "Dana Reyes", last)))
    assert article.text.endswith(last)


def test_news_opening_on_the_first_names_of_such_a_byline_stays():
    # The same names closing the news, without the rest of the byline: someone the story quotes.
    news = "Liliana Hernández said the committee's decision had come as no surprise to savers."
    article = nutgraf.extract("\n\n".join((*_STAR_TRIBUNE_HEAD, *RATES, news)))
    assert article.text == "\n\n".join((*RATES, news))


def test_news_of_such_a_byline_s_writer_naming_the_paper_stays():
    # A short story of the paper's own writer, under her byline: it opens on her name and names the paper,
    # and says no more of what she is or covers than news does (the run-on byline's bio took it).
    head = ("Star Tribune wins two Pulitzers", *_STAR_TRIBUNE_HEAD[1:])
    news = (
        "Liliana Hernández won the Pulitzer Prize for local reporting on Monday for her Star Tribune series on"
        " the city's police."
    )
    article = nutgraf.extract("\n\n".join((*head, news, *RATES[:2])))
    assert article.text == "\n\n".join((news, *RATES[:2]))


def test_a_science_site_s_source_credit_and_citation_under_the_story_go():
    # ScienceDaily's closing block (science_sciencedaily's strict xfail in tests/test_summary_outlets_fourth.py
    # before): its source credit with the editing note, and its way to cite the page, had closed the text (and
    # its name, "ScienceDaily", had been among the story's tags once the paper's reference went).
    credit = (
        "Materials provided by University of Queensland. Note: Content may be edited for style and length."
    )
    citation = (
        'University of Queensland. "Bank holds rates as inflation stays high." ScienceDaily. ScienceDaily, 3'
        " December 2026. <www.sciencedaily.com/releases/2026/12/261203124512.htm>."
    )
    for line in (credit, "Materials provided by University of Queensland.", citation):
        assert _text(RATES, line, at=4) == "\n\n".join(RATES), line
    # News worded like them stays: materials someone provided, and a quotation ending on an address.
    for news in (
        "Materials provided by the Bank showed that three members had wanted a cut.",
        "Materials provided by Reuters. The Bank declined to comment on them.",
        'The Bank said the minutes of the meeting "will be published as usual" on its site, <www.bankofengland.co.uk>.',
        # a sentence quoting someone and closing on the year before an address: the citation's date stands
        # alone after its quoted headline ("... ScienceDaily, 3 December 2026.").
        'He said the minutes "will be published as usual" in 2026. <http://www.bankofengland.co.uk>.',
        'He said the minutes "will be published as usual." They are due in 2026. <http://www.bank.org>.',
    ):
        assert _text(RATES, news, at=4) == _with(RATES, news, at=4), news
