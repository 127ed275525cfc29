"""Which line of a page's header is its headline, on evidence.

A page's header is the run of lines above its first paragraph. Besides the
headline it may hold the site's name or slogan, a menu, a line in another
script or a section name. When the page's address is known and its slug
("/thailand-laos-sign-payment-deal") shares most of its words with a header
line, that line is the headline. Otherwise the headline is the first header
line that is not suspect. A line the page repeats is the headline (pages
print it again over the story or under a photo). A line is suspect when its
script is not the page's (a Khmer slogan
above an English story), or when it shares almost nothing with the body while
a later header line shares a good deal (a slogan, a menu): news bodies repeat
their headline's words.

Words are compared case-blind, four letters or more; Thai, written without
spaces, is compared by runs of three characters.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Sequence

from thaidigital.parse._lines import ends_sentence
from thaidigital.reference._index import is_thai

__all__ = [
    "HEADLINE_MAX_CHARS",
    "THAI_HEADLINE_MIN_CHARS",
    "choose_headline",
    "crumbs_before",
    "overlap_tokens",
    "runs_into",
    "site_suffixed",
    "slug_line",
    "slug_tokens",
    "split_copies",
]

_LATIN_WORD = re.compile(r"[^\W_]{4,}")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]{3,}")
# A body line shares this many words with a line it repeats.
_STRONG_SHARE = 3
_STRONG_RATIO = 0.6
_WEAK_RATIO = 0.34
_HEADLINE_MIN_WORDS = 4
#: No headline is longer; a longer line is the story itself.
HEADLINE_MAX_CHARS = 250
#: A Thai line shorter than this (and of few words) is no headline alone.
THAI_HEADLINE_MIN_CHARS = 20


def overlap_tokens(text: str) -> frozenset[str]:
    """The words (and Thai three-character runs) a line is compared by.

    >>> sorted(overlap_tokens("Thailand's digital plan"))
    ['digital', 'plan', 'thailand']
    >>> len(overlap_tokens("เมืองอัจฉริยะ"))
    11
    """
    folded = text.casefold().replace("’s", "").replace("'s", "")
    found = {word for word in _LATIN_WORD.findall(folded) if not is_thai(word)}
    for run in _THAI_RUN.findall(folded):
        found.update(run[i : i + 3] for i in range(len(run) - 2))
    return frozenset(found)


# A slug names the headline when a line has this many of its words, and at
# least this share of them.
_SLUG_MIN_SHARED = 2
_SLUG_MIN_RATIO = 0.5
_SLUG_SPLIT = re.compile(r"[-_+.]+")
# Below the header, a line is the headline the slug names only when it has
# this share of the slug's words, of a slug of at least this many.
_SLUG_LINE_SHARE = 0.8
_SLUG_LINE_MIN_WORDS = 3
_FILE_SUFFIX = re.compile(r"\.[A-Za-z]{2,5}$")


def slug_tokens(url: str | None) -> frozenset[str]:
    """The words (:func:`overlap_tokens`) of a page address's slug: the part
    of its path with the most words ("-" or "_" between them), or with Thai
    letters; nothing when the address has no such part (".../40046006").

    >>> sorted(slug_tokens("https://example.com/business/1234/thailand-laos-sign-payment-deal"))
    ['deal', 'laos', 'payment', 'sign', 'thailand']
    >>> slug_tokens("https://example.com/news/40046006")
    frozenset()
    """
    if not url:
        return frozenset()
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    best: list[str] = []
    for segment in path.split("/"):
        words = [w for w in _SLUG_SPLIT.split(_FILE_SUFFIX.sub("", segment)) if w]
        if (len(words) >= 3 or is_thai(segment)) and len(words) > len(best):
            best = words
    return overlap_tokens(" ".join(best))


def _slug_choice(tokens_of: list[frozenset[str]], slug: frozenset[str]) -> int | None:
    """The line that shares most of the slug's words, if one does."""
    best: tuple[int, float] = (0, 0.0)
    chosen = None
    for index, tokens in enumerate(tokens_of):
        shared = len(tokens & slug)
        score = (shared, shared / len(tokens) if tokens else 0.0)
        if score > best:
            best, chosen = score, index
    if best[0] >= _SLUG_MIN_SHARED and best[0] >= _SLUG_MIN_RATIO * len(slug):
        return chosen
    return None


def slug_line(lines: list[str], slug: frozenset[str]) -> int | None:
    """The line, of lines below a header, that the page's slug names: it
    shares most of the slug's words and reads as a headline, not a
    sentence. A masthead or a banner may fill the header above it.

    >>> slug = slug_tokens("https://example.com/2013/05/peru-chile-ministers-to-meet.html")
    >>> slug_line(["Our blog", "Peru, Chile ministers to meet next month"], slug)
    1
    >>> slug_line(["Peru and Chile ministers are to meet next month."], slug) is None
    True
    """
    if len(slug) < _SLUG_LINE_MIN_WORDS:
        return None
    for index, text in enumerate(lines):
        if not _headline_like(text) or len(text) > HEADLINE_MAX_CHARS:
            continue
        if len(overlap_tokens(text) & slug) >= _SLUG_LINE_SHARE * len(slug):
            return index
    return None


