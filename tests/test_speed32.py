"""Speed round 32: language detection reads an article's opening words from the marks its Document's
sentences then reuse, where each had marked the text for itself. Nothing a reader sees changes: these pin,
on both sides, the language detected and each sentence's words where a word, an apostrophe or a letter
that lower-cases by its neighbours stands across the 500th or 2,000th character, where detection cuts."""

from __future__ import annotations

import sys
import threading

import pytest

from nutgraf.language import detect_language, words
from nutgraf.segment import make_document

ENGLISH = (
    "The council said on Tuesday that the new bridge over the river would open to traffic in the spring,"
    " after two years of work and a dispute over its cost with the firm that built it. "
)
GERMAN = (
    "Der Stadtrat sagte am Dienstag, dass die neue Brücke über den Fluss im Frühjahr für den Verkehr"
    " geöffnet werden soll, nach zwei Jahren Arbeit und einem Streit über die Kosten mit der Firma. "
)


def _across(prose: str, word: str, cut: int) -> str:
    """``prose`` repeated past ``cut``, with ``word`` written so that it stands across the cut."""
    text = prose * (cut // len(prose) + 3)
    at = text.rfind(" ", 0, cut - 1)
    return text[: at + 1] + word + text[at + 1 + len(word) :]


@pytest.mark.parametrize("cut", [500, 2000])
@pytest.mark.parametrize(
    "word",
    ["don't", "O’Brien's", "rock'n'roll", "it''s", "ΣΟΦΙΑΣ", "İZMİR", "1,200", "東京都", "Malacan\u0303ang"],
)
@pytest.mark.parametrize("prose", [ENGLISH, GERMAN])
def test_a_word_across_detections_cut_keeps_the_language_and_the_sentences_words(
    prose: str, word: str, cut: int
) -> None:
    for shift in range(-2, 3):
        text = _across(prose, word, cut + shift)
        language = detect_language(text)
        assert language == ("en" if prose is ENGLISH else "de")
        document = make_document(text, language=None)
        assert document.language == language
        assert document.words == [words(document.sentence_text(i)) for i in range(len(document.sentences))]


@pytest.mark.parametrize("cut", [499, 500, 501, 1999, 2000, 2001])
def test_an_apostrophe_at_the_cut_is_no_part_of_the_words_before_it(cut: int) -> None:
    text = _across(ENGLISH, "x", cut)
    text = text[: cut - 1] + "’" + text[cut:]
    document = make_document(text)
    assert document.language == "en"
    assert document.words == [words(document.sentence_text(i)) for i in range(len(document.sentences))]


def test_a_text_in_another_script_opening_in_english_is_read_as_before() -> None:
    # Mostly Russian after an English opening line: the marks of the whole text are not those of its words.
    text = ENGLISH + "Президент заявил во вторник, что новый мост через реку откроется весной. " * 30
    assert detect_language(text) == "ru"
    document = make_document(text)
    assert document.words == [words(document.sentence_text(i)) for i in range(len(document.sentences))]


def test_a_long_text_past_the_kept_marks_is_detected_and_read_alike() -> None:
    text = ENGLISH * 175  # over 30,000 characters: marked whole for neither
    assert detect_language(text) == "en"
    document = make_document(text)
    assert document.words[0] == words(document.sentence_text(0))
    assert len(document.words) == len(document.sentences)


def test_threads_detecting_and_reading_other_texts_at_once_each_get_their_own_words() -> None:
    # The kept marks are one slot for the whole process: a thread's text must never be read by another's
    # marks, whichever of them detected last (equal texts that are other objects among them).
    texts = [_across(ENGLISH, "don't", 500), _across(GERMAN, "O’Brien's", 2000), ENGLISH * 9, GERMAN * 3]
    texts += ["".join(list(text)) for text in texts]
    wanted = []
    for text in texts:
        document = make_document(text)
        sentences = [words(document.sentence_text(i)) for i in range(len(document.sentences))]
        wanted.append((document.language, sentences))
    wrong: list[int] = []

    def read(offset: int) -> None:
        for turn in range(20):
            index = (turn + offset) % len(texts)
            document = make_document(texts[index])
            if (document.language, document.words) != wanted[index]:
                wrong.append(index)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=read, args=(offset,)) for offset in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert wrong == []
