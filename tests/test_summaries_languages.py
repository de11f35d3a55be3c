"""Summaries of news not in English, read as a reader of that language would: whole sentences, no opening
that leans on a sentence left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nutgraf
from nutgraf.article import reader_words
from nutgraf.engines.default import opens_unresolved
from nutgraf.language import count_words
from nutgraf.segment import make_document, split_sentences

POLISH_FLOOD = """Powódź na Dolnym Śląsku. Ewakuowano 4 tys. osób

Ponad 4 tys. osób ewakuowano w niedzielę z zagrożonych terenów w powiecie kłodzkim. Poziom wody w Nysie Kłodzkiej przekroczył stan alarmowy o ponad 2 m.

Najtrudniejsza sytuacja jest w Kłodzku i Bystrzycy Kłodzkiej, gdzie woda zalała centra miast. Na miejscu pracuje ok. 1,5 tys. strażaków i 800 żołnierzy WOT.

– Woda przyszła w nocy, w ciągu godziny była po kolana – relacjonował mieszkaniec ul. Kościuszki w Kłodzku. Premier zapowiedział pomoc w wysokości 10 tys. zł dla każdej poszkodowanej rodziny.
"""

GERMAN_RELIEF = """Bundesregierung beschließt Entlastungspaket für Pendler

Berlin. Das Bundeskabinett hat am Mittwoch, dem 4. März 2026, ein Entlastungspaket in Höhe von 3,2 Mrd. Euro beschlossen. Pendler sollen ab dem 1. Juli eine höhere Entfernungspauschale erhalten, wie Finanzminister Dr. Klaus Reinhardt (SPD) mitteilte.

Nach Angaben des Ministeriums profitieren rund 12,4 Mio. Arbeitnehmerinnen und Arbeitnehmer, z. B. Pflegekräfte im ländlichen Raum. Der Bund der Steuerzahler sprach von einem „Tropfen auf den heißen Stein“.
"""

DUTCH_HOUSING = """Kabinet trekt 2,5 miljard euro uit voor woningbouw

Het kabinet trekt de komende vier jaar 2,5 miljard euro extra uit om de bouw van betaalbare huurwoningen te versnellen. Dat heeft minister van Volkshuisvesting dinsdag bekendgemaakt na de ministerraad.

"We moeten nu doorpakken, anders lopen we nog jaren achter de feiten aan", zei de minister. Het doel is om jaarlijks 100.000 nieuwe woningen te bouwen, waarvan twee derde betaalbaar.

Hij erkende dat dat doel de afgelopen jaren niet is gehaald. In 2025 werden 82.000 woningen opgeleverd, volgens het CBS. Gemeenten klagen vooral over trage vergunningen en een tekort aan bouwgrond.

