"""Who a sentence names as a possible party: organisations, countries, officials.

Organisations come from the reference data, from their shape (a capitalised
name ending in a head word such as "Commission", or opening with one before
"of": "Ministry of Digital Economy and Society"), or from an acronym the
article defined in brackets earlier. Countries come from their names, their
possessives ("Thailand's") and the officials who act for them. The head words
and demonyms are data (``lang/en/organization_heads.csv``, ``demonyms.csv``).
"""

from __future__ import annotations

import functools

import attrs

from thaidigital import reference
from thaidigital.extract._pack import rows
from thaidigital.extract._text import Entity, Token
from thaidigital.extract._vocabulary import DEMONYMS
from thaidigital.models import Country, Organization

__all__ = ["PartyMention", "parties"]

Party = Country | Organization

#: Small words that may sit inside an organisation's name.
_CONNECTORS = frozenset({"of", "the", "for", "and", "on", "&", "de"})
#: Capitalised words that open a clause or a title, not a name.
_NOT_NAMES = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "Both", "Under", "In", "On"}
)
_MAX_RUN = 14
_POSSESSIVE = ("'s", "’s")


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("en", "organization_heads"))


@attrs.frozen
class PartyMention:
    """A possible party and where the sentence names it."""

    start: int
    end: int
    party: Party


def _country_of_word(word: str) -> str | None:
    """A country a single word names: "Thailand", "Thailand's", "Thai"."""
    for suffix in _POSSESSIVE:
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if word in DEMONYMS:
        return DEMONYMS[word]
    record = reference.get_country(word)
    if record is None or word in (record.code, getattr(record, "code3", None)):
        return None
    return record.code


def _acronym_after(text: str, end: int) -> str | None:
    """ "(NBTC)" right after a name."""
    rest = text[end : end + 16]
    if not rest.startswith(" (") or ")" not in rest:
        return None
    inner = rest[2 : rest.index(")")]
    if 2 <= len(inner) <= 10 and inner.isalnum() and any(c.isupper() for c in inner):
        return inner
    return None


def _after_acronym(end: int, acronym: str | None) -> int:
    """Where a name ends once its bracketed acronym " (NBTC)" is counted."""
    return end + len(acronym) + 3 if acronym else end


def _country_before(
    text: str, by_end: dict[int, Token], start: int
) -> tuple[int, str] | None:
    """A possessive or adjective country word right before a name
    ("Thailand's Ministry of …"): where it starts and its country."""
    w = by_end.get(start - 1)
    if w is None or text[w.end] != " ":
        return None
    code = _country_of_word(w.text)
    if code is not None and (w.text.endswith(_POSSESSIVE) or w.text in DEMONYMS):
        return w.start, code
    return None


def _segments(
    words: list[Token], heads: frozenset[str], i: int, j: int
) -> list[tuple[int, int]]:
    """A run split where "and" joins two names that each have a head word:
    "Export-Import Bank of Thailand and Chulalongkorn University" is two;
    "Ministry of Digital Economy and Society" is one."""
    out = []
    start = i
    for m in range(i + 1, j - 1):
        if words[m].text != "and":
            continue
        left = any(words[x].text.rstrip(".") in heads for x in range(start, m))
        right = any(words[x].text.rstrip(".") in heads for x in range(m + 1, j + 1))
        if left and right and j - m >= 2:
            out.append((start, m - 1))
            start = m + 1
    out.append((start, j))
    return out


def _shape_in(
    words: list[Token], heads: frozenset[str], i: int, j: int
) -> tuple[int, int, int] | None:
    """The organisation name in one segment of a capitalised run: its first
    and last word, and the index of a country word before it (or -1)."""
    head_at = [k for k in range(i, j + 1) if words[k].text.rstrip(".") in heads]
    if not head_at:
        return None
    last = head_at[-1]
    # "Bank of Thailand": a head before "of" takes the rest of the run.
    end = j if last < j and words[last + 1].text in ("of", "for") else last
    # "NBTC and Korea Communications Commission": the name starts after "and".
    start = i
    for k in range(i, head_at[0]):
        if words[k].text == "and":
            start = k + 1
    country_word = start if _country_of_word(words[start].text) else -1
    first = start
    if country_word >= 0 and (
        words[start].text.endswith(_POSSESSIVE)
        or (start + 1 < end and words[start + 1].text.rstrip(".") in heads)
    ):
        first = start + 1  # "Thailand's Ministry of …", "Thai Ministry of …"
    if first == end and words[first].text.rstrip(".") in heads:
        return None  # a head word alone ("the Ministry") names no one
    return first, end, country_word


