"""Leftovers the extraction sessions noticed and left alone: dates, bylines, captions and credits, each
beside news worded like it that must stay."""

from __future__ import annotations

import importlib
import textwrap
from datetime import datetime

import pytest

import nutgraf
from test_extract_html import FRENCH_PARAGRAPHS, HEBREW, ITALIAN_PARAGRAPHS, foreign_page
from test_extract_leftovers_calls import RATES

stamps = importlib.import_module("nutgraf.extract.text.stamps")
calendars = importlib.import_module("nutgraf.extract.html.metadata.calendars")


def _text(paragraphs: list[str], line: str, at: int = 1) -> str:
    return nutgraf.extract("\n\n".join((*paragraphs[:at], line, *paragraphs[at:]))).text


def _with(paragraphs: list[str], line: str, at: int = 1) -> str:
    return "\n\n".join((*paragraphs[:at], line, *paragraphs[at:]))


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_of_every_language_is_read_where_dates_are(month: int):
    # One list of month names serves both the date lines' reading and the text's date stamps: Italian's
    # "dicembre" (a line of its own) and Hungarian's, Serbian's and Romanian's months (a date line) had
    # been in one and not the other.
    for name in stamps.MONTH_NAMES[month - 1].split():
        written = name.capitalize() if name in stamps.CAPITALISED_MONTHS else name
        for stamp in (f"3 {written} 2026", f"3. {written} 2026"):
            line_date = stamps._DATE_LINE.search(stamp) or stamps._OTHER_SCRIPT_DATE_LINE.search(stamp)
            assert line_date is not None, stamp
        assert calendars._named_month_date(2026, name, 3) == [(2026, month, 3)], name


def test_a_byline_over_an_italian_date_stamp_is_read_and_the_stamp_goes():
    # "dicembre" was no month of the text's date stamps: the stamp under the writer's name stayed in the
    # text, and the name over it was no byline.
    for stamp in ("3 dicembre 2026", "Mercoledì 3 dicembre 2026, 14:05"):
        paste = "\n\n".join(("Manovra, via libera del governo", "Mario Rossi", stamp, *ITALIAN_PARAGRAPHS))
        article = nutgraf.extract(paste)
        assert (article.byline, article.text) == ("Mario Rossi", "\n\n".join(ITALIAN_PARAGRAPHS)), stamp
    assert _text(ITALIAN_PARAGRAPHS, "3 dicembre 2026") == "\n\n".join(ITALIAN_PARAGRAPHS)


def test_an_italian_sentence_naming_december_stays():
    news = "La Cgil ha annunciato uno sciopero generale per il 12 dicembre 2026"
    assert _text(ITALIAN_PARAGRAPHS, news) == _with(ITALIAN_PARAGRAPHS, news)


@pytest.mark.parametrize(
    ("lang", "line", "published"),
    [
        ("hu", "2026. december 3. 15:42", datetime(2026, 12, 3, 15, 42)),
        ("hu", "Frissítve: 2026. dec. 3.", datetime(2026, 12, 3)),
        ("sr", "3. decembar 2026. 14:40", datetime(2026, 12, 3, 14, 40)),
        ("sr", "03. децембра 2026. 14:40", datetime(2026, 12, 3, 14, 40)),
        ("ro", "3 decembrie 2026, 14:05", datetime(2026, 12, 3, 14, 5)),
        ("lt", "2026 m. gruodžio 3 d. 14:05", datetime(2026, 12, 3, 14, 5)),
    ],
)
def test_a_date_line_in_hungarian_serbian_romanian_or_lithuanian_dates_the_article(lang, line, published):
    # Their months were in no list where a date line is read, and the year-first order of Hungarian and
    # Lithuanian in no pattern: the article had no date.
    headline = "Maltempo in Liguria, allerta rossa fino a domani"
    html = foreign_page(lang, headline, f'<p class="date">{line}</p>', ITALIAN_PARAGRAPHS)
    assert nutgraf.extract(html).published == published


