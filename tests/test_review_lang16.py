"""The review of the sixteenth languages round: texts its new rules misread (English headlines on a
chemical or a Danish name, a German story with an inch mark before an English quotation, German stories
quoting Cologne's or Luxembourg's speech, Marathi headlines naming Anupama, a Slovene headline on
snowmen), each written as a reader's paste, with near misses that keep the round's cases
(docs/segmentation.md, the languages section)."""

from __future__ import annotations

import pytest

from nutgraf.language import detect_language


@pytest.mark.parametrize(
    "headline",
    [
        # English's chemicals and names end in "-lene" too: had been Norwegian or Danish.
        "methylene blue trial",
        "Polypropylene demand slumps",
        "Ethylene plant shut",
        "Magdalene Islands ferry",
        # "Ny" opening a Danish name: had been Norwegian.
        "Ny Carlsberg Glyptotek reopens",
    ],
)
def test_an_english_headline_on_a_chemical_or_a_danish_name_stays_english(headline: str) -> None:
    assert detect_language(headline) == "en"


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Ny rapport: bostadspriserna faller", "sv"),
        ("Rosenborg sparker treneren", "no"),
        ("Statsministeren besoker Tromso", "no"),
        ("Ny kommune", "no"),
        ("Kanalene stengt", "no"),
        ("Finalene avgjort", "no"),
    ],
)
def test_a_scandinavian_headline_keeps_its_reading(headline: str, language: str) -> None:
    assert detect_language(headline) == language


def test_a_german_story_with_an_inch_mark_before_an_english_quotation_stays_german() -> None:
    # The inch mark paired with the quotation's opening quote: the German was taken for the quotation,
    # and the text had been English.
    text = (
        'Der neue 27" Monitor von Samsung kostet 400 Euro und ist ab Montag im Handel erhältlich, teilte'
        ' das Unternehmen mit. "We are very proud of this product and we think it is the best one in the'
        ' world," sagte der Chef.'
    )
    assert detect_language(text) == "de"


@pytest.mark.parametrize(
    "text",
    [
        # Cologne's carnival and a Luxembourger quoted: had been Luxembourgish by "kritt" and "mécht".
        "Kölner Karneval: „Et kütt wie et kütt, un wer nix kritt, dä kritt nix“, sagt der Präsident",
        "Der Trainer sagt: „Mer mécht dat net“, und die Fans jubeln",
    ],
)
def test_a_german_story_quoting_dialect_stays_german(text: str) -> None:
    assert detect_language(text) == "de"


@pytest.mark.parametrize(
    "text",
    [
        "De Premier seet, hien ass zefridden",
        "Hien fiert mam Zuch op Bréissel",
        "D'Regierung wëll d'Steieren erofsetzen",
    ],
)
def test_luxembourgish_by_its_verbs_stays_luxembourgish(text: str) -> None:
    assert detect_language(text) == "lb"


@pytest.mark.parametrize(
    "headline",
    [
        # The names Anupama and Nirupama end in "मा" on a consonant: had been Nepali.
        "अनुपमा मालिकेचा नवा भाग",
        "निरुपमा यांनी मुंबईत सभा घेतली",
    ],
)
def test_a_marathi_headline_naming_anupama_stays_marathi(headline: str) -> None:
    assert detect_language(headline) == "mr"


@pytest.mark.parametrize(
    "headline",
    ["काठमाडौंमा भारी वर्षाले यातायात अवरुद्ध", "प्रधानमन्त्री बैठकमा सहभागी", "नेपालमा चुनाव"],
)
def test_nepali_with_its_joined_in_stays_nepali(headline: str) -> None:
    assert detect_language(headline) == "ne"


def test_a_slovene_headline_on_snowmen_stays_slovene() -> None:
    # Slovene's "sneženi" (snowy), written plain, is Czech's "snezeni" (snowfall): had been Czech.
    assert detect_language("Snezeni mozje na Pohorju") == "sl"


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Snezeni komplikuje dopravu na dalnici D1", "cs"),
        ("Snezenie komplikuje dopravu na dialnici D1", "sk"),
    ],
)
def test_a_plain_letter_west_slavic_headline_on_the_motorway_keeps_its_language(
    headline: str, language: str
) -> None:
    assert detect_language(headline) == language
