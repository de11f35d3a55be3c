"""The nineteenth languages round: Kyrgyz, Kazakh, Tatar and Mongolian headlines read as Russian by their
"ы" (the letters' early reading skipped the classifier), a Bulgarian result read as Ukrainian, a Russian
headline quoting Ukrainian read as Ukrainian by its quotation's ending, and stories in languages without a
function-word list (Swahili, Kazakh) keeping another language's quotation out of their summary.

Each case beside its near misses: Russian, Ukrainian, Bulgarian and Serbian headlines, and stories whose
quotations stay where nothing tells them apart.
"""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.language import detect_language

SWAHILI_QUOTING_ENGLISH = (
    "Rais William Ruto amesema serikali yake itaongeza bajeti ya elimu kwa asilimia kumi katika mwaka ujao"
    " wa fedha ili kuwasaidia wanafunzi wa shule za sekondari.\n\n"
    '"We will make sure that every child in this country has access to quality education, and we will not'
    ' leave anyone behind," Ruto told the crowd in Nakuru.\n\n'
    "Wabunge wa upinzani wamekosoa mpango huo wakisema fedha hizo hazitatosha kuajiri walimu wapya.\n\n"
    "Waziri wa Elimu anatarajiwa kuwasilisha bajeti hiyo bungeni wiki ijayo."
)
INDONESIAN_QUOTING_A_MALAYSIAN_MINISTER = (
    "Pemerintah Indonesia dan Malaysia sepakat mempercepat perundingan batas laut di Selat Malaka dalam"
    " pertemuan di Jakarta, Senin.\n\n"
    '"Kerajaan Malaysia komited untuk menyelesaikan isu ini secepat mungkin kerana ia penting bagi kedua-dua'
    ' negara," kata Menteri Luar Negeri Malaysia selepas pertemuan itu.\n\n'
    "Menteri Luar Negeri Indonesia mengatakan tim teknis kedua negara akan bertemu lagi bulan depan.\n\n"
    "Perundingan batas laut ini sudah berlangsung lebih dari sepuluh tahun."
)
DUTCH_QUOTING_AFRIKAANS = (
    "De Zuid-Afrikaanse president Cyril Ramaphosa heeft dinsdag in Den Haag gesproken met premier Dick"
    " Schoof over de handel tussen beide landen.\n\n"
    '"Ons sal nie toelaat dat die krisis ons ekonomie vernietig nie, en ons werk hard om nuwe werksgeleenthede'
    ' te skep," het Ramaphosa gesê.\n\n'
    "Nederland is een van de grootste investeerders in Zuid-Afrika.\n\n"
    "De twee leiders spraken ook over de energiecrisis in het land."
)
KAZAKH_QUOTING_RUSSIAN = (
    "Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Астанада Ресей Федерациясының Сыртқы істер министрі"
    " Сергей Лавровпен кездесті.\n\n"
    "«Мы обсудили вопросы транзита, энергетики и безопасности в регионе, и мы довольны результатами"
    " переговоров», — сказал Лавров журналистам после встречи.\n\n"
    "Тараптар екі ел арасындағы сауда көлемін арттыру мәселесін талқылады.\n\n"
    "Келесі кездесу Мәскеуде өтеді деп күтілуде."
)


