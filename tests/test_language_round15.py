"""The fifteenth languages round: close pairs as a reader pastes a headline, and quotations in single quotes.

Czech and Slovak typed without their marks, Malay and Indonesian by each's own words of news, Hindi, Marathi
and Nepali by the words each writes alone, and an English story quoting another script in single quotes.
Each case beside its near misses: the other language of the pair, and texts that look like the case.
"""

from __future__ import annotations

import pytest

from nutgraf.language import detect_language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Plain letters: each had been read as the other, as Kurdish or as English.
        ("Policie hleda pohresovaneho chlapce z Ostravy", "cs"),
        ("Ceny benzinu opet rostou", "cs"),
        ("Zemrela herecka Jirina Bohdalova", "cs"),
        ("Prezident jmenoval noveho ministra zdravotnictvi", "cs"),
        ("Ceny benzinu opat rastu", "sk"),
        ("Poslanci schvalili rozpocet na buduci rok", "sk"),
        ("Zomrela herecka Emilia Vasaryova", "sk"),
        ("Zomrel herec Milan Lasica", "sk"),
    ],
)
def test_czech_and_slovak_without_their_marks_are_told_by_their_spellings(
    headline: str, language: str
) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Written with their marks, and plain headlines already read right.
        ("Sněmovna schválila zvýšení platů učitelů", "cs"),
        ("Národná rada schválila zvýšenie platov učiteľov", "sk"),
        ("Prezident vymenoval nového ministra zdravotníctva", "sk"),
        ("Skoly se kvuli chripce zaviraji", "cs"),
        ("Skoly sa kvoli chripke zatvaraju", "sk"),
        # Bosnian and Croatian write "opet" (again) and "su": they stay theirs.
        ("Cijene goriva opet rastu ovaj tjedan", "hr"),
        ("Policija uhapsila osumnjičene za pljačku u Sarajevu", "bs"),
        # English headlines of Czech names and places stay English.
        ("Prague police hunt missing boy", "en"),
        ("Czech actress Jirina Bohdalova dies", "en"),
    ],
)
def test_near_misses_of_plain_czech_and_slovak_keep_their_language(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Indonesia's courts and words ("kasasi", "gugatan", "mantan") had been Malay.
        ("Mahkamah Agung tolak kasasi mantan menteri", "id"),
        ("Mahkamah Konstitusi tolak gugatan", "id"),
    ],
)
def test_indonesian_headlines_of_its_courts_are_indonesian(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Mahkamah tolak rayuan bekas menteri", "ms"),
        ("Polis tahan tiga lelaki selepas rompakan di Johor Bahru", "ms"),
        ("Jabatan Kastam rampas dadah bernilai RM2 juta", "ms"),
        ("Kerajaan umum kenaikan gaji minimum kepada RM1,700", "ms"),
        ("Polisi tangkap tiga pria usai perampokan di Medan", "id"),
        ("Bea Cukai sita narkoba senilai Rp20 miliar", "id"),
    ],
)
def test_near_misses_of_malay_and_indonesian_keep_their_language(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Hindi's postpositions and auxiliaries written as words ("का", "करेंगे") had been Marathi; Marathi's
        # "केले" (did) Hindi.
        ("प्रधानमंत्री आज वाराणसी का दौरा करेंगे", "hi"),
        ("सरकारने पेट्रोलचे दर कमी केले", "mr"),
    ],
)
def test_hindi_and_marathi_are_told_by_the_words_each_writes_alone(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("सरकार ने पेट्रोल के दाम घटाए", "hi"),
        ("रिज़र्व बैंक ने ब्याज दरों में कोई बदलाव नहीं किया", "hi"),
        ("मुंबईत मुसळधार पावसामुळे वाहतूक ठप्प", "mr"),
        ("पुणे महानगरपालिकेने शहरासाठी नवीन पाणीपुरवठा योजना जाहीर केली आहे।", "mr"),
        ("सरकारले पेट्रोलको मूल्य घटायो", "ne"),
        ("किसानहरूको आन्दोलन फेरि सुरु भयो", "ne"),
        ("राष्ट्र बैंकले ब्याजदर परिवर्तन गरेन", "ne"),
    ],
)
def test_near_misses_of_devanagari_headlines_keep_their_language(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    "text",
    [
        "The statement read: 'نحن ملتزمون بالسلام والاستقرار في المنطقة ونرفض كل أشكال العنف' — we are"
        " committed to peace and stability in the region. Officials welcomed it.",
        "The banner at the station said 'Добро пожаловать в наш город' — welcome to our town. Tourists"
        " laughed at it.",
    ],
)
def test_an_english_story_quoting_another_script_in_single_quotes_stays_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The story's own script in single quotes, and a text that is all quotation, keep their language.
        ("المتحدث قال إن 'الحكومة ستواصل العمل' على المشروع في العام المقبل", "ar"),
        ("'نحن ملتزمون بالسلام والاستقرار في المنطقة ونرفض كل أشكال العنف'", "ar"),
        ("Он сказал: 'Мы не отступим' и ушёл из зала заседаний совета.", "ru"),
        # Apostrophes in English beside another script's name stay apostrophes: the story is English.
        (
            "Officials said the town's mayor, Ахмед, wasn't at the 'opening' of the new bridge yesterday.",
            "en",
        ),
        # English in single quotes in a Japanese story is the story's quoting.
        ("東京の会社が 'new product' を発表した。来年から販売する予定だ。", "ja"),
    ],
)
def test_near_misses_of_single_quotes_keep_their_language(text: str, language: str) -> None:
    assert detect_language(text) == language


