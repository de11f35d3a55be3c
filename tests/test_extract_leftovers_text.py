"""Leftovers of the text stage the last session noticed and left alone: photo credits closing a story's
paragraph in the other languages nutgraf stems, stamps in scripts without capitals, Basque's dates, Czech's
stems in -c and -k; each beside news worded like it that must stay."""

from __future__ import annotations

from datetime import datetime

import pytest

import nutgraf
from nutgraf.language.stemming import content_stems
from test_extract_html import FRENCH_PARAGRAPHS, ITALIAN_PARAGRAPHS, foreign_page
from test_extract_leftovers_calls import FRIEDRICHSTRASSE, INFLACION, RATES


def _text(paragraphs: list[str], line: str, at: int = 1) -> str:
    return nutgraf.extract("\n\n".join((*paragraphs[:at], line, *paragraphs[at:]))).text


def _with(paragraphs: list[str], line: str, at: int = 1) -> str:
    return "\n\n".join((*paragraphs[:at], line, *paragraphs[at:]))


GERMAN_STORY = "Die Feuerwehr war mit 40 Einsatzkräften vor Ort, sagte ein Sprecher. Verletzt wurde niemand."
FRENCH_STORY = "Personne n'a été blessé, a déclaré la préfecture. Le trafic reste coupé jusqu'à lundi."


@pytest.mark.parametrize(
    ("paragraphs", "story", "credit"),
    [
        (FRIEDRICHSTRASSE, GERMAN_STORY, "(Foto: dpa)"),
        (FRIEDRICHSTRASSE, GERMAN_STORY, "(Foto: Max Muster/dpa)"),
        (
            FRIEDRICHSTRASSE,
            "Die Wasserbetriebe rechnen mit Arbeiten bis Montag. Verletzt wurde niemand, teilte die Polizei mit.",
            "(Foto: dpa)",
        ),
        (FRENCH_PARAGRAPHS, FRENCH_STORY, "(Photo : AFP)"),
        (
            ITALIAN_PARAGRAPHS,
            "Il testo passa ora al Parlamento, ha detto il ministro. L'esame inizierà lunedì.",
            "(Foto: Ansa)",
        ),
        (
            INFLACION,
            "Nadie resultó herido, informaron los bomberos. La carretera sigue cortada.",
            "(Foto: EFE)",
        ),
        (
            INFLACION,
            "A pista foi reaberta à tarde, disse a polícia. Ninguém ficou ferido.",
            "(Foto: Agência Brasil)",
        ),
        # An office's report in the plural, as Russian and Hungarian news word it.
        (RATES, "Никто не пострадал, сообщили в МЧС. Движение по трассе перекрыто.", "(Фото: ТАСС)"),
        (RATES, "Senki sem sérült meg, közölték a tűzoltók. Az utat lezárták.", "(Fotó: MTI)"),
    ],
)
def test_a_story_paragraph_closed_by_a_photo_credit_keeps_its_words_in_other_languages(
    paragraphs, story, credit
):
    # English's "(Photo: ...)" after sentences that report someone was parted off; a German, French or
    # Italian story's paragraph that such a credit closes went whole, its reporting words unknown.
    assert _text(paragraphs, f"{story} {credit}") == _with(paragraphs, story)


def test_a_german_page_s_paragraph_closed_by_a_photo_credit_keeps_its_words():
    html = foreign_page(
        "de", "Wasserrohrbruch in Mitte", "", [*FRIEDRICHSTRASSE[:2], f"{GERMAN_STORY} (Foto: dpa)"]
    )
    assert nutgraf.extract(html).text == "\n\n".join([*FRIEDRICHSTRASSE[:2], GERMAN_STORY])


