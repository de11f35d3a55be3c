"""Kinds of page furniture the ninth and eleventh outlets rounds (tests/test_summary_outlets_ninth.py,
tests/test_summary_outlets_eleventh.py) left as strict xfails, each read by a rule of its kind (in any outlet),
beside news worded like it that must stay."""

from __future__ import annotations

import pytest

from nutgraf.extract.text import clean_text
from world_news import NEWS, PROSE, check_line_leaves


@pytest.mark.parametrize(
    "line",
    [
        # A caption credited in brackets to its photographer, a middle initial in the names, and the paper
        # after a comma (KSL's), in round or square brackets.
        "A cyclist rides along 300 South in Salt Lake City on Tuesday. (Jeffrey D. Allred, Deseret News)",
        "Fans cheer at the stadium on Friday. [Scott G. Winterton, Deseret News]",
        "Firefighters work the blaze near Provo on Monday. (Mary Ann B. Smith, The Salt Lake Tribune)",
    ],
)
def test_a_caption_credited_with_a_comma_after_a_middle_initial_leaves(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # A bracketed citation, a place, a name with its initial before a year or a word in lower case, and
        # a name of initials alone before a comma: no photographer's credit.
        "The study built on earlier work. (Smith, 2019)",
        "The report was cited by the council. (Jane Smith, 2019)",
        "The summit was held in the capital. (Paris, France)",
        "The airport was named for him. (John F. Kennedy, 1963)",
        "The speech was praised across the country. (John F. Kennedy, president)",
        "He met the author at the college. (J. R. Tolkien, Oxford)",
        "The talks were held in the city. (Washington, D.C.)",
        # A name with its middle initial before a title, a degree, a party, a state or an army after the
        # comma: no paper's or agency's name, as a credit's is.
        "Patients should ask their doctor before changing a dose. (Mary K. Lee, PhD)",
        '"We will win this state," he told the crowd. (Donald J. Trump, President)',
        "The policy was announced on Friday. (George W. Bush, Texas)",
        "The ceremony honoured the veteran. (John A. Smith, U.S. Army)",
        "The march ended at the memorial. (Martin L. King, Jr)",
    ],
)
def test_bracketed_names_with_a_comma_in_news_stay(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


@pytest.mark.parametrize(
    "line",
    [
        # The site's question about its own work, then its call to subscribe naming the site by its name and
        # no web thing (the Acadie Nouvelle's), in French, English, German and Spanish.
        "Vous aimez nos articles? Abonnez-vous à l'Acadie Nouvelle pour ne rien manquer.",
        "Enjoy our journalism? Subscribe to the Herald.",
        "Ihnen gefallen unsere Artikel? Abonnieren Sie den Kurier.",
        "¿Te gustan nuestras noticias? Suscríbete a El Diario.",
    ],
)
def test_a_site_s_question_about_its_work_before_its_call_leaves(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # A question about "our" parks before a call, a question about a site's articles answered with news,
        # and the site's pitch reported as a speaker's words.
        "Vous aimez nos parcs? Abonnez-vous au programme de bénévolat de la ville.",
        "Enjoy our parks? Join the cleanup on Saturday.",
        "Who reads our articles? Subscribers over 60, the survey found.",
        "Like our stories? Subscribe to the paper, the editor told readers at the gala.",
        "Vous aimez nos articles? Abonnez-vous, a déclaré le directeur du journal aux lecteurs.",
    ],
)
def test_news_worded_as_a_site_s_question_and_call_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


# A newsletter box's sign-up notice, which leaves alone as it did before.
SIGN_UP_NOTICE = (
    "You can unsubscribe at any time. By signing up, you are agreeing to our Terms of Use and Privacy Policy."
)


