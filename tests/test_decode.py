"""Decoding a news archive's encodings: labels that lie or disagree, 7-bit Japanese, double-encoded UTF-8.

Each is read the way a user meets it: a page fetched from a real HTTP server on 127.0.0.1, HTML or text
bytes given to extract and summarize, and what comes back is the article's own words.
"""

from __future__ import annotations

import html.entities
import importlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

import nutgraf
from nutgraf.decode import decode_text
from nutgraf.fetch import FetchSettings
from nutgraf.pipeline import fetch_article

RUSSIAN = (
    "Городской совет утвердил план во вторник после долгих дебатов. Критики заявили, что стоимость в сорок"
    " миллионов рублей слишком высока. Чиновники пообещали провести проверку весной."
)
GREEK = (
    "Το δημοτικό συμβούλιο ενέκρινε το σχέδιο την Τρίτη μετά από μακρά συζήτηση. Οι επικριτές είπαν ότι το"
    " κόστος είναι πολύ υψηλό."
)
CHINESE = (
    "市议会在经过长时间辩论后于周二批准了该计划。批评者说，四千万元的费用太高。官员们承诺在春季进行审查。"
)
JAPANESE = "市議会は火曜日、長い議論の末に計画を承認した。批判派は四千万円の費用は高すぎると述べた。当局は春に見直しを行うと約束した。"

WESTERN = "L’été a été chaud — « très chaud », dit le préfet. Les pompiers ont lutté trois semaines."
TURKISH = "Belediye meclisi uzun bir tartışmanın ardından planı salı günü onayladı. Maliyet çok yüksek."


def page(title: str, body: str, meta_charset: str | None) -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return (
        f"<html><head>{meta}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("body", "encoding", "label"),
    [
        (RUSSIAN, "cp1251", "iso-8859-1"),  # a template's Western label on a Russian page
        (RUSSIAN, "koi8_r", "windows-1251"),  # the two Russian encodings, swapped
        (RUSSIAN, "cp1251", "koi8-r"),
        (GREEK, "iso8859-7", "iso-8859-1"),
        (CHINESE, "gbk", "iso-8859-1"),
    ],
)
def test_a_meta_charset_whose_reading_is_garbled_gives_way(body: str, encoding: str, label: str) -> None:
    # Believed, the label made "Ãîðîäñêîé ñîâåò" (or "зПТПДУЛПК УПЧЕФ") of the article, title and summary.
    title = body[:20]
    data = page(title, body, label).encode(encoding)
    article = nutgraf.extract(data)
    assert article.title == title
    assert article.text == body
    summary = nutgraf.summarize(data, sentences=1)
    assert summary.source == body and summary.text in body


def test_a_label_whose_reading_is_right_still_decides() -> None:
    # Turkish read as windows-1252 looks clean ("tartýþmanýn"): the label, not detection, must decide.
    assert nutgraf.extract(page("Meclis", TURKISH, "windows-1254").encode("cp1254")).text == TURKISH


