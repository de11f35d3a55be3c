"""What a reader can ask of a summary besides its engine: length presets, forms, output language,
filters, the reduction, and a summary never empty without saying why."""

from __future__ import annotations

import json
import re
import tracemalloc
from typing import Any

import pytest

import nutgraf
from nutgraf.article import Reduction, describe_reduction
from nutgraf.cli import main
from nutgraf.engines.options import (
    LENGTH_TABLE,
    LONGEST_QUOTATION,
    SummaryOptions,
    continues_quotation,
    is_question,
    quoted_share,
    quoted_shares,
)
from nutgraf.errors import InvalidInputError, NutgrafError
from nutgraf.language import count_words
from nutgraf.segment import make_document
from servers import FakeLLM, Reply, completion

ARTICLE = """City officials approved a new budget on Monday that raises spending on schools by 12 percent.

The budget, worth $4.2 billion, passed by a vote of 7 to 2 after a long debate. Mayor Ana Ruiz said the plan would hire 300 teachers.

Critics said the plan relies on optimistic tax forecasts. "We are spending money we do not have," said council member Tom Lee.

The new budget takes effect on July 1. Schools will begin hiring in the spring. Parents welcomed the news at a meeting on Tuesday.
"""
TOPICS = "budget school road park river bridge market hospital library station harbour museum".split()


