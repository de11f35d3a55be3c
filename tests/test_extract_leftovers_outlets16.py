"""Kinds of furniture the sixteenth outlets round (tests/test_summary_outlets_sixteenth.py, translated,
bilingual and easy-language pages) and the rounds before it left as strict xfails, each read by a rule of its
kind on a second outlet's page, beside a line worded like it that must stay."""

from __future__ import annotations

import nutgraf
from nutgraf.extract.text import clean_text

HEADLINE = "Istanbul to open two new metro lines next year"
LEDE = (
    "Istanbul will open two new metro lines in 2027, adding 30 kilometres to the city's rail network, Mayor"
    " Ekrem Imamoglu said on Thursday."
)
STORY = "The lines will link the airport on the Asian side with the districts of Kartal and Pendik, he said."
ARTICLE = f"{LEDE}\n\n{STORY}"


def test_a_byline_glued_by_a_bar_to_its_stamps_is_the_byline() -> None:
    # Daily Sabah's header, set as Anadolu's is: the bar glued to the stamp, the update's stamp run on after it.
    # The line had gone as a stamp, and no byline had been read.
    text = (
        f"{HEADLINE}\n\nAyse Yilmaz |04.12.2026 - 09:10 GMT+3 Update: 04.12.2026 - 11:25 GMT+3\n\nISTANBUL\n\n"
        f"{ARTICLE}"
    )
    article = nutgraf.extract(text)
    assert (article.byline, article.title) == ("Ayse Yilmaz", HEADLINE)
    assert "GMT+3" not in article.text


def test_a_name_glued_by_a_bar_to_figures_is_no_byline() -> None:
    # A player's row of figures under the headline, written as the byline is: no stamp after the bar.
    text = f"{HEADLINE}\n\nAyse Yilmaz |3 goals in 12 games\n\n{ARTICLE}"
    assert nutgraf.extract(text).byline is None


def test_an_edition_s_name_over_its_own_stamp_is_no_byline() -> None:
    # BBC Newsround's header: the edition's name, then its stamp labelled with the edition's last word.
    text = f"BBC Newsround\n\nNewsround | 4 December 2026\n\n{HEADLINE}\n\n{ARTICLE}"
    assert nutgraf.extract(text).byline is None


def test_a_writer_s_names_over_a_section_s_stamp_are_the_byline() -> None:
    # The near miss: the stamp's label is the section's, no word of the writer's names.
    text = f"{HEADLINE}\n\nAyse Yilmaz\n\nWorld | 4 December 2026\n\n{ARTICLE}"
    assert nutgraf.extract(text).byline == "Ayse Yilmaz"


IRISH_LEDE = (
    "Osclófar scoil nua lán-Ghaeilge i nGaillimh i mí Mheán Fómhair, a dúirt an Roinn Oideachais Dé Céadaoin."
)
ENGLISH_LEDE = (
    "A new Irish-language school will open in Galway in September, the Department of Education said."
)


def test_a_bilingual_page_s_title_is_its_headline_in_the_prose_s_first_language() -> None:
    # Tuairisc.ie's bilingual release: the Irish headline, then the English one nearest the prose, which had
    # been the title.
    text = (
        "Tuairisc.ie\n\nScoil nua lán-Ghaeilge le hoscailt i nGaillimh\n\nNew Irish-language school to open in"
        f" Galway\n\n4/12/2026\n\n{IRISH_LEDE}\n\n{ENGLISH_LEDE}"
    )
    assert clean_text(text).title == "Scoil nua lán-Ghaeilge le hoscailt i nGaillimh"


def test_a_headline_under_a_related_story_s_is_the_title() -> None:
    # The near miss: a related story's headline above, which shares no words with the prose, and the
    # story's own headline nearest it, which does.
    text = (
        f"Daily Sabah\n\nAnkara to build a new ring road around the capital\n\n{HEADLINE}\n\n4 December"
        f" 2026\n\n{ARTICLE}"
    )
    assert clean_text(text).title == HEADLINE


def test_a_newsroom_s_appeal_telling_of_its_coverage_leaves_the_text_and_the_summary() -> None:
    # Meduza's appeal under the story, worded as the Kyiv Independent's: it names no journalism, and had
    # stayed as the story's last paragraph.
    appeal = "We've been covering Russia's war honestly since day one. Become a Meduza member today."
    text = f"{HEADLINE}\n\n4 December 2026\n\n{ARTICLE}\n\n{appeal}"
    assert clean_text(text).text == ARTICLE
    assert "member" not in nutgraf.summarize(text, sentences=3).text