def test_a_year_before_a_word_that_names_no_month_is_no_date():
    html = foreign_page("hu", "A költségvetés", '<p class="date">1990. Total 25.</p>', ITALIAN_PARAGRAPHS)
    assert nutgraf.extract(html).published is None


@pytest.mark.parametrize(
    "line",
    [
        "The council meets again on 3 March 2027",
        "The vote is on 3 March 2027",
        "Nová pravidla platí od 1. ledna 2027",
        # In scripts without capitals, whose months the stamps now know.
        "الانتخابات البرلمانية ستجرى في 17 مارس 2026",
        "הבחירות לכנסת יתקיימו ב-17 במרץ 2026",
        # A heading's noun and the word that dates it.
        "Eleccions el 12 de maig de 2026",
        "Wahlen am 12. Mai 2026",
    ],
)
def test_a_short_line_whose_clause_closes_on_a_date_stays(line: str):
    # A subheading or a one-line paragraph naming a date after its clause had been read as a date stamp and
    # dropped, as one going on after the date no longer is.
    assert _text(RATES, line) == _with(RATES, line)


CATALAN_ELECTION = [
    "El Parlament de Catalunya ha convocat eleccions per al 12 de maig, segons ha anunciat el president en una"
    " compareixença al Palau de la Generalitat.",
    "Els partits ja preparen les seves llistes electorals i els programes per a la campanya.",
    "Els sondejos indiquen que la participació podria ser alta, ja que molts ciutadans consideren decisives"
    " aquestes eleccions.",
]


def test_a_heading_dating_its_noun_is_the_headline():
    # "Eleccions el 12 de maig de 2026" had gone as a date stamp: the text had no title and lost its heading.
    article = nutgraf.extract("\n\n".join(["Eleccions el 12 de maig de 2026", *CATALAN_ELECTION]))
    assert article.title == "Eleccions el 12 de maig de 2026"
    assert article.text == "\n\n".join(CATALAN_ELECTION)


@pytest.mark.parametrize(
    "stamp",
    [
        "Edited on 12 May 2026",
        "Bijgewerkt op 12 mei 2026",
        "Geändert am 12. Mai 2026",
        "Créé le 12 mai 2026",
        "Editado el 12 de mayo de 2026",
    ],
)
def test_a_stamp_whose_verb_no_word_names_is_no_heading_dating_its_noun(stamp: str):
    # A participle before "on" and the date, none of the stamps' words, had read as a heading's noun: the
    # stamp opening the page was its headline.
    article = nutgraf.extract("\n\n".join([stamp, *CATALAN_ELECTION]))
    assert article.title is None
    assert article.text == "\n\n".join(CATALAN_ELECTION)


@pytest.mark.parametrize(
    "heading",
    [
        "Elections on 12 May 2026",
        "Wahlen am 12. Mai 2026",
        "Élections le 12 mai 2026",
        "Summit on 12 May 2026",
    ],
)
def test_a_heading_dating_its_noun_in_other_languages_is_the_headline(heading: str):
    assert nutgraf.extract("\n\n".join([heading, *CATALAN_ELECTION])).title == heading


@pytest.mark.parametrize(
    "stamp",
    [
        "Last updated on 3 March 2027",
        "Posted by Jane Doe on 3 March 2027",
        "Publicat el 3 de desembre de 2026",
        "Erschienen am 3. Dezember 2026",
        "Dernière mise à jour le 3 décembre 2026",
        "Thursday 3 December 2026",
        "Πέμπτη 3 Δεκεμβρίου 2026",
        "الخميس 3 ديسمبر 2026",
        "יום חמישי, 3 בדצמבר 2026",
    ],
)
def test_a_stamp_s_words_before_its_date_make_no_clause(stamp: str):
    assert _text(RATES, stamp) == "\n\n".join(RATES)


