"""``Article`` → canonical text that the parser reads back unchanged."""

from __future__ import annotations

from thaidigital.models import Article, Heading, ListItem, Paragraph
from thaidigital.parse._jsonld import render_jsonld
from thaidigital.parse._language import script_language

__all__ = ["render_article", "render_content"]


def _block(block: Paragraph | Heading | ListItem) -> str:
    if isinstance(block, ListItem):
        marker = "•" if block.number is None else f"{block.number}."
        return f"{marker} {block.text}"
    return block.text


def _body(article: Article) -> list[str]:
    parts: list[str] = []
    previous: Paragraph | Heading | ListItem | None = None
    for block in article.blocks:
        text = _block(block)
        if isinstance(block, ListItem) and isinstance(previous, ListItem):
            # Items of one list sit on consecutive lines, as pages show them.
            parts[-1] += "\n" + text
        else:
            parts.append(text)
        previous = block
    return parts


def render_content(article: Article, *, url: str | None, outlet: str | None) -> str:
    """The canonical text of ``article`` with the given ``url`` and ``outlet``."""
    parts = [article.title]
    if article.subtitle is not None:
        parts.append(article.subtitle)
    if article.read_minutes is not None:
        parts.append(f"{article.read_minutes} min read")
    if article.byline is not None:
        parts.append(f"By {article.byline}")
    parts.extend(_body(article))
    if article.source_tags:
        parts.append(" ".join(f"({tag})" for tag in article.source_tags))
    if article.tags:
        parts.append("Tags: " + ", ".join(article.tags))
    jsonld = render_jsonld(
        published=article.published,
        dateline=article.dateline,
        url=url,
        outlet=outlet,
        language=article.language,
        # Said only when the script would not tell it.
        inferred_language=script_language(
            [article.title, *(b.text for b in article.blocks)]
        ),
        breadcrumbs=article.breadcrumbs,
    )
    if jsonld is not None:
        parts.append(jsonld)
    return "\n\n".join(parts) + "\n"


def render_article(article: Article) -> str:
    """Write ``article`` as canonical text; ``parse_article`` reads it back.

    The title comes first, then the standfirst, "N min read", "By …", the
    blocks (list items as "• …" or "N. …"), the agencies as "(NNT)", a
    "Tags: …" line, and last one line of JSON-LD for what has no words of its
    own: the publication date, the dateline's place, the URL, the outlet, a
    language other than English, and the breadcrumbs. The ``id`` is not
    written: it is derived from the rest.

    Args:
        article: Any article; :func:`parse_article` gives back an equal one
            when the article is canonical (see
            :func:`thaidigital.testing.canonical_articles`).

    Returns:
        The text, blocks separated by blank lines, ending with a newline.

    Example:
        >>> from thaidigital import Article, Heading, ListItem, Paragraph
        >>> from thaidigital.parse import parse_article, render_article
        >>> art = parse_article("ASEAN meets\\nKey outcomes:\\n- A scam report.\\n- A checklist.")
        >>> print(render_article(art), end="")
        ASEAN meets
        <BLANKLINE>
        Key outcomes:
        <BLANKLINE>
        • A scam report.
        • A checklist.
        >>> parse_article(render_article(art)) == art
        True

    .. versionadded:: 0.1.0
    """
    return render_content(article, url=article.url, outlet=article.outlet)