De Vereniging van Nederlandse Gemeenten noemt het geld "een goede eerste stap". Woningcorporaties willen echter ook dat de verhuurderheffing definitief verdwijnt. De Tweede Kamer debatteert op 12 maart over de plannen.
"""


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            GERMAN_RELIEF,
            "Das Bundeskabinett hat am Mittwoch, dem 4. März 2026, ein Entlastungspaket in Höhe von 3,2 Mrd. Euro beschlossen.",
        ),
        (POLISH_FLOOD, "Ponad 4 tys. osób ewakuowano w niedzielę z zagrożonych terenów w powiecie kłodzkim."),
    ],
)
def test_a_summary_keeps_a_lede_whole_across_an_abbreviated_amount(text: str, sentence: str) -> None:
    # The summaries had opened on "... in Höhe von 3,2 Mrd." and on "osób ewakuowano w niedzielę ...".
    summary = nutgraf.summarize(text)
    assert sentence in [s.text for s in summary.sentences]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach Angaben des Ministeriums profitieren rund 12,4 Mio. Arbeitnehmerinnen und Arbeitnehmer.",
        "Das Paket kostet 3,2\u00a0Mrd. Euro und hilft z.\u202fB. Pendlern im ländlichen Raum.",
        "Die sog. Schuldenbremse bleibt in Kraft.",
        "Na miejscu pracuje ok. 1,5 tys. strażaków i 800 żołnierzy.",
        "Ponad 20 tys. Polaków wyjechało w zeszłym roku.",
        "Przedsiębiorcy zaoszczędzą średnio 2,4 tys. zł rocznie.",
        "Pan Józef Nowak otwiera swój zakład przy ul. Długiej 12 w Gdańsku.",
        "Miasto zapowiedziało program dla tzw. rzemiosła ginącego.",
        "Директор института акад. Сергей Иванов рассказал о проблемах науки.",
        "Жителей просят звонить по ст. 112 в любое время.",
        "El presidente de EE. UU. anunció nuevos aranceles.",
        "Los sindicatos CC. OO. y UGT celebraron la decisión.",
        "Dit geldt bijv. voor scholen in de hele provincie.",
        "Zob. także art. 5 ust. 2 ustawy z dn. 5 maja.",
        "Han kom kl. 5 på morgonen till hamnen.",
        "Recorren aprox. 250 kilómetros hasta los pastos de verano.",
        "Младший научный сотрудник получает около 60 тыс. руб. в месяц.",
        "Зарплата составляет 60 тыс. руб. (без учета премий).",
        "Příjmy státu by měly dosáhnout 2,3 bil. Kč, výdaje 2,53 bil. Kč.",
        "Proiectul costă 5 mil. lei și va fi gata în 2027.",
        "Οι ταξιδιωτικές εισπράξεις έφτασαν τα 7,2 δισ. ευρώ, αυξημένες κατά 8%.",
        # Polish business copy's quarter, this year and this month ("kwartał", "bieżącego roku",
        # "bieżącego miesiąca"): "br." had been a sentence of its own.
        "Sprzedaż spółki wzrosła w I kw. br. o 5 proc. w porównaniu z ubiegłym rokiem.",
        "Ustawa weszła w życie 1 stycznia br. i obowiązuje wszystkie firmy.",
        "Spotkanie zaplanowano na 15 bm. w Krakowie.",
        "W marcu br. Sejm przyjął nowelizację ustawy.",
    ],
)
def test_abbreviations_of_news_in_other_languages_end_no_sentence(sentence: str) -> None:
    assert sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es kostet 3 Mrd. Die Opposition ist dagegen.", ["Es kostet 3 Mrd.", "Die Opposition ist dagegen."]),
        ("Obserwuje go ponad 20 tys. To rekord.", ["Obserwuje go ponad 20 tys.", "To rekord."]),
        ("We hope she's ok. we are taking action.", ["We hope she's ok.", "we are taking action."]),
        ("La obra costó 300 mil. El gobierno pagó.", ["La obra costó 300 mil.", "El gobierno pagó."]),
        (
            "Los aranceles de EE. UU. El Gobierno chino respondió.",
            ["Los aranceles de EE. UU.", "El Gobierno chino respondió."],
        ),
        ("He fought in World War II. Germany lost.", ["He fought in World War II.", "Germany lost."]),
        (
            "Діти отримуватимуть 4 тис. грн. Раніше ці суми були меншими.",
            ["Діти отримуватимуть 4 тис. грн.", "Раніше ці суми були меншими."],
        ),
        (
            "Rząd przedstawi projekt do końca br. Opozycja go krytykuje.",
            ["Rząd przedstawi projekt do końca br.", "Opozycja go krytykuje."],
        ),
        # Before a quotation opening on a capital, as before the capital itself ("This year's in March. 'It
        # is a good day', said the minister.").
        (
            "Ustawa weszła w życie w marcu br. „To dobry dzień” – powiedział minister.",
            ["Ustawa weszła w życie w marcu br.", "„To dobry dzień” – powiedział minister."],
        ),
        # The kilowatt is no Polish "kwartał" (quarter): "It delivers 150 kW. That is enough." had run on.
        ("Er leistet 150 kW. Das reicht.", ["Er leistet 150 kW.", "Das reicht."]),
        ("Moc wynosi 3 kW. Nowa instalacja działa.", ["Moc wynosi 3 kW.", "Nowa instalacja działa."]),
    ],
)
def test_an_abbreviated_amount_or_a_word_can_still_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_dutch_summary_opens_on_its_lede() -> None:
    # "Het" is the article ("Het kabinet", "Het KNMI") far more often than "it": the Dutch lede had been
    # passed over as an opening that leans back, and the summary opened on a quotation.
    summary = nutgraf.summarize(DUTCH_HOUSING)
    assert summary.sentences[0].text.startswith("Het kabinet trekt de komende vier jaar"), summary.text


def test_a_dutch_summary_does_not_open_on_what_it_left_out() -> None:
    # Both had opened "Dat heeft minister van Volkshuisvesting dinsdag bekendgemaakt ...", "dat" (that)
    # pointing at the lede they left out.
    for summary in (nutgraf.summarize(DUTCH_HOUSING), nutgraf.summarize(DUTCH_HOUSING, form="tldr")):
        assert not summary.sentences[0].text.startswith("Dat "), summary.text


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("Dat zei hij in een interview met de NOS.", "nl"),
        ("Sin embargo, la patronal CEOE se desmarcó del acuerdo.", "es"),
        ("No obstante, el Gobierno mantiene la medida.", "es"),
        ("Кроме того, регулятор не исключил повышения ставки.", "ru"),
        ("Крім того, пошкоджено зерновий термінал.", "uk"),
        ("No entanto, os ministérios foram preservados.", "pt"),
        ("Egli ha poi ringraziato i volontari.", "it"),
        ("Han har fiskat hummer här i 45 år.", "sv"),
        ("Ancak kira son iki yılda üç katına çıktı.", "tr"),
        ("Zudem soll das Deutschlandticket bleiben.", "de"),
    ],
)
def test_openings_that_lean_back_are_known_in_other_languages(opening: str, language: str) -> None:
    assert opens_unresolved(make_document(opening, language=language).words[0], language)


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("Sin agua, los agricultores pierden la cosecha.", "es"),
        ("Кроме детей, в доме никого не было.", "ru"),
        ("Den svenska regeringen föreslår en sänkning.", "sv"),
        ("Die Regierung hat beschlossen.", "de"),
        ("Het kabinet trekt 2,5 miljard euro extra uit.", "nl"),
    ],
)
def test_openings_that_only_look_like_it_are_not(opening: str, language: str) -> None:
    assert not opens_unresolved(make_document(opening, language=language).words[0], language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Школу пошкодили під час бойових дій у березні 2022 р. Її відбудували коштом донорів.",
            ["Школу пошкодили під час бойових дій у березні 2022 р.", "Її відбудували коштом донорів."],
        ),
        ("Маяк построен в 1911 г. Сейчас он работает.", ["Маяк построен в 1911 г.", "Сейчас он работает."]),
        (
            "Sejm uchwalił ustawę 14 marca 2026 r. Opozycja protestuje.",
            ["Sejm uchwalił ustawę 14 marca 2026 r.", "Opozycja protestuje."],
        ),
        ("В марте 2014 г. Россия аннексировала Крым.", ["В марте 2014 г. Россия аннексировала Крым."]),
        ("24 февраля 2022 г. Россия начала вторжение.", ["24 февраля 2022 г. Россия начала вторжение."]),
        (
            "Маяк построен в 1911 г. и до сих пор работает.",
            ["Маяк построен в 1911 г. и до сих пор работает."],
        ),
        # A street's "ul." before the date had been taken for the end of a sentence, the date for the
        # opening of the next one: the two stayed one sentence.
        (
            "Dom stanął na ul. Długiej w 2026 r. Opozycja protestuje.",
            ["Dom stanął na ul. Długiej w 2026 r.", "Opozycja protestuje."],
        ),
        (
            "Дом на ул. Ленина с 1911 г. Сейчас там музей.",
            ["Дом на ул. Ленина с 1911 г.", "Сейчас там музей."],
        ),
        # Kyrgyz writes its year's mark onto the number ("2024-ж.", of "жыл"): a Bishkek school's opening
        # had been cut after it, before its day ("5-июнда") and before its verb.
        (
            "Бишкек шаарында 2024-ж. 5-июнда жаңы мектеп ачылды. Мектепке 1,2 млн сом жумшалган.",
            ["Бишкек шаарында 2024-ж. 5-июнда жаңы мектеп ачылды.", "Мектепке 1,2 млн сом жумшалган."],
        ),
        ("Мектеп 2024-ж. ачылды. Ал чоң.", ["Мектеп 2024-ж. ачылды.", "Ал чоң."]),
        (
            "Мектептин курулушу көп жылга созулуп, 2024-ж. Эми ал бүттү.",
            ["Мектептин курулушу көп жылга созулуп, 2024-ж.", "Эми ал бүттү."],
        ),
    ],
)
def test_a_years_mark_ends_a_sentence_but_not_the_date_opening_one(text: str, expected: list[str]) -> None:
    # A Ukrainian summary's sentence had run on across "... у березні 2022 р. Її відбудували ...": the
    # year's mark, a single letter, was read as an initial.
    assert sentences(text) == expected


RUSSIAN_INTERVIEW = """Академик Иванов: «Нам нужно больше молодых ученых»