EGYPT_RATES = [
    "أعلن البنك المركزي المصري اليوم الخميس خفض أسعار الفائدة بمقدار نقطة مئوية واحدة، في خطوة تهدف إلى دعم"
    " النمو الاقتصادي.",
    "وقال محافظ البنك إن التضخم تراجع خلال الأشهر الماضية، مضيفا أن البنك سيواصل متابعة الأسعار عن كثب.",
    "وكان البنك قد رفع أسعار الفائدة عدة مرات خلال العام الماضي لمواجهة موجة الغلاء.",
]


INDIA_RATES = [
    "भारतीय रिजर्व बैंक ने बुधवार को रेपो दर में 0.25 प्रतिशत की कटौती की, जिससे घर और कार के कर्ज सस्ते हो सकते हैं।",
    "गवर्नर ने कहा कि महंगाई काबू में है और आर्थिक विकास को सहारा देने की जरूरत है।",
    "बैंक की अगली बैठक फरवरी में होगी।",
]
PAKISTAN_RATES = [
    "اسٹیٹ بینک آف پاکستان نے شرح سود میں ایک فیصد کمی کا اعلان کر دیا ہے۔",
    "گورنر اسٹیٹ بینک نے کہا کہ مہنگائی میں کمی آئی ہے اور معیشت کو سہارا دینے کی ضرورت ہے۔",
    "بینک کا اگلا اجلاس جنوری میں ہوگا۔",
]


@pytest.mark.parametrize(
    ("paragraphs", "stamp"),
    [
        (EGYPT_RATES, "تم النشر في 3 ديسمبر 2026"),
        (EGYPT_RATES, "آخر تحديث في 3 ديسمبر 2026"),
        (HEBREW, "עודכן לאחרונה ב 3 בדצמבר 2026"),
        # Hindi's and Urdu's stamps went at 5e2890b, before a clause before the date was looked for.
        (INDIA_RATES, "अपडेट किया गया: 3 दिसंबर 2026"),
        (INDIA_RATES, "पोस्ट किया गया 3 दिसंबर 2026"),
        (PAKISTAN_RATES, "آخری اپ ڈیٹ 16 مئی 2024"),
        (PAKISTAN_RATES, "اشاعت کی تاریخ: 16 مئی ، 2024"),
    ],
)
def test_a_stamp_s_three_words_of_a_script_without_capitals_make_no_clause(paragraphs, stamp: str):
    # "Published on", "Last updated on": three words of a script without capitals before the date had made
    # a clause, and the stamp between the story's paragraphs stayed.
    assert _text(paragraphs, stamp) == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "line"),
    [
        (FRENCH_PARAGRAPHS, "Seuls 3 des 1500 salariés"),
        (FRENCH_PARAGRAPHS, "Le top 10 des 2000 communes"),
        (RATES, "Artikel 3 des 2026 beschlossenen Gesetzes"),
        (RATES, "O grupo dos 3 tem 2000 sócios"),
    ],
)
def test_a_line_where_a_common_word_cut_from_a_month_meets_two_figures_stays(
    paragraphs: list[str], line: str
):
    # Indonesian's "des" (December) and Turkish's "tem" (July) had made "3 des 1500" and "3 tem 2000" dates:
    # the line went as a stamp.
    assert _text(paragraphs, line) == _with(paragraphs, line)


@pytest.mark.parametrize("stamp", ["Kamis, 3 Des 2026 14:05 WIB", "3 Tem 2026 14:05"])
def test_an_indonesian_or_turkish_stamp_with_its_cut_month_goes(stamp: str):
    paste = "\n\n".join(("Bank cuts rates", stamp, *RATES))
    assert nutgraf.extract(paste).text == "\n\n".join(RATES)


