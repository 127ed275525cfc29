"""What the parser removed or read as metadata, with spans in the input."""

from __future__ import annotations

import enum

import attrs

from thaidigital.models import Article

__all__ = [
    "DateSource",
    "DropReason",
    "DroppedLine",
    "MetadataSpan",
    "ParseReport",
    "PublishedFrom",
]


class DropReason(enum.StrEnum):
    """Why a line of the input is not part of the article.

    Example:
        >>> from thaidigital.parse import DropReason
        >>> DropReason.SKIP_LINK.value
        'skip_link'

    .. versionadded:: 0.1.0
    """

    #: "Press "Enter" to skip to content", "Skip to main content".
    SKIP_LINK = "skip_link"
    #: Site navigation, such as "Home", "Menu", "Back to top", "Next article".
    NAVIGATION = "navigation"
    #: A comment widget, such as "Notify of", "Inline Feedbacks", "View all comments".
    COMMENT_WIDGET = "comment_widget"
    #: Share buttons and social links, such as "Share", "Facebook Twitter LINE".
    SHARE = "share"
    #: A counter alone on a line, such as "1.2K", "345 views".
    COUNTER = "counter"
    #: An image file name, such as "IMG_2041.jpg".
    IMAGE_FILE = "image_file"
    #: An image caption or credit, such as ``Photo: NNT`` or "Image by Reuters".
    IMAGE_CREDIT = "image_credit"
    #: A photo caption that is only the name of a person the article names.
    PERSON_CAPTION = "person_caption"
    #: An audio player, such as "Listen to this article" or ``00:00``.
    AUDIO_PLAYER = "audio_player"
    #: A newsletter sign-up banner.
    NEWSLETTER = "newsletter"
    #: A cookie-consent banner.
    COOKIE_BANNER = "cookie_banner"
    #: An advertisement marker, such as "Advertisement", "Scroll to continue".
    ADVERTISEMENT = "advertisement"
    #: A copyright notice, such as "© 2025 …", "All rights reserved".
    COPYRIGHT = "copyright"
    #: A JSON or JSON-LD blob (its breadcrumbs and metadata are still read).
    STRUCTURED_DATA = "structured_data"
    #: A "popular" or "related articles" list, or a ``Read more: …`` link.
    RELATED_ARTICLES = "related_articles"
    #: A line of only punctuation or symbols, such as ``* * *``, ``|`` or ``—``.
    DECORATION = "decoration"
    #: A later copy of the headline, left over from an image caption.
    REPEATED_HEADLINE = "repeated_headline"
    #: A language switcher, such as "English Edition", "EN" or "ภาษาไทย".
    LANGUAGE_SWITCHER = "language_switcher"
    #: A placeholder left where a widget did not load, such as "Now loading...".
    PLACEHOLDER = "placeholder"
    #: A site's notice about the page rather than its story, such as "This
    #: article is more than 2 years old".
    NOTICE = "notice"
    #: A teaser above the headline, which is the headline with the story's
    #: opening run on, as listing pages and share cards print it (the
    #: headline also stands alone below).
    TEASER = "teaser"
    #: A line of the site's masthead above the headline (its name, slogan,
    #: menu, or a line in another script) that the evidence says is not the
    #: headline (see :func:`~thaidigital.parse_article`).
    MASTHEAD = "masthead"


@attrs.frozen(kw_only=True)
class DroppedLine:
    """A piece of the input the parser left out of the article, and why.

    Attributes:
        start: Offset of its first character in the input.
        end: Offset just past its last character; ``text == input[start:end]``.
        text: The input between ``start`` and ``end``, exactly as given.
        reason: Why it was left out.

    Example:
        >>> from thaidigital.parse import parse_article_report
        >>> raw = "Skip to content\\nTitle\\nBody text."
        >>> parse_article_report(raw).dropped[0]
        DroppedLine(start=0, end=15, text='Skip to content', reason=<DropReason.SKIP_LINK: 'skip_link'>)

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    reason: DropReason


@attrs.frozen(kw_only=True)
class MetadataSpan:
    """A piece of the input read into a metadata field rather than the body.

    Attributes:
        start: Offset of its first character in the input.
        end: Offset just past its last character; ``text == input[start:end]``.
        text: The input between ``start`` and ``end``, exactly as given.
        field: The article field it was read into (``"published"``,
            ``"read_minutes"``, ``"byline"``, ``"dateline"``, ``"tags"``,
            ``"source_tags"``, ``"breadcrumbs"``), ``"title"`` for the label
            before a labelled headline ("หัวข้อ :", "Title:"), ``"counter"``
            for a count printed after the headline ("(Read 181 times)"), or
            ``"blocks[i]"`` for the bullet or number that made block ``i`` a
            list item.

    Example:
        >>> from thaidigital.parse import parse_article_report
        >>> parse_article_report("Title\\n3 min read\\nBody text.").metadata[0].field
        'read_minutes'

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    field: str


