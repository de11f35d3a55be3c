"""Bytes and strings to clean text: the first stage, below extraction, segmentation and the check.

:func:`decode_text` reads bytes by their byte-order mark, as UTF-16 when they are UTF-16 without one, as
UTF-8, or in the legacy encoding that reads least garbled, refuses binary data and oversized input, and
drops characters no encoder or database takes (:func:`clean_characters`).
"""

from __future__ import annotations

import codecs
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import suppress
from itertools import chain, islice

from nutgraf.errors import InputTooLargeError, InvalidInputError

#: The largest text nutgraf summarizes, in characters (about 3 million words).
MAX_TEXT_CHARS = 20_000_000
#: The most bytes read for one input: four per character, the most UTF-8 takes.
MAX_INPUT_BYTES = 4 * MAX_TEXT_CHARS
# Share of control characters (other than white space) above which input is taken for binary data.
_BINARY_SHARE = 0.05
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in "\t\n\r\f\v")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# The characters of _UNCLEAN as UTF-8 bytes: C0 controls and DEL are bytes of their own, and a C1 control is
# 0xC2 and its code (0xC2 leads a sequence, never continues one); strict UTF-8 holds no surrogate.
_UNCLEAN_BYTES = _CONTROL_BYTES + b"\x7f"
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")
_UNCLEAN_ASCII = _UNCLEAN_BYTES.decode("ascii")
# From this many characters an ASCII text is searched for each of its 28 control characters rather than
# put through a byte deletion (each search's call costs what deleting some 40 bytes does).
_SEARCHED_CHARS = 1024
# A run of control characters between two characters that are neither white space nor control, with a
# C0 control or DEL in it: a word break ("The\x00council"), which a space keeps. A run of C1 controls
# alone is Windows punctuation read as Latin-1 ("don\x92t"), and is dropped as before. Each run is read
# once, from its first character.
_SEPARATING_CONTROLS = re.compile(
    r"(?<=[^\s\x00-\x08\x0e-\x1f\x7f-\x9f])(?=[\x80-\x9f]*+[\x00-\x08\x0e-\x1f\x7f])"
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f]++(?=[^\s\x00-\x08\x0e-\x1f\x7f-\x9f])"
)
# The characters of _CONTROL_CHARS, and its C1 controls alone, for str.strip (see clean_pieces).
_C1_CONTROLS = "".join(map(chr, range(0x80, 0xA0)))
_CONTROLS = "".join(map(chr, chain(range(0x00, 0x09), range(0x0E, 0x20), range(0x7F, 0xA0))))
# Half a UTF-16 pair, which a JSON string may carry ("\ud800"): no encoding can write it out.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_UNCLEAN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# UTF-16 written without a byte-order mark (as Windows tools do): in text of one alphabet, the high byte of
# nearly every character is NUL (spaces, digits, punctuation, Latin letters) or that alphabet's block
# (0x04 for Cyrillic), and the low byte is almost never NUL. Scripts of thousands of characters (Chinese,
# Japanese) spread over many high bytes and are not recognised.
_UTF16_ALPHABET_SHARE = 0.9
# The planes of Unicode whose characters a text writes: the Basic Multilingual Plane, the Supplementary
# Multilingual (emoji) and Ideographic ones (rare Chinese characters, 2 and 3), and 14's tags and variation
# selectors. Planes 4 to 13 hold no character, and 15 and 16 only private use: binary data of 32-bit numbers
# below 0x110000 (pixels whose fourth byte is NUL) had been read as UTF-32, a text of unassigned characters.
_TEXT_PLANES = bytes((0, 1, 2, 3, 14))
# The byte-order mark as a character, as a reader that does not know it leaves it at a text's start.
_BYTE_ORDER_MARK = "\ufeff"
#: The byte-order marks, each with the encoding it marks (UTF-32's before UTF-16's, which begin them).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The marks of the encodings other than UTF-8, which a UTF-8 mark may have been written before.
_OTHER_MARKS = tuple(mark for mark, encoding in BYTE_ORDER_MARKS if encoding != "utf-8")
# Files people hand a summarizer by mistake, named in the error message, with what to do where a text is
# inside (a page saved compressed, a story written in Word).
_BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF8", "a GIF image", ""),
    (b"%PDF", "a PDF document", "; copy its text out"),
    (b"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)", "; save the document as text"),
    (b"\x1f\x8b", "gzip-compressed data", "; decompress it first (gunzip)"),
    (b"\xfd7zXZ\x00", "xz-compressed data", "; decompress it first (unxz)"),
    (b"BZh", "bzip2-compressed data", "; decompress it first (bunzip2)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data", "; decompress it first (unzstd)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "; unpack it first (7z x)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word (.doc) or Excel file", "; save the document as text"),
    # Text, but markup nutgraf does not read: its "summary" was "{\rtf1\ansi\deff0 {\fonttbl ...".
    (b"{\\rtf", "an RTF document", "; save it as plain text"),
    (b"\x7fELF", "a program", ""),
)
# The encodings a UTF-8 text's stray bytes may be in: Western, Central European, Cyrillic, and Turkish and
# Greek, which read the other languages' bytes as cleanly as windows-1252 or -1251 read theirs, so the
# text around the strays decides (see _with_strays_read); ties go to the earlier, commoner encoding.
_STRAY_ENCODINGS = ("cp1252", "cp1250", "cp1251", "koi8_r", "cp1254", "cp1253")
# Text that is not UTF-8 is almost always in one of these legacy encodings: the above, and ISO-8859-2, the
# Central European pages' other one (it leaves 0x80-0x9F to C1 controls, so it is no stray's). Each decodes
# nearly any bytes, so the reading least garbled and truest to one language's letters wins (see
# _legacy_encoding).
_LEGACY_ENCODINGS = (*_STRAY_ENCODINGS, "iso8859_2")
# The letters beyond ASCII of the languages written in those encodings (and the Baltic ones, which
# charset-normalizer may guess), lower-case. A whole page's reading that writes letters no one language
# writes is a wrong one: Czech read as windows-1252 writes "ø" and "è" beside "ž" ("pøíštího mìsíce"),
# Turkish writes Icelandic "ý", "þ" and "ð" beside "ü" and "ç" ("tartýþma"), Polish in ISO-8859-2 read by
# a Baltic guess "ģ" and "ŋ" ("przyjąģ"), and none of these is a sign of garbling.
_LANGUAGE_ALPHABETS = tuple(
    # A Latin alphabet's with the f-number's "ƒ" and the micro sign ("ƒ/2.8", "50 µm"), which Python takes
    # for letters and any Western page writes: windows-1251's "ѓ/2.8" made such a page Macedonian.
    frozenset(letters + "ƒµ" if letters < "\u0370" else letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúüªº",  # Spanish (with its ordinals' signs, "36ª", "nº", which Python takes for letters)
        "áâãàçéêíóôõúªº",  # Portuguese
        "àèéìíîòóùúªº",  # Italian
        "àçèéíïòóúüªº",  # Catalan
        "áäéëíïóöúü",  # Dutch
        "æøåéáóô",  # Danish, Norwegian
        "åäöé",  # Swedish
        "åäöšž",  # Finnish
        "áðéíóúýþæö",  # Icelandic
        "áðíóúýæø",  # Faroese
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Slovene, Croatian, Bosnian
        "ăâîșțşţ",  # Romanian (with cedillas, as its legacy encodings write them)
        "äõöüšž",  # Estonian
        "āčēģīķļņšūž",  # Latvian
        "ąčęėįšųūž",  # Lithuanian
        "âçğıîöşûü",  # Turkish
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",  # Greek
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",  # Russian
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",  # Ukrainian
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  # Belarusian
        "абвгдежзийклмнопрстуфхцчшщъьюя",  # Bulgarian
        "абвгдђежзијклљмнњопрстћуфхцчџш",  # Serbian
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",  # Macedonian
    )
)
# Legacy encodings of Greek, Hebrew and Arabic, which charset-normalizer tells by their language: taken
# when it names one and that reading is no more garbled than the best of the above. Hebrew read as
# windows-1251 is clean lower-case Cyrillic ("доощмд" for "הממשלה") that no sign of garbling catches,
# so a tie must not go to windows-1251. Cyrillic read as windows-1255 fails (its bytes for ы, ь and я are
# undefined there).
_SCRIPT_ENCODINGS = frozenset({"cp1253", "iso8859_7", "cp1255", "iso8859_8", "cp1256", "iso8859_6"})
# Signs of a wrong decoding: symbols glued to letters ("Rz¹d", and windows-1251's "№" for Polish "ą": a
# word's "przyjął" read "przyj№і", which no sign caught, in windows-1251), runs of accented capitals and lower-case
# letters ("Ïðàâ"), a case flip inside a word ("рТБЧ"), Latin and Cyrillic in one word ("cafй"), box
# drawing and half-width katakana, Cyrillic words in capitals, and (a little) the rarer Latin letters of
# Central Europe.
_SYMBOL_BY_LETTER = re.compile(
    r"(?<=[^\W\d_])[\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u02c6-\u02dd\u2020-\u2030\u2039\u203a\u201a\u201e\u2116]"
    r"|[\u00a2-\u00aa\u00ac-\u00ba\u00bc-\u00be\u02c6-\u02dd\u2020-\u2030\u2039\u203a\u201a\u2116](?=[^\W\d_])"
)
_ACCENTED_RUN = re.compile(r"[\u00c0-\u00ff]{3,}")
_CASE_FLIP = re.compile(r"(?<=[a-z\u00df-\u00ff\u0430-\u045f])[A-Z\u00c0-\u00de\u0400-\u042f]")
_MIXED_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u00ff][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z\u00c0-\u00ff]")
# Cyrillic words in capitals: KOI8-R read as windows-1251 (or the reverse) swaps the cases, and lower-case
# prose becomes capitals with a case flip only where a word began with a capital.
_CYRILLIC_CAPITALS = re.compile(r"[\u0401\u0410-\u042f]{4,}")
_UNLIKELY = re.compile(r"[\u2190-\u25ff\uff61-\uff9f]")
# Polish writes "ń" and "ś" only before a consonant or at a word's end ("koń", "śpi"; "nie", "siano" before
# a vowel): "ń" before a vowel and "ś" before "u" are windows-1250's reading of a Spanish "ñ" or a French
# "œ" ("dańos", "Cataluńa", "śuvre"), which a short Spanish text whose lower-case words hold only "ñ", "ó"
# and "œ" had been read as, Polish by its letters. Not "ś" before another vowel: Lower Sorbian writes it
# so ("Chóśebuz", "pśi", "źiśi"), and its news had been read in windows-1252 ("Chóœebuz", "pœi"); nor
# before a capital "U", as Montenegrin's "ŚUTRA" (tomorrow) in a headline in capitals.
_SOFT_BY_VOWEL = re.compile(r"[ńŃ](?=[aeiouyąęóAEIOUYĄĘÓ])|[śŚ](?=u)")
# The rarer Latin letters of Central Europe, and of them "œ" before "u" or "il" as French writes it
# ("œuvre", "cœur", "œil"), which counts for none: it had made a Spanish text's "œuvre" cost as much as its
# reading in ISO-8859-2, which drops the letter, and a French headline's "coup d'œil" Chinese. Elsewhere
# "œ" is windows-1250's "ś" read in windows-1252, as Lower Sorbian's "Pœik³ad", "Witajœo", "zacytaœ" (for
# "Pśikład", "Witajśo", "zacytaś"), which with "œ" no rare letter at all had been read so. (Counted apart
# and taken away: a pattern of both took twice the scan.)
_CENTRAL_EUROPEAN = re.compile(r"[\u0100-\u017f]")
_FRENCH_OE = re.compile(r"[Œœ](?=[uU]|il)")
_GARBLING_SAMPLE = 20_000
# A run of stray bytes in UTF-8, as errors="surrogateescape" reads them (one lone surrogate a byte), how
# many runs are read, with the 20 characters on either side, to choose the encoding they are in, and how
# many of a run's own characters: one run of 2 million strays among 8 million Chinese characters, read
# whole four times over, took 2.6 s (0.3 s before the strays were read).
_STRAY_RUN = re.compile("[\udc80-\udcff]+")
# UTF-8's forbidden forms: a character written in more bytes than it takes (C0 AF for "/", E0 80 AE for ".")
# and a UTF-16 surrogate written as UTF-8 (ED A0 80). No encoder writes them; attackers do, to slip "../"
# or "<" past a filter, and broken converters. A run of strays that is such forms alone is U+FFFD, one a
# form: read as legacy letters it was "À®", or a whole text read as Korean, "GET /files/윙윙/" (C0 AE is a
# Hangul syllable in EUC-KR). Their lead bytes, and the most bytes each leads, bound how many strays they
# can be (see _forbidden_strays).
_FORBIDDEN_UTF8 = re.compile(
    rb"[\xc0\xc1][\x80-\xbf]|\xe0[\x80-\x9f][\x80-\xbf]|\xed[\xa0-\xbf][\x80-\xbf]|\xf0[\x80-\x8f][\x80-\xbf]{2}"
)
_FORBIDDEN_LEADS = ((b"\xc0", 2), (b"\xc1", 2), (b"\xe0", 3), (b"\xed", 3), (b"\xf0", 4))
# The same forms as errors="surrogateescape" reads them, and a run of strays made of them alone.
_FORBIDDEN_FORM = re.compile(
    "[\udcc0\udcc1][\udc80-\udcbf]|\udce0[\udc80-\udc9f][\udc80-\udcbf]"
    "|\udced[\udca0-\udcbf][\udc80-\udcbf]|\udcf0[\udc80-\udc8f][\udc80-\udcbf]{2}"
)
# A character of three bytes in UTF-8 beside a run of strays, or a space or an ASCII sign away from one: a
# legacy word that happens to be one whole UTF-8 character stands there (see _with_strays_read).
_BY_STRAYS = re.compile(
    "(?<=[\udc80-\udcff])([ -/:-@\\[-`{-~]?+)([\u0800-\ud7ff\ue000-\uffff])"
    "|([\u0800-\ud7ff\ue000-\uffff])(?=[ -/:-@\\[-`{-~]?[\udc80-\udcff])"
)
# A word of a legacy reading (see _untrue_letters): letters, and the combining marks windows-1258 reads
# some Western letters' bytes as ("venerd\u0301" for "venerdì"); not what follows a character reference
# or a digit, the rest of a word ("Dvo&#345;ák") or an ordinal's sign ("36ª", "1º").
_WORD = re.compile(r"(?<![\w;])(?:[^\W\d_]|[\u0300-\u036f])+")
_FORBIDDEN_RUN = re.compile(f"(?<![\\udc80-\\udcff])(?:{_FORBIDDEN_FORM.pattern})++(?![\\udc80-\\udcff])")
# A Latin letter beside a Greek one: a Western word's stray letter read in windows-1253 ("cafι" for "café"
# in a Greek text), which no sign of garbling catches. Counted for the strays' readings alone, where the
# text around them is the same in each: a page's own "5μg" must not make its whole reading garbled.
_LATIN_BY_GREEK = re.compile(r"[A-Za-z\u00c0-\u024f][\u0370-\u03ff]|[\u0370-\u03ff][A-Za-z\u00c0-\u024f]")
_STRAY_SAMPLE = 2_000
_STRAY_RUN_SAMPLE = 40
# A character beside stray bytes, which may be a legacy word's bytes that happen to form UTF-8 (see
# _legacy_letters).
_BESIDE_STRAYS = re.compile(
    "(?<=[\udc80-\udcff])[\u0080-\ud7ff\ue000-\uffff]|[\u0080-\ud7ff\ue000-\uffff](?=[\udc80-\udcff])"
)
# Characters of text a stray byte may stand among for the strays to be translated run by run.
_STRAYS_RUN_BY_RUN = 50
# UTF-8 that was read as windows-1252 and written out again, as broken sites and copies of them show it
# ("Ã©tÃ©" for "été", "â€™" for "’"): a UTF-8 lead byte's character (U+00C2-U+00F4) then as many
# continuation bytes' characters as it leads (U+0080-U+00BF, or windows-1252's letters and punctuation
# at 0x80-0x9F), searched in UTF-8 bytes (those of clean UTF-8 input are at hand). Accented letters
# before a dash or a quotation mark ("é»", "á…") are one such character, not two: the hint is for
# mojibake alone, and ftfy decides and repairs.
_MOJIBAKE_CONTINUATION = (
    rb"(?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c]"
    rb"|\xe2\x80[\x93\x94\x98-\x9a\x9c-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\xe2\x82\xac|\xe2\x84\xa2)"
)
# Bytes of text ftfy reads each way from a hint, and in all for one text: it takes 0.2 to 6 µs a character
# (6 for hostile runs of "ÃÃ©Ã"), and real mojibake is an article's worth, a few tens of thousands.
_MOJIBAKE_REACH = 4096
_MOJIBAKE_REPAIR_BYTES = 250_000
_MOJIBAKE_UTF8 = re.compile(
    rb"\xc3(?:[\x82-\x9f]%s|[\xa0-\xaf]%s%s|[\xb0-\xb4]%s%s%s)" % ((_MOJIBAKE_CONTINUATION,) * 6)
)
# Garbling per non-ASCII character past which a reading is wrong: right readings of the test texts in
# every encoding score 0 to 0.23 (Polish, its Central European letters), Cyrillic, Greek, Arabic or
# Chinese read as windows-1252 0.6 to 1.2, Polish as windows-1252 0.5.
_GARBLED_SHARE = 0.4
# Share of characters beyond ASCII up to which a text with strays is mostly ASCII, or their count in a short
# text (one stray in a headline): its few high bytes must read as letters in words (see _read_as_words). A
# run of characters beyond ASCII; the last Latin letter (Latin Extended-B), after which a letter is another
# script's.
_MOSTLY_ASCII_SHARE = 0.01
_FEW_STRAYS = 4
_HIGH_BYTES = bytes(range(0x80, 0x100))
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_LAST_LATIN = "\u024f"
# What opens a line, a quote or a bracket, after which a lone capital opens its words.
_OPENING_MARKS = "\n\"'“‘„‚«‹([¿¡"
# How ISO-2022-JP (Japanese mail and old Japanese pages, 7-bit) switches to a double-byte set (ESC $ B,
# ESC $ @, ESC $ ( D; its -2 form also ESC $ A for Chinese and ESC $ ( C for Korean): its bytes are ASCII,
# and read as ASCII they are "$B;T5D2q" and the article is lost.
_ISO_2022_ESCAPE = b"\x1b$"


