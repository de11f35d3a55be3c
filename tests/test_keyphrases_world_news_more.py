"""Keyphrases of the third round of pasted world news (tests/test_summary_world_news_more.py), read as an
editor choosing a story's tags would read them: the story's subject among the first five, and no tag that
is a function word, a date, a unit, a news agency, a reporting verb or a word cut in two."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.language import thai_words
from test_summary_world_news_more import ARTICLES
from world_news import names

# Each article's subject, as a tag among the first five holds it (letters of one of them, case aside).
_SUBJECTS = {
    "bn_bss_dengue": "ডেঙ্গু",  # dengue
    "ca_acn_habitatge": "pisos",
    "cs_ctk_dalnice": "dálnic",  # the motorway
    "da_ritzau_skat": "skat",  # tax
    "de_apa_wien": "jahreskarte",
    "de_sda_bern": "armeebudget",
    "el_kathimerini_ape": "αφίξ",  # arrivals ("αφίξεις"; casefold writes its final sigma as "σ")
    "es_clarin_inflacion": "inflación",
    "es_eltiempo_bogota": "metro",
    "fa_irna_ab": "آب",  # water
    "fi_yle_lumi": "lumi",  # snow
    "fr_radio_canada_pc": "logement",
    "he_ynet_bitachon": "תקציב",  # budget
    "hu_mti_inflacio": "infláció",
    "ms_bernama_banjir": "banjir",  # flood
    "no_ntb_strom": "strøm",  # electricity
    "pt_lusa_incendio": "incêndio",
    "pt_publico_greve": "greve",
    "ro_agerpres_salariu": "salari",  # the (minimum) wage
    "sw_mwananchi_mvua": "mvua",  # rain
    "ta_dinamani_mazhai": "மழை",  # rain
    "th_thairath_fon": "ฝนตกหนัก",  # heavy rain
    "tl_abscbn_presyo": "bigas",  # rice
    "ur_app_bijli": "بجلی",  # electricity
    "vi_ttxvn_giao_thong": "thu phí",  # (road) charging
}
# Tags an editor would strike, each with what it is.
_WRONG = {
    # December; the agency (BSS) of "ঢাকা, ৩ ডিসেম্বর (বাসস) :"; last (24 hours); year.
    "bn_bss_dengue": ("ডিসেম্বর", "বাসস", "গত", "বছর"),
    # "ha explicat", "ha aprovat": has explained, approved; Tuesday.
    "ca_acn_habitatge": ("explicat", "aprovat", "dimarts"),
    "cs_ctk_dalnice": ("zhruba", "skončit", "začít"),  # roughly; to end, to begin
    "da_ritzau_skat": ("kr", "mia", "fremgår"),  # kroner, billion (units); "it appears"
    "de_apa_wien": ("Öffi-Stadträtin Mag",),  # cut at the title "Mag. Ulli Sima"
    "es_clarin_inflacion": ("Suscribite", "newsletter", "once"),  # a call to subscribe; eleven (months)
    "fa_irna_ab": ("چهارشنبه", "ایرنا", "درصد"),  # Wednesday; IRNA; percent
    "fi_yle_lumi": ("kertoi", "aamulla", "iltaan"),  # told; in the morning; until the evening
    "he_ynet_bitachon": ("לעומת", "לקבל"),  # compared with; to receive
    "hu_mti_inflacio": ("december", "csütörtökön", "Októberben", "közölte"),  # on Thursday; in October; said
    # Earlier; Saturday; a total of; asked; "Datuk Dr. Nassuruddin" cut at its titles.
    "ms_bernama_banjir": ("tadi", "Sabtu", "Seramai", "meminta", "Datuk Dr"),
    "pt_lusa_incendio": ("mobilizava",),  # mobilised
    "pt_publico_greve": ("continuam", "garantiu"),  # go on; assured
    "ro_agerpres_salariu": ("ianuarie", "anunţat", "precizat"),  # January; announced; stated
    "sw_mwananchi_mvua": ("Jumamosi",),  # Saturday
    # "as" (quoting); "டிச." (Dec.) of the dateline; "செ.மீ." (cm) cut at its stops.
    "ta_dinamani_mazhai": ("என", "டிச", "செ", "மீ"),
    # December; "อัปเดตล่าสุด" (last updated) cut; "รับมือ" (to cope with) cut before the rain;
    # "มรสุมตะวันออกเฉียงเหนือ" (the north-east monsoon) cut at "วัน" (day).
    "th_thairath_fon": ("ธันวาคม", "อัปเดตล่า", "มือฝนตกหนัก", "มรสุมตะ"),
    "tl_abscbn_presyo": ("ayon", "Sinabi", "susunod", "taon"),  # according to; said; next; year
    # In, of, (ergative) by, did; "پی" of the agency's initials "اے پی پی" (APP).
    "ur_app_bijli": ("میں", "کا", "نے", "کیا", "پی"),
    "vi_ttxvn_giao_thong": ("Sở Giao",),  # "Sở Giao thông vận tải", the transport department, cut
}
# What this round found and left: each check's articles that still fail it, with why.
_SUBJECT_LEFT = {
    # "Regeringen vil sænke skatten ...": the tax is named once in the text, as often as the proposal's
    # other words ("udspil", "mindstelønnen").
    "da_ritzau_skat": "the tax is named once in the text, no more than the proposal's other words",
}
_WRONG_LEFT = {
    # "Stavba má začít na jaře 2027 a skončit do pěti let": Czech has no article to tell a noun by, and
    # its nouns end in "-t" as its infinitives do ("stát", "plat", "kandidát").
    "cs_ctk_dalnice": "Czech infinitives ('začít', 'skončit') are not told from nouns: a modal as a verb's marker"
    " ('má začít') would reach the first only, 'skončit' standing after 'a' four words on, and a noun in '-t'"
    " named once shows no other case to tell it by",
    "he_ynet_bitachon": "a Hebrew infinitive ('לקבל', to receive) is not told from a noun after 'ל'",
    # "Sở Giao thông vận tải": only the name's first two syllables are capitalised.
    "vi_ttxvn_giao_thong": "a Vietnamese name capitalised on its first syllables only is cut where they end",
}


def _tags(name: str, top: int = 10) -> list[str]:
    return [keyphrase.text for keyphrase in nutgraf.keyphrases(ARTICLES[name].text, top=top)]


def test_every_article_of_the_round_has_expectations() -> None:
    assert sorted(_SUBJECTS) == sorted(ARTICLES)


@pytest.mark.parametrize("name", names(_SUBJECTS, _SUBJECT_LEFT))
def test_the_story_s_subject_is_among_the_first_five_tags(name: str) -> None:
    tags = _tags(name, top=5)
    assert [tag for tag in tags if _SUBJECTS[name] in tag.casefold()], tags


@pytest.mark.parametrize("name", names(_WRONG, _WRONG_LEFT))
def test_no_tag_is_a_function_word_a_date_a_unit_an_agency_a_verb_or_a_cut_word(name: str) -> None:
    tags = _tags(name)
    assert [tag for tag in tags if tag in _WRONG[name]] == [], tags


def test_a_malay_word_s_forms_are_one_tag() -> None:
    # Snowball has no Malay: its words had been stemmed by their first six letters, and the flood story's
    # evacuation was two tags ("pemindahan", "berpindah segera"). Indonesian's stemmer folds them.
    tags = _tags("ms_bernama_banjir")
    assert len([tag for tag in tags if "indah" in tag]) == 1, tags  # "pindah" or, after "pe-", "mindah"


def test_a_thai_tag_holds_three_words_at_most() -> None:
    # Read into its words, a stretch of Thai had been a term of up to five, as Chinese characters are:
    # "ชาวบ้านเร่งขนของขึ้นที่สูง" (villagers hurry to carry their things up high) was a tag.
    text = ARTICLES["th_thairath_fon"].text
    tags = [keyphrase.text for keyphrase in nutgraf.keyphrases(text, top=25)]
    assert len(tags) >= 20
    assert [tag for tag in tags if len(thai_words(tag)) > 3] == []


# The stop's leftovers, ninth pass: a Croatian story's month in the locative ("u maju", in May; "u martu")
# had been a tag, as the genitive after a date's day ("1. marta") was not; and "Marta", a woman's name the
# text capitalises mid-sentence, had been dropped as March.
_CROATIAN_LAW = (
    "Sabor je u srijedu izglasao zakon o porezima. Zakon stupa na snagu 1. marta, a primjena počinje u maju."
    " Porezi padaju od marta. Zakon su kritizirali sindikati koji traže izmjene do kraja maja, a prosvjed"
    " najavljuju u martu. Sindikati traže sastanak s Vladom."
)
_CROATIAN_BAKER = (
    "Marta Kovač vodi pekaru u Splitu već dvadeset godina. Kupci kažu da Marta peče najbolji kruh u gradu."
    " Pekara zapošljava pet radnika, a Marta planira otvoriti drugu pekaru u svibnju. Cijene brašna rastu."
)


def test_a_croatian_month_in_any_case_is_no_tag() -> None:
    tags = [tag.casefold() for tag in _text_tags(_CROATIAN_LAW)]
    assert "zakon" in tags
    assert not {"maju", "martu", "marta", "maja"} & set(tags)


def test_a_croatian_woman_named_as_a_month_stays_a_tag() -> None:
    # Near miss of the months: "Marta" capitalised mid-sentence is the baker, "svibnju" (in May) still no tag.
    tags = _text_tags(_CROATIAN_BAKER)
    assert any(tag.startswith("Marta") for tag in tags)
    assert "svibnju" not in tags


def _text_tags(text: str) -> list[str]:
    return [keyphrase.text for keyphrase in nutgraf.keyphrases(text, top=10)]


# The stop's leftovers, tenth pass: Slovene's months ("1. junija", "maja", "v juniju") and Serbian's in Cyrillic
# ("1. марта", "у јуну") had been tags of a law's story, as Croatian's and the Latin Serbian were not.
_SLOVENE_LAW = (
    "Državni zbor je v sredo sprejel zakon o davkih. Zakon začne veljati 1. junija, uporaba pa se začne maja."
    " Davki padajo od junija. Zakon so kritizirali sindikati, ki zahtevajo spremembe do konca maja, protest pa"
    " napovedujejo v juniju. Sindikati zahtevajo sestanek z vlado. Zakon bo vlada objavila 15. marca, novela"
    " pa pride avgusta."
)
_SERBIAN_CYRILLIC_LAW = (
    "Скупштина је у среду изгласала закон о порезима. Закон ступа на снагу 1. марта, а примена почиње у јуну."
    " Порези падају од марта. Закон су критиковали синдикати који траже измене до краја јуна, а протест"
    " најављују у јуну. Синдикати траже састанак са Владом до марта. Закон ће влада објавити 15. марта."
)
_SLOVENE_MONTHS = {
    "januar", "januarja", "februar", "februarja", "marec", "marca", "april", "aprila", "maj", "maja",
    "junij", "junija", "juniju", "julij", "julija", "avgust", "avgusta", "september", "septembra",
    "oktober", "oktobra", "november", "novembra", "december", "decembra",
}  # fmt: skip
_SERBIAN_CYRILLIC_MONTHS = {
    "јануар", "јануара", "фебруар", "фебруара", "март", "марта", "марту", "април", "априла", "мај", "маја",
    "мају", "јун", "јуна", "јуну", "јул", "јула", "јулу", "август", "августа", "септембар", "септембра",
    "октобар", "октобра", "новембар", "новембра", "децембар", "децембра",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "subject", "months"),
    [(_SLOVENE_LAW, "zakon", _SLOVENE_MONTHS), (_SERBIAN_CYRILLIC_LAW, "закон", _SERBIAN_CYRILLIC_MONTHS)],
)
def test_a_slovene_or_serbian_cyrillic_month_is_no_tag(text: str, subject: str, months: set[str]) -> None:
    tags = [tag.casefold() for tag in _text_tags(text)]
    assert subject in tags
    assert [tag for tag in tags if set(tag.split()) & months] == []


def test_a_slovene_woman_named_as_a_month_stays_a_tag() -> None:
    # Near miss of the months: "Maja" capitalised mid-sentence is the baker, "maja" (May's genitive) no tag.
    text = (
        "Maja Novak vodi pekarno v Mariboru že dvajset let. Kupci pravijo, da Maja peče najboljši kruh v mestu."
        " Pekarna zaposluje pet delavcev, Maja pa namerava drugo pekarno odpreti maja. Cene moke rastejo."
    )
    tags = _text_tags(text)
    assert any(tag.startswith("Maja") for tag in tags), tags


# Review of the tenth pass: a Slovene day that is a town's or a man's name ("Murska Sobota", "Luka Petek") and
# a month opening the sentence as a woman's first name ("Maja Novak je ...") stay names.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Murska Sobota bo dobila novo avtobusno postajo. Načrt za Mursko Soboto je predstavil župan. V"
            " Murski Soboti bodo zgradili tri krožišča, ki jih Murska Sobota potrebuje že leta. Dela se"
            " začnejo junija.",
            "Mursko Soboto",
        ),
        (
            "Ekipa Petek je zmagala na tekmovanju v Kopru. Petkova ekipa je premagala domače favorite."
            " Kapetan Luka Petek je dejal, da so trenirali vse leto. Naslednje tekmovanje bo maja v Ljubljani.",
            "Luka Petek",
        ),
        (
            "Maja Novak je nova ministrica za zdravje. Novak je v sredo prisegla v državnem zboru. Maja Novak"
            " je prej vodila bolnišnico v Celju. Poslanci so jo potrdili s 50 glasovi, mandat pa nastopi 1."
            " junija.",
            "Maja Novak",
        ),
    ],
)
def test_a_slovene_name_spelt_as_a_day_or_opening_as_a_month_stays_a_tag(text: str, name: str) -> None:
    assert name in _text_tags(text)