class _Pages(BaseHTTPRequestHandler):
    """Pages whose HTTP header says ISO-8859-1 (Apache's AddDefaultCharset): Russian in windows-1251,
    with and without the page's own right label, and Turkish in windows-1254 with its label."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        header = "ISO-8859-1"
        if self.path == "/turkish":
            body = page("Meclis", TURKISH, "windows-1254").encode("cp1254")
        elif self.path.startswith("/western"):  # windows-1252 under a UTF-8 label, in the page or the header
            body = page("L’été", WESTERN, "utf-8" if self.path == "/western-meta" else None).encode("cp1252")
            header = "utf-8"
        else:
            meta = "windows-1251" if self.path == "/labelled" else None
            body = page("Совет утвердил план", RUSSIAN, meta).encode("cp1251")
        self.send_response(200)
        self.send_header("Content-Type", f"text/html; charset={header}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/labelled", "/unlabelled"])
def test_a_server_default_charset_that_lies_gives_way(base: str, path: str) -> None:
    article = fetch_article(base + path, settings=FetchSettings(allow_loopback=True))
    assert article.title == "Совет утвердил план"
    assert article.text == RUSSIAN


@pytest.mark.parametrize("as_html", [False, True])
def test_iso_2022_jp_is_read_as_japanese(as_html: bool) -> None:
    # Its bytes are ASCII: read as ASCII, the article was "$B;T5D2q$O2PMKF|" (or no article at all), even
    # under a <meta charset="iso-2022-jp"> label.
    data = (page("市議会", JAPANESE, "iso-2022-jp") if as_html else JAPANESE).encode("iso2022_jp")
    summary = nutgraf.summarize(data, sentences=3)
    assert summary.source == JAPANESE
    assert summary.language == "ja"
    if as_html:
        assert summary.article.title == "市議会"


FRENCH = (
    "L’été a été meurtrier dans le sud du pays. Les pompiers ont lutté pendant trois semaines contre les"
    " incendies — « du jamais vu », selon le préfet. Le gouvernement a promis 40 millions d’euros d’aide."
)


def mojibake(text: str) -> str:
    """``text`` as a site that read its UTF-8 as windows-1252 shows it ("L’été" is "Lâ€™Ã©tÃ©")."""
    return text.encode("utf-8").decode("cp1252", errors="ignore")


@pytest.mark.parametrize("given", [mojibake(FRENCH), mojibake(FRENCH).encode("utf-8")])
def test_double_encoded_utf8_is_repaired(given: str | bytes) -> None:
    summary = nutgraf.summarize(given, sentences=1)
    assert summary.source == FRENCH
    assert summary.text in FRENCH and "Ã" not in summary.text
    assert summary.language == "fr"


def test_a_page_in_double_encoded_utf8_has_its_title_and_text_repaired() -> None:
    data = page(mojibake("Un été meurtrier"), mojibake(FRENCH), "utf-8").encode("utf-8")
    article = nutgraf.extract(data)
    assert article.title == "Un été meurtrier"
    assert article.text == FRENCH


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung nannte den Plan „zu groß“. Der Minister schwieg.",  # "ß“" is a valid UTF-8 pair
        "Tomáš Souček dal gól. Přihlášením souhlasíte.",  # "áš" is a lead and a continuation character
        "Le préfet a parlé d’un « été terrible »… puis il est parti.",
        "SÃO PAULO — A prefeitura anunciou o plano. Â GAUCHE, la place.",
    ],
)
def test_text_that_only_looks_like_mojibake_is_kept(text: str) -> None:
    assert nutgraf.summarize(text, sentences=5).source == text
    assert nutgraf.summarize(text.encode("utf-8"), sentences=5).source == text


def test_a_pasted_title_in_double_encoded_utf8_is_repaired_in_the_api(api: httpx.Client) -> None:
    pasted = {"text": mojibake(FRENCH), "title": mojibake("Un été meurtrier")}
    answer = api.post("/api/articles", json=pasted)
    assert answer.status_code == 201, answer.text
    assert answer.json()["title"] == "Un été meurtrier"
    assert answer.json()["text"] == FRENCH


def test_a_batch_record_title_in_double_encoded_utf8_is_repaired(tmp_path) -> None:
    import json

    from nutgraf.batch import run_batch

    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "a", "text": mojibake(FRENCH), "title": mojibake("Un été")}) + "\n")
    run_batch([str(source)], str(tmp_path / "out.jsonl"), workers=1)
    record = json.loads((tmp_path / "out.jsonl").read_text())
    assert record["title"] == "Un été" and record["text"] == FRENCH


def test_a_lone_surrogate_in_a_short_field_is_a_clear_error_in_the_api(api: httpx.Client) -> None:
    # JSON can escape half a pair ("\\ud83d"); a field with a length limit (a title) answered "unable to
    # parse raw data as a unicode string", naming neither the fault nor the fix. The text, which has no
    # limit, takes it as U+FFFD.
    body = b'{"text": "' + FRENCH.encode() + b'", "title": "Un \\ud83d \\u00e9t\\u00e9"}'
    answer = api.post("/api/articles", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith("body.title: holds half of a UTF-16 surrogate pair")


@pytest.mark.parametrize("escape", ["numeric", "named"])
def test_double_encoded_utf8_written_as_character_references_is_repaired(escape: str) -> None:
    # "approuv&#195;&#169;" is mojibake only once the page is parsed: the article read "approuvÃ©".
    def escaped(text: str) -> str:
        if escape == "numeric":
            return mojibake(text).encode("ascii", "xmlcharrefreplace").decode()
        return "".join(
            f"&{html.entities.codepoint2name[ord(c)]};" if ord(c) in html.entities.codepoint2name else c
            for c in mojibake(text)
        )

    article = nutgraf.extract(page(escaped("Un été meurtrier"), escaped(FRENCH), None))
    assert article.title == "Un été meurtrier"
    assert article.text == FRENCH


@pytest.mark.parametrize(
    ("text", "encoding", "label"),
    [
        (
            "Le maire a parlé. « C’est une belle journée » — enfin. L’œuvre coûte 5 €.",
            "cp1252",
            "iso-8859-15",
        ),
        (
            "Rada zatwierdziła plan. „Świetnie” – powiedział burmistrz. Źródło wody jest w Łodzi.",
            "cp1250",
            "iso-8859-2",
        ),
        ("Το συμβούλιο ενέκρινε το σχέδιο. «Καλή μέρα» — είπε ο δήμαρχος “σήμερα”.", "cp1253", "iso-8859-7"),
        ("Meclis planı onayladı. “Çok iyi” dedi başkan — sonunda.", "cp1254", "iso-8859-9"),
    ],
)
def test_an_iso_8859_label_on_a_page_written_on_windows_keeps_its_punctuation(
    text: str, encoding: str, label: str
) -> None:
    # Bytes 0x80-0x9F are controls in ISO-8859, dropped: "C’est" read "Cest", "Świetnie" "wietnie".
    article = nutgraf.extract(page(text.split(".")[0], text, label).encode(encoding))
    assert article.text == text and article.title == text.split(".")[0]


def test_a_page_label_beside_http_default_latin_1_is_read_first(base: str) -> None:
    # Turkish read as windows-1252 shows no garbling ("tartýþmanýn"): the header's ISO-8859-1, HTTP's
    # default, won over the page's own windows-1254.
    article = fetch_article(base + "/turkish", settings=FetchSettings(allow_loopback=True))
    assert article.text == TURKISH


def test_mojibake_far_apart_in_one_long_line_is_repaired_at_each_place() -> None:
    # ftfy reads a stretch of text around each hint, not the whole text: both ends of a line longer than
    # two stretches are still repaired, and the correct UTF-8 between them is kept as it is.
    middle = " ".join(["Le préfet a parlé « enfin »… et la foule a applaudi."] * 300)
    text = f"{FRENCH} {middle} {FRENCH}"
    assert decode_text(f"{mojibake(FRENCH)} {middle} {mojibake(FRENCH)}") == text


def test_a_pound_signs_mojibake_is_repaired_as_ftfy_repairs_it() -> None:
    # A window of ASCII and "Â£" alone (a British site's prices) is worked out without ftfy: in every
    # context ftfy's own answer is kept, "£" where its pattern finds mojibake ("fee Â£5m"), the text as it
    # is where it finds none ("(Â£5m)", a window's first word).
    import random
    import string

    import ftfy

    decode = importlib.import_module("nutgraf.decode")
    assert decode_text("The fee was Â£5m, up from Â£4m.") == "The fee was £5m, up from £4m."
    rng = random.Random(18)
    for _ in range(20_000):
        pieces = [
            "".join(rng.choices(string.printable, k=rng.randint(0, 6))) for _ in range(rng.randint(2, 4))
        ]
        window = rng.choice(("", "Â£", "Â", "£")) + "Â£".join(pieces) + rng.choice(("", "Â£", "Â"))
        assert decode._fixed_encoding(window) == ftfy.fix_encoding(window), window


def test_ftfys_badness_pattern_is_asked_around_its_marks_alone() -> None:
    # The pound sign's repair asks ftfy's pattern only of a mark's neighbours, within its longest match:
    # exact only while every alternative needs a character beyond ASCII, and none spans more.
    from re import _parser
    from re._constants import BRANCH, IN, LITERAL, RANGE

    from ftfy.badness import BADNESS_RE

    decode = importlib.import_module("nutgraf.decode")
    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert parsed.getwidth()[1] <= decode._BADNESS_REACH

    def beyond_ascii(op: object, value: object) -> bool:
        if op is LITERAL:
            return value > 127
        return op is IN and all(
            (kind is LITERAL and item > 127) or (kind is RANGE and item[0] > 127) for kind, item in value
        )

    ((op, (_, alternatives)),) = parsed.data
    assert op is BRANCH
    assert all(any(beyond_ascii(*item) for item in alternative) for alternative in alternatives)


@pytest.mark.parametrize("path", ["/western-meta", "/western-header"])
def test_a_utf8_label_on_a_windows_1252_page_gives_way(base: str, path: str) -> None:
    article = fetch_article(base + path, settings=FetchSettings(allow_loopback=True))
    assert (article.title, article.text) == ("L’été", WESTERN)


@pytest.mark.parametrize("control", [chr(c) for c in [*range(32), 0x7F] if chr(c) not in "\t\n\r\f\v"])
def test_each_control_character_goes_from_ascii_text_short_and_long(control: str) -> None:
    # Long ASCII text is searched for each control character, short text has them deleted from its bytes:
    # both must find every one.
    for words in (3, 400):
        text = "The council met on Tuesday. " * words
        with_control = text[:40] + control + text[40:]
        assert control not in decode_text(with_control)
        assert len(decode_text(with_control)) in (len(text), len(text) + 1)  # dropped, or a space


_MARKED_PAGE = (
    "<html><head><title>Harbour bridge reopens</title></head><body><article><h1>Harbour bridge reopens</h1>"
    f"<p>{WESTERN}</p><p>{WESTERN.replace('chaud', 'sec')}</p></article></body></html>"
)


@pytest.mark.parametrize(
    "given",
    [
        pytest.param("\ufeff" + _MARKED_PAGE, id="text-opening-on-its-mark"),
        pytest.param(b"\xef\xbb\xbf" * 2 + _MARKED_PAGE.encode(), id="utf-8-marked-twice"),
        pytest.param(b"\xff\xfe" + _MARKED_PAGE.encode(), id="utf-16-le-mark-on-utf-8"),
        pytest.param(b"\xef\xbb\xbf" + _MARKED_PAGE.encode("utf-16"), id="utf-8-mark-on-marked-utf-16"),
        pytest.param(b"\xef\xbb\xbf\xff\xfe" + _MARKED_PAGE.encode(), id="utf-8-and-utf-16-marks-on-utf-8"),
        pytest.param(b"\xfe\xff" + _MARKED_PAGE.encode(), id="utf-16-be-mark-on-utf-8"),
        pytest.param(b"\xff\xfe\x00\x00" + _MARKED_PAGE.encode(), id="utf-32-mark-on-utf-8"),
        pytest.param(b"\xef\xbb\xbf" + _MARKED_PAGE.encode("cp1252"), id="utf-8-mark-on-windows-1252"),
        pytest.param(_MARKED_PAGE.encode("utf-16"), id="utf-16-as-marked"),
        pytest.param(_MARKED_PAGE.encode("utf-32"), id="utf-32-as-marked"),
        pytest.param(b"\xff\xfe" + _MARKED_PAGE.encode("utf-16-le") + b"\x00", id="utf-16-cut-mid-character"),
    ],
)
def test_a_byte_order_mark_is_believed_only_where_the_page_bears_it_out(given: str | bytes) -> None:
    # A mark is a few bytes any tool may write before any text. Left as a character at the start (a file
    # read as "utf-8", not "utf-8-sig"), it made the page's markup its text; believed over UTF-8, a UTF-16
    # mark made the page CJK characters, a UTF-32 one U+FFFD throughout, and a UTF-8 mark over
    # windows-1252 lost every accented letter.
    article = nutgraf.extract(given)
    assert article.title == "Harbour bridge reopens"
    assert article.text.startswith(WESTERN)


def test_chinese_in_utf16_is_read_by_its_mark_though_it_holds_no_nul() -> None:
    # No ASCII character, so no NUL byte: the mark decides, as the bytes are no UTF-8.
    assert decode_text(CHINESE.encode("utf-16")) == CHINESE


def test_an_article_in_windows_1252_inside_a_utf8_page_keeps_its_accented_letters() -> None:
    # A UTF-8 template around an article a CMS stored in windows-1252: the page is UTF-8 but for the
    # article's stray bytes, which read U+FFFD, every accented letter lost ("M\ufffdxico"). They are read in
    # the legacy encoding that reads them least garbled; Cyrillic words among English ones in windows-1251.
    menu = "".join(f"<a href=/{n}>Sección “{n}” — Niños</a>" for n in range(30))
    for encoding, paragraph in (
        ("cp1252", WESTERN),
        ("cp1251", "The council met in Москва on Tuesday and approved the budget, officials said."),
    ):
        page = (
            f"<html><head><meta charset='utf-8'><title>Plan</title></head><body><nav>{menu}</nav>".encode()
            + f"<article><h1>Plan</h1><p>{paragraph}</p><p>{paragraph}</p></article></body></html>".encode(
                encoding
            )
        )
        assert nutgraf.extract(page).text.startswith(paragraph), encoding


@pytest.mark.parametrize(
    ("text", "word", "encoding"),
    [
        ("Rząd przyjął projekt ustawy o ochronie środowiska. ", "przyjął", "cp1250"),
        ("Vláda schválila návrh zákona o ochraně životního prostředí. ", "schválila", "cp1250"),
        ("Правительство одобрило законопроект об охране среды. ", "одобрило", "cp1251"),
        ("Le gouvernement a déclaré que les élèves étaient prêts. ", "déclaré", "cp1252"),
        # Read in windows-1252 or -1251, these were "prostøedí", "közgyûlés", "tartýþmanýn" and
        # "ухмвпэлйп": letters of no sign of garbling, which the text's own letters now outvote.
        ("Vláda schválila návrh zákona o ochraně životního prostředí. Ministr řekl: ", "prostředí", "cp1250"),
        ("A fővárosi közgyűlés hosszú vita után jóváhagyta a tervet. ", "közgyűlés", "cp1250"),
        (
            "Meclis uzun bir tartışmanın ardından planı onayladı, dedi eleştirmenler. ",
            "tartışmanın",
            "cp1254",
        ),
        ("Το δημοτικό συμβούλιο ενέκρινε το σχέδιο την Τρίτη. ", "συμβούλιο", "cp1253"),
    ],
)
def test_a_word_pasted_in_its_legacy_encoding_into_utf8_text_reads_as_written(
    text: str, word: str, encoding: str
) -> None:
    # Polish "ął" in windows-1250 reads "№і" in windows-1251, which no sign of garbling caught: the pasted
    # "przyjął" read "przyj№і" in a Polish text.
    before, after = (text * 3).split(word, 1)  # around it, UTF-8 letters enough to tell the text UTF-8
    assert decode_text(before.encode() + word.encode(encoding) + after.encode()) == text * 3


UKRAINIAN = (
    "Міністр сказав, що уряд схвалив законопроєкт. Він додав, що Рівне отримає кошти на ремонт доріг. "
    "Ніхто не заперечував."
)


def test_ukrainian_words_in_windows_1251_whose_first_two_letters_form_utf8_read_as_written() -> None:
    # Windows-1251's capital and "і" ("Мі", "Ві", "Рі", "Ні") are a valid two-byte UTF-8 character, so
    # among the stray bytes of the rest of the word it was read as UTF-8: "̳ністр", "³н", "гвне", "ͳхто".
    # A Russian text's own word before a windows-1251 quotation mark pasted in ("слово»") stays UTF-8.
    pasted = "Уряд схвалив законопроєкт про охорону довкілля. " * 3
    assert decode_text(pasted.encode() + UKRAINIAN.encode("cp1251") + b" " + pasted.encode()) == (
        f"{pasted}{UKRAINIAN} {pasted}"
    )
    russian = "Правительство одобрило законопроект об охране среды. " * 3
    assert decode_text(f"{russian}«слово".encode() + "»".encode("cp1251")) == f"{russian}«слово»"
    menu = "".join(f"<a href=/{n}>Sección “{n}” — Niños</a>" for n in range(30))
    template = f"<html><head><meta charset='utf-8'><title>Новини</title></head><body><nav>{menu}</nav>"
    article = f"<article><p>{UKRAINIAN}</p>" * 5 + "</article></body></html>"
    assert decode_text(template.encode() + article.encode("cp1251")) == template + article


@pytest.mark.parametrize(
    ("menu", "text"),
    [
        (
            "Hlavní stránka | Zprávy | Přihlásit | Počasí",
            "Vláda schválila návrh zákona o ochraně životního prostředí. Ministr řekl, že změny přijdou brzy.",
        ),
        (
            "Főoldal | Belföld | Időjárás",
            "A fővárosi közgyűlés hosszú vita után jóváhagyta a tervet. A polgármester szerint gyorsan jönnek.",
        ),
    ],
)
def test_a_central_european_menu_in_windows_1250_around_a_utf8_article_reads_as_written(
    menu: str, text: str
) -> None:
    # The menu's strays read as the letters the article writes ("ř", "ő"), not windows-1252's "Pøihlásit",
    # "Poèasí", "Fõoldal": the Central European letters' small sign of garbling, counted once for each
    # stray's window onto the menu, had outweighed the letters the text writes.
    article = f"<article><p>{text}</p>" * 5 + "</article>"
    assert (
        decode_text(f"<nav>{menu}</nav>".encode("cp1250") + article.encode()) == f"<nav>{menu}</nav>{article}"
    )


@pytest.mark.parametrize("word", ["café", "señor", "Müller"])
def test_a_western_word_pasted_in_windows_1252_into_a_greek_text_keeps_its_latin_letters(word: str) -> None:
    # Windows-1253 reads the pasted word's accented letter as a Greek letter the Greek text writes ("cafι",
    # "seρor", "Mόller"), which the text's letters had voted for: a word mixing Latin and Greek letters
    # is the garbled reading.
    text = "Το δημοτικό συμβούλιο ενέκρινε το σχέδιο την Τρίτη. " * 3
    assert decode_text(text.encode() + word.encode("cp1252") + b" " + text.encode()) == f"{text}{word} {text}"


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("政府批准了关于环境保护的法案。部长说，这些变化将于明年生效。" * 3, "。"),
        ("Le gouvernement a approuvé le projet de loi. Il sera examiné demain, a-t-il déclaré. " * 3, "é"),
    ],
)
def test_a_utf8_text_cut_inside_its_last_character_ends_on_one_replacement_character(
    text: str, last: str
) -> None:
    # Stray bytes are read in a legacy encoding, but a character the text's end cut short is UTF-8's: the
    # Chinese text cut in its last "。" had ended "ã€", the French one cut in "é" "Ã".
    whole = (text.rstrip() + " " + last).encode()
    assert decode_text(whole[:-1]) == text.rstrip() + " \ufffd"


def test_a_legacy_word_at_the_end_of_a_utf8_text_is_no_cut_character() -> None:
    # "Москва" in windows-1251 ends on a byte that leads a UTF-8 character: its run of strays is longer.
    text = "Le projet a été approuvé à Paris, puis à Moscou. " * 3
    assert decode_text(text.encode() + "Москва".encode("cp1251")) == text + "Москва"


def test_a_page_labelled_in_a_legacy_encoding_that_is_utf8_reads_its_stray_byte() -> None:
    # Whether the page was UTF-8 is asked without reading its strays, which decode_text then reads once (it
    # had been done twice: 1.8 times decode_text's time on 16 MB; `bench/hostile_bench.py --shapes` times it).
    decode_html = importlib.import_module("nutgraf.extract.html.markup").decode_html
    body = ("<p>" + "Le projet a été approuvé par le conseil. " * 20 + "</p>\n") * 50
    page = (
        b"<html><head><meta charset='windows-1252'></head><body>" + body.encode() + b"caf\xe9</body></html>"
    )
    assert decode_html(page).endswith("café</body></html>")
    assert "été approuvé" in decode_html(page)


@pytest.mark.parametrize("paragraphs", [2, 5])
def test_a_windows_1251_article_outnumbering_its_utf8_page_reads_as_written(paragraphs: int) -> None:
    # Its stray bytes outnumber the page's UTF-8, so the page is no UTF-8 with a few strays: read whole in
    # windows-1251 its template was "SecciГіn вЂњ0вЂќ", and where those signs of garbling outweighed the
    # article's, all of it read windows-1250, "Ăîđîäńęîé" for "Городской".
    menu = "".join(f"<a href=/{n}>Sección “{n}” — Niños</a>" for n in range(30))
    template = (
        f"<html><head><meta charset='utf-8'><title>План — Новости</title></head><body><nav>{menu}</nav>"
    )
    article = f"<article><h1>План</h1><p>{RUSSIAN}</p>" * paragraphs + "</article></body></html>"
    page = template.encode() + article.encode("cp1251")
    assert decode_text(page) == template + article
    assert nutgraf.extract(page).text.startswith(RUSSIAN)


# Whole pages in the legacy encodings of Central Europe, Turkey and Greece, each worded so that windows-1252
# (or the encoding a page of the other group is in) reads it without a sign of garbling.
_LEGACY_PAGES = [
    pytest.param(
        "cp1250",
        "Vláda v úterý schválila návrh zákona o státním rozpočtu. Poslanci řekli, že přílišné výdaje"
        " ohrožují hospodářství a že ministr financí musí předložit nový plán do příštího měsíce.",
        id="czech-windows-1250",
    ),
    pytest.param(
        "cp1250",
        "A kormány kedden elfogadta a költségvetési törvényjavaslatot. A képviselők szerint a túlzott"
        " kiadások veszélyeztetik a gazdaságot, és a pénzügyminiszternek a következő hónapig új tervet kell"
        " benyújtania.",
        id="hungarian-windows-1250",
    ),
    pytest.param(
        "iso8859_2",
        "Rząd we wtorek przyjął projekt ustawy budżetowej. Posłowie powiedzieli, że nadmierne wydatki"
        " zagrażają gospodarce, a minister finansów musi przedstawić nowy plan. Świat śledzi źródła.",
        id="polish-iso-8859-2",
    ),
    pytest.param(
        "iso8859_2",
        "Vláda v utorok schválila návrh zákona o štátnom rozpočte. Poslanci povedali, že nadmerné výdavky"
        " ohrozujú hospodárstvo a minister financií musí predložiť nový plán. Šťastný žltý kôň.",
        id="slovak-iso-8859-2",
    ),
    pytest.param(
        "cp1254",
        "Hükümet salı günü bütçe yasa tasarısını onayladı. Milletvekilleri aşırı harcamaların ekonomiyi"
        " tehdit ettiğini ve maliye bakanının yeni bir plan sunması gerektiğini söyledi. Şişli'deki toplantı"
        " ağır geçti.",
        id="turkish-windows-1254",
    ),
    pytest.param(
        "cp1253",
        "Η κυβέρνηση ενέκρινε την Τρίτη το νομοσχέδιο του προϋπολογισμού. Οι βουλευτές είπαν ότι οι"
        " υπερβολικές δαπάνες απειλούν την οικονομία και ότι ο υπουργός Οικονομικών πρέπει να υποβάλει νέο"
        " σχέδιο.",
        id="greek-windows-1253",
    ),
]


@pytest.mark.parametrize(("encoding", "text"), _LEGACY_PAGES)
def test_a_whole_legacy_page_without_a_charset_reads_in_its_language_s_encoding(
    encoding: str, text: str
) -> None:
    # Read as windows-1252 (or ISO-8859-2's Polish by a Baltic guess, Greek as windows-1251's Cyrillic) they
    # had been "pøíštího mìsíce", "képviselõk", "przyjąģ", "ľltý", "tartýþma", "кхвЭснзуз": letters no one
    # language writes together, and no sign of garbling.
    page = f"<html><head><title>Rozpočet</title></head><body><article><p>{text}</p></article></body></html>"
    assert decode_text(text.encode(encoding)) == text
    assert nutgraf.extract(page.encode(encoding, errors="replace")).text == text


@pytest.mark.parametrize("label", ["windows-1252", "iso-8859-1"])
@pytest.mark.parametrize(("encoding", "text"), _LEGACY_PAGES)
def test_a_whole_legacy_page_labelled_windows_1252_reads_in_its_language_s_encoding(
    label: str, encoding: str, text: str
) -> None:
    # The label's reading showed no sign of garbling ("tartýþma"), so it was believed.
    decode_html = importlib.import_module("nutgraf.extract.html.markup").decode_html
    page = f"<html><head><meta charset='{label}'></head><body><p>{text}</p></body></html>"
    assert text in decode_html(page.encode(encoding))
    assert text in decode_html(page.encode(encoding).replace(f" charset='{label}'".encode(), b""), label)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        (
            "cp1252",
            "Le gouvernement a approuvé mardi le projet de loi. Le ministre des Finances, M. Muñoz, a"
            " présenté un nouveau plan à l'Assemblée.",
        ),
        (
            "cp1250",
            "Vláda v úterý schválila návrh zákona. Ministr financí řekl, že nový plán předloží příští"
            " měsíc v Brně a v Müncheně.",
        ),
    ],
)
def test_a_legacy_page_whose_label_is_right_keeps_it(encoding: str, text: str) -> None:
    # A letter of another language in the text ("ñ" in French, "ü" in Czech) is no reason to doubt it.
    decode_html = importlib.import_module("nutgraf.extract.html.markup").decode_html
    label = {"cp1252": "windows-1252", "cp1250": "windows-1250"}[encoding]
    page = f"<html><head><meta charset='{label}'></head><body><p>{text}</p></body></html>"
    assert text in decode_html(page.encode(encoding))


@pytest.mark.parametrize(
    ("data", "read"),
    [
        # Overlong "../" of a path-traversal probe: C0 AE is a Hangul syllable in EUC-KR, and the text was
        # read as Korean, "GET /files/윙윙/".
        (
            b"GET /files/\xc0\xae\xc0\xae/\xc0\xae\xc0\xae/etc/passwd was requested on Monday.",
            "GET /files/\ufffd\ufffd/",
        ),
        (b"story \xc0\xbc\xc0\xbcscript\xc0\xbe alert", "story \ufffd\ufffdscript\ufffd alert"),
        (
            b"The council \xe0\x80\xae met \xf0\x80\x80\xaf on Tuesday",
            "The council \ufffd met \ufffd on Tuesday",
        ),
        (b"A surrogate \xed\xa0\x80 written as UTF-8", "A surrogate \ufffd written as UTF-8"),
        # Among UTF-8 text the forms were read as windows-1252's letters, "À®".
        (
            "Le conseil a approuvé le plan mardi. ".encode() * 3 + b"Fin \xc0\xae\xc0\xaf.",
            "mardi. Fin \ufffd\ufffd.",
        ),
    ],
)
def test_utf8_s_forbidden_forms_read_as_replacement_characters_not_letters(data: bytes, read: str) -> None:
    assert read in decode_text(data)


def test_a_korean_page_in_euc_kr_still_reads_as_korean() -> None:
    # Its syllables' bytes include those of overlong UTF-8 forms ("위" is C0 A7).
    text = "한국 정부는 화요일 예산안을 승인했다. 위원회 위원들은 과도한 지출이 경제를 위협한다고 말했다."
    assert decode_text(text.encode("euc-kr")) == text


@pytest.mark.parametrize("pasted", ["Уряд схвалив план дії на рік.", "План дії уряду."])
def test_a_ukrainian_dii_pasted_in_windows_1251_with_no_stray_beside_it_reads_as_written(pasted: str) -> None:
    # "дії" in windows-1251 is one whole UTF-8 character, U+4CFF: the pasted sentence read "план 䳿".
    text = "Депутати голосували за бюджет у вівторок. Міністр сказав, що уряд має план дій. " * 2
    assert decode_text(text.encode() + pasted.encode("cp1251")) == text + pasted


def test_a_lone_chinese_character_in_a_utf8_text_with_strays_stays() -> None:
    text = "Депутати голосували за бюджет у вівторок. Міністр сказав: 中 і 丂 "
    assert decode_text(text.encode() + "кафе".encode("cp1251")) == text + "кафе"


@pytest.mark.parametrize(
    "text",
    [
        # Names of several languages, each written in its own letters: read in windows-1250 they had been
        # "Saldańa" and "Řystein", truer by a count of letters beyond one language.
        "The festival's guests were Zoë Saldaña, Beyoncé, Renée Zellweger, Penélope Cruz, Björk, Sinéad"
        " O'Connor, Slavoj Žižek, the Norwegian skier Øystein Grødum and the Spanish striker Ñíguez.",
        "El Real Madrid gana la Liga por 36ª vez. El Barça, 2º, perdió en el minuto 90. Según el club, Øystein"
        " y Žižek no jugarán.",
        # Ordinals' signs, which Python takes for letters: "38Ş vez" in windows-1250.
        "O Benfica venceu pela 38ª vez o campeonato. O presidente disse que o 1º lugar é de todos; a nº 10"
        " marcou.",
        # An f-number and a micro sign: windows-1251 read "ѓ/2.8", "24Ч36" and "Ђ1,299", a Macedonian page.
        "The lens is ƒ/2.8 and the sensor 24×36 mm; at ƒ/4 the 50 µm grain shows. Price: €1,299 – “a"
        " bargain” ™.",
        # Loanwords ("œuvre" is French, "niño" Spanish): windows-1250 reads "śuvre" and "nińo", Polish.
        "Het museum toont het œuvre van de fotograaf en een œuvre van zijn leerling. Ook een niño uit Bogotá.",
    ],
)
def test_a_western_page_labelled_windows_1252_that_quotes_other_languages_keeps_its_label(text: str) -> None:
    decode_html = importlib.import_module("nutgraf.extract.html.markup").decode_html
    page = f"<html><head><meta charset='windows-1252'></head><body><p>{text}</p></body></html>"
    assert text in decode_html(page.encode("cp1252"))
    assert text in decode_html(page.encode("cp1252").replace(b" charset='windows-1252'", b""), "ISO-8859-1")


@pytest.mark.parametrize(
    "text",
    [
        # Its lower-case words' "ñ" and "œ" are Polish "ń" and "ś" in windows-1250, its "ó" Polish too:
        # "dańos", "śuvre", "Cataluńa".
        "Un terremoto ha sacudido el centro de México este martes. Se han registrado daños en Puebla. La"
        " œuvre del pintor de Cataluña no sufrió daños.",
        # ISO-8859-2 leaves "œ"'s byte to a control, which was dropped: "las uvre completas".
        "La Guardia Civil incauta cuatro toneladas de cocaína en Algeciras; el museo expone las œuvre"
        " completas.",
    ],
)
def test_an_unlabelled_spanish_text_with_a_french_loanword_reads_in_windows_1252(text: str) -> None:
    assert decode_text(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Serbski institut w Chóśebuzu pśedstajijo nowy słownik.", "cp1250"),
        ("SERBSKI INSTITUT W CHÓŚEBUZU PŚEDSTAJIJO NOWY SŁOWNIK.", "cp1250"),
        ("Chóśebuz: źiśi wuknu serbski pśi wšych šulach", "iso8859_2"),
        # Its "ś" is windows-1252's "œ" ("Pœik³ad", "Witajœo"), which no longer counted as a rare letter.
        (
            "Pśikład wužywanja žyweje powěsći: Witajśo wšykni, zachopimy konferencu? Slědujśo mójomu"
            " avataroju k konferencowej conje a wócyńśo widejo-nałoženje.",
            "cp1250",
        ),
        ("RSS-kanal njejo dał se z adresy zacytaś. Zmólka pśi parsowanju XML za RSS.", "cp1250"),
        (
            "W Chóśebuzu jo se wótwóriła nowa serbska šula. Pśi wótwórjenju su źiśi spiwali serbske spiwy."
            " Pśez lěto co wěcej ako sto źiśi wuknuś serbsku rěc.",
            "iso8859_2",
        ),
    ],
)
def test_unlabelled_lower_sorbian_news_keeps_its_s_acute_before_a_vowel(text: str, encoding: str) -> None:
    # Lower Sorbian writes "ś" before "e", "i" and "o", which Polish never does: taken for a sign of
    # garbling, it had made this news windows-1252's "Chóœebuz" and "pœi", or ISO-8859-2's "Chó¶ebuz".
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "text", ["L'œil du cyclone approche de la Floride", "Un coup d'œil sur la Bourse", "Le cœur de Paris"]
)
def test_an_unlabelled_french_headline_whose_only_accent_is_oe_reads_in_windows_1252(text: str) -> None:
    # Counted as a rare Central European letter, its "œ" alone had made it Chinese ("L'𦤹l du cyclone").
    assert decode_text(text.encode("cp1252")) == text


@pytest.mark.parametrize("character", ["人", "千", "会", "河"])
def test_a_chinese_character_quoted_in_a_utf8_text_with_strays_elsewhere_stays(character: str) -> None:
    # Its bytes are windows-1251 letters of one language ("дєє", "еЌѓ"), as "дії"'s are, but it stands in
    # the UTF-8 text, away from the pasted windows-1251 word: it had been read as those letters.
    text = (
        f"Депутати голосували за бюджет у вівторок. Ієрогліф {character} означає людину, сказав міністр. " * 2
    )
    assert decode_text(text.encode() + "кафе".encode("cp1251")) == text + "кафе"


@pytest.mark.parametrize(
    ("given", "read"),
    [
        # A UTF-8 "é" cut short (its lead byte alone) and a stray windows-1252 "Š": had been "Ã(" and "Љ".
        (b"The council \xc3( voted on Tuesday.", "The council \ufffd( voted on Tuesday."),
        (b"The council \x8a voted to approve the plan.", "The council \ufffd voted to approve the plan."),
        # Among a long text's UTF-8 curly quotes too.
        (
            ("The council’s \x8a vote came on “Tuesday”. " + "It met again in the evening. " * 20)
            .encode()
            .replace(b"\xc2\x8a", b"\x8a"),
            "The council’s \ufffd vote came on “Tuesday”. " + "It met again in the evening. " * 20,
        ),
        # Few high bytes that are words are read as written: Latin-1 letters in Latin words, a Cyrillic
        # word, a one-letter Italian word opening a sentence, a euro sign.
        ("Jos\xe9 said the caf\xe9 would close.".encode("cp1252"), "José said the café would close."),
        ("Putin spoke in Москва on Monday.".encode("cp1251"), "Putin spoke in Москва on Monday."),
        (
            "Il Napoli ha vinto. È il terzo scudetto.".encode("cp1252"),
            "Il Napoli ha vinto. È il terzo scudetto.",
        ),
        ("Tickets cost 5 € each.".encode("cp1252"), "Tickets cost 5 € each."),
        # A lone capital opening a quote, a bracket or what follows a colon is a word too: these had lost
        # the letter and their quotes to U+FFFD.
        (
            "The bistro, called “À la Maison”, opened.".encode("cp1252"),
            "The bistro, called “À la Maison”, opened.",
        ),
        ("The menu says: À la carte only.".encode("latin-1"), "The menu says: À la carte only."),
        ("The law (É o valor) passed.".encode("cp1252"), "The law (É o valor) passed."),
        # A UTF-8 "é" cut short inside a word, read as a capital glued after lower-case letters: it had
        # been "councĂ(il", and "councÃ(il" beside the text's own UTF-8 "é" (which was counted as a stray
        # letter in a word and outweighed it).
        (b"The counc\xc3(il voted on Tuesday.", "The counc\ufffd(il voted on Tuesday."),
        (
            "The café counc".encode() + b"\xc3(" + "il voted on Tuesday, said José.".encode(),
            "The café counc\ufffd(il voted on Tuesday, said José.",
        ),
        # A capital after a curly apostrophe is a word's, though a lower-case letter stands before the
        # apostrophe: French in windows-1252 had read "l\ufffd\ufffdtat" for "l’État".
        (
            "The minister said that l’État would pay for the school.".encode("cp1252"),
            "The minister said that l’État would pay for the school.",
        ),
    ],
)
def test_a_few_stray_bytes_in_ascii_text_are_no_cyrillic_letter_among_its_words(
    given: bytes, read: str
) -> None:
    assert decode_text(given) == read


@pytest.mark.parametrize("stray", [b"\x81", b"\x8d", b"\x90", b"\x9d"])
@pytest.mark.parametrize(
    "written",
    [
        # An English story that quotes a few names and loanwords (some 2% of its characters beyond ASCII),
        # and a Spanish one (some 6%), saved in windows-1252 with one byte it leaves undefined.
        "The café on Rue Saint-Honoré reopened on Tuesday, said its owner, Zoë Müller. "
        "Her fiancée, a señor of the old quarter, had run it since the city's déjà vu of 1998. " * 6,
        "El alcalde de Málaga anunció el martes que la ciudad invertirá 12 millones de euros en nuevas "
        "líneas de autobús, que reducirán el tráfico durante los próximos años. " * 6,
    ],
)
def test_a_windows_1252_text_with_one_undefined_byte_keeps_its_letters(written: str, stray: bytes) -> None:
    # The reader expects every accented letter as written and the stray byte alone lost: the text had been
    # read in windows-1250 throughout, "próximos" as "prďximos" and "Málaga" as "Mŕlaga".
    data = written.encode("cp1252")
    read = decode_text(data[:40] + stray + data[40:])
    assert read.replace("\ufffd", "") == written


def test_a_letter_the_text_writes_once_in_utf8_is_skipped_once_in_a_run_that_repeats_it() -> None:
    # A stray byte read as the letter the text's UTF-8 writes just before it ("Ж" and a windows-1251 0xC6,
    # glued inside an English word): the repeat is the stray's and no word. Both had been skipped as the
    # text's own, leaving no letter to weigh, and the garbled reading passed for words.
    from nutgraf.decode import _letters_in_words

    written = "The counc{}il voted on Tuesday."
    assert not _letters_in_words(written.format("ЖЖ"), written.format("Ж\ufffd"))
    # The letter the text writes, skipped once, and no stray beside it: nothing left to weigh.
    assert _letters_in_words(written.format("Ж"), written.format("Ж"))
