"""Sentences, tokens and names found in an article's text, with their spans."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from thaidigital import reference
from thaidigital.dates import find_dates
from thaidigital.extract._pack import rows
from thaidigital.models import Article
from thaidigital.reference import (
    CityRecord,
    CountryRecord,
    OfficeholderRecord,
    OrganizationRecord,
    ProvinceRecord,
    SmartDimensionRecord,
    _data,
)
from thaidigital.reference._index import exact_key, fold

__all__ = [
    "POSSESSIVE",
    "Entity",
    "Sentence",
    "Token",
    "covering",
    "date_spans",
    "entities",
    "holding",
    "sentences",
    "tokens",
    "without_possessive",
]

#: The endings of a possessive as outlets write them.
POSSESSIVE = ("'s", "’s")


def _by_start(
    spans: Sequence[tuple[int, int]],
) -> tuple[list[int], list[int], list[int]]:
    """The spans' indices in order of their starts, those starts, and the
    furthest end of the spans that open by each one."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    starts = [spans[i][0] for i in order]
    reach = list(itertools.accumulate((spans[i][1] for i in order), max))
    return order, starts, reach


def covering(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position lies inside any of the spans (start
    included, end not), each asked in logarithmic time: a long sentence of
    many names and dates must not cost their product.

    >>> inside = covering([(10, 20), (0, 5), (12, 14)])
    >>> [inside(at) for at in (0, 5, 9, 10, 19, 20)]
    [True, False, False, True, True, False]
    """
    _, starts, reach = _by_start(list(spans))

    def inside(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and reach[k] > at

    return inside


def holding(
    spans: Sequence[tuple[int, int]],
) -> Callable[[int], Iterator[tuple[int, int]]]:
    """The spans that hold a position, in their given order. Finding where
    to look is logarithmic; the walk back then passes only spans that open
    before the position and reach at least as far as one that holds it
    (few, as named documents and meetings rarely nest).

    >>> hold = holding([(10, 20), (0, 5), (12, 14)])
    >>> list(hold(13)), list(hold(7))
    ([(10, 20), (12, 14)], [])
    """
    order, starts, reach = _by_start(spans)

    def hold(at: int) -> Iterator[tuple[int, int]]:
        found: list[int] = []
        k = bisect.bisect_right(starts, at) - 1
        while k >= 0 and reach[k] > at:
            if spans[order[k]][1] > at:
                found.append(order[k])
            k -= 1
        return (spans[i] for i in sorted(found))

    return hold


def without_possessive(word: str) -> str:
    """A word without its possessive ending.

    >>> without_possessive("Thailand’s"), without_possessive("Moon's")
    ('Thailand', 'Moon')
    >>> without_possessive("Laos")
    'Laos'
    """
    for suffix in POSSESSIVE:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# A sentence ends at . ! or ? (with closing quotes or brackets), then space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_ABBREVIATIONS = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "no",
        "st",
        "eg",
        "e.g",
        "i.e",
        "ie",
        "vs",
        "etc",
        "u.s",
        "gen",
        "gov",
        "sen",
        "rep",
        "lt",
        "col",
        "capt",
        "pol",
    }
)
_WORD = re.compile(r"\w+(?:[.'’]\w+)*")
_MAX_NAME_TOKENS = 7
# A name never starts at these ("The Bali meeting" is about Bali).
_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those"})


@attrs.frozen
class Sentence:
    """A sentence of one block: its text and where it starts in the block."""

    block: int
    offset: int
    text: str


@attrs.frozen
class Token:
    """A word of a sentence with its span in the sentence."""

    start: int
    end: int
    text: str

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def _split(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        word = text[max(0, match.start() - 6) : match.start()].rsplit(None, 1)
        previous = word[-1].lower().lstrip("(") if word else ""
        following = text[match.end() : match.end() + 1]
        if (
            previous in _ABBREVIATIONS
            or len(previous) == 1
            or not (following.isupper() or following.isdigit() or following in '"“‘(')
        ):
            continue
        yield start, match.start() + 1
        start = match.end()
    if start < len(text):
        yield start, len(text.rstrip())


#: The most words a headline has. A longer title is the story's lead, which
#: the parser took as the title of a page without a headline line.
HEADLINE_WORDS = 20


def sentences(article: Article) -> list[Sentence]:
    """Every sentence of the body, then the title's (block ``-1``). A title
    longer than a headline is the story's lead, and is read first."""
    out = []
    body = list(enumerate(block.text for block in article.blocks))
    title = (-1, article.title)
    lead = len(article.title.split()) > HEADLINE_WORDS
    indexed = [title, *body] if lead else [*body, title]
    for block, text in indexed:
        for start, end in _split(text):
            if text[start:end].strip():
                out.append(Sentence(block, start, text[start:end]))
    return out


#: Any day will do as the reference when all that matters is whether words
#: are a date, not which one.
_ANY_DAY = dt.date(2000, 1, 1)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a date, weekdays and other relative dates included.

    >>> date_spans("Tuesday")
    [(0, 7)]
    >>> date_spans("cooperation on 5 May 2025")
    [(15, 25)]
    """
    return [(d.start, d.end) for d in find_dates(text, reference=_ANY_DAY)]


def in_title_case(text: str) -> bool:
    """Whether a line capitalises its words as a headline may ("Thailand
    and Japan Sign Agreement on Data"): every longer word but one, of three
    or more. Such capitals say nothing of what is a name.

    >>> in_title_case("ASEAN and SCO Secretariats Sign Agreement for Cooperation")
    True
    >>> in_title_case("Thailand and Japan sign MoU on digital cooperation")
    False
    """
    longer = [m.group() for m in _WORD.finditer(text) if len(m.group()) >= 4]
    lower = sum(1 for w in longer if not w[:1].isupper())
    return len(longer) >= 3 and lower <= 1 and lower * 5 <= len(longer)


def tokens(text: str) -> list[Token]:
    """The words of ``text``: runs of letters and digits, inner dots and apostrophes kept."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


@attrs.frozen
class Entity:
    """A name from the reference data found in a sentence."""

    start: int
    end: int
    text: str
    country: CountryRecord | None = None
    province: ProvinceRecord | None = None
    city: CityRecord | None = None
    organization: OrganizationRecord | None = None
    person: OfficeholderRecord | None = None
    dimension: SmartDimensionRecord | None = None

    @property
    def is_place(self) -> bool:
        return bool(self.country or self.province or self.city)


@functools.cache
def _news_countries() -> dict[str, str]:
    """Short names the press gives a country that the reference data leaves
    ambiguous ("Korea"), by exact key."""
    return {exact_key(row["name"]): row["code"] for row in rows("en", "news_countries")}


def named_country(text: str) -> CountryRecord | None:
    """The country a name names, as the reference data knows it or by a short
    name the press gives it that the data leaves ambiguous.

    >>> named_country("Korea").code, named_country("Thailand").code
    ('KR', 'TH')
    """
    record = reference.get_country(text)
    if record is None and (code := _news_countries().get(exact_key(text))):
        return reference.get_country(code)
    return record


def _country(text: str) -> CountryRecord | None:
    record = named_country(text)
    # Bare codes ("AI", "PM", "IT", "ID") are words in prose, not countries,
    # unless the data lists them as a name people write ("US", "UK").
    if record is None or (
        text in (record.code, getattr(record, "code3", None))
        and text not in record.variants
    ):
        return None
    return record


@functools.cache
def _any_key() -> tuple[frozenset[str], frozenset[str]]:
    """The exact and folded keys of every index a name is looked up in: most
    spans of a sentence name nothing, and one set test says so."""
    indexes = (
        _data.country_index(),
        _data.province_index(),
        _data.venue_index(),
        _data.organization_index(),
        _data.officeholder_index(),
        _data.smart_dimension_index(),
    )
    exact: set[str] = set()
    folded: set[str] = set()
    for index in indexes:
        e, f = index.keys()
        exact.update(e)
        folded.update(f)
    exact.update(_news_countries())
    return frozenset(exact), frozenset(folded)


def _lookup(text: str) -> Entity | None:
    exact, folded = _any_key()
    if exact_key(text) not in exact and fold(text) not in folded:
        return None
    found = Entity(
        0,
        0,
        text,
        country=_country(text),
        province=reference.get_province(text) if not text.startswith("TH-") else None,
        city=reference.get_venue(text),
        organization=reference.get_organization(text),
        person=reference.get_officeholder(text),
        dimension=reference.get_smart_dimension(text),
    )
    if any(
        (
            found.country,
            found.province,
            found.city,
            found.organization,
            found.person,
            found.dimension,
        )
    ):
        return found
    return None


def entities(text: str, words: list[Token] | None = None) -> list[Entity]:
    """Reference names in ``text``, longest match first, left to right."""
    words = tokens(text) if words is None else words
    found = []
    i = 0
    while i < len(words):
        if not words[i].capitalized or words[i].text in _DETERMINERS:
            # Some acronyms are written in lower case ("depa").
            word = words[i].text
            if 3 <= len(word) <= 6 and word.isascii() and word.isalpha():
                organization = reference.get_organization(word)
                if organization is not None:
                    found.append(
                        Entity(
                            words[i].start,
                            words[i].end,
                            word,
                            organization=organization,
                        )
                    )
            i += 1
            continue
        for size in range(min(_MAX_NAME_TOKENS, len(words) - i), 0, -1):
            start, end = words[i].start, words[i + size - 1].end
            last = words[i + size - 1]
            if (
                size > 1
                and not last.text[:1].isupper()
                # "Chan-o-cha": a lower-case part joined by a hyphen.
                and text[words[i + size - 2].end : last.start] != "-"
            ):
                continue
            entity = _lookup(text[start:end])
            if entity is not None:
                found.append(attrs.evolve(entity, start=start, end=end))
                i += size
                break
        else:
            i += 1
    return found
