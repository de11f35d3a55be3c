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


def x_post(text: str, who: str, handle: str, when: str, wrapper: str = "") -> tuple[str, str]:
    """A post on X as its embed code writes it now (x.com links, a picture link in the text), optionally
    in a site's own wrapper element."""
    html = (
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{text} <a href="https://t.co/a1">pic.twitter.com/a1B2c3</a></p>'
        f'&mdash; {who} (@{handle}) <a href="https://x.com/{handle}/status/2?ref_src=twsrc%5Etfw">{when}</a></blockquote>'
        '<script async src="https://platform.x.com/widgets.js" charset="utf-8"></script>'
    )
    return (f'<div class="{wrapper}">{html}</div>' if wrapper else html), _plain(text)


def bluesky(text: str, who: str, handle: str, when: str) -> tuple[str, str]:
    """A Bluesky post as embed.bsky.app's code writes it."""
    return (
        f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k" data-bluesky-cid="bafy">'
        f'<p lang="en">{text}</p>&mdash; {who} (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@{handle}</a>) '
        f'<a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">{when}</a></blockquote>'
        '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>',
        _plain(text),
    )


def mastodon_card(text: str, who: str, account: str, when: str) -> tuple[str, str]:
    """A Mastodon post as a site's own embed card renders it (the server's embed code shows no text
    without its script)."""
    return (
        f'<div class="social-embed social-embed--mastodon" data-url="https://mastodon.social/{account}/11"><div class="social-embed__header">'
        f'<span class="social-embed__name">{who}</span> <span class="social-embed__handle">{account}</span></div>'
        f'<blockquote class="social-embed__text"><p>{text}</p></blockquote>'
        f'<div class="social-embed__footer"><time>{when}</time> <a href="https://mastodon.social/{account}/11">View on Mastodon</a></div></div>',
        _plain(text),
    )


def mastodon_embed(account: str) -> tuple[str, None]:
    """A Mastodon post as the server's embed code writes it: a link card, the post shown by the script."""
    return (
        f'<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/{account}/11/embed" style="max-width:540px">'
        f'<a href="https://mastodon.social/{account}/11" target="_blank"><div>Post by {account}</div><div>View on Mastodon</div></a></blockquote>'
        '<script data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/embed.js"></script>',
        None,
    )


def tiktok(caption: str, handle: str, tags: str) -> tuple[str, str]:
    """A TikTok video as its embed code writes it: the author, caption, tags and sound in a <section>."""
    tag_links = " ".join(
        f'<a title="{t}" target="_blank" href="https://www.tiktok.com/tag/{t}">#{t}</a>' for t in tags.split()
    )
    return (
        f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{handle}/video/7" data-video-id="7" style="max-width:605px;min-width:325px">'
        f'<section><a target="_blank" title="@{handle}" href="https://www.tiktok.com/@{handle}">@{handle}</a> {caption} {tag_links} '
        f'<a target="_blank" title="\u266c original sound - {handle}" href="https://www.tiktok.com/music/x">\u266c original sound - {handle}</a></section></blockquote>'
        '<script async src="https://www.tiktok.com/embed.js"></script>',
        _plain(caption),
    )  # fmt: skip