Директор Института физики твердого тела РАН акад. Сергей Иванов рассказал в интервью о проблемах российской науки и о том, как удержать молодых исследователей.

— Сергей Викторович, сколько молодых ученых работает в вашем институте?

— Около 40%, т. е. примерно 180 человек до 39 лет. Это хороший показатель, но нам нужно больше.

— Почему молодые уходят из науки?

— Прежде всего из-за зарплат. Младший научный сотрудник получает около 60 тыс. руб. в месяц. В IT-компании он получит втрое больше.

— Что может изменить ситуацию?

— Гранты, жилье и современное оборудование. И еще — интересные задачи. Молодые люди идут туда, где интересно.
"""


def test_an_interviewers_question_after_a_dialogue_dash_stays_out_of_the_summary() -> None:
    # The summary had carried "Сергей Викторович, сколько молодых ученых работает в вашем институте?", a
    # question alone on its line but for the dash that opens a line of dialogue in Russian, Ukrainian and
    # Polish interviews.
    summary = nutgraf.summarize(RUSSIAN_INTERVIEW)
    assert not any(s.text.endswith("?") for s in summary.sentences), summary.text


def test_the_first_sentence_of_a_reply_in_dialogue_stays_out_of_the_summary() -> None:
    # It answers the question the summary leaves out: "Около 40%, т. е. примерно 180 человек до 39 лет."
    summary = nutgraf.summarize(RUSSIAN_INTERVIEW)
    assert not any(s.text.startswith(("Около 40%", "Прежде всего")) for s in summary.sentences), summary.text


SPANISH_INTERVIEW = """Dr. Javier Morales: «La atención primaria está al borde del colapso»

El Dr. Javier Morales, presidente de la Sociedad Española de Medicina de Familia, lleva 25 años pasando consulta en un centro de salud de Vallecas. Atiende una media de 52 pacientes al día.

Pregunta. ¿Cuál es el principal problema de la atención primaria?

Respuesta. La falta de médicos. En la Comunidad de Madrid faltan unos 600 facultativos, y muchas plazas quedan vacantes porque nadie quiere trabajar en estas condiciones.

P. ¿Qué propone?

R. Limitar las consultas a 30 pacientes por día, mejorar los sueldos y dar más estabilidad a los contratos. Sin eso, los jóvenes seguirán marchándose a Francia o al Reino Unido.

P. La consejera de Sanidad dice que se han contratado 200 médicos este año.

R. Eso es cierto, pero se han jubilado 350. Las cuentas no salen.
"""


def test_el_pais_interview_labels_are_turns() -> None:
    # El País labels an interview's first turns "Pregunta." and "Respuesta.", the others "P." and "R.": the
    # summary had carried the interviewer's "¿Cuál es el principal problema de la atención primaria?", and
    # with avoid=["questions"] "P. La consejera de Sanidad dice ...", its label and all.
    for summary in (
        nutgraf.summarize(SPANISH_INTERVIEW),
        nutgraf.summarize(SPANISH_INTERVIEW, avoid=["questions"]),
    ):
        assert not any(s.text.endswith("?") or s.text.startswith("P. ") for s in summary.sentences), (
            summary.text
        )
    assert "Limitar las consultas a 30 pacientes por día" in " ".join(sentences(SPANISH_INTERVIEW))
    assert not any(
        sentence.startswith(("P. ", "R. ", "Pregunta", "Respuesta"))
        for sentence in sentences(SPANISH_INTERVIEW)
    )


def test_a_line_opening_on_an_initial_is_no_interview_turn() -> None:
    text = "R. Kelly was sentenced on Friday.\nHis lawyers said they would appeal.\nR. Kelly denies the charges.\n"
    assert sentences(text)[0] == "R. Kelly was sentenced on Friday."


ITALIAN_INTERVIEW = """Il prof. Carlo Bianchi: «La fisica non ha ancora capito il tempo»

