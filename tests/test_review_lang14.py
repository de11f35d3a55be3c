"""The review of the fourteenth languages round: texts its new rules misread (a Croatian headline writing
"ponovo", a wrestler's name in a Croatian story, a Russian story quoting Belarusian, an English story
quoting a Russian sentence or an Arabic sign), each written as a reader's paste, with near misses that keep
the round's cases (docs/segmentation.md, the languages section)."""

from __future__ import annotations

import pytest

from nutgraf.language import detect_language, text_direction


@pytest.mark.parametrize(
    "headline",
    [
        # Croatian writes "ponovo" beside "ponovno": had been Bosnian.
        "Dinamo ponovo prvak Hrvatske nakon drame u Maksimiru",
        "Vlada ponovo odgodila odluku o cijenama goriva",
        "Plenković: Hrvatska će ponovo pomoći Ukrajini",
    ],
)
def test_a_croatian_headline_writing_ponovo_stays_croatian(headline: str) -> None:
    assert detect_language(headline) == "hr"


@pytest.mark.parametrize(
    "headline",
    [
        # Bosnia writes "nogomet" too, and "Tjedan mode" is an event's name: had been Croatian.
        "Sarajevo: Nogometni savez BiH smijenio selektora nakon poraza",
        "Hrvatski nogometni savez kažnjen, Bosna i Hercegovina traži odgovore od UEFA-e",
        "Građani Sarajeva čekaju Tjedan mode u Zagrebu",
    ],
)
def test_a_bosnian_headline_naming_a_croatian_word_stays_bosnian(headline: str) -> None:
    assert detect_language(headline) == "bs"


def test_a_name_spelled_like_an_ekavian_word_does_not_make_a_story_serbian() -> None:
    # "Cena" is John Cena's name, not Serbia's "price"; the story's "dvije" is ijekavian: had been Serbian.
    assert detect_language("John Cena se vraća u ring nakon dvije godine") in {"hr", "bs"}


@pytest.mark.parametrize(
    "headline",
    [
        # Near misses: an ekavian word opening the headline, or a sentence after a colon or a full stop,
        # still makes it Serbian.
        "Cene struje od jula rastu deset odsto",
        "Vučić: Cene struje rastu od jula",
        "Zvezda i Partizan: Pobeda za crveno-bele",
        "U Beogradu večeras. Posle utakmice navijači slavili",
    ],
)
def test_an_ekavian_word_opening_a_sentence_is_still_serbian(headline: str) -> None:
    assert detect_language(headline) == "sr"


def test_a_russian_story_quoting_a_belarusian_name_stays_russian() -> None:
    # The quotation's "Рэспубліка" (і beside э) had ruled Russian out, and the story was Bashkir.
    text = "Президент назвал Республику Беларусь «Рэспубліка Беларусь» в официальном документе"
    assert detect_language(text) == "ru"


def test_a_quoted_belarusian_headline_alone_is_still_belarusian() -> None:
    # Near miss: with nothing outside the quotation, the quotation is the text.
    assert detect_language("«Палітвязні выйшлі на волю пасля памілавання»") == "be"


@pytest.mark.parametrize(
    "text",
    [
        # An English story quoting a sentence in another script, and translating it: had been Russian and
        # Arabic (and set right to left), the quotation's letters a quarter of the text's.
        'Putin said: "Мы не собираемся ни на кого нападать, но будем защищать свои интересы всеми'
        ' средствами." He added that the West should listen. Officials in Washington dismissed the remarks.',
        'The sign at the border reads "مرحبا بكم في المملكة الأردنية الهاشمية" — welcome to the Hashemite'
        " Kingdom of Jordan. Tourists photograph it daily.",
    ],
)
def test_an_english_story_quoting_another_script_stays_english(text: str) -> None:
    assert detect_language(text) == "en"
    assert text_direction(detect_language(text)) != "rtl"


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: an English quotation attributed to a name in another script stays English.
        '"We will never give up on reunification, and we will keep working with all our friends to make it'
        ' happen," said 习近平.',
        '"Peace is possible if both sides return to the table without conditions," — محمد بن سلمان',
    ],
)
def test_an_english_quotation_attributed_in_another_script_stays_english(text: str) -> None:
    assert detect_language(text) == "en"
    assert text_direction(detect_language(text)) != "rtl"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Near misses: a Japanese story quoting an English sentence, and a Hindi one, stay in their body's
        # language.
        (
            "東京都は新しい政策を発表した。知事は“We want a greener and safer city for everyone who lives and"
            " works here”と述べた。費用は約百億円の見込みだ。",
            "ja",
        ),
        (
            'प्रधानमंत्री ने कहा, "We will make India a developed nation by 2047." उन्होंने यह बात दिल्ली में'
            " एक कार्यक्रम में कही।",
            "hi",
        ),
    ],
)
def test_a_story_quoting_english_keeps_its_bodys_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_portuguese_headline_quoting_galician_stays_portuguese() -> None:
    # The quotation's "aproba" and "orzamentos" had made it Galician.
    assert detect_language('O Governo galego e a Xunta: "aproba os orzamentos" diz a oposição') == "pt"


@pytest.mark.parametrize(
    "headline",
    [
        # Near misses: Galician headlines, one quoting a minister, stay Galician.
        "O goberno de Rueda aproba a lei do litoral",
        'A Xunta aproba os orzamentos para 2025: "Son para as familias"',
    ],
)
def test_a_galician_headline_quoting_its_minister_stays_galician(headline: str) -> None:
    assert detect_language(headline) == "gl"


def test_an_english_story_quoting_arabic_in_single_quotes_stays_english() -> None:
    text = (
        "The statement read: 'نحن ملتزمون بالسلام والاستقرار في المنطقة ونرفض كل أشكال العنف' — we are"
        " committed to peace and stability in the region. Officials welcomed it."
    )
    assert detect_language(text) == "en"
