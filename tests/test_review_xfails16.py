"""The sixteenth outlets round's rules (tests/test_extract_leftovers_outlets16.py) read on input they were not
written on: pages of other outlets and genres that look like a rule's furniture or its bilingual page, whose
own sentences, title or summary must stay."""

from __future__ import annotations

import nutgraf

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