Il fisico teorico prof. Carlo Bianchi insegna all'Università di Marsiglia. Il suo ultimo libro, uscito il 12 marzo, è già alla quinta ristampa.

Professore, perché un libro sul tempo?

«Perché è la cosa più familiare e più misteriosa che abbiamo. Tutti sappiamo cos'è, nessuno sa spiegarlo.»

La relatività ha cambiato la nostra idea del tempo?

«Completamente. Il tempo scorre più lentamente in montagna che al mare, di pochi miliardesimi di secondo. Sembra poco, ma significa che non esiste un tempo unico per tutto l'universo.»

Cosa direbbe a un ragazzo che vuole studiare fisica?

«Di farlo. Non per trovare lavoro, anche se lo troverà, ma perché non c'è niente di più bello che capire come funziona il mondo.»
"""


def test_a_summary_sentence_does_not_open_a_quotation_it_never_closes() -> None:
    # The summary had carried "«Perché è la cosa più familiare e più misteriosa che abbiamo.", the first
    # sentence of a quotation of two, its guillemet closing on nothing.
    for summary in (
        nutgraf.summarize(ITALIAN_INTERVIEW),
        nutgraf.summarize(ITALIAN_INTERVIEW, length="long"),
    ):
        for sentence in summary.sentences:
            assert sentence.text.count("«") == sentence.text.count("»"), sentence.text


HINDI_RATES = """भारतीय रिजर्व बैंक ने रेपो दर में 0.25 प्रतिशत की कटौती की
भारतीय रिजर्व बैंक ने शुक्रवार को रेपो दर में 25 आधार अंकों की कटौती करते हुए इसे 5.75 प्रतिशत कर दिया। इससे घर और कार के कर्ज सस्ते होने की उम्मीद है।
आरबीआई गवर्नर ने मौद्रिक नीति समिति की बैठक के बाद कहा कि महंगाई दर नियंत्रण में है और अर्थव्यवस्था को समर्थन देने की जरूरत है। खुदरा महंगाई दर पिछले महीने 3.2 प्रतिशत रही थी।
बैंक ने चालू वित्त वर्ष के लिए जीडीपी वृद्धि का अनुमान 6.5 प्रतिशत पर बरकरार रखा। विशेषज्ञों का मानना है कि आगे भी दरों में कटौती हो सकती है।
शेयर बाजार ने इस फैसले का स्वागत किया और सेंसेक्स 600 अंक चढ़कर बंद हुआ।
"""


def test_a_hindi_summary_is_of_sentences_ending_on_a_danda_not_of_its_headline() -> None:
    # The danda ends a Hindi sentence as the period does: taken for no final stop, every sentence was
    # barred and the summary opened on the headline, with no stop, run into the next sentence.
    summary = nutgraf.summarize(HINDI_RATES)
    assert summary.sentences[0].text.startswith("भारतीय रिजर्व बैंक ने शुक्रवार को"), summary.text
    assert all(sentence.text.endswith("।") for sentence in summary.sentences), summary.text


THAI_RATES = """ธนาคารแห่งประเทศไทยลดอัตราดอกเบี้ยนโยบายเหลือ 2.00%
วันที่ 5 ตุลาคม 2569 เวลา 09:30 น.
คณะกรรมการนโยบายการเงิน หรือ กนง. มีมติ 5 ต่อ 2 เสียง ให้ลดอัตราดอกเบี้ยนโยบายลง 0.25% จาก 2.25% เหลือ 2.00% ต่อปี มีผลทันที โดยให้เหตุผลว่าเศรษฐกิจไทยมีแนวโน้มขยายตัวช้ากว่าที่คาดไว้ การส่งออกได้รับผลกระทบจากนโยบายการค้าของสหรัฐอเมริกา และอัตราเงินเฟ้อทั่วไปยังอยู่ต่ำกว่ากรอบเป้าหมาย
เลขานุการ กนง. กล่าวว่า คณะกรรมการประเมินว่าเศรษฐกิจไทยในปีนี้จะขยายตัวได้ราว 2.5% ลดลงจากประมาณการเดิมที่ 2.9% ภาคการท่องเที่ยวยังคงเป็นแรงขับเคลื่อนสำคัญ แต่การลงทุนภาคเอกชนยังชะลอตัว กรรมการ 2 ท่านเห็นควรให้คงอัตราดอกเบี้ยไว้ เพื่อรักษาขีดความสามารถในการดำเนินนโยบายการเงินในอนาคต
นักวิเคราะห์จากธนาคารพาณิชย์หลายแห่งมองว่า การลดดอกเบี้ยครั้งนี้จะช่วยลดภาระหนี้ของครัวเรือนและธุรกิจขนาดเล็กได้บ้าง อย่างไรก็ตาม ธนาคารพาณิชย์อาจไม่ปรับลดอัตราดอกเบี้ยเงินกู้ลงทั้งหมดตามอัตราดอกเบี้ยนโยบาย เนื่องจากยังกังวลเรื่องคุณภาพสินเชื่อ
"""


def test_a_thai_summary_is_of_its_sentences_not_its_abbreviations_time_stamp_or_whole_paragraphs() -> None:
    # Thai writes no final stop: every line was barred but the time stamp, whose "น." ends on a period, and
    # the summary was "วันที่ 5 ตุลาคม 2569 เวลา 09:30 น." or "เลขานุการ กนง." (cut at the abbreviation's
    # period), or, taking whole paragraphs, nine tenths of the article.
    summary = nutgraf.summarize(THAI_RATES)
    texts = [sentence.text for sentence in summary.sentences]
    assert len(texts) == 3, texts
    assert not any(text.endswith(".") for text in texts), texts
    assert texts[0].startswith("คณะกรรมการนโยบายการเงิน หรือ กนง. มีมติ"), texts
    assert summary.reduction is not None and summary.reduction.share > 0.4, summary.reduction


TAIWAN_TYPHOON = """首頁 | 政治 | 社會 | 國際
颱風凱米登陸 全台停班停課
2026/07/24 20:10 中央社記者林志明台北24日電
颱風凱米今天下午在宜蘭南澳登陸，中央氣象署表示，颱風中心預計明天清晨從桃園出海，全台各縣市宣布25日停班停課。
氣象署預報員指出，颱風暴風圈涵蓋全台，北部及東北部山區累積雨量可能超過1000毫米。「這是近八年來最強的登陸颱風。」氣象署長說。
截至晚間8時，全台已有超過30萬戶停電，台電正全力搶修。行政院長在中央災害應變中心表示，國軍已預置兵力協助各地救災。
「大家準備好了嗎？」一名宜蘭居民在臉書上問道。許多民眾趕在颱風來襲前搶購蔬菜和泡麵，超市貨架一度被搬空。
交通部表示，台灣高鐵25日全天停駛，國內航線全數取消，國際航線也有多班延誤或取消。
延伸閱讀：颱風假怎麼放？勞動部說明
本網站內容版權所有，轉載請註明出處
"""


def test_a_chinese_summary_keeps_its_lede_over_a_quotation() -> None:
    # Every Chinese sentence was read as under six words: the lede, which says the typhoon made landfall,
    # scored below a quotation with its attribution and fell out of the summary.
    summary = nutgraf.summarize(TAIWAN_TYPHOON)
    assert summary.sentences[0].text.startswith("颱風凱米今天下午在宜蘭南澳登陸"), summary.text


ARMENIAN_BUSES = """Երևանի քաղաքապետարանն այսօր գործարկել է ավտոբուսային հինգ նոր երթուղի։ Երթուղիները ծայրամասային \
թաղամասերը կապում են քաղաքի կենտրոնի հետ։ Նոր ավտոբուսները էլեկտրական են և ունեն օդորակիչ։

