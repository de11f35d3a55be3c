"""The seventeenth languages round: Bulgarian headlines read as Russian, plain-letter Latvian ones read as
Lithuanian, and mixed-language articles, whose summary keeps to their prose's language.

Each case beside its near misses: the other language of the pair, and texts that look like the case.
"""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.language import detect_language
from test_language_round16 import ENGLISH_QUOTING_GERMAN

SPANISH_QUOTING_ENGLISH = (
    "El Gobierno de España anunció el martes un nuevo plan de ayudas para los agricultores afectados por la"
    " sequía en Andalucía y Murcia.\n\n"
    "The European Commission welcomes the Spanish government's decision and will work closely with Madrid to"
    " make sure that the funds reach the farmers who need them most, a spokesperson for the Commission said"
    " in a statement on Tuesday afternoon.\n\n"
    "El ministro de Agricultura, Luis Planas, explicó que las ayudas llegarán a más de 50.000 explotaciones"
    " antes del verano.\n\n"
    "Las organizaciones agrarias consideran que el plan es insuficiente y han convocado protestas en Sevilla."
)
FRENCH_QUOTING_ENGLISH = (
    "Le président Emmanuel Macron a reçu mardi à l'Élysée le Premier ministre britannique Keir Starmer.\n\n"
    "« We share the same values and the same determination to support Ukraine for as long as it takes », a"
    " déclaré M. Starmer à l'issue de l'entretien.\n\n"
    "Les deux dirigeants ont également évoqué la question migratoire dans la Manche."
)
GERMAN_QUOTING_A_TWEET = (
    "Der Tesla-Chef Elon Musk hat sich am Wochenende erneut in die deutsche Politik eingemischt.\n\n"
    'In einem Beitrag auf X schrieb er: "Only the AfD can save Germany. The other parties have failed the'
    " people completely and it is time for a change before it is too late for the country and for"
    ' Europe".\n\n'
    "Die Bundesregierung wies die Äußerungen als Einmischung in den Wahlkampf zurück.\n\n"
    "Regierungssprecher Steffen Hebestreit sagte, man nehme die Meinung von Herrn Musk zur Kenntnis."
)
GERMAN_WITH_AN_UNQUOTED_TWEET = (
    "Der Tesla-Chef Elon Musk hat sich am Wochenende erneut in die deutsche Politik eingemischt. In einem"
    " Beitrag auf X schrieb er:\n\n"
    "Only the AfD can save Germany. The other parties have failed the people completely and it is time for a"
    " change before it is too late for the country and for Europe.\n\n"
    "Die Bundesregierung wies die Äußerungen als Einmischung in den Wahlkampf zurück. Regierungssprecher"
    " Steffen Hebestreit sagte, man nehme die Meinung von Herrn Musk zur Kenntnis."
)
ARABIC_WITH_ENGLISH_NAMES = (
    "أعلنت شركة Apple يوم الثلاثاء عن إيرادات بلغت 94.9 مليار دولار في الربع الأخير، بزيادة 6% مقارنة"
    " بالعام الماضي.\n\n"
    "وقال الرئيس التنفيذي Tim Cook إن مبيعات iPhone 16 كانت أقوى من المتوقع في الصين والهند.\n\n"
    "وارتفع سهم الشركة بنسبة 2.5% في تداولات ما بعد الإغلاق في بورصة Nasdaq."
)
JAPANESE_WITH_PRODUCT_NAMES = (
    "ソニーは火曜日、新型ゲーム機「PlayStation 5 Pro」を11月7日に発売すると発表した。価格は11万9980円。\n\n"
    "新モデルはGPUの性能が向上し、Ray Tracingにも対応する。同社のHideaki Nishino CEOは「最高のゲーム体験を"
    "届けたい」と述べた。\n\n"
    "一方、Microsoftも新しいXbox Series Xの販売を開始する予定だ。"
)
# A Portuguese story whose lede writes "esta" and "este", which Spanish writes too.
PORTUGUESE_LEDE_OF_SHARED_WORDS = (
    "O Governo aprovou esta quinta-feira o aumento do salário mínimo nacional para 920 euros a partir de"
    " janeiro, mais 50 euros do que este ano.\n\n"
    "A ministra do Trabalho disse que a subida vai abranger cerca de 800 mil trabalhadores.\n\n"
    "As confederações patronais criticaram a decisão, lembrando que o acordo previa um valor de 905 euros.\n\n"
    "A CGTP considerou o aumento insuficiente e exigiu um salário mínimo de mil euros."
)
# An English story whose sentences quote a French phrase or name a German film: each is English prose.
ENGLISH_WITH_FOREIGN_PHRASES = (
    "The French president said on Tuesday that Europe must find its own way to defend itself.\n\n"
    'He told reporters in Paris that "la France est de retour" and that the plan would be ready by June.\n\n'
    "Die Hard star Bruce Willis retired from acting in 2022.\n\n"
    "Le Pen said she would vote against it."
)


