"""The fourteenth languages round: close pairs a short text confuses (Serbian Latin, Croatian and Bosnian;
Belarusian, Ukrainian and Russian; Nynorsk, Bokmål and Danish), and stories whose body is in one script
under a block in another (docs/segmentation.md, the languages section). Each case written as a reader's paste before nutgraf ran."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.language import detect_language, text_direction


@pytest.mark.parametrize(
    "headline",
    [
        # Belgrade papers' headlines in the Latin alphabet, by Serbia's ekavian spellings ("pobedila",
        # "večitom", "cene", "prestonica", "lekari", "saopštila"): had been Croatian or Bosnian.
        "Zvezda pobedila Partizan u večitom derbiju",
        "Cene struje od jula rastu deset odsto",
        "Novi Sad prestonica kulture Evrope",
        "Lekari u Nišu najavili štrajk",
        "Opština Zemun saopštila da voda ponovo teče",
    ],
)
def test_a_serbian_headline_in_latin_letters_is_serbian(headline: str) -> None:
    assert detect_language(headline) == "sr"


@pytest.mark.parametrize(
    "headline",
    [
        # Croatian's own words: "uhitila" (arrested; Bosnian and Serbian "uhapsila"), "ponovno" (again;
        # "ponovo"), "uhićen": had been Bosnian.
        "Policija uhitila osumnjičenike za pljačku banke",
        "Cijene goriva ponovno rastu",
        "Uhićen načelnik općine zbog korupcije",
    ],
)
def test_a_croatian_headline_with_croatian_words_is_croatian(headline: str) -> None:
    assert detect_language(headline) == "hr"


@pytest.mark.parametrize(
    "headline",
    [
        # "hiljade" (thousands; Croatian "tisuće") and "fudbal" (Croatian "nogomet"): had been Croatian.
        "Schmidt nametnuo izmjene Izbornog zakona, hiljade ljudi na ulicama",
        "Hajduk i Dinamo igraju fudbal u Mostaru",
    ],
)
def test_a_headline_with_words_croatian_never_writes_is_not_croatian(headline: str) -> None:
    assert detect_language(headline) == "bs"


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Near misses: Croatian and Bosnian headlines in their own ijekavian words, and Slovenian ones
        # writing "cene" and "predlog" as Serbian does, keep their reading.
        ("Cijene struje od srpnja rastu deset posto", "hr"),
        ("Tisuće ljudi prosvjedovale u Zagrebu", "hr"),
        ("Marta Kos nova europska povjerenica", "hr"),
        ("Dinamo osvojio prvenstvo", "hr"),
        ("Cijene goriva u Sarajevu ponovo rastu", "bs"),
        ("Policija uhapsila osumnjičenog za ubistvo u Zenici", "bs"),
        ("Hiljade ljudi na protestu u Sarajevu", "bs"),
        ("Cene bencina spet višje", "sl"),
        ("Predlog zakona o vodah v javni obravnavi", "sl"),
    ],
)
def test_croatian_bosnian_and_slovenian_headlines_keep_their_language(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    "headline",
    [
        # Belarusian words spelled with "і" beside "ы" ("выйшлі"), and its reflexive "-цца" ("чакаецца", is
        # expected): had been Ukrainian and Russian.
        "Палітвязні выйшлі на волю пасля памілавання",
        "Надвор'е: у выхадныя чакаецца моцны мароз",
    ],
)
def test_a_belarusian_headline_is_neither_ukrainian_nor_russian(headline: str) -> None:
    assert detect_language(headline) == "be"


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Near misses: Russian's pizza and Nice ("цц" after "и"), a Russian and a Ukrainian forecast, and
        # Belarusian headlines its "ў" told before.
        ("Пицца подорожала в Ницце", "ru"),
        ("Погода: в выходные ожидается сильный мороз", "ru"),
        ("Ціни на пальне знову зростають", "uk"),
        ("Цэны на малако зноў выраслі", "be"),
        ("Рэформы ў адукацыі адкладаюцца", "be"),
    ],
)
def test_russian_ukrainian_and_belarusian_headlines_keep_their_language(headline: str, language: str) -> None:
    assert detect_language(headline) == language


def test_a_short_nynorsk_headline_is_norwegian_not_undetermined() -> None:
    # Nynorsk's "stengjer" (closes; Bokmål "stenger"): the classifier read Nynorsk, which had been named none.
    assert detect_language("Storm stengjer Hardangerbrua") == "no"


def test_norways_oil_fund_is_norwegian() -> None:
    # Norway's "olje" (Danish "olie"): had been Danish.
    assert detect_language("Oljefondet passerer 20.000 milliarder") == "no"


@pytest.mark.parametrize(
    ("paste", "language"),
    [
        # Near misses: Danish's "olie", a Nynorsk headline with "ikkje", and a paste too short to tell.
        ("Olieprisen stiger igen", "da"),
        ("Ikkje meir skule", "no"),
        ("Hale no Lahaina", "und"),
    ],
)
def test_danish_nynorsk_and_undetermined_pastes_keep_their_reading(paste: str, language: str) -> None:
    assert detect_language(paste) == language


_ENGLISH_QUOTE = (
    '"We are committed to building a safer, greener and more connected city for everyone who lives and works'
    ' here, and this plan is the first step of many," the governor said in a statement released on Monday'
    " morning to the press and the public."
)
_JAPANESE_STORY = (
    "東京都は来年度から新しい交通政策を導入すると発表した。都知事によると、バスの路線を見直し、高齢者の移動を"
    "支援する。費用は約百億円の見込みだ。交通局の担当者は「利用者の声を聞きながら、より便利な路線網を作りたい」"
    "と話した。新しい路線は四月に運行を始め、駅前と病院、市役所を結ぶ。運賃は現在と同じ二百十円に据え置く。"
)
_ARABIC_STORY = (
    "أعلنت وزارة النقل عن خطة جديدة لتوسيع شبكة المترو في القاهرة. وقال الوزير إن المشروع سيكتمل خلال ثلاث"
    " سنوات بتكلفة تصل إلى مليار دولار. وأضاف أن الخط الجديد سيربط وسط المدينة بالمطار."
)


def test_a_japanese_story_under_an_english_quote_block_is_japanese_and_summarized_in_japanese() -> None:
    # The English quote's function words had made the whole story English.
    summary = nutgraf.summarize(_ENGLISH_QUOTE + "\n\n" + _JAPANESE_STORY, sentences=2)
    assert summary.article.language == "ja"
    assert any("。" in sentence.text for sentence in summary.sentences)


def test_an_arabic_story_under_an_english_quote_block_is_arabic_and_right_to_left() -> None:
    # Had been English, and set left to right.
    text = _ENGLISH_QUOTE + "\n\n" + _ARABIC_STORY
    assert detect_language(text) == "ar"
    assert text_direction(detect_language(text)) == "rtl"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Near misses: an English story quoting a line of Arabic, or naming a place in Chinese, stays
        # English; a Latin headline over a Russian story and a code snippet in a German one keep the body's.
        (
            "Protesters in Cairo chanted a slogan that was heard across the square for hours: 'عيش حرية"
            " عدالة اجتماعية'. Police said the crowd was peaceful and that the square would reopen to traffic"
            " on Tuesday, after the last of the marchers had gone home.",
            "en",
        ),
        (
            "The new high-speed line to 深圳 opened on Monday, cutting the journey from Hong Kong to fourteen"
            " minutes. Officials said the trains would run every ten minutes from early morning until late at"
            " night, and that fares would stay the same for a year.",
            "en",
        ),
        (
            "Moscow Metro Expansion Plan Approved\n\nПравительство утвердило новый план развития транспорта в"
            " Москве. По словам мэра, до 2030 года в городе построят двадцать новых станций метро.",
            "ru",
        ),
        (
            "So sieht der Code aus:\n\ndef fetch(url):\n    return requests.get(url, timeout=10).json()\n\n"
            "Die Bibliothek wurde im vergangenen Jahr veröffentlicht und wird von vielen Entwicklern in"
            " Deutschland genutzt. Sie ist kostenlos und quelloffen.",
            "de",
        ),
    ],
)
def test_a_block_in_another_script_leaves_the_bodys_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_another_scripts_search_is_linear_on_a_hostile_paste() -> None:
    # Tens of thousands of alternating Latin and Japanese letters, the worst case for the letter runs.
    text = "aあ" * 10_000 + " the and of " * 100
    assert detect_language(text) == "ja"
    assert detect_language("цца " * 10_000) not in {"ru", "uk"}


def test_a_galician_headline_in_galicias_spelling_of_government_news_is_galician() -> None:
    # Galician's "aproba" and "orzamentos" (Portuguese "aprova", "orçamentos"): had been Portuguese.
    assert detect_language("A Xunta aproba os orzamentos para 2025") == "gl"


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Near misses: Portuguese's own spellings of the same news, and its "concelho" (municipality).
        ("Governo aprova novo orçamento do Estado", "pt"),
        ("O concelho de Sintra aprova orçamento", "pt"),
        ("O Goberno galego aproba o decreto da vivenda", "gl"),
    ],
)
def test_portuguese_and_galician_government_headlines_keep_their_language(
    headline: str, language: str
) -> None:
    assert detect_language(headline) == language


def test_the_blocks_read_past_before_the_other_script_share_hold_no_letter() -> None:
    """The share of another script's letters is not looked for in a text of Latin letters, punctuation and
    currency signs alone: it holds none of them, which is so only while those blocks hold no letter."""
    from nutgraf.language.detection import _BEYOND_LATIN, _NOT_LATIN_LETTERS

    read_past = [chr(c) for c in range(0x110000) if not _BEYOND_LATIN.match(chr(c))]
    assert not [c for c in read_past if _NOT_LATIN_LETTERS.match(c)]