SALARIU = [
    "Guvernul a aprobat marți o nouă creștere a salariului minim brut, la 4.325 de lei, de la 1 ianuarie 2027.",
    "Ministrul Muncii a declarat că decizia a fost luată după consultări cu sindicatele și patronatele.",
    "Patronatele au criticat decizia și au avertizat că firmele mici ar putea concedia angajați.",
]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("de Victor Cozmei și Ana Maria Luca", "Victor Cozmei și Ana Maria Luca"),
        ("de Victor Cozmei şi Ana Luca | HotNews", "Victor Cozmei şi Ana Luca"),
    ],
)
def test_two_romanian_writers_parted_by_si_are_the_byline(byline: str, names: str):
    # Romanian's "de" opened a byline only before capitalised names alone: "și" ("and") between two
    # writers' names made the line no byline.
    paste = "\n\n".join(
        ("Salariul minim crește de la 1 ianuarie", byline, "3 decembrie 2026, 14:05", *SALARIU)
    )
    article = nutgraf.extract(paste)
    assert (article.byline, article.text) == (names, "\n\n".join(SALARIU))


def test_a_hard_wrapped_romanian_line_going_on_with_de_two_names_and_a_clause_is_joined():
    wrapped = (
        "Primăria a anunțat marți un program de iluminat pentru sărbătorile\nde Crăciun și Anul Nou, iar centrul"
        " va fi închis traficului."
    )
    # In a text whose paragraphs are all hard-wrapped, as the round that spared "de Ziua Națională ..." had it.
    paragraphs = [textwrap.fill(paragraph, 70) for paragraph in SALARIU]
    text = nutgraf.extract("\n\n".join((paragraphs[0], wrapped, *paragraphs[1:]))).text
    assert "sărbătorile de Crăciun și Anul Nou, iar" in text


def test_a_hard_wrapped_romanian_line_closing_on_de_and_two_feasts_is_no_byline():
    # A line of the story whose wrap left "de Crăciun și Anul Nou" alone had been read as two writers: the
    # byline was "Crăciun și Anul Nou" and the words left the text.
    wrapped = "Sindicatele au criticat planul, care taie sporurile plătite\nde Crăciun și Anul Nou"
    article = nutgraf.extract("\n\n".join(("Bugetul pe 2027", SALARIU[0], wrapped, *SALARIU[1:])))
    assert article.byline is None
    assert "de Crăciun și Anul Nou" in article.text


CONWY = [
    "Bydd gwasanaeth trên bob awr yn rhedeg ar reilffordd Dyffryn Conwy o fis Medi, yn ôl Trafnidiaeth Cymru. Ar"
    " hyn o bryd dim ond chwe thrên y dydd sy'n teithio rhwng Llandudno a Blaenau Ffestiniog.",
    "Dywedodd y cwmni fod y newid yn bosib diolch i drenau newydd a gwaith ar y cledrau ger Betws-y-Coed dros y"
    " gaeaf.",
    '"Mae pobl y dyffryn wedi bod yn gofyn am hyn ers blynyddoedd," meddai\'r cynghorydd lleol Aled Evans.',
    "Bydd yr amserlen newydd yn cael ei chyhoeddi ym mis Gorffennaf.",
]


def test_a_bbc_cymru_fyw_byline_run_into_the_writer_s_role_gives_the_names():
    # BBC Cymru Fyw sets the writer and her role in two spans side by side, which a copy (and trafilatura)
    # runs together: the byline was "Elen WynNewyddion BBC Cymru".
    paste = "\n\n".join(
        (
            "Gwasanaeth trenau newydd i Ddyffryn Conwy o fis Medi",
            "16 Mai 2024",
            "Elen WynNewyddion BBC Cymru",
            *CONWY,
        )
    )
    article = nutgraf.extract(paste)
    assert (article.byline, article.text) == ("Elen Wyn", "\n\n".join(CONWY))


