"""The twenty-ninth round of ``bench/extraction_pages`` (``r29-*``): what it lost, as kinds of the HTML stage.
A notice board's table of a post's particulars over its text (a parliament's press release: "제목", "작성자",
"등록일", "조회수"), readers' comments in a section named in another language (Kompasiana's ``div.komentar``),
Invision Community's note of a post's edit, and FC2 Blog's sponsored entry over a stale blog's post; each beside
a near miss that stays. What the round left (a Pantip topic's writer and reaction line, a release's "담당부서"
contact line) is pinned as strict xfails; a match's line-ups outside its report are told in docs/extraction.md."""

from __future__ import annotations

import pytest

import nutgraf

STORY = [
    "The club's telescope evening on Saturday drew more than two hundred people to the observatory field.",
    "Volunteers set up eight telescopes on the grass and queues formed for the view of Saturn's rings.",
    "A talk on the summer's meteor showers filled the hall twice, and the club has promised a third date.",
    "The next open evening is in September, when the club hopes the new dome will be finished.",
]

KO_STORY = [
    "국회 국토교통위원회는 5월 21일 전체회의를 열어 전세사기 피해자 지원 특별법 개정안을 위원회 대안으로 의결했다.",
    "개정안은 피해자 인정 요건 중 임차보증금 상한을 5억 원에서 7억 원으로 높이고 경매 유예 기간을 늘렸다.",
    "위원장은 피해자들이 하루라도 빨리 일상으로 돌아갈 수 있도록 본회의 심사에도 최선을 다하겠다고 밝혔다.",
    "개정안은 법제사법위원회 체계·자구 심사를 거쳐 본회의에 상정될 예정이다.",
]


def _page(middle: str, after: str = "", lang: str = "en", story: list[str] = STORY) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Telescope evening | Star Club</title>'
        "</head><body><header><a href='/'>Star Club</a><ul><li><a href='/s/1'>News</a></li>"
        "<li><a href='/s/2'>Events</a></li></ul></header><main><article><h1>Telescope evening</h1>"
        f"<div class='text'><p>{story[0]}</p><p>{story[1]}</p>{middle}<p>{story[2]}</p><p>{story[3]}</p></div>"
        f"{after}</article></main><footer><p>© 2024 Star Club</p></footer></body></html>"
    )


def _paragraphs(html: str, url: str = "https://starclub.example/news/evening") -> list[str]:
    return nutgraf.extract(html, url=url).text.split("\n\n")


# ---------------------------------------------------------------- a notice board's particulars table
def _board(table: str) -> str:
    """A Korean public body's board view: the location, the particulars table, the body, the list button."""
    body = "".join(f"<p>{x}</p>" for x in KO_STORY)
    return (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>보도자료 | 대한민국국회</title></head><body>'
        '<header id="header"><h1 class="logo"><a href="/">대한민국국회</a></h1><ul><li><a href="/a">국회소개</a></li>'
        '<li><a href="/b">알림마당</a></li></ul></header><div id="container"><div id="contents">'
        '<div class="location">홈 &gt; 알림마당 &gt; 보도자료</div><h3 class="sub-title">보도자료</h3>'
        f'<div class="board_view">{table}<div class="view_cont">{body}</div>'
        '<p class="dept">담당부서: 국토교통위원회 행정실 (02-788-0000)</p></div>'
        '<div class="btn_area"><a class="btn_list" href="/press">목록</a></div></div></div>'
        "<footer><p>Copyright © National Assembly.</p></footer></body></html>"
    )


PARTICULARS = (
    '<table class="view_table"><caption>보도자료 상세보기</caption><tbody>'
    '<tr><th scope="row">제목</th><td colspan="3">국토교통위원회, 전세사기 피해자 지원 특별법 개정안 의결</td></tr>'
    '<tr><th scope="row">작성자</th><td>국토교통위원회</td><th scope="row">등록일</th><td>2024-05-21</td></tr>'
    '<tr><th scope="row">조회수</th><td colspan="3">1,284</td></tr></tbody></table>'
)