def decode_text(data: str | bytes) -> str:
    """Text from ``str`` or ``bytes``, ready for extraction.

    Bytes are read by their byte-order mark, else as UTF-8, else in the legacy encoding (Western, Central
    European or Cyrillic, or charset-normalizer's guess) that reads least garbled; bytes that would be
    binary data are read as UTF-32 or UTF-16 when they are such text without a byte-order mark. Double-encoded
    UTF-8 ("Ã©tÃ©") is repaired (:func:`repair_mojibake`). Control
    characters (NUL included) become a space between two words and are dropped elsewhere, and line ends
    become ``\\n``.

    Raises :class:`InvalidInputError` for binary data (images, archives, compressed files) and
    :class:`InputTooLargeError` past :data:`MAX_TEXT_CHARS`.
    """
    if isinstance(data, bytes):
        if len(data) > MAX_INPUT_BYTES:
            raise InputTooLargeError(
                f"input is {len(data):,} bytes; nutgraf takes at most {MAX_TEXT_CHARS:,} characters: give"
                " one article's page or text"
            )
        clean = _clean_utf8(data)
        text = clean if clean is not None else _decode_bytes(data)
    elif isinstance(data, str):
        clean, text = None, data
    else:
        raise InvalidInputError(f"expected text (str or bytes), got {type(data).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"input is {len(text):,} characters; nutgraf takes at most {MAX_TEXT_CHARS:,}: give the"
            f" article's own text, or its first {MAX_TEXT_CHARS:,} characters"
        )
    # Before control characters are dropped: mojibake of a few letters ("Ñ\x81" for "с") holds C1 ones.
    repaired = _repaired(text, data) if clean is not None else repair_mojibake(text)
    if repaired != text:
        clean, text = None, repaired
    # A byte-order mark read as a character (a file decoded as "utf-8", not "utf-8-sig", or a second mark
    # after the first) is no part of the text: before a page's "<html>" it made the page's markup its text.
    text = text.lstrip(_BYTE_ORDER_MARK)
    if clean is not None or _is_clean(text):  # the usual case: nothing to count or drop
        return _with_newlines(text)
    sample = text[:8192]
    if len(_CONTROL_CHARS.findall(sample)) > _BINARY_SHARE * len(sample):
        raise InvalidInputError(
            "input looks like binary data, not text; give nutgraf an article as plain text or HTML"
        )
    return _with_newlines(clean_characters(text))