def test_a_bbc_cymru_fyw_page_s_byline_block_is_no_line_of_its_text():
    page = (
        '<html lang="cy"><head><title>Gwasanaeth trenau newydd | BBC Cymru Fyw</title>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "author": {"@type": "Person", "name": "Elen Wyn"}, "publisher": {"@type": "Organization", "name":'
        ' "BBC Cymru Fyw"}}</script></head><body><main><article><h1>Gwasanaeth trenau newydd</h1>'
        '<div data-component="byline-block"><span>Elen Wyn</span><span>Newyddion BBC Cymru</span></div>'
        + "".join(f'<div data-component="text-block"><p>{paragraph}</p></div>' for paragraph in CONWY)
        + "</article></main></body></html>"
    )
    article = nutgraf.extract(page)
    assert (article.byline, article.text) == ("Elen Wyn", "\n\n".join(CONWY))


@pytest.mark.parametrize(
    ("byline", "line"), [("AP", "APPLE’S HEADSET GOES ON SALE IN US STORES"), ("PA", "PARLIAMENT")]
)
def test_a_line_in_capitals_opening_on_an_agency_s_initials_stays_over_the_story(byline: str, line: str):
    # The page's byline run into a role had been looked for in any line opening on the byline, then a
    # capital: a kicker or a heading in capitals under the agency's byline went as its role.
    page = (
        f'<html lang="en"><head><title>Bank cuts rates | News</title><meta name="author" content="{byline}">'
        f"</head><body><main><article><h1>Bank cuts rates</h1><p>{line}</p>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in RATES)
        + "</article></main></body></html>"
    )
    article = nutgraf.extract(page)
    assert (article.byline, article.text) == (byline, "\n\n".join((line, *RATES)))


@pytest.mark.parametrize(
    "names",
    [
        "Ron DeSantis",
        "Douglas MacArthur III",
        "Mary McDonald Smith",
        # A surname's prefix of three letters or more, or a name's capital inside before another, had been
        # read as names a role was run into: the byline was "Jane Mac", "Niamh Fitz", "Tom VanDer".
        "Jane MacKenzie BBC Scotland",
        "Niamh FitzGerald BBC Sport",
        "Tom VanDerBeek CNN",
    ],
)
def test_names_with_a_capital_inside_stay_whole(names: str):
    paste = "\n\n".join(("Bank cuts rates", names, "3 December 2026", *RATES))
    assert nutgraf.extract(paste).byline == names


def test_a_story_paragraph_closed_by_a_photo_credit_keeps_its_words():
    # A page's photo credit run onto the story's paragraph of 27 words: the paragraph went whole, as a caption
    # of its shape does. Its sentences report what someone said: story, and they stay; the credit goes.
    story = (
        "Crews were called to the warehouse on the industrial estate at about 02:00 GMT, the fire service said."
        " Nobody was hurt."
    )
    assert _text(RATES, f"{story} (Photo: Kent Fire and Rescue Service)") == _with(RATES, story)


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters tackle the blaze at the warehouse on the industrial estate in Sittingbourne in the early"
        " hours of Tuesday morning. (Photo: Kent Fire and Rescue Service)",
        "Crowds gather in Trafalgar Square on New Year's Eve to watch the fireworks. (Photo: Jane Smith/Reuters)",
    ],
)
def test_a_caption_closed_by_its_photo_credit_still_goes(caption: str):
    assert _text(RATES, caption) == "\n\n".join(RATES)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By PA Reporters", "PA Reporters"),
        ("By PA Media", "PA Media"),
        ("Press Association", "Press Association"),
    ],
)
def test_pa_media_s_credit_over_the_stamp_is_still_the_byline(byline: str, names: str):
    # "PA" after a place is a US state's code now ("Harrisburg, PA"): the agency's own credits stay bylines.
    article = nutgraf.extract("\n\n".join(("Bank cuts rates", byline, "3 December 2026", *RATES)))
    assert (article.byline, article.text) == (names, "\n\n".join(RATES))


