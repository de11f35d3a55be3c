"""Chinese and Japanese, written without spaces: how a stretch of characters is cut into candidate
terms (function characters, counters, the terms that keep a function character, Japanese kana endings)."""

from __future__ import annotations

import re

# Scripts written without spaces between words: Chinese characters, kana.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# In such a stretch: a katakana word, one Chinese character, a word in Latin letters and digits
# ("ChatGPT", "X5"), or anything else (hiragana particles and endings, other scripts), which ends a run.
_CJK_PIECE = re.compile(
    r"(?P<katakana>[\u30a0-\u30ff]+)|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
    r"|(?P<latin>[0-9A-Za-z]++(?:[-'’][0-9A-Za-z]++)*+)"
    r"|(?P<other>[^\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]+|[-'’])"
)
# Chinese characters that are (nearly always) grammar, not part of a term: they end a run as stopwords do.
_CHINESE_FUNCTION_CHARACTERS = frozenset(
    "的了是在和与及或也都就而被把对从这那个之其为以于着过将并但等已又所让向我你他她它们不"
)
# Japanese writes its grammar in kana: of those characters only these are grammar there ("等", "及び",
# "又は"); "被" begins "被災地" (a disaster zone), "不" "不透明" (unclear), "以" "以来" (since).
_JAPANESE_FUNCTION_CHARACTERS = frozenset("等及又")
# Counters after a figure ("2年", "1万人", "5000万部", "3位"): a quantity, no part of a keyphrase.
_COUNTERS = frozenset("年月日時分秒万億兆円元人件回位歳割倍度号条台部名点")
# Names and common news terms with a function character inside, which stays theirs: cut there, 华为
# (Huawei) was 华 and no keyphrase, 以色列 (Israel) 色列, 共和国 (republic) 共, 成都 (Chengdu) and 埃及
# (Egypt) nothing. Chinese and the Japanese that shares its characters (東京都, 裁判所, 与党).
_TERMS_WITH_FUNCTION_CHARACTERS = (
    "华为 以色列 埃及 土耳其 也门 成都 首都 京都 东京都 東京都 都市 和平 和解 和谈 共和国 共和党 交易所"
    " 研究所 派出所 事务所 事務所 裁判所 发电所 発電所 诊所 所得税 将军 合并 并购 平等 被告 行为 对手"
    " 对话 个人 方向 转让 着陆 就业 成就 参与 普及 目的 不动产 不動産 与党"
).split()
# Each function character, with the terms above it is part of and its place in each.
_KEPT_IN_TERMS: dict[str, tuple[tuple[str, int], ...]] = {
    character: tuple(
        (term, place)
        for term in _TERMS_WITH_FUNCTION_CHARACTERS
        for place, other in enumerate(term)
        if other == character
    )
    for character in _CHINESE_FUNCTION_CHARACTERS
}
# Chinese and Japanese candidates are at most this many characters (a katakana word counts as one) long:
# "新能源汽车" (new-energy vehicle). Without a dictionary a stretch is a term where the text has it in more
# than one setting: one whose every occurrence stands in the same longer stretch is cut from that one
# ("新能源汽" of "新能源汽车"; "务院发布", once, of "国务院发布新能源"), so it is a part, and so is a stretch of
# the longest length whose every occurrence goes on the same way.
_MAX_CJK_UNITS = 5
# Japanese writes a verb's noun form with its kana ending ("利上げ", a rate rise; "取り組み", an effort;
# "見通し", an outlook): a kana of these between two Chinese characters, or after one and before a
# particle, is part of the word, which was cut before it ("利上"). A Chinese character followed by other
# kana is a verb's or an adjective's stem ("決めた", "大きく"): no part of a keyphrase.
_OKURIGANA = frozenset("きぎしじちびみりえけげめれせべ")
# The kana that follow a noun: particles, the copula, する's forms ("発表した"), and "まで", "より", "ぶり".
_AFTER_A_NOUN = frozenset("のがをにはでともへやかなだしさすせまよぶほらずご")
_HIRAGANA = ("\u3041", "\u309f")


def _in_a_term(text: str, index: int, character: str) -> bool:
    """Whether the function ``character`` at ``text[index]`` is part of one of
    :data:`_TERMS_WITH_FUNCTION_CHARACTERS` there (the 为 of 华为), not grammar."""
    return any(
        place <= index and text.startswith(term, index - place) for term, place in _KEPT_IN_TERMS[character]
    )