def _script_mismatch(text: str, language: str) -> bool:
    """A line in a script the page is not written in.

    On an English page, a line with letters mostly neither Latin nor Thai (a
    Khmer slogan, a Russian section name with one acronym in it); on a Thai
    page, one word without Thai letters (the site's name).

    >>> _script_mismatch("Угол режиссера BDT: речи", "en")
    True
    >>> _script_mismatch("Café society meets in Lima", "en")
    False
    """
    letters = "".join(c for c in text if c.isalpha())
    if not letters or is_thai(letters):
        return False
    if language == "th":
        return " " not in text.strip()
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return 2 * latin < len(letters)


def _headline_like(text: str) -> bool:
    """Long enough for a headline, and not ending like a sentence."""
    long_enough = text.count(" ") >= _HEADLINE_MIN_WORDS - 1 or (
        len(text) >= THAI_HEADLINE_MIN_CHARS and is_thai(text)
    )
    return long_enough and not ends_sentence(text)


def choose_headline(
    candidates: list[str],
    body: list[str],
    language: str,
    slug: frozenset[str] = frozenset(),
) -> int:
    """The index of the headline among a page's header lines.

    ``body`` is the lines below the header; ``slug`` the words of the page's
    address (:func:`slug_tokens`), if known. A line that shares most of the
    slug's words is the headline. Else a line the page repeats is, unless its
    script is not the page's; a line is compared with every line below it.

    >>> body = ["Thailand and Laos signed a payment deal on Friday in Vientiane."]
    >>> choose_headline(["Analysis from world experts", "Thailand, Laos sign payment deal"], body, "en")
    1
    >>> choose_headline(["Thailand, Laos sign payment deal", "Analysis from world experts"], body, "en")
    0
    >>> slug = slug_tokens("https://example.com/news/thailand-laos-sign-payment-deal")
    >>> choose_headline(["Payments", "Thailand, Laos sign payment deal"], [], "en", slug)
    1
    """
    later_lines = [line.casefold() for line in [*candidates, *body]]
    tokens_of = [overlap_tokens(text) for text in candidates]
    if slug:
        by_slug = _slug_choice(
            [
                frozenset() if _script_mismatch(text, language) else tokens
                for text, tokens in zip(candidates, tokens_of, strict=True)
            ],
            slug,
        )
        if by_slug is not None:
            return by_slug
    # What each line shares with the page below it.
    below = overlap_tokens(" ".join(body))
    shares: list[tuple[int, float]] = [(0, 0.0)] * len(candidates)
    for index in range(len(candidates) - 1, -1, -1):
        tokens = tokens_of[index]
        shared = len(tokens & below)
        shares[index] = (shared, shared / len(tokens) if tokens else 0.0)
        below = below | tokens
    for index, text in enumerate(candidates):
        if _script_mismatch(text, language):
            continue
        if text.casefold() in later_lines[index + 1 :]:
            return index
        shared, ratio = shares[index]
        # Only a headline-like line below can show this one is not the headline.
        later = [
            share
            for share, line in zip(
                shares[index + 1 :], candidates[index + 1 :], strict=False
            )
            if _headline_like(line)
        ]
        if tokens_of[index] and shared == 0 and any(n >= 2 for n, _ in later):
            continue
        if ratio < _WEAK_RATIO and any(
            n >= _STRONG_SHARE and r >= _STRONG_RATIO for n, r in later
        ):
            continue
        return index
    return 0


def _word_edge(text: str, at: int) -> bool:
    """Whether ``text`` may be cut before ``text[at]`` without splitting a
    Latin word or number (Thai writes no spaces between words)."""
    if at <= 0 or at >= len(text):
        return True
    before, after = text[at - 1], text[at]
    return not (
        before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
    )


#: How short the end of a headline its cut copy lacks can be.
_CUT_TAIL_CHARS = 24
_CUT_TAIL_WORDS = 3


