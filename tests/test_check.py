"""nutgraf.check: evidence offsets, flagged facts, the summarize/CLI integration, and agreement with humans."""

from __future__ import annotations

import itertools
import json

import pytest

import nutgraf
from nutgraf.check import DEFAULT_THRESHOLD, NO_CONTENT_WORDS
from nutgraf.cli import main
from nutgraf.engines.options import MAX_SENTENCES
from nutgraf.errors import EmptyInputError, InputTooLargeError, InvalidInputError
from nutgraf.segment import MAX_SENTENCE_MARKS

ARTICLE = """Police said three armed men took a five-figure sum from a security van in Glasgow on Monday.

Two guards aged 47 and 49 were left badly shaken. The cash taken was about £50,000, and 5,060 people live nearby.

"We are reviewing CCTV images from the city centre," said Det Insp Alasdair Barlow. Crime fell 20 per cent last year.
"""


def sentence(evidence: nutgraf.Evidence, index: int = 0):
    return evidence.sentences[index]


def test_copied_sentence_is_supported_with_offsets_of_its_source() -> None:
    result = nutgraf.check(ARTICLE, "Two guards aged 47 and 49 were left badly shaken.")
    first = sentence(result)
    assert first.supported and result.supported
    assert first.score == 1.0
    assert first.unsupported == []
    start, end = first.evidence[0]
    assert ARTICLE[start:end] == "Two guards aged 47 and 49 were left badly shaken."


def test_one_sentence_per_summary_sentence() -> None:
    result = nutgraf.check(ARTICLE, "Two guards were shaken. Police are reviewing CCTV images.")
    assert [s.text for s in result.sentences] == [
        "Two guards were shaken.",
        "Police are reviewing CCTV images.",
    ]
    # Evidence for the second sentence comes from the quote's sentence.
    spans = [ARTICLE[a:b] for a, b in result.sentences[1].evidence]
    assert any("reviewing CCTV images" in s for s in spans)


def test_wrong_place_day_and_number_are_flagged() -> None:
    result = nutgraf.check(
        ARTICLE, "Three armed men took £60,000 from a security van in Edinburgh on Tuesday."
    )
    first = sentence(result)
    assert not first.supported and not result.supported
    assert {"Edinburgh", "Tuesday", "60,000"} <= set(first.unsupported)


def test_names_are_compared_case_insensitively() -> None:
    lower = ARTICLE.replace("Glasgow", "glasgow").replace("Alasdair Barlow", "alasdair barlow")
    result = nutgraf.check(lower, "Det Insp Alasdair Barlow said armed men took a sum from a van in Glasgow.")
    assert "Glasgow" not in sentence(result).unsupported
    assert "Barlow" not in sentence(result).unsupported


@pytest.mark.parametrize(
    "claim",
    [
        "Crime fell 20% last year.",
        "Crime fell 20 percent last year.",
        "About 5060 people live nearby.",
        "The cash taken was about £50k.",
        "Three armed men took the sum.",
        "Guards aged forty-seven and 49 were shaken.",
    ],
)
def test_numbers_written_differently_still_match(claim: str) -> None:
    flagged = sentence(nutgraf.check(ARTICLE, claim)).unsupported
    assert flagged == [], flagged


def test_wrong_number_words_are_flagged() -> None:
    assert "four" in sentence(nutgraf.check(ARTICLE, "Four armed men took a sum.")).unsupported
    assert "21" in sentence(nutgraf.check(ARTICLE, "Crime fell 21 per cent last year.")).unsupported