def _shaped(
    text: str, words: list[Token], known: bytearray
) -> list[tuple[int, int, int]]:
    """Spans (first word, last word) of names shaped like organisations,
    with the index of a leading country word to strip (or -1). Names the
    reference data knows (characters flagged in ``known``) are left to it."""
    heads = _heads()
    out: list[tuple[int, int, int]] = []
    blocked = [bool(known[w.start]) for w in words]
    i = 0
    n = len(words)
    while i < n:
        if blocked[i] or not words[i].capitalized or words[i].text in _NOT_NAMES:
            i += 1
            continue
        # A run of capitalised words and connectors, unbroken by punctuation.
        j = i
        while (
            j + 1 < n
            and j + 1 - i < _MAX_RUN
            and not blocked[j + 1]
            and text[words[j].end : words[j + 1].start] in (" ", "-", " & ")
            and (words[j + 1].capitalized or words[j + 1].text in _CONNECTORS)
        ):
            j += 1
        while j > i and words[j].text in _CONNECTORS:
            j -= 1
        for seg_i, seg_j in _segments(words, heads, i, j):
            found = _shape_in(words, heads, seg_i, seg_j)
            if found is not None:
                out.append(found)
        i = j + 1
    return out


def parties(
    text: str,
    words: list[Token],
    found: list[Entity],
    acronyms: dict[str, Organization],
) -> list[PartyMention]:
    """Every possible party a sentence names, left to right, without overlaps.

    ``acronyms`` is the article's map of acronyms defined so far; names
    defined here with "(ACRONYM)" are added to it.

    >>> from thaidigital.extract._text import tokens, entities
    >>> text = ("Thailand's Ministry of Digital Economy and Society signed an "
    ...         "MoU with Singapore's Infocomm Media Development Authority (IMDA).")
    >>> words = tokens(text)
    >>> found = parties(text, words, entities(text, words), {})
    >>> [(text[p.start:p.end], p.party.country) for p in found]
    [('Ministry of Digital Economy and Society', 'TH'), ('Infocomm Media Development Authority', 'SG')]
    """
    out: list[PartyMention] = []
    # Spans consumed by a name: its words, a country before it ("Thailand's")
    # and an acronym defined after it ("(NBTC)").
    # One flag a character, so checking a span costs its length, not the
    # number of names already found.
    taken = bytearray(len(text) + 1)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def take(start: int, end: int, party: Party, cover: tuple[int, int]) -> None:
        out.append(PartyMention(start, end, party))
        taken[cover[0] : cover[1]] = b"\x01" * (cover[1] - cover[0])

    by_end = {w.end: w for w in words}
    for e in found:
        if e.organization is not None:
            record = e.organization
            org = Organization(
                name=record.name, acronym=record.acronym, country=record.country
            )
            acronym = _acronym_after(text, e.end)
            if acronym:
                acronyms[acronym] = org
            begin = e.start
            before = _country_before(text, by_end, e.start)
            if before is not None:
                begin, code = before
                if org.country is None:
                    org = attrs.evolve(org, country=code)
            take(e.start, e.end, org, (begin, _after_acronym(e.end, acronym)))
    for first, last, country_word in _shaped(text, words, taken[:]):
        start, end = words[first].start, words[last].end
        acronym = _acronym_after(text, end)
        country = None
        if country_word >= 0:
            country = _country_of_word(words[country_word].text)
        if country is None:
            country = next(
                (
                    e.country.code
                    for e in found
                    if e.country and start <= e.start and e.end <= end
                ),
                None,
            )
        org = Organization(name=text[start:end], acronym=acronym, country=country)
        if acronym:
            acronyms[acronym] = org
        lead = country_word if 0 <= country_word < first else first
        take(start, end, org, (words[lead].start, _after_acronym(end, acronym)))
    for e in found:
        if not free(e.start, e.end):
            continue
        if e.person is not None and e.person.country:
            take(e.start, e.end, Country(code=e.person.country), (e.start, e.end))
        elif e.country is not None:
            take(e.start, e.end, Country(code=e.country.code), (e.start, e.end))
    for w in words:
        if not free(w.start, w.end):
            continue
        if w.text in acronyms:
            take(w.start, w.end, acronyms[w.text], (w.start, w.end))
        elif w.capitalized and (w.text.endswith(_POSSESSIVE) or w.text in DEMONYMS):
            nation = _country_of_word(w.text)
            if nation is not None:
                take(w.start, w.end, Country(code=nation), (w.start, w.end))
    return sorted(out, key=lambda p: p.start)
