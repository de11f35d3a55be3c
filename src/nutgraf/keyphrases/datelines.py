"""Datelines ("WASHINGTON (Reuters) - ", Chinese and Korean ones): where a story was filed and who filed
it, marked so that the agency and the reporter never make a keyphrase."""

from __future__ import annotations

from nutgraf.keyphrases.bounds import MAX_CHARS
from nutgraf.keyphrases.languages import CREDITING_AGENCIES
from nutgraf.segment import (
    CHINESE_DATELINE,
    DATELINE_DASH,
    DATELINE_MAX_CHARACTERS,
    KOREAN_DATELINE,
    PlacesNamed,
    dateline_end,
    dateline_place,
)

# What a dateline's agency tag and dash are turned into (cleaned text holds no NUL). The word after them
# reads as it did beside the tag, mid-sentence: a lede opens with its subject's title and name ("(Reuters) -
# Prime Minister Rishi Sunak"), whose first word the text may write in lower case elsewhere.
_DATELINE_MARK = "\x00"
# An agency's credit after a dateline's date or dash ("РИА Новости. ") has at most this many words and
# characters; the place before the date, at most this many words.
_MAX_CREDIT_WORDS = 2
_MAX_CREDIT = 30
_MAX_PLACE_WORDS = 4


def _credit(text: str, start: int, end: int) -> int:
    """Where the agency's credit that starts at ``start`` ends, with its stop ("/ТАСС/. ", "РИА Новости. ",
    "Укрінформ. "), before ``end``; 0 if none starts there."""
    stop = text.find(".", start, end)
    if stop < 0:
        return 0
    words = text[start:stop].replace("/", " ").split()
    return (
        stop + 1
        if words and len(words) <= _MAX_CREDIT_WORDS and words[0].casefold() in CREDITING_AGENCIES
        else 0
    )


def _datelines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the agency's tag and the dash of each paragraph's dateline turned into marks (offsets
    kept, runs end there), and where the datelines' places are: "WASHINGTON, March 3 (Reuters) - ",
    "SAN FRANCISCO (AP) — ", "Brasília (Reuters) - ", "(Reuters) - ", Chinese "新华社北京11月2日电（记者王明）",
    Korean "(서울=연합뉴스) 김민수 기자 = ", and those whose agency follows the date or the dash ("МОСКВА, 3
    декабря. /ТАСС/. ", "Київ, 3 грудня. Укрінформ. ", "САНКТ-ПЕТЕРБУРГ, 3 дек - РИА Новости. ")
    say where a story was filed and who filed it. The agency and the reporter are never what the story is
    about; the place is where the text names it again."""
    places: list[tuple[int, int]] = []
    marked: list[tuple[int, int]] = []
    chinese = "日电" in text
    korean = "=" in text
    named = PlacesNamed(text)
    line_start = 0
    while line_start < min(len(text), MAX_CHARS):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        head_end = min(line_end, line_start + DATELINE_MAX_CHARACTERS)
        if (dash := DATELINE_DASH.search(text, line_start, head_end)) and (
            place := dateline_place(text[line_start : dash.start()])
        ) is not None:
            places.append((line_start, line_start + place))
            if line_start + place < dash.start():  # an agency's tag
                marked.append((line_start + place, dash.end()))
            if credit := _credit(
                text, dash.end(), min(line_end, head_end + _MAX_CREDIT)
            ):  # "- РИА Новости. "
                marked.append((dash.end(), credit))
        elif chinese and (dateline := CHINESE_DATELINE.match(text, line_start, head_end)):
            places.append((line_start, dateline.end("place")))
            if dateline.group("reporter"):
                marked.append(dateline.span("reporter"))
        elif korean and (dateline := KOREAN_DATELINE.match(text, line_start, head_end)):
            places.append((line_start, dateline.end("place")))
            marked.append((dateline.end("place"), dateline.end()))
        elif (
            ") " in text[line_start:head_end]
            and (news := dateline_end(text, line_start, line_end, named)) > line_start
        ):
            if text[news - 2 : news] == ") ":
                # A tag without a dash after it, as Indian and Pakistani wires write it ("New Delhi, Dec 3 (PTI)
                # ", "اسلام آباد (اے پی پی) "), which the summaries' datelines read (segment's dateline_end):
                # the spelt initials of APP had been a tag ("پی").
                tag = text.rfind("(", line_start, news)
                places.append((line_start, line_start + len(text[line_start:tag].rstrip())))
                marked.append((tag, news - 1))
            else:
                # A service's name and the stamp it filed at in brackets, before the dash, as legal and trade
                # wires write them ("Law360 (December 3, 2026, 5:40 PM EST) -- "), which the summaries start
                # past: the service had been a keyphrase. Its stamp and dash are marked, its name is the
                # dateline's place, a keyphrase only where the story names it again. Any other dateline the
                # summaries read there ("Düsseldorf · Die Stadt (CDU) ...") is a place alone.
                stamp = text.find(" (", line_start, news)
                places.append((line_start, news if stamp < 0 else stamp))
                if stamp >= 0:
                    marked.append((stamp, news))
        elif (stop := text.find(". ", line_start, head_end)) > 0 and (
            credit := _credit(text, stop + 2, min(line_end, head_end + _MAX_CREDIT))
        ):
            # "МОСКВА, 3 декабря. /ТАСС/. ", "Київ, 3 грудня. Укрінформ. ": the place, the date and a stop,
            # then the agency.
            place, comma, date = text[line_start:stop].partition(",")
            if comma and len(place.split()) <= _MAX_PLACE_WORDS and any(map(str.isdigit, date)):
                places.append((line_start, line_start + len(place)))
                marked.append((stop + 1, credit))
        line_start = line_end + 1
    if not marked:
        return text, places
    pieces = []
    kept_from = 0
    for start, end in marked:
        pieces += (text[kept_from:start], _DATELINE_MARK * (end - start))
        kept_from = end
    pieces.append(text[kept_from:])
    return "".join(pieces), places