def repair_mojibake(text: str) -> str:
    """``text`` with double-encoded UTF-8 read back ("Ã©tÃ©" is "été", "â€™" is "’"), as a reader
    pasting from a broken site sends it; text that is not mojibake comes back as it is (ftfy's judgement:
    "groß“" stays)."""
    return text if text.isascii() else _repaired(text, text.encode("utf-8", "surrogatepass"))


def _repaired(text: str, utf8: bytes) -> str:
    """:func:`repair_mojibake` of ``text``, whose UTF-8 bytes are ``utf8``."""
    # The search for one byte is memchr's, near free: most pages have no 0xC3 at all.
    matches = _MOJIBAKE_UTF8.finditer(utf8) if b"\xc3" in utf8 else iter(())
    first = next(matches, None)
    if first is None:
        return text
    # ftfy reads the text around each hint, not the whole: its passes over the whole took 0.6 s on a
    # 380 KB page whose mojibake was one attribute's, and 7 s on a megabyte of "ÃÃ©Ã".
    pieces, done, budget = [], 0, _MOJIBAKE_REPAIR_BYTES
    for match in chain((first,), matches):
        if match.start() < done:
            continue  # in the text just repaired
        if budget <= 0:
            break
        start, end = _around(utf8, match.start(), match.end(), done)
        repaired = _fixed_encoding(utf8[start:end].decode("utf-8", "surrogatepass"))
        pieces += (utf8[done:start], repaired.encode("utf-8", "surrogatepass"))
        budget -= end - start
        done = end
    pieces.append(utf8[done:])
    return b"".join(pieces).decode("utf-8", "surrogatepass")