def test_a_charity_s_appeal_a_story_quotes_stays() -> None:
    # The near miss: the same words, then whose they are.
    quoted = (
        "We've been covering the cost of school meals since 2020. Become a member today, the charity's director"
        " told supporters."
    )
    text = f"{HEADLINE}\n\n4 December 2026\n\n{ARTICLE}\n\n{quoted}"
    assert clean_text(text).text == f"{ARTICLE}\n\n{quoted}"


ITALIAN_HEADLINE = "Il Regno Unito vieta le bevande energetiche ai minori di 16 anni"
ITALIAN_ARTICLE = (
    "Il governo britannico ha confermato mercoledì che dal giugno 2027 vieterà la vendita di bevande"
    " energetiche ai minori di 16 anni in Inghilterra, scrive il Guardian.\n\nLa misura riguarda le bevande con"
    " più di 150 milligrammi di caffeina per litro."
)


def test_a_translated_story_s_source_box_leaves_the_text_and_the_summary() -> None:
    # Internazionale's box under a translated story, as Courrier international's: its label, the source's name
    # and a sentence on it, which had stayed as the story's last paragraph.
    box = (
        "Fonte dell’articolo\n\nThe Guardian (Regno Unito)\n\nFondato nel 1821, è uno dei quotidiani più"
        " autorevoli del Regno Unito."
    )
    text = f"{ITALIAN_HEADLINE}\n\n3 dicembre 2026\n\n{ITALIAN_ARTICLE}\n\n{box}"
    assert clean_text(text).text == ITALIAN_ARTICLE
    assert "Fondato" not in nutgraf.summarize(text, sentences=3).text


def test_a_story_s_section_under_a_source_subheading_stays() -> None:
    # The near miss: a media story's section under the same words, quoting the paper's editor.
    section = (
        "Fonte dell’articolo\n\nIl direttore del Guardian ha difeso l’inchiesta: «Abbiamo verificato ogni dato»,"
        " ha detto."
    )
    text = f"{ITALIAN_HEADLINE}\n\n3 dicembre 2026\n\n{ITALIAN_ARTICLE}\n\n{section}"
    assert clean_text(text).text == f"{ITALIAN_ARTICLE}\n\n{section}"


def test_an_agency_s_note_closing_on_a_call_to_ask_for_its_service_leaves_the_text() -> None:
    # TASS's note under its English stories, as Anadolu's: a sentence on what the site holds, then where to ask.
    note = (
        "TASS English website carries only part of the news the agency offers to subscribers. Please contact us"
        " for subscription options."
    )
    text = f"{HEADLINE}\n\n4 December 2026\n\n{ARTICLE}\n\n{note}"
    assert clean_text(text).text == ARTICLE


def test_a_story_quoting_a_company_s_call_to_ask_for_a_subscription_stays() -> None:
    # The near miss: the same call, quoted in a story about the company's customers.
    quoted = 'Customers who lost access were sent an email that ended: "Please contact us for subscription options."'
    text = f"{HEADLINE}\n\n4 December 2026\n\n{ARTICLE}\n\n{quoted}"
    assert clean_text(text).text == f"{ARTICLE}\n\n{quoted}"


GERMAN_HEADLINE = "Mehr Busse für Leipzig"
GERMAN_ARTICLE = (
    "In Leipzig fahren ab Januar mehr Busse durch die Stadt.\n\nDas hat die Stadt am Mittwoch gesagt.\n\nDie"
    " Busse fahren dann alle 10 Minuten."
)


def test_an_easy_language_edition_s_note_on_itself_leaves_the_text() -> None:
    # NDR's easy-language page, with its notes under the story as MDR's: this story is in easy language, and
    # where the everyday one is.
    notes = "Diese Nachricht ist in einfacher Sprache.\n\nHier finden Sie die Nachricht in Alltagssprache."
    text = f"NDR\n\nNachrichten in einfacher Sprache\n\n{GERMAN_HEADLINE}\n\n3.12.2026\n\n{GERMAN_ARTICLE}\n\n{notes}"
    assert clean_text(text).text == GERMAN_ARTICLE