# The same number as the article writes it in another style, and a wrong one beside it, which must stay
# unsupported and be named.
@pytest.mark.parametrize(
    ("article", "right", "wrong", "named"),
    [
        # Thousands grouped by a plain, no-break or narrow no-break space (French, Polish, SI style).
        (
            "The fire destroyed 2 500 homes.",
            "The fire destroyed 2,500 homes.",
            "The fire destroyed 2,600 homes.",
            "2,600",
        ),
        (
            "The fire destroyed 2\u202f500 homes.",
            "The fire destroyed 2500 homes.",
            "The fire destroyed 2 600 homes.",
            "2 600",
        ),
        (
            "The fire destroyed 2\u00a0500 homes.",
            "The fire destroyed 2 500 homes.",
            "The fire destroyed 500 homes.",
            "500",
        ),
        (
            "La ville compte 12 345 habitants.",
            "La ville compte 12345 habitants.",
            "La ville compte 12 346 habitants.",
            "12 346",
        ),
        # Hyphenated number words, cardinal and ordinal.
        (
            "Forty-seven homes were destroyed by the fire.",
            "The fire destroyed 47 homes.",
            "The fire destroyed 48 homes.",
            "48",
        ),
        (
            "Twenty-one homes were destroyed by the fire.",
            "The fire destroyed 21 homes.",
            "The fire destroyed 20 homes.",
            "20",
        ),
        (
            "The club began its twenty-first season.",
            "The club began its 21st season.",
            "The club began its 20th season.",
            "20",
        ),
        (
            "She finished third in the race.",
            "She finished 3rd in the race.",
            "She finished 4th in the race.",
            "4",
        ),
        # A scale word or a currency sign for figures or words.
        ("The deal is worth 2 billion dollars.", "The deal is worth $2bn.", "The deal is worth $3bn.", "3bn"),
        (
            "The deal is worth $2bn.",
            "The deal is worth 2 billion dollars.",
            "The deal is worth 2 billion euros.",
            "euros",
        ),
        # An article of two currencies: its sign says which is whose.
        (
            "The firm lost £2bn and its shares fell to $5.",
            "The firm lost £2bn and its shares fell to $5.",
            "The firm lost 2 billion dollars.",
            "dollars",
        ),
        (
            "The town has 1.5 million residents.",
            "The town has 1,500,000 residents.",
            "The town has 1,600,000 residents.",
            "1,600,000",
        ),
        # Indian English: lakhs and crores grouped by two, and their words.
        (
            "The town has 1,50,000 residents.",
            "The town has 150,000 residents.",
            "The town has 150 residents.",
            "150",
        ),
        (
            "The town has 1.5 lakh residents.",
            "The town has 1,50,000 residents.",
            "The town has 1.5 million residents.",
            "1.5 million",
        ),
        # A decimal comma.
        (
            "Die Inflation stieg im Mai auf 2,5 Prozent.",
            "Die Inflation stieg im Mai auf 2.5 Prozent.",
            "Die Inflation stieg im Mai auf 2,6 Prozent.",
            "2,6",
        ),
        # Digits of other scripts.
        (
            "The town has \u0661\u0665\u0660 residents.",
            "The town has 150 residents.",
            "The town has 151 residents.",
            "151",
        ),
        (
            "The town has \u0967\u096b\u0966 residents.",
            "The town has 150 residents.",
            "The town has 151 residents.",
            "151",
        ),
        # A day after its month and a count are two numbers, though one space parts them as it parts
        # thousands ("2,500" had been backed); a count after another word is still grouped.
        (
            "On May 2 500 people came to the fair.",
            "500 people came to the fair on May 2.",
            "2,500 people came to the fair on May 2.",
            "2,500",
        ),
        (
            "On May 2, 500 people came to the fair.",
            "500 people came to the fair on May 2.",
            "2,500 people came to the fair on May 2.",
            "2,500",
        ),
        (
            "On Dec. 3 500 people marched.",
            "500 people marched on Dec. 3.",
            "3,500 people marched on Dec. 3.",
            "3,500",
        ),
        (
            "Some 2 500 people came to the fair in May.",
            "Some 2,500 people came to the fair in May.",
            "Some 500 people came to the fair in May.",
            "500",
        ),
        # A number after a word that takes one of its own (a room, a page, an age) heads no thousands:
        # "Room 12 345" and "Aged 12, 500" had backed a summary's 12,345 and 12,500.
        (
            "The clinic moved to Room 12 345 patients were seen there last year.",
            "345 patients were seen in Room 12 last year.",
            "12,345 patients were seen there last year.",
            "12,345",
        ),
        (
            "Aged 12, 500 children sat the exam.",
            "500 children aged 12 sat the exam.",
            "12,500 children sat the exam.",
            "12,500",
        ),
        (
            "Readers on page 3 000 copies later said so.",
            "Readers said so on page 3.",
            "Readers said so on page 3,000.",
            "3,000",
        ),
        # A phone number is one number, not a count inside it ("7946" had backed 7,946).
        (
            "Tickets are sold on +44 20 7946 0958 and 7,900 were sold.",
            "Tickets are sold on +44 20 7946 0958 and 7,900 were sold.",
            "Tickets are sold on +44 20 7946 0958 and 7,946 were sold.",
            "7,946",
        ),
        # After an abbreviation's full stop too ("tel.+44"), but not after a number's ("3.+44" is figures).
        (
            "Tickets are sold on tel.+44 20 7946 0958 and 7,900 were sold.",
            "Tickets are sold on tel.+44 20 7946 0958 and 7,900 were sold.",
            "Tickets are sold on tel.+44 20 7946 0958 and 7,946 were sold.",
            "7,946",
        ),
        (
            "Round 3.+44 20 7946 fans came, and 7,900 stayed.",
            "Round 3.+44 20 7,946 fans came, and 7,900 stayed.",
            "Round 3.+44 20 7,947 fans came, and 7,900 stayed.",
            "7,947",
        ),
        (
            "Tickets are sold on (020) 7946 0958 and 7,900 were sold.",
            "Tickets are sold on 020 7946 0958 and 7,900 were sold.",
            "Tickets are sold on 7946 and 7,946 were sold.",
            "7,946",
        ),
        (
            "Call 555-123-4567 for one of the 4,000 tickets.",
            "Call 555-123-4567 for one of the 4,000 tickets.",
            "Call 555-123-4568 for one of the 4,567 tickets.",
            "4,567",
        ),
        # A year and a count are two numbers, tokenised or not.
        (
            "In 2015, 300 people were hurt.",
            "In 2015, 300 people were hurt.",
            "In 2015, 400 people were hurt.",
            "400",
        ),
    ],
)
def test_a_number_the_article_writes_another_way_is_supported_and_a_wrong_one_is_not(
    article: str, right: str, wrong: str, named: str
) -> None:
    backed = sentence(nutgraf.check(article, right, language="de" if "Prozent" in article else "en"))
    assert backed.supported and backed.unsupported == [], backed
    flagged = sentence(nutgraf.check(article, wrong, language="de" if "Prozent" in article else "en"))
    assert not flagged.supported and named in flagged.unsupported, flagged


