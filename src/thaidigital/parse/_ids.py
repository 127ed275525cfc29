"""Stable article identifiers derived from canonical content."""

from __future__ import annotations

import hashlib

from thaidigital.models import Article
from thaidigital.parse._render import render_content

__all__ = ["article_id"]

_PREFIX = "art-"
_HEX_DIGITS = 16


def article_id(article: Article) -> str:
    """``"art-"`` and 16 hex digits of the SHA-256 of the canonical content.

    The URL and outlet are left out (the same story fetched from two
    addresses is the same article), and so is the current ``id``. The text is
    hashed as UTF-8, so the id is the same on every machine.

    Example:
        >>> from thaidigital import Article, Paragraph
        >>> from thaidigital.parse import article_id
        >>> art = Article(id="x", title="Title", blocks=(Paragraph(text="Body."),))
        >>> article_id(art)
        'art-...'
        >>> article_id(art) == article_id(Article(id="y", title="Title",
        ...     url="https://example.org/", blocks=(Paragraph(text="Body."),)))
        True

    .. versionadded:: 0.1.0
    """
    content = render_content(article, url=None, outlet=None)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return _PREFIX + digest[:_HEX_DIGITS]
