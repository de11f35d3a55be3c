"""News agencies by name: the wire services whose names credit a story's copy rather than say what it is
about. An agency named beside a writer in an author field is no second writer ("Jane Doe, Associated
Press"), an author field of an agency alone names no writer ("Reuters" in a portal's JSON-LD), and an
agency named in a dateline or a credit line ("WASHINGTON (Reuters) - ", "Київ, 3 грудня. Укрінформ.",
"Mit Material von dpa") is no keyphrase.

:data:`NEWS_AGENCIES` holds each name casefolded, as a story writes it, its words parted by spaces
("associated press", "agence france-presse"), in any script ("тасс", "رويترز", "연합뉴스", "新华社"). A
user that compares another form (the author fields' letters alone: "associatedpress") derives its view
once, at import.

Not here: the patterns of :mod:`nutgraf.extract.text.calls` that name agencies among other things
(``_AGENCY`` in a credit line's wording, with "agenturen" and "agencias"; ``_PHOTO_CREDIT``, with picture
libraries such as Getty Images): each is a regular expression whose alternatives say how a credit reads,
not a list of agencies. Nor the initials of agencies that name a story's subject more often than they
credit it: NTB (an Indonesian province), ATS (India's anti-terrorism squads), STT (India's securities
tax), DHA (South Africa's Home Affairs).
"""

from __future__ import annotations

NEWS_AGENCIES = frozenset(
    """dpa afp ap reuters efe ansa anp belga apa pa epa upi pap ctk mti bta hina tanjug sda keystone-sda
    ritzau tt aa anadolu iha antara bernama kompas kyodo jiji xinhua yonhap pti ians ani tass ria interfax
    ukrinform unian тасс риа интерфакс укрінформ уніан інтерфакс-україна رويترز 연합뉴스 뉴시스 뉴스1
    新华社 中新社 共同通信 時事通信 agerpres lusa ttxvn বাসস ایرنا""".split()
) | frozenset(
    {
        # Agence France-Presse spelt out without its hyphen too, as many papers credit it.
        "associated press", "agence france-presse", "agence france presse", "pa media", "ria novosti",
        # Pakistan's agencies in Urdu, their initials written as the letters' names (APP, NNI), which open
        # Urdu wires' datelines ("اسلام آباد (اے پی پی) ").
        "اے پی پی", "این این آئی",
    }
)  # fmt: skip