Քաղաքապետի խոսքով՝ նախագիծն արժեցել է մոտ 20 միլիոն դոլար։ Գումարի մի մասը տրամադրել է Եվրոպական \
վերակառուցման և զարգացման բանկը։ Քաղաքապետարանը հաջորդ տարի նախատեսում է բացել ևս յոթ երթուղի։

Բնակիչները դրական են արձագանքել նորությանը։ Շատերը նշում են, որ սպասման ժամանակը զգալիորեն կրճատվել է։ \
Տրանսպորտի փորձագետները, սակայն, զգուշացնում են, որ խցանումները դեռ լուրջ խնդիր են։"""


def test_an_armenian_summary_is_of_sentences_not_paragraphs() -> None:
    # The segmenter did not read Armenian's full stop "։" (nor Amharic's, Khmer's, Burmese's), which the
    # text stage did: each paragraph was one "sentence", and the summary gave the article back whole.
    summary = nutgraf.summarize(ARMENIAN_BUSES)
    assert (
        summary.sentences[0].text == "Երևանի քաղաքապետարանն այսօր գործարկել է ավտոբուսային հինգ նոր երթուղի։"
    )
    assert all(sentence.text.count("։") == 1 for sentence in summary.sentences)


def test_an_armenian_story_typed_with_colons_for_full_stops_is_summarized_as_with_its_own_stop() -> None:
    # Armenian sites and keyboards type the full stop "։" as the ASCII colon: each paragraph had been one
    # sentence, the summary three whole paragraphs, where the same story with "։" gave three sentences.
    typed = ARMENIAN_BUSES.replace("։", ":")
    summary = nutgraf.summarize(typed)
    with_its_stop = nutgraf.summarize(ARMENIAN_BUSES)
    assert [s.text for s in summary.sentences] == [s.text.replace("։", ":") for s in with_its_stop.sentences]
    assert all(sentence.text.count(":") == 1 for sentence in summary.sentences)


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        # Amharic: "The city's transport bureau has launched new bus routes. The buses run from six in the morning."
        ("የከተማው ትራንስፖርት ቢሮ አዳዲስ የአውቶቡስ መስመሮችን አስጀምሯል። አውቶቡሶቹ ከጠዋቱ አንድ ሰዓት ጀምሮ ይሰራሉ።", "።"),
        # Burmese: "Heavy rain fell in Yangon. Traffic was jammed for hours."
        ("ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်။ ယာဉ်ကြောများ နာရီအတော်ကြာ ပိတ်ဆို့ခဲ့သည်။", "။"),
        # Khmer: "The exam takes place on 4 November. Results will be announced at the end of December."
        ("ការប្រឡងនឹងប្រព្រឹត្តទៅនៅថ្ងៃទី៤ ខែវិច្ឆិកា។ លទ្ធផលប្រឡងនឹងត្រូវប្រកាសនៅចុងខែធ្នូ។", "។"),
        # Armenian: "New buses will run in Yerevan. They have air conditioning."
        ("Երևանում կշահագործվեն նոր ավտոբուսներ։ Նոր ավտոբուսներն ունեն օդորակիչ։", "։"),
    ],
)
def test_amharic_burmese_khmer_and_armenian_sentences_end_on_their_full_stops(text: str, stop: str) -> None:
    # Each script writes a full stop of its own: a paragraph had been one sentence, and a TL;DR two.
    assert [text[span.start : span.end] for span in split_sentences(text)] == [
        sentence + stop for sentence in text.split(stop + " ")[:1]
    ] + [text.split(stop + " ", 1)[1]]


@pytest.mark.parametrize(
    ("page", "stop"), [("r12-km-khmer-exam", "។"), ("r12-my-burmese-rain", "။"), ("r11-am-amharic-fana", "።")]
)
def test_a_khmer_burmese_or_amharic_summary_opens_on_its_lede_sentence(page: str, stop: str) -> None:
    # The default engine's pool keeps sentences that end on a final stop: without these scripts' own, every
    # sentence was barred, and a Khmer summary opened on its second sentence.
    gold = json.loads(
        (Path(__file__).parent.parent / "bench" / "extraction_pages" / "ground-truth.json").read_text(
            encoding="utf-8"
        )
    )[page]["articleBody"]
    summary = nutgraf.summarize(gold, sentences=2)
    assert summary.sentences[0].text == gold[: gold.index(stop) + 1]


@pytest.mark.parametrize(("page", "words"), [("r12-km-khmer-exam", 60), ("r12-my-burmese-rain", 25)])
def test_a_budget_in_words_is_a_readers_words_in_khmer_and_burmese(page: str, words: int) -> None:
    # Their word tokens are pieces of words cut at each vowel sign: Khmer's words=60 had given 35 words
    # (156 letters, some 4.4 a word), Burmese's words=25 eight (one sentence of 38 letters).
    gold = json.loads(
        (Path(__file__).parent.parent / "bench" / "extraction_pages" / "ground-truth.json").read_text(
            encoding="utf-8"
        )
    )[page]["articleBody"]
    summary = nutgraf.summarize(gold, sentences=None, words=words)
    read = reader_words(" ".join(sentence.text for sentence in summary.sentences), summary.language)
    assert 0.7 * words <= read <= words


def _spaced_words(text: str) -> int:
    """A text's words as a reader of a language written with spaces counts them: what stands between them,
    punctuation aside (a decimal figure, "0.25", two, as nutgraf counts it in every language)."""
    return len([word for word in text.replace(".", " ").split() if any(c.isalnum() for c in word)])


def test_a_hindi_reduction_counts_the_reader_s_words_and_a_budget_in_words_is_kept() -> None:
    # Python's \w leaves out Devanagari's vowel signs and virama: "नियंत्रण" (control) had been four
    # words, the article 218 where a reader counts 126, its reading time and "words=40" alike.
    summary = nutgraf.summarize(HINDI_RATES)
    assert summary.reduction is not None
    assert summary.reduction.article_words == _spaced_words(summary.source)
    assert summary.reduction.summary_words == _spaced_words(summary.text)
    budgeted = nutgraf.summarize(HINDI_RATES, sentences=None, words=40)
    assert 0.6 * 40 <= _spaced_words(budgeted.text) <= 40, budgeted.text


# "Tehran's scheduled blackouts begin next week": the power ministry's announcement, its spokesman, the
# residents' complaint, as Iranian agencies set it, with the zero-width non-joiner inside verbs and plurals.
PERSIAN_BLACKOUTS = """خاموشی‌های برنامه‌ریزی‌شده در تهران از هفته آینده آغاز می‌شود

