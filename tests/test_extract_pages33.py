"""The thirty-third round of ``bench/extraction_pages`` (``r33-*``) and what the thirty-second round's reviewer and
lead found, as kinds of the HTML and text stages: a Turkish portal's bold "İLGİLİ HABER" over a line break and its
headline's link, which had stayed as two lines ("İ" lower-cased with a combining dot matched no label); a Finnish
broadcaster's "Voit keskustella aiheesta ... kello 23:een asti." under its story; a Japanese blog's ranking note
and request to click ("ランキングに参加しています。応援クリックお願いします！"); a Thai portal's credit line
("ขอบคุณข้อมูลจาก ..."), its date stamp with the month's full name ("22 พฤษภาคม 2567 เวลา 14:20 น.") and its
newsroom's name as the byline over the story ("ข่าวช่อง 9"), each of which had stayed in the text. Each beside
near misses that stay. A goo blog entry whose lines run together and a Romanian city hall's press office signature
are pinned as strict xfails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nutgraf
from nutgraf.extract.text.calls import is_call_to_action

PAGES = Path(__file__).resolve().parents[1] / "bench" / "extraction_pages" / "html"
URL = "https://portal.example/news/story"
STORY = {
    "tr": [
        "İzmir Büyükşehir Belediyesi, deniz otobüsü seferlerini hafta sonları iki katına çıkaracağını açıkladı.",
        "Yeni tarifeye göre iskeleler arasında her 20 dakikada bir sefer yapılacak.",
    ],
    "fi": [
        "Kemiönsaaren kunta ottaa kirjastoauton uudelleen käyttöön kesäkuun alussa.",
        "Uusi auto on sähköinen, ja siihen mahtuu noin 4 000 kirjaa.",
    ],
    "ja": [
        "夕食のあと、近くの川まで蛍を見に行きました。",
        "地元の方の話では、来週の週末あたりが一番多くなるそうです。",
    ],
    "th": [
        "กรมอุตุนิยมวิทยาออกประกาศเตือนให้ประชาชนใน 45 จังหวัด ระวังฝนตกหนักถึงหนักมากและลมกระโชกแรง ตั้งแต่วันที่ 22 ถึง 26 พฤษภาคม",
        "ส่วนกรุงเทพมหานครและปริมณฑล มีโอกาสเกิดฝนฟ้าคะนองร้อยละ 60 ของพื้นที่ โดยเฉพาะช่วงบ่ายถึงค่ำ",
    ],
}


def _page(body: str, lang: str, head: str = "", above: str = "") -> str:
    """A portal's page: ``<article>`` with its ``<h1>``, ``above`` between it and the body, the body as given."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Haber | Portal</title>{head}</head>'
        f'<body><header><a href="/">Portal</a></header><main><article><h1>Başlık</h1>{above}'
        f'<div class="content">{body}</div></article></main><footer>© Portal</footer></body></html>'
    )


def _paragraphs(paragraphs: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in paragraphs)


def _text(html: str) -> list[str]:
    return nutgraf.extract(html, url=URL).text.split("\n\n")


# ---------------------------------------------------------------- a Turkish bold label over a line break
@pytest.mark.parametrize("label", ["İLGİLİ HABER", "İlgili Haber", "İLGİLİ HABERLER"])
def test_a_turkish_bold_related_label_over_a_break_and_its_link_leave_the_text(label: str) -> None:
    story = STORY["tr"]
    pointer = f'<p><strong>{label}</strong><br><a href="/h/9">İzmir\'de toplu ulaşıma yeni düzenleme</a></p>'
    assert _text(_page(f"<p>{story[0]}</p>{pointer}<p>{story[1]}</p>", "tr")) == story


@pytest.mark.parametrize(
    "line",
    [
        # Prose opening on the label's words, and the label's words in a sentence of news.
        "İlgili haberde belirtildiği gibi, seferler pazartesi günü yeniden başlayacak.",
        "Belediye, ilgili haberleri yalanladı ve açıklamanın yanlış anlaşıldığını söyledi.",
    ],
)
def test_turkish_sentences_on_related_news_stay(line: str) -> None:
    assert not is_call_to_action(line)
    assert _text(_page(_paragraphs([*STORY["tr"], line]), "tr"))[-1] == line


def test_a_turkish_bold_label_over_a_break_and_a_sentence_stays() -> None:
    # Near miss: the bold words over a sentence of the story, no link: a subheading and its paragraph.
    paragraph = "<p><strong>İlgili kurumlar</strong><br>Valilik ve belediye ortak bir açıklama yaptı.</p>"
    text = _text(_page(_paragraphs(STORY["tr"]) + paragraph, "tr"))
    assert "Valilik ve belediye ortak bir açıklama yaptı." in "\n".join(text)


