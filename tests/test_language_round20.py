"""The twentieth languages round: stories whose quotations are longer than their prose (a Ukrainian story
quoting the Kremlin in Russian had been Russian, a German one quoting a company's English statement English),
mixed-language articles a reader meets (a Brazilian story quoting Argentina's president in Spanish, a Czech
one quoting Slovak ministers, a Catalan one quoting Spanish officials, a Hindi one quoting English tweets),
each in its prose's language with its summary; and Basque, Occitan, Georgian, Armenian, Tamil and Sinhala
headlines and briefs (bench/language_samples/basque_occitan_caucasus.txt), read right before and after.

Each case beside its near misses: interviews that are mostly quotation in their own language, and stories
whose prose and quotation are one language.
"""

from __future__ import annotations

import pytest

import nutgraf
from nutgraf.language import detect_language

HINDI_QUOTING_ENGLISH_TWEETS = (
    "प्रधानमंत्री नरेंद्र मोदी ने एशियाई खेलों में पदक जीतने वाले खिलाड़ियों को सोशल मीडिया पर बधाई दी।\n\n"
    '"Congratulations to our athletes for making India proud at the Asian Games. Their hard work and'
    ' dedication is an inspiration to every young person in the country," उन्होंने लिखा।\n\n'
    '"What a historic day for Indian sport. The whole nation is celebrating with you," खेल मंत्री ने भी ट्वीट किया।\n\n'
    "भारत ने इस बार सौ से अधिक पदक जीते हैं, जो अब तक का सबसे अच्छा प्रदर्शन है।"
)
BRAZILIAN_QUOTING_SPANISH = (
    "O presidente argentino, Javier Milei, criticou o governo brasileiro durante entrevista em Buenos Aires"
    " nesta terça-feira.\n\n"
    '"No vamos a permitir que nadie nos diga cómo tenemos que gobernar nuestro país, y eso lo sabe muy bien'
    ' el gobierno de Brasil. Nosotros queremos comercio libre, no ideología", disse Milei.\n\n'
    '"La relación con Brasil es importante, pero no a cualquier precio", afirmou o presidente.\n\n'
    "O Itamaraty não comentou as declarações."
)
CZECH_QUOTING_SLOVAK_MINISTERS = (
    "Slovenský premiér Robert Fico v pondělí přijel na návštěvu do Prahy.\n\n"
    '"Sme pripravení pokračovať v spolupráci, ale nebudeme súhlasiť s tým, aby nám Brusel diktoval, čo máme'
    ' robiť so svojou energetikou. Slovensko si svoje rozhodnutia urobí samo," uvedl Fico.\n\n'
    '"Plyn z Ruska je pre nás stále dôležitý a nevidíme dôvod to meniť," doplnil slovenský ministr'
    " hospodářství.\n\n"
    "Český premiér řekl, že obě země mají v otázce energetiky rozdílné názory."
)
CATALAN_QUOTING_SPANISH_OFFICIALS = (
    "El govern espanyol ha respost aquest dimarts a la proposta de la Generalitat.\n\n"
    '"No vamos a aceptar ninguna consulta que no esté dentro de la Constitución, y eso lo saben'
    ' perfectamente todos los que se sientan en esta mesa. El diálogo tiene límites", ha dit la ministra.\n\n'
    '"Es una propuesta que no tiene recorrido", ha afegit el portaveu del PSOE.\n\n'
    "El conseller ha lamentat la resposta."
)
UKRAINIAN_QUOTING_THE_KREMLIN = (
    "Президент Росії знову виступив із заявою щодо переговорів.\n\n"
    "«Мы готовы к переговорам, но только на наших условиях, и никто не сможет нам навязать решения,"
    " которые противоречат интересам нашей страны. Это было сказано уже много раз, и позиция России"
    " не изменилась. Наши войска продолжают выполнять все поставленные задачи», — сказав він.\n\n"
    "У МЗС України назвали цю заяву черговою спробою тиску."
)
STATEMENT = (
    '"We are deeply disappointed by the decision of the court and we will appeal it, because we believe that'
    " the law has been applied in the wrong way and that our customers will be the ones who suffer from"
    ' it,"'
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The Kremlin quoted in Russian at a paragraph's length, the reporting around it Ukrainian.
        (
            "Путін знову заявив про переговори. «Мы готовы к переговорам, но только на наших условиях, и никто"
            " не сможет нам навязать решения, которые противоречат интересам нашей страны. Это было сказано"
            " уже много раз, и позиция России не изменилась», — сказав він у середу.",
            "uk",
        ),
        # And the other way: Zelensky quoted in Ukrainian, the prose Russian without a letter of its own.
        (
            "Песков ответил на вопрос журналистов. «Ми не погодимося на жодні умови, які обмежують суверенітет"
            " нашої держави, і це наша остаточна позиція, яку ми вже неодноразово озвучували на всіх"
            " міжнародних майданчиках», — заявил Зеленский, по словам Пескова.",
            "ru",
        ),
        # A company's English statement quoted in stories of other languages.
        (f"Der Konzern reagierte am Abend. {STATEMENT} hieß es in einer Mitteilung.", "de"),
        (f"La empresa respondió en un comunicado. {STATEMENT} dijo el portavoz de la compañía.", "es"),
        (f"La società ha risposto in serata. {STATEMENT} ha dichiarato un portavoce del gruppo.", "it"),
        (f"Het bedrijf reageerde dinsdagavond. {STATEMENT} aldus een woordvoerder van het concern.", "nl"),
        (f"Firma odpowiedziała we wtorek wieczorem. {STATEMENT} powiedział rzecznik spółki.", "pl"),
        (f"Bolaget svarade på tisdagskvällen. {STATEMENT} säger en talesperson för koncernen.", "sv"),
        (f"Şirket salı akşamı bir açıklama yaptı. {STATEMENT} dedi şirket sözcüsü.", "tr"),
        (
            "Le groupe a réagi mardi soir. « We are deeply disappointed by the decision of the court and we will"
            " appeal it, because we believe that the law has been applied in the wrong way and that our"
            " customers will suffer », a déclaré un porte-parole.",
            "fr",
        ),
        # And an English story quoting a German chancellor at length.
        (
            'The chancellor spoke in Berlin. "Wir werden die Schuldenbremse nicht aufgeben, und wir werden auch in'
            " diesem Jahr keine neuen Schulden machen, weil wir es den kommenden Generationen schuldig sind, die"
            ' Finanzen in Ordnung zu halten", said Scholz on Monday.',
            "en",
        ),
    ],
)
def test_a_story_quoting_more_than_it_reports_is_in_its_prose_s_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Interviews, mostly quotation, in their own language: the prose says little, and agrees.
        (
            '"Llevamos cuarenta años con este negocio y nunca habíamos visto una crisis así. Las ventas han caído a la mitad y los precios de la luz se han multiplicado por tres en un solo año", explica Carmen Ruiz, propietaria de la panadería.',
            "es",
        ),
        (
            '—"No tenemos agua desde hace tres días y nadie del ayuntamiento nos ha dado una explicación. Los niños no pueden ir al colegio", dijo María López.',
            "es",
        ),
        (
            '"Wir haben seit zwanzig Jahren diesen Laden und so etwas noch nie erlebt. Die Kunden bleiben weg, und die Miete steigt jedes Jahr weiter", sagt Inhaberin Petra Schulz. Sie will trotzdem weitermachen.',
            "de",
        ),
        (
            "« Nous avons ouvert cette boutique il y a vingt ans et nous n'avons jamais connu une crise pareille. Les clients ne viennent plus et le loyer augmente chaque année », raconte Marie Dupont, la gérante.",
            "fr",
        ),
        (
            '"Nós abrimos esta loja há vinte anos e nunca vimos uma crise assim. Os clientes não aparecem e o aluguel sobe todos os anos", conta Maria Silva, dona da padaria.',
            "pt",
        ),
        (
            "\"Abbiamo aperto questo negozio vent'anni fa e non abbiamo mai visto una crisi del genere. I clienti non vengono più e l'affitto aumenta ogni anno\", racconta Maria Rossi, titolare del forno.",
            "it",
        ),
        (
            '"We hebben deze winkel twintig jaar geleden geopend en zoiets hebben we nog nooit meegemaakt. De klanten blijven weg en de huur stijgt elk jaar", zegt eigenaar Petra de Vries.',
            "nl",
        ),
        (
            '"Otworzyliśmy ten sklep dwadzieścia lat temu i nigdy nie widzieliśmy takiego kryzysu. Klienci nie przychodzą, a czynsz rośnie co roku" - mówi właścicielka Anna Nowak.',
            "pl",
        ),
        (
            '"Kami membuka toko ini dua puluh tahun lalu dan belum pernah mengalami krisis seperti ini. Pelanggan tidak datang lagi dan sewa terus naik setiap tahun," kata pemilik toko, Siti Rahayu.',
            "id",
        ),
        (
            '"We opened this shop twenty years ago and we have never seen a crisis like this. The customers are not coming and the rent goes up every year," says owner Jean de la Fontaine.',
            "en",
        ),
        (
            '"I think we played well in the first half but we did not take our chances and that is what happens at this level," said coach Carlo Ancelotti after the match in Madrid.',
            "en",
        ),
        (
            "«Мы открыли этот магазин двадцать лет назад и никогда не видели такого кризиса. Покупатели не приходят, а аренда растёт каждый год», — рассказывает владелица Анна Петрова.",
            "ru",
        ),
        (
            "«Мы не будем комментировать эти сообщения, потому что это всё слухи и домыслы, которые не имеют отношения к реальности», — сказал Песков журналистам.",
            "ru",
        ),
        (
            "«Ми не будемо коментувати ці повідомлення, бо це все чутки і вигадки, які не мають стосунку до реальності», — сказав Пєсков журналістам.",
            "uk",
        ),
        (
            '"Vi öppnade den här butiken för tjugo år sedan och har aldrig varit med om en sådan kris. Kunderna kommer inte och hyran stiger varje år", säger ägaren Anna Svensson.',
            "sv",
        ),
        (
            '"Vi åbnede butikken for tyve år siden og har aldrig oplevet en krise som denne. Kunderne kommer ikke, og huslejen stiger hvert år," siger ejeren Anne Jensen.',
            "da",
        ),
        (
            '"Vam obrir aquesta botiga fa vint anys i mai no havíem vist una crisi així. Els clients no vénen i el lloguer puja cada any", explica la propietària, Maria Puig.',
            "ca",
        ),
        (
            '"Tenhle obchod máme už dvacet let a takovou krizi jsme ještě nezažili. Zákazníci nechodí a nájem každý rok roste," říká majitelka Jana Nováková, která prodejnu vede sama.',
            "cs",
        ),
        (
            '"Tento obchod máme už dvadsať rokov a takú krízu sme ešte nezažili. Zákazníci nechodia a nájom každý rok rastie," hovorí majiteľka Jana Nováková, ktorá predajňu vedie sama.',
            "sk",
        ),
        (
            '"Ovaj dućan imamo već dvadeset godina i ovakvu krizu još nismo doživjeli. Kupci ne dolaze, a najam svake godine raste", kaže vlasnica Ana Horvat iz Zagreba.',
            "hr",
        ),
        (
            '"Avem acest magazin de douăzeci de ani și nu am mai trăit o asemenea criză. Clienții nu mai vin, iar chiria crește în fiecare an", spune proprietara Ana Popescu.',
            "ro",
        ),
        (
            '"Húsz éve van ez a boltunk, de ilyen válságot még nem éltünk meg. A vevők nem jönnek, a bérleti díj pedig minden évben nő" - mondta Kovács Anna tulajdonos.',
            "hu",
        ),
        (
            '"Bu dükkanı yirmi yıldır işletiyoruz ve hiç böyle bir kriz görmedik. Müşteriler gelmiyor, kira her yıl artıyor" dedi dükkan sahibi Ayşe Yılmaz bugün.',
            "tr",
        ),
        (
            '"Meillä on ollut tämä kauppa kaksikymmentä vuotta, emmekä ole koskaan kokeneet tällaista kriisiä. Asiakkaat eivät tule ja vuokra nousee joka vuosi", sanoo kauppias Anna Virtanen.',
            "fi",
        ),
        (
            '"To trgovino imamo že dvajset let in takšne krize še nismo doživeli. Kupci ne prihajajo, najemnina pa vsako leto raste," pravi lastnica Ana Novak iz Ljubljane.',
            "sl",
        ),
        (
            '"Fa vint anys que tenim aquesta botiga i mai havíem viscut una crisi com aquesta. Els clients no vénen i el lloguer puja cada any", explica la propietària de la botiga, Maria Puig.',
            "ca",
        ),
        (
            '"Levamos vinte anos con esta tenda e nunca vimos unha crise así. Os clientes non veñen e o aluguer sobe cada ano", explica a propietaria da tenda, Maria Castro, veciña de Vigo.',
            "gl",
        ),
        (
            "«Έχουμε αυτό το μαγαζί είκοσι χρόνια και δεν έχουμε ξαναζήσει τέτοια κρίση. Οι πελάτες δεν έρχονται και το ενοίκιο ανεβαίνει κάθε χρόνο», λέει η ιδιοκτήτρια Μαρία Παπαδοπούλου.",
            "el",
        ),
        (
            "„Имаме този магазин от двадесет години и не сме преживявали такава криза. Клиентите не идват, а наемът расте всяка година“, казва собственичката Мария Иванова от София.",
            "bg",
        ),
        (
            "„Ову радњу имамо већ двадесет година и овакву кризу још нисмо доживели. Купци не долазе, а кирија сваке године расте“, каже власница Ана Петровић из Београда.",
            "sr",
        ),
        (
            '"We opened this shop twenty years ago and we have never seen a crisis like this one, not even in 2008," said Maria Lopez, who runs the bakery with her two sons in Queens.',
            "en",
        ),
        (
            "„Wir haben diesen Laden seit zwanzig Jahren und so eine Krise noch nie erlebt. Die Kunden bleiben weg und die Miete steigt jedes Jahr“, sagt Petra Schulz, die Inhaberin der kleinen Bäckerei.",
            "de",
        ),
    ],
)
def test_near_misses_an_interview_mostly_quoted_keeps_its_language(text: str, language: str) -> None:
    assert detect_language(text) == language