وزارت نیرو اعلام کرد که از شنبه آینده برق برخی مناطق تهران در ساعات اوج مصرف به مدت دو ساعت قطع \
می‌شود. سخنگوی صنعت برق گفت جدول خاموشی‌ها از طریق اپلیکیشن «برق من» در دسترس شهروندان قرار می‌گیرد.

به گفته این مقام مسئول، مصرف برق در روزهای گذشته به بیش از ۷۲ هزار مگاوات رسیده است. او از مردم \
خواست وسایل پرمصرف را در ساعات اوج روشن نکنند.

شماری از کسبه بازار تهران می‌گویند خاموشی‌ها زیان‌های زیادی به آن‌ها وارد کرده است. آن‌ها خواستار \
اطلاع‌رسانی زودتر و جبران خسارت شده‌اند."""


def test_a_persian_reduction_counts_a_word_with_a_zero_width_non_joiner_once() -> None:
    # Persian writes a zero-width non-joiner inside its verbs and plurals ("می‌شود", "خاموشی‌ها"): one word
    # to a reader, which the reduction had counted as two (the article 100 words where a reader counts 90).
    summary = nutgraf.summarize(PERSIAN_BLACKOUTS)
    assert summary.language == "fa"
    assert summary.reduction is not None
    assert summary.reduction.article_words == _spaced_words(summary.source)
    assert summary.reduction.summary_words == _spaced_words(summary.text)


def test_a_thai_summary_in_words_keeps_its_budget_and_counts_the_articles_words() -> None:
    # A Thai budget in words and the reduction a reader is shown both rest on the article's words as its
    # word list divides them, counted once for both (speed only: the count a reader is shown is this one).
    text = (Path(__file__).parent / "keyphrase_articles" / "th_1.txt").read_text(encoding="utf-8")
    summary = nutgraf.summarize(text, sentences=None, words=40)
    assert summary.language == "th"
    assert summary.reduction is not None
    assert summary.reduction.article_words == count_words(summary.source, "th")
    read = reader_words(" ".join(sentence.text for sentence in summary.sentences), "th")
    assert 0.7 * 40 <= read <= 40


# The eleventh languages round: close pairs a reader meets every day, a paragraph of real-style news in each,
# what a reader expects written before nutgraf ran: the language (or an honest close one: Bosnian and
# Croatian for each other; Nynorsk is Norwegian, Valencian Catalan), every sentence cut where it ends (past
# ordinal dates "1. siječnja 2026.", "1. ledna", numbers "1.200.000", "3,5", "20 mld. Kč", "4.3 juta", and
# the pair's quotation marks „...“, »...«, «...»), and no tag of the calendar ("siječnja", "januára",
# "året"), no verb of saying ("rekao", "sier", "siger", "uviedol", "dixo"), no "according to" ("Ifølge",
# "Segundo", "Segons"), "next" ("příští", "budúci", "sledeću") or "this" (Valencian's "este"), each of which
# had been one.
_CLOSE_PAIRS = [
    (
        "bs",
        {"bs", "hr"},
        4,
        "Vlada Kantona Sarajevo usvojila je u utorak odluku o besplatnom javnom prijevozu za"
        " penzionere. Prema riječima premijera, mjera će koštati 3,5 miliona KM godišnje i počet"
        " će se primjenjivati od 1. januara. „Ovo je pitanje dostojanstva naših starijih"
        " sugrađana“, rekao je premijer. Odluku su podržali i sindikati penzionera.",
        {"januara", "rekao"},
    ),
    (
        "hr",
        {"bs", "hr"},
        4,
        "Hrvatski sabor izglasao je u petak izmjene Zakona o porezu na dohodak. Prema riječima"
        " ministra financija, promjene će od 1. siječnja 2026. donijeti veće plaće za oko"
        " 1.200.000 zaposlenika. „Ovo je najveće rasterećenje rada u posljednjih deset godina“,"
        " rekao je ministar. Oporba je kritizirala zakon jer, kako tvrdi, ne pomaže"
        " umirovljenicima.",
        {"Ovo", "oko", "rekao", "siječnja", "tvrdi"},
    ),
    (
        "sr",
        {"sr"},
        4,
        "Vlada Srbije usvojila je u četvrtak predlog budžeta za sledeću godinu. Prema rečima"
        " ministra finansija, deficit će iznositi 2,9 odsto BDP-a, a plate u javnom sektoru biće"
        " povećane od 1. januara. „Ovo je razvojni budžet“, rekao je ministar. Opozicija tvrdi da"
        " novac neće stići do građana u unutrašnjosti.",
        {"januara", "rekao", "sledeću"},
    ),
    (
        "ms",
        {"ms"},
        3,
        "Kerajaan Malaysia mengumumkan bahawa gaji minimum akan dinaikkan kepada RM1,700 sebulan"
        " mulai 1 Februari. Menteri Sumber Manusia berkata keputusan itu dibuat selepas rundingan"
        " dengan majikan dan kesatuan sekerja. Kenaikan itu dijangka memberi manfaat kepada lebih"
        " 4.3 juta pekerja, kerana kos sara hidup semakin meningkat.",
        set(),
    ),
    (
        "id",
        {"id"},
        3,
        "Pemerintah Indonesia mengumumkan bahwa upah minimum provinsi akan naik 6,5 persen mulai 1"
        " Januari 2026. Menteri Ketenagakerjaan mengatakan keputusan itu diambil setelah"
        " berdiskusi dengan pengusaha dan serikat buruh. Kenaikan tersebut diharapkan membantu"
        " sekitar 40 juta pekerja karena harga kebutuhan pokok terus naik.",
        set(),
    ),
    (
        "nb",
        {"no"},
        3,
        "Regjeringen foreslår å senke momsen på strøm fra 1. januar. Ifølge finansministeren vil"
        " tiltaket koste staten rundt 4,5 milliarder kroner i året. – Dette er et viktig grep for"
        " folk med dårlig råd, sier han til NRK.",
        {"Ifølge", "januar", "sier", "året"},
    ),
    (
        "nn",
        {"no"},
        3,
        "Regjeringa føreslår å senke momsen på straum frå 1. januar. Ifølgje finansministeren vil"
        " tiltaket koste staten rundt 4,5 milliardar kroner i året. – Dette er eit viktig grep for"
        " folk som har dårleg råd, seier han til NRK.",
        {"Ifølgje", "frå", "januar", "seier", "året"},
    ),
    (
        "da",
        {"da"},
        3,
        "Regeringen foreslår at sænke afgiften på el fra 1. januar. Ifølge finansministeren vil"
        " tiltaget koste staten omkring 4,5 milliarder kroner om året. »Det er et vigtigt skridt"
        " for familier med dårlig økonomi,« siger han til DR.",
        {"Ifølge", "januar", "siger", "året"},
    ),
    (
        "cs",
        {"cs"},
        4,
        "Vláda ve středu schválila návrh státního rozpočtu na příští rok. Schodek má podle"
        " ministra financí dosáhnout 230 miliard korun, tedy o 20 mld. Kč méně než letos. „Je to"
        " rozpočet odpovědný vůči budoucím generacím,“ uvedl ministr. Opozice návrh kritizuje a"
        " žádá vyšší výdaje na zdravotnictví od 1. ledna.",
        {"ledna", "letos", "mld", "příští", "uvedl"},
    ),
    (
        "sk",
        {"sk"},
        4,
        "Vláda v stredu schválila návrh štátneho rozpočtu na budúci rok. Schodok má podľa ministra"
        " financií dosiahnuť 4,7 percenta HDP, teda o 0,5 percentuálneho bodu menej ako tento rok."
        " „Je to rozpočet zodpovedný voči budúcim generáciám,“ uviedol minister. Opozícia návrh"
        " kritizuje a žiada vyššie výdavky na zdravotníctvo od 1. januára.",
        {"budúci", "januára", "rok", "uviedol"},
    ),
    (
        "gl",
        {"gl"},
        3,
        "A Xunta de Galicia aprobou onte un plan de 120 millóns de euros para mellorar o"
        " transporte público nas zonas rurais. Segundo o conselleiro, as novas liñas de autobús"
        " chegarán a todos os concellos antes do verán. «Non pode haber veciños de primeira e de"
        " segunda», dixo.",
        {"Segundo", "dixo", "todos"},
    ),
    (
        "pt",
        {"pt"},
        3,
        "O Governo aprovou ontem um plano de 120 milhões de euros para melhorar o transporte"
        " público nas zonas rurais. Segundo o ministro, as novas linhas de autocarro vão chegar a"
        " todos os concelhos antes do verão. «Não pode haver cidadãos de primeira e de segunda»,"
        " disse.",
        set(),
    ),
    (
        "ca",
        {"ca"},
        3,
        "El Govern ha aprovat aquest dimarts un pla de 250 milions d'euros per millorar la xarxa"
        " de Rodalies. Segons la consellera, les obres començaran l'1 de març i s'allargaran fins"
        " al 2028. «Els usuaris no poden continuar patint cada dia», ha dit.",
        {"Segons"},
    ),
    (
        "va",
        {"ca"},
        3,
        "La Generalitat Valenciana ha aprovat este dimarts un pla de 250 milions d'euros per a"
        " millorar la xarxa de Metrovalència. Segons la consellera, les obres començaran l'1 de"
        " març i s'allargaran fins a 2028. «Els usuaris no poden continuar patint cada dia», ha"
        " dit.",
        {"Segons", "este"},
    ),
]


@pytest.mark.parametrize(
    ("name", "languages", "sentences", "text", "not_tags"),
    _CLOSE_PAIRS,
    ids=[case[0] for case in _CLOSE_PAIRS],
)
def test_a_close_pairs_paste_is_named_cut_and_tagged_as_a_reader_expects(
    name: str, languages: set[str], sentences: int, text: str, not_tags: set[str]
) -> None:
    summary = nutgraf.summarize(text, sentences=10)
    assert summary.article.language in languages
    assert len(summary.sentences) == sentences, [sentence.text for sentence in summary.sentences]
    tags = {keyphrase.text for keyphrase in nutgraf.keyphrases(text, top=10)}
    assert not tags & not_tags, tags


@pytest.mark.parametrize(
    "text",
    [
        (
            "Dilli mein aaj subah se bhari baarish ho rahi hai aur kai ilaakon mein paani bhar gaya"
            " hai. Mausam vibhag ne kaha ki agle do din tak baarish jaari rahegi. Logon se ghar se"
            " bahar na nikalne ki apeel ki gayi hai."
        ),
        (
            "Lahore mein aaj subah se shadeed barish ho rahi hai aur kai ilaqon mein pani jama ho gaya"
            " hai. Mehkama mosmiyat ne kaha hai ke agle do din tak barish ka silsila jari rahega."
            " Shehriyon se guzarish ki gayi hai ke wo ghairzaroori safar se gurez karein."
        ),
    ],
)
def test_romanized_hindi_or_urdu_is_named_hindi_or_urdu_and_tagged_without_its_function_words(
    text: str,
) -> None:
    # Delhi's and Lahore's heavy rain, as readers type it in Latin letters.
    assert nutgraf.summarize(text).article.language in ("hi", "ur")
    tags = {keyphrase.text for keyphrase in nutgraf.keyphrases(text, top=10)}
    assert not tags & {"hai", "mein", "se", "ki", "ho"}, tags


def test_a_norwegian_story_of_a_man_named_miller_keeps_his_name_as_a_tag() -> None:
    # Norwegian's stemmer reads "Miller" as "mill", million's abbreviation: a calendar word of that stem had
    # taken the story's subject from its tags.
    text = (
        "Miller har signert for Rosenborg. Den skotske spissen kommer fra Celtic, og Miller skal etter planen"
        " debutere mot Molde på søndag. Treneren sier at Miller er den spissen klubben har lett etter."
        " Overgangen koster klubben 12 mill. kroner, ifølge Adresseavisen. Miller har skåret mange mål i"
        " Skottland, og Rosenborg håper han kan gjøre det samme i Eliteserien."
    )
    tags = [keyphrase.text for keyphrase in nutgraf.keyphrases(text, top=8)]
    assert "Miller" in tags, tags
    assert not {"mill", "kroner", "søndag"} & {tag.lower() for tag in tags}, tags
