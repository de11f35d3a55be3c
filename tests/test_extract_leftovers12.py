"""Kinds the last rounds' notes left alone, each read as a reader meets it: a club named by its region over
a feed entry's age, a helpline in another language under a story, a thread reader's link to a thread on
Mastodon or Threads, and a page of a short paragraph under a wall of embedded posts."""

from __future__ import annotations

import unicodedata

import lxml.html
import pytest

import nutgraf
from test_extract_leftovers11 import ARTICLE, HEADLINE, LEDE, STORY

# 1. A club or a subject over a feed entry's age.


@pytest.mark.parametrize(
    "line",
    [
        # A club named by its region in its own language or by its club's word in another, and by its city,
        # over the entry's age in a feed reader: the club had been the byline.
        "Bayern Munich · 1h",
        "Bayern München / 3h",
        "Borussia Dortmund · 5h",
        "Eintracht Frankfurt | 2h",
        "Olympique Marseille / 4h",
        "Dynamo Kyiv · 1h",
    ],
)
def test_a_club_named_by_its_region_beside_the_entry_s_age_is_no_byline(line: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{line}\n\nVisit Website\n\n{ARTICLE}")
    assert (article.byline, line in article.text, article.text.startswith(LEDE)) == (None, False, True)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # The near misses: writers' names beside the age, a surname that is a region's word in English.
        ("Jon Brodkin / 3h", "Jon Brodkin"),
        ("Maria Lopez · 2d", "Maria Lopez"),
        ("Jack London / 2h", "Jack London"),
        ("Paris Lees · 4h", "Paris Lees"),
        ("Anna Bayer / 1h", "Anna Bayer"),
        # A surname that is a club's opening word: the club's word is read at the line's start alone.
        ("Peter Werder / 2h", "Peter Werder"),
        ("Anna Dinamo · 3h", "Anna Dinamo"),
    ],
)
def test_a_writer_s_names_beside_the_entry_s_age_stay_the_byline(line: str, byline: str) -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\n{line}\n\nVisit Website\n\n{ARTICLE}")
    assert (article.byline, article.text.startswith(LEDE)) == (byline, True)


@pytest.mark.xfail(
    strict=True,
    reason="A public figure's names over an age, above a story that never names them, read as a writer's: no"
    " line of the page tells a head of state from a writer without a list of public figures, which nutgraf"
    " does not keep.",
)
def test_a_public_figure_beside_the_entry_s_age_over_another_story_is_no_byline() -> None:
    article = nutgraf.extract(f"{HEADLINE}\n\nEmmanuel Macron / 2h\n\nVisit Website\n\n{ARTICLE}")
    assert article.byline is None


# 2. A helpline under a story in another language.

HELPLINE_STORIES = {
    "de": (
        "Der Stadtrat hat am Dienstag beschlossen, die Schulsozialarbeit an allen Gymnasien der Stadt auszubauen,"
        " nachdem ein 15-jähriger Schüler im Oktober gestorben war.",
        "Eltern und Lehrer hatten seit Monaten mehr Beratungsstellen gefordert, sagte die Bürgermeisterin.",
        "Wenn Sie Suizidgedanken haben, wenden Sie sich bitte an die Telefonseelsorge unter 0800 111 0 111 oder"
        " 0800 111 0 222.",
    ),
    "fr": (
        "Le conseil municipal a décidé mardi de renforcer l'accompagnement psychologique dans les lycées de la"
        " ville, après la mort d'un élève de 15 ans en octobre.",
        "Les parents réclamaient depuis des mois davantage de consultations, a indiqué la maire.",
        "Si vous avez besoin d'aide, si vous êtes inquiet pour un proche, appelez le 3114, le numéro national de"
        " prévention du suicide.",
    ),
    "es": (
        "El ayuntamiento aprobó el martes reforzar la atención psicológica en los institutos de la ciudad, tras la"
        " muerte de un alumno de 15 años en octubre.",
        "Los padres reclamaban desde hace meses más consultas, según la alcaldesa.",
        "Si tienes pensamientos suicidas, llama al Teléfono de la Esperanza (717 003 717) o al 024.",
    ),
    "it": (
        "Il consiglio comunale ha deciso martedì di rafforzare il sostegno psicologico nei licei della città, dopo"
        " la morte di uno studente di 15 anni a ottobre.",
        "I genitori chiedevano da mesi più consultori, ha detto la sindaca.",
        "Se hai pensieri suicidi, chiama il Telefono Amico al numero 02 2327 2327.",
    ),
    "nl": (
        "De gemeenteraad heeft dinsdag besloten de psychologische hulp op de middelbare scholen van de stad uit te"
        " breiden, na de dood van een 15-jarige leerling in oktober.",
        "Ouders vroegen al maanden om meer hulp, zei de burgemeester.",
        "Denk je aan zelfdoding? Neem contact op met 113 Zelfmoordpreventie via 0800-0113 of chat via 113.nl.",
    ),
}