ARTICLES = [
    (BRAZILIAN_QUOTING_SPANISH, "pt"),
    (CATALAN_QUOTING_SPANISH_OFFICIALS, "ca"),
    (CZECH_QUOTING_SLOVAK_MINISTERS, "cs"),
    (UKRAINIAN_QUOTING_THE_KREMLIN, "uk"),
]


@pytest.mark.parametrize(("text", "language"), ARTICLES)
def test_a_mixed_language_article_and_its_summary_are_in_its_prose_s_language(
    text: str, language: str
) -> None:
    assert detect_language(text) == language
    summary = nutgraf.summarize(text, sentences=2)
    assert summary.language == language
    assert summary.sentences[0].text == text.split("\n\n")[0]


def test_near_miss_a_hindi_story_quoting_english_tweets_stays_hindi() -> None:
    # Its Devanagari prose outweighs the tweets' Latin letters: Hindi before and after.
    assert detect_language(HINDI_QUOTING_ENGLISH_TWEETS) == "hi"
    summary = nutgraf.summarize(HINDI_QUOTING_ENGLISH_TWEETS, sentences=2)
    assert summary.language == "hi"
    assert summary.sentences[0].text == HINDI_QUOTING_ENGLISH_TWEETS.split("\n\n")[0]


SAMPLES = [
    ("eu", "Eusko Jaurlaritzak aurrekontu berriak onartu ditu"),
    ("eu", "Osakidetzako langileek greba egingo dute astelehenean"),
    ("oc", "Tolosa: las escòlas Calandreta dobrisson una classa novèla"),
    ("oc", "Los pagesans manifèstan davant la prefectura de Montpelhièr"),
    ("ka", "საქართველოს პარლამენტმა ბიუჯეტი დაამტკიცა"),
    ("hy", "Ազգային ժողովը հաստատել է պետական բյուջեն"),
    ("ta", "தமிழக அரசு புதிய பட்ஜெட்டை தாக்கல் செய்தது"),
    ("si", "ආණ්ඩුව නව අයවැය ඉදිරිපත් කරයි"),
    # Their big neighbours' headlines stay theirs.
    ("es", "El Gobierno vasco aprueba los presupuestos"),
    ("fr", "Toulouse : les écoles Calandreta ouvrent une nouvelle classe"),
    ("ca", "El Govern aprova el decret de sequera"),
    ("ru", "Парламент Грузии утвердил бюджет"),
]