def _summary_texts(text: str, sentences: int = 2) -> list[str]:
    return [sentence.text for sentence in nutgraf.summarize(text, sentences=sentences).sentences]


@pytest.mark.parametrize(
    ("text", "language", "quotation"),
    [
        # Each had summarized the English: the Commission's paragraph, Starmer's words.
        (SPANISH_QUOTING_ENGLISH, "es", "The European Commission"),
        (FRENCH_QUOTING_ENGLISH, "fr", "« We share"),
    ],
)
def test_the_summary_of_a_story_quoting_another_language_is_its_prose(
    text: str, language: str, quotation: str
) -> None:
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.language == language
    assert len(summary.sentences) == 2
    assert not any(sentence.text.startswith(quotation) for sentence in summary.sentences)


def test_the_english_paragraph_is_summarized_where_too_few_others_are_left() -> None:
    # Set aside only while enough others are left: three sentences of a text of four are all its prose's
    # three and the quotation.
    texts = _summary_texts(FRENCH_QUOTING_ENGLISH, sentences=3)
    assert len(texts) == 3 and any(text.startswith("« We share") for text in texts)


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # A German sentence holding the tweet is German prose.
        (GERMAN_QUOTING_A_TWEET, "de", 'In einem Beitrag auf X schrieb er: "Only the AfD'),
        # Names and figures in Latin letters: the Arabic and Japanese sentences are the prose.
        (ARABIC_WITH_ENGLISH_NAMES, "ar", "وقال الرئيس التنفيذي Tim Cook"),
        (JAPANESE_WITH_PRODUCT_NAMES, "ja", "ソニーは火曜日"),
        # An English sentence quoting French, and one opening on a film's title that reads as German.
        (ENGLISH_WITH_FOREIGN_PHRASES, "en", "He told reporters in Paris"),
        # Two of Spanish's words in a Portuguese lede are no Spanish sentence.
        (PORTUGUESE_LEDE_OF_SHARED_WORDS, "pt", "O Governo aprovou esta quinta-feira"),
    ],
)
def test_near_misses_the_prose_of_a_mixed_language_article_is_summarized(
    text: str, language: str, kept: str
) -> None:
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.language == language
    assert any(sentence.text.startswith(kept) for sentence in summary.sentences)


def test_near_miss_an_english_sentence_naming_a_german_film_stays_in_the_summary() -> None:
    texts = _summary_texts(ENGLISH_WITH_FOREIGN_PHRASES, sentences=4)
    assert any(text.startswith("Die Hard star") for text in texts)