def test_a_story_s_sentence_on_easy_language_stays() -> None:
    # The near miss: a story's last line on someone else's texts in easy language.
    closing = "Die Stadt will mehr Texte in Leichter Sprache schreiben."
    text = f"NDR\n\n{GERMAN_HEADLINE}\n\n3.12.2026\n\n{GERMAN_ARTICLE}\n\n{closing}"
    assert clean_text(text).text == f"{GERMAN_ARTICLE}\n\n{closing}"


EASY_GERMAN_LEDE = (
    "Der Bundestag hat einen höheren Mindestlohn beschlossen.\nDer Mindestlohn steigt auf 15 Euro.\n\nDas gilt ab"
    " Januar.\n\nDie Regierung sagt, dass viele Menschen dann mehr Geld für ihre Arbeit im Monat bekommen."
)


def test_a_headline_of_three_long_words_under_the_stamp_is_the_title() -> None:
    # Deutschlandfunk's easy-language news, as Yle's: three long words of a compounding language over a lede
    # of a short sentence a line, which had been no headline.
    text = f"nachrichtenleicht\n\nPolitik | 03.12.2026\n\nBundestag beschließt Mindestlohnerhöhung\n\n{EASY_GERMAN_LEDE}"
    article = clean_text(text)
    assert article.title == "Bundestag beschließt Mindestlohnerhöhung"
    assert article.text.startswith("Der Bundestag hat einen höheren Mindestlohn beschlossen.")


def test_a_name_of_three_capitalised_words_under_the_stamp_is_no_title() -> None:
    # The near miss: an institution's name over the lede, capitalised throughout.
    text = f"nachrichtenleicht\n\nPolitik | 03.12.2026\n\nDeutscher Bundestag Bundesrat\n\n{EASY_GERMAN_LEDE}"
    assert clean_text(text).title != "Deutscher Bundestag Bundesrat"


WELSH_STORY = (
    "Mae'r Senedd wedi pleidleisio o blaid cynllun newydd i godi 5,000 o gartrefi cymdeithasol yng Nghymru erbyn"
    " 2030, meddai'r Llywodraeth ddydd Mawrth.\n\nBydd y cynllun yn costio £900 miliwn dros bedair blynedd.\n\n"
    "Dywedodd y Gweinidog Tai fod angen mwy o gartrefi ar frys ar deuluoedd ledled y wlad."
)
ENGLISH_VERSION = (
    "The Senedd has voted for a new plan to build 5,000 social homes in Wales by 2030, the Government said on"
    " Tuesday.\n\nThe plan will cost £900 million over four years.\n\nThe Housing Minister said families across"
    " the country urgently needed more homes."
)


def test_a_bilingual_release_s_summary_says_the_news_once_in_its_first_language() -> None:
    # The Senedd's release, as Cyngor Gwynedd's page: the story in Welsh, then in English. The summary had
    # said the news twice, once in each.
    text = f"Cynllun i godi 5,000 o gartrefi cymdeithasol\n\n{WELSH_STORY}\n\n{ENGLISH_VERSION}"
    summary = nutgraf.summarize(text)
    assert summary.sentences
    assert [s.text for s in summary.sentences if s.text in ENGLISH_VERSION] == [], summary.text


def test_a_story_quoting_a_paragraph_in_another_language_has_no_second_version() -> None:
    # The near miss: a story in English quoting a Welsh paragraph between its own, first and last in English:
    # no second version, and every paragraph is the story's.
    text = (
        f'{ENGLISH_VERSION}\n\nY Gweinidog: "Mae angen mwy o gartrefi ar frys ar deuluoedd."\n\n'
        "Opposition members said the plan came too late for families already on waiting lists."
    )
    summary = nutgraf.summarize(text)
    assert summary.text.startswith("The Senedd has voted for a new plan"), summary.text
    assert "Gweinidog" not in summary.text


def test_an_easy_language_lede_of_five_words_is_in_the_summary() -> None:
    # Deutschlandfunk's easy-language news, as MDR's: a lede of five words in a text of short sentences, which
    # had been too short for the summary's pool.
    text = (
        "Bundestag beschließt Mindestlohnerhöhung\n\nDer Mindestlohn steigt ab Januar.\n\nDas hat der Bundestag am"
        " Donnerstag beschlossen.\n\nDann bekommen Menschen mindestens 15 Euro für eine Stunde Arbeit.\n\n"
        "Viele Menschen arbeiten für den Mindestlohn.\n\nDie Gewerkschaften finden das gut.\n\nDie Arbeitgeber"
        " finden das nicht gut.\n\nSie sagen: Das ist zu teuer für kleine Firmen."
    )
    assert nutgraf.summarize(text).text.startswith("Der Mindestlohn steigt ab Januar.")