# The commonest mojibake, a pound sign's UTF-8 read as Latin-1 or windows-1252: 36 of the 49 XSum articles
# that hold any ("Â£5m"), a British site's every price.
_POUND_MOJIBAKE = "\u00c2\u00a3"
# The most characters a match of ftfy's badness pattern spans (a test reads it from the pattern).
_BADNESS_REACH = 7


def _fixed_encoding(window: str) -> str:
    """``ftfy.fix_encoding(window)``, worked out without it where the window's only characters beyond ASCII
    are pound signs' mojibake ("Â£"): ftfy searches the whole window with its badness pattern twice, before
    and after its fix (some 1.5M instructions an XSum article that has one, a tenth of them).

    For such a window ftfy's steps are fixed: it is left as it is unless the pattern matches; if it does,
    the window is Latin-1, whose bytes, ASCII and C2 A3 (no lead byte before a space for its byte-A0
    repair to mend), decode as UTF-8 to the window with "£" for each "Â£", which ftfy checks again and
    keeps unless the pattern still matches. The pattern is ftfy's own, asked only of the characters within
    its longest match around each mark: none of its alternatives matches ASCII alone (a test reads them),
    so any match holds a mark. Where the fixed text still reads bad, ftfy decides as before."""
    if _POUND_MOJIBAKE in window and window.replace(_POUND_MOJIBAKE, "").isascii():
        if not _bad_around(window, _POUND_MOJIBAKE):
            return window
        fixed = window.replace(_POUND_MOJIBAKE, "\u00a3")
        if not _bad_around(fixed, "\u00a3"):
            return fixed
    import ftfy

    return ftfy.fix_encoding(window)


def _bad_around(text: str, mark: str) -> bool:
    """Whether ftfy's badness pattern matches ``text``, which is ASCII but for occurrences of ``mark``:
    the pattern is asked of each mark with as many characters on either side as its longest match."""
    from ftfy.badness import BADNESS_RE

    # Searched between bounds, not in a slice: "^" still matches only at the text's start.
    reach = _BADNESS_REACH - 1
    found = text.find(mark)
    while found >= 0:
        if BADNESS_RE.search(text, max(found - reach, 0), found + len(mark) + reach):
            return True
        found = text.find(mark, found + len(mark))
    return False


def _around(utf8: bytes, start: int, end: int, floor: int) -> tuple[int, int]:
    """The bounds of the text ftfy reads around the hint ``utf8[start:end]``: to the edges of its line or
    of the text between two tags, at most :data:`_MOJIBAKE_REACH` bytes each way (then to a space), never
    before ``floor`` and never inside a character (no edge of a UTF-8 sequence is an ASCII byte)."""
    low, high = max(start - _MOJIBAKE_REACH, floor), min(end + _MOJIBAKE_REACH, len(utf8))
    edges = [utf8.rfind(edge, low, start) for edge in b"\n<>"]
    left = max(edges) + 1 if max(edges) >= 0 else utf8.rfind(b" ", low, start) + 1 or low
    edges = [found for edge in b"\n<>" if (found := utf8.find(edge, end, high)) >= 0]
    space = utf8.rfind(b" ", end, high)
    right = min(edges) if edges else (space if space >= 0 else high)
    while left < start and 0x80 <= utf8[left] < 0xC0:  # a window's edge inside a character
        left += 1
    while right > end and right < len(utf8) and 0x80 <= utf8[right] < 0xC0:
        right -= 1
    return left, right