def test_a_share_in_words_is_not_backed_by_a_count() -> None:
    # QAGS CNN/DM 201: the article's numbered list ("3 - - arsenal") does not say a third of the posts;
    # an ordinal ("a third title") is still the number 3.
    article = "At least 50 per cent of the abuse was racist. 3 - - arsenal v manchester city, 10 august 2014."
    share = sentence(nutgraf.check(article, "Almost a third of the abusive posts were racist."))
    assert not share.supported and "third" in share.unsupported
    backed = "Almost a third of the abuse was racist, and 3 clubs were named."
    assert sentence(nutgraf.check(backed, "A third of the abuse was racist.")).unsupported == []
    assert "third" not in sentence(nutgraf.check(backed, "Arsenal won a third title.")).unsupported
    assert sentence(nutgraf.check("A dozen of them were hurt.", "12 of them were hurt.")).unsupported == []


def test_a_number_scaled_up_in_the_summary_is_flagged() -> None:
    # "20%" and "three" are in the article; "20 million" and "three thousand" are not.
    assert "20 million" in sentence(nutgraf.check(ARTICLE, "Crime fell by 20 million last year.")).unsupported
    scaled = nutgraf.check(ARTICLE, "Three thousand armed men took the sum.")
    assert "three thousand" in sentence(scaled).unsupported


def test_quotes_must_be_verbatim() -> None:
    exact = nutgraf.check(ARTICLE, 'Police said: "We are reviewing CCTV images from the city centre."')
    assert not any(t.startswith("“") for t in sentence(exact).unsupported)
    invented = nutgraf.check(ARTICLE, 'Police said: "We have identified the robbers from CCTV."')
    assert "“We have identified the robbers from CCTV.”" in sentence(invented).unsupported
    assert not sentence(invented).supported


