"""Language codes: the ISO 639 code a request or a page names (aliases read as the code nutgraf looks up),
the English name of each ISO 639-1 language, and which are written right to left."""

from __future__ import annotations

import re

from nutgraf.errors import InvalidInputError

#: The languages detection favours where the classifier reads a close relative nearly as likely: those
#: nutgraf stemmed first. Favouring the others too read Malay headlines as Indonesian and a Ukrainian one
#: as Serbian (bench/language_bench.py: Malay 7 of 8 right, then 2).
FAVOURED_IN_DETECTION = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "uk", "ru", "sv", "da", "no", "fi")
#: ISO 639-1 codes nutgraf has a stemmer for: Snowball's, and its own for Ukrainian.
SUPPORTED_LANGUAGES = (
    *FAVOURED_IN_DETECTION,
    "ar", "hy", "eu", "ca", "cs", "eo", "et", "el", "hi", "hu", "id", "ga", "lt", "ne", "fa", "ro", "sr",
    "st", "ta", "tr", "yi", "ms",
)  # fmt: skip


_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")
# Other codes of the supported languages, read as the one nutgraf looks up: ISO 639-2/3 (bibliographic
# and terminological; "eng" must get English stemming, not none), and Bokmål and Nynorsk as Norwegian.
_CODE_ALIASES = {
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
    "por": "pt", "nld": "nl", "dut": "nl", "pol": "pl", "ukr": "uk", "rus": "ru", "swe": "sv",
    "dan": "da", "nor": "no", "nob": "no", "nno": "no", "nb": "no", "nn": "no", "fin": "fi",
    # Withdrawn ISO 639-1 codes that Java and older systems still write (Hebrew, Indonesian, Yiddish).
    "iw": "he", "in": "id", "ji": "yi",
}  # fmt: skip


def language_code(language: object, *, left_out: str = "leave it out to detect it") -> str:
    """``language`` as the lower-case ISO 639 code nutgraf looks up (``" EN "``, ``"en-GB"`` and ``"eng"``
    are ``"en"``). A code of another language is kept: its text is summarized unstemmed. Two-letter codes
    are checked against ISO 639-1's 184; three-letter ones (ISO 639-3 has some 7,900, which nutgraf does
    not carry) only for their form.

    Raises:
        InvalidInputError: anything but a two- or three-letter code, or two letters no ISO 639-1 code; its
        message ends on ``left_out``, what leaving the language out does where it is asked for.
    """
    match = _LANGUAGE_TAG.fullmatch(language.strip().lower()) if isinstance(language, str) else None
    code = None if match is None else _CODE_ALIASES.get(match.group(1), match.group(1))
    if code is None or (len(code) == 2 and code not in LANGUAGE_NAMES):
        # A made-up code ("xx") would be taken for a language nutgraf has no words for, and its article
        # summarized unstemmed without a word of warning.
        raise InvalidInputError(
            f"language must be an ISO 639 code such as en, de or ru, not {repr(language)[:40]} (two letters:"
            f" one of ISO 639-1's {len(LANGUAGE_NAMES)}; stemmed: {', '.join(SUPPORTED_LANGUAGES)}); {left_out}"
        )
    return code


# The ISO 639-1 languages by code, with their English names (ISO 639-2's, qualifiers dropped).
_ISO_639_1 = """
    aa=Afar | ab=Abkhazian | ae=Avestan | af=Afrikaans | ak=Akan | am=Amharic | an=Aragonese | ar=Arabic
    as=Assamese | av=Avaric | ay=Aymara | az=Azerbaijani | ba=Bashkir | be=Belarusian | bg=Bulgarian
    bi=Bislama | bm=Bambara | bn=Bengali | bo=Tibetan | br=Breton | bs=Bosnian | ca=Catalan | ce=Chechen
    ch=Chamorro | co=Corsican | cr=Cree | cs=Czech | cu=Church Slavic | cv=Chuvash | cy=Welsh | da=Danish
    de=German | dv=Divehi | dz=Dzongkha | ee=Ewe | el=Greek | en=English | eo=Esperanto | es=Spanish
    et=Estonian | eu=Basque | fa=Persian | ff=Fulah | fi=Finnish | fj=Fijian | fo=Faroese | fr=French
    fy=Western Frisian | ga=Irish | gd=Scottish Gaelic | gl=Galician | gn=Guarani | gu=Gujarati | gv=Manx
    ha=Hausa | he=Hebrew | hi=Hindi | ho=Hiri Motu | hr=Croatian | ht=Haitian | hu=Hungarian | hy=Armenian
    hz=Herero | ia=Interlingua | id=Indonesian | ie=Interlingue | ig=Igbo | ii=Sichuan Yi | ik=Inupiaq
    io=Ido | is=Icelandic | it=Italian | iu=Inuktitut | ja=Japanese | jv=Javanese | ka=Georgian | kg=Kongo
    ki=Kikuyu | kj=Kuanyama | kk=Kazakh | kl=Kalaallisut | km=Khmer | kn=Kannada | ko=Korean | kr=Kanuri
    ks=Kashmiri | ku=Kurdish | kv=Komi | kw=Cornish | ky=Kirghiz | la=Latin | lb=Luxembourgish | lg=Ganda
    li=Limburgan | ln=Lingala | lo=Lao | lt=Lithuanian | lu=Luba-Katanga | lv=Latvian | mg=Malagasy
    mh=Marshallese | mi=Maori | mk=Macedonian | ml=Malayalam | mn=Mongolian | mr=Marathi | ms=Malay
    mt=Maltese | my=Burmese | na=Nauru | nb=Norwegian Bokmål | nd=North Ndebele | ne=Nepali | ng=Ndonga
    nl=Dutch | nn=Norwegian Nynorsk | no=Norwegian | nr=South Ndebele | nv=Navajo | ny=Chichewa
    oc=Occitan | oj=Ojibwa | om=Oromo | or=Oriya | os=Ossetian | pa=Panjabi | pi=Pali | pl=Polish
    ps=Pushto | pt=Portuguese | qu=Quechua | rm=Romansh | rn=Rundi | ro=Romanian | ru=Russian
    rw=Kinyarwanda | sa=Sanskrit | sc=Sardinian | sd=Sindhi | se=Northern Sami | sg=Sango
    sh=Serbo-Croatian | si=Sinhala | sk=Slovak | sl=Slovenian | sm=Samoan | sn=Shona | so=Somali
    sq=Albanian | sr=Serbian | ss=Swati | st=Southern Sotho | su=Sundanese | sv=Swedish | sw=Swahili
    ta=Tamil | te=Telugu | tg=Tajik | th=Thai | ti=Tigrinya | tk=Turkmen | tl=Tagalog | tn=Tswana
    to=Tongan | tr=Turkish | ts=Tsonga | tt=Tatar | tw=Twi | ty=Tahitian | ug=Uighur | uk=Ukrainian
    ur=Urdu | uz=Uzbek | ve=Venda | vi=Vietnamese | vo=Volapük | wa=Walloon | wo=Wolof | xh=Xhosa
    yi=Yiddish | yo=Yoruba | za=Zhuang | zh=Chinese | zu=Zulu
"""
#: English names of the ISO 639-1 languages by code: the languages a summary may be asked for in
#: (``output_language``), named in prompts and messages.
LANGUAGE_NAMES = dict(
    pair.strip().split("=") for pair in _ISO_639_1.replace("\n", "|").split("|") if pair.strip()
)