@pytest.mark.parametrize(
    ("paragraphs", "caption"),
    [
        (
            FRIEDRICHSTRASSE,
            "Einsatzkräfte der Feuerwehr pumpen am frühen Mittwochmorgen Wasser aus einem Keller an der"
            " Friedrichstraße. (Foto: dpa)",
        ),
        (FRIEDRICHSTRASSE, "Ein Bagger steht vor der gesperrten Friedrichstraße. (Foto: Max Muster/dpa)"),
        (
            FRENCH_PARAGRAPHS,
            "Des manifestants défilent à Paris contre la réforme des retraites. (Photo : AFP)",
        ),
        # Danish's and Norwegian's "disse" is "these", not Portuguese's "said": the captions had stayed.
        (RATES, "Disse husene ble ødelagt i flommen i Gudbrandsdalen. (Foto: NTB)"),
        (RATES, "Beboere i disse husene måtte evakueres tirsdag. (Foto: NTB)"),
    ],
)
def test_a_caption_in_another_language_closed_by_its_credit_still_goes(paragraphs, caption: str):
    assert _text(paragraphs, caption) == "\n\n".join(paragraphs)


def test_a_one_sentence_caption_reporting_in_a_relative_clause_goes_whole():
    # The docs' leftover: the sentence's "said" stands in a clause opening on "where", as a caption tells
    # what the photo shows; it had stayed, its credit gone, as a story's paragraph.
    caption = "Firefighters at the scene on Tuesday, where the fire service said nobody was hurt. (Photo: PA)"
    assert _text(RATES, caption) == "\n\n".join(RATES)


@pytest.mark.parametrize(
    "story",
    [
        "Nobody was hurt, the fire service said.",
        "The fire service said nobody was hurt in the blaze.",
        # Two sentences are no caption, though their report stands in a relative clause: they had gone whole.
        "Crews worked through the night to clear the road. The repairs cost £2m, which the council said it"
        " would pay.",
        "The road reopened on Monday. Crews had worked through the night, when the council said it was safe.",
    ],
)
def test_an_english_story_paragraph_closed_by_a_photo_credit_keeps_its_words(story: str):
    assert _text(RATES, f"{story} (Photo: PA)") == _with(RATES, story)


def test_a_german_call_quoted_with_its_speaker_stays():
    # The same reporting words tell a call a story quotes from the site's own.
    quoted = "Folgen Sie uns auf Instagram, sagte der Bürgermeister am Dienstag vor Journalisten."
    assert _text(FRIEDRICHSTRASSE, quoted) == _with(FRIEDRICHSTRASSE, quoted)


GUJARATI = [
    "અમદાવાદમાં ગુરુવારે ભારે વરસાદ પડ્યો હતો, જેના કારણે શહેરના અનેક વિસ્તારોમાં પાણી ભરાઈ ગયા હતા.",
    "મહાનગરપાલિકાએ જણાવ્યું હતું કે પાણીના નિકાલ માટે વધારાના પંપ મૂકવામાં આવ્યા છે.",
    "હવામાન વિભાગે આગામી બે દિવસ માટે ભારે વરસાદની આગાહી કરી છે.",
]
TAMIL = [
    "சென்னையில் வியாழக்கிழமை பெய்த கனமழையால் பல பகுதிகளில் தண்ணீர் தேங்கியது.",
    "மாநகராட்சி அதிகாரிகள் தண்ணீரை வெளியேற்றும் பணியில் ஈடுபட்டுள்ளனர் என்று ஆணையர் தெரிவித்தார்.",
    "அடுத்த இரண்டு நாட்களுக்கு கனமழை தொடரும் என்று வானிலை ஆய்வு மையம் எச்சரித்துள்ளது.",
]
PERSIAN = [
    "بارش شدید باران روز پنجشنبه در تهران باعث آب‌گرفتگی معابر در چند منطقه شهر شد.",
    "شهرداری تهران اعلام کرد که نیروهای خدمات شهری برای تخلیه آب در محل حضور دارند.",
    "سازمان هواشناسی برای دو روز آینده نیز هشدار بارش شدید صادر کرده است.",
]


