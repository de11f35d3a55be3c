"""The article a page holds only in its hydration data: the JSON a JavaScript framework renders the page
from (Next.js's ``__NEXT_DATA__``, Nuxt 3's ``__NUXT_DATA__``, ``window.__INITIAL_STATE__``,
``__PRELOADED_STATE__``, ``__APOLLO_STATE__``, Remix's ``__remixContext``, Angular's ``ng-state``, the
responses SvelteKit's server fetched, an Astro island's props, an Inertia.js page's object, a Next.js App
Router page's React Server Components payload), where the HTML a reader without JavaScript
gets holds the headline and a teaser, or nothing.

The JSON is the page's own and may be anything: the characters parsed (:data:`MAX_HYDRATION_CHARS`), the
values walked (:data:`_MAX_VALUES`) and the depth walked (:data:`_MAX_DEPTH`) are bounded, and what is
taken is one list of paragraphs (or one string) that belongs to the article: it sits beside the
article's headline in the data, or holds the prose the page shows; never one under a key that names
another part of the page (related stories, comments, navigation, promotions).
"""

from __future__ import annotations

import json
from contextlib import suppress
from itertools import islice, repeat, takewhile

from nutgraf.extract.html.body import (
    holds_prose_of,
    html_paragraphs,
    is_article,
    names_other_part,
    prose_words,
    split_paragraphs,
)
from nutgraf.extract.html.markup import NEXT_FLIGHT_PUSH, STATE_NAMES, is_hydration_script

#: Characters of hydration scripts read from a page, all together (the largest ``__NEXT_DATA__`` of news
#: pages run to a few hundred thousand; json parses a million characters in about 10 ms).
MAX_HYDRATION_CHARS = 3_000_000
# Values (objects, arrays, strings) of the parsed data looked at, and the depth they are looked at to.
_MAX_VALUES = 100_000
_MAX_DEPTH = 40
# Characters of an element's text kept as a paragraph candidate's: past it, an element is no paragraph.
_ITEM_CHARS = 20_000
# A string this long is a candidate by itself (a body of one string, plain text or HTML).
_LONG_STRING = 500
# A string longer than this is no headline.
_HEADLINE_CHARS = 400
# Strings of HTML parsed into paragraphs, at most (each is a parse).
_MAX_HTML_STRINGS = 2_000
# Keys that hold no text a reader reads (addresses, identifiers, the type of a block).
_NOT_TEXT_KEYS = frozenset(
    ("url", "href", "src", "id", "_id", "slug", "type", "_type", "__typename", "uri", "canonical", "path")
)
# Types of blocks in an article's list of blocks that are not its text.
_NOT_TEXT_TYPES = (
    "image", "photo", "video", "audio", "gallery", "embed", "ad", "ads", "adplaceholder", "advert", "related",
    "promo", "newsletter", "caption", "byline", "timestamp", "interactive", "social", "tweet", "instagram",
)  # fmt: skip
# Keys a body is kept under: a candidate under one of them belongs to the article when nothing else says.
_BODY_KEYS = ("body", "content", "articlebody", "paragraphs", "blocks", "text", "story", "elements")


# The elements that may hold a page's state, in the page's order: its scripts, its Astro islands, and the
# root an Inertia.js page (Laravel's, Rails') mounts on, ``<div id="app" data-page="...">``, whose
# attribute is the page object (the component's name, its ``props``, the address) as JSON: where the
# server renders nothing, the story's HTML is only a prop there.
# One path, not a union: libxml2 merges a union comparing each node with every node of the other side.
_HYDRATION_ELEMENTS = "//*[self::script or self::astro-island or (self::div and @data-page)]"


def hydration_scripts(tree) -> list[str]:
    """The text of the page's hydration scripts, :data:`MAX_HYDRATION_CHARS` characters in all (read before
    scripts are dropped), the props of its Astro islands and an Inertia.js page's object, and the rows of
    its Next.js App Router payload, as JSON."""
    scripts, total = [], 0
    flight: list[str] = []
    for element in tree.xpath(_HYDRATION_ELEMENTS):
        if element.tag == "astro-island":
            text = element.get("props") or ""
        elif element.tag != "script":
            # Inertia.js's root, whose page object is an attribute's JSON (a page numbered by a
            # data-page="2" holds none).
            text = element.get("data-page") or ""
            if not text.lstrip().startswith("{"):
                continue
        else:
            text = element.text or ""
            attributes = " ".join(f"{name}={value}" for name, value in element.attrib.items()).lower()
            if not is_hydration_script(attributes, text.lower()):
                continue
        # A response fetched from, or an island drawn by, another part of the page: its root's own body is a
        # reader's comment or another story, taken for the article where the page is a shell.
        if _names_other_part_in_address(element.get("data-url") or element.get("component-url") or ""):
            continue
        if total + len(text) > MAX_HYDRATION_CHARS:
            break
        total += len(text)
        if element.tag == "script" and NEXT_FLIGHT_PUSH in text:
            flight.extend(_flight_chunks(text))
        else:
            scripts.append(_island_props(text) if element.tag == "astro-island" else text)
    if flight:
        scripts.append(_flight_rows("".join(flight)))
    return scripts


