"""The review of the ninth leftovers pass: input its rules were not written on (a video page's length over
its transcript, a morning live report's clocks, ...), each a reader's paste written as the outlet writes
it, with what the reader expects written before nutgraf ran."""

from __future__ import annotations

import pytest

import nutgraf
from test_extract_leftovers6 import paragraphs

ESKOM_HEADLINE = "Eskom warns of power cuts over the festive season"
ESKOM_CAPTIONS = (
    "0:00\n\nEskom says it may have to cut power over the festive season\n\n0:04\n\n"
    "as several of its power stations remain offline for repairs, the utility said on Monday.\n\n0:09\n\n"
    "The utility's chief executive said the cuts would be short and announced a day ahead."
)
ESKOM_FIRST = (
    "Eskom says it may have to cut power over the festive season as several of its power stations remain"
    " offline for repairs, the utility said on Monday."
)


# A video page's length ("2:31", the player's) or its posting time ("14:05") alone on a line over the
# transcript is the text's first time code: read as a live report's clock, it had kept the captions apart,
# the transcript's first sentence in two halves and its first half gone.
@pytest.mark.parametrize("over", [["2:31"], ["eNCA", "14:05"]], ids=["length", "posting time"])
def test_a_video_s_captions_under_its_length_or_posting_time_still_join(over: list[str]) -> None:
    text = "\n\n".join([ESKOM_HEADLINE, *over, ESKOM_CAPTIONS])
    assert paragraphs(text)[0] == ESKOM_FIRST


# A morning live report written oldest first, its clocks written with a leading zero as the BBC's are
# ("08:05"): the day's clocks, no recording's, and its entries had been joined into one sentence.
MORNING_ENTRIES = [
    ("08:05", "a spokesman for the highways agency said the road would reopen by the evening rush hour"),
    ("08:40", "police said the road would stay closed in both directions until the lorry is recovered"),
    ("09:10", "the fire service said two crews were still at the scene helping to clear the fuel spill"),
]


def test_a_morning_live_report_s_entries_written_oldest_first_stay_apart() -> None:
    text = "Live: M5 closed after lorry crash near Bristol\n\n" + "\n\n".join(
        f"{clock}\n\n{entry}" for clock, entry in MORNING_ENTRIES
    )
    assert paragraphs(text) == [entry for _, entry in MORNING_ENTRIES]


def _tags(text: str) -> list[str]:
    return [keyphrase.text for keyphrase in nutgraf.keyphrases(text, top=10)]


# A Bosnian portal's day of the week capitalised mid-sentence ("za Utorak") is Tuesday, no one's name: kept
# as a name as a month so written may be (Croatian's "Marta"), it had become the story's first tag.
def test_a_bosnian_day_capitalised_mid_sentence_is_no_tag() -> None:
    text = (
        "Sjednica Vijeća ministara zakazana je za Utorak. Ministri će u Utorak raspravljati o budžetu."
        " Budžet za narednu godinu kasni, a Utorak je posljednji rok za budžet."
    )
    tags = _tags(text)
    assert "budžet" in tags and "Utorak" not in tags


def test_a_croatian_surname_written_as_a_month_stays_a_tag() -> None:
    # Near miss: "Maj" capitalised mid-sentence is the hospital's director, "u maju" (in May) no tag.
    text = (
        "Ivan Maj, ravnatelj bolnice, podnio je ostavku. Ostavku je Maj podnio nakon nalaza revizije. Bolnica"
        " je u maju imala gubitke, a Maj tvrdi da nije kriv. Revizija je trajala od maja."
    )
    tags = _tags(text)
    assert "Maj" in tags and not [tag for tag in tags if "maju" in tag]


TRANSLATE_STORY = [
    "Google said on Wednesday it had added 110 languages to its Translate service, its largest expansion yet.",
    "Machine translation",
    "The new languages are handled by the company's PaLM 2 model, which learned them from text on the web,"
    " the company said.",
    "Speech",
    "Google also said it would add voice input for 40 of the languages next year.",
]


# A tech story's cross-head "Machine translation" under its lede had gone as a machine translation's note.
def test_a_tech_story_s_cross_head_machine_translation_stays() -> None:
    text = "\n\n".join(["Google adds 110 languages to Translate", *TRANSLATE_STORY])
    assert paragraphs(text) == TRANSLATE_STORY


def test_a_machine_translation_s_note_under_the_headline_still_leaves() -> None:
    text = "\n\n".join(["Google adds 110 languages to Translate", "Machine translation", *TRANSLATE_STORY])
    assert paragraphs(text) == TRANSLATE_STORY


# Malayalam's "പേർക്ക്" (to persons: "12 പേർക്ക് പരിക്ക്", twelve injured), every accident story's, is the
# dative of "പേർ": kept whole as the loanword "മാർക്ക്" (mark) is, it had been a second tag beside "പേർ".
def test_a_malayalam_count_of_persons_in_the_dative_is_one_tag_with_its_noun() -> None:
    text = (
        "ബസ് അപകടത്തിൽ 12 പേർക്ക് പരിക്ക്. പരിക്കേറ്റ പേർ ആശുപത്രിയിൽ ചികിത്സയിലാണ്. 30 പേർ ബസിൽ"
        " ഉണ്ടായിരുന്നു. ബസ് ഡ്രൈവർക്ക് എതിരെ കേസെടുത്തു."
    )
    tags = _tags(text)
    assert "പേർ" in tags and "പേർക്ക്" not in tags