# The sixteenth round's: its "-eren" (the prime minister) is no English word's ending.
def test_a_plain_letter_norwegian_headline_is_norwegian() -> None:
    assert detect_language("Statsministeren besoker Tromso") == "no"


# The sixteenth round's: Nepali's "in" joined to a place's name after its nasal sign.
def test_a_nepali_headline_of_joined_postpositions_is_nepali() -> None:
    assert detect_language("काठमाडौंमा भारी वर्षाले यातायात अवरुद्ध") == "ne"


# The sixteenth round's: Czech's plain "dalnici" (the motorway) and "snezeni" (snowfall).
def test_a_plain_czech_headline_of_verbal_nouns_is_czech() -> None:
    assert detect_language("Snezeni komplikuje dopravu na dalnici D1") == "cs"


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Slovene's and Croatian's "nebo" is the sky, no Czech "or": these had been Czech.
        ("Nebo bo jutri jasno", "sl"),
        ("Letalo je poletelo v nebo", "sl"),
        # And Czech's "or" among its plain words still makes a headline Czech.
        ("Pujdeme ven, nebo zustaneme doma?", "cs"),
    ],
)
def test_the_sky_of_slovene_headlines_is_no_czech_or(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Hindi's banana is Marathi's "did": these Hindi headlines had been Marathi.
        ("केले महंगे हुए", "hi"),
        ("केला सस्ता हुआ", "hi"),
        ("उसने केला खाया", "hi"),
        # Marathi's "did" ends its clause, and stays Marathi's.
        ("सरकारने निर्णय जाहीर केले.", "mr"),
        ("पोलिसांनी आरोपीला अटक केली", "mr"),
    ],
)
def test_a_hindi_banana_is_no_marathi_verb(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Indonesia writes these words of Malaysia's news too: its insurance policy, kingdom, prey and
        # tomorrow had made these Indonesian headlines Malay.
        ("Klaim polis asuransi ditolak, nasabah gugat perusahaan", "id"),
        ("Raja Charles dan kerajaan Inggris berduka", "id"),
        ("Warga menjadi mangsa penipuan online di Surabaya", "id"),
        ("Harapan untuk hari esok, kata warga Jakarta", "id"),
        # And Malaysia writes Indonesia's "siswa" (a student) and "usai" (over): these had been Indonesian.
        ("Pelajar dan siswa universiti menyertai perhimpunan di Kuala Lumpur", "ms"),
        ("Pasukan bola sepak negara tewas, usai aksi sengit", "ms"),
    ],
)
def test_words_both_malay_and_indonesian_write_keep_a_headline_its_language(
    headline: str, language: str
) -> None:
    assert detect_language(headline) == language
