"""Web furniture as data: the phrases and patterns of lines that are not article.

Each table maps what a line looks like to the :class:`DropReason` reported for
it. Phrases are compared after :func:`fold` (case folded, quotes and edge
punctuation removed), so "Press “Enter” to skip to content" and "SHARE:" match
their entries. Every pattern is anchored, has no nested quantifier and no
ambiguous alternation under repetition, so it runs in linear time.
"""

from __future__ import annotations

import re

from thaidigital.parse._lines import ends_sentence, fold
from thaidigital.parse._report import DropReason

__all__ = ["furniture_reason", "is_related_heading"]

_R = DropReason

#: Whole lines, folded, that are furniture wherever they appear.
PHRASES: dict[DropReason, tuple[str, ...]] = {
    _R.SKIP_LINK: (
        "press enter to skip to content",
        "skip to content",
        "skip to main content",
        "skip to the content",
        "skip to navigation",
        "skip navigation",
        "skip to footer",
        "skip to search",
        "jump to content",
        "jump to navigation",
    ),
    _R.NAVIGATION: (
        "home",
        "menu",
        "main menu",
        "open menu",
        "close menu",
        "toggle navigation",
        "search",
        "search for",
        "close",
        "back to top",
        "go to top",
        "scroll to top",
        "next article",
        "previous article",
        "next post",
        "previous post",
        "next story",
        "previous story",
        "sign in",
        "log in",
        "log out",
        "register",
        "load more",
    ),
    _R.COMMENT_WIDGET: (
        "notify of",
        "inline feedbacks",
        "view all comments",
        "show comments",
        "hide comments",
        "load more comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "write a comment",
        "be the first to comment",
        "comments",
        "comment",
        "reply",
        "oldest",
        "newest",
        "most voted",
        "please login to comment",
        "log in to comment",
        "login",
        "your email address will not be published",
        "required fields are marked",
    ),
    _R.SHARE: (
        "share",
        "share this",
        "share this article",
        "share this story",
        "share this post",
        "share via email",
        "share on facebook",
        "share on twitter",
        "share on x",
        "share on line",
        "share on linkedin",
        "share on whatsapp",
        "tweet",
        "pin it",
        "copy link",
        "link copied",
        "print",
        "print this article",
        "follow us",
        "follow us on facebook",
        "follow us on twitter",
        "follow us on line",
    ),
    _R.AUDIO_PLAYER: (
        "listen to this article",
        "listen to this story",
        "listen to article",
        "listen",
        "play",
        "pause",
    ),
    _R.NEWSLETTER: (
        "subscribe",
        "subscribe now",
        "sign up",
        "newsletter",
        "newsletters",
    ),
    _R.COOKIE_BANNER: (
        "accept",
        "accept all",
        "accept cookies",
        "accept all cookies",
        "reject all",
        "i accept",
        "i agree",
        "got it",
        "cookie settings",
        "cookie policy",
        "cookie preferences",
        "manage cookies",
        "manage preferences",
    ),
    _R.ADVERTISEMENT: (
        "advertisement",
        "advertisements",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "promoted",
        "scroll to continue",
        "scroll to continue with content",
        "continue reading",
        "continue reading below",
        "story continues below",
        "article continues below advertisement",
    ),
    _R.COPYRIGHT: ("all rights reserved",),
}

#: Headings that open a list of other articles; the list after them goes too.
RELATED_HEADINGS = (
    "popular",
    "popular articles",
    "popular news",
    "popular posts",
    "most popular",
    "most read",
    "most viewed",
    "related",
    "related articles",
    "related news",
    "related posts",
    "related stories",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    "read more",
    "read next",
    "also read",
    "see also",
    "further reading",
    "more news",
    "more stories",
    "latest",
    "latest news",
    "latest posts",
    "trending",
    "trending now",
    "top stories",
    "editors picks",
)

#: Names that, alone or strung together, make a line of share buttons.
SOCIAL_NAMES = frozenset(
    {
        "facebook",
        "twitter",
        "x",
        "line",
        "linkedin",
        "whatsapp",
        "telegram",
        "reddit",
        "pinterest",
        "messenger",
        "email",
        "e-mail",
        "print",
        "copy",
        "link",
        "share",
        "tweet",
        "instagram",
        "youtube",
        "tiktok",
    }
)

