"""The page's own <article> element and its footers, not a story card's nor a comment's."""

from __future__ import annotations

from nutgraf.extract.html.markup import inside


def own_article(tree):
    """The page's own <article> element: not one inside an aside or a menu (a story card), nor one nested
    in another; ``None`` when the page has none."""
    return next((a for a in tree.iter("article") if not inside(a, ("aside", "nav", "article"))), None)


def own_footers(article) -> list:
    """The footers of the page's own ``article`` (WordPress puts "Published ... By ..." there): not of an
    article nested in it, not of a comment."""
    return [
        footer
        for footer in article.iter("footer")
        if "comment" not in (footer.get("class") or "")
        and not inside(footer, ("article", "aside", "nav"), stop=article)
    ]
