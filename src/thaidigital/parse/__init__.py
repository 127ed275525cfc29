"""Raw scraped article text → a clean :class:`~thaidigital.Article`, and back.

:func:`~thaidigital.parse_article` reads text as a scraper, trafilatura, newspaper4k or a
copy from a browser leaves it: it drops web furniture (skip links, share
buttons, comment widgets, JSON-LD, captions, later copies of the headline),
reads the metadata (date line, dateline, read time, byline, breadcrumbs, tags,
agency tags) and keeps the body as paragraphs, headings and list items.
:func:`~thaidigital.parse_article_report` does the same and also says what was dropped and
why, with each piece's span in the input. :func:`~thaidigital.render_article` writes an
article as canonical text that :func:`~thaidigital.parse_article` reads back unchanged.

Example:
    >>> from thaidigital.parse import parse_article_report
    >>> raw = '''Skip to main content
    ... Digital future of ASEAN
    ... 2 min read
    ... Cybersecurity: The ASEAN CERT was acknowledged.
    ... Share on Facebook'''
    >>> report = parse_article_report(raw)
    >>> report.article.title, report.article.read_minutes
    ('Digital future of ASEAN', 2)
    >>> report.article.blocks[0].label
    'Cybersecurity'
    >>> [(d.text, d.reason.value) for d in report.dropped]
    [('Skip to main content', 'skip_link'), ('Share on Facebook', 'share')]
"""

from __future__ import annotations

import datetime as dt

from thaidigital.models import Article
from thaidigital.parse._ids import article_id
from thaidigital.parse._parser import parse_report
from thaidigital.parse._render import render_article
from thaidigital.parse._report import (
    DateSource,
    DroppedLine,
    DropReason,
    MetadataSpan,
    ParseReport,
    PublishedFrom,
)

__all__ = [
    "DateSource",
    "DropReason",
    "DroppedLine",
    "MetadataSpan",
    "ParseReport",
    "PublishedFrom",
    "article_id",
    "parse_article",
    "parse_article_report",
    "render_article",
]


def parse_article_report(
    text: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    reference_date: dt.date | None = None,
) -> ParseReport:
    """Parse article text and report everything that is not in the article's text.

    Every non-whitespace character of ``text`` ends up in exactly one place:
    the title, the subtitle or a block's text; a :class:`DroppedLine` (with
    its :class:`DropReason`); or a :class:`~thaidigital.parse.MetadataSpan` naming the field it
    was read into. Spans are offsets into ``text`` as given.

    Args:
        text: The article as scraped.
        url: The page's address; overrides one found in the page's JSON-LD.
            A header line that shares most of the words of its slug is the
            headline.
        outlet: The publication's name; overrides the JSON-LD publisher.
        reference_date: The date to resolve yearless dates against
            ("April 3" in a dateline), usually when the page was fetched.

    Returns:
        The article with the dropped lines and metadata spans, in input order.

    Raises:
        ParseError: ``text`` is empty, binary junk, or only furniture and
            metadata (no words are left for a title).

    Example:
        >>> from thaidigital.parse import parse_article_report
        >>> report = parse_article_report("Title\\nNotify of\\nBody text.")
        >>> report.dropped[0].reason.value, report.dropped[0].start
        ('comment_widget', 6)

    .. versionadded:: 0.1.0
    """
    return parse_report(text, url=url, outlet=outlet, reference_date=reference_date)


def parse_article(
    text: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    reference_date: dt.date | None = None,
) -> Article:
    """Turn raw scraped article text into a clean, structured :class:`~thaidigital.Article`.

    The headline is chosen among the lines above the first paragraph that are
    neither furniture nor metadata: the first one that the evidence does not
    rule out (a line in another script, a slogan or menu sharing no words with
    the story while a later line does; a line the page repeats is the
    headline; a line that is a later one with the story run on is a
    ``teaser``, one that ends with it after "Site > Section >" gives the
    breadcrumbs). Lines above it are dropped as ``masthead``, later copies as
    ``repeated_headline``. A page with no headline line (one long line, as
    Thai pages often come) is cut into sentences and its first sentence is
    the title. The published date is the one the page labels as its own
    ("Posted on …", "วันที่ลงข่าว …"), else a credit line's, else the first
    date line of the header, dateline or Thai "วันนี้ (…)" opening; never a
    date in the story's prose. A line right after it that does not end
    like a sentence is the standfirst. Each other line is a block: "• …",
    "- …" and "1. …" lines are list items, a short line ending in ":" that
    precedes more text is a heading, and a paragraph that opens with a short
    "Label: " keeps the label. Whitespace is normalised (no-break spaces,
    blank runs, trailing spaces) and a missing space after a full stop is
    repaired where unambiguous ("Jun 8.Earlier"). The ``id`` is
    :func:`~thaidigital.parse.article_id` of the result, so the same text always gets the same id.

    Use :func:`~thaidigital.parse_article_report` to see what was dropped.

    Args:
        text: The article as scraped.
        url: The page's address; overrides one found in the page's JSON-LD.
            A header line that shares most of the words of its slug is the
            headline.
        outlet: The publication's name; overrides the JSON-LD publisher.
        reference_date: The date to resolve yearless dates against.

    Returns:
        The article.

    Raises:
        ParseError: ``text`` is not an article (empty, binary junk, or only
            furniture and metadata).

    Example:
        >>> from thaidigital.parse import parse_article
        >>> art = parse_article(
        ...     "22 January 2025\\n\\nJapan Welcomed by Srettha\\n\\n2 min read\\n\\n"
        ...     "Srettha met Kishida in Tokyo.\\u00a0\\n\\nJapan Welcomed by Srettha\\n"
        ... )
        >>> art.title, str(art.published), art.read_minutes
        ('Japan Welcomed by Srettha', '2025-01-22', 2)
        >>> art.blocks
        (Paragraph(text='Srettha met Kishida in Tokyo.', label=None),)
        >>> from thaidigital import ParseError
        >>> try:
        ...     parse_article("Skip to content\\nNotify of")
        ... except ParseError as exc:
        ...     print(exc)
        no article text: all 2 non-blank lines are furniture or metadata (1 comment_widget, 1 skip_link)

    .. versionadded:: 0.1.0
    """
    return parse_report(
        text, url=url, outlet=outlet, reference_date=reference_date
    ).article