#: Lines whose start marks them, each with its reason (matched case-blind).
PREFIXES: tuple[tuple[DropReason, re.Pattern[str]], ...] = (
    (
        _R.IMAGE_CREDIT,
        re.compile(
            r"\(?(?:(?:cover|featured|file|main|header|lead|top) )?"
            r"(?:image|photo|picture|pic|photograph|illustration|graphic|credit)s?"
            r"(?: (?:credit|source|courtesy))?"
            r" ?(?::|/|\||–|—|-|\bby\b|\bcourtesy\b|\bfrom\b)",
            re.IGNORECASE,
        ),
    ),
    (_R.IMAGE_CREDIT, re.compile(r"courtesy of\b", re.IGNORECASE)),
    (_R.COPYRIGHT, re.compile(r"(?:©|\(c\) |copyright\b)", re.IGNORECASE)),
    (
        _R.NEWSLETTER,
        re.compile(
            r"(?:subscribe|sign up|signup|join)(?: now| today)?(?: to| for)"
            r"(?: our| the)?(?: free)?(?: daily| weekly)? (?:newsletter|e-?mail)",
            re.IGNORECASE,
        ),
    ),
    (
        _R.COOKIE_BANNER,
        re.compile(
            r"(?:we use cookies|this (?:web)?site uses cookies"
            r"|by (?:continuing to (?:browse|use)|using) (?:this|our) (?:web)?site)",
            re.IGNORECASE,
        ),
    ),
    (
        _R.RELATED_ARTICLES,
        re.compile(
            r"(?:read more|read also|also read|see also|related|read next)"
            r" ?[:»›>|–—-] ?\S",
            re.IGNORECASE,
        ),
    ),
)

#: Banners are short; a long line with the same opening is prose.
_PREFIX_MAX_WORDS = 40

_COUNTER = re.compile(
    r"(?:(?:views?|shares?|likes?|comments?|reads?|👁|♥|❤) ?)?"
    r"\d[\d,.]*(?: ?[kKmMbB])?\+?"
    r"(?: (?:views?|shares?|likes?|comments?|reads?|reactions?|votes?))?"
)
_TIMER = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?: ?/ ?\d{1,2}:\d{2}(?::\d{2})?)?")
_IMAGE_FILE = re.compile(
    r"\S+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?|heic)(?:\?\S*)?", re.IGNORECASE
)
_MORE_FROM = re.compile(r"more (?:from|in|on) \S.{0,40}")
_SOCIAL_SPLIT = re.compile(r"[\s|·•/,]+")

_PHRASE_REASON: dict[str, DropReason] = {
    phrase: reason for reason, phrases in PHRASES.items() for phrase in phrases
}
_RELATED = frozenset(RELATED_HEADINGS)


def _is_social_line(folded: str) -> bool:
    names = [n for n in _SOCIAL_SPLIT.split(folded) if n]
    return 1 < len(names) <= 12 and all(n in SOCIAL_NAMES for n in names)


def furniture_reason(text: str) -> DropReason | None:
    """The reason a normalised line is furniture, or ``None`` if it is not.

    >>> furniture_reason("Press “Enter” to skip to content")
    <DropReason.SKIP_LINK: 'skip_link'>
    >>> furniture_reason("Facebook | Twitter | LINE")
    <DropReason.SHARE: 'share'>
    >>> furniture_reason("The meeting was held in Bangkok.") is None
    True
    """
    folded = fold(text)
    reason = _PHRASE_REASON.get(folded)
    if reason is not None:
        return reason
    if not folded:
        # Only punctuation and symbols ("* * *", "|"): nothing a reader misses.
        return _R.DECORATION
    if _COUNTER.fullmatch(text):
        return _R.COUNTER
    if _TIMER.fullmatch(text):
        return _R.AUDIO_PLAYER
    if " " not in text and _IMAGE_FILE.fullmatch(text):
        return _R.IMAGE_FILE
    if _is_social_line(folded):
        return _R.SHARE
    if text.count(" ") < _PREFIX_MAX_WORDS:
        for reason, pattern in PREFIXES:
            if pattern.match(text):
                return reason
    if "all rights reserved" in folded and len(folded) < 200:
        return _R.COPYRIGHT
    return None


def is_related_heading(text: str) -> bool:
    """Whether a line opens a "popular" or "related articles" list.

    >>> is_related_heading("Popular Articles"), is_related_heading("Read more.")
    (True, False)
    """
    if ends_sentence(text):
        return False
    folded = fold(text)
    return folded in _RELATED or bool(_MORE_FROM.fullmatch(folded))


#: Words site sections are named with ("Regions", "Tech & Telco", "World
#: News"). A short line made only of them, above a headline, is the section
#: the page sits in.
SECTION_WORDS = frozenset(
    {
        "news",
        "world",
        "business",
        "economy",
        "economic",
        "regions",
        "region",
        "regional",
        "asia",
        "asean",
        "thailand",
        "thai",
        "national",
        "local",
        "tech",
        "technology",
        "telco",
        "telecom",
        "telecoms",
        "digital",
        "opinion",
        "politics",
        "sport",
        "sports",
        "lifestyle",
        "markets",
        "finance",
        "science",
        "environment",
        "features",
        "latest",
        "breaking",
        "top",
        "stories",
        "home",
        "international",
        "property",
        "auto",
        "startups",
        "innovation",
        "policy",
        "government",
        "education",
        "health",
    }
)
_SECTION_SPLIT = re.compile(r"\s*(?:&|/|\band\b|\s)\s*", re.IGNORECASE)


def is_section_label(text: str) -> bool:
    """Whether ``text`` names a site section ("Regions", "Tech & Telco").

    Example:
        >>> is_section_label("Tech & Telco"), is_section_label("Ministers meet")
        (True, False)
    """
    words = [w for w in _SECTION_SPLIT.split(text.strip().casefold()) if w]
    return 1 <= len(words) <= 3 and all(w in SECTION_WORDS for w in words)