@pytest.mark.parametrize(
    ("dateline", "byline"),
    [
        ("London, PA Media", "PA Media"),
        ("London, Press Association", "Press Association"),
        ("Harrisburg, PA", None),
    ],
)
def test_pa_media_in_a_dateline_element_is_the_byline_and_a_state_s_code_is_not(dateline: str, byline):
    # PA Media's former name after the place named no agency, where its present one did.
    page = foreign_page("en", "Bank cuts rates", f'<p class="dateline">{dateline}</p>', RATES)
    assert nutgraf.extract(page).byline == byline


GARMI = [
    "અમદાવાદ મ્યુનિસિપલ કોર્પોરેશને શહેરમાં ગરમીથી લોકોને રાહત આપવા 200 કૂલિંગ સેન્ટર શરૂ કરવાનો નિર્ણય કર્યો છે. આ સેન્ટર"
    " બગીચા, શાળાઓ અને બસ સ્ટેન્ડ પાસે ઊભાં કરાશે.",
    "કોર્પોરેશનના આરોગ્ય વિભાગે જણાવ્યું કે દરેક સેન્ટરમાં પીવાનું ઠંડું પાણી, ઓઆરએસ અને છાંયડાની વ્યવસ્થા હશે.",
    "છેલ્લા એક અઠવાડિયાથી શહેરનું તાપમાન 44 ડિગ્રીથી ઉપર રહ્યું છે. ડોક્ટરોએ લોકોને બપોરે બહાર ન નીકળવા સલાહ આપી છે.",
]


def test_a_gujarati_page_s_header_dek_is_its_description_not_its_text():
    # Divya Bhaskar's summary under the headline stood over its byline and date line ("ભાસ્કર ન્યૂઝ અમદાવાદ, 16
    # મે 2024"), which, its month unknown, read as no byline's: the dek stayed the text's first line, and the
    # article had no description.
    dek = "બગીચા, શાળાઓ અને બસ સ્ટેન્ડ પાસે ઠંડા પાણીની વ્યવસ્થા"
    page = (
        '<html lang="gu"><head><title>અમદાવાદમાં 200 કૂલિંગ સેન્ટર શરૂ થશે | Divya Bhaskar</title></head><body><main>'
        '<article class="story"><h1 class="story-title">અમદાવાદમાં 200 કૂલિંગ સેન્ટર શરૂ થશે</h1>'
        f'<h2 class="story-summary">{dek}</h2><div class="story-meta"><span>ભાસ્કર ન્યૂઝ</span> <span>અમદાવાદ, 16 મે'
        ' 2024</span></div><div class="story-body">'
        + "".join(f"<p>{paragraph}</p>" for paragraph in GARMI)
        + "</div></article></main></body></html>"
    )
    article = nutgraf.extract(page)
    assert (article.description, article.text) == (dek, "\n\n".join(GARMI))


SENATE = [
    "Voters in Pennsylvania will choose a new senator in a race that could decide control of the chamber, polls"
    " show.",
    "Both candidates spent the weekend in Philadelphia's suburbs, where turnout is expected to be decisive.",
    "The Democrat has led narrowly in most surveys since September, though the gap has closed in recent weeks.",
]


@pytest.mark.parametrize("closing", ["Election Day is Nov. 5.", "The polls close at 8 p.m. on Nov. 5."])
def test_a_story_s_closing_sentence_naming_a_date_stays(closing: str):
    expected = "\n\n".join((*SENATE, closing))
    assert nutgraf.extract(expected).text == expected
    assert (
        nutgraf.extract(foreign_page("en", "Senate race tightens", "", [*SENATE, closing])).text == expected
    )


def test_a_page_s_closing_clause_that_ends_on_its_date_stays():
    # The page's last paragraph, its stop lost, had been read as a closing date line (a statement's) and
    # dropped: its clause before the date makes it no stamp.
    closing = "The vote is on Nov. 5, 2024"
    page = foreign_page("en", "Senate race tightens", "", [*SENATE, closing])
    assert nutgraf.extract(page).text == "\n\n".join((*SENATE, closing))