@pytest.mark.parametrize(("language", "text"), SAMPLES)
def test_near_misses_the_new_group_s_headlines_are_their_own(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    ["“" * 10_000, "«Мы не будем» — сказав він " * 10_000, '"a" b ' * 10_000, "„Wir“ sagt er " * 10_000],
)
def test_hostile_repeats_are_read_in_time(text: str) -> None:
    assert detect_language(text)


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        # Russian's past tense ("утвердил", "посетил") in a headline naming Kyrgyzstan: Russian.
        ("Курултай Кыргызстана утвердил бюджет", "ru"),
        ("Президент Кыргызстана посетил Ош", "ru"),
        # Kyrgyz headlines end their verbs in Kyrgyz's own tenses, and stay Kyrgyz.
        ("Кыргызстандын курама командасы Тажикстанды утту", "ky"),
        ("Садыр Жапаров Москвага сапар менен барды", "ky"),
        ("Жогорку Кеңеш бюджетти бекитти", "ky"),
    ],
)
def test_a_russian_verb_s_past_tense_keeps_a_central_asian_headline_russian(
    headline: str, language: str
) -> None:
    assert detect_language(headline) == language


# Its review: an English story's long quotation, its prose naming the speaker by a name whose particles are
# another language's function words ("von der", "de la", "van"), stays English (two had been German).
ENGLISH_QUOTATION = (
    '"We have always said that this is a question of security for the whole continent and we will not accept'
    " any agreement that is made over the heads of the people who live there, and we will keep working with"
    ' our partners until the job is done," '
)