def test_sentence_stitched_from_different_sentences_scores_lower() -> None:
    faithful = sentence(nutgraf.check(ARTICLE, "Two guards aged 47 and 49 were left badly shaken."))
    stitched = sentence(
        nutgraf.check(ARTICLE, "Two guards aged 47 and 49 took CCTV images from the city centre.")
    )
    assert stitched.score < faithful.score
    assert not stitched.supported


BUDGET = """City officials approved a new budget on Monday that raises spending on schools by 12 percent.

The budget, worth $4.2 billion, passed by a vote of 7 to 2. Mayor Ana Ruiz said the plan would hire 300 teachers.
"""


@pytest.mark.parametrize(
    "paraphrase",
    [
        "The city approved a budget on Monday that raises school spending by 12 percent.",
        "It will hire 300 teachers.",
        "The $4.2 billion budget passed 7 to 2.",
    ],
)
def test_faithful_paraphrase_is_supported(paraphrase: str) -> None:
    checked = sentence(nutgraf.check(BUDGET, paraphrase))
    assert checked.supported, checked
    assert checked.reason == "" and checked.unsupported == []


@pytest.mark.parametrize(
    ("claim", "invented"),
    [
        ("Mayor Ana Ruiz said the plan would hire 400 teachers.", "400"),
        ("Mayor Ana Smith said the plan would hire 300 teachers.", "Smith"),
        ("City officials approved a new budget on Tuesday.", "Tuesday"),
        ('Ruiz said: "The plan will cut taxes."', "“The plan will cut taxes.”"),
    ],
)
def test_invented_name_number_date_or_quote_is_not_supported(claim: str, invented: str) -> None:
    checked = sentence(nutgraf.check(BUDGET, claim))
    assert not checked.supported
    assert invented in checked.unsupported
    assert invented in checked.reason


def test_stitched_claim_without_new_words_is_unsupported_with_a_reason() -> None:
    # Every word is in the article, but the vote and the hiring are in different sentences.
    checked = sentence(nutgraf.check(BUDGET, "The plan would hire 300 teachers by a vote of 7 to 2."))
    assert not checked.supported
    assert checked.unsupported == []
    assert "pieced together from separate article sentences" in checked.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Governor Tom Baker vetoed the budget on Friday.",
        "Two guards aged 47 and 49 took CCTV images from the city centre.",
        "The budget passed by a vote of 7 to 2.",  # unsupported only at the strict threshold below
        "About 5060 people live nearby.",
    ],
)
def test_an_unsupported_verdict_always_has_a_reason(claim: str) -> None:
    for threshold in (DEFAULT_THRESHOLD, 1.0):  # past 1 is refused (test_bad_input)
        for checked in nutgraf.check(ARTICLE + BUDGET, claim, threshold=threshold).sentences:
            assert checked.supported or checked.reason, checked
            assert not checked.supported or not checked.reason


def test_to_dict_is_json_ready() -> None:
    result = nutgraf.check(ARTICLE, "Two guards were shaken in Edinburgh.")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["supported"] is False
    assert data["threshold"] == result.threshold
    (first,) = data["sentences"]
    assert set(first) == {"text", "supported", "score", "evidence", "unsupported", "reason"}
    assert "Edinburgh" in first["unsupported"]
    assert "Edinburgh" in first["reason"]
    assert all(len(span) == 2 for span in first["evidence"])


def test_threshold_decides_support() -> None:
    claim = "Police looked at CCTV images of the city centre."  # scores below 1
    score = sentence(nutgraf.check(ARTICLE, claim)).score
    assert sentence(nutgraf.check(ARTICLE, claim, threshold=score)).supported
    assert not sentence(nutgraf.check(ARTICLE, claim, threshold=score + 0.01)).supported