def _summary_texts(text: str, sentences: int = 2) -> list[str]:
    return [sentence.text for sentence in nutgraf.summarize(text, sentences=sentences).sentences]


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Russian's "ы" in most words, few letters of their own: each had been Russian.
        ("Мектептерде жаңы окуу жылы башталды", "ky"),
        ("Кыргызстандын курама командасы Тажикстанды утту", "ky"),
        ("Садыр Жапаров Москвага иш сапары менен барды", "ky"),
        ("Кыргызстанда электр энергиясынын баасы кымбаттайт", "ky"),
        ("Астанада жылу беру маусымы басталды", "kk"),
        ("Алматы облысында су тасқыны болды", "kk"),
        ("Чаллыда кар бураны юлларны каплады", "tt"),
        ("Улаанбаатарт агаарын бохирдол эрс нэмэгдлээ", "mn"),
        ("Ерөнхий сайд Бээжинд айлчлал хийлээ", "mn"),
    ],
)
def test_a_turkic_or_mongolian_headline_writing_russian_letters_is_its_own_language(
    headline: str, language: str
) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # A Bulgarian result's "би" (beat) read as Ukrainian, none of Ukrainian's letters in it.
        ("Лудогорец би ЦСКА", "bg"),
        # A Russian headline quoting Ukrainian: the quotation's "коментувати" had made it Ukrainian.
        ("Песков: «Ми не будемо коментувати», — ответил журналистам пресс-секретарь президента", "ru"),
    ],
)
def test_a_headline_is_read_by_its_own_words_not_its_quotation_s(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Russian headlines of Central Asia, with its names, stay Russian.
        ("В Бишкеке открылась новая больница", "ru"),
        ("Жапаров подписал указ о повышении зарплат учителям", "ru"),
        ("Курс тенге упал до рекордного уровня", "ru"),
        ("Нацбанк Казахстана сохранил базовую ставку", "ru"),
        ("Сборная Казахстана обыграла Грузию", "ru"),
        ("Токаев встретился с председателем КНР в Астане", "ru"),
        ("Вода в Иссык-Куле стала теплее", "ru"),
        ("Жители Оша вышли на субботник", "ru"),
        ("Путин: Би-би-си лжёт", "ru"),
        # Ukrainian, Bulgarian and Serbian stay each.
        ("Зеленський: «Ми не відступимо», — заявив президент", "uk"),
        ("У Києві відкрили нову станцію метро", "uk"),
        ("Левски би ЦСКА в дербито", "bg"),
        ("Парламентът прие бюджета за следващата година", "bg"),
        ("Вучић: Србија неће увести санкције Русији", "sr"),
        # Kazakh and Kyrgyz headlines writing their own letters were theirs already.
        ("Тоқаев Астанада Қытай төрағасымен кездесті", "kk"),
        ("Бишкекте жаңы оорукана ачылды", "ky"),
    ],
)
def test_near_misses_of_turkic_bulgarian_and_russian_readings(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.xfail(
    strict=True,
    reason="three words, no letter of Kyrgyz's own: the classifier reads Serbian first, Kyrgyz 3.4 less likely",
)
def test_a_kyrgyz_headline_of_three_plain_words_is_kyrgyz() -> None:
    assert detect_language("Ошто жер титиреди") == "ky"


@pytest.mark.parametrize(
    ("text", "language", "quotation"),
    [
        # Each had been the quotation's second sentence of the summary.
        (SWAHILI_QUOTING_ENGLISH, "sw", '"We will make sure'),
        (KAZAKH_QUOTING_RUSSIAN, "kk", "«Мы обсудили"),
    ],
)
def test_a_story_in_a_language_without_a_word_list_leaves_its_quotation_out(
    text: str, language: str, quotation: str
) -> None:
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.language == language
    assert not any(sentence.text.startswith(quotation) for sentence in summary.sentences)
    assert summary.sentences[0].text == text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A relative's quotation: the story is its prose's language, and its lede leads the summary.
        (INDONESIAN_QUOTING_A_MALAYSIAN_MINISTER, "id"),
        (DUTCH_QUOTING_AFRIKAANS, "nl"),
    ],
)
def test_near_misses_a_story_quoting_a_relative_is_in_its_prose_s_language(text: str, language: str) -> None:
    assert detect_language(text) == language
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.language == language
    assert summary.sentences[0].text == text.split("\n\n")[0]


@pytest.mark.xfail(
    strict=True,
    reason="a relative's sentence is told by the detector alone, which reads a short Indonesian lede as"
    " Malay: the pool does not set Malay or Afrikaans quotations aside, and they stay in the summary",
)
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        (INDONESIAN_QUOTING_A_MALAYSIAN_MINISTER, '"Kerajaan Malaysia'),
        (DUTCH_QUOTING_AFRIKAANS, '"Ons sal nie'),
    ],
)
def test_a_story_quoting_a_relative_leaves_the_quotation_out(text: str, quotation: str) -> None:
    assert not any(sentence.startswith(quotation) for sentence in _summary_texts(text))


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        # Stories whose every sentence is their own language keep their sentences: a Kazakh sentence
        # writing "ы", a Catalan one holding Spanish's "el", "la", "un", a Ukrainian one naming Russia.
        (
            "Астанада үш жүз төсекке арналған жаңа көпсалалы аурухана бүгін ашылды. Құрылысқа бюджеттен он"
            " миллиард теңге бөлінді. Денсаулық сақтау министрі ашылу рәсіміне қатысты. Ауруханада"
            " заманауи құрал-жабдықтар орнатылған.",
            "Астанада үш жүз төсекке арналған",
        ),
        (
            "El Govern ha aprovat aquest dimarts un nou decret per fer front a la sequera a Catalunya. Les"
            " restriccions afectaran més de dos-cents municipis. El conseller ha explicat que la situació és"
            " greu. Els pagesos reclamen ajudes per compensar les pèrdues de la collita.",
            "El Govern ha aprovat",
        ),
        (
            "Росія знову атакувала енергетичну інфраструктуру України вночі. Під ударом опинилися об'єкти у"
            " трьох областях. Енергетики працюють над відновленням живлення. Укренерго закликало"
            " споживачів економити електроенергію.",
            "Росія знову атакувала",
        ),
    ],
)
def test_near_misses_a_story_in_one_language_keeps_its_lede(text: str, lede: str) -> None:
    assert _summary_texts(text)[0].startswith(lede)