@pytest.mark.parametrize(
    ("paragraphs", "stamp"),
    [
        (GUJARATI, "છેલ્લે અપડેટ કરાયું: 16 મે 2024"),
        (GUJARATI, "પ્રકાશિત કરવામાં આવ્યું: 3 ડિસેમ્બર 2026"),
        (TAMIL, "கடைசியாக புதுப்பிக்கப்பட்ட தேதி: 3 டிசம்பர் 2026"),
        (TAMIL, "வெளியிடப்பட்ட தேதி மற்றும் நேரம்: 3 டிசம்பர் 2026"),
        (PERSIAN, "آخرین به‌روزرسانی در 3 دسامبر 2026"),
        (PERSIAN, "به روز شده در 3 دسامبر 2026"),
        (PERSIAN, "منتشر شده در 3 دسامبر 2026"),
        (PERSIAN, "زمان انتشار خبر: 3 دسامبر 2026"),
    ],
)
def test_a_gujarati_tamil_or_persian_stamp_of_three_words_goes(paragraphs, stamp: str):
    # Three words of a script without capitals before the date made a clause, and the stamp stayed between
    # the story's paragraphs: these languages' words for updated and published were not known.
    assert _text(paragraphs, stamp) == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "heading"),
    [
        (GUJARATI, "રાજ્યમાં ચૂંટણી યોજાશે 3 ડિસેમ્બર 2026"),
        (TAMIL, "மாநில சட்டமன்றத் தேர்தல் நடைபெறும் 3 டிசம்பர் 2026"),
        (PERSIAN, "انتخابات ریاست جمهوری در 3 دسامبر 2026"),
        # Persian's "انتشار" alone is a spread or an issue too: a heading naming one stays.
        (PERSIAN, "انتشار اوراق قرضه جدید در 3 دسامبر 2026"),
        # "به روز" is an update with its ending only: "به روزهای" is "to the days".
        (PERSIAN, "بازگشت به روزهای آرام از 3 دسامبر 2026"),
    ],
)
def test_a_heading_naming_a_day_in_those_scripts_stays(paragraphs, heading: str):
    assert _text(paragraphs, heading) == _with(paragraphs, heading)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2026ko abenduaren 5a", datetime(2026, 12, 5)),
        ("Eguneratua: 2026ko abenduaren 5a, 14:05", datetime(2026, 12, 5, 14, 5)),
        ("2025eko urriaren 3an 10:20", datetime(2025, 10, 3, 10, 20)),
        ("2026ko urtarrilaren 12a", datetime(2026, 1, 12)),
    ],
)
def test_a_basque_date_line_dates_the_article_and_its_stamp_leaves_the_text(line: str, published: datetime):
    # Basque writes the year first with its "-ko" (of) and the month in the genitive: no pattern read it,
    # so a Basque page had no date and the stamp stayed between the paragraphs.
    html = foreign_page(
        "eu", "Aurrekontuak onartu dituzte", f'<p class="date">{line}</p>', ITALIAN_PARAGRAPHS
    )
    assert nutgraf.extract(html).published == published
    assert _text(RATES, line) == "\n\n".join(RATES)


@pytest.mark.parametrize(
    "news",
    [
        "Hauteskundeak 2026ko abenduaren 5ean egingo dira",
        "Legea 2027ko urtarrilaren 1ean sartuko da indarrean",
    ],
)
def test_a_basque_line_of_news_naming_a_date_stays(news: str):
    assert _text(RATES, news) == _with(RATES, news)