# ---------------------------------------------------------------- a Finnish comments-open note
@pytest.mark.parametrize(
    "line",
    [
        "Voit keskustella aiheesta 23.5. kello 23:een asti.",
        "Voit keskustella aiheesta torstaihin 23.5. klo 23 saakka.",
        "<em>Voit keskustella jutusta 2.6.2024 kello 22.00 asti.</em>",
    ],
)
def test_a_finnish_note_on_how_long_comments_stay_open_leaves_the_text(line: str) -> None:
    assert _text(_page(_paragraphs([*STORY["fi"], line]), "fi")) == STORY["fi"]


@pytest.mark.parametrize(
    "line",
    [
        # Advice a story gives, with no hour the comments close at.
        "Voit keskustella aiheesta lääkärisi kanssa.",
        "Voit keskustella aiheesta kirjaston henkilökunnan kanssa maanantaihin asti.",
        # The words inside a sentence of news.
        "Kunnan mukaan asukkaat voivat keskustella aiheesta kello 18 alkavassa tilaisuudessa.",
    ],
)
def test_finnish_sentences_on_discussing_a_topic_stay(line: str) -> None:
    assert not is_call_to_action(line)
    assert _text(_page(_paragraphs([*STORY["fi"], line]), "fi"))[-1] == line


# ---------------------------------------------------------------- a Japanese blog's ranking note
@pytest.mark.parametrize(
    "line",
    [
        "ランキングに参加しています。応援クリックお願いします！",
        "人気ブログランキングに参加しています",
        "応援クリックよろしくお願いします",
        "ポチッとお願いします！",
    ],
)
def test_a_japanese_blogs_ranking_note_and_click_request_leave_the_text(line: str) -> None:
    assert is_call_to_action(line)
    assert _text(_page(_paragraphs([*STORY["ja"], line]), "ja"))[-1] == STORY["ja"][-1]


@pytest.mark.parametrize(
    "line",
    [
        # News of a ranking, a request quoted in a sentence, and a sentence that goes on after the request.
        "同市は全国の観光地ランキングに参加している。",
        "監督は「皆さんの応援をお願いします」と話した。",
        "ランキングに参加しています。今年は十位以内を目指して毎日更新します。",
    ],
)
def test_japanese_sentences_on_rankings_and_support_stay(line: str) -> None:
    assert not is_call_to_action(line)
    assert _text(_page(_paragraphs([*STORY["ja"], line]), "ja"))[-1] == line


@pytest.mark.parametrize("line", ["応援よろしくお願いします！", "応援をお願いいたします。"])
def test_a_blogs_plea_for_support_with_no_click_stays(line: str) -> None:
    # An athlete's post closing on a plea to cheer her on names no click: the writer's words, no banner's.
    story = ["明日はいよいよ決勝戦です。", "今日は最後の練習で、チームのみんなと作戦を確認しました。"]
    assert not is_call_to_action(line)
    assert _text(_page(_paragraphs([*story, line]), "ja"))[-1] == line
    assert _text(_page(_paragraphs([story[0], line, story[1]]), "ja"))[-2] == line


# ---------------------------------------------------------------- a Thai portal's credit, date and newsroom
@pytest.mark.parametrize("line", ["ขอบคุณข้อมูลจาก ข่าวช่อง 9, กรมอุตุนิยมวิทยา", "ขอบคุณภาพจาก เพจเทศบาลนครเชียงใหม่"])
def test_a_thai_portals_credit_line_leaves_the_text(line: str) -> None:
    assert _text(_page(_paragraphs([*STORY["th"], line]), "th")) == STORY["th"]


def test_a_thai_sentence_thanking_its_sources_stays() -> None:
    line = "นายกเทศมนตรีกล่าวว่า ขอบคุณข้อมูลจากประชาชนที่ช่วยแจ้งจุดน้ำท่วมขังเข้ามา"
    assert not is_call_to_action(line)
    assert _text(_page(_paragraphs([*STORY["th"], line]), "th"))[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        # A caption thanking a reader for the photo, then what it shows: "จาก" (from) run into its word.
        "ขอบคุณภาพจากผู้อ่าน ถนนพังเสียหายยาวกว่า 200 เมตร",
        "ขอบคุณภาพจากคุณแม่ครับ วันนี้พาน้องหมาไปเที่ยวทะเลมา",
    ],
)
def test_a_thai_caption_thanking_a_reader_stays(line: str) -> None:
    assert not is_call_to_action(line)
    assert _text(_page(_paragraphs([*STORY["th"], line]), "th"))[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        # A deadline, an opening hour, a photo's date and a notice's: words before the date, no day's name.
        "ยื่นเอกสารภายใน 30 มิถุนายน 2567",
        "เปิดให้บริการ 1 มกราคม 2568 เวลา 08:00 น.",
        "ภาพถ่ายเมื่อ 22 พฤษภาคม 2567",
        "ประกาศ ณ วันที่ 15 พฤษภาคม 2567",
    ],
)
def test_a_thai_line_closing_on_a_date_in_full_stays(line: str) -> None:
    assert _text(_page(_paragraphs([*STORY["th"], line]), "th"))[-1] == line


