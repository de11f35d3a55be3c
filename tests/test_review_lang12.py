"""Review of the twelfth languages round (wt-lang12): input its rules were not written on, each as a reader
pastes it or an outlet prints it."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.engines.base import Budget
from nutgraf.engines.llm import build_messages
from nutgraf.language import detect_language
from nutgraf.segment import make_document


@pytest.mark.parametrize(
    ("paste", "language"),
    [
        # Welcome to Wales; today's news; Wales for ever (a rugby crowd's banner); welcome (Hausa). The
        # classifier reads each far likelier in its language than in any other: no guess to withhold.
        ("Croeso i Gymru", "cy"),
        ("Newyddion heddiw", "cy"),
        ("Cymru am byth", "cy"),
        ("Sannu da zuwa", "ha"),
    ],
)
def test_a_short_paste_the_classifier_reads_clearly_keeps_its_language(paste: str, language: str) -> None:
    assert detect_language(paste) == language


def test_vietnamese_typed_without_its_marks_is_not_taken_for_romanized_hindi() -> None:
    # A reader's paste of a forum post typed without diacritics: Vietnamese "hai" (two), "thi" (compete;
    # then) and "tha" (spare) are romanized Hindi's "is", "was" (f.) and "was".
    text = (
        "Hai doi bong se thi dau vao toi nay. Neu troi mua thi tran dau se bi hoan. Ban to chuc cho biet hai"
        " doi da san sang va khong tha thu cho bat ky vi pham nao."
    )
    assert detect_language(text) == "vi"


def test_a_paste_too_short_to_name_its_language_asks_the_model_to_write_in_the_articles() -> None:
    # A reader pastes a three-word headline and asks the llm summarizer for one sentence.
    document = make_document("Hale no Lahaina")
    assert document.language == "und"
    prompt = build_messages(document, Budget(sentences=1))[-1]["content"]
    assert "Undetermined" not in prompt
    assert "Write plain prose in the article's own language" in prompt


def test_a_vai_story_is_cut_at_vais_own_full_stop_and_question_mark() -> None:
    # Liberian Vai is printed with its own stop "꘎" and question mark "꘏": the story named Vai had been one
    # run-on sentence.
    text = "ꕉꕜꕮ ꔔꘋ ꖸ ꔰ ꗋꘋ ꕮꕊ ꗨꗡꔻ ꕉ ꖷ ꕯ ꕚꕌ꘎ ꔀ ꕉ ꗱ ꘈꗬ ꕞꔤ ꕉ ꘃ ꖃ ꗏ ꕮ ꔳ꘎ ꗏ ꕮ ꔳ ꔔꘋ ꖸ ꕞꔤ ꕉ ꘃ ꗋꘋ ꕮꕊ ꗨꗡꔻ꘏"
    summary = nutgraf.summarize(text, sentences=5)
    assert summary.article.language == "vai"
    assert len(summary.sentences) >= 2
    assert all(sum(map("꘎꘏".__contains__, sentence.text)) == 1 for sentence in summary.sentences)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A Kuala Lumpur police story quoting Jakarta's press ("tersangka", Malay's "suspek"): had become
        # Indonesian by the quoted word.
        (
            "KUALA LUMPUR: Polis Diraja Malaysia menahan dua lelaki warga Indonesia kerana disyaki menyeludup"
            ' dadah. Media Jakarta menyebut mereka sebagai "tersangka" dalam kes itu. Mereka akan dihadapkan'
            " ke mahkamah minggu depan.",
            "ms",
        ),
        # Near miss: Indonesia's own words in its own sentences keep an Indonesian story Indonesian.
        (
            "JAKARTA: Polisi menetapkan dua tersangka kasus narkoba di Medan. Kapolda mengatakan barang bukti"
            " senilai Rp 2 miliar disita, dan inflasi bulan lalu naik 2,5 persen.",
            "id",
        ),
    ],
)
def test_a_word_quoted_from_the_neighbours_press_leaves_a_malay_story_malay(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_summary_of_a_paste_too_short_to_name_its_language_is_not_said_to_be_in_undetermined() -> None:
    # The check's note names the article's language; for a three-word paste there is none to name, and
    # "the article in Undetermined" read as if Undetermined were a language.
    evidence = nutgraf.check(
        "Hale no Lahaina", ["Die Regierung hat heute in Berlin ein neues Gesetz über die Rente beschlossen."]
    )
    assert not evidence.checked
    reason = evidence.sentences[0].reason
    assert "Undetermined" not in reason
    assert "could not tell the article's language" in reason