def _flight_chunks(text: str) -> list[str]:
    """The payload's chunks a script pushes (``self.__next_f.push([1, "..."])``, a JSON string; the other
    kinds, ``[0]`` opening the payload, ``[2, ...]`` a form's state and ``[3, ...]`` binary, hold no text)."""
    decoder = json.JSONDecoder()
    chunks, at = [], text.find(NEXT_FLIGHT_PUSH)
    while at >= 0:
        start = at + len(NEXT_FLIGHT_PUSH)
        with suppress(ValueError, RecursionError):
            pushed, end = decoder.raw_decode(text, start)
            if (
                isinstance(pushed, list)
                and len(pushed) == 2
                and pushed[0] == 1
                and isinstance(pushed[1], str)
            ):
                chunks.append(pushed[1])
            start = end
        at = text.find(NEXT_FLIGHT_PUSH, start)
    return chunks


# The most hex digits of a text row's length: a text of up to 4 GiB.
_MAX_LENGTH_DIGITS = 8


def _flight_rows(payload: str) -> str:
    """A React Server Components payload's rows of JSON, as one JSON array, each reference to a row (``"$5"``)
    replaced by the row it names. The payload is rows ``id:row`` each ending on a line break, save a text
    row, ``id:T<length in hex>,text``, whose length is counted in UTF-8 bytes and which ends where its bytes
    do: a page hands a component its story's HTML (``"bodyHtml": "$5"``) as one. Rows of the framework's own
    (``I`` a module to import, ``HL`` a hint to preload) are no JSON and are left out; so are text rows but
    where referred to. References resolve within :data:`_MAX_DEPTH` and :data:`_MAX_VALUES` values, and the
    text put in their place within :data:`MAX_HYDRATION_CHARS` characters: a row referred to from many places
    is written at each."""
    data = payload.encode("utf-8", "replace")
    rows: dict[str, object] = {}
    texts: set[str] = set()
    at = 0
    while (colon := data.find(b":", at)) >= 0:
        row_id = data[at:colon].decode("ascii", "replace")
        # The comma is looked for within a length's digits only: sought to the payload's end, each of a page's
        # rows "1:Tz" (no comma) read the rest of the payload, 20 s for 2 MB of them.
        if (
            data[colon + 1 : colon + 2] == b"T"
            and (comma := data.find(b",", colon + 2, colon + 3 + _MAX_LENGTH_DIGITS)) >= 0
        ):
            length = data[colon + 2 : comma].decode("ascii", "replace")
            if length.isascii() and length.isalnum():
                with suppress(ValueError):
                    end = comma + 1 + int(length, 16)
                    rows[row_id] = data[comma + 1 : end].decode("utf-8", "replace")
                    texts.add(row_id)
                    at = end
                    continue
        end = data.find(b"\n", colon)
        end = len(data) if end < 0 else end
        if data[colon + 1 : colon + 2] in (b"[", b"{"):
            with suppress(ValueError, RecursionError):
                rows[row_id] = json.loads(data[colon + 1 : end])
        at = end + 1
    budget = [_MAX_VALUES, MAX_HYDRATION_CHARS]

    def resolved(value, depth: int):
        budget[0] -= 1
        if budget[0] < 0 or depth > _MAX_DEPTH:
            return None
        if isinstance(value, str):
            if value.startswith("$") and value[1:] in rows:
                row = rows[value[1:]]
                if isinstance(row, str):
                    budget[1] -= len(row)
                    return row if budget[1] >= 0 else None
                return resolved(row, depth + 1)
            return value
        if isinstance(value, dict):
            return {key: resolved(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list):
            if (
                len(value) == 4
                and value[0] == "$"
                and isinstance(value[1], str)
                and isinstance(value[3], dict)
            ):
                return resolved(_element_content(value[1], value[3]), depth + 1)
            return [resolved(item, depth + 1) for item in value]
        return value

    return json.dumps([resolved(row, 0) for row_id, row in rows.items() if row_id not in texts])


# A component's props that hold no text a reader reads: the names of its classes and its styles; and HTML set
# past React's own rendering (``{"__html": ...}``), which on Time's page (newspaper4k's tests) is the page's
# own sections: read, as a tag's too, they completed its article with a thousand words of other text
# (newspaper4k's pages .9736 -> .9562).
_NOT_TEXT_PROPS = frozenset(("className", "style", "class", "dangerouslySetInnerHTML"))
# The elements of a page's head and scripts, whose children are no text of the page's.
_NOT_TEXT_ELEMENTS = frozenset(("head", "meta", "link", "title", "script", "style", "template", "noscript"))


def _element_content(kind: str, props: dict):
    """What a React element of the payload (``["$", kind, key, props]``) holds for a reader: a tag's
    (``"p"``, ``"div"``) its children, read as the text between its tags; a component's (``"$L6"``, a
    reference to its code) its props, where a page hands it the story, without its classes' names and styles.
    Read whole, an App Router page's rendered tree gave every element's ``className`` ("col-span-full flex
    h-navbar-height ...") as words of the page (Time's page in newspaper4k's tests). Each stays an object of
    its own, as the data's blocks are: a heading's holding the headline is then the article's head, none of
    the paragraphs beside it (:func:`_candidates`). A tag's ``dangerouslySetInnerHTML`` is not read
    (:data:`_NOT_TEXT_PROPS`)."""
    if not kind.startswith("$"):
        return None if kind in _NOT_TEXT_ELEMENTS else {"children": props.get("children")}
    return {key: item for key, item in props.items() if key not in _NOT_TEXT_PROPS}


def _island_props(text: str) -> str:
    """An Astro island's ``props`` as the JSON of the values they stand for. Astro writes each value as a pair
    ``[type, value]``: 0 a value (an object's values pairs again), 1 an array of pairs (4 and 5 a map's
    entries and a set's items, likewise), the others a date, a regular expression, a number too large... (left
    out). Read as written, an island holding the story's HTML under ``client:only`` (rendered in the browser
    alone) gave it as the second item of a pair, under no key, and it was never taken."""
    budget = [_MAX_VALUES]

    def value(pair, depth: int):
        budget[0] -= 1
        if budget[0] < 0 or depth > _MAX_DEPTH or not (isinstance(pair, list) and len(pair) == 2):
            return None
        kind, written = pair
        if kind == 0:
            return values(written, depth) if isinstance(written, dict) else written
        if kind in (1, 4, 5) and isinstance(written, list):
            return [value(item, depth + 1) for item in written]
        return None

    def values(pairs: dict, depth: int) -> dict:
        return {key: value(pair, depth + 1) for key, pair in pairs.items()}

    with suppress(ValueError, RecursionError):
        props = json.loads(text)
        if isinstance(props, dict):
            return json.dumps(values(props, 0))
    return ""


def hydrated_paragraphs(scripts: list[str], headlines: list[str | None], shown: list[str]) -> list[str]:
    """The article's paragraphs in the hydration data ``scripts``; ``[]`` where none belongs to the article.

    A candidate is an array whose items' texts are paragraphs (strings, or blocks of them: ``{"type":
    "text", "content": "<p>...</p>"}``), or a long string (plain text, or HTML). It belongs to the article
    when one of its objects, or an object up to three levels above it, holds the page's headline
    (``headlines``, its title and ``<h1>``), or when it holds the prose the page shows (``shown``); else
    only one kept under a body's key (``body``, ``content``, ``articleBody``...) is taken. Never one under
    a key that names another part of the page. Of those that belong, the one with most words of prose."""
    wanted = {_normal(headline) for headline in headlines if headline}
    wanted.discard("")
    best: tuple[int, int, list[str]] = (0, 0, [])
    for data in _parsed(scripts):
        for paragraphs, belongs, keyed in _candidates(data, wanted):
            if not is_article(paragraphs):
                continue
            rank = 2 if belongs or (shown and holds_prose_of(paragraphs, shown)) else 1 if keyed else 0
            if rank and (rank, words := prose_words(paragraphs)) > best[:2]:
                best = (rank, words, paragraphs)
    return best[2]


def _parsed(scripts: list[str]):
    decoder = json.JSONDecoder()
    for script in scripts:
        text = script.strip()
        if not text.startswith(("{", "[")):
            # "window.__INITIAL_STATE__ = {...};", or "= JSON.parse(\"{...}\")"; the "=" after the state's
            # name where the script assigns other things first ("window.Fusion=window.Fusion||{};
            # Fusion.arcSite=...;Fusion.globalContent={...}"). The name is looked for in the whole script:
            # Arc assigns kilobytes of its own values (the page's tree, its sites) before the story.
            lowered = text.lower()
            named = [at for name in STATE_NAMES if (at := lowered.find(name)) >= 0]
            equals = text.find("=", min(named) if named else 0)
            if equals < 0:
                continue
            text = text[equals + 1 :].lstrip()
            if text.startswith("JSON.parse("):
                with suppress(ValueError, RecursionError):
                    text = decoder.raw_decode(text, len("JSON.parse("))[0]
                if not isinstance(text, str):
                    continue
        with suppress(ValueError, RecursionError):
            yield _undevalued(_response_body(decoder.raw_decode(text)[0]))


def _response_body(data):
    """``data`` itself, or where it is a response SvelteKit's server fetched (``{"status": 200, "statusText":
    ..., "headers": {...}, "body": "..."}``) and its body is JSON, that JSON: the body is the response's text,
    and read as a string the story's HTML in it was the API's JSON text, escapes and all."""
    if isinstance(data, dict) and "status" in data and isinstance(body := data.get("body"), str):
        with suppress(ValueError, RecursionError):
            if body.lstrip().startswith(("{", "[")):
                return json.loads(body)
    return data


# The types devalue writes as an array opening with their name whose one item is the value they wrap (Vue's
# reactive wrappers, Nuxt's error); and those whose items are all values (a set's).
_DEVALUE_WRAPPERS = frozenset(
    ("Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "Object", "NuxtError")
)
_DEVALUE_COLLECTIONS = frozenset(("Set", "Map"))


def _undevalued(data):
    """``data`` itself, or where it is a Nuxt 3 payload (``__NUXT_DATA__``, written by devalue: a flat array
    whose first item is the state, every object's values and array's items the indices of theirs in it) the
    state it stands for. Read flat, the payload's one array held the headline, the teaser, the byline and the
    body's string side by side, and was taken for a list of the article's paragraphs. Built within the walk's
    bounds: a value referred to from many places is built at each (:data:`_MAX_VALUES` in all)."""
    if not (isinstance(data, list) and len(data) > 1 and _is_devalue_root(data[0], len(data))):
        return data
    budget = [_MAX_VALUES]

    def built(index, depth: int):
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(data):
            return None  # devalue's negative indices: undefined, a hole, NaN, infinities
        budget[0] -= 1
        if budget[0] < 0 or depth > _MAX_DEPTH:
            return None
        value = data[index]
        if isinstance(value, dict):
            return dict(zip(value, items(value.values(), depth), strict=False))
        if not isinstance(value, list):
            return value
        if value and isinstance(value[0], str):
            if value[0] in _DEVALUE_WRAPPERS and len(value) == 2:
                return built(value[1], depth + 1)
            if value[0] in _DEVALUE_COLLECTIONS:
                return items(islice(value, 1, None), depth)
            return None  # a date, a regular expression, a type of the page's own
        return items(value, depth)

    def items(indices, depth: int) -> list:
        # Given up when the budget is spent: each array on the way down would else still be walked to its
        # end, and an array of 200,000 references to itself (400 KB) cost 8 s, 40 deep.
        return list(map(built, takewhile(lambda _: budget[0] >= 0, indices), repeat(depth + 1)))

    return built(0, 0)


def _is_devalue_root(value, size: int) -> bool:
    """Whether ``value``, the first item of an array of ``size``, is a Nuxt 3 payload's state: a reactive
    wrapper of another item, or (before Nuxt 3.8) an object of the payload's keys whose values are all
    indices of the array's items; not a page's own array of records opening on one of counts."""
    if isinstance(value, list):
        # A wrapper's name is a string: a list or an object there (a Next.js payload's first row of
        # elements, [["$", "meta", ...], ...]) is no name, and cannot be looked up in a set.
        named = len(value) == 2 and isinstance(value[0], str) and value[0] in _DEVALUE_WRAPPERS
        indices = value[1:] if named else []
    elif isinstance(value, dict) and ("serverRendered" in value or {"data", "state"} <= value.keys()):
        indices = list(value.values())
    else:
        indices = []
    return bool(indices) and all(type(index) is int and 0 < index < size for index in indices)


def _candidates(data, wanted: set[str]):
    """``(paragraphs, belongs, keyed)`` for each array and long string in ``data``, walked within bounds.

    Walked once, depth first without recursion; a value's text (its strings joined, up to
    :data:`_ITEM_CHARS`) is made from its children's once they are walked. ``belongs``: the candidate or
    an object at most three levels above it holds one of the ``wanted`` headlines at most two levels in.
    What sits under a key that names another part of the page is neither a candidate nor text."""
    frames: list[_Frame] = []
    # Each candidate: the index of the object or array it was found in, its paragraphs, and whether it is
    # the body of the data's own root object (an API's one story, an island's props: keyed, whatever the
    # keys above, for there are none).
    found: list[tuple[int, list[str], bool]] = []
    html_budget = [_MAX_HTML_STRINGS]
    # Apollo's normalised cache keeps each object once, under its own key, and writes {"__ref": key}
    # where another holds it (an article's list of paragraph blocks): read where it is first referred to.
    # Once only: an object referring to itself, or referred to by each of thousands, is walked once, not
    # once a reference (a cache whose object lists itself 100,000 times would have been walked for ever).
    cache = top = data if isinstance(data, dict) else {}
    resolved: set[str] = set()
    stack: list = [(data, "", 0, None)]
    seen = 0
    # By key: keys repeat (every item of an array has the key "").
    other_part: dict[str, bool] = {}
    body_key: dict[str, bool] = {}
    while stack:
        value, key, depth, parent = stack.pop()
        if isinstance(value, _Frame):  # its children are walked
            frame = value
            # A string under a body's key is a candidate when it is long, or when it is the body of an
            # object that holds the headline, however short (a brief's body of a paragraph or two).
            for paragraphs, long in frame.bodies:
                if long or frame.names_headline:
                    found.append((frame.index, paragraphs, frame.parent is None))
                    frame.holds_body = True
            if isinstance(frame.value, list) and frame.parts and not frame.holds_record:
                found.append((frame.index, frame.parts, False))
                if frame.parent is not None and _is_body_key(frame.key):
                    frames[frame.parent].holds_body = True
            # A record: an object holding a body (a candidate under a body's key) and a string of other text
            # beside it (its headline, its teaser). A list holding one, or holding an object that does, is a
            # list of records (an index's stories, a page's sections), not of paragraphs: read as one, each
            # record had been a paragraph of its every string, the headline glued onto the body. Not an
            # object whose other text is in an object or list of its own: a BBC paragraph's model holds its
            # text and, under "blocks", the text's fragments.
            frame.holds_record |= frame.holds_body and frame.holds_label
            if frame.parent is None:
                continue
            parent = frames[frame.parent]
            parent.holds_record |= frame.holds_record
            # An object of a list that holds the headline (a headline's block, the article's head of
            # headline, teaser and byline) is none of the list's paragraphs. A child without text (an empty
            # object, an ad's empty markup) adds no part: it had added an empty paragraph and a space after
            # its sibling's text.
            is_head = (
                frame.names_headline and isinstance(frame.value, dict) and isinstance(parent.value, list)
            )
            if not is_head and (text := " ".join(frame.parts)[:_ITEM_CHARS]):
                parent.parts.append(text)
            continue
        seen += 1
        if seen > _MAX_VALUES or depth > _MAX_DEPTH:
            continue
        if isinstance(value, dict) and len(value) == 1 and isinstance(ref := value.get("__ref"), str):
            if ref in resolved:
                continue
            resolved.add(ref)
            value = cache.get(ref) if ref in cache else top.get(ref)
        if key and (
            other_part.get(key) if key in other_part else other_part.setdefault(key, names_other_part(key))
        ):
            continue
        if isinstance(value, str):
            if " " not in value or parent is None or key.lower() in _NOT_TEXT_KEYS:
                continue
            paragraphs = _string_paragraphs(value, html_budget)
            if paragraphs:
                frames[parent].parts.append(" ".join(paragraphs)[:_ITEM_CHARS])
            if len(value) <= _HEADLINE_CHARS and _normal(value) in wanted:
                frames[parent].names_headline = True
                grandparent = frames[parent].parent
                if grandparent is not None:
                    frames[grandparent].names_headline = True
            if paragraphs and (
                body_key.get(key) if key in body_key else body_key.setdefault(key, _is_body_key(key))
            ):
                frames[parent].bodies.append((paragraphs, len(value) >= _LONG_STRING))
                continue
            frames[parent].holds_label |= bool(paragraphs)
            if len(value) >= _LONG_STRING and paragraphs:
                found.append((parent, paragraphs, False))
            continue
        if not isinstance(value, (dict, list)) or (isinstance(value, dict) and _is_not_text_block(value)):
            continue
        if isinstance(value, dict) and "apollo" in key.lower():
            # The cache a Next.js page hands its Apollo client ("pageProps": {"__APOLLO_STATE__": {...}},
            # "initialApolloState"): the references below are to its keys.
            cache = value
        frame = _Frame(value, key, parent, len(frames))
        frames.append(frame)
        stack.append((frame, key, depth, parent))
        children = list(value.items()) if isinstance(value, dict) else [("", child) for child in value]
        # Pushed last to first, walked first to last: the parts keep the data's order.
        stack.extend(
            (child, str(child_key), depth + 1, frame.index) for child_key, child in reversed(children)
        )
    for index, paragraphs, root_body in found:
        yield paragraphs, _belongs(index, frames), root_body or _keyed(index, frames)


class _Frame:
    """An object or array of the data being walked: its key, its parent's index, the texts of its
    children, and whether it holds a headline (at most two levels in)."""

    __slots__ = (
        "bodies",
        "holds_body",
        "holds_label",
        "holds_record",
        "index",
        "key",
        "names_headline",
        "parent",
        "parts",
        "value",
    )

    def __init__(self, value, key: str, parent: int | None, index: int) -> None:
        self.value, self.key, self.parent, self.index = value, key, parent, index
        self.parts: list[str] = []
        self.names_headline = False
        # A candidate sits under one of its body's keys; a string of text under another key; it or an
        # object in it is a record (_candidates).
        self.holds_body = self.holds_label = self.holds_record = False
        # The paragraphs of its strings under a body's key, and whether each is long.
        self.bodies: list[tuple[list[str], bool]] = []


def _string_paragraphs(value: str, html_budget: list[int]) -> list[str]:
    """A string's paragraphs: its lines, or its blocks where it is HTML (while ``html_budget`` lasts)."""
    if "<" in value and ">" in value and html_budget[0] > 0:
        html_budget[0] -= 1
        return html_paragraphs(value)
    return split_paragraphs(value)


def _names_other_part_in_address(address: str) -> bool:
    """Whether an address's path names another part of the page in one of its words ("/api/comments/7",
    "/_astro/Comments.BxQ2.js"), as a key would (:func:`names_other_part`); not in a slug, whose words are
    the story's headline's ("/api/articles/latest-figures-on-rents")."""
    path = address.partition("?")[0].replace(".", "/")
    return any(names_other_part(word) for word in path.split("/") if word and "-" not in word)


def _is_not_text_block(value: dict) -> bool:
    kind = value.get("type") or value.get("_type") or value.get("__typename")
    if not isinstance(kind, str):
        return False
    # The type's last part, lower-cased: "model.dotcomrendering.pageElements.ImageBlockElement" reads
    # "imageblockelement"; its short names ("ad") only whole, as "lead" or "heading" hold them.
    folded = kind.rpartition(".")[2].lower().replace("_", "").replace("-", "")
    return folded in _NOT_TEXT_TYPES or any(name in folded for name in _NOT_TEXT_TYPES if len(name) > 3)


def _belongs(index: int | None, frames: list[_Frame]) -> bool:
    for _ in range(4):
        if index is None:
            return False
        frame = frames[index]
        # A list of records holds the headline in one of them: the others' bodies (other stories) do not
        # belong to the article for it.
        if frame.names_headline and not (frame.holds_record and isinstance(frame.value, list)):
            return True
        index = frame.parent
    return False


def _keyed(index: int | None, frames: list[_Frame]) -> bool:
    for _ in range(3):
        if index is None:
            return False
        if _is_body_key(frames[index].key):
            return True
        index = frames[index].parent
    return False


def _is_body_key(key: str) -> bool:
    folded = key.lower().replace("_", "").replace("-", "")
    # "html" alone names a body too (Ghost's API's post, a component's prop): not as a part of a longer key,
    # which may be a summary's ("excerptHtml", "dekHtml").
    return folded == "html" or any(folded.startswith(name) or folded.endswith(name) for name in _BODY_KEYS)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()