@pytest.mark.parametrize(
    "forms",
    [
        ["věc", "věci", "věcí", "věcem"],
        ["měsíc", "měsíce", "měsíců", "měsíci"],
        ["dálnice", "dálnic", "dálnici"],
        ["tisíc", "tisíce", "tisíců"],
        # A word in -k, -ka, -ec or -ce whose forms Snowball writes "c" in, the agent nouns' plural and the
        # locative above all ("vojáci", soldiers; "v České republice", "ve válce", "v roce").
        ["voják", "vojáka", "vojáci", "vojáků"],
        ["odborník", "odborníci", "odborníků"],
        ["republika", "republiky", "republice"],
        ["válka", "války", "válce"],
        ["rok", "roku", "roce"],
        ["Němec", "Němci", "Němců"],
        ["soudce", "soudci", "soudců"],
    ],
)
def test_czech_forms_of_a_word_share_a_stem(forms: list[str]):
    # Keeping the "c" where Snowball wrote "k" parted "vojáci" from "voják", "republice" from "republika",
    # "Němci" from "Němec"; "měsíců" and "tisíců", whose "c" Snowball leaves, had been apart from the rest.
    assert len(set(content_stems(forms, "cs"))) == 1


SOLDIERS = (
    "Ukrajinští vojáci v noci odrazili útok u Pokrovska, uvedl generální štáb. Podle něj padlo nejméně dvanáct"
    " ruských vojáků.\nVálka na východě Ukrajiny trvá už čtvrtým rokem. Ve válce podle odhadů zahynuly desítky"
    " tisíc lidí.\nJeden voják řekl reportérům, že jednotky nemají dost munice. Vojáci podle něj čekají na"
    " dodávky ze Západu.\nČeská republika tento týden schválila další balík pomoci. V České republice žije přes"
    " tři sta tisíc Ukrajinců.\nMinistr obrany uvedl, že republika bude pomáhat i v příštím roce. Válka podle"
    " něj neskončí rychle."
)


def test_a_czech_story_s_soldiers_and_war_are_one_tag_each():
    # "vojáci" and "vojáků" had been two tags, "Válka" and "republika" each a form short of its count.
    tags = {tag.text.lower(): len(tag.spans) for tag in nutgraf.keyphrases(SOLDIERS)}
    assert [tag for tag in tags if tag.startswith("voj")] == ["vojáci"]
    assert tags["vojáci"] == 4
    assert tags["válka"] == 3
    assert tags["republika"] == 3


def test_a_caption_closed_by_its_station_s_call_sign_goes():
    # KTLA credits its own photos with its call sign after the caption's stop: the caption stayed between
    # the story's paragraphs, the sign being no photo word nor an agency.
    caption = "Smoke from the Sand Fire rises over Canyon Country on Dec. 3, 2026. (KTLA)"
    assert _text(RATES, caption) == "\n\n".join(RATES)


@pytest.mark.parametrize(
    "line",
    [
        # Three capitals, or four opening on neither K nor W, are a body's initials after its figure.
        "Cases of measles rose again last week across Europe. (WHO)",
        "Allied ministers met in Brussels on Tuesday. (NATO)",
        # Four opening on K or W name a league, a firm, a war, a force: a paragraph of news they close
        # names no year before its stop, as the caption's date does, and had gone whole as a caption.
        "The Las Vegas Aces won their third title in four years on Sunday. (WNBA)",
        "The firm's audit found no irregularities in the accounts. (KPMG)",
        "Veterans gathered at the memorial on Sunday to remember those who served. (WWII)",
        "Peacekeepers patrolled the northern town after the clashes on Tuesday. (KFOR)",
        # Nor does a paragraph that reports someone lose them, as it loses a photo's credit.
        "No injuries had been reported, fire officials said. (KTLA)",
        "The audit found no irregularities, the firm said. (KPMG)",
        # So where its sentence closes on a year, as a caption's date does.
        "The fire destroyed 40 homes, officials said, and crews worked through the night of Dec. 3, 2026. (KTLA)",
        "The audit found errors dating back to 2019, the firm said on Tuesday in a statement released in 2026. (KPMG)",
    ],
)
def test_a_paragraph_closed_by_other_capitals_in_brackets_stays(line: str):
    assert _text(RATES, line) == _with(RATES, line)