def runs_into(text: str, later: list[str], story: Sequence[str] = ()) -> bool:
    """Whether ``text`` is a later headline-like line with more text run on.

    ``story`` is the first lines below the header: a few words run on that
    start one of them are the story's; a few that start none are the end of
    a headline the later line cuts short.

    Listing pages and share cards print the headline straight into the
    story's opening; the headline then stands alone on its own line below.
    A headline-sized line that the next two lines print again, cut in two
    (the second piece headline-like too), is the headline itself, not a
    teaser.

    >>> runs_into("Cities sign a data pact The ten cities signed", ["Cities sign a data pact"])
    True
    >>> runs_into("Cities sign a data pact", ["Cities sign a data pact"])
    False
    >>> runs_into("Cities sign a data pact to share traffic counts",
    ...           ["Cities sign a data pact", "to share traffic counts"])
    False
    >>> runs_into("Ministry outcomes: the plan.", ["Ministry outcomes:"])
    False
    >>> runs_into("Cities sign a data pact in Lima", ["Cities sign a data pact"])
    False
    >>> runs_into("Cities sign a data pact Ten cities",
    ...           ["Cities sign a data pact"], ["Ten cities agreed on Monday."])
    True
    """
    for index, line in enumerate(later):
        if not (
            len(line) < len(text)
            and text.startswith(line)
            and _headline_like(line)
            # "Key outcomes:" introduces what follows; a headline does not.
            and not line.rstrip().endswith(":")
            and _word_edge(text, len(line))
        ):
            continue
        rest = text[len(line) :].strip()
        if (
            len(rest) <= _CUT_TAIL_CHARS
            and len(rest.split()) <= _CUT_TAIL_WORDS
            and not rest.endswith((".", "!", "?"))
            # "Pact signed Ten cities agreed" above "Pact signed" and "Ten
            # cities agreed on Monday …" is the headline run into the story.
            and not any(
                other.startswith(rest) for other in (*later[index + 1 :], *story)
            )
        ):
            # "… แห่งแรกของไทยใน EEC" above "… แห่งแรกของไทย": the whole
            # headline, and a copy of it cut short, not a headline run on.
            continue
        if (
            len(text) <= HEADLINE_MAX_CHARS
            and _headline_like(rest)
            and later[index + 1 : index + 2] == [rest]
        ):
            continue
        return True
    return False


# What sets a site's or agency's name after a headline in a browser title.
_SUFFIX_MARKS = "-|–—"
_SUFFIX_MAX_WORDS = 3


def site_suffixed(text: str, later: list[str]) -> bool:
    """Whether ``text`` is a later headline-like line with a short name set
    after a dash or a bar: the browser's title ("Cities sign a data pact -
    Wire"), printed above the headline itself.

    >>> site_suffixed("Cities sign a data pact-Wire", ["Cities sign a data pact"])
    True
    >>> site_suffixed("Cities sign a data pact | City Daily", ["Cities sign a data pact"])
    True
    >>> site_suffixed("Cities sign a data pact in Lima", ["Cities sign a data pact"])
    False
    >>> site_suffixed("Cities sign a data pact - and more.", ["Cities sign a data pact"])
    False
    """
    for line in later:
        if not (
            len(line) < len(text) and text.startswith(line) and _headline_like(line)
        ):
            continue
        rest = text[len(line) :].strip()
        name = rest[1:].strip()
        if (
            rest[:1] in _SUFFIX_MARKS
            and name
            and len(rest) <= _CUT_TAIL_CHARS
            and len(name.split()) <= _SUFFIX_MAX_WORDS
            and name[0].isupper()
            and not name.endswith((".", "!", "?"))
        ):
            return True
    return False


def split_copies(title: str, lines: list[str]) -> set[int]:
    """The indices of pairs of consecutive ``lines`` that print ``title``
    again cut in two (case and spacing aside).

    >>> sorted(split_copies("Cities sign a data pact", ["Cities sign", "a data pact", "More."]))
    [0, 1]
    >>> split_copies("Ministry: Ministry ministry.", ["Ministry:", "Ministry ministry."])
    set()
    """
    title = " ".join(title.split())
    key = title.casefold()
    found: set[int] = set()
    for index in range(len(lines) - 1):
        first, second = lines[index].strip(), lines[index + 1].strip()
        if index in found or len(first) + len(second) + 1 != len(title):
            continue
        if first.endswith(":") or second.endswith("."):
            continue  # a heading and a sentence, not a headline's two halves
        if f"{first} {second}".casefold() == key:
            found.update((index, index + 1))
    return found


_CRUMB_MARKS = "›»>/|"
_CRUMB_SPLIT = re.compile(r" ?[›»>/|] ?")
_CRUMB_MAX_CHARS = 40


def crumbs_before(text: str, later: list[str]) -> tuple[str, ...] | None:
    """The breadcrumbs of a line that ends with a later headline-like line
    ("Site > Section > Headline", the headline standing alone below).

    >>> crumbs_before("Site › Tech › Cities sign a data pact", ["Cities sign a data pact"])
    ('Site', 'Tech')
    >>> crumbs_before("Cities sign a data pact", ["Cities sign a data pact"]) is None
    True
    """
    for line in later:
        if len(line) >= len(text) or not text.endswith(line):
            continue
        head = text[: len(text) - len(line)].rstrip()
        if not head or head[-1] not in _CRUMB_MARKS or not _headline_like(line):
            continue
        crumbs = tuple(
            c.strip() for c in _CRUMB_SPLIT.split(head.rstrip(_CRUMB_MARKS + " "))
        )
        if all(crumbs) and all(len(c) <= _CRUMB_MAX_CHARS for c in crumbs):
            return crumbs
    return None