def article_of(words: int) -> str:
    """A news-like article of about ``words`` words, each sentence different (20 words a sentence)."""
    sentences = []
    for number in range(words // 20):
        topic = TOPICS[number % len(TOPICS)]
        sentences.append(
            f"Officials said the {topic} plan number {number} would cost the city about {number + 3} million "
            f"dollars over the next {number % 7 + 2} years of work."
        )
    return "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def llm_options(server: FakeLLM) -> dict[str, Any]:
    return {"base_url": server.url, "model": "tiny", "backoff": 0.01, "timeout": 2.0}


def prompt_of(server: FakeLLM) -> str:
    return server.requests[-1]["json"]["messages"][-1]["content"]


# Length presets


@pytest.mark.parametrize("length, brief, feature", [("short", 1, 3), ("medium", 2, 5), ("long", 3, 10)])
def test_length_presets_scale_with_the_article(length: str, brief: int, feature: int) -> None:
    short_text, long_text = article_of(300), article_of(5000)
    assert len(nutgraf.summarize(short_text, summarizer="lead", length=length).sentences) == brief
    assert len(nutgraf.summarize(long_text, summarizer="lead", length=length).sentences) == feature


def report_with_contents(sections: int) -> str:
    """A long report as it is pasted: a title, a table of contents with page numbers, and numbered
    sections under their headings (each its own story of ten sentences)."""
    titles = [f"The {topic} review" for topic in TOPICS[:sections]]
    contents = "\n".join(f"{n}. {title} .......... {4 * n}" for n, title in enumerate(titles, 1))
    verbs = "missed counted closed opened repaired sold hired lost found built funded cut".split()
    things = "targets buses wards desks pumps roofs nurses boats lamps trains stalls fences".split()
    bodies = []
    for n, (topic, title) in enumerate(zip(TOPICS, titles, strict=False), 1):
        # Every sentence its own words, so none is a near-repeat the selection would pass over.
        body = " ".join(
            f"In {1990 + 10 * n + k} the {topic} {TOPICS[(n + k) % len(TOPICS)]} office {verbs[(n + k) % 12]} "
            f"{n * 10 + k} {things[(n * 5 + k) % 12]} near {TOPICS[(n * 3 + k) % len(TOPICS)]} gate {k}."
            for k in range(10)
        )
        bodies.append(f"{n}. {title}\n\n{body}")
    return "Annual report of the city auditor\n\nContents\n\n" + contents + "\n\n" + "\n\n".join(bodies)


@pytest.mark.parametrize(
    "options, sentences",
    [
        ({"length": "medium"}, 4),  # 1,400 words
        ({"length": "long"}, 7),
        ({"sentences": None, "words": 60}, 4),  # the CLI's and the HTTP API's --words, words=
        ({"sentences": 3, "words": 60}, 3),
        ({"form": "tldr", "words": 20}, 1),
    ],
)
def test_a_long_report_s_contents_and_headings_are_no_summary_sentences(
    options: dict[str, Any], sentences: int
) -> None:
    report = report_with_contents(10)
    summary = nutgraf.summarize(report, **options)
    assert len(summary.sentences) == sentences
    for sentence in summary.sentences:
        assert "......" not in sentence.text and not sentence.text.startswith("Contents")
        assert sentence.text.endswith("."), sentence.text  # a heading has no final stop


def test_the_length_table_grows_with_the_article_and_from_short_to_long() -> None:
    for _, short, medium, long in LENGTH_TABLE:
        assert short <= medium < long
    for column in (1, 2, 3):
        counts = [row[column] for row in LENGTH_TABLE]
        assert counts == sorted(counts)


def test_a_preset_never_takes_more_than_half_the_article() -> None:
    summary = nutgraf.summarize(ARTICLE, summarizer="lead", length="long")
    assert len(summary.sentences) == 3  # 90 words: long is 3 of the 9 sentences
    four = "One thing happened today. Then another one came. A third followed soon. The end arrived."
    assert len(nutgraf.summarize(four, summarizer="lead", length="long").sentences) == 2


@pytest.mark.parametrize(
    "options, says",
    [
        ({"length": "short", "sentences": 3}, "give length or sentences, not both"),
        ({"length": "short", "words": 40}, "give length or words, not both"),
        ({"length": "tiny"}, "length must be one of short, medium, long"),
        ({"form": "bullets"}, "form must be one of paragraph, key_points, tldr"),
        ({"form": "tldr", "sentences": 3}, "a TL;DR is one sentence"),
        ({"form": "tldr", "length": "long"}, "leave the length option out"),
        ({"avoid": ["numbers"]}, "avoid takes questions and quotes"),
        ({"output_language": "Klingon"}, "ISO 639-1 language code"),
        ({"output_language": "xx"}, "such as de, fr, es or zh"),
        ({"sentences": None}, "give a budget in sentences, in words, or both"),
    ],
)
def test_unknown_values_and_contradictions_are_refused_saying_what_to_choose(
    options: dict[str, Any], says: str
) -> None:
    with pytest.raises(InvalidInputError, match=says.replace(";", ".")):
        nutgraf.summarize(ARTICLE, **options)


@pytest.mark.parametrize(
    "option, value, says",
    [
        ("sentences", 51, "sentences must be a whole number from 1 to 50, not 51"),
        ("words", 5001, "words must be a whole number from 1 to 5,000, not 5001"),
        ("sentences", 0, "sentences must be a whole number from 1 to 50, not 0"),
    ],
)
def test_a_budget_out_of_range_is_refused_by_the_library_and_the_command_line_alike(
    tmp_path, capsys: pytest.CaptureFixture[str], option: str, value: int, says: str
) -> None:
    # The HTTP API refused sentences over 50 and words over 5,000 (in pydantic's words) while the library
    # and the command line summarized them: the same request was refused by one and answered by the others.
    with pytest.raises(InvalidInputError, match=says):
        nutgraf.summarize(ARTICLE, **{option: value})
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    for command in (["summarize"], ["batch", "--output", str(tmp_path / "out.jsonl")]):
        with pytest.raises(SystemExit) as usage:
            main([*command, str(path), f"--{option}", str(value)])
        assert usage.value.code == 2
        assert f"argument --{option}: {says}" in capsys.readouterr().err


def test_the_default_three_sentences_yield_to_a_preset_or_a_tldr_but_an_explicit_three_does_not() -> None:
    assert len(nutgraf.summarize(article_of(5000), summarizer="lead", length="long").sentences) == 10
    assert len(nutgraf.summarize(ARTICLE, form="tldr").sentences) == 1
    assert len(nutgraf.summarize(ARTICLE, sentences=None, words=30).text.split()) <= 30
    with pytest.raises(InvalidInputError):
        nutgraf.summarize(ARTICLE, sentences=3, length="long")


def test_the_library_s_default_options_are_those_every_other_call_is_checked_into() -> None:
    # The defaults are made once and shared (a summary's checks of them cost some 29,000 instructions): the
    # same options as the checks give, and any other value still checked, a True for 1 refused as before.
    assert SummaryOptions.asked() == SummaryOptions(None, None, None, "paragraph", None, (), None)
    assert SummaryOptions.asked() is SummaryOptions.asked()
    assert SummaryOptions.asked(avoid=[]).avoid == ()
    assert SummaryOptions.asked(form="key_points").sentences == 3
    for refused in ({"sentences": True}, {"form": "poem"}, {"avoid": ["jokes"]}):
        with pytest.raises(InvalidInputError):
            SummaryOptions.asked(**refused)
    with pytest.raises(InvalidInputError):
        nutgraf.summarize(ARTICLE, sentences=True)
    assert len(nutgraf.summarize(ARTICLE).sentences) == 3
    assert len(nutgraf.summarize(ARTICLE, sentences=2).sentences) == 2


@pytest.mark.parametrize("words", [1, 30])
@pytest.mark.parametrize(
    "text",
    ["What is measles? Who gets it? Why now?", "No. Yes. Maybe.", "He said it. She agreed. They left."],
)
def test_a_budget_in_words_summarizes_an_article_of_short_sentences_or_questions(
    text: str, words: int
) -> None:
    # The brief's lede, looked for first in a budget in words, was the least of a pool of no sentence (none
    # of six words, or none but questions): numpy's ValueError, a traceback, for a valid text.
    summary = nutgraf.summarize(text, sentences=None, words=words)
    assert summary.sentences


# Forms


def test_key_points_are_the_summary_sentences_as_a_list() -> None:
    paragraph = nutgraf.summarize(ARTICLE)
    points = nutgraf.summarize(ARTICLE, form="key_points")
    assert [s.text for s in points.sentences] == [s.text for s in paragraph.sentences]
    assert points.text == "\n".join(f"- {s.text}" for s in paragraph.sentences)
    assert points.to_dict()["form"] == "key_points"


@pytest.mark.parametrize("engine", ["default", "lead", "textrank"])
def test_a_tldr_is_the_one_sentence_that_best_stands_for_the_article(engine: str) -> None:
    tldr = nutgraf.summarize(ARTICLE, summarizer=engine, form="tldr")
    assert len(tldr.sentences) == 1
    sentence = tldr.sentences[0]
    assert tldr.source[sentence.start : sentence.end] == sentence.text
    assert tldr.form == "tldr"
    assert sentence.text == nutgraf.summarize(ARTICLE, summarizer=engine, sentences=1).text


def test_every_form_is_checked_against_the_article_when_asked() -> None:
    for form in ("paragraph", "key_points", "tldr"):
        summary = nutgraf.summarize(ARTICLE, form=form, evidence=True)
        assert summary.evidence.checked and summary.evidence.supported
        assert len(summary.evidence.sentences) == len(summary.sentences)


def test_the_llm_writes_bullets_for_key_points_and_one_sentence_for_a_tldr(llm: FakeLLM) -> None:
    llm.replies = [
        Reply(body=completion("Key points:\n- The city approved a budget.\n2. It will hire 300 teachers.\n"))
    ]
    points = nutgraf.summarize(ARTICLE, summarizer="llm", form="key_points", **llm_options(llm))
    assert '"- "' in prompt_of(llm) and "at most 3 points" in prompt_of(llm)
    assert [s.text for s in points.sentences] == ["The city approved a budget.", "It will hire 300 teachers."]
    assert points.text == "- The city approved a budget.\n- It will hire 300 teachers."
    assert [s.supported for s in points.evidence.sentences] == [True, True]

    llm.replies = [
        Reply(
            body=completion(
                "* The budget - worth $4.2 billion - passed 7 to 2.\nSchools get 12 percent more - from July."
            )
        )
    ]
    dashes = nutgraf.summarize(ARTICLE, summarizer="llm", form="key_points", **llm_options(llm))
    assert [s.text for s in dashes.sentences] == [
        "The budget - worth $4.2 billion - passed 7 to 2.",
        "Schools get 12 percent more - from July.",
    ]

    llm.replies = [Reply(body=completion("The city approved a budget on Monday. It will hire 300 teachers."))]
    tldr = nutgraf.summarize(ARTICLE, summarizer="llm", form="tldr", **llm_options(llm))
    assert "in one sentence" in prompt_of(llm) and "single sentence" in prompt_of(llm)
    assert [s.text for s in tldr.sentences] == ["The city approved a budget on Monday."]
    assert tldr.evidence.sentences[0].supported


# Output language


def test_an_llm_summary_in_another_language_is_not_checked_and_says_why(llm: FakeLLM) -> None:
    llm.replies = [Reply(body=completion("Die Stadt hat am Montag einen Haushalt beschlossen."))]
    summary = nutgraf.summarize(ARTICLE, summarizer="llm", output_language="DE", **llm_options(llm))
    assert "auf Deutsch" in prompt_of(llm)
    assert summary.language == "en" and summary.output_language == "de"
    assert summary.evidence.checked is False and summary.evidence.supported is None
    (sentence,) = summary.evidence.sentences
    assert sentence.supported is None and sentence.score is None and sentence.evidence == []
    assert (
        "German" in sentence.reason and "English" in sentence.reason and "across languages" in sentence.reason
    )
    data = summary.to_dict()
    assert data["output_language"] == "de" and data["evidence"]["checked"] is False

    with pytest.raises(InvalidInputError, match="strict keeps only"):
        nutgraf.summarize(ARTICLE, summarizer="llm", output_language="de", strict=True, **llm_options(llm))


def test_a_language_without_a_prompt_of_its_own_is_named_in_the_english_one(llm: FakeLLM) -> None:
    llm.replies = [Reply(body=completion("Jiji imeidhinisha bajeti mpya."))]
    nutgraf.summarize(ARTICLE, summarizer="llm", output_language="sw", **llm_options(llm))
    assert "Write plain prose in Swahili" in prompt_of(llm)


def test_the_article_s_own_language_is_no_other_language(llm: FakeLLM) -> None:
    summary = nutgraf.summarize(ARTICLE, output_language="en")
    assert summary.output_language is None and summary.to_dict()["output_language"] == "en"
    llm.replies = [Reply(body=completion("The city approved a budget."))]
    checked = nutgraf.summarize(ARTICLE, summarizer="llm", output_language="en", **llm_options(llm))
    assert checked.evidence.checked and checked.evidence.supported


@pytest.mark.parametrize("engine", ["default", "lead", "textrank"])
def test_extractive_engines_refuse_another_language(engine: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        nutgraf.summarize(ARTICLE, summarizer=engine, output_language="de")
    message = str(refused.value)
    assert "article's own sentences" in message and "German" in message and "llm" in message


# Filters


def test_questions_and_quotes_can_be_kept_out() -> None:
    text = (
        "Will the city ever fix its roads? "
        '"We have waited ten years for this," said resident Maria Lopez on Friday. '
        "The council voted on Thursday to spend 40 million dollars on road repairs. "
        "Work on the first streets begins in April and ends in the autumn. "
        "The mayor said the repairs would be finished within three years."
    )
    plain = nutgraf.summarize(text, summarizer="lead", sentences=2)
    assert plain.sentences[0].text.endswith("?")
    filtered = nutgraf.summarize(text, summarizer="lead", sentences=2, avoid=["questions", "quotes"])
    assert [s.text for s in filtered.sentences] == [
        "The council voted on Thursday to spend 40 million dollars on road repairs.",
        "Work on the first streets begins in April and ends in the autumn.",
    ]
    assert filtered.notes == ()
    for sentence in filtered.sentences:
        assert filtered.source[sentence.start : sentence.end] == sentence.text
    for engine in ("default", "textrank"):
        chosen = nutgraf.summarize(text, summarizer=engine, sentences=3, avoid="questions")
        assert not any(s.text.endswith("?") for s in chosen.sentences)


def test_an_article_with_too_few_other_sentences_keeps_them_and_says_so() -> None:
    text = "Is the budget fair? Who pays for it? The council votes on Friday."
    summary = nutgraf.summarize(text, summarizer="lead", sentences=2, avoid=["questions"])
    assert [s.text for s in summary.sentences] == ["Is the budget fair?", "Who pays for it?"]
    assert summary.notes == (
        "The article has too few sentences that are not questions for this summary, so it may include some.",
    )


def test_what_counts_as_a_question_or_a_quote() -> None:
    assert is_question("Will it rain?") and is_question('"Why now?"') and is_question("¿Por qué?")
    assert is_question("Τι έγινε;") and not is_question("He asked why; nobody knew.")
    assert not is_question("It rained.")
    assert quoted_share('"We are spending money we do not have," said council member Tom Lee.') > 0.5
    assert quoted_share("„Wir schaffen das“, sagte sie.") > 0.5
    assert quoted_share("« Nous sommes prêts pour le vote », a-t-il dit.") > 0.5
    # The rest of a quotation begun in the sentence before, and one running on into the next.
    assert quoted_share("We will win the vote next week,” he said.") > 0.5
    assert quoted_share("“We are ready for the vote.") == 1.0
    assert quoted_share('The so-called "peace plan" failed after two weeks of talks.') < 0.5
    assert quoted_share("The players’ union said it would appeal the decision.") == 0.0
    # A straight ' closes a single quotation after a comma, and opens none.
    assert quoted_share("‘ we will win the vote, ' he said after the meeting on Friday.") < 0.5
    assert quoted_share("The players' union said 'no' to the plan on Friday.") == 0.0
    assert quoted_share("It rained.") == 0.0


BUDGET = (
    "The city council approved a new budget on Tuesday after months of debate. The plan raises spending on "
    "schools by 5% and cuts road repairs. {quote} The budget takes effect in April. Opposition members voted "
    "against it, citing the road cuts. The mayor will sign the budget next week."
)


@pytest.mark.parametrize(
    "quote",
    [
        '"This budget protects our children. It is the best budget in a decade. We fought hard for it," the mayor said.',
        "‘This budget protects our children. It is the best budget in a decade. We fought hard for it,’ the mayor said.",
        "« This budget protects our children. It is the best budget in a decade. We fought hard for it », the mayor said.",
        "„This budget protects our children. It is the best budget in a decade. We fought hard for it“, the mayor said.",
    ],
)
def test_every_sentence_of_a_long_quotation_is_kept_out(quote: str) -> None:
    # The middle sentence has no mark of its own; with ‘…’ and « … » the last one's closing mark did not
    # read as one either.
    summary = nutgraf.summarize(BUDGET.format(quote=quote), summarizer="lead", sentences=4, avoid=["quotes"])
    assert not any(
        "budget protects" in s.text or "best budget" in s.text or "fought" in s.text
        for s in summary.sentences
    )
    assert summary.notes == ()


def test_quotation_across_sentences_and_what_is_not_one() -> None:
    document = make_document(
        "He said: ‘The players’ union will not sign. It is a bad deal. We will fight on,’ the leader said. "
        "The players’ union met on Friday. Fans don’t agree. She wrote: “We are ready. It was late.\n"
        "The club said it would reply. Critics called the new plan 「最悪」 on Friday. It rained all day."
    )
    shares = quoted_shares(document.text, document.sentences)
    sentences = [document.sentence_text(i) for i in range(len(document.sentences))]
    quoted = [s for s, share in zip(sentences, shares, strict=True) if share > 0.5]
    assert quoted == [
        "He said: ‘The players’ union will not sign.",
        "It is a bad deal.",
        "We will fight on,’ the leader said.",
        "She wrote: “We are ready.",
        "It was late.",
    ]


def test_an_unclosed_quotation_ends_with_its_paragraph_or_after_a_bound() -> None:
    text = "“We are ready, said the coach. " + "The team trained on Monday and on Tuesday. " * 60
    document = make_document(text)
    shares = quoted_shares(document.text, document.sentences)
    assert shares[0] == 1.0 and shares[-1] == 0.0
    assert sum(share > 0.5 for share in shares) <= LONGEST_QUOTATION // 40


# A fire story as it comes in PTB-tokenized text: every straight mark spaced, a scare-quoted phrase inside a
# sentence, a quotation of two sentences and one of a sentence that closes before its speaker.
FIRE_STORY_PTB = (
    "Firefighters battled a blaze at the Old Mill warehouse in Leeds for six hours on Sunday .\n"
    'The owners called the fire " a disaster for the whole street " and thanked the crews . '
    "Nobody was hurt , police said .\n"
    '" The damage was extensive . The roof has gone and the walls may have to come down , " '
    "fire chief Tom Reilly said .\n"
    "Residents of nearby flats were allowed back on Monday morning .\n"
    '" We could see the flames from the bridge , " one neighbour said . " It was terrifying . "\n'
    "An investigation into the cause has begun ."
)
# The sentences of FIRE_STORY_PTB that open inside a quotation an earlier sentence began: the second of the
# fire chief's (the neighbour's closing mark at the line's end stays with the sentence it closes).
FIRE_STORY_CONTINUING = [
    'The roof has gone and the walls may have to come down , " fire chief Tom Reilly said .',
]


def _continuing(text: str) -> list[str]:
    document = make_document(text, language="en")
    flags = continues_quotation(document.text, document.sentences)
    return [document.sentence_text(i) for i, flag in enumerate(flags) if flag]


@pytest.mark.parametrize("form", [str, str.lower])
def test_a_ptb_tokenized_story_s_quotations_read_by_the_alternation_of_their_marks(form) -> None:
    # A spaced straight mark has no shape to read: between two words (" a disaster for the whole street "
    # and) it had been taken for a quotation opening inside the open one, which then ran on to the next
    # mark, so that "Nobody was hurt, police said." read as someone's words and the fire chief's began
    # outside his quotation.
    assert _continuing(form(FIRE_STORY_PTB)) == [form(s) for s in FIRE_STORY_CONTINUING]


@pytest.mark.parametrize("form", [str, str.lower])
def test_a_cnn_dm_story_s_spaced_marks_alternate_from_the_article_s_start(form) -> None:
    # CNN/DM's articles, on one line, space some marks and not others: '" we will rebuild " and' had left
    # the quotation open past its end, to the next one's opening.
    text = form(
        'Mayor Ann Price said the city would " rebuild every house " and promised help to the families. '
        "The fire started in a bakery on Friday night. "
        '" I have never seen anything like it. Whole streets are gone, " she told reporters on Saturday. '
        "Investigators have not named a cause."
    )
    assert _continuing(text) == [form('Whole streets are gone, " she told reporters on Saturday.')]


@pytest.mark.parametrize(
    "text, continuing",
    [
        (
            "Ministers met on Monday. “We will not raise taxes. We will cut waste,” the chancellor said. "
            "Markets rose.",
            "We will cut waste,” the chancellor said.",
        ),
        (
            "Les ministres se sont réunis lundi. « Nous ne baisserons pas les bras. Nous irons jusqu’au bout », "
            "a déclaré la ministre. La séance a été levée.",
            "Nous irons jusqu’au bout », a déclaré la ministre.",
        ),
        (
            "Die Minister trafen sich am Montag. „Wir werden die Steuern nicht erhöhen. Wir sparen bei der "
            "Verwaltung“, sagte der Finanzminister. Die Börse legte zu.",
            "Wir sparen bei der Verwaltung“, sagte der Finanzminister.",
        ),
    ],
)
def test_a_typographic_quotation_of_two_sentences_is_continued_by_its_second(
    text: str, continuing: str
) -> None:
    # (Japanese's 「…。…」と述べた。 is one sentence with its report: tests/test_segment_typography.py.)
    assert _continuing(text) == [continuing]
    assert _continuing(text.lower()) == [continuing.lower()]


# Reduction


def test_the_reduction_says_how_much_shorter_and_the_reading_time_saved() -> None:
    text = article_of(2000)
    summary = nutgraf.summarize(text, summarizer="lead", sentences=2)
    reduction = summary.reduction
    assert reduction.article_words == len(text.split())
    assert reduction.summary_words == len(summary.text.split())
    assert reduction.share == pytest.approx(1 - reduction.summary_words / reduction.article_words, abs=0.001)
    assert reduction.seconds_saved == round((reduction.article_words - reduction.summary_words) * 60 / 238)
    assert summary.to_dict()["reduction"] == {
        "article_words": reduction.article_words,
        "summary_words": reduction.summary_words,
        "share": reduction.share,
        "seconds_saved": reduction.seconds_saved,
        "words_per_minute": 238,
    }


@pytest.mark.parametrize(
    "share, seconds, says",
    [
        (0.845, 150, "Reduced by 85%, about 3 minutes saved."),
        (0.125, 30, "Reduced by 13%, about 1 minute saved."),
        (0.844, 29, "Reduced by 84%, under a minute saved."),
        (0.0, 0, "Not reduced: the summary is the whole article."),
        (0.998, 7980, "Reduced by 99%, about 133 minutes saved."),
        (0.003, 1, "Reduced by 1%, under a minute saved."),
    ],
)
def test_the_reduction_in_words_rounds_halves_up_as_the_reader_s_script_does(
    share: float, seconds: int, says: str
) -> None:
    # reader.js says it with Math.round (halves up); the page, the CLI and the markdown said it with
    # Python's round (halves to even), so one summary read "2 minutes" on the page and "3" once shown.
    assert describe_reduction(share, seconds) == says


@pytest.mark.parametrize(
    "text",
    [
        "The city council voted on Tuesday to close the Elm Street library. The branch will shut in March.",
        "Heavy snow has closed the M62 in both directions, with drivers stuck for several hours overnight.",
    ],
)
def test_a_summary_that_is_the_whole_article_says_so_rather_than_reduced_by_0_percent(text: str) -> None:
    summary = nutgraf.summarize(text)
    assert summary.text == text
    assert summary.reduction.describe() == "Not reduced: the summary is the whole article."


def test_a_long_report_s_summary_is_never_reduced_by_100_percent() -> None:
    summary = nutgraf.summarize(article_of(30_000), summarizer="lead", sentences=1)
    assert summary.reduction.share > 0.995
    assert summary.reduction.describe() == "Reduced by 99%, about 139 minutes saved."


def test_a_chinese_article_counts_its_characters_as_words() -> None:
    text = "市议会周一批准了新的预算。预算将增加学校的开支。市长表示计划将雇用三百名教师。"
    summary = nutgraf.summarize(text, summarizer="lead", sentences=1)
    assert summary.reduction.article_words == sum(c.isalnum() for c in text)


def test_a_long_chinese_article_s_words_are_counted_without_a_list_of_them() -> None:
    # A string per character: 1.4 GB for an article of 20 million, the most nutgraf takes.
    text = "市议会周一批准了新的预算。预算将增加学校的开支。\n" * 40_000
    document = make_document(text, language="zh")
    tracemalloc.start()
    try:
        reduction = Reduction.of(document, ["市议会周一批准了新的预算。"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reduction.article_words == sum(c.isalnum() for c in text)
    assert peak < 5_000_000, f"{peak:,} bytes to count the words of {len(text):,} characters"


@pytest.mark.parametrize(
    ("text", "per_minute"),
    [
        (
            "市议会在经过长时间辩论后于周二批准了该计划。批评者说，四千万元的费用太高。官员们承诺在春季进行审查。"
            * 8,
            255,
        ),
        ("市議会は火曜日、長い議論の末に計画を承認した。批判派は四千万円の費用は高すぎると述べた。" * 8, 357),
    ],
)
def test_chinese_and_japanese_reading_time_is_counted_in_characters_a_minute(
    text: str, per_minute: int
) -> None:
    # Their characters were read at 238 English words a minute: a Japanese article's time saved came out
    # half as long again as its readers take (IReST: 357 characters a minute, Chinese 255).
    reduction = nutgraf.summarize(text, summarizer="lead", sentences=1).reduction
    left_out = reduction.article_words - reduction.summary_words
    assert reduction.seconds_saved == round(left_out * 60 / per_minute)
    assert reduction.to_dict()["words_per_minute"] == per_minute


# Two sentences of the languages sweep's Khmer exam story and Burmese rain story as written (spaces between
# phrases, not words), with their words as a reader of the language divides them: 38 and 30.
KHMER_SENTENCES = (
    "ក្រសួងអប់រំ យុវជន និងកីឡា បានប្រកាសថា ការប្រឡងសញ្ញាបត្រមធ្យមសិក្សាទុតិយភូមិ ឆ្នាំ២០២៤"
    " នឹងប្រព្រឹត្តទៅនៅថ្ងៃទី៤ និងទី៥ ខែវិច្ឆិកា។ បេក្ខជនជាង១២ម៉ឺននាក់ នឹងចូលរួមប្រឡងនៅទូទាំងប្រទេស។"
)
KHMER_WORDS = (
    "ក្រសួង អប់រំ យុវជន និង កីឡា បាន ប្រកាស ថា ការ ប្រឡង សញ្ញាបត្រ មធ្យមសិក្សា ទុតិយភូមិ ឆ្នាំ ២០២៤ នឹង"
    " ប្រព្រឹត្ត ទៅ នៅ ថ្ងៃ ទី ៤ និង ទី ៥ ខែ វិច្ឆិកា បេក្ខជន ជាង ១២ ម៉ឺន នាក់ នឹង ចូលរួម ប្រឡង នៅ ទូទាំង ប្រទេស"
)
BURMESE_SENTENCES = (
    "ရန်ကုန်မြို့တွင် မေလ ၁၆ ရက် ညနေပိုင်းက မိုးသည်းထန်စွာ ရွာသွန်းခဲ့ရာ မြို့နယ် ခြောက်ခုရှိ လမ်းမကြီးများ"
    " ရေလွှမ်းမိုးခဲ့သည်။ ယာဉ်ကြောများ နာရီအတော်ကြာ ပိတ်ဆို့ခဲ့သည်။"
)
BURMESE_WORDS = (
    "ရန်ကုန် မြို့ တွင် မေလ ၁၆ ရက် ညနေ ပိုင်း က မိုး သည်းထန်စွာ ရွာသွန်း ခဲ့ ရာ မြို့နယ် ခြောက် ခု ရှိ လမ်းမကြီး"
    " များ ရေလွှမ်းမိုး ခဲ့ သည် ယာဉ်ကြော များ နာရီ အတော်ကြာ ပိတ်ဆို့ ခဲ့ သည်"
)


@pytest.mark.parametrize(
    ("text", "language", "reader_words"),
    [(KHMER_SENTENCES, "km", KHMER_WORDS), (BURMESE_SENTENCES, "my", BURMESE_WORDS)],
)
def test_khmer_and_burmese_reading_time_is_that_of_their_words(
    text: str, language: str, reader_words: str
) -> None:
    # Their word tokens broke at each vowel sign (\w has none of them): 60 pieces for the 38 Khmer words,
    # and the article's reading time came out half as long again as its reader's.
    summary = nutgraf.summarize(text, language=language, summarizer="lead", sentences=1)
    reduction = summary.reduction
    seconds = reduction.article_words * 60 / reduction.to_dict()["words_per_minute"]
    expected = len(reader_words.split()) * 60 / 238
    assert abs(seconds - expected) <= 0.1 * expected, (seconds, expected)
    # The summary's words are counted alike, and its sentences' counts (what the store sums) add up to it.
    assert 0 < reduction.summary_words < reduction.article_words
    assert reduction.summary_words == sum(count_words(s.text, language) for s in summary.sentences)


# Never empty


def test_strict_that_drops_every_sentence_says_so(llm: FakeLLM) -> None:
    llm.replies = [Reply(body=completion("Governor Tom Baker vetoed the budget on Friday."))]
    summary = nutgraf.summarize(ARTICLE, summarizer="llm", strict=True, **llm_options(llm))
    assert summary.sentences == [] and summary.evidence.dropped == 1
    assert summary.notes == (
        "No summary: the article does not support the sentence the llm summarizer wrote.",
    )
    assert summary.reduction.summary_words == 0 and summary.reduction.share == 1.0


@pytest.mark.parametrize("engine", ["default", "lead", "textrank"])
@pytest.mark.parametrize("form", ["paragraph", "key_points", "tldr"])
@pytest.mark.parametrize(
    "text", ["One short sentence.", "A Headline Alone", "Was it worth it?", ARTICLE, article_of(60)]
)
def test_a_summary_of_an_article_is_never_empty(engine: str, form: str, text: str) -> None:
    for options in ({}, {"length": "short"} if form != "tldr" else {}, {"avoid": ["questions", "quotes"]}):
        summary = nutgraf.summarize(text, summarizer=engine, form=form, **options)
        assert summary.sentences and summary.text.strip()


@pytest.mark.parametrize(
    "text",
    ["Storm floods the coast\n\nBy Jane Doe", "Storm floods the coast\nBy Jane Doe\nUpdated 5 March 2024"],
)
def test_a_headline_over_its_byline_is_summarized_by_its_headline(text: str) -> None:
    summary = nutgraf.summarize(text)
    assert [s.text for s in summary.sentences] == ["Storm floods the coast"]
    assert summary.article.byline == "Jane Doe"


@pytest.mark.parametrize(
    "caption",
    [
        "Crowds gather in Trafalgar Square on New Year's Eve to watch the fireworks. (Photo: Jane Smith/Reuters)",
        "A firefighter carries a child from a flooded street in Valencia on Tuesday. Foto: dpa",
    ],
)
def test_a_caption_story_is_summarized_by_its_caption_not_refused(caption: str) -> None:
    # A caption's credit marks it as page furniture in an article; alone, it is the article.
    summary = nutgraf.summarize(caption, form="tldr")
    assert summary.text == caption[: caption.index(".") + 1]


@pytest.mark.parametrize("options", [{}, {"sentences": 5}, {"form": "key_points"}])
def test_a_brief_under_its_headline_is_summarized_without_the_headline_run_into_it(
    options: dict[str, Any],
) -> None:
    brief = (
        "Storm floods the coast\n\nHundreds of homes were evacuated on Monday as a storm surge hit Norfolk."
    )
    summary = nutgraf.summarize(brief, **options)
    # Not "Storm floods the coast Hundreds of homes ...": the headline has no stop to part it.
    assert [s.text for s in summary.sentences] == [brief.partition("\n\n")[2]]


def test_page_furniture_alone_is_an_error_not_an_empty_summary() -> None:
    with pytest.raises(NutgrafError) as raised:
        nutgraf.summarize("Home | World | Sport\nSign in\nSubscribe\nShare on Facebook", length="short")
    assert raised.value.kind == "no_article"


# The command line


def test_the_command_line_takes_every_option(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Is the budget enough for the schools?\n\n" + ARTICLE, encoding="utf-8")
    options = ["--length", "short", "--form", "key_points", "--avoid", "questions,quotes"]
    assert main(["summarize", str(path), "--summarizer", "lead", *options]) == 0
    assert capsys.readouterr().out == (
        "- City officials approved a new budget on Monday that raises spending on schools by 12 percent.\n"
    )
    assert main(["summarize", str(path), "--form", "tldr", "--format", "markdown"]) == 0
    assert re.search(r"\*Reduced by \d\d%, under a minute saved\.\*", capsys.readouterr().out)
    assert (
        main(["summarize", str(path), "--format", "json", "--avoid", "quotes", "--avoid", "questions"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["reduction"]["words_per_minute"] == 238 and data["form"] == "paragraph"

    questions = tmp_path / "questions.txt"
    questions.write_text("Is it fair? Who pays? The council votes on Friday.", encoding="utf-8")
    assert main(["summarize", str(questions), "--sentences", "2", "--avoid", "questions"]) == 0
    assert (
        "nutgraf: note: The article has too few sentences that are not questions" in capsys.readouterr().err
    )


def test_markdown_writes_the_form_asked_for(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    # --format markdown wrote every form as a "- " list: a paragraph and key points came out the same.
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    bodies = {}
    for form in ("paragraph", "key_points", "tldr"):
        assert main(["summarize", str(path), "--form", form, "--format", "markdown"]) == 0
        bodies[form] = capsys.readouterr().out.split("\n\n")[1]
        assert bodies[form] == nutgraf.summarize(ARTICLE, form=form).text
    assert bodies["key_points"].startswith("- ") and bodies["key_points"].count("\n- ") >= 1
    assert not bodies["paragraph"].startswith("- ") and "\n" not in bodies["paragraph"]
    assert not bodies["tldr"].startswith("- ")


@pytest.mark.parametrize(
    "arguments, status, says",
    [
        (["--length", "tiny"], 2, "length must be one of short, medium, long, not 'tiny'"),
        (["--form", "bullets"], 2, "form must be one of paragraph, key_points, tldr, not 'bullets'"),
        (["--avoid", "numbers"], 2, "avoid takes questions and quotes, not 'numbers'"),
        (
            ["--output-language", "xx"],
            2,
            "--output-language: the output language must be an ISO 639-1 language code",
        ),
        (["--length", "short", "--sentences", "2"], 2, "give length or sentences, not both"),
        (["--form", "tldr", "--sentences", "3"], 2, "a TL;DR is one sentence"),
        (["--summarizer", "nope"], 2, "no summarizer named 'nope'; choose one of: default, lead"),
        (["--language", "xx"], 2, "language must be an ISO 639 code such as en, de or ru, not 'xx'"),
        (["--model", "x"], 2, "the default summarizer does not take --model"),
        # Refused for the article read: its language, which no option says.
        (["--output-language", "de"], 1, "cannot give a summary in German; choose the llm summarizer"),
    ],
)
def test_the_command_line_refuses_bad_options_in_one_line(
    tmp_path, capsys: pytest.CaptureFixture[str], arguments: list[str], status: int, says: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    try:
        code = main(["summarize", str(path), *arguments])
    except SystemExit as exit:
        code = exit.code
    assert code == status
    assert says in capsys.readouterr().err


@pytest.mark.parametrize(
    "command, says",
    [
        (["summarize", "{path}", "--summarizer", "nope"], "no summarizer named 'nope'"),
        (["batch", "{path}", "--output", "{out}", "--summarizer", "nope"], "no summarizer named 'nope'"),
        (["eval", "{path}", "--summarizer", "nope"], "no summarizer named 'nope'"),
        (["keyphrases", "{path}", "--language", "xx"], "language must be an ISO 639 code"),
        (["check", "{path}", "--text", "x", "--language", "xx"], "language must be an ISO 639 code"),
        (["batch", "{path}", "--output", "{out}", "--length", "short", "--sentences", "2"], "not both"),
        (["batch", "{path}", "--output", "{out}", "--model", "x"], "does not take --model"),
        (["sites", "update", "news", "--sentences", "60"], "a site's summaries have 1 to 50 sentences"),
        (["sites", "update", "news", "--summarizer", "nope"], "no summarizer named 'nope'"),
        (["sites", "add", "https://news.example", "--origin", "news.example"], "not an origin"),
    ],
)
def test_a_bad_option_value_exits_2_with_the_usage_in_every_command(
    tmp_path, capsys: pytest.CaptureFixture[str], command: list[str], says: str
) -> None:
    # `nutgraf summarize --summarizer nope` exited 1 where `--length huge` exits 2 (argparse's usage error):
    # a script telling a mistyped option from a failed article read two codes for the same mistake. Every
    # option value refused for what it says alone exits 2, with the command's usage (README).
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as usage:
        main([part.format(path=path, out=out) for part in command])
    assert usage.value.code == 2
    said = capsys.readouterr().err
    assert said.startswith("usage: nutgraf ") and says in said and "Traceback" not in said
    assert not out.exists()


@pytest.mark.parametrize(
    "options, library_says, command_line_says",
    [
        ({"form": "tldr", "sentences": 3}, "leave the sentences option out", "leave --sentences out"),
        ({"form": "tldr", "length": "long"}, "leave the length option out", "leave --length out"),
        (
            {"length": "short", "sentences": 2},
            "not both: length short chooses",
            "not both: length short chooses",
        ),
    ],
)
def test_a_contradiction_names_the_option_as_each_interface_takes_it(
    tmp_path, capsys: pytest.CaptureFixture[str], options: dict, library_says: str, command_line_says: str
) -> None:
    # "leave sentences out" read as "leave the sentences out", and "length=short" is Python's syntax: the
    # library (and with it the HTTP API) says "the sentences option", which the command line names as its
    # flag.
    with pytest.raises(InvalidInputError, match=re.escape(library_says)):
        SummaryOptions(**options)
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    flags = [part for name, value in options.items() for part in (f"--{name}", str(value))]
    with pytest.raises(SystemExit) as usage:
        main(["summarize", str(path), *flags])
    assert usage.value.code == 2
    said = capsys.readouterr().err
    assert command_line_says in said and "=" not in said and "option" not in said


def test_an_option_the_summarizer_refuses_is_named_as_each_interface_takes_it(
    tmp_path, capsys: pytest.CaptureFixture[str], llm: FakeLLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused by the summarizer, after the options were read: the command line had said "leave
    # output_language out" and "leave strict out" where its flags are --output-language and --strict.
    with pytest.raises(InvalidInputError, match="leave the output_language option out"):
        nutgraf.summarize(ARTICLE, output_language="de")
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["summarize", str(path), "--output-language", "de"]) == 1
    said = capsys.readouterr().err
    assert "choose the llm summarizer, or leave --output-language out" in said and "option" not in said

    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "test-model")
    assert main(["summarize", str(path), "--summarizer", "llm", "--output-language", "de", "--strict"]) == 1
    said = capsys.readouterr().err
    assert "leave --strict out, or --output-language" in said and "option" not in said
    # An engine's option too: "the lead summarizer does not take model ... leave it out" named no flag.
    with pytest.raises(SystemExit) as usage:
        main(["summarize", str(path), "--summarizer", "lead", "--model", "x"])
    assert usage.value.code == 2
    said = capsys.readouterr().err
    assert "does not take --model; it takes no options: leave --model out, or choose" in said
    assert "option out" not in said


def test_markdown_shows_a_hostile_title_article_and_llm_reply_as_written(
    llm: FakeLLM, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # summarize --format markdown wrote the title and the summary raw, where articles' Markdown escapes
    # them: a page's or an LLM's "<img onerror>", a javascript: link, a leading "#" or ">" or an indent
    # became HTML, a link, a heading, a quote or a code block in the reader's Markdown viewer.
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Vote &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</title></head>"
        "<body><article><h1>Vote &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))</h1>"
        "<p>Officials said the bridge would reopen on Monday after two years of repairs and delays.</p>"
        "<p>&gt; The city spent 40 million dollars on the work, more than the council had planned.</p>"
        "<p>Traffic is expected to ease across the river by the end of the month, officials added.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert (
        main(["summarize", str(page), "--summarizer", "lead", "--sentences", "2", "--format", "markdown"])
        == 0
    )
    heading, body = capsys.readouterr().out.split("\n\n")[:2]
    assert heading == r"## Vote \<img src=x onerror=alert(1)\> \[x\](javascript:alert(1))"
    assert r"\> The city spent 40 million dollars" in body and ">" not in body.replace(r"\>", "")

    monkeypatch.setenv("NUTGRAF_LLM_BASE_URL", llm.url)
    monkeypatch.setenv("NUTGRAF_LLM_MODEL", "tiny")
    llm.replies = [
        Reply(
            body=completion(
                "- <img src=x onerror=alert(1)> Officials said the bridge would reopen on Monday.\n"
                "- [click](javascript:alert(1)) The city spent 40 million dollars on the work.\n"
            )
        )
    ]
    args = ["summarize", str(page), "--summarizer", "llm", "--form", "key_points", "--format", "markdown"]
    assert main(args) == 0
    points = capsys.readouterr().out.split("\n\n")[1].splitlines()
    assert points == [
        r"- \<img src=x onerror=alert(1)\> Officials said the bridge would reopen on Monday.",
        r"- \[click\](javascript:alert(1)) The city spent 40 million dollars on the work.",
    ]