@pytest.mark.parametrize(
    "box",
    [
        # The box's heading naming the newsletter, its blurb naming no web thing (Daily Sabah's), or the
        # heading alone, over the box's sign-up notice.
        "Daily Sabah Newsletter\n\nKeep up to date with what's happening in Turkey, its region and the world."
        f"\n\n{SIGN_UP_NOTICE}",
        f"Newsletter\n\n{SIGN_UP_NOTICE}",
        f"The Morning Briefing newsletter\n\nThe day's news from the capital, every weekday.\n\n{SIGN_UP_NOTICE}",
    ],
)
def test_a_newsletter_box_s_heading_and_blurb_over_its_sign_up_notice_leave(box: str) -> None:
    assert clean_text(PROSE.format(line=box)).text == NEWS


STORY = "Writers on Substack earned more than 10 million dollars last year, the company said."
LONG_STORY = (
    "Writers on Substack earned more than 10 million dollars last year, the company said, and the number of paid"
    " subscriptions to the council's own weekly newsletter doubled in the six months after it began charging."
)


@pytest.mark.parametrize(
    "lines",
    [
        # A story about a newsletter, its cross-head naming one over the story's paragraph, with no sign-up
        # notice under it; the story's paragraph over a sign-up notice, under no heading naming a newsletter;
        # and a cross-head naming a newsletter over a paragraph longer than a box's blurb, over the notice.
        f"The newsletter boom\n\n{STORY}",
        f"{STORY}\n\n{SIGN_UP_NOTICE}",
        f"The newsletter boom\n\n{LONG_STORY}\n\n{SIGN_UP_NOTICE}",
        # And a cross-head naming one over a short line of news reporting someone's words, over the notice.
        f"Newsletter wars\n\nThe company said it had 2 million subscribers.\n\n{SIGN_UP_NOTICE}",
    ],
)
def test_a_story_s_lines_about_a_newsletter_stay(lines: str) -> None:
    kept = lines.removesuffix(f"\n\n{SIGN_UP_NOTICE}")
    assert kept in clean_text(PROSE.format(line=lines)).text


@pytest.mark.parametrize(
    "line",
    [
        # A pointer to the site's own explainer or coverage, its link's "here" closing it, after the desk's
        # question or alone (The Courier's).
        "Why do we cover court cases? Read our explainer on court reporting here.",
        "Read our full coverage of the election here.",
    ],
)
def test_a_pointer_to_the_site_s_own_explainer_leaves(line: str) -> None:
    check_line_leaves(line)


@pytest.mark.parametrize(
    "line",
    [
        # "Read our" in a speaker's words, and before no link's word.
        "Read our lips, the senator told voters here on Tuesday.",
        "Read our lips: no new taxes.",
    ],
)
def test_news_opening_on_read_our_stays(line: str) -> None:
    assert line in clean_text(PROSE.format(line=line)).text


@pytest.mark.parametrize(
    "note",
    [
        # The newsroom's note under a court report on what the law keeps it from publishing (The Courier's).
        "Reporting restrictions prevent us from publishing details of the second paramedic's injuries.",
        "Legal restrictions prevent us from naming the boy.",
        "For legal reasons we cannot name the boy or his school.",
    ],
)
def test_a_newsroom_s_note_on_reporting_restrictions_under_a_story_leaves(note: str) -> None:
    assert clean_text(f"{NEWS}\n\n{note}").text == NEWS


@pytest.mark.parametrize(
    "line",
    [
        # A court story's own line on the judge's order, naming whom it binds, and a speaker's words on it,
        # closing the story.
        "The judge imposed reporting restrictions that prevent the media from naming the boy.",
        "Reporting restrictions prevent the press from naming the boy, the sheriff ruled.",
        "Reporting restrictions prevent us from naming the victims, the officer told the court.",
        # The paper's note with the story's news after it in the same paragraph.
        "Reporting restrictions prevent us from naming him, but the court heard he is 15.",
        "Reporting restrictions prevent us from naming him. The boy admitted assault and will be sentenced in March.",
        "For legal reasons we cannot name the woman; she is due back in court in May.",
    ],
)
def test_a_court_story_s_line_on_reporting_restrictions_stays(line: str) -> None:
    assert line in clean_text(f"{NEWS}\n\n{line}").text


