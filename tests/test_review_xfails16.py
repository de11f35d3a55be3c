"""The sixteenth outlets round's rules (tests/test_extract_leftovers_outlets16.py) read on input they were not
written on: pages of other outlets and genres that look like a rule's furniture or its bilingual page, whose
own sentences, title or summary must stay."""

from __future__ import annotations

import nutgraf
from nutgraf.extract.text import clean_text

# The Local France's story of a strike day: in English, opening on a union leader's words in French and quoting
# two more in French between its own paragraphs.
FRENCH_QUOTED_STRIKE = (
    "« On ne lâchera rien tant que la réforme ne sera pas retirée », a lancé Sophie Binet devant la foule à"
    " Paris.\n\n"
    "Hundreds of thousands of people marched across France on Thursday against the government's plan to raise"
    " the pension age to 65, in the largest day of protest this year.\n\n"
    "Unions said 1.2 million people took part nationwide, while the interior ministry put the figure at"
    " 480,000.\n\n"
    "« C'est une journée historique pour le mouvement social », a déclaré Laurent Berger à la presse.\n\n"
    "Rail and metro services were heavily disrupted in Paris, and many schools closed for the day.\n\n"
    "« Nous irons jusqu'au bout, même si cela doit durer des mois », a ajouté un cheminot de la gare de Lyon.\n\n"
    "The government has said it will not back down and plans to put the bill to a vote in parliament next"
    " month."
)


def test_a_story_opening_on_a_quotation_in_another_language_is_summarized_in_its_own() -> None:
    # The quotation opening the story is no first version of a bilingual page: the summary had been the three
    # French quotations, every English paragraph set aside as the "second language".
    summary = nutgraf.summarize(FRENCH_QUOTED_STRIKE)
    assert any(s.text.startswith("Hundreds of thousands") for s in summary.sentences), summary.text
    assert sum(s.text.startswith("«") for s in summary.sentences) <= 1, summary.text


def test_a_tabloid_s_five_word_opening_stays_out_of_its_summary() -> None:
    # A tabloid's crime story, written in short sentences (median seven words), opens on a line of scene; its
    # news is the long sentence after it. The opening had been let into the pool as an easy-language lede.
    text = (
        "Police said nothing on Monday.\n\nA man has been arrested after a woman was stabbed in Leeds city centre."
        "\n\nThe woman, 34, was taken to hospital.\n\nHer injuries are not thought life-threatening.\n\nOfficers"
        " were called at 9.40pm on Sunday.\n\nA 41-year-old man was held at the scene.\n\nHe remains in police"
        " custody tonight."
    )
    summary = nutgraf.summarize(text)
    assert summary.text.startswith("A man has been arrested"), summary.text


def test_a_wire_brief_s_five_word_opening_stays_out_of_its_summary() -> None:
    # A market brief's teaser over its figures, each in a short sentence: the news is the sentence after it.
    text = (
        "Here are the market numbers.\n\nStocks fell for a third day on Tuesday as bond yields rose.\n\nThe S&P"
        " 500 dropped 1.2% by the close.\n\nThe Dow lost 350 points in late trading.\n\nThe Nasdaq fell 1.8% on"
        " tech losses.\n\nOil rose 2% to $84 a barrel."
    )
    summary = nutgraf.summarize(text)
    assert "Here are the market numbers." not in summary.text, summary.text


FED_LEDE = (
    "The Federal Reserve left interest rates unchanged on Wednesday and signalled that it expects to cut them"
    " twice in the second half of the year."
)


def test_a_related_story_s_headline_sharing_the_lede_s_little_words_is_no_title() -> None:
    # A wire page's related story over the story's own terse headline: the related one shares "the", "of" and
    # "in" with the lede, the story's own one word ("rates"). It had been read as a bilingual page's first
    # headline, and been the title.
    text = (
        "Reuters\n\nTrump says he will meet the leader of China in the spring\n\nFed holds rates steady, signals"
        f" two cuts\n\nDecember 3, 2026\n\n{FED_LEDE}\n\nMarkets rose after the decision."
    )
    assert clean_text(text).title == "Fed holds rates steady, signals two cuts"


def test_a_minister_s_words_on_easy_language_closing_a_story_stay() -> None:
    # An easy-language story about easy language, closing on a minister's words worded as an edition's note
    # on itself, with whose they are: they had left the text.
    text = (
        "Das Land will mehr Texte in Leichter Sprache.\n\nDie Ministerin sagt: Alle Menschen sollen die Texte"
        " verstehen.\n\nHier finden Sie viele Texte in Leichter Sprache, sagt die Ministerin."
    )
    assert nutgraf.extract(text).text.endswith(
        "Hier finden Sie viele Texte in Leichter Sprache, sagt die Ministerin."
    )


def test_a_story_s_two_paragraphs_under_a_source_subheading_stay() -> None:
    # A story's last section under a subheading worded as a translated story's source box, two paragraphs of
    # its own sentences (the box holds one on its source, its name a line of furniture): they had left the
    # text with the subheading.
    text = (
        "The report was published on Thursday by the health ministry.\n\nDoctors said it confirmed their fears."
        "\n\nSource of the article\n\nThe Guardian obtained the ministry's internal memo on Tuesday.\n\nIt shows"
        " the ministry knew of the shortfall in March."
    )
    assert nutgraf.extract(text).text.endswith("It shows the ministry knew of the shortfall in March.")


def test_a_match_report_closing_on_its_line_ups_has_no_second_version() -> None:
    # BBC Sport's rugby league report: the line-ups under it, names and commas, had read as Welsh, and the
    # English story been searched paragraph by paragraph for a second version it does not have.
    from nutgraf.engines.default import second_language_paragraphs

    text = "\n\n".join(
        [
            "Owens, Rhys Hanbury and Paddy Flynn all crossed before half-time as the hosts opened up a 16-point "
            "lead.",
            "Cameron Phelps looked to have made the game safe, but quick tries from Ryan Atkins and Chris Bridge "
            "made it 24-10.",
            "Joe Mellor's late score sealed it for Widnes, who move up to fourth in the table.",
            "Warrington: Russell, Ormsby, Ratchford, Atkins, R. Evans, C. Bridge, O'Brien, Hill, Higham, England, "
            "Currie, Westwood, Wood.",
            "Widnes: Hanbury, Owens, Phelps, Marsh, Flynn, Brown, Mellor, Cahill, Clarke, Gerrard, Galea, Tickle, "
            "Leuluai.",
        ]
    )
    assert second_language_paragraphs(text) == []
