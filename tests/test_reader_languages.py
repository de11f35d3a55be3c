"""What a reader of a story in Swahili, Hausa, Tagalog, Malay, Vietnamese, Ukrainian, Kazakh, Uzbek,
Azerbaijani, Hebrew, Urdu, Bengali, Marathi, Amharic, Khmer or Tigrinya gets (the stories and what a reader expects
of them are in tests/reader_languages.py, written before nutgraf was run on them): the story's language,
its sentences ended by the language's own full stops ("۔", "।", "።", "។"), its subject among the first
five tags and no function word among them, and a reduction that counts the words a reader counts."""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.article import reader_words
from nutgraf.keyphrases import rank_keyphrases
from nutgraf.language import detect_language
from nutgraf.segment import split_sentences
from reader_languages import STORIES


def _spaced_words(text: str) -> int:
    """The words between a text's spaces, punctuation aside (a decimal figure two, as nutgraf counts it)."""
    return len([word for word in text.replace(".", " ").split() if any(c.isalnum() for c in word)])


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_language_is_detected(name: str) -> None:
    story = STORIES[name]
    assert detect_language(story.text) == story.language
    assert nutgraf.summarize(story.text).language == story.language


@pytest.mark.parametrize("name", sorted(STORIES))
def test_sentences_end_on_the_language_s_full_stops(name: str) -> None:
    story = STORIES[name]
    body = " ".join(story.sentences)
    assert [body[span.start : span.end] for span in split_sentences(body)] == list(story.sentences)


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_subject_is_among_the_first_five_tags_and_no_tag_is_a_function_word(name: str) -> None:
    story = STORIES[name]
    tags = [keyphrase.text for keyphrase in nutgraf.keyphrases(story.text, top=10)]
    assert [tag for tag in tags[:5] if story.subject in tag.casefold()], tags
    assert [tag for tag in tags if tag.casefold() in story.function_words] == [], tags


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_reduction_counts_a_reader_s_words(name: str) -> None:
    story = STORIES[name]
    summary = nutgraf.summarize(story.text)
    assert summary.reduction is not None
    if story.words is None:
        # Within a tenth: a hyphen's compound ("Kira-kira", roughly) and a figure with its thousands'
        # comma ("50,000") are two words, as in every language nutgraf counts.
        spaced = _spaced_words(summary.source)
        assert abs(summary.reduction.article_words - spaced) <= 0.1 * spaced, summary.source
    else:
        # Khmer writes spaces between phrases, not words: its letters are counted, at its reading pace.
        assert 0.7 * story.words <= reader_words(summary.source, story.language) <= 1.4 * story.words


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("ኣብ ኣስመራ ሓድሽ ፕሮጀክት ማይ ተጀሚሩ", "ti"),  # Tigrinya: a new water project begins in Asmara
        ("በአዲስ አበባ ከባድ ዝናብ ጣለ", "am"),  # Amharic: heavy rain fell in Addis Ababa
    ],
)
def test_a_tigrinya_headline_is_not_amharic(headline: str, language: str) -> None:
    # Tigrinya writes its "a" as "ኣ" where Amharic writes "አ": the classifier, which knows Amharic alone,
    # had read every Tigrinya text as Amharic.
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("name", "struck"),
    [
        ("ms", {"RM1"}),  # "RM1,700": an amount with its currency, cut at its thousands' comma
        ("uk", {"році", "першого"}),  # (in the) year, (of the) first
        ("bn", {"প্রকল্পটি", "লাইনটি"}),  # the project, the line: "প্রকল্প", "লাইন" with the classifier
    ],
)
def test_tags_a_reader_would_strike(name: str, struck: set[str]) -> None:
    tags = [keyphrase.text for keyphrase in nutgraf.keyphrases(STORIES[name].text, top=10)]
    assert not struck & set(tags), tags


def test_a_malay_story_keeps_its_subject_s_words_as_tags() -> None:
    # stopwords-iso's Malay list is a business wire's commonest words: "kenaikan" (the rise) and "pekerja"
    # (workers), what the wage story is about, were stopwords, and so were "polis", "sawit", "harga".
    tags = [keyphrase.text for keyphrase in rank_keyphrases(STORIES["ms"].text, "ms")]
    assert {"gaji", "kenaikan", "pekerja"} <= set(tags[:5]), tags