@pytest.mark.parametrize("language", sorted(HELPLINE_STORIES))
def test_a_helpline_under_a_story_in_another_language_stays_as_an_english_one_does(language: str) -> None:
    # A support line under a story on a suicide is what the story leaves its reader to act on: the helplines
    # round keeps an English one ("If you are having suicidal thoughts, call Samaritans on 116 123."), and a
    # German, French, Spanish, Italian or Dutch one stays in its language's text the same, never a writer's
    # contact line, which alone goes.
    lede, story, helpline = HELPLINE_STORIES[language]
    article = nutgraf.extract(f"{lede}\n\n{story}\n\n{helpline}")
    assert (article.language, article.text) == (language, f"{lede}\n\n{story}\n\n{helpline}")


def test_a_helpline_s_number_inside_the_reporting_stays() -> None:
    # The same number in a sentence of the story: news of the line itself.
    line = "Die Telefonseelsorge unter 0800 111 0 111 nahm im vergangenen Jahr 1,2 Millionen Anrufe an, sagte sie."
    lede, story, _ = HELPLINE_STORIES["de"]
    assert line in nutgraf.extract(f"{lede}\n\n{line}\n\n{story}").text


# 3. A thread reader's link to a thread on Mastodon or Threads.

THREAD = (
    "<p>The bus route that served our street is gone, and here is how it happened over the last month.</p>"
    "<p>The council said the route lost three hundred thousand euros a year, most of its riders elderly.</p>"
    "<p>After a petition, the council delayed the closure by six months to count riders again.</p>"
)


def _thread_page(line: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>Our bus route</title></head><body><main>'
        f"<h1>Our bus route</h1><div class='thread'>{THREAD}</div><p class='source'>{line}</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # A thread reader's link to the thread on a Mastodon server, any server's host, by its words or by the
        # account's full handle; and on Threads under its newer host. Each had been the thread's last line.
        ("<a href='https://mastodon.social/@kim/112345678901234567'>Ver hilo en Mastodon</a> · 24 de mayo de 2024",
         "es"),
        ("<a href='https://social.example.org/@kim/112345678901234567'>Mastodon에서 스레드 보기</a> · 2024년 5월 24일",
         "ko"),
        ("<a href='https://mastodon.social/@kim/112345678901234567'>@kim@mastodon.social</a> · 24.05.2024", "de"),
        ("<a href='https://www.threads.com/@kim/post/C7a'>Ver hilo en Threads</a> · 24 de mayo de 2024", "es"),
    ],
    ids=["mastodon", "mastodon-other-server", "mastodon-handle", "threads-com"],
)  # fmt: skip
def test_a_thread_reader_s_link_to_a_mastodon_or_threads_thread_leaves_the_text(line: str, lang: str) -> None:
    text = nutgraf.extract(_thread_page(line, lang)).text
    assert text.endswith("to count riders again."), text


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: a sentence that names the network and links the post, an embedded post's attribution
        # that links its date, and a sentence opening on the account's linked handle.
        "The mayor's <a href='https://mastodon.social/@mayor/112345678901234567'>post on Mastodon</a> drew"
        " 2,000 replies.",
        "— Kim Ji-hoon (@kim@mastodon.social) <a href='https://mastodon.social/@kim/112345678901234567'>May 24,"
        " 2024 at 10:02</a>",
        "<a href='https://mastodon.social/@kim/112345678901234567'>@kim@mastodon.social</a> wrote that the route"
        " would return, Kim Ji-hoon said on Friday",
    ],
    ids=["sentence", "attribution", "handle-sentence"],
)
def test_a_line_naming_or_quoting_a_mastodon_post_stays(line: str) -> None:
    last = nutgraf.extract(_thread_page(line)).text.split("\n\n")[-1]
    assert "Mastodon" in last or "Kim Ji-hoon" in last or "2,000 replies" in last, last


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # Near misses: a line opening on a linked post that goes on after it with no stop, as a list's line or
        # a caption does, with a figure in its words: it says something of the post, where a thread reader's
        # line goes on with a date alone.
        ("<a href='https://mastodon.social/@kim/112345678901234567'>@kim@mastodon.social</a> said 2 servers were"
         " down", "said 2 servers were down"),
        ("<a href='https://mastodon.social/@Gargron/112345678901234567'>Mastodon founder Eugen Rochko</a> wrote"
         " on 2 May", "Eugen Rochko wrote on 2 May"),
        ("<a href='https://www.threads.com/@zuck/post/C7a'>Zuckerberg's Threads post</a> drew 10,000 replies",
         "drew 10,000 replies"),
    ],
    ids=["handle-list-line", "mastodon-caption", "threads-caption"],
)  # fmt: skip
def test_a_line_going_on_after_a_linked_post_without_a_stop_stays(line: str, kept: str) -> None:
    assert kept in nutgraf.extract(_thread_page(line)).text