class DateSource(enum.StrEnum):
    """Where on the page its published date was read, strongest first.

    When a page states several dates, the strongest kind of place wins, and
    among equals the first on the page. A date in running prose (an event's
    date) is never the page's date.

    Example:
        >>> from thaidigital.parse import DateSource
        >>> DateSource.LABEL.value
        'label'

    .. versionadded:: 0.1.0
    """

    #: A line that labels the date as the page's own, such as "Published …",
    #: "Posted on …", "วันที่ลงข่าว …" or "date 2024-05-03 …".
    LABEL = "label"
    #: A credit line naming the story's source and date, such as "Source X,
    #: 10 November 2022" or "(X News Agency August 6, 2004)".
    CREDIT = "credit"
    #: A date line below the headline or just above it, alone or after a
    #: byline or the outlet's name ("Somchai Jaidee 3 May 2024").
    HEADER = "header"
    #: The dateline opening the story ("BANGKOK, 3 May 2024 – …").
    DATELINE = "dateline"
    #: The bracketed date opening a Thai press release ("วันนี้ (3 พฤษภาคม
    #: 2567) …"), which stays in the paragraph.
    OPENING = "opening"
    #: A date the headline opens with, as some Thai pages print their date
    #: ("9 มีนาคม 2564 …", "มีนาคม 2564 : …"); a date and a colon are
    #: read out of the title, a date alone stays in it.
    HEADLINE = "headline"
    #: A date line in the site's masthead (often the day the page was
    #: fetched): above other lines that come before the headline, or above
    #: the headline when a date line stands under it.
    MASTHEAD = "masthead"
    #: A line that labels the date as a later update ("Updated …").
    UPDATED = "updated"


@attrs.frozen(kw_only=True)
class PublishedFrom:
    """The piece of the input the article's published date was read from.

    Attributes:
        start: Offset of the line's first character in the input.
        end: Offset just past its last character.
        text: The input between ``start`` and ``end``, exactly as given.
        source: What kind of place on the page it is.

    Example:
        >>> from thaidigital.parse import parse_article_report
        >>> report = parse_article_report("Title\\nPosted on 3 May 2024\\nBody text.")
        >>> report.published_from.text, report.published_from.source.value
        ('Posted on 3 May 2024', 'label')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    source: DateSource


@attrs.frozen(kw_only=True)
class ParseReport:
    """An article together with an audit of everything that is not in its text.

    Every non-whitespace character of the input is in exactly one place: the
    article's title, subtitle or block texts, a :class:`DroppedLine`, or a
    :class:`~thaidigital.parse.MetadataSpan`.

    Attributes:
        article: The parsed article.
        dropped: The furniture left out, in input order.
        metadata: The spans read into metadata fields, in input order.
        published_from: The line the published date was read from, or
            ``None`` when the page states none (or only in its JSON-LD).
        title_inferred: ``True`` when the page has no headline line and the
            title is its first sentence.

    Example:
        >>> from thaidigital.parse import parse_article_report
        >>> report = parse_article_report("Title\\nBody text.\\nShare on Facebook")
        >>> [(d.text, d.reason.value) for d in report.dropped]
        [('Share on Facebook', 'share')]

    .. versionadded:: 0.1.0
    """

    article: Article
    dropped: tuple[DroppedLine, ...] = ()
    metadata: tuple[MetadataSpan, ...] = ()
    published_from: PublishedFrom | None = None
    title_inferred: bool = False