# A fact-checking site's appeal under its story, which leaves as it did before.
APPEAL = "Help us fight misinformation. Donate to Africa Check."


@pytest.mark.parametrize(
    "closing",
    [
        # A republishing button's words and the pointer for publishers beside it, under the story and over
        # the site's appeal (Africa Check's), alone or together: a story's last short line had gone before, but
        # these had stayed over the appeal.
        "Republish our content for free",
        "For publishers: what to do if your post is rated false",
        "Republish our content for free\n\nFor publishers: what to do if your post is rated false",
        "Republish this story for free",
    ],
)
def test_a_republishing_button_and_a_pointer_for_publishers_under_the_story_leave(closing: str) -> None:
    assert clean_text(f"{NEWS}\n\n{closing}\n\n{APPEAL}").text == NEWS


@pytest.mark.parametrize(
    "closing",
    [
        # A story's last lines about republishing or for publishers: a sentence going on past "our" content,
        # a speaker's words, and a note to publishers ending as a sentence.
        "Republish our content for free, the agency told its partner newspapers in a letter.",
        "Republish our stories only with permission, the editor said.",
        "For publishers: the new rules take effect in January and apply to every newspaper in the country.",
    ],
)
def test_a_story_s_closing_line_on_republishing_stays(closing: str) -> None:
    for text in (f"{NEWS}\n\n{closing}", f"{NEWS}\n\n{closing}\n\n{APPEAL}"):
        assert closing in clean_text(text).text


DISCLOSURE = "The study was funded by the drug's manufacturer. Rosenstock reported serving as an advisor to several drug companies."


@pytest.mark.parametrize(
    ("heading", "box"),
    [
        # A study's disclosures under their heading closing a medical story (MedPage Today's), the heading in
        # the singular.
        ("Disclosures", DISCLOSURE),
        (
            "Disclosure",
            "The trial was supported by the National Institutes of Health. The authors declared no competing interests.",
        ),
        (
            "Disclosures",
            "Smith reported receiving consulting fees from Pfizer and Merck for work on the trial.",
        ),
    ],
)
def test_a_study_s_disclosures_under_their_heading_under_the_story_leave(heading: str, box: str) -> None:
    assert clean_text(f"{NEWS}\n\n{heading}\n\n{box}").text == NEWS


@pytest.mark.parametrize(
    "lines",
    [
        # A disclosure in a medical story's prose, closing it under no heading; a story's cross-head
        # "Disclosures" over a politician's filings; the heading over a study's funding quoted as a speaker's.
        DISCLOSURE,
        "Disclosures\n\nThe senator listed $2 million in stock trades in her annual filing.",
        "Disclosures\n\nThe study was funded by the drug's manufacturer, the company said.",
        # The cross-head over a politician's filings or a company's backers, in a disclosure's words but
        # naming no study nor its authors.
        "Disclosures\n\nThe senator reported receiving $2 million in gifts and consulting fees from lobbyists.",
        "Disclosures\n\nThe company was funded by venture capital, filings show.",
        "Disclosure\n\nThe governor reported no income from the firm in 2019.",
    ],
)
def test_a_story_s_own_lines_on_disclosures_stay(lines: str) -> None:
    assert lines in clean_text(f"{NEWS}\n\n{lines}").text


def test_a_site_s_closing_note_under_a_disclosures_heading_still_leaves() -> None:
    # The heading reads only what is under it as a study's disclosures or not: a site's own note there (its
    # thanks and call) leaves by its own rule, as it did under any other heading.
    assert (
        clean_text(f"{NEWS}\n\nDisclosures\n\nThanks for reading. Subscribe to the Herald today.").text
        == NEWS
    )