@pytest.mark.parametrize(
    "prose",
    [
        "Ursula von der Leyen said on Tuesday.",
        "said Ursula von der Leyen.",
        # Near misses, English before and after: other names' particles.
        "Luis de la Fuente told reporters.",
        "Virgil van Dijk said after the game at Anfield.",
        "Brazil's President Luiz Inácio Lula da Silva said.",
        "Marine Le Pen told supporters in Hénin-Beaumont.",
        "said Joao dos Santos, head of the union in Luanda.",
        "the statement from Real Madrid and Atlético de Madrid said.",
    ],
)
def test_an_english_story_quoting_at_length_a_speaker_named_with_particles_stays_english(prose: str) -> None:
    assert detect_language(ENGLISH_QUOTATION + prose) == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The round's case kept: a story's prose in another language is still read so beside a name's particles.
        (ENGLISH_QUOTATION + "dijo el ministro de Exteriores, José Manuel Albares.", "es"),
        (ENGLISH_QUOTATION + "sagte Ursula von der Leyen am Dienstag in Brüssel.", "de"),
        (ENGLISH_QUOTATION + "dijo el seleccionador Luis de la Fuente en la rueda de prensa.", "es"),
    ],
)
def test_prose_of_another_language_beside_a_name_is_still_read_so(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "headline",
    [
        # Mongolian's nouns in "-ил" ("хөгжил", development) write "ө": not Russian's past tense.
        "Монгол Улсын эдийн засгийн хөгжил энэ жил сайжирлаа",
        "Улсын Их Хурал шинэ хууль баталж хөгжил дэмжинэ",
    ],
)
def test_a_mongolian_headline_of_a_noun_in_il_stays_mongolian(headline: str) -> None:
    assert detect_language(headline) == "mn"