# The nineteenth round: a short sentence beside another language's in its paragraph, holding one of that
# language's function words and none of the article's, goes with it.
def test_a_german_story_s_summary_leaves_out_an_unquoted_english_tweet() -> None:
    texts = _summary_texts(GERMAN_WITH_AN_UNQUOTED_TWEET)
    assert not any(text.startswith(("Only the AfD", "The other parties")) for text in texts)


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Bulgarian's "край" (near) before a place: each had been Russian (0.6 likelier, or favoured).
        ("Пожар в склад край Пловдив", "bg"),
        ("Пожар в сметището край Суходол", "bg"),
        # Latvian's infinitive "-t" in plain letters: Lithuanian had been 2.4 likelier.
        ("Cenas veikalos turpina augt", "lv"),
    ],
)
def test_a_relative_s_reading_is_the_language_its_own_forms_tell(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Russian's noun "край" (a region) after its adjective, or an adjective's "-ой", stays Russian.
        ("Путин приехал в Пермский край Медведев", "ru"),
        ("Вернулся в родной край Шолохов", "ru"),
        ("В Краснодарском крае выпал снег", "ru"),
        ("Землетрясение в Краснодарском крае", "ru"),
        # Bulgarian headlines read as Bulgarian already stay so.
        ("Парламентът прие бюджета за следващата година", "bg"),
        ("Левски победи ЦСКА във вечното дерби", "bg"),
        # Lithuanian in plain letters: "bet" (but) and a loan word with a capital are no Latvian infinitive.
        ("Bet kainos parduotuvese kyla", "lt"),
        ("Brexit sukrete Lietuvos rinkas", "lt"),
        ("Seimas priima biudzeta", "lt"),
        ("Policija sulaike vagis Kaune", "lt"),
        ("Vyriausybė didina minimalią algą", "lt"),
        # Latvian with its own letters, and Lithuanian with its own, stay each.
        ("Valdība paaugstina minimālo algu", "lv"),
        ("Kainos parduotuvėse toliau kyla", "lt"),
    ],
)
def test_near_misses_of_bulgarian_and_latvian_readings(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.xfail(
    strict=True,
    reason="nothing Bulgarian's own in letters or words: the classifier reads Russian 1.8 likelier, and"
    " Russian is favoured",
)
def test_a_bulgarian_headline_of_shared_words_is_bulgarian() -> None:
    assert detect_language("Григор Димитров на полуфинал в Маями") == "bg"


def test_the_summary_of_an_english_story_holds_no_sentence_of_its_german_quotation() -> None:
    # Its second sentence closes on the English attribution ("Scholz told the crowd in Potsdam"), and had
    # been the summary's, German but for it.
    assert not any("nicht" in text for text in _summary_texts(ENGLISH_QUOTING_GERMAN))


# Review: a Russian headline with the noun "край" (edge) after a preposition is no Bulgarian "край" (near).
@pytest.mark.parametrize(
    "headline",
    [
        "Экспедиция на край Земли",
        "Люди едут на край Европы",
        "Экспедиция через край Арктики",
        "Журналист уехал в край Краснодар",
    ],
)
def test_a_russian_headline_of_the_edge_of_a_place_stays_russian(headline: str) -> None:
    assert detect_language(headline) == "ru"


def test_an_english_lede_naming_los_angeles_thrice_stays_in_the_summary() -> None:
    text = (
        "Los Angeles Dodgers beat Los Angeles Angels 5-3 at Dodger Stadium in Los Angeles on Friday night."
        " The win lifted the team to first place. Fans filled the stands for the derby. The manager praised"
        " his pitchers after the game. The next game is on Sunday. Tickets sold out within an hour of going"
        " on sale. The club said attendance was a record for the season."
    )
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.sentences[0].text.startswith("Los Angeles Dodgers beat")


# Review: a Latvian name's letters, or Lithuanian's "ant" (on), in a Lithuanian headline.
@pytest.mark.parametrize("headline", ["Ostapenko ir Kariņš Vilniuje", "Skandalas: policija ant tilto"])
def test_a_lithuanian_headline_naming_a_latvian_or_writing_ant_stays_lithuanian(headline: str) -> None:
    assert detect_language(headline) == "lt"


def test_an_english_lede_naming_von_der_leyen_and_van_der_bellen_stays_in_the_summary() -> None:
    text = (
        "Ursula von der Leyen meets Alexander Van der Bellen in Vienna. The talks lasted three hours."
        " Officials said progress had been made on trade. A joint statement is expected later this week."
        " Protesters gathered outside the venue. Police said the demonstration was peaceful. The next"
        " meeting will be held in spring."
    )
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.sentences[0].text.startswith("Ursula von der Leyen meets")