@pytest.mark.parametrize(
    "sentence",
    [
        # A post's linked handle or bare address in a span within a sentence of the story: a word of it, which
        # had gone and left the sentence with a gap ("A transit blogger, , wrote ...").
        "A transit blogger, <span><a href='https://mastodon.social/@kim/112345678901234567'>@kim@mastodon.social"
        "</a></span>, wrote that the lanes would help.",
        "“This is overdue,” wrote <span class='h-card'><a href='https://mastodon.social/@kim/112345678901234567'>"
        "@kim@mastodon.social</a></span> on the plan.",
        "The council first posted the plan (<span><a href='https://t.me/citycouncil/812'>t.me/citycouncil/812</a>"
        "</span>) on its channel before the vote.",
        "The mayor shared a map at <span class='link'><a href='https://x.com/mayor/status/1793'>"
        "x.com/mayor/status/1793</a></span> and asked residents for comments.",
    ],
    ids=["handle", "handle-h-card", "telegram-address", "x-address"],
)
def test_a_post_s_handle_or_address_in_a_span_within_a_sentence_stays(sentence: str) -> None:
    page = (
        "<html><head><title>Bus lanes</title></head><body><article><h1>Bus lanes</h1>"
        f"<p>{PARAGRAPH}</p><p>{sentence}</p><p>{STORY}</p></article></body></html>"
    )
    kept = " ".join(lxml.html.fromstring(sentence).text_content().split())
    assert kept in nutgraf.extract(page).text.split("\n\n")


# 4. A short paragraph over a wall of embedded posts, each a link to its post until its script runs.

PARAGRAPH = "The council on Thursday approved new bus lanes along two miles of Main Street, officials said."


def _embeds_page(embed: str, count: int) -> str:
    embeds = "".join(embed.format(i=i) for i in range(count))
    return (
        "<html><head><title>Bus lanes</title></head><body><article><h1>Bus lanes</h1>"
        f"<p>{PARAGRAPH}</p>{embeds}</article></body></html>"
    )


@pytest.mark.parametrize("count", [30, 1_000])
@pytest.mark.parametrize(
    "embed",
    [
        # Telegram's and X's embeds before their scripts run: a box of the post's bare address, linked. A page
        # of many had read as a list of links, and gave NoArticleFound.
        "<div class='telegram-post'><a href='https://t.me/kyivnews/{i}'>t.me/kyivnews/{i}</a></div>",
        "<blockquote class='twitter-tweet'><a href='https://twitter.com/jane/status/{i}'>"
        "https://twitter.com/jane/status/{i}</a></blockquote>",
        "<p><a href='https://x.com/jane/status/{i}'>x.com/jane/status/{i}</a></p>",
    ],
    ids=["telegram", "twitter", "x"],
)
def test_a_short_paragraph_over_many_embedded_posts_bare_addresses_is_the_text(
    embed: str, count: int
) -> None:
    assert nutgraf.extract(_embeds_page(embed, count)).text == PARAGRAPH


def test_a_post_s_address_in_a_sentence_stays() -> None:
    # A near miss: a sentence that gives a post's address, linked.
    line = (
        "The council posted the plan at <a href='https://t.me/citycouncil/812'>t.me/citycouncil/812</a> on"
        " Friday morning."
    )
    html = (
        "<html><head><title>Bus lanes</title></head><body><article><h1>Bus lanes</h1>"
        f"<p>{LEDE}</p><p>{line}</p><p>{STORY}</p></article></body></html>"
    )
    assert "t.me/citycouncil/812 on Friday morning." in nutgraf.extract(html).text


def test_embedded_posts_words_under_a_short_paragraph_stay() -> None:
    # A near miss: X's embeds with the posts' words before the script runs, the posts the page quotes.
    embed = (
        "<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>Bus lanes now, street {i}!</p>&mdash; Jane"
        " (@jane) <a href='https://twitter.com/jane/status/{i}'>May 24, 2024</a></blockquote>"
    )
    text = nutgraf.extract(_embeds_page(embed, 30)).text
    assert text.startswith(PARAGRAPH) and "Bus lanes now, street 29!" in text


@pytest.mark.xfail(
    strict=True,
    reason="A one-paragraph story over a few embedded posts with their words: the paragraph is read as the"
    " standfirst (the description) and the text opens on the posts, where the reader expects the paragraph.",
)
def test_a_one_paragraph_story_over_three_embedded_posts_keeps_its_paragraph() -> None:
    embed = (
        "<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>Bus lanes now! {i}</p>&mdash; Jane"
        " (@jane) <a href='https://twitter.com/jane/status/{i}'>May 24, 2024</a></blockquote>"
    )
    assert nutgraf.extract(_embeds_page(embed, 3)).text.startswith(PARAGRAPH)


# 5. The dateline's place-form test, once.


def test_a_titled_dateline_s_place_in_a_decomposed_text_leaves_the_summary() -> None:
    # A text pasted with its accents as marks of their own (NFD, as a Mac's may come): the place is still a
    # place written in its own case, and the summary opens on the news after its dash.
    story = unicodedata.normalize(
        "NFD",
        "Bogotá – El alcalde de Bogotá anunció el martes un plan de transporte para la ciudad de Bogotá. La obra"
        " empezará en marzo y durará seis meses, según el alcalde.",
    )
    opening = nutgraf.summarize(nutgraf.Article(text=story), sentences=2).sentences[0].text
    assert unicodedata.normalize("NFC", opening).startswith("El alcalde de Bogotá anunció")