def test_a_news_story_s_short_opening_stays_out_of_the_summary() -> None:
    # The near miss: a story written long, opening on a short sentence of scene, which the pool still bars.
    text = (
        "The vote was close.\n\nThe city council approved the new budget on Tuesday by seven votes to six after a"
        " debate that lasted more than four hours.\n\nThe budget raises spending on roads and parks by 6 per"
        " cent and takes effect in January, the council said.\n\nOpposition members said the plan would force"
        " the city to raise property taxes within two years."
    )
    assert "The vote was close." not in nutgraf.summarize(text).text


PRINT_HEADLINE = "Province to fund 200 new hospital beds in Winnipeg"
PRINT_ARTICLE = (
    "Manitoba will fund 200 new hospital beds in Winnipeg over the next two years, Health Minister Uzoma Asagwara"
    " said on Thursday.\n\nThe beds will open at Health Sciences Centre and St. Boniface Hospital, the minister"
    " said."
)


def test_a_paper_s_name_set_as_masthead_and_under_its_writer_is_no_byline() -> None:
    # The Winnipeg Free Press's e-edition page, as the Times Colonist's: the paper's name over the date, and
    # again under the writer's. The paper's had been the byline.
    text = (
        f"Page A4\n\nWinnipeg Free Press\n\nFriday, December 4, 2026\n\n{PRINT_HEADLINE}\n\nCarol Sanders\n\n"
        f"Winnipeg Free Press\n\n{PRINT_ARTICLE}"
    )
    assert nutgraf.extract(text).byline == "Carol Sanders"


def test_a_writer_s_names_set_twice_over_the_stamp_are_the_byline() -> None:
    # The near miss: the writer's names over the stamp, and again over the story in the page's author box.
    text = (
        f"Winnipeg Free Press\n\n{PRINT_HEADLINE}\n\nCarol Sanders\n\nFriday, December 4, 2026\n\nCarol Sanders"
        f"\n\n{PRINT_ARTICLE}"
    )
    assert nutgraf.extract(text).byline == "Carol Sanders"


EPAPER_HEADLINE = "Bayern will mehr Lehrer für Grundschulen einstellen"
EPAPER_ARTICLE = (
    "Die bayerische Staatsregierung will im kommenden Schuljahr 1200 zusätzliche Lehrkräfte für die"
    " Grundschulen einstellen, hat Kultusministerin Anna Stolz am Mittwoch angekündigt.\n\nDas Geld dafür soll"
    " aus dem Nachtragshaushalt kommen, der im Januar beschlossen wird."
)


def test_a_writer_s_bare_names_under_an_e_paper_s_buttons_and_headline_are_the_byline() -> None:
    # The Süddeutsche Zeitung's e-paper, as Trouw's: the reader's buttons, the headline, and the writer's
    # names alone under it, which had been no byline.
    text = f"SZ E-Paper\n\nVorlesen\n\nÜbersetzen\n\nDrucken\n\n{EPAPER_HEADLINE}\n\nKassian Stroh\n\n{EPAPER_ARTICLE}"
    assert nutgraf.extract(text).byline == "Kassian Stroh"


def test_a_name_the_story_names_under_an_e_paper_s_headline_is_no_byline() -> None:
    # The near miss: the minister's names under the headline, as a kicker, which the story names again.
    text = f"SZ E-Paper\n\nVorlesen\n\nÜbersetzen\n\nDrucken\n\n{EPAPER_HEADLINE}\n\nAnna Stolz\n\n{EPAPER_ARTICLE}"
    assert nutgraf.extract(text).byline is None


def test_names_under_a_web_page_s_share_buttons_and_headline_are_no_byline() -> None:
    # The near miss: a web page's share and print buttons over the headline read nothing aloud: the line
    # under the headline is a kicker's as often as a writer's.
    text = f"Share\n\nPrint\n\n{EPAPER_HEADLINE}\n\nKassian Stroh\n\n{EPAPER_ARTICLE}"
    assert nutgraf.extract(text).byline is None