@pytest.mark.parametrize(
    "closing", [["Nov. 5, 2024"], ["Harrisburg", "Nov. 5, 2024"], ["Updated Nov. 5, 2024"]]
)
def test_a_closing_date_line_and_its_place_go(closing: list[str]):
    expected = "\n\n".join(SENATE)
    assert nutgraf.extract("\n\n".join((*SENATE, *closing))).text == expected
    assert (
        nutgraf.extract(foreign_page("en", "Senate race tightens", "", [*SENATE, *closing])).text == expected
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Av Kari Nordmann og Ola Hansen", "Kari Nordmann og Ola Hansen"),
        ("Af Mette Hansen og Jens Jensen", "Mette Hansen og Jens Jensen"),
        ("Av Anna Svensson och Erik Berg", "Anna Svensson och Erik Berg"),
    ],
)
def test_two_nordic_writers_parted_by_and_are_the_byline(byline: str, names: str):
    # The same class as Romanian's "și": Norwegian's and Danish's "og" and Swedish's "och" joined no names.
    article = nutgraf.extract("\n\n".join(("Bank cuts rates", byline, "3 December 2026", *RATES)))
    assert (article.byline, article.text) == (names, "\n\n".join(RATES))


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Dutch's "en" after "Door" and Czech's "a" after "Autor:" joined no names (the byline was lost);
        ("Door Jan de Vries en Piet Jansen", "Jan de Vries en Piet Jansen"),
        ("Autor: Jan Novák a Petr Svoboda", "Jan Novák a Petr Svoboda"),
        # a pair without a credit word, as a writer alone over the stamp is the byline (Nordic papers set it so);
        ("Kari Nordmann og Ola Hansen", "Kari Nordmann og Ola Hansen"),
        ("Jane Doe and John Smith", "Jane Doe and John Smith"),
        # Spanish's "en" and Italian's "a" name a place after the writer, and stay out of the names.
        ("Por Ana García en Buenos Aires", None),
        ("Di Marco Rossi a Roma", None),
        ("Pedro Sánchez en Bruselas", None),
    ],
)
def test_two_writers_parted_by_their_language_s_and_are_the_byline(byline: str, names: str | None):
    article = nutgraf.extract("\n\n".join(("Bank cuts rates", byline, "3 December 2026", *RATES)))
    assert (article.byline, article.text) == (names, "\n\n".join(RATES))


NORWEGIAN_BUDGET = [
    "Statsminister Jonas Gahr Støre og Senterpartiets leder Trygve Slagsvold Vedum møttes tirsdag for å"
    " diskutere budsjettet, opplyser Statsministerens kontor.",
    "Partiene er fortsatt uenige om skattene, og forhandlingene fortsetter onsdag, sier kilder til NRK.",
]
SWEDISH_BUDGET = [
    "Statsminister Ulf Kristersson och Socialdemokraternas ledare Magdalena Andersson möttes på tisdagen för"
    " att diskutera budgeten, uppger Regeringskansliet.",
    "Partierna är fortfarande oense om skatterna, och förhandlingarna fortsätter på onsdag, säger källor till"
    " SVT.",
]


@pytest.mark.parametrize(
    ("kicker", "paragraphs", "stamp"),
    [
        ("Støre og Vedum", NORWEGIAN_BUDGET, "3. desember 2026 kl. 14:05"),
        ("Andersson och Kristersson", SWEDISH_BUDGET, "3 december 2026 kl. 14.05"),
        ("Starmer and Badenoch", RATES, "3 December 2026 14:05"),
    ],
)
def test_two_surnames_joined_by_and_over_the_stamp_are_no_byline(kicker: str, paragraphs, stamp: str):
    # A kicker pairing two politicians by their surnames had been read as two writers over the stamp, as
    # Norwegian's and Swedish's "og" and "och" joined names once English's "and" did.
    article = nutgraf.extract("\n\n".join(("Budsjettet", kicker, stamp, *paragraphs)))
    assert article.byline is None