@pytest.mark.parametrize("stamp", ["22 พฤษภาคม 2567 เวลา 14:20 น.", "วันพุธที่ 22 พฤษภาคม 2567"])
def test_a_thai_date_stamp_with_the_months_full_name_leaves_the_text(stamp: str) -> None:
    # Under the writer's name, which stays (a lone line over the story went before).
    above = f'<div class="source">สมชาย ใจดี</div><div class="date">{stamp}</div>'
    html = _page(_paragraphs(STORY["th"]), "th", head=_byline_head("สมชาย ใจดี"), above=above)
    assert _text(html) == ["สมชาย ใจดี", *STORY["th"]]


def test_a_thai_story_opening_on_a_date_stays() -> None:
    line = "เมื่อวันที่ 22 พฤษภาคม 2567 เวลา 14:20 น. เกิดฝนตกหนักในเขตเทศบาลนครเชียงใหม่ ทำให้น้ำท่วมขังหลายจุด"
    assert _text(_page(_paragraphs([line, *STORY["th"]]), "th"))[0] == line


def _byline_head(author: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "ฝนตกหนัก",
        "author": {"@type": "Person", "name": author},
    }
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'


@pytest.mark.parametrize("newsroom", ["ข่าวช่อง 9", "ทีมข่าวภูมิภาค", "ไทยรัฐออนไลน์"])
def test_a_thai_newsrooms_name_over_the_story_leaves_the_text(newsroom: str) -> None:
    above = f'<div class="source">{newsroom}</div><div class="date">22 พฤษภาคม 2567 เวลา 14:20 น.</div>'
    html = _page(_paragraphs(STORY["th"]), "th", head=_byline_head(newsroom), above=above)
    assert _text(html) == STORY["th"]


@pytest.mark.parametrize("name", ["สมชาย ใจดี", "ข่าวดีของแม่"])
def test_a_thai_writers_name_over_the_story_stays(name: str) -> None:
    # Near miss: a writer's name alone stays, as "Staff Reports" over an English story does; so does a line
    # over the story that is not the page's byline, though it opens on "ข่าว" (a column's name, "good news").
    above = f'<div class="source">{name}</div><div class="date">22 พฤษภาคม 2567 เวลา 14:20 น.</div>'
    html = _page(_paragraphs(STORY["th"]), "th", head=_byline_head("สมชาย ใจดี"), above=above)
    assert _text(html)[0] == name


# ---------------------------------------------------------------- the round's pages
def test_the_round_pages_lose_their_labels_notes_and_credits() -> None:
    turkish = nutgraf.extract((PAGES / "r33-tr-portal-deniz.html").read_bytes(), url=URL).text
    assert "İLGİLİ HABER" not in turkish and "toplu ulaşıma yeni düzenleme" not in turkish
    finnish = nutgraf.extract((PAGES / "r33-fi-yle-kirjastoauto.html").read_bytes(), url=URL).text
    assert finnish.endswith("viemme kirjat heidän luokseen.")
    thai = nutgraf.extract((PAGES / "r33-th-kapook-rain.html").read_bytes(), url=URL).text
    assert thai.startswith("กรมอุตุนิยมวิทยาออกประกาศเตือน") and "ขอบคุณข้อมูลจาก" not in thai


@pytest.mark.xfail(
    strict=True,
    reason="a goo blog entry's <br>-parted lines come out run together on one line (a banner's linked image "
    "and the ranking's note under them, in the entry's div with the entry's frame around it), so the note "
    "stays as the line's end",
)
def test_a_goo_blog_entrys_lines_part_and_its_ranking_note_leaves() -> None:
    text = nutgraf.extract((PAGES / "r33-ja-goo-hotaru.html").read_bytes(), url=URL).text
    assert text.split("\n\n")[-1] == "帰り道はカエルの声がにぎやかで、すっかり初夏の気配でした。"


@pytest.mark.xfail(
    strict=True,
    reason="a Romanian city hall's press office signs its release on two lines (the office, the city hall) "
    "inside the body: both stay as its last lines",
)
def test_a_romanian_city_halls_press_office_signature_leaves() -> None:
    text = nutgraf.extract((PAGES / "r33-ro-primaria-parcare.html").read_bytes(), url=URL).text
    assert text.endswith("adoptate luna trecută.")
