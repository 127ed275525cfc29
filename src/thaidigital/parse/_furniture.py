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
from thaidigital.parse._pack import column, rows
from thaidigital.parse._report import DropReason
from thaidigital.reference._index import is_thai

__all__ = ["back_link_trail", "furniture_reason", "is_related_heading", "share_runs"]

_R = DropReason

#: Whole lines, folded, that are furniture wherever they appear, by reason:
#: the ``furniture`` tables of the language packs.
PHRASES: dict[DropReason, tuple[str, ...]] = {}
for _row in rows("furniture"):
    _reason = DropReason(_row["reason"])
    PHRASES[_reason] = (*PHRASES.get(_reason, ()), _row["phrase"])

#: Headings that open a list of other articles; the list after them goes too.
RELATED_HEADINGS = tuple(row["heading"] for row in rows("related_headings"))

#: Names that, alone or strung together, make a line of share buttons.
SOCIAL_NAMES = column("social_names", "name")

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

#: Words a counter prints beside its number ("345 views", "Heute 48"): the
#: ``counter_words`` tables.
COUNTER_WORDS = column("counter_words", "word")
_COUNTER_WORD = "|".join(
    re.escape(w) for w in sorted(COUNTER_WORDS, key=len, reverse=True)
)
_COUNTER = re.compile(
    rf"(?:(?:{_COUNTER_WORD}|👁|♥|❤) ?:? ?)?"
    r"\d[\d,.]*(?: ?[kKmMbB])?\+?"
    rf"(?: (?:{_COUNTER_WORD}))?",
    re.IGNORECASE,
)
#: "18.10.2023", "18.10.66": a date written with dots, not a counter.
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})")
_TIMER = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?: ?/ ?\d{1,2}:\d{2}(?::\d{2})?)?")
_IMAGE_FILE = re.compile(
    r"\S+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?|heic)(?:\?\S*)?", re.IGNORECASE
)
_MORE_FROM = re.compile(r"more (?:from|in|on) \S.{0,40}")
_SOCIAL_SPLIT = re.compile(r"[\s|·•/,]+")

_PHRASE_REASON: dict[str, DropReason] = {
    phrase: reason for reason, phrases in PHRASES.items() for phrase in phrases
}
#: A "#" in a phrase stands for any number ("this article is more than # years
#: old"); a line's digit runs are read as "#" to look those up.
_DIGITS = re.compile(r"\d+")
# No line longer than the longest such phrase (with room for long numbers)
# can be one: a paragraph is not rewritten to look it up.
_NUMBERED_MAX_CHARS = 2 * max((len(p) for p in _PHRASE_REASON if "#" in p), default=0)
_RELATED = frozenset(RELATED_HEADINGS)


def _is_social_line(folded: str) -> bool:
    names = [n for n in _SOCIAL_SPLIT.split(folded) if n]
    return 1 < len(names) <= 12 and all(n in SOCIAL_NAMES for n in names)


#: The words of a "back" link ("ย้อนกลับ", "Go back"): the ``back_links`` tables.
BACK_LINKS = column("back_links", "word")
# The most characters of a section trail before a back link.
_TRAIL_MAX_CHARS = 60
_BACK_LINK_MAX_CHARS = max((len(w) for w in BACK_LINKS), default=0)


def back_link_trail(text: str) -> int | None:
    """Where the back link that ends a short section trail starts
    ("Regions Go back"), or ``None``.

    >>> back_link_trail("Regions Go back")
    8
    >>> back_link_trail("Ministers go back to Lima to sign a pact.") is None
    True
    """
    if len(text) > _TRAIL_MAX_CHARS + _BACK_LINK_MAX_CHARS:
        return None
    folded = text.casefold()
    for word in BACK_LINKS:
        if len(text) <= len(word) or not folded.endswith(word):
            continue
        at = len(text) - len(word)
        trail = text[:at]
        if (
            trail.endswith(" ")
            and len(trail) <= _TRAIL_MAX_CHARS
            and not ends_sentence(trail.rstrip())
        ):
            return at
    return None