def _with_newlines(text: str) -> str:
    # Looking for one character is a fraction of the cost of replacing a pair of them that is not there.
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _clean_utf8(data: bytes) -> str | None:
    """``data`` read as UTF-8 when it is UTF-8 without a byte-order mark and nothing :func:`decode_text`
    would drop or refuse (most pages); else ``None``. Known from the bytes: a search of them costs a fifth
    of that of the text."""
    marked = data.startswith((codecs.BOM_UTF8, *(signature for signature, _, _ in _BINARY_SIGNATURES)))
    if marked or not _clean_bytes(data):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when it is no text: the kind of file it opens as (``a PNG image``), or ``binary
    data`` when it holds control bytes no text does (NUL, the escapes of images and archives); else
    ``None``."""
    kind = next((what for signature, what, _ in _BINARY_SIGNATURES if data.startswith(signature)), None)
    if kind is not None:
        return kind
    return "binary data" if len(data.translate(None, _CONTROL_BYTES)) < len(data) else None


def clean_characters(text: str) -> str:
    """``text`` without control characters (NUL included), and with U+FFFD for each half of a UTF-16
    pair standing alone: characters no database or encoder takes.

    A run of control characters between two words (with a C0 control such as NUL in it) becomes one
    space, so that "The\\x00council" reads "The council"; elsewhere (beside white space, at either end,
    C1 controls alone) it is dropped.
    """
    if not _is_clean(text):
        text = _CONTROL_CHARS.sub("", _SEPARATING_CONTROLS.sub(" ", text))
        text = _LONE_SURROGATES.sub("\ufffd", text)
    return text


def clean_pieces(pieces: Iterable[str]) -> Iterator[str]:
    """The pieces of one text (a reply streamed in pieces) cleaned as :func:`clean_characters` cleans the
    whole: joined, they are ``clean_characters("".join(pieces))``. Cleaned alone, a piece lost a control
    character at its edge, which has no word beyond it there: "The city\\x00" then "approved" read "The
    cityapproved". So a run of them that ends a piece is held until the next piece shows what follows it,
    and a piece is cleaned after the character before it."""
    before = ""  # the last character given out: what a run at the next piece's start follows
    held = ""  # the run of control characters that ended the pieces so far, as one of its kind
    for piece in pieces:
        text = held + piece
        body = text.rstrip(_CONTROLS)
        run = text[len(body) :]
        # Whether the run holds a C0 control or DEL decides what it becomes (see _SEPARATING_CONTROLS):
        # one character keeps that, however many the server sends.
        held = ("\x00" if run.strip(_C1_CONTROLS) else "\x80") if run else ""
        if body:
            cleaned = clean_characters(before + body)[len(before) :]
            before = body[-1]
            if cleaned:
                yield cleaned


def _is_clean(text: str) -> bool:
    """Whether ``text`` is free of what :func:`clean_characters` drops or replaces."""
    if text.isascii():  # a flag of the string, read without a scan
        if len(text) >= _SEARCHED_CHARS:
            # A search for each control character is memchr's, a fraction of an instruction a
            # character: a third of the deletion's instructions on an article of 4,000 characters.
            return not any(map(text.__contains__, _UNCLEAN_ASCII))
        # Deleting the control bytes from ASCII text in C is 4x faster than the regex's scan.
        return len(text.encode("ascii").translate(None, _UNCLEAN_BYTES)) == len(text)
    # Other text is checked in its UTF-8 bytes, a fifth of the regex's time on mostly Latin text: strict
    # UTF-8 refuses surrogates.
    try:
        return _clean_bytes(text.encode("utf-8"))
    except UnicodeEncodeError:
        return False


def _clean_bytes(data: bytes) -> bool:
    """Whether the UTF-8 ``data`` holds none of :data:`_UNCLEAN`'s characters: C0 controls and DEL are
    bytes of their own, a C1 control is 0xC2 and its code."""
    return len(data.translate(None, _UNCLEAN_BYTES)) == len(data) and _C1_BYTES.search(data) is None


def _decode_bytes(data: bytes) -> str:
    # A UTF-8 mark a tool wrote before a text with a mark of its own (a UTF-16 file's): the text's decides.
    # Two U+FFFD had opened the page, which was then no HTML. (More UTF-8 marks go as characters.)
    if data.startswith(codecs.BOM_UTF8) and data.startswith(_OTHER_MARKS, len(codecs.BOM_UTF8)):
        data = data[len(codecs.BOM_UTF8) :]
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            text = _marked_reading(data[len(mark) :], encoding)
            if text is not None:
                return text
            data = data[len(mark) :]  # a mark its bytes belie: they are read as unmarked bytes are
            break
    for signature, what, advice in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InvalidInputError(f"input is {what}, not text; nutgraf reads plain text and HTML{advice}")
    head = data[:8192]
    # Before the count of control bytes: in Japanese with short runs of Latin letters or digits, its
    # escapes can pass for the share of binary data.
    if _ISO_2022_ESCAPE in head and data.isascii():
        with suppress(UnicodeDecodeError):
            return data.decode("iso2022_jp_2")
    if len(head) - len(head.translate(None, _CONTROL_BYTES)) > _BINARY_SHARE * len(head):
        text = _utf32_without_mark(data) or _utf16_without_mark(data)
        if text is None:
            raise InvalidInputError(
                "input looks like binary data, not text; give nutgraf an article as plain text or HTML"
            )
        return text  # decode_text still refuses it if it reads as control characters
    text = utf8_reading(data)
    return _read_as_words(data, text if text is not None else _decode_legacy(data))


def _read_as_words(data: bytes, text: str) -> str:
    """``text``, the reading of ``data`` (no clean UTF-8) in UTF-8 with strays or a legacy encoding; but where
    ``text`` is mostly ASCII (see :data:`_MOSTLY_ASCII_SHARE`), ``data`` holds stray bytes and fewer than
    half of that reading's letters beyond ASCII stand in words (see :func:`_letters_in_words`), ``data`` in
    windows-1252 where its letters do and every byte beyond ASCII is a stray, else in UTF-8 with U+FFFD for
    each stray. An English text with one stray byte (a UTF-8 character cut short) had been read as
    windows-1251, a Cyrillic letter among its words ("The council Г( voted"): a few bytes make no
    language's words."""
    # Counted in C first: most texts that come here are far from ASCII (a legacy page, Chinese with strays).
    beyond_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if not beyond_ascii or beyond_ascii > max(_MOSTLY_ASCII_SHARE * len(text), _FEW_STRAYS):
        return text
    utf8 = data.decode("utf-8", errors="replace")
    strays = _stray_bytes(data, utf8)
    if not strays or _letters_in_words(text, utf8):
        return text
    if strays == len(data) - len(data.translate(None, _HIGH_BYTES)):  # no UTF-8 character: Latin-1 letters?
        with suppress(UnicodeDecodeError):
            western = data.decode("cp1252")
            if _letters_in_words(western):
                return western
    return utf8