@pytest.mark.parametrize(
    "headline",
    ["Курултай Кыргызстана обсудила бюджет", "Садыр Жапаров подписал указ", "Жапаров обсудил, Путин одобрил"],
)
def test_russian_past_tense_beside_kyrgyz_names_stays_russian(headline: str) -> None:
    assert detect_language(headline) == "ru"


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH_QUOTATION * 2 + "Ursula von der " * 10_000 + "Leyen said.",
        ENGLISH_QUOTATION * 2 + "A von " * 10_000,
    ],
)
def test_hostile_name_particles_are_read_in_time(text: str) -> None:
    assert detect_language(text)


def test_a_czech_story_quoting_slovak_ministers_in_czech_quotation_marks_is_czech() -> None:
    # Czech sets its quotations in „…“ (the review: counted inside them, the Slovak words had kept it Slovak).
    text = CZECH_QUOTING_SLOVAK_MINISTERS.replace('\n"', "\n„").replace(',"', ",“")
    assert "„" in text and '"' not in text
    assert detect_language(text) == "cs"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Near misses: a Slovak story quoting Slovak in „…“, and an inch's mark beside a quotation.
        (
            "Minister povedal, že „situácia je vážna“ a vláda sa ňou bude zaoberať na najbližšom rokovaní.",
            "sk",
        ),
        (
            'Nový 27" monitor od Samsungu sa predáva aj na Slovensku. Podľa výrobcu je to "najlepší monitor,'
            ' aký sme kedy urobili" a cena sa začína na 300 eurách, čo je pre mnohých ľudí stále veľa.',
            "sk",
        ),
        (
            'Nový 27" monitor od Samsungu se prodává i v Česku. Podle výrobce je to "nejlepší monitor, jaký'
            ' jsme kdy udělali" a cena začíná na 300 eurech, což je pro mnoho lidí stále hodně.',
            "cs",
        ),
    ],
)
def test_near_misses_czech_and_slovak_quoting_their_own(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_slovak_story_quoting_czech_ministers_in_quotation_marks_is_slovak() -> None:
    text = (
        "Český premiér Petr Fiala v pondelok pricestoval na návštevu do Bratislavy.\n\n„Jsme připraveni"
        " pokračovat ve spolupráci, ale nebudeme souhlasit s tím, aby nám Brusel diktoval, co máme dělat se"
        " svou energetikou,“ povedal Fiala.\n\n„Plyn z Ruska pro nás není důležitý,“ doplnil český minister."
        "\n\nSlovenský premiér povedal, že obe krajiny majú rozdielne názory."
    )
    assert detect_language(text) == "sk"
