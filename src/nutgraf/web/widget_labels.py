"""The widget's labels in the languages nutgraf summarizes, in one place for translators.

The labels the widget shows before a summary has come (:data:`BAR_LABELS`: the bar, "Summarizing…",
"Being written…" and the line when none could be had) are English's in the script, and another language's
by one request of a page in it (``GET /embed/labels/{language}``, which the browser keeps); the rest (how
the summary was made, its checks, "Report a problem") come with the summary
(``GET /api/embed/summary?lang=``). So the script carries one language's labels, and a new language costs
it two letters.
"""

from __future__ import annotations

from nutgraf.errors import InvalidInputError
from nutgraf.language import language_code

#: Each label's name, in the order of the strings below.
LABEL_NAMES = (
    "ask", "get", "hide", "busy", "summary", "quoted", "written", "supported", "unsupported", "lacks",
    "report", "reason", "wrong", "missing", "unclear", "other", "note", "send", "thanks", "failed",
    "writing", "unsent", "keyphrases", "unchecked", "unverified",
)  # fmt: skip
#: The labels the script carries (shown before any summary has come or when none could be had).
BAR_LABELS = ("ask", "get", "hide", "busy", "summary", "failed", "writing")
# One string per language, its labels in LABEL_NAMES's order between "|". French sets a narrow no-break
# space (\u202f) before ? and ;, so that the mark never starts a line.
_LABELS = {
    "en": "No time to read?|Get a summary|Hide the summary|Summarizing…|Summary|These are the article’s own sentences, chosen by nutgraf.|Written by a language model, then checked against the article.|Supported by the article|Not supported by the article|it does not mention|Report a problem|What is wrong?|It says something the article does not|It misses the main point|It is hard to understand|Something else|Details (optional)|Send|Thank you, the report was sent.|No summary is available for this page right now.|Being written…|The report could not be sent; please try again later.|Keyphrases|Not checked|Written by a language model; not checked against the article.",
    "de": "Keine Zeit zum Lesen?|Zusammenfassung anzeigen|Zusammenfassung ausblenden|Wird zusammengefasst…|Zusammenfassung|Sätze aus dem Artikel selbst, von nutgraf ausgewählt.|Von einem Sprachmodell geschrieben und mit dem Artikel abgeglichen.|Im Artikel belegt|Nicht im Artikel belegt|der Artikel erwähnt nicht|Problem melden|Was stimmt nicht?|Sie behauptet etwas, das nicht im Artikel steht|Sie verfehlt das Wesentliche|Sie ist schwer verständlich|Etwas anderes|Details (optional)|Senden|Danke, die Meldung wurde gesendet.|Für diese Seite gibt es gerade keine Zusammenfassung.|Wird geschrieben…|Die Meldung konnte nicht gesendet werden; bitte später erneut versuchen.|Schlagwörter|Nicht geprüft|Von einem Sprachmodell geschrieben; nicht mit dem Artikel abgeglichen.",
    "fr": "Pas le temps de lire\u202f?|Voir le résumé|Masquer le résumé|Résumé en cours…|Résumé|Des phrases de l’article lui-même, choisies par nutgraf.|Rédigé par un modèle de langage, puis vérifié par rapport à l’article.|Confirmé par l’article|Non confirmé par l’article|l’article ne mentionne pas|Signaler un problème|Quel est le problème\u202f?|Il affirme quelque chose que l’article ne dit pas|Il passe à côté de l’essentiel|Il est difficile à comprendre|Autre chose|Précisions (facultatif)|Envoyer|Merci, le signalement a été envoyé.|Aucun résumé n’est disponible pour cette page en ce moment.|Rédaction en cours…|Le signalement n’a pas pu être envoyé\u202f; réessayez plus tard.|Mots-clés|Non vérifié|Rédigé par un modèle de langage\u202f; non vérifié par rapport à l’article.",
    "es": "¿No tienes tiempo para leer?|Ver el resumen|Ocultar el resumen|Resumiendo…|Resumen|Frases del propio artículo, elegidas por nutgraf.|Escrito por un modelo de lenguaje y contrastado con el artículo.|Respaldado por el artículo|No respaldado por el artículo|no menciona|Informar de un problema|¿Qué falla?|Dice algo que el artículo no dice|No recoge lo esencial|Es difícil de entender|Otra cosa|Detalles (opcional)|Enviar|Gracias, el aviso se ha enviado.|No hay un resumen disponible para esta página en este momento.|Escribiendo…|No se pudo enviar el aviso; inténtalo más tarde.|Palabras clave|No verificado|Escrito por un modelo de lenguaje; no contrastado con el artículo.",
    "it": "Non hai tempo di leggere?|Leggi il riassunto|Nascondi il riassunto|Riassunto in corso…|Riassunto|Frasi dell’articolo stesso, scelte da nutgraf.|Scritto da un modello linguistico e poi confrontato con l’articolo.|Confermato dall’articolo|Non confermato dall’articolo|non menziona|Segnala un problema|Qual è il problema?|Dice qualcosa che l’articolo non dice|Non coglie il punto principale|È difficile da capire|Altro|Dettagli (facoltativo)|Invia|Grazie, la segnalazione è stata inviata.|Al momento non è disponibile un riassunto di questa pagina.|In scrittura…|Non è stato possibile inviare la segnalazione; riprova più tardi.|Parole chiave|Non verificato|Scritto da un modello linguistico; non confrontato con l’articolo.",
    "pt": "Sem tempo para ler?|Ver o resumo|Ocultar o resumo|Resumindo…|Resumo|Frases do próprio artigo, escolhidas pelo nutgraf.|Escrito por um modelo de linguagem e conferido com o artigo.|Confirmado pelo artigo|Não confirmado pelo artigo|não menciona|Relatar um problema|Qual é o problema?|Diz algo que o artigo não diz|Não capta o essencial|É difícil de entender|Outra coisa|Detalhes (opcional)|Enviar|Obrigado, o aviso foi enviado.|Não há resumo disponível para esta página neste momento.|Escrevendo…|Não foi possível enviar o aviso; tente mais tarde.|Palavras-chave|Não verificado|Escrito por um modelo de linguagem; não conferido com o artigo.",
    "pl": "Nie masz czasu na czytanie?|Pokaż streszczenie|Ukryj streszczenie|Tworzenie streszczenia…|Streszczenie|Zdania z samego artykułu, wybrane przez nutgraf.|Napisane przez model językowy i porównane z artykułem.|Potwierdzone w artykule|Niepotwierdzone w artykule|artykuł nie wspomina o|Zgłoś problem|Co jest nie tak?|Twierdzi coś, czego nie ma w artykule|Pomija to, co najważniejsze|Jest trudne do zrozumienia|Coś innego|Szczegóły (opcjonalnie)|Wyślij|Dziękujemy, zgłoszenie zostało wysłane.|Streszczenie tej strony jest teraz niedostępne.|Trwa pisanie…|Nie udało się wysłać zgłoszenia; spróbuj później.|Słowa kluczowe|Niesprawdzone|Napisane przez model językowy; nieporównane z artykułem.",
    "uk": "Немає часу читати?|Показати короткий зміст|Сховати короткий зміст|Готуємо короткий зміст…|Короткий зміст|Речення із самої статті, дібрані nutgraf.|Написано мовною моделлю й звірено зі статтею.|Підтверджено статтею|Не підтверджено статтею|у статті не згадано|Повідомити про проблему|Що не так?|Тут сказано те, чого немає в статті|Пропущено головне|Важко зрозуміти|Інше|Подробиці (необов’язково)|Надіслати|Дякуємо, повідомлення надіслано.|Зараз короткий зміст цієї сторінки недоступний.|Пишеться…|Не вдалося надіслати повідомлення; спробуйте пізніше.|Ключові слова|Не перевірено|Написано мовною моделлю; не звірено зі статтею.",
    "ru": "Нет времени читать?|Показать краткое содержание|Скрыть краткое содержание|Готовим краткое содержание…|Краткое содержание|Предложения из самой статьи, выбранные nutgraf.|Написано языковой моделью и сверено со статьёй.|Подтверждено статьёй|Не подтверждено статьёй|в статье не упоминается|Сообщить о проблеме|Что не так?|Здесь сказано то, чего нет в статье|Упущено главное|Трудно понять|Другое|Подробности (необязательно)|Отправить|Спасибо, сообщение отправлено.|Сейчас краткое содержание этой страницы недоступно.|Пишется…|Не удалось отправить сообщение; попробуйте позже.|Ключевые слова|Не проверено|Написано языковой моделью; не сверено со статьёй.",
    "nl": "Geen tijd om te lezen?|Toon de samenvatting|Verberg de samenvatting|Bezig met samenvatten…|Samenvatting|Zinnen uit het artikel zelf, gekozen door nutgraf.|Geschreven door een taalmodel en daarna getoetst aan het artikel.|Gestaafd door het artikel|Niet gestaafd door het artikel|het artikel zegt niets over|Meld een probleem|Wat klopt er niet?|Er staat iets in wat het artikel niet zegt|De kern ontbreekt|Het is moeilijk te begrijpen|Iets anders|Toelichting (optioneel)|Versturen|Bedankt, de melding is verstuurd.|Er is nu geen samenvatting van deze pagina beschikbaar.|Wordt geschreven…|De melding kon niet worden verstuurd; probeer het later opnieuw.|Trefwoorden|Niet gecontroleerd|Geschreven door een taalmodel; niet getoetst aan het artikel.",
    "sv": "Ingen tid att läsa?|Visa sammanfattningen|Dölj sammanfattningen|Sammanfattar…|Sammanfattning|Meningar ur själva artikeln, valda av nutgraf.|Skriven av en språkmodell och sedan kontrollerad mot artikeln.|Stöds av artikeln|Stöds inte av artikeln|artikeln nämner inte|Rapportera ett problem|Vad är fel?|Den påstår något som artikeln inte säger|Den missar det viktigaste|Den är svår att förstå|Något annat|Detaljer (valfritt)|Skicka|Tack, rapporten har skickats.|Det finns ingen sammanfattning av den här sidan just nu.|Skrivs…|Rapporten kunde inte skickas; försök igen senare.|Nyckelord|Inte kontrollerad|Skriven av en språkmodell; inte kontrollerad mot artikeln.",
    "da": "Ingen tid til at læse?|Vis resuméet|Skjul resuméet|Laver resumé…|Resumé|Sætninger fra selve artiklen, valgt af nutgraf.|Skrevet af en sprogmodel og derefter tjekket mod artiklen.|Understøttet af artiklen|Ikke understøttet af artiklen|artiklen nævner ikke|Rapportér et problem|Hvad er galt?|Det siger noget, artiklen ikke siger|Det overser det vigtigste|Det er svært at forstå|Noget andet|Detaljer (valgfrit)|Send|Tak, rapporten er sendt.|Der er ikke noget resumé af denne side lige nu.|Skrives…|Rapporten kunne ikke sendes; prøv igen senere.|Nøgleord|Ikke kontrolleret|Skrevet af en sprogmodel; ikke tjekket mod artiklen.",
    "no": "Ikke tid til å lese?|Vis sammendraget|Skjul sammendraget|Lager sammendrag…|Sammendrag|Setninger fra selve artikkelen, valgt av nutgraf.|Skrevet av en språkmodell og deretter sjekket mot artikkelen.|Støttet av artikkelen|Ikke støttet av artikkelen|artikkelen nevner ikke|Rapporter et problem|Hva er galt?|Det sier noe artikkelen ikke sier|Det overser det viktigste|Det er vanskelig å forstå|Noe annet|Detaljer (valgfritt)|Send|Takk, rapporten er sendt.|Det finnes ikke noe sammendrag av denne siden akkurat nå.|Skrives…|Rapporten kunne ikke sendes; prøv igjen senere.|Nøkkelord|Ikke kontrollert|Skrevet av en språkmodell; ikke sjekket mot artikkelen.",
    "fi": "Eikö ole aikaa lukea?|Näytä tiivistelmä|Piilota tiivistelmä|Tiivistetään…|Tiivistelmä|Artikkelin omia virkkeitä, nutgrafin valitsemia.|Kielimallin kirjoittama ja sitten artikkeliin verrattu.|Artikkeli tukee tätä|Artikkeli ei tue tätä|artikkelissa ei mainita|Ilmoita ongelmasta|Mikä on vialla?|Siinä sanotaan jotain, mitä artikkelissa ei sanota|Siitä puuttuu olennainen|Sitä on vaikea ymmärtää|Jokin muu|Lisätietoja (valinnainen)|Lähetä|Kiitos, ilmoitus on lähetetty.|Tälle sivulle ei ole juuri nyt saatavilla tiivistelmää.|Kirjoitetaan…|Ilmoitusta ei voitu lähettää; yritä myöhemmin uudelleen.|Avainsanat|Ei tarkistettu|Kielimallin kirjoittama; ei verrattu artikkeliin.",
    "ar": "ليس لديك وقت للقراءة؟|عرض الملخص|إخفاء الملخص|جارٍ التلخيص…|الملخص|جمل من المقال نفسه، اختارها nutgraf.|كتبه نموذج لغوي، ثم قورن بالمقال.|يؤيده المقال|لا يؤيده المقال|لا يذكر المقال|الإبلاغ عن مشكلة|ما المشكلة؟|يقول شيئًا لا يقوله المقال|يفوته جوهر الموضوع|يصعب فهمه|شيء آخر|تفاصيل (اختياري)|إرسال|شكرًا، تم إرسال البلاغ.|لا يتوفر ملخص لهذه الصفحة حاليًا.|جارٍ الكتابة…|تعذّر إرسال البلاغ؛ يُرجى المحاولة لاحقًا.|الكلمات المفتاحية|لم يُتحقَّق منه|كتبه نموذج لغوي، ولم يُقارَن بالمقال.",
    "he": "אין זמן לקרוא?|הצגת הסיכום|הסתרת הסיכום|מסכמים…|סיכום|משפטים מהכתבה עצמה, שנבחרו על ידי nutgraf.|נכתב על ידי מודל שפה ונבדק מול הכתבה.|נתמך בכתבה|לא נתמך בכתבה|הכתבה אינה מזכירה את|דיווח על בעיה|מה לא בסדר?|נאמר בו משהו שהכתבה אינה אומרת|הוא מחמיץ את העיקר|קשה להבין אותו|משהו אחר|פרטים (לא חובה)|שליחה|תודה, הדיווח נשלח.|אין כרגע סיכום זמין לדף זה.|בכתיבה…|לא ניתן היה לשלוח את הדיווח; נא לנסות שוב מאוחר יותר.|ביטויי מפתח|לא נבדק|נכתב על ידי מודל שפה ולא נבדק מול הכתבה.",
}
#: The labels by language and name.
WIDGET_LABELS: dict[str, dict[str, str]] = {
    language: dict(zip(LABEL_NAMES, labels.split("|"), strict=True)) for language, labels in _LABELS.items()
}


def widget_language(tag: str) -> str:
    """The language of the widget's labels for a page in ``tag`` (its primary subtag, ``nb`` and ``nn``
    read as Norwegian, ``iw`` as Hebrew): English for a language without labels or a tag that is none."""
    try:
        code = language_code(tag)
    except InvalidInputError:
        return "en"
    return code if code in WIDGET_LABELS else "en"


def summary_labels(language: str) -> dict[str, str]:
    """The labels that come with a summary, in ``language`` (a code of :data:`WIDGET_LABELS`)."""
    return {name: text for name, text in WIDGET_LABELS[language].items() if name not in BAR_LABELS}


def bar_labels(language: str) -> dict[str, str]:
    """The labels shown before a summary comes (:data:`BAR_LABELS`), in ``language`` (a code of
    :data:`WIDGET_LABELS`)."""
    return {name: WIDGET_LABELS[language][name] for name in BAR_LABELS}