def test_summary_as_a_list_of_sentences_and_article_as_an_article() -> None:
    article = nutgraf.Article(text=ARTICLE, language="en")
    result = nutgraf.check(article, ["Two guards were shaken.", "Crime fell."])
    assert len(result.sentences) == 2


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(EmptyInputError, match="summary is empty"):
        nutgraf.check(ARTICLE, "   ")
    with pytest.raises(EmptyInputError):
        nutgraf.check("", "A summary.")
    with pytest.raises(InvalidInputError):
        nutgraf.check(ARTICLE, 42)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="binary"):
        nutgraf.check(b"\x00\x01\x02binary", "A summary.")


def test_a_summary_longer_than_any_summary_is_refused_at_once() -> None:
    # The fuzzer's 50,000 one-word lines given as the summary: each was checked against every article
    # sentence (over 60 s for an article of as many lines); no engine writes a tenth of that.
    lines = "\n".join(f"Word{n}." for n in range(50_000))
    with pytest.raises(
        InputTooLargeError,
        match=r"^the summary is 538,889 characters; nutgraf checks summaries of at most"
        r" 200 sentences and 150,000 characters: check it a part of that size at a time$",
    ):
        nutgraf.check(ARTICLE, lines)
    with pytest.raises(InputTooLargeError, match="summary"):
        nutgraf.check(ARTICLE, lines.split("\n"))
    with pytest.raises(InputTooLargeError, match="summary"):
        nutgraf.check(ARTICLE, "Police " * 100_000)
    # The longest summary an engine writes is checked as before.
    longest = nutgraf.check(ARTICLE, ["Two guards were left badly shaken."] * MAX_SENTENCES)
    assert len(longest.sentences) == MAX_SENTENCES and longest.supported


def test_summarize_attaches_evidence_on_request_for_extractive_engines() -> None:
    plain = nutgraf.summarize(ARTICLE, summarizer="lead", sentences=2)
    assert plain.evidence is None, "extractive summaries are not checked unless asked"
    checked = nutgraf.summarize(ARTICLE, summarizer="lead", sentences=2, evidence=True)
    assert checked.evidence.supported
    assert [s.text for s in checked.evidence.sentences] == [s.text for s in checked.sentences]
    assert "evidence" in checked.to_dict()