# Three-letter codes detection gives, for a language ISO 639-1 names only as part of another ("ku") or not
# at all (Hawaiian, Asturian, Cherokee, Santali, Assyrian Neo-Aramaic, Cebuano).
_DETECTED_THREE_LETTER_NAMES = {
    "ckb": "Central Kurdish (Sorani)",
    "zgh": "Standard Moroccan Tamazight",
    "haw": "Hawaiian",
    "ast": "Asturian",
    "chr": "Cherokee",
    "sat": "Santali",
    "aii": "Assyrian Neo-Aramaic",
    "nqo": "N'Ko",
    "vai": "Vai",
    "mni": "Manipuri",
    "ceb": "Cebuano",
    "und": "Undetermined",
}
#: ISO 639-2's code for a text whose language cannot be told (detection names a paste of a few words so
#: rather than guess): no language to write a summary in, or to name in a sentence.
UNDETERMINED = "und"


def language_name(code: str) -> str:
    """The English name of the language with ISO 639 code ``code`` (the code itself when unknown)."""
    return LANGUAGE_NAMES.get(code) or _DETECTED_THREE_LETTER_NAMES.get(code, code)


#: The ISO 639-1 languages written right to left (CLDR's character order for each), and Sorani Kurdish
#: (``ckb``), which detection names: their text needs ``dir="rtl"`` on a page, or its lines align left and
#: a sentence's final stop shows at its start.
RIGHT_TO_LEFT = frozenset({"aii", "ar", "ckb", "dv", "fa", "he", "ks", "nqo", "ps", "sd", "ug", "ur", "yi"})


def is_right_to_left(code: str | None) -> bool:
    """Whether the language with ISO 639 code ``code`` (``None``: unknown) is written right to left."""
    return code is not None and code.split("-")[0].lower() in RIGHT_TO_LEFT


#: Languages written in a right-to-left script and in a left-to-right one, whose code cannot say which way
#: their text runs: Fulani (``ff``), which detection names from Adlam's letters, right to left, and a caller
#: may name for Fulani in Latin letters (detection's ``fuv``). :func:`text_direction` reads their direction
#: from the text's letters, not from its first one as ``dir="auto"`` would: an Adlam story opening on a
#: Latin dateline ("CONAKRY (AFP) -") had been set left to right, and a Latin-letter one opening on a
#: quoted Arabic word right to left.
SCRIPT_DIRECTED = frozenset({"ff"})
# Adlam's letters (not its digits, which a Latin-letter story does not write either).
_ADLAM_LETTER = re.compile(r"[\U0001e900-\U0001e943]")
# Letters enough to tell a text's script: an article's first 4,000 characters, as a reader sees them first.
_DIRECTION_SAMPLE = 4000


def text_direction(code: str | None, text: str = "") -> str | None:
    """The ``dir`` attribute for ``text`` in the language with ISO 639 code ``code``: ``"rtl"`` for a
    right-to-left language, and for one of :data:`SCRIPT_DIRECTED` whose ``text`` is more than half Adlam
    letters; ``None`` for left to right (the page's own) or an unknown language."""
    if is_right_to_left(code):
        return "rtl"
    if code is None or code.split("-")[0].lower() not in SCRIPT_DIRECTED:
        return None
    sample = text[:_DIRECTION_SAMPLE]
    letters = sum(map(str.isalpha, sample))
    return "rtl" if letters and 2 * len(_ADLAM_LETTER.findall(sample)) > letters else None