def test_a_boards_particulars_table_over_a_post_goes() -> None:
    # The title, writer, date and views had opened the release's text, with the board's location over them.
    text = nutgraf.extract(_board(PARTICULARS), url="https://assembly.example/press/view?id=4412").text
    assert text.startswith("\n\n".join(KO_STORY))
    assert "제목" not in text and "조회수" not in text and "알림마당" not in text


def test_a_table_of_the_storys_with_a_title_column_stays() -> None:
    # Near miss: a table in the story whose header row labels a title column among others is the story's.
    table = (
        "<table><thead><tr><th>제목</th><th>발의자</th><th>상태</th></tr></thead><tbody>"
        "<tr><td>전세사기 특별법 개정안</td><td>국토교통위원회</td><td>의결</td></tr></tbody></table>"
    )
    text = nutgraf.extract(_page(table, lang="ko", story=KO_STORY)).text
    assert "제목 발의자 상태" in text.replace("|", " ").replace("  ", " ") or "제목" in text
    assert "전세사기 특별법 개정안" in text


def test_a_two_column_facts_table_in_english_stays() -> None:
    # Near miss: a story's own table of labelled facts, its labels no board's fields.
    table = (
        "<table><tr><th>Opening</th><td>8pm</td></tr><tr><th>Telescopes</th><td>Eight</td></tr>"
        "<tr><th>Entry</th><td>Free</td></tr></table>"
    )
    text = nutgraf.extract(_page(table)).text
    assert "Telescopes" in text and "Eight" in text


# ---------------------------------------------------------------- comments named in another language
ID_STORY = [
    "Minggu pagi lalu, saya dan tujuh teman dari komunitas sepeda lipat di Bogor nekat menjajal tanjakan Cikidang di Sukabumi.",
    "Kami berangkat pukul lima pagi dari Cibadak, dan setelah sepuluh kilometer jalan terus menanjak hampir tanpa jeda.",
    "Kami tiba di puncak sekitar pukul sembilan dan beristirahat sambil menikmati kopi tubruk di warung milik Bu Entin.",
]


