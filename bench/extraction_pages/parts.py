"""The parts an article is written in for ``build.py``: each its HTML and its text in the gold (``None``
for what a reader would not call the article)."""

from __future__ import annotations

from furniture import ad as _ad
from furniture import related_card as _card


def p(text: str, tag: str = "p", attrs: str = "") -> tuple[str, str]:
    return f"<{tag}{attrs}>{text}</{tag}>", _plain(text)


def h(text: str, level: int = 2) -> tuple[str, str]:
    return f"<h{level}>{text}</h{level}>", _plain(text)


def raw(html: str, text: str | None = None) -> tuple[str, str | None]:
    return html, text


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^<>]*>", "", html)


def pull(text: str) -> tuple[str, None]:
    """A pull quote: a sentence of the body shown again, large."""
    return f'<aside class="pullquote"><blockquote><p>\u201c{text}\u201d</p></blockquote></aside>', None


def qa(question: str, answer: str, asker: str = "", answerer: str = "") -> list[tuple[str, str]]:
    """An interview's question (bold) and answer."""
    q = f"<p><strong>{asker}{question}</strong></p>"
    return [(q, _plain(asker + question)), p(answerer + answer)]


def table(rows: list[list[str]], caption: str = "", cls: str = "data-table") -> tuple[str, str]:
    head, *body = rows
    html = f'<table class="{cls}">' + (f"<caption>{caption}</caption>" if caption else "")
    html += "<thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead><tbody>"
    html += (
        "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body) + "</tbody></table>"
    )
    lines = ([caption] if caption else []) + [" ".join(row) for row in rows]
    return html, "\n".join(lines)


def figure(src: str, caption: str, credit: str = "") -> tuple[str, str]:
    credit_html = f' <span class="credit">{credit}</span>' if credit else ""
    return (
        f'<figure class="gallery-item"><img src="{src}" alt="" loading="lazy">'
        f"<figcaption>{caption}{credit_html}</figcaption></figure>",
        caption,
    )


def tweet(text: str, who: str, handle: str, when: str) -> tuple[str, str]:
    return (
        f'<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">{text}</p>&mdash; {who} (@{handle}) '
        f'<a href="https://twitter.com/{handle}/status/1">{when}</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
        _plain(text),
    )


def instagram(text: str, handle: str) -> tuple[str, str]:
    return (
        f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1/" data-instgrm-version="14">'
        f'<div><a href="https://www.instagram.com/p/C1/">View this post on Instagram</a></div>'
        f'<p><a href="https://www.instagram.com/p/C1/">{text}</a></p>'
        f"<p>A post shared by {handle} (@{handle.lower().replace(' ', '')})</p></blockquote>"
        '<script async src="//www.instagram.com/embed.js"></script>',
        _plain(text),
    )


def youtube(title: str) -> tuple[str, None]:
    return (
        f'<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/xYz" '
        f'title="{title}" frameborder="0" allowfullscreen></iframe></div>',
        None,
    )


def ad(page_number: int, slot: int) -> tuple[str, None]:
    return _ad({"number": page_number}, slot), None


def card(page_number: int, offset: int) -> tuple[str, None]:
    return _card({"number": page_number}, offset), None


def comments(entries: list[tuple[str, str]], count: int | None = None) -> list[tuple[str, None]]:
    html = f'<section id="comments" class="comments"><h2>Comments ({count or len(entries)})</h2>'
    html += '<p class="comments-note">Comments are moderated. Be nice.</p>'
    for i, (who, text) in enumerate(entries):
        html += (
            f'<div class="comment" id="c{i}"><div class="comment-meta"><span class="comment-author">{who}</span> '
            f'<span class="comment-time">{i + 1} hours ago</span></div><div class="comment-body"><p>{text}</p></div>'
            f'<div class="comment-actions"><a href="#">Reply</a> <a href="#">Report</a> <span>{(i * 7) % 40} likes</span></div></div>'
        )
    return [(html + '<a class="more-comments" href="#">Load more comments</a></section>', None)]