def test_cli_check_prints_verdicts_and_json(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    summary = tmp_path / "summary.txt"
    summary.write_text(
        "Two guards aged 47 and 49 were left badly shaken. Robbers fled to Edinburgh.", "utf-8"
    )
    assert main(["check", str(article), str(summary)]) == 0
    out = capsys.readouterr().out
    assert "[supported 1.00] Two guards aged 47 and 49" in out
    assert "not in the article: Robbers, Edinburgh" in out or "Edinburgh" in out.split("UNSUPPORTED")[1]
    assert main(["check", str(article), "--text", "Crime fell 20% last year.", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (first,) = data["sentences"]
    start, end = first["evidence"][0]
    assert data["article"][start:end] == "Crime fell 20 per cent last year."


def test_cli_check_says_why_when_no_term_is_missing(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(BUDGET, encoding="utf-8")
    claim = "The plan would hire 300 teachers by a vote of 7 to 2."
    assert main(["check", str(article), "--text", claim]) == 0
    out = capsys.readouterr().out
    assert "UNSUPPORTED" in out and "not in the article" not in out
    assert "    why: it is pieced together from separate article sentences" in out


def test_cli_check_gives_every_reason_beside_the_missing_terms(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sentence negates the article and names a day it lacks: the text output said only the day, so a
    # reader of `nutgraf check` never learnt that it contradicts the article.
    article = tmp_path / "article.txt"
    article.write_text(BUDGET, encoding="utf-8")
    assert (
        main(["check", str(article), "--text", "City officials did not approve a new budget on Friday."]) == 0
    )
    out = capsys.readouterr().out
    assert "    why: it says the opposite of the article about “approve”" in out
    assert "it does not mention “Friday”" in out


def test_cli_check_bad_input_is_one_line(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "missing.txt"), "--text", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nutgraf: error: no such file") and err.count("\n") == 1
    assert main(["check", str(tmp_path / "missing.txt"), str(tmp_path / "summary.txt"), "--text", "x"]) == 1
    assert "not both" in capsys.readouterr().err
    for threshold in ("2", "-1", "nan"):
        with pytest.raises(SystemExit) as usage:
            main(["check", str(tmp_path / "missing.txt"), "--text", "x", "--threshold", threshold])
        assert usage.value.code == 2
    assert "expected a number from 0 to 1" in capsys.readouterr().err


def test_cli_summarize_with_evidence(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["summarize", str(article), "--summarizer", "lead", "--evidence", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["evidence"]["supported"] is True
    assert len(data["evidence"]["sentences"]) == len(data["sentences"])
    assert main(["summarize", str(article), "--summarizer", "lead", "--evidence"]) == 0
    assert "evidence: " in capsys.readouterr().out
    assert (
        main(["summarize", str(article), "--summarizer", "lead", "--evidence", "--format", "markdown"]) == 0
    )
    markdown = capsys.readouterr().out
    assert "### Evidence" in markdown and "- supported (1.00): " in markdown and "\n  > " in markdown


@pytest.mark.data
def test_agrees_with_human_labels_across_summary_styles(shared_data) -> None:
    """Threshold tuned on one QAGS set, applied to the other: the check beats token overlap both ways."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import check_bench

    results = {name: check_bench.score_dataset(shared_data / name) for name in check_bench.DATASETS}
    for name, other in itertools.permutations(check_bench.DATASETS):
        labels, tuned_on = results[name]["labels"], results[other]
        accuracy = {}
        for system in check_bench.SYSTEMS:
            threshold = check_bench.best_threshold(tuned_on[system], tuned_on["labels"])
            accuracy[system] = check_bench.balanced_accuracy(results[name][system], labels, threshold)
        assert accuracy["nutgraf.check"] > accuracy["token overlap"] + 0.05, (name, accuracy)
        ours = check_bench.balanced_accuracy(results[name]["nutgraf.check"], labels, DEFAULT_THRESHOLD)
        assert ours > 0.62, (name, ours)


@pytest.mark.parametrize(
    ("article", "claim", "flipped"),
    [
        (BUDGET, "City officials did not approve a new budget on Monday.", "approve"),
        (BUDGET, "Mayor Ana Ruiz said the plan would never hire 300 teachers.", "hire"),
        (
            BUDGET + " The council did not approve the new stadium.",
            "The council approved the new stadium.",
            "approved",
        ),
        (BUDGET + " The council didn't fund the stadium.", "The council funded the stadium.", "funded"),
        (
            "Der Stadtrat hat den neuen Haushalt am Montag beschlossen.",
            "Der Stadtrat hat den neuen Haushalt am Montag nicht beschlossen.",
            "beschlossen",
        ),
    ],
)
def test_a_sentence_that_negates_what_the_article_says_is_not_supported(
    article: str, claim: str, flipped: str
) -> None:
    # Every word of it is in the article: only the negation tells it apart, which scores on shared words
    # could not see ("did not approve" was supported with 1.0 against "approved").
    checked = sentence(nutgraf.check(article, claim))
    assert not checked.supported, checked
    assert f"it says the opposite of the article about “{flipped}”" in checked.reason


@pytest.mark.parametrize(
    "claim",
    [
        "The council approved the budget.",  # the article negates the stadium's funding, not this
        "The council did not fund the stadium.",
        "The council refused to fund the stadium.",
    ],
)
def test_a_negation_the_article_shares_is_no_contradiction(claim: str) -> None:
    article = "The council approved the budget but did not fund the stadium. The stadium was refused funding."
    checked = sentence(nutgraf.check(article, claim))
    assert "opposite" not in checked.reason, checked


@pytest.mark.parametrize(
    ("summary", "language"),
    [
        ("Der Stadtrat hat den neuen Haushalt am Montag beschlossen.", "German"),
        ("Les responsables de la ville ont approuvé un nouveau budget lundi.", "French"),
    ],
)
def test_a_summary_in_another_language_is_not_checked_and_says_why(summary: str, language: str) -> None:
    # Word by word, a translation read as unsupported for not mentioning "der", "hat", "den"...
    result = nutgraf.check(BUDGET, summary)
    assert not result.checked and result.supported is None
    assert [s.supported for s in result.sentences] == [None]
    assert result.sentences[0].reason.startswith(f"the summary is in {language} and the article in English")


@pytest.mark.parametrize(
    "summary",
    [
        "A pub in a devon village is to reopen as a free house after a community buyout.",  # Portuguese "a"
        "The city approved a budget on Monday.",
    ],
)
def test_an_english_summary_is_checked_whatever_function_words_it_shares(summary: str) -> None:
    assert nutgraf.check(BUDGET + " A pub in a Devon village will reopen.", summary).checked


def test_an_article_of_more_lines_than_the_bound_is_refused_saying_so() -> None:
    # The check reads its article as given, each line a sentence: 14.9 MB of 2.58 million one-word lines
    # (bench/fuzz_inputs.py, seed 61) took 20 s of CPU, where the sentence bound counts marks alone.
    words = ("ahead", "of", "their", "clash", "with", "juve", "in", "turin")
    article = "\n".join(words[n % len(words)] for n in range(MAX_SENTENCE_MARKS + 2))
    with pytest.raises(InputTooLargeError, match=f"holds {MAX_SENTENCE_MARKS + 1:,} lines; .* at most"):
        nutgraf.check(article, "Juve play in Turin.")


@pytest.mark.parametrize("sentence", ["Ø", "…", "-", "It is.", "He won."])
def test_a_sentence_with_no_content_word_is_not_checked_rather_than_supported(sentence: str) -> None:
    # It had been "supported 1.00": nothing in it can be compared with the article.
    result = nutgraf.check(BUDGET, [sentence])
    (only,) = result.sentences
    assert only.supported is None and only.score is None
    assert only.reason == NO_CONTENT_WORDS
    assert result.checked and result.supported is None
    # Beside a sentence that is checked, the summary's verdict is that sentence's.
    mixed = nutgraf.check(BUDGET, ["City officials approved a new budget on Monday.", sentence])
    assert [s.supported for s in mixed.sentences] == [True, None] and mixed.supported is True


def test_cli_check_of_a_sentence_with_no_content_word_says_not_checked(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(BUDGET, encoding="utf-8")
    assert main(["check", str(article), "--text", "…"]) == 0
    out = capsys.readouterr().out
    assert "supported 1.00" not in out and "not checked" in out


def test_a_sentence_copied_with_its_telephone_number_is_supported() -> None:
    # The article's "tel. +44 ..." had been split into two sentences, and its copy called pieced together.
    article = BUDGET + " For details call the city's budget office, tel. +44 20 7946 0958, before Friday."
    evidence = nutgraf.check(article, ["For details call the city's budget office, tel. +44 20 7946 0958."])
    assert evidence.supported is True


@pytest.mark.parametrize(
    ("article", "summary", "language"),
    [
        # South African English groups thousands with a space, and "last year" closes its phrase.
        ("Last year 1 200 people died on the province's roads.", "1,200 people died on the roads.", "en"),
        # A billion grouped by spaces is no "1" and a trunk-dialled phone number ("000 000 000").
        ("The fund holds 1 000 000 000 rand, the minister said.", "The fund holds 1,000,000,000 rand.", "en"),
        ("Le budget atteint 2 050 000 000 euros.", "Le budget atteint 2.050.000.000 euros.", "fr"),
        # Portuguese "nos" ("in the") is no "Nos." before a number of its own.
        ("A lei vale nos 1 200 municípios do país.", "A lei vale em 1.200 municípios.", "pt"),
    ],
)
def test_a_number_grouped_by_spaces_is_read_whole_where_nothing_parts_it(
    article: str, summary: str, language: str
) -> None:
    # Read in parts ("1" and "200"; "1" and a phone number) these had left the summary's right figure unbacked.
    assert sentence(nutgraf.check(article, summary, language=language)).unsupported == []


def test_strict_keeps_an_article_sentence_with_nothing_to_compare() -> None:
    # Not checked is not unsupported: strict had left out "Nobody came.", copied from the article, as a
    # sentence the article does not support.
    article = "Nobody came. " + BUDGET
    summary = nutgraf.summarize(article, summarizer="lead", sentences=2, strict=True)
    assert summary.sentences[0].text == "Nobody came."
    assert summary.evidence.dropped == 0 and summary.evidence.supported is True
