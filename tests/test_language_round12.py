"""The twelfth languages round: each case written as a reader's paste, with what a reader expects, before
nutgraf ran (docs/segmentation.md, the languages section)."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.language import detect_language, is_right_to_left, language_name, text_direction


@pytest.mark.parametrize(
    "paste",
    [
        # A house for Lahaina (Hawaiian), had been Malagasy; thanks a lot (Swahili), had been Bikol.
        "Hale no Lahaina",
        "Asante sana",
    ],
)
def test_a_paste_of_two_or_three_words_too_short_to_tell_is_named_no_language(paste: str) -> None:
    assert detect_language(paste) == "und"
    assert language_name("und") == "Undetermined"


@pytest.mark.parametrize(
    ("paste", "language"),
    [
        # Words of English or of a language nutgraf reads keep their reading, however short the paste.
        ("Breaking news", "en"),
        ("Merci beaucoup", "fr"),
        ("Danke schön", "de"),
        ("Dinamo osvojio prvenstvo", "hr"),
        # A headline opening on Asturian's "today", had been Extremaduran.
        ("Güei en Asturies", "ast"),
    ],
)
def test_a_short_paste_in_a_language_nutgraf_reads_keeps_it(paste: str, language: str) -> None:
    assert detect_language(paste) == language


@pytest.mark.parametrize(
    "headline",
    [
        # An earthquake shakes Garut; extreme weather hits East Java. The classifier read both as Javanese.
        "Gempa magnitudo 5,1 guncang Garut",
        "Cuaca ekstrem landa Jawa Timur",
    ],
)
def test_an_indonesian_headline_the_classifier_reads_as_javanese_is_indonesian(headline: str) -> None:
    assert detect_language(headline) == "id"


@pytest.mark.parametrize(
    "headline",
    [
        # Javanese headlines writing its own "ing" (in) and "ora" (not) stay Javanese.
        "Warga Solo nggelar kirab budaya ing alun-alun",
        "Rega lombok mundhak maneh, warga ora bisa tuku",
    ],
)
def test_a_javanese_headline_writing_its_own_words_stays_javanese(headline: str) -> None:
    assert detect_language(headline) == "jv"


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Indonesia's "persen" and "tersangka"; Malaysia's "peratus" and "suspek".
        # House prices up 5 percent (had been Malay); inflation up 2.5 percent (had been Indonesian).
        ("Harga rumah naik 5 persen", "id"),
        ("Kadar inflasi naik 2.5 peratus", "ms"),
        ("Kadar pengangguran turun kepada 3.3 peratus", "ms"),
        ("Polis tahan tiga suspek rompakan di Johor", "ms"),
    ],
)
def test_indonesian_and_malay_headlines_are_told_by_their_words_of_news(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Spanish headlines the classifier reads as Extremaduran (its words "la", "en" are every Romance
        # language's).
        ("Valencia gana la Copa en Sevilla", "es"),
        ("Ryanair cancela 400 vuelos en Barcelona", "es"),
        ("Mercadona sube el precio de la leche", "es"),
        # Extremaduran's own spellings, and Asturian's, keep theirs.
        ("Los estremeñus celebran el Día de Estremaúra", "ext"),
        ("Uviéu estrena güei el nuevu tranvía", "ast"),
    ],
)
def test_a_spanish_headline_read_as_extremaduran_is_spanish(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A new metro line in Mumbai; Karachi's power cuts: romanized Hindi, and Urdu by its "hukumat".
        (
            "Mumbai mein aaj se metro ki nayi line shuru ho gayi hai aur pehle din hazaron log safar kar rahe"
            " the. Mantri ne kaha ki kiraya nahin badhega.",
            "hi",
        ),
        (
            "Karachi mein bijli ka bohran jari hai aur kai ilaqon mein aath ghante se light nahi hai. Hukumat"
            " ne kaha hai ke masla jald hal hoga.",
            "ur",
        ),
    ],
)
def test_romanized_hindi_and_urdu_are_named_so_without_their_function_words_as_tags(
    text: str, language: str
) -> None:
    assert detect_language(text) == language
    tags = {keyphrase.text.lower() for keyphrase in nutgraf.keyphrases(text, top=10)}
    assert not tags & {"hai", "mein", "aur", "ne", "kaha"}, tags


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Hausa writes "ke", "ki", "ka" too; Italian "hai" (you have); an English story quotes Hindi.
        (
            "Gwamnatin jihar Kano ta ce za ta gina sababbin makarantu guda goma a shekara mai zuwa. Kwamishinan"
            " ilimi ya ce an riga an ware kudi domin aikin, kuma za a fara ne a watan Maris.",
            "ha",
        ),
        (
            "Il sindaco ha detto: «Se hai bisogno, chiama». Il comune aprirà un nuovo centro per gli anziani a"
            " maggio.",
            "it",
        ),
        (
            'Bollywood star Shah Rukh Khan told fans: "Main hoon na, aur yeh film aap sab ke liye hai." The film'
            " opens on Friday in 40 countries.",
            "en",
        ),
    ],
)
def test_a_text_writing_a_few_of_hindustanis_words_keeps_its_language(text: str, language: str) -> None:
    assert detect_language(text) == language


_NKO_STORY = (
    "ߞߏ߲߬ߞߏ߬ߙߌ߫ ߞߊ߲߬ߞߋ߫ ߓߘߊ߫ ߞߎߡߊ߫ ߛߌߦߊߡߊ߲߫ ߝߐ߫ ߞߎ߲߬ߝߐߟߌ ߞߊ߲߬. ߖߊ߯ߡߊ ߞߎߡߊ߫ ߓߘߊ߫ ߞߍ߫ ߛߏ߫ ߞߎ߲߬ߕߊ߲ߓߟߏ ߦߋ߫"
    " ߕߏ߬ߟߏ߲߫ ߞߊ߲߬. ߛߊ߲߬ߓߊ ߟߎ߬ ߓߘߊ߫ ߛߊ߬ߥߊ߲߬ ߞߏߛߓߍ߫."
)
_ADLAM_STORY = (
    "𞤄𞤢𞤤𞤣𞤫 𞤶𞤢𞤲𞤺𞤢𞤤 𞤳𞤫𞤧𞤮𞤤 𞤯𞤭𞤯𞤮 𞤲𞤢𞤱𞤣𞤫 𞤫 𞤑𞤮𞤲𞤢𞤳𞤭𞤪𞤭. 𞤔𞤢𞤲𞤺𞤮𞤱𞤮𞤩𞤫 𞤼𞤢𞤱𞤼𞤫𞤲𞤭 𞤢𞤲𞤣𞤢𞤤 𞤫𞤲 𞤲𞤺𞤢𞤤 𞤲𞤢𞤱𞤣𞤫. 𞤖𞤢𞤳𞤳𞤫𞤱𞤮 𞤲𞤺𞤮𞤴 𞤱𞤢𞤯𞤭 𞤶𞤮𞤲𞤭."
)


def test_a_story_in_nko_is_nko_set_right_to_left_and_cut_at_its_stops() -> None:
    # Had been Amharic, set left to right.
    summary = nutgraf.summarize(_NKO_STORY, sentences=5)
    assert summary.article.language == "nqo"
    assert language_name("nqo") == "N'Ko"
    assert is_right_to_left("nqo")
    assert len(summary.sentences) == 3


def test_a_story_in_adlam_is_fulani_and_one_in_vai_is_vai() -> None:
    # Had been "zxx" (no language) and Korean.
    assert detect_language(_ADLAM_STORY) == "ff"
    vai = "ꕉꕜꕮ ꔔꘋ ꖸ ꔰ ꗋꘋ ꕮꕊ ꗨꗡꔻ ꕉ ꖷ ꕯ ꕚꕌ. ꔀ ꕉ ꗱ ꘈꗬ ꕞꔤ ꕉ ꘃ ꖃ ꗏ ꕮ ꔳ."
    assert detect_language(vai) == "vai"
    assert language_name("vai") == "Vai"


def test_an_english_story_quoting_a_word_in_nko_stays_english() -> None:
    text = (
        "The word for school in N'Ko is ߞߊ߲߬ߞߋ, said the teacher, who has taught the script in Kankan for"
        " twenty years. His pupils now read the newspaper in it."
    )
    assert detect_language(text) == "en"


def test_a_story_in_adlam_is_set_right_to_left() -> None:
    # Fulani is written in Adlam, right to left, and in Latin letters: its direction is read from its
    # letters, Adlam's.
    assert text_direction(detect_language(_ADLAM_STORY), _ADLAM_STORY) == "rtl"


def test_a_manipuri_story_in_meetei_mayek_is_manipuri_cut_at_its_full_stops() -> None:
    # Loktak lake's floating huts (an Imphal daily's story): had been Korean, and one sentence, its stop
    # "꯫" read as no sentence's end.
    text = (
        "ꯂꯣꯀꯇꯥꯀ ꯄꯥꯇꯇꯥ ꯈꯁꯤ ꯊꯣꯅꯊꯣꯀꯄꯥ ꯊꯕꯈ ꯥꯁꯤ ꯃꯦꯌꯥꯤ ꯲꯰ ꯒꯤ ꯅꯨꯪꯤꯗ ꯍꯣꯪꯂꯀꯂꯦ꯫ ꯂꯃꯌꯥꯪꯕ ꯁꯃꯤꯇꯤ ꯅꯥ ꯋꯥꯤ ꯳ ꯒꯤ ꯃꯇꯨꯪ"
        " ꯈꯁꯤ ꯥꯁꯤ ꯂꯣꯀꯄꯥ ꯇꯥꯤ꯫ ꯃꯅꯤꯄꯨꯔ ꯁꯔꯀꯥꯔ ꯅꯥ ꯊꯕꯈ ꯥꯁꯤ ꯂꯣꯤꯁꯅꯕꯒꯤ ꯂꯃꯈꯥꯤꯗ ꯂꯥꯀ꯫"
    )
    summary = nutgraf.summarize(text, sentences=5)
    assert summary.article.language == "mni"
    assert language_name("mni") == "Manipuri"
    assert len(summary.sentences) == 3


def test_an_english_story_naming_a_word_in_meetei_mayek_stays_english_and_whole() -> None:
    text = (
        "Signboards in Imphal now carry the name ꯃꯅꯤꯄꯨꯔ in Meetei Mayek beside the English. The state made"
        " the script compulsory on them in 2021."
    )
    summary = nutgraf.summarize(text, sentences=5)
    assert summary.article.language == "en"
    assert len(summary.sentences) == 2