def _letters_in_words(text: str, utf8: str = "") -> bool:
    """Whether at least half of the letters beyond ASCII in ``text`` (mostly ASCII) stand in words: a Latin
    letter beside an ASCII letter ("café") or in a run of letters beyond ASCII of two or more or in lower
    case ("à la carte") or opening a sentence, a quote or a bracket ("È il", "“À la Maison”"); another
    script's letters in a run of two or more with no ASCII letter beside it ("said Путин"). A lone capital
    ("Г(", "Ã(") or a Cyrillic letter glued to Latin ones is no word, nor a capital right after a lower-case
    letter ("councÃ(il", not "l’État"): no word changes case inside it. The letters ``utf8`` (the same bytes read as
    UTF-8) writes are the text's own, not the strays' reading, and are not weighed: a UTF-8 "é" elsewhere
    had outweighed a stray read "councÃ(il"."""
    own = Counter(character for character in utf8 if character > "\x7f" and character.isalpha())
    letters = in_words = 0
    for run in _NON_ASCII_RUN.finditer(text):
        alphabetic = []
        for character in run.group():
            if not character.isalpha():
                continue
            # Each of the text's own letters skipped once: a run that repeats it ("ЖЖ", the second a stray's
            # reading) keeps the repeat, which had gone with it and left the stray unweighed.
            if own[character] > 0:
                own[character] -= 1
            else:
                alphabetic.append(character)
        if not alphabetic:
            continue  # punctuation, symbols, U+FFFD, the text's own UTF-8 letters
        before = text[run.start() - 1 : run.start()]
        glued = before.isalpha() or text[run.end() : run.end() + 1].isalpha()
        if all(character <= _LAST_LATIN for character in alphabetic):
            # The letter, not the run: a curly quote before it is in the run ("“À").
            letter = run.start() + run.group().index(alphabetic[0])
            # The letter right before it, not the run's: an apostrophe opens the run "’É" in "l’État".
            flipped = text[letter - 1 : letter].islower() and alphabetic[0].isupper()
            word = not flipped and (
                glued or len(alphabetic) >= 2 or alphabetic[0].islower() or _opens_sentence(text, letter)
            )
        else:
            word = not glued and len(alphabetic) >= 2
        letters += len(alphabetic)
        in_words += len(alphabetic) if word else 0
    return 2 * in_words >= letters


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start]`` opens a line, a sentence, a quote, a bracket or what follows a colon
    (one-letter capitals are words there: Italian "È il terzo", Portuguese "É o valor", a French name
    quoted in English, "called “À la Maison”", which had lost its letter and its quotes to U+FFFD)."""
    return (
        start == 0
        or text[start - 1] in _OPENING_MARKS
        or text[max(0, start - 2) : start] in (". ", "! ", "? ", ": ")
    )


def _decode_legacy(data: bytes) -> str:
    """``data``, which is no UTF-8 with a few strays, read in its legacy encoding (see
    :func:`_legacy_encoding`), or as a UTF-8 page whose strays outnumber its UTF-8 where that reads less
    garbled: a UTF-8 template (menus, title, "—") around a long article stored in windows-1251 had either
    its template read "РЎРµ" and "вЂ”", or, those signs of garbling outweighing the article's, all of it
    in windows-1250 ("Ăîđîäńęîé" for "Городской")."""
    encoding = _legacy_encoding(data) or "latin-1"
    sample = data[:_GARBLING_SAMPLE]
    # Only a text holding characters no legacy letter and punctuation pair makes may be such a page (a
    # Chinese page in GBK may hold them by chance too, and reads far less garbled in GBK); a tie keeps the
    # legacy reading.
    read = sample.decode("utf-8", errors="replace")
    if any(map(_unmistakable, read)):
        mixed = _with_strays_read(sample, _stray_bytes(sample, read))
        legacy = sample.decode(encoding, errors="replace")
        if _garbling(mixed) + mixed.count("\ufffd") < _garbling(legacy) + legacy.count("\ufffd"):
            return _with_strays_read(data, _stray_bytes(data, data.decode("utf-8", errors="replace")))
    return data.decode(encoding, errors="replace")


def _marked_reading(data: bytes, encoding: str) -> str | None:
    """``data``, the bytes after a byte-order mark, read in the ``encoding`` it names where they bear it
    out; else ``None``. A mark is two to four bytes any tool may write before any text: believed blindly, a
    UTF-16 mark before UTF-8 made a page CJK characters, a UTF-32 mark made it U+FFFD throughout, and a
    UTF-8 mark before windows-1252 lost every accented letter ("M\ufffdxico"). UTF-8 is read as unmarked
    bytes are (:func:`utf8_reading`: a few stray bytes allowed); UTF-16 and UTF-32 may have a few bad code
    units (a copy cut mid-character), and UTF-16 is no UTF-8 text without a NUL (any text of ASCII
    characters has NULs in UTF-16; one of Chinese characters alone is valid UTF-8 by chance a few
    characters long at most)."""
    if encoding == "utf-8":
        return utf8_reading(data)
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > _BINARY_SHARE * len(text):
        return None
    if encoding.startswith("utf-16") and b"\x00" not in data[:8192]:
        with suppress(UnicodeDecodeError):
            data.decode("utf-8")
            return None
    return text


def _utf32_without_mark(data: bytes) -> str | None:
    """``data`` read as UTF-32 (little- or big-endian) when its NULs leave no doubt: the top byte of every
    four is NUL and the next a plane that text writes in (see :data:`_TEXT_PLANES`), while the lowest is
    almost never NUL; else ``None``. Written so by a few tools (Python's "utf-32-le"), it had been refused
    as binary data."""
    head = data[: 8192 - 8192 % 4]
    for encoding, top, plane, low in (
        ("utf-32-le", head[3::4], head[2::4], head[0::4]),
        ("utf-32-be", head[0::4], head[1::4], head[3::4]),
    ):
        if (
            len(low) >= 2
            and top.count(0) == len(top)
            and not plane.translate(None, _TEXT_PLANES)
            and low.count(0) <= _BINARY_SHARE * len(low)
        ):
            return data[: len(data) - len(data) % 4].decode(encoding, errors="replace")
    return None


def _utf16_without_mark(data: bytes) -> str | None:
    """``data`` read as UTF-16 (little- or big-endian) when its bytes look like UTF-16 text of one
    alphabet (see :data:`_UTF16_ALPHABET_SHARE`); else ``None``."""
    head = data[:8192]
    for encoding, high, low in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        alphabet = high.count(0) + max((high.count(byte) for byte in set(high) - {0}), default=0)
        if (
            high
            and alphabet >= _UTF16_ALPHABET_SHARE * len(high)
            and low.count(0) <= _BINARY_SHARE * len(low)
        ):
            return data[: len(data) - len(data) % 2].decode(encoding, errors="replace")
    return None


def utf8_reading(data: bytes) -> str | None:
    """``data`` read as UTF-8 when it is UTF-8, with U+FFFD for a few stray bytes; else ``None``.

    One bad byte in a UTF-8 article (a truncated copy, one pasted Latin-1 character) must not send the
    whole text to a legacy encoding that garbles every accented letter. Legacy-encoded text seldom forms
    a valid multi-byte UTF-8 sequence: only a capital accented letter or "ß" before a curly quote or
    dash can ("ß“" reads as one NKo letter), and that pair's second byte is 0x80-0x9F. So text whose
    valid sequences outnumber its stray bytes four to one is UTF-8, and so is text with at least as
    many sequences no such pair makes (three bytes or more, or a second byte from 0xA0) as stray
    bytes: a few curly quotes pasted from Windows among "’"s.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    strays = _utf8_strays(data)
    return _with_strays_read(data, strays) if strays is not None else None


def reads_as_utf8(data: bytes) -> bool:
    """Whether :func:`utf8_reading` reads ``data`` as UTF-8, known without reading its stray bytes: asked
    of a page labelled in a legacy encoding before it is decoded, the strays' reading had been made twice
    (a 16 MB page with one stray took 0.8 s, 0.25 s before strays were read)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _utf8_strays(data) is not None
    return True


def _utf8_strays(data: bytes) -> int | None:
    """How many stray bytes ``data``, UTF-8 with some, holds when they are few enough for it to be UTF-8
    (see :func:`utf8_reading`); else ``None``."""
    text = data.decode("utf-8", errors="replace")
    stray = _stray_bytes(data, text)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - stray >= 4 * stray:
        return stray
    # Strays that are UTF-8's forbidden forms are no legacy text's (see _FORBIDDEN_UTF8): ASCII text with
    # them alone had been read as Korean.
    legacy = stray - _forbidden_strays(data, stray - (non_ascii - stray) // 4)
    if non_ascii - stray >= 4 * legacy:
        return stray
    # Counted only where there are characters enough to count: a look at each of the 15 million of a
    # windows-1251 article, all of them strays, took 7 s.
    if non_ascii - stray >= legacy and sum(map(_unmistakable, text)) >= legacy:
        return stray
    return None


def _forbidden_strays(data: bytes, enough: int) -> int:
    """How many of ``data``'s stray bytes are UTF-8's forbidden forms (see :data:`_FORBIDDEN_UTF8`), where
    their lead bytes could make ``enough`` of them; else 0. The count of each lead byte is memchr's: a
    windows-1251 article's "а", "н" and "р" lead such forms' bytes too few to be all of its strays."""
    if enough <= 0 or sum(data.count(lead) * most for lead, most in _FORBIDDEN_LEADS) < enough:
        return 0
    return sum(map(len, _FORBIDDEN_UTF8.findall(data)))


def _stray_bytes(data: bytes, text: str) -> int:
    """How many stray bytes the UTF-8 ``data`` holds (the bytes of a character cut short count once, as
    errors="replace" reads them one U+FFFD); ``text`` is ``data`` read with errors="replace"."""
    return text.count("\ufffd") - data.count("\ufffd".encode())


def _with_strays_read(data: bytes, strays: int) -> str:
    """``data``, UTF-8 with stray bytes, read as UTF-8 and its stray bytes in the legacy encoding that reads
    them least garbled in their words (ties to windows-1252; U+FFFD for a byte it leaves undefined): a
    UTF-8 template around an article stored in windows-1252 (a CMS's old database) had every accented
    letter of the article U+FFFD, "M\ufffdxico" for "México". Each encoding is one byte a character: a
    few ``strays`` are translated run by run, many by one pass over the text in C (a pass over 16 MB of
    text for its two strays took 0.9 s; a run at a time, two million of them took 3 s)."""
    text = data.decode("utf-8", errors="surrogateescape")  # each stray byte a lone surrogate, in place
    # A character the text's end cut short (a copy or a preview cut at a byte count) is UTF-8's, not
    # legacy letters: read as windows-1252, a Chinese text cut in its last "。" ended "ã€", a French one
    # in "é" "Ã". It is its bytes alone at the end; a longer run of strays there ("Москва" in windows-1251,
    # its last byte a lead byte) is a legacy word.
    cut = _cut_character(data)
    if cut and (cut == len(text) or not _STRAY_RUN.match(text, len(text) - cut - 1)):
        text = text[:-cut] + "\ufffd"
    sampled = list(islice(_STRAY_RUN.finditer(text), _STRAY_SAMPLE))
    runs = [run for run in sampled if not _FORBIDDEN_RUN.fullmatch(run.group())]
    sample = "\n".join(
        text[max(0, run.start() - 20) : min(run.end(), run.start() + _STRAY_RUN_SAMPLE) + 20] for run in runs
    )
    # The letters the text writes in UTF-8: a Czech page's strays read as Czech letters ("ř", not
    # windows-1252's "ø"), a Turkish page's as Turkish ones ("ş", not "þ"), a Greek page's as Greek (not
    # windows-1251's clean lower-case Cyrillic). Each stray letter outside them counts as a sign of garbling.
    alphabet = set((text[:_GARBLING_SAMPLE] + sample).lower())
    strays_read = "".join(run.group()[:_STRAY_RUN_SAMPLE] for run in runs)
    # Nor are Central European letters rare where the text writes them: counted for each stray's window
    # onto a Czech menu in windows-1250, they outweighed its "ř" and "č" ("Pøihlásit", "Poèasí").
    rare_latin = not any(map(_CENTRAL_EUROPEAN.match, alphabet))
    readings = {}
    for encoding in _STRAY_ENCODINGS:
        table = _stray_table(encoding)
        reading = sample.translate(table)
        foreign = _foreign_letters(Counter(strays_read.translate(table)), alphabet)
        latin_greek = 2 * len(_LATIN_BY_GREEK.findall(reading))
        readings[encoding] = (
            _garbling(reading, rare_latin=rare_latin) + reading.count("\ufffd") + foreign + latin_greek
        )
    table = _stray_table(min(readings, key=readings.__getitem__))  # ties: the earlier, commoner encoding
    # A legacy word whose bytes happen to be one whole UTF-8 character, with no stray beside it: Ukrainian
    # "дії" in windows-1251 is U+4CFF, and read "план 䳿" (see _legacy_letters for those beside strays).
    # Such a character is read as its legacy letters where they are one language's (see _untrue_letters),
    # the text writes no letter of three bytes or more but such characters (Chinese, Japanese, Korean text
    # writes many), and it stands among the strays, a space or a sign from one (see _BY_STRAYS): "人", "千"
    # and "会" are such characters too, and one quoted in the UTF-8 text had been read "дєє", "еЌѓ", "дјљ".
    words = {
        letter: _legacy_word(letter, table) for letter in alphabet if letter >= "\u0800" and letter.isalpha()
    }
    if all(words.values()) and (
        read := {letter: word for letter, word in words.items() if not _untrue_letters(word)}
    ):
        text = _BY_STRAYS.sub(
            lambda by: by[1] + read.get(by[2], by[2]) if by[2] else read.get(by[3], by[3]), text
        )
    if strays * _STRAYS_RUN_BY_RUN < len(text):
        # Run by run, each with the characters on either side of it (a search for those beside strays
        # takes four times the search for the strays alone: 0.5 s for 16 MB of Chinese with two).
        pieces = []
        done = 0
        for run in _STRAY_RUN.finditer(text):
            start, end = run.span()
            if _FORBIDDEN_RUN.fullmatch(run.group()):
                pieces += (text[done:start], _FORBIDDEN_FORM.sub("\ufffd", run.group()))
                done = end
                continue
            if start > done:
                pieces += (text[done : start - 1], _legacy_letters(text[start - 1], run.group()[0], table))
            after = text[end : end + 1]
            pieces += (run.group().translate(table), _legacy_letters(after, run.group()[-1], table))
            done = end + len(after)
        pieces.append(text[done:])
        return "".join(pieces)
    # Looked for where the sampled runs hold them: the whole text's search costs a tenth of its reading.
    if len(runs) < len(sampled):
        text = _FORBIDDEN_RUN.sub(lambda run: _FORBIDDEN_FORM.sub("\ufffd", run.group()), text)
        if not runs and _STRAY_RUN.search(text) is None:
            return text  # strays of forbidden forms alone: nothing is left to read in a legacy encoding
    return _BESIDE_STRAYS.sub(
        lambda beside: _legacy_letters(
            beside.group(),
            text[beside.start() - 1 : beside.start()] + text[beside.end() : beside.end() + 1],
            table,
        ),
        text,
    ).translate(table)


def _legacy_word(character: str, table: dict[int, str]) -> str:
    """``character``'s UTF-8 bytes read in a legacy encoding (``table``, see :func:`_stray_table`) where
    they are all letters there; else the empty string."""
    read = "".join(table[0xDC00 + byte] for byte in character.encode())
    return read if read.isalpha() else ""


def _legacy_letters(character: str, strays: str, table: dict[int, str]) -> str:
    """``character``, which stands beside the stray bytes ``strays``, read as its bytes in the strays'
    encoding (``table``, see :func:`_stray_table`) where they and a stray beside it are letters there; else
    ``character``. Windows-1251's capital and "і" are a valid two-byte UTF-8 character, and "мії" a
    three-byte one: a Ukrainian word pasted in windows-1251 read "̳ністр" for "Міністр", "гвне" for
    "Рівне", "економії" ended on a Hangul syllable (the word "дії" alone, no stray beside it, is still read as
    UTF-8). A text's own letter beside a stray that is no letter (the "о" of "слово»", its quotation mark
    pasted in windows-1251) is the text's."""
    if not "\u0080" <= character < "\ud800" and not "\ue000" <= character <= "\uffff":
        return character
    if not any(0xDC80 <= ord(stray) <= 0xDCFF and table[ord(stray)].isalpha() for stray in strays):
        return character
    return _legacy_word(character, table) or character


def _foreign_letters(characters: Counter[str], alphabet: frozenset[str] | set[str]) -> int:
    """How many of ``characters`` (each with its count) are letters whose lower case ``alphabet`` lacks."""
    return sum(
        count
        for character, count in characters.items()
        if character.isalpha() and character.lower() not in alphabet
    )


def _cut_character(data: bytes) -> int:
    """How many bytes at the end of ``data`` open a UTF-8 character that they end before it is whole (0 when
    none do)."""
    for back in range(1, min(3, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80 or 0xC0 <= byte < 0xC2 or byte > 0xF4:  # no byte of a UTF-8 character cut short
            return 0
        if byte >= 0xC2:  # a lead byte: the character is cut when it leads more bytes than follow it
            return back if back < (2 if byte < 0xE0 else 3 if byte < 0xF0 else 4) else 0
    return 0


@functools.cache
def _stray_table(encoding: str) -> dict[int, str]:
    """What each stray byte, as errors="surrogateescape" reads it, is in ``encoding`` (U+FFFD where it
    leaves the byte undefined)."""
    return {0xDC00 + byte: bytes([byte]).decode(encoding, errors="replace") for byte in range(0x80, 0x100)}


def _unmistakable(character: str) -> bool:
    """Whether ``character``'s UTF-8 bytes are more than a legacy letter and punctuation pair could be:
    three bytes or more, or two whose second is 0xA0 or above."""
    code = ord(character)
    if code >= 0x800:
        return character != "\ufffd"
    return code >= 0x80 and code & 0x3F >= 0x20


def _legacy_encoding(data: bytes) -> str | None:
    """The legacy encoding (Western, Central European or Cyrillic, or charset-normalizer's guess) that
    reads ``data`` least garbled; ``None`` when none reads it."""
    from charset_normalizer import from_bytes

    encodings = list(_LEGACY_ENCODINGS)
    guess = from_bytes(data[: 4 * _GARBLING_SAMPLE]).best()
    if guess is not None and guess.encoding not in encodings:
        encodings.append(guess.encoding)
    sample = data[:_GARBLING_SAMPLE]
    readings = {}
    # Encodings that read the sample alike are weighed once: windows-1254 reads all but six of
    # windows-1252's letters as it does, and a Western page rarely writes those six.
    costs: dict[str, float] = {}
    for encoding in encodings:
        try:
            reading = sample.decode(encoding)
        except UnicodeDecodeError:
            # A byte this encoding leaves undefined, or a multi-byte sequence cut at the end: a few are a
            # file's strays (a windows-1252 text with one 0x81 or 0x9D), each weighed as an untrue letter;
            # more say the encoding is another. Skipped for one stray, a Spanish or French text read in
            # windows-1250 ("próximos" as "prďximos").
            reading = sample.decode(encoding, errors="replace")
            if reading.count("\ufffd") > _FEW_STRAYS:
                continue
        if reading not in costs:
            costs[reading] = _reading_cost(reading) + reading.count("\ufffd")
        readings[encoding] = costs[reading]
    if not readings:
        return None
    best = min(readings, key=readings.__getitem__)  # ties go to the earlier, commoner encoding
    script_guess = guess.encoding if guess is not None and guess.encoding in _SCRIPT_ENCODINGS else None
    if script_guess in readings and readings[script_guess] <= readings[best]:
        best = script_guess
    return best


def truer_encoding(data: bytes, label: str) -> str | None:
    """A legacy encoding that reads ``data`` truer than the encoding it is labelled in, ``label``, whose
    reading writes letters no one language writes (see :data:`_LANGUAGE_ALPHABETS`); else ``None``. A
    Czech, Hungarian or Turkish page labelled windows-1252 (a server's default, a template's label) read
    "pøíštího", "képviselõk" or "tartýþma", which no sign of garbling catches."""
    sample = data[:_GARBLING_SAMPLE]
    labelled = sample.decode(label, errors="replace")
    # One untrue letter is a loanword's ("œuvre" on a Dutch page read "śuvre" and "nińo" in windows-1250).
    if _untrue_letters(labelled) < 2:
        return None
    cost, truest = _reading_cost(labelled), None
    weighed = {labelled}  # a reading alike to one weighed is no truer (see _legacy_encoding)
    for encoding in _LEGACY_ENCODINGS:
        with suppress(UnicodeDecodeError):
            if (reading := sample.decode(encoding)) not in weighed:
                weighed.add(reading)
                if (other := _reading_cost(reading)) < cost:
                    cost, truest = other, encoding
    return truest


def _reading_cost(reading: str) -> float:
    """How far a legacy ``reading`` is from a true one: its garbling, its untrue letters, and a Latin
    letter beside a Greek one as for strays (Hungarian read in windows-1253 is "tϊlzott")."""
    return _garbling(reading) + _untrue_letters(reading) + 2 * len(_LATIN_BY_GREEK.findall(reading))


def _untrue_letters(reading: str) -> int:
    """How many characters of a legacy ``reading`` are C1 controls (bytes its encoding leaves to them: a
    windows-1250 "š" in ISO-8859-2) or Latin, Greek and Cyrillic letters of its words in lower case beyond
    the language whose letters they write most of (see :data:`_LANGUAGE_ALPHABETS`); other scripts' letters
    are charset-normalizer's guesses' and count for nothing."""
    beyond_ascii = _beyond_ascii(reading)
    controls = sum(count for character, count in beyond_ascii.items() if character < "\xa0")
    if not min(_foreign_letters(beyond_ascii, alphabet) for alphabet in _LANGUAGE_ALPHABETS):
        return controls
    # Names are no language's words: a page that quotes "Øystein", "Ibáñez" and "Žižek" writes three
    # languages' letters, and read in windows-1250 ("Řystein", "Ibáńez") it had looked truer. A wrong
    # encoding's letters stand in the text's common words, which are in lower case ("pøíštího").
    beyond_ascii = _beyond_ascii("".join(word for word in _WORD.findall(reading) if word[0].islower()))
    return controls + min(_foreign_letters(beyond_ascii, alphabet) for alphabet in _LANGUAGE_ALPHABETS)


def _beyond_ascii(text: str) -> Counter[str]:
    """``text``'s C1 controls and Latin, Greek and Cyrillic letters beyond ASCII, each with its count."""
    return Counter(
        {character: count for character, count in Counter(text).items() if "\x80" <= character < "\u0530"}
    )


def garbled(text: str) -> bool:
    """Whether ``text`` reads as bytes decoded in the wrong encoding ("Ãîðîäñêîé" for "Городской",
    "зПТПДУЛПК" for KOI8-R read as windows-1251), judged on its first characters."""
    sample = text[: 4 * _GARBLING_SAMPLE]
    non_ascii = len(sample) - len(sample.encode("ascii", errors="ignore"))
    return _garbling(sample) > _GARBLED_SHARE * non_ascii


def _garbling(text: str, *, rare_latin: bool = True) -> float:
    """How garbled a decoding reads: 0 for clean text, more for each sign of a wrong encoding; the rarer
    Latin letters of Central Europe count only where ``rare_latin``."""
    return (
        len(_SYMBOL_BY_LETTER.findall(text))
        + sum(len(run) for run in _ACCENTED_RUN.findall(text))
        + len(_CASE_FLIP.findall(text))
        + sum(len(run) for run in _CYRILLIC_CAPITALS.findall(text))
        + 2 * len(_MIXED_SCRIPT.findall(text))
        + 2 * len(_UNLIKELY.findall(text))
        + 2 * len(_SOFT_BY_VOWEL.findall(text))
        + (0.25 * (len(_CENTRAL_EUROPEAN.findall(text)) - len(_FRENCH_OE.findall(text))) if rare_latin else 0)
    )