def furniture_reason(text: str) -> DropReason | None:
    """The reason a normalised line is furniture, or ``None`` if it is not.

    >>> furniture_reason("Press “Enter” to skip to content")
    <DropReason.SKIP_LINK: 'skip_link'>
    >>> furniture_reason("Facebook | Twitter | LINE")
    <DropReason.SHARE: 'share'>
    >>> furniture_reason("The meeting was held in Bangkok.") is None
    True
    >>> furniture_reason("This article is more than 2 years old")
    <DropReason.NOTICE: 'notice'>
    >>> furniture_reason("1.7K"), furniture_reason("18.10.2023")
    (<DropReason.COUNTER: 'counter'>, None)
    >>> furniture_reason("CN"), furniture_reason("(CN)")
    (<DropReason.LANGUAGE_SWITCHER: 'language_switcher'>, None)
    """
    folded = fold(text)
    reason = _PHRASE_REASON.get(folded)
    if reason is None and len(folded) <= _NUMBERED_MAX_CHARS and _DIGITS.search(folded):
        reason = _PHRASE_REASON.get(_DIGITS.sub("#", folded))
    if reason is None and folded in BACK_LINKS:
        reason = _R.NAVIGATION
    if reason is _R.LANGUAGE_SWITCHER and text.startswith("(") and text.endswith(")"):
        # "(CN)" in brackets is a source tag, as render_article writes one.
        reason = None
    if reason is not None:
        return reason
    if not folded:
        # Only punctuation and symbols ("* * *", "|"): nothing a reader misses.
        return _R.DECORATION
    if _COUNTER.fullmatch(text) and not _DOTTED_DATE.fullmatch(text):
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


# A share widget printed one button a line ("- Like", "- Tumblr", …): at
# least this many known names in a run, and at most one unknown short item
# (a service our list lacks) for every two of them.
_SHARE_RUN_MIN_NAMES = 3
_SHARE_ITEM_MAX_WORDS = 2
_SHARE_ITEM_MAX_CHARS = 20


def share_runs(texts: list[str]) -> set[int]:
    """The indices of lines that are buttons of a share widget printed one a
    line: a run of short lines, mostly the names of share services
    (``social_names``). Lines of the run that are furniture for another
    reason ("Comments", "Subscribe") keep the run going but are not returned.

    >>> sorted(share_runs(["- Like", "- Tumblr", "- Comments", "- Fintel", "- Gmail", "Body."]))
    [0, 1, 3, 4]
    >>> share_runs(["Facebook", "Rice prices rose.", "Twitter"])
    set()
    """
    found: set[int] = set()
    run: list[tuple[int, bool]] = []
    for index, text in enumerate([*texts, ""]):
        folded = fold(text)
        if folded in SOCIAL_NAMES:
            run.append((index, True))
            continue
        if text.strip() and furniture_reason(text) is not None:
            continue
        if (
            folded
            and folded.count(" ") < _SHARE_ITEM_MAX_WORDS
            and len(folded) <= _SHARE_ITEM_MAX_CHARS
            and not ends_sentence(text)
        ):
            run.append((index, False))
            continue
        found.update(_share_run(run))
        run = []
    return found


def _share_run(run: list[tuple[int, bool]]) -> list[int]:
    """The lines of a run that are a share widget: between its first and last
    known name, when names are most of it."""
    known = [at for at, (_, name) in enumerate(run) if name]
    if len(known) < _SHARE_RUN_MIN_NAMES:
        return []
    inner = run[known[0] : known[-1] + 1]
    if 2 * (len(inner) - len(known)) > len(known):
        return []
    return [index for index, _ in inner]


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
#: News", "ข่าวการเมือง"). A short line made only of them, above a headline,
#: is the section the page sits in.
SECTION_WORDS = column("section_words", "word")
# Thai writes a section's name as one word: the section word, then the rest.
_THAI_SECTION_MAX_CHARS = 30
#: The offices that publish an organisation's news ("งานประชาสัมพันธ์", its
#: public relations unit): the ``publisher_units`` tables. Their label names
#: the office, then the organisation, in a few words.
PUBLISHER_UNITS = column("publisher_units", "word")
_UNIT_LABEL_MAX_WORDS = 4
_UNIT_LABEL_MAX_CHARS = 60
_SECTION_SPLIT = re.compile(r"\s*(?:&|/|\band\b|\s)\s*", re.IGNORECASE)


def is_section_label(text: str) -> bool:
    """Whether ``text`` names a site section ("Regions", "Tech & Telco").

    Example:
        >>> is_section_label("Tech & Telco"), is_section_label("Ministers meet")
        (True, False)
        >>> is_section_label("ข่าวเศรษฐกิจ"), is_section_label("เศรษฐกิจ:")
        (True, False)
        >>> is_section_label("งานประชาสัมพันธ์ มหาวิทยาลัยตัวอย่าง")
        True
    """
    if text.rstrip().endswith(":"):
        return False  # "Economy:" introduces what follows: a heading
    words = [w for w in _SECTION_SPLIT.split(text.strip().casefold()) if w]
    if (
        words
        and any(words[0].startswith(unit) for unit in PUBLISHER_UNITS)
        and len(words) <= _UNIT_LABEL_MAX_WORDS
        and len(text) <= _UNIT_LABEL_MAX_CHARS
        and not ends_sentence(text)
    ):
        return True
    if len(words) == 1 and is_thai(words[0][0]):
        word = words[0]
        return len(word) <= _THAI_SECTION_MAX_CHARS and any(
            word.startswith(section) for section in SECTION_WORDS if is_thai(section[0])
        )
    return 1 <= len(words) <= 3 and all(w in SECTION_WORDS for w in words)