@pytest.mark.parametrize(
    "text", ["Ми не будемо «" * 10_000, "«Ми коментувати» — " * 10_000, "би ЦСКА " * 10_000]
)
def test_hostile_repeats_are_read_in_time(text: str) -> None:
    assert detect_language(text)


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Cebuano, which the classifier knows not, by its own words: each had been Tagalog or Bikol.
        ("Duha ka tawo patay sa sunog sa Mandaue", "ceb"),
        ("Presyo sa bugas, mius-os karong semanaha", "ceb"),
        ("Bagyo nga Kristine, misamot kakusog paingon sa Visayas", "ceb"),
        ("Dili na mosaka ang presyo sa gasolina karon semanaha", "ceb"),
        ("Gikan sa Cebu ang barko nga nalunod", "ceb"),
        # A Tagalog headline of no function word, Bikol's reading, none of Bikol's words in it.
        ("Gilas Pilipinas, panalo kontra Jordan", "tl"),
        ("Pacquiao, panalo kontra Thurman", "tl"),
    ],
)
def test_a_philippine_headline_is_read_by_its_own_words(headline: str, language: str) -> None:
    assert detect_language(headline) == language


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Tagalog with its "nga" (indeed) or its own words, and Bikol with its own, stay each.
        ("Kaya nga ba tumaas ang presyo ng bigas?", "tl"),
        ("Marcos, pumirma ng bagong batas sa edukasyon", "tl"),
        ("Dalawang tao patay sa sunog sa Maynila", "tl"),
        ("Ayon sa PAGASA, lalakas pa ang bagyo", "tl"),
        ("Nagtaas an presyo kan bagas sa Naga", "bcl"),
        ("Dae pa nabubukas an tulay sa Legazpi", "bcl"),
        # Swahili, Somali, Hausa and Yoruba headlines were theirs already.
        ("Simba SC yaifunga Yanga mabao mawili", "sw"),
        ("Madaxweyne Xasan Sheekh oo gaaray Nairobi", "so"),
        ("Tinubu ya gana da gwamnonin arewa a Abuja", "ha"),
        ("Òjò ńlá ba ilé jẹ́ ní Ìbàdàn", "yo"),
    ],
)
def test_near_misses_of_philippine_and_african_readings(headline: str, language: str) -> None:
    assert detect_language(headline) == language


# Review of the round: readings the round's rules had made wrong, each right before it.
@pytest.mark.parametrize(
    "headline",
    [
        # Three words or fewer: the classifier's lead over Russian is a name's ("Сыны Алтая" had been Kazakh).
        "Сыны Алтая",
        "Кыргызы и казахи",
        "Выборы в Кыргызстане",
        "Выборы президента Кыргызстана",
        # Russian's "стал" (became), which no Turkic language writes as a word.
        "Ыкылас Дукенулы стал лучшим",
    ],
)
def test_near_misses_a_short_russian_headline_of_central_asia_stays_russian(headline: str) -> None:
    assert detect_language(headline) == "ru"


def test_a_russian_headline_of_a_kyrgyz_name_and_a_verb_stays_russian() -> None:
    # Its verb in Russian's past tense ("обсудил") tells it (the twentieth round).
    assert detect_language("Курултай Кыргызстана обсудил бюджет") == "ru"


@pytest.mark.parametrize(
    "headline",
    [
        # "USA" is no Cebuano "usa" (one): each had been Cebuano.
        "Gilas, talo sa USA",
        "Pilipinas vs USA: talo ang Gilas",
        "Pinoy boxer, wagi sa USA",
        "Marcos, bibisita sa USA sa Mayo",
        "Pinay nurse sa USA, patay sa aksidente",
    ],
)
def test_near_misses_a_tagalog_headline_naming_the_usa_stays_tagalog(headline: str) -> None:
    assert detect_language(headline) == "tl"


SWAHILI_NAMING_AN_ENGLISH_REPORT = (
    "Shirika la Afya Duniani WHO limesema mlipuko wa kipindupindu nchini Kenya umedhibitiwa.\n\n"
    'Ripoti ya "World Health Organization and the Ministry of Health" imeonyesha kupungua kwa visa kwa'
    " asilimia sabini.\n\n"
    "Wizara ya Afya imewataka wananchi kuendelea kuchemsha maji.\n\n"
    "Visa vipya vimeripotiwa katika kaunti mbili."
)


def test_near_miss_a_swahili_sentence_naming_an_english_report_stays_in_the_summary() -> None:
    # Its "and", "the", "of" are 3 of its 17 words: a title's, not an English quotation's.
    texts = _summary_texts(SWAHILI_NAMING_AN_ENGLISH_REPORT)
    assert any(text.startswith("Ripoti ya") for text in texts)