def _kompasiana(comments: str) -> str:
    """A Kompasiana article: the body in ``div.read-content``, then its tags and the readers' comments."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Menaklukkan Cikidang - Kompasiana</title>'
        '</head><body><header><a href="/">Kompasiana</a><nav><a href="/hobi">Hobi</a><a href="/wisata">Wisata</a></nav>'
        '</header><div class="container"><div class="artikel-section"><h1 class="title">Menaklukkan Cikidang</h1>'
        '<div class="writer-card"><a href="/bayu">Bayu Pratama</a></div><div class="read-content">'
        + "".join(f"<p>{x}</p>" for x in ID_STORY)
        + '</div><div class="tag-list"><a href="/tag/sepeda">sepeda</a><a href="/tag/gowes">gowes</a></div>'
        f"{comments}</div></div><footer>Kompasiana adalah platform blog.</footer></body></html>"
    )


def _comments(name: str) -> str:
    return (
        f'<div class="{name}"><h4>Komentar</h4><div class="item"><b>Rina Mardiana</b><p>Seru sekali, Mas! Tanjakannya'
        ' memang bikin kaki gemetar.</p></div><div class="item"><b>Hendra</b><p>Wah, kapan-kapan ajak saya ya.</p>'
        "</div></div>"
    )


def _id_paragraphs(html: str) -> list[str]:
    return nutgraf.extract(html, url="https://www.kompasiana.com/bayu/cikidang").text.split("\n\n")


def test_comments_named_komentar_under_an_article_go() -> None:
    # Kompasiana's readers' comments had been the article's last lines.
    assert _id_paragraphs(_kompasiana(_comments("komentar"))) == ID_STORY


def test_comments_named_in_polish_spanish_and_turkish_go() -> None:
    for name in ("komentarze", "comentarios", "yorumlar"):
        assert _id_paragraphs(_kompasiana(_comments(name))) == ID_STORY, name


def test_a_section_named_for_one_comment_stays() -> None:
    # Near miss: a class naming a comment in the singular, or a word that holds "komentar" among others
    # ("komentar-penulis", the writer's own note), is no section of readers' comments.
    note = "Catatan penulis: rute ini hanya disarankan bagi pesepeda yang sudah terbiasa dengan tanjakan panjang."
    html = _kompasiana(f'<div class="komentar-penulis"><p>{note}</p></div>')
    assert _id_paragraphs(html) == [*ID_STORY, note]


def test_a_comment_section_that_holds_the_headline_stays() -> None:
    # Near miss: a page whose frame is named so (its <h1> and post inside it) keeps its post.
    html = _kompasiana("").replace('<div class="artikel-section">', '<div class="artikel-section komentar">')
    assert _id_paragraphs(html) == ID_STORY


def test_a_german_kommentar_column_stays() -> None:
    # Near miss: German "Kommentar" alone names an opinion piece, the story itself.
    html = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kommentar</title></head><body>'
        "<header><a href='/'>Sternwarte</a></header><main><article class='kommentar'><h1>Ein guter Abend</h1>"
        + "".join(
            f"<p>{x}</p>"
            for x in (
                "Mehr als zweihundert Menschen kamen am Samstag zur Sternwarte, und das zeigt, wie groß die Neugier ist.",
                "Die Stadt sollte den Verein dabei unterstützen, die neue Kuppel bis zum Herbst fertigzustellen.",
                "Denn solche Abende bringen Menschen zusammen, die sich sonst nie begegnen würden.",
            )
        )
        + "</article></main></body></html>"
    )
    text = nutgraf.extract(html).text
    assert text.startswith("Mehr als zweihundert Menschen") and text.endswith("nie begegnen würden.")


# ---------------------------------------------------------------- Invision Community's edit note
def test_invisions_edit_note_under_a_post_goes() -> None:
    note = (
        '<p><span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote=""><strong>Edited May 20 by'
        " Marsh_Gala</strong><br>typo</span></p>"
    )
    html = _page("").replace(f"<p>{STORY[3]}</p>", f"<p>{STORY[3]}</p>{note}")
    assert _paragraphs(html) == STORY


def test_an_edited_by_sentence_in_the_story_stays() -> None:
    # Near miss: the words without the platform's mark are the story's.
    line = "The club's newsletter, edited by Ruth Hallam, will carry the photographs next month."
    assert _paragraphs(_page(f"<p>{line}</p>")) == [*STORY[:2], line, *STORY[2:]]


# ---------------------------------------------------------------- FC2 Blog's sponsored entry
JA_STORY = [
    "先週かきとったミニトマトのわき芽を、捨てずに水に挿しておいたら、五日ほどで白い根が出てきました。",
    "根が二センチくらいに伸びたところで、培養土を入れたポットに植え替えました。",
    "うまく育てば、親株より一か月ほど遅れて収穫できるので、秋まで長くトマトが楽しめるはずです。",
]


def _fc2(first_entry: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>わき芽を挿し木で増やしてみた | 菜園日記</title>'
        '<meta property="og:title" content="わき芽を挿し木で増やしてみた"></head><body>'
        '<div id="container"><div id="header"><h1><a href="/">菜園日記</a></h1></div><div id="main">'
        f'{first_entry}<div class="entry"><div class="entry_date">2024/05/20</div><h2 class="entry_header">'
        '<a href="/blog-entry-412.html">わき芽を挿し木で増やしてみた</a></h2><div class="entry_body">'
        + "<br /><br />".join(JA_STORY)
        + '<br /></div><ul class="entry_state"><li>カテゴリ：<a href="/c/3">夏野菜</a></li></ul></div></div>'
        "</div></body></html>"
    )


NOTICE = (
    '<div class="entry"><h2 class="entry_header">スポンサーサイト</h2><div class="entry_body">'
    "上記の広告は1ヶ月以上更新のないブログに表示されています。<br />新しい記事を書く事で広告が消せます。</div></div>"
)


def test_fc2s_sponsored_entry_over_a_stale_blogs_post_goes() -> None:
    # Its notice's last sentence had opened the post's text.
    text = nutgraf.extract(_fc2(NOTICE), url="https://saien.blog.fc2.com/blog-entry-412.html").text
    assert "広告" not in text and "スポンサーサイト" not in text
    assert "\n\n".join(JA_STORY) in text


def test_a_post_about_sponsored_sites_stays() -> None:
    # Near miss: a section so headed whose text goes on is the writer's, not the notice.
    words = "スポンサーサイトに広告を出すかどうか、ずっと迷っていました。" * 6
    html = _page(f"<h2>スポンサーサイト</h2><p>{words}</p>", lang="ja")
    assert words in nutgraf.extract(html).text


def test_many_board_tables_and_notices_are_read_in_one_pass() -> None:
    # Hostile input: 10,000 board tables and sponsored headings, read without a search that grows with them.
    html = _page(PARTICULARS * 10_000 + "<div><h2>スポンサーサイト</h2><p>x</p></div>" * 10_000)
    assert nutgraf.extract(html).text.startswith(STORY[0])


# ---------------------------------------------------------------- what the round left
TH_STORY = [
    "สวัสดีครับเพื่อน ๆ ชาวบลูแพลนเน็ต กระทู้นี้ขอมาเล่าประสบการณ์การเดินขึ้นดอยหลวงเชียงดาวเมื่อสัปดาห์ที่แล้วครับ",
    "วันแรกเราเริ่มเดินจากจุดเริ่มต้นเส้นทางตอนเจ็ดโมงเช้า ใช้เวลาประมาณหกชั่วโมงถึงจุดกางเต็นท์ ทางช่วงแรกชันมาก",
    "เช้าวันที่สองตื่นตีสี่ครึ่งเพื่อขึ้นไปดูพระอาทิตย์ขึ้นบนยอด ทะเลหมอกสวยเกินคำบรรยายจริง ๆ ครับ",
]


@pytest.mark.xfail(
    strict=True,
    reason="a Pantip topic's writer, time and reaction counts under its story (div.display-post-status-leftside, "
    "div.display-post-vote) stay its last line",
)
def test_a_pantip_topics_writer_and_reactions_go() -> None:
    html = (
        '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>รีวิวดอยหลวงเชียงดาว - Pantip</title></head>'
        '<body><div id="header"><a href="/">Pantip</a><a href="/forum/new_topic">ตั้งกระทู้</a></div>'
        '<div class="display-post-wrapper main-post"><div class="display-post-wrapper-inner">'
        '<h2 class="display-post-title">รีวิวดอยหลวงเชียงดาว</h2><div class="display-post-story">'
        + "<br />\n<br />\n".join(TH_STORY)
        + '</div><div class="display-post-status-leftside"><a class="display-post-name owner" href="/profile/1">'
        'หมีเดินป่า</a><span class="display-post-timestamp">21 พฤษภาคม 2567 เวลา 20:14 น.</span></div>'
        '<div class="display-post-vote"><span class="like-score">128</span> <span class="emotion-score">ถูกใจ 54'
        " ขำกลิ้ง 3 หลงรัก 21</span></div></div></div></body></html>"
    )
    assert nutgraf.extract(html, url="https://pantip.com/topic/42000000").text.split("\n\n") == TH_STORY


def test_a_releases_department_contact_line_goes() -> None:
    text = nutgraf.extract(_board(PARTICULARS), url="https://assembly.example/press/view?id=4412").text
    assert text.split("\n\n") == KO_STORY


# ---------------------------------------------------------------- near misses the review found (each a misfire
# of the round's rules as first written: every test here failed on wt-pages29)
ZH_STORY = [
    "市政府周二宣布，老桥将从下个月起禁止货车通行，原因是检查中发现了多处裂缝。",
    "工程师表示，这些裂缝目前并不危险，但在冬季重载车辆的压力下可能会继续扩大。",
    "两岸居民对这一决定表示欢迎，不过运输公司警告说，绕行路线将增加十八公里。",
    "市政府说，维修工程预计明年春季开始，到秋季结束。",
]


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            "<p>相关报道如下：</p><table><tr><th>标题</th><th>作者</th><th>来源</th></tr><tr><td>老桥的百年历史</td>"
            "<td>张华</td><td>晚报</td></tr><tr><td>桥梁安全谁来管</td><td>刘洋</td><td>日报</td></tr></table>",
            id="zh-reading-list",
        ),
        pytest.param(
            "<table><tr><th>标题</th><th>作者</th></tr><tr><td>桥梁检测报告</td><td>市交通局</td></tr>"
            "<tr><td>裂缝成因分析</td><td>王建国</td></tr><tr><td>绕行方案</td><td>李明</td></tr></table>",
            id="zh-reports",
        ),
    ],
)
def test_a_storys_table_headed_by_board_labels_stays(table: str) -> None:
    # A header row of board labels over rows of values is the story's table (the reports it cites), not a
    # board's particulars, each label beside its one value.
    text = nutgraf.extract(_page(table, lang="zh", story=ZH_STORY)).text
    assert "| 标题 | 作者 |" in text


def test_a_korean_story_table_of_notices_with_their_dates_stays() -> None:
    table = (
        "<table><tr><th>제목</th><th>작성자</th><th>작성일</th></tr><tr><td>교량 점검 결과</td><td>도로과</td>"
        "<td>2024-05-01</td></tr><tr><td>우회 도로 안내</td><td>교통과</td><td>2024-05-02</td></tr></table>"
    )
    text = nutgraf.extract(_page(table, lang="ko", story=KO_STORY)).text
    assert "교량 점검 결과" in text and "우회 도로 안내" in text


@pytest.mark.parametrize(
    ("lang", "labels", "story"),
    [
        pytest.param("ko", ("제목", "작성자", "등록일"), KO_STORY, id="ko"),
        pytest.param("zh", ("标题", "来源", "发布时间"), ZH_STORY, id="zh"),
        pytest.param("ja", ("件名", "投稿者", "登録日"), JA_STORY, id="ja"),
    ],
)
def test_a_board_whose_post_is_a_row_of_its_particulars_table_keeps_it(
    lang: str, labels: tuple[str, ...], story: list[str]
) -> None:
    # Older boards set the post in a cell of its own row under its particulars: the whole table had gone,
    # and with it the post (no article found).
    rows = "".join(
        f"<tr><th>{label}</th><td>{value}</td></tr>"
        for label, value in zip(labels, ("공지", "x", "2024-05-21"), strict=True)
    )
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Notice</title></head><body>'
        f"<header><a href='/'>Home</a></header><div id='contents'><table class='bbs_view'>{rows}"
        f"<tr><td colspan='2' class='cont'>{''.join(f'<p>{x}</p>' for x in story)}</td></tr></table>"
        "<a href='/list'>List</a></div></body></html>"
    )
    assert nutgraf.extract(html, url="https://city.example/bbs/view?id=1").text.split("\n\n") == story


CS_STORY = [
    "Zastupitelstvo v úterý rozhodlo, že starý most bude od příštího měsíce uzavřen pro nákladní auta.",
    "Inženýři uvedli, že praskliny zatím nejsou nebezpečné, ale během zimy se mohou pod těžkými náklady zvětšit.",
    "Obyvatelé obou břehů rozhodnutí uvítali, dopravci však varovali před objížďkou dlouhou osmnáct kilometrů.",
    "Oprava má začít na jaře a potrvat do podzimu, uvedlo město.",
]


def test_a_czech_commentary_box_named_komentar_stays() -> None:
    # Czech "komentář" (class "komentar") is one commentary, the editor's view set in the story; only in
    # Indonesian and Malay is "komentar" readers' comments.
    view = "Uzavření mostu přichází pozdě: praskliny byly vidět už loni a město čekalo, než se o nich začalo psát."
    html = _page(f"<div class='komentar'><h3>Komentář</h3><p>{view}</p></div>", lang="cs", story=CS_STORY)
    assert view in nutgraf.extract(html).text


def test_a_block_marked_excludequote_that_holds_paragraphs_stays() -> None:
    # The mark on a block of the post's own text (the body, a quoted reply) had taken the post with it: no
    # article found.
    html = _page("").replace("<div class='text'>", "<div class='text' data-excludequote='true'>")
    assert _paragraphs(html) == STORY


def test_a_box_headed_sponsor_site_that_is_no_fc2_notice_stays() -> None:
    # A short box so headed in a story, its text not FC2's notice of a stale blog, is the story's.
    line = "当社のスポンサーサイトはこちらです。詳細は公式ページをご覧ください。"
    story = [*JA_STORY, "次は、わき芽から育てた苗の花が咲いたら報告します。"]
    html = _page(f"<div class='box'><h3>スポンサーサイト</h3><p>{line}</p></div>", lang="ja", story=story)
    assert line in nutgraf.extract(html).text
