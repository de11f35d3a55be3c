"""Keyphrases of the pasted news of tests/test_summary_world_news.py, read as an editor choosing a story's
tags would read them: no news agency, no dateline's city the story never names again, no day or time of
day, no unit of a figure, no verb."""

from __future__ import annotations

import pytest

import nutgraf
from test_summary_world_news import ARTICLES

# Agencies as the articles credit them (their datelines, "Con información de EFE", "/ТАСС/").
_AGENCIES = {
    "dpa", "afp", "reuters", "efe", "ansa", "anp", "pap", "aa", "antara", "kompas", "tt", "тасс", "риа",
    "новости", "укрінформ", "연합뉴스", "رويترز",
}  # fmt: skip


def _tags(name: str, top: int = 10) -> list[str]:
    return [keyphrase.text for keyphrase in nutgraf.keyphrases(ARTICLES[name].text, top=top)]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_no_tag_is_or_holds_a_news_agency_s_name(name: str) -> None:
    tags = _tags(name)
    assert not [tag for tag in tags if _AGENCIES & set(tag.casefold().replace(".", " ").split())], tags
    # The summary's tags are the same ones.
    assert [k.text for k in nutgraf.summarize(ARTICLES[name].text, keyphrases=10).keyphrases or ()] == tags


@pytest.mark.parametrize(
    ("name", "wrong"),
    [
        ("de_local_byline", "Dienstagabend"),  # Tuesday evening
        ("de_economy_quote", "Vormonat"),  # the month before
        ("de_economy_quote", "Punkte"),  # "88,4 Punkte"
        ("fr_local_ouestfrance", "kilomètres"),
        ("it_roma_local", "mattina"),  # morning
        ("pt_br_g1", "madrugada"),  # small hours
        ("nl_nos_weer", "vanmiddag"),  # this afternoon
        ("nl_nos_weer", "kilometer"),
        ("ru_tass", "годовых"),  # "16% годовых", a year
        ("uk_ukrinform", "тис"),  # "9 тис. грн", thousand hryvnias
        ("uk_ukrinform", "грн"),
        ("sv_tt", "procentenheter"),  # percentage points
        ("hi_bhasha", "दिसंबर"),  # December
        ("ar_reuters", "بالمئة"),  # percent
        ("ar_reuters", "جنيها"),  # pounds, beside "جنيه"
    ],
)
def test_no_tag_is_a_date_a_time_of_day_or_a_figure_s_unit(name: str, wrong: str) -> None:
    assert wrong not in _tags(name)


@pytest.mark.parametrize(
    ("name", "verb"),
    [
        ("fr_local_ouestfrance", "déclaré"),  # "s'est déclaré"
        ("es_reuters_paris", "identificado"),  # "no ser identificado"
        ("it_roma_local", "staccato"),  # "si è staccato"
        ("it_roma_local", "intervenuti"),  # "sono intervenuti"
        ("it_roma_local", "ferendo"),  # wounding
        ("pt_br_reuters", "sinalizou"),  # signalled
        ("pt_br_g1", "registrou"),  # recorded
        ("uk_ukrinform", "розуміємо"),  # we understand
        ("uk_pravda_local", "хочемо"),  # we want
        ("uk_pravda_local", "працюватиме цілодобово"),  # will work around the clock
        ("tr_aa_faiz", "sürdürülecek"),  # will be kept up
    ],
)
def test_no_tag_is_a_verb(name: str, verb: str) -> None:
    assert verb not in _tags(name, top=15)


@pytest.mark.parametrize(
    "word",
    # According to; whose; went (feminine, of the passive "दर्ज की गई"); they (before a past tense).
    ["अनुसार", "जिसके", "गई", "उन्होंने"],
)
def test_no_hindi_tag_is_or_holds_a_function_word(word: str) -> None:
    assert not [tag for tag in _tags("hi_bhasha", top=50) if word in tag.split()]


def test_a_dateline_s_city_named_nowhere_else_is_no_tag_where_the_agency_follows_the_date() -> None:
    # "Київ, 3 грудня. Укрінформ. ": a story of the minimum wage, filed in Kyiv.
    assert "Київ" not in _tags("uk_ukrinform", top=15)


def test_a_dateline_s_city_the_story_is_about_stays() -> None:
    assert "Roma" in _tags("it_roma_local", top=5)  # a cornice fell in Rome


def test_the_agency_s_own_words_and_the_date_are_no_tags_where_the_agency_follows_the_dateline() -> None:
    # "САНКТ-ПЕТЕРБУРГ, 3 дек - РИА Новости. ": "Новости" (news) is the agency's name.
    assert "Новости" not in _tags("ru_ria_local", top=20)
    assert "Укрінформ" not in _tags("uk_ukrinform", top=20)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # India's payments network, named as UPI, the name of an American agency too.
        (
            "UPI payments hit a record in November\n\nUPI transactions rose to 15 billion in November, the National"
            " Payments Corporation of India said on Monday. UPI has become the most popular way to pay in India."
            "\n\nThe UPI network handled payments worth 21 lakh crore rupees. Banks said UPI growth would go on.",
            "UPI",
        ),
        # Nusa Tenggara Barat, an Indonesian province, the initials of Norway's agency too.
        (
            "Pemprov NTB siapkan anggaran untuk bencana\n\nMATARAM - Pemerintah Provinsi NTB menyiapkan anggaran"
            " sebesar Rp 50 miliar untuk penanganan bencana di NTB tahun depan. Gubernur NTB mengatakan dana itu"
            " akan digunakan untuk membangun rumah warga.\n\nMenurut dia, NTB merupakan daerah rawan gempa.",
            "NTB",
        ),
    ],
)
def test_initials_an_agency_shares_with_the_story_s_subject_make_a_tag(text: str, tag: str) -> None:
    tags = [keyphrase.text for keyphrase in nutgraf.keyphrases(text, top=10)]
    assert any(tag in found.split() for found in tags), tags
