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
import itertools
import re

import attrs

from thaidigital.extract._pack import rows
from thaidigital.extract._text import (
    POSSESSIVE,
    Entity,
    Token,
    named_country,
    without_possessive,
)
from thaidigital.extract._vocabulary import (
    AGREEMENT_WORDS,
    DATE_NAMES,
    DEMONYMS,
    MEETING_NOUNS,
    ORGANIZATION_HEADS,
    PLACE_NOUNS,
    ROLE_KINDS,
)
from thaidigital.models import Country, Organization

__all__ = ["Defined", "PartyMention", "parties"]

Party = Country | Organization

#: Small words that may sit inside an organisation's name.
_CONNECTORS = frozenset({"of", "the", "for", "and", "on", "&", "de"})
#: Capitalised words that open a clause, a title or a list item, not a name.
_NOT_NAMES = frozenset(row["word"] for row in rows("en", "function_words"))
_MAX_RUN = 24
#: An organisation's acronym: three to eight capitals or digits, opening with
#: a letter ("IMDA", "KISA").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,7}")
_POSSESSIVE = POSSESSIVE


@functools.cache
def _opening_heads() -> frozenset[str]:
    return frozenset(
        row["word"] for row in rows("en", "organization_heads") if row["opens"] == "yes"
    )


@functools.cache
def _not_organizations() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("en", "not_organizations"))


@functools.cache
def _describing_heads() -> frozenset[str]:
    return frozenset(
        row["word"]
        for row in rows("en", "organization_heads")
        if row["after_demonym"] == "describes"
    )


def _describes(head: str) -> bool:
    """Whether a country adjective before this head word only says whose it
    is ("Thai Ministry of …") rather than being part of the name ("Indian
    Council of Medical Research")."""
    return head.rstrip(".") in _describing_heads()


@attrs.define
class Defined:
    """The organisations an article has defined with an acronym in brackets
    ("… Authority (IIA)"), by acronym and by name, so later mentions of
    either are the same party."""

    by_acronym: dict[str, Organization] = attrs.Factory(dict)
    by_name: dict[str, Organization] = attrs.Factory(dict)
    #: Each part of the names of officials named in full so far, and their
    #: country: "Mr Prasert" later in the article is the minister.
    officials: dict[str, str] = attrs.Factory(dict)

    def add(self, acronym: str, org: Organization) -> None:
        self.by_acronym[acronym] = org
        self.by_name.setdefault(org.name, org)

    def official(self, name: str, country: str) -> None:
        for part in name.split():
            if len(part) >= 3 and part[:1].isupper():
                self.officials.setdefault(part, country)


@attrs.frozen
class PartyMention:
    """A possible party and where the sentence names it.

    ``tail`` is where the words that belong to the name end: after an
    acronym in brackets or an " of Thailand" that follows it (the span of
    the name itself ends at ``end``).
    """

    start: int
    end: int
    party: Party
    tail: int = attrs.field()

    @tail.default
    def _tail(self) -> int:
        return self.end


def _country_of_place(e: Entity) -> str | None:
    """The country a place in a body's name says it is of: "Thailand" in
    "Bank of Thailand", a Thai province in "Khon Kaen University", a city in
    "Lima General Hospital"."""
    if e.country is not None:
        return e.country.code
    if e.province is not None:
        return "TH"
    if e.city is not None:
        return e.city.country
    return None


def _ends_a_name(text: str, words: list[Token], k: int) -> bool:
    """Whether the demonym at ``k`` ends a capitalised name ("Leong Keng
    Thai,"): right after a capitalised word, with no word after it."""
    if k == 0:
        return False
    before = words[k - 1]
    after = text[words[k].end : words[k].end + 1]
    return (
        before.capitalized
        and before.text not in _NOT_NAMES
        and text[before.end : words[k].start] == " "
        and (after == "" or after in ",;.)")
    )


def _country_of_word(word: str) -> str | None:
    """A country a single word names: "Thailand", "Thailand's", "Thai"."""
    word = without_possessive(word)
    if word in DEMONYMS:
        return DEMONYMS[word]
    record = named_country(word)
    if record is None or word in (record.code, getattr(record, "code3", None)):
        return None
    return record.code


def _acronym_after(text: str, end: int) -> str | None:
    """ "(NBTC)", "(EXIM Bank)", "(Thai PBS)" right after a name: an acronym,
    perhaps with a word before or after it."""
    rest = text[end : end + 24]
    if not rest.startswith(" (") or ")" not in rest:
        return None
    inner = rest[2 : rest.index(")")]
    # "(Lao PDR)" after a ministry says whose it is: a country, no acronym.
    if _BRACKETED_ACRONYM.fullmatch(inner) and named_country(inner) is None:
        return inner
    return None


#: What a bracket after a name may hold as its acronym: one acronym with
#: capitals ("NBTC", "depa" is not: it must have two capitals), alone or with
#: one capitalised word on either side ("EXIM Bank", "Thai PBS").
_BRACKETED_ACRONYM = re.compile(
    r"(?:[A-Z][a-z]+ )?(?=\w*[A-Z]\w*[A-Z])[A-Za-z0-9]{2,10}(?: [A-Z][a-z]+)?"
)


def _inner_acronym(name: str) -> str | None:
    """The acronym in brackets inside a name, if any: "CP" in "Charoen
    Pokphand (CP) Group" (a country in brackets is part of the name)."""
    at = name.find(" (")
    if at < 0:
        return None
    inner = name[at + 2 : name.find(")", at)]
    return inner if inner.isupper() and _country_of_word(inner) is None else None


def _after_acronym(end: int, acronym: str | None) -> int:
    """Where a name ends once its bracketed acronym " (NBTC)" is counted."""
    return end + len(acronym) + 3 if acronym else end


def _of_country(text: str, end: int, found: list[Entity]) -> tuple[int, str] | None:
    """ " of Thailand" right after a name and its acronym: where it ends, and
    the country."""
    if not text.startswith(" of ", end):
        return None
    at = end + len(" of ")
    e = next((e for e in found if e.start == at and e.country is not None), None)
    return (e.end, e.country.code) if e is not None and e.country is not None else None


#: What may follow a country set off after a name by commas: a closing
#: comma, the clause's end, or words of the clause that are no list's "and".
_AFTER_APPOSITION = re.compile(r"[,.;:)]|$| (?!and |or )[a-z]")


def _appositive_country(
    text: str, end: int, found: list[Entity]
) -> tuple[int, str] | None:
    """ ", Thailand," right after a name and its acronym, as releases place
    the side an agency signs for ("between NSTDA, Thailand, and NEDO,
    Japan"): where the country ends, and the country. A country a list
    goes on with ("A, Japan and Korea") is a party of its own.

    >>> from thaidigital.extract._text import tokens, entities
    >>> text = "between NSTDA, Thailand, and NEDO"
    >>> _appositive_country(text, 13, entities(text, tokens(text)))
    (23, 'TH')
    >>> text = "with NSTDA, Japan and Korea"
    >>> _appositive_country(text, 10, entities(text, tokens(text))) is None
    True
    """
    if not text.startswith(", ", end):
        return None
    at = end + len(", ")
    e = next((e for e in found if e.start == at and e.country is not None), None)
    if e is None or e.country is None or not text[e.start : e.end][:1].isupper():
        return None
    if _AFTER_APPOSITION.match(text, e.end) is None:
        return None
    return e.end, e.country.code


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
        # The right side up to the next "and": "Research and Innovation and
        # South Korea's Ministry …" splits at the second "and" only.
        stop = next((x for x in range(m + 1, j + 1) if words[x].text == "and"), j + 1)
        right = any(words[x].text.rstrip(".") in heads for x in range(m + 1, stop))
        if left and right and j - m >= 2:
            out.append((start, m - 1))
            start = m + 1
    out.append((start, j))
    return out


def _is_name_by_itself(words: list[Token], i: int, k: int) -> bool:
    """Whether words ``i..k-1`` name someone alone: acronyms ("NBTC") or a
    country ("Thailand"), so an "and" after them starts another name."""
    return all(
        (w.text.isupper() and len(w.text) >= 2) or _country_of_word(w.text)
        for w in words[i:k]
    )


def _spelled_by_acronym(text: str, words: list[Token], i: int, j: int) -> bool:
    """Whether the acronym in brackets after words ``i..j`` spells their
    capitalised words' initials: "China and Global Development Network
    (CGDN)" is one name, though it opens with a country and "and"."""
    acronym = _acronym_after(text, words[j].end)
    initials = "".join(w.text[0] for w in words[i : j + 1] if w.text[:1].isupper())
    return acronym is not None and len(initials) >= 3 and acronym == initials


def _role_prefix(
    text: str, words: list[Token], heads: frozenset[str], i: int, j: int
) -> int:
    """Where the name starts after a person's role in front of it: "Dean of
    the International College …" starts at "International"; -1 when the run
    names a portfolio, not an organisation ("Minister of Digital Economy and
    Society"); ``i`` when there is no role."""
    k = i
    kinds = set()
    while k <= j and words[k].text.lower() in ROLE_KINDS:
        kinds.add(ROLE_KINDS[words[k].text.lower()])
        k += 1
        # "Director-General", "Vice-President": one role over a hyphen.
        while k <= j and text[words[k - 1].end : words[k].start] == "-":
            k += 1
    if k == i:
        return i
    if k > j or words[k].text != "of":
        return -1  # "Minister Chaiwut …": a role, not a name
    k += 1
    while k <= j and words[k].text in _CONNECTORS:
        k += 1
    if k > j:
        return -1
    if words[k].text.rstrip(".") in heads or kinds == {"institution"}:
        return k
    return -1


def _possessor(
    text: str, words: list[Token], i: int, last: int
) -> tuple[int, str] | None:
    """A country owning the name from its first words ("Thailand's",
    "South Korea's", "Thai"): the index of the first word after it, and
    the country."""
    for k in range(i, min(i + 3, last)):
        word = words[k].text
        if word.endswith(_POSSESSIVE):
            code = _country_of_word(text[words[i].start : words[k].end])
            return (k + 1, code) if code else None
    return None


def _shape_in(
    text: str, words: list[Token], heads: frozenset[str], i: int, j: int
) -> tuple[int, int, str | None, int] | None:
    """The organisation name in one segment of a capitalised run: its first
    and last word, the country a word before it names (or None), and the
    first word to cover (that country word included)."""
    head_at = [k for k in range(i, j + 1) if words[k].text.rstrip(".") in heads]
    if not head_at:
        return None
    last = head_at[-1]
    opens = i
    while opens < last and words[opens].text in _CONNECTORS:
        opens += 1
    if last == opens and last < j and words[last].text in _opening_heads():
        last = j  # "Institut Universitaire de Technologie", "Universiti Malaya"
    if any(words[k].text.lower() in PLACE_NOUNS for k in range(last + 1, j + 1)):
        return None  # "Office of the University Building 2": a place
    # "Bank of Thailand": a head before "of" takes the rest of the run.
    end = j if last < j and words[last + 1].text in ("of", "for") else last
    # "Bank Indonesia", "Bank Negara Malaysia": a head the country's name
    # ends, without "of".
    for k in range(last + 1, min(j, last + 3) + 1):
        if words[k].text in _CONNECTORS:
            break
        if _country_of_word(words[k].text) is not None and not words[k].text.endswith(
            _POSSESSIVE
        ):
            end = max(end, k)
            break
    # "NBTC and Korea Communications Commission": the name starts after
    # "and", unless the words before it cannot stand alone ("National
    # Science and Technology Development Agency").
    start = i
    spelled = _spelled_by_acronym(text, words, i, end)
    for k in range(i, head_at[0]):
        if (
            words[k].text == "and"
            and not spelled
            and (
                _is_name_by_itself(words, start, k)
                # "Governor Budi Santoso and Bank Negara Malaysia": a person, not
                # "Minister of Tourism and Sports" (a portfolio).
                or (
                    words[start].text.lower() in ROLE_KINDS
                    and words[start + 1].text not in _CONNECTORS
                )
            )
        ):
            start = k + 1
    while start < end and words[start].text in _CONNECTORS:
        start += 1
    start = _role_prefix(text, words, heads, start, end)
    if start < 0:
        return None
    country = None
    first = start
    owner = _possessor(text, words, start, end)
    if owner is not None:
        first, country = owner  # "South Korea's Office of …"
        # "Thailand's Minister of Digital Economy and Society": a role
        # after the possessive names a portfolio, not a body; "Chile's
        # Dean of the College of …" names the college.
        after_role = _role_prefix(text, words, heads, first, end)
        if after_role < 0:
            return None
        first = after_role
    elif (code := _country_of_word(words[start].text)) is not None and (
        start + 1 > end or words[start + 1].text != "and"
    ):
        # "Thai Ministry of …"; not "China and Global Development
        # Institute", which names a subject, not an owner.
        country = code
        if start + 1 < end and _describes(words[start + 1].text):
            first = start + 1  # "Thai Ministry of …", not "Indian Council of …"
    if first >= end and words[end].text.rstrip(".") in heads:
        return None  # a head word alone ("the Ministry") names no one
    if words[first].text.lower() in MEETING_NOUNS and words[first].text not in heads:
        return None  # "Meeting of the Joint Committee …" is a meeting
    return first, end, country, start


def _bracketed(text: str, words: list[Token], heads: frozenset[str], j: int) -> bool:
    """Whether words ``j+1 .. j+3`` are a bracket inside a name: an acronym or a
    country, then a head word ("Charoen Pokphand (CP) Group", "Microsoft
    (Thailand) Limited")."""
    if j + 2 >= len(words):
        return False
    inner, after = words[j + 1], words[j + 2]
    return (
        text[words[j].end : inner.start] == " ("
        and text[inner.end : after.start] == ") "
        and after.text.rstrip(".") in heads
        and (inner.text.isupper() or _country_of_word(inner.text) is not None)
    )


def _closed_list(text: str, words: list[Token], comma: int, j: int) -> bool:
    """Whether the list in a run that starts at word ``comma`` (the first
    after a comma) is closed by "and" after its last comma: "Higher
    Education, Science, Research and Innovation"."""
    last = comma
    for m in range(comma, j + 1):
        if text[words[m - 1].end : words[m].start] == ", ":
            last = m
    return any(words[m].text == "and" for m in range(last, j))


def _shaped(
    text: str, words: list[Token], known: bytearray
) -> list[tuple[int, int, str | None, int]]:
    """Spans of names shaped like organisations: first and last word, the
    country a possessive or adjective before them names, and the first word
    to cover (the country word included). Names the reference data knows
    (characters flagged in ``known``) are left to it."""
    heads = ORGANIZATION_HEADS
    out: list[tuple[int, int, str | None, int]] = []
    blocked = [bool(known[w.start]) for w in words]
    i = 0
    n = len(words)
    while i < n:
        if blocked[i] or not words[i].capitalized or words[i].text in _NOT_NAMES:
            i += 1
            continue
        # A run of capitalised words and connectors, unbroken by punctuation
        # but for a list inside a name ("Ministry of Higher Education,
        # Science, Research and Innovation") and a bracket before its head.
        j = i
        comma = -1  # the first word after a comma in the run
        of_head = False
        while j + 1 < n and j + 1 - i < _MAX_RUN and not blocked[j + 1]:
            gap = text[words[j].end : words[j + 1].start]
            following = words[j + 1]
            if (
                words[j].text in ("of", "for")
                and j > i
                and words[j - 1].text.rstrip(".") in heads
            ):
                of_head = True
            if following.text.lower() in ROLE_KINDS and any(
                words[k].text.rstrip(".") in heads for k in range(i, j + 1)
            ):
                break  # "Bank of Thailand Governor Sethaput …": a person's role
            if (
                following.text in _CONNECTORS
                and j + 2 < n
                and words[j + 2].text.lower() in DATE_NAMES
            ):
                break  # "… Ministry of Transport on Monday": a date, not the name
            if gap in (" ", "-", " & ") and (
                following.capitalized or following.text in _CONNECTORS
            ):
                j += 1
            elif (
                gap == ", "
                and of_head
                and following.capitalized
                and following.text.rstrip(".") not in heads
            ):
                comma = j + 1 if comma < 0 else comma
                j += 1
            elif _bracketed(text, words, heads, j) and not blocked[j + 2]:
                j += 2
            else:
                break
        if comma >= 0 and not _closed_list(text, words, comma, j):
            j = comma - 1
        while j > i and words[j].text in _CONNECTORS:
            j -= 1
        for seg_i, seg_j in _segments(words, heads, i, j):
            found = _shape_in(text, words, heads, seg_i, seg_j)
            if found is not None:
                out.append(found)
        i = j + 1
    return out


def parties(
    text: str,
    words: list[Token],
    found: list[Entity],
    defined: Defined,
) -> list[PartyMention]:
    """Every possible party a sentence names, left to right, without overlaps.

    ``defined`` holds the organisations the article has defined with an
    acronym so far; names defined here with "(ACRONYM)" are added to it.

    >>> from thaidigital.extract._text import tokens, entities
    >>> text = ("Thailand's Ministry of Digital Economy and Society signed an "
    ...         "MoU with Singapore's Infocomm Media Development Authority (IMDA).")
    >>> words = tokens(text)
    >>> found = parties(text, words, entities(text, words), Defined())
    >>> [(text[p.start:p.end], p.party.country) for p in found]
    [('Ministry of Digital Economy and Society', 'TH'), ('Infocomm Media Development Authority', 'SG')]
    """
    spans = _Spans(len(text))
    _known_organizations(text, words, found, defined, spans)
    _shaped_organizations(text, words, found, defined, spans)
    _spelled_organizations(text, words, found, defined, spans)
    _countries_and_officials(text, words, found, defined, spans)
    _acronyms_beside(text, words, spans)
    ordered = sorted(spans.out, key=lambda p: p.start)
    return _described_before(text, _described_owners(text, ordered, defined), defined)


#: ", Thailand's largest mobile operator,": a possessive country that opens
#: a description of the name before it.
_DESCRIBED_BY = re.compile(r"\s?,\s+$")
_DESCRIPTION = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,")


def _described_owners(
    text: str, found: list[PartyMention], defined: Defined
) -> list[PartyMention]:
    """ "AIS, Thailand's largest mobile operator, signed …": the country
    whose description follows an organisation is the organisation's, not
    a party of its own (and its acronym names it with that country)."""
    out: list[PartyMention] = []
    for m in found:
        before = out[-1] if out else None
        if (
            before is not None
            and isinstance(m.party, Country)
            and isinstance(before.party, Organization)
            and text[m.start : m.end].endswith(_POSSESSIVE)
            and _DESCRIBED_BY.fullmatch(text, before.tail, m.start)
            and _DESCRIPTION.match(text, m.end)
        ):
            if before.party.country is None:
                org = attrs.evolve(before.party, country=m.party.code)
                out[-1] = attrs.evolve(before, party=org)
                if org.acronym and defined.by_acronym.get(org.acronym) == before.party:
                    defined.by_acronym[org.acronym] = org
                    defined.by_name[org.name] = org
            continue
        out.append(m)
    return out


#: A country word, then a few lower-case words ending in a noun that
#: describes a body, right before its name: "Chilean port software maker ",
#: "Lima-based cloud services provider ".
_DESCRIBED_BEFORE = re.compile(
    r"(?P<country>[A-Z][\w’']*(?: [A-Z][\w’']*)?)(?:-based)? "
    r"(?:[a-z][\w-]* ){0,3}(?P<noun>[a-z][\w-]*) $"
)


@functools.cache
def _descriptor_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in rows("en", "descriptor_nouns"))


def _described_before(
    text: str, found: list[PartyMention], defined: Defined
) -> list[PartyMention]:
    """ "Chilean port software maker Andes Logic": a body of no
    known country takes the country of the words that describe it; the
    country word is then no party of its own."""
    out: list[PartyMention] = []
    for m in found:
        party = m.party
        if isinstance(party, Organization) and party.country is None:
            described = _DESCRIBED_BEFORE.search(text, max(0, m.start - 80), m.start)
            code = (
                _country_of_word(described["country"])
                if described is not None and described["noun"] in _descriptor_nouns()
                else None
            )
            if code is not None and described is not None:
                org = attrs.evolve(party, country=code)
                if org.acronym and defined.by_acronym.get(org.acronym) == party:
                    defined.by_acronym[org.acronym] = org
                    defined.by_name[org.name] = org
                out = [
                    o
                    for o in out
                    if not (
                        isinstance(o.party, Country)
                        and o.start >= described.start("country")
                        and o.end <= described.end("country") + len("-based")
                    )
                ]
                out.append(attrs.evolve(m, party=org))
                continue
        out.append(m)
    return out


#: "NSTDA and the …", "… and NSTDA": "and" between an acronym and a party.
_AND_AFTER = re.compile(r" and (?:the )?")
_AND_BEFORE = re.compile(r" and (?:the )?$")


def _acronyms_beside(text: str, words: list[Token], spans: _Spans) -> None:
    """An acronym the article never defined, joined by "and" to a party the
    sentence names, is a party too: "NSTDA and the National Innovation
    Agency (NIA) signed …"."""
    starts = {m.start for m in spans.out}
    ends = {m.tail for m in spans.out}
    for w in words:
        if (
            not _ACRONYM.fullmatch(w.text)
            or w.text.upper() in _not_organizations()
            or w.text.lower() in AGREEMENT_WORDS
            or _country_of_word(w.text) is not None
            or not spans.free(w.start, w.end)
        ):
            continue
        after = _AND_AFTER.match(text, w.end)
        before = _AND_BEFORE.search(text, max(0, w.start - 10), w.start)
        if (after is not None and after.end() in starts) or (
            before is not None and before.start() in ends
        ):
            spans.take(w.start, w.end, Organization(name=w.text), (w.start, w.end))


class _Spans:
    """The parties found so far, and the characters their names consume: a
    name's words, a country before it ("Thailand's") and an acronym defined
    after it ("(NBTC)"). One flag a character, so checking a span costs its
    length, not the number of names already found."""

    def __init__(self, size: int) -> None:
        self.out: list[PartyMention] = []
        self.taken = bytearray(size + 1)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int, party: Party, cover: tuple[int, int]) -> None:
        self.out.append(PartyMention(start, end, party, max(end, cover[1])))
        self.taken[cover[0] : cover[1]] = b"\x01" * (cover[1] - cover[0])


def _known_organizations(
    text: str, words: list[Token], found: list[Entity], defined: Defined, spans: _Spans
) -> None:
    """Organisations the reference data knows, with a country word before them."""
    by_end = {w.end: w for w in words}
    for e in found:
        if e.organization is None or not spans.free(e.start, e.end):
            continue
        record = e.organization
        org = Organization(
            name=record.name, acronym=record.acronym, country=record.country
        )
        acronym = _acronym_after(text, e.end)
        if acronym:
            defined.add(acronym, org)
        begin = e.start
        before = _country_before(text, by_end, e.start)
        if before is not None:
            begin, code = before
            if org.country is None:
                org = attrs.evolve(org, country=code)
        end = _after_acronym(e.end, acronym)
        after = _of_country(text, end, found) or _appositive_country(text, end, found)
        if after is not None:
            # "… Agency (NCSA) of Thailand", "Digital Economy Promotion
            # Agency of Thailand", "NSTDA, Thailand,": the organisation's.
            end, code = after
            if org.country is None:
                org = attrs.evolve(org, country=code)
        spans.take(e.start, e.end, org, (begin, end))


#: The words after an " of " that may name a country ("the Republic of Peru").
_OWNER = re.compile(r"(?:the )?(?P<country>\S.{0,59})")


def _owner_after(name: str) -> tuple[str, str] | None:
    """A body's name without the country it ends by naming as its owner,
    and that country: "Ministry of Commerce of the Republic of Peru" is
    Peru's "Ministry of Commerce". Only after an " of " of the
    name's own: "Bank of Thailand" is a name.

    >>> _owner_after("Ministry of Fisheries and Ports of the Republic of Peru")
    ('Ministry of Fisheries and Ports', 'PE')
    >>> _owner_after("Bank of Thailand") is None
    True
    """
    at = name.find(" of ")
    while at >= 0:
        at = name.find(" of ", at + 1)
        tail = _OWNER.fullmatch(name, at + len(" of ")) if at >= 0 else None
        record = named_country(tail["country"]) if tail is not None else None
        if record is not None:
            return name[:at], record.code
    return None


def _shaped_organizations(
    text: str, words: list[Token], found: list[Entity], defined: Defined, spans: _Spans
) -> None:
    """Organisations by their shape, the reference data's names left out."""
    for first, last, owner, lead in _shaped(text, words, spans.taken[:]):
        start, end = words[first].start, words[last].end
        if not spans.free(start, end):
            continue  # inside the bracket of a name read before: "(EXIM Bank)"
        acronym = _acronym_after(text, end)
        # "South China University of Technology’s campus"
        name = without_possessive(text[start:end])
        end = start + len(name)
        said_end = end  # the owner a name ends with is no party of its own
        owned = _owner_after(name)
        said_country = None
        if owned is not None:
            # "Ministry of Commerce of the Republic of Peru"
            name, said_country = owned
            end = start + len(name)
        inner = _inner_acronym(name)
        if inner is not None:  # "Charoen Pokphand (CP) Group"
            name = name.replace(f" ({inner})", "", 1)
            acronym = acronym or inner
        country = (
            owner
            or said_country
            or next(
                (
                    code
                    for e in found
                    if start <= e.start
                    and e.end <= end
                    and (code := _country_of_place(e)) is not None
                ),
                None,
            )
        )
        cover_end = max(_after_acronym(end, acronym), said_end)
        after = _appositive_country(text, cover_end, found)
        if acronym and after is None:
            after = _of_country(text, cover_end, found)
        if after is not None:
            # "… Council (PSTRC) of Peru", "Prasar Bharati, India,"
            cover_end, code = after
            country = country or code
        org = Organization(name=name, acronym=acronym, country=country)
        if acronym:
            defined.add(acronym, org)
        else:  # named in full again after its acronym was defined
            org = defined.by_name.get(name, org)
        spans.take(start, end, org, (words[lead].start, cover_end))


def _spelled_organizations(
    text: str, words: list[Token], found: list[Entity], defined: Defined, spans: _Spans
) -> None:
    """Names no head word marks, defined by an acronym in brackets that
    spells their capitalised words' initials: "Silicon Tech Park (STP)",
    "Doma Infrastructure Group (DIG)". Three words or more, three letters
    or more, and no meeting's, document's or agreement's noun among them
    ("Eastern Economic Forum (EEF)" is a meeting)."""
    by_end = {w.end: w for w in words}
    for k in range(1, len(words)):
        acronym = words[k].text
        start_at = words[k].start
        if (
            not _ACRONYM.fullmatch(acronym)
            or text[start_at - 2 : start_at] != " ("
            or text[words[k].end : words[k].end + 1] != ")"
            or acronym in defined.by_acronym
            or acronym.upper() in _not_organizations()
            or _country_of_word(acronym) is not None
        ):
            continue
        first = _spelled_by(text, words, k, acronym)
        if first is None:
            continue
        start, end = words[first].start, words[k - 1].end
        if not spans.free(start, start_at + len(acronym) + 1):
            continue
        name = text[start:end]
        inside = [_country_of_place(e) for e in found if start <= e.start < end]
        before = _country_before(text, by_end, start)
        country = next((c for c in inside if c), None) or (
            before[1] if before else None
        )
        org = Organization(name=name, acronym=acronym, country=country)
        defined.add(acronym, org)
        spans.take(start, end, org, (before[0] if before else start, words[k].end + 1))


#: The most words a spelled-out name may have.
_MOST_SPELLED = 8


def _spelled_by(text: str, words: list[Token], k: int, acronym: str) -> int | None:
    """The first word of the name the acronym at ``k`` spells, read back from
    the word before its bracket, if its capitalised words' initials spell
    it (connectors skipped)."""
    initials: list[str] = []
    m = k - 1
    first = None
    while m >= 0 and k - m <= _MOST_SPELLED:
        word = words[m]
        if m < k - 1 and text[word.end : words[m + 1].start] not in (" ", "-"):
            return None
        lower = word.text.lower()
        if lower in MEETING_NOUNS or lower in AGREEMENT_WORDS or lower in PLACE_NOUNS:
            return None
        if word.text in _CONNECTORS and m < k - 1:
            m -= 1
            continue
        if not word.capitalized or word.text in _NOT_NAMES:
            return None
        initials.insert(0, word.text[0])
        if len(initials) == len(acronym):
            first = m
            break
        m -= 1
    if first is None or len(initials) < 3 or "".join(initials) != acronym:
        return None
    return first


#: The most words of a company's name before the country of its arm.
_BRAND_WORDS = 2


class _Known:
    """Where a sentence's words start, and which characters the reference
    data's names cover: built once, so each look-up is constant time."""

    def __init__(self, words: list[Token], found: list[Entity]) -> None:
        self.at = {w.start: k for k, w in enumerate(words)}
        self.covered = bytearray(max((f.end for f in found), default=0) + 1)
        for f in found:
            self.covered[f.start : f.end] = b"\x01" * (f.end - f.start)

    def named(self, start: int) -> bool:
        return start < len(self.covered) and bool(self.covered[start])


def _brand_before(words: list[Token], known: _Known, e: Entity) -> list[Token]:
    """The capitalised words right before a country's name that make it a
    company's arm there ("Microsoft Thailand"): words that are no function
    word, role, month, country word or name the reference data knows."""
    at = known.at.get(e.start)
    if at is None or (e.text != words[at].text and " " not in e.text):
        return []  # "Thailand's": a possessive, whose country it is
    brand: list[Token] = []
    k = at - 1
    while k >= 0 and len(brand) < _BRAND_WORDS:
        w = words[k]
        nxt = brand[0] if brand else words[at]
        if (
            nxt.start != w.end + 1
            or not w.capitalized
            or w.text in _NOT_NAMES
            or w.text.lower() in ROLE_KINDS
            or w.text.lower() in DATE_NAMES
            or w.text.endswith(_POSSESSIVE)
            or _country_of_word(w.text) is not None
            or known.named(w.start)
        ):
            break
        brand.insert(0, w)
        k -= 1
    return brand


def _countries_and_officials(
    text: str, words: list[Token], found: list[Entity], defined: Defined, spans: _Spans
) -> None:
    """Countries by name, possessive or adjective, and the countries of the
    officials who act for them; acronyms the article defined, and unknown
    ones a country owns ("Singapore's IMDA")."""
    for w, nxt in itertools.pairwise(words):
        if (
            w.text.endswith(_POSSESSIVE)
            and nxt.start == w.end + 1
            and _ACRONYM.fullmatch(nxt.text)
            and nxt.text.upper() not in _not_organizations()
            and nxt.text not in defined.by_acronym
            and spans.free(w.start, nxt.end)
            and (code := _country_of_word(w.text)) is not None
        ):
            org = Organization(name=nxt.text, country=code)
            spans.take(nxt.start, nxt.end, org, (w.start, nxt.end))
    known: _Known | None = None  # built for the first country only
    for e in found:
        if not spans.free(e.start, e.end):
            continue
        if e.person is not None and e.person.country:
            spans.take(e.start, e.end, Country(code=e.person.country), (e.start, e.end))
        elif e.country is not None and (
            brand := _brand_before(words, known := known or _Known(words, found), e)
        ):
            # "Microsoft Thailand", "Alibaba Cloud Thailand": a company's
            # arm in that country, not the country.
            name = " ".join([*(w.text for w in brand), e.text])
            org = Organization(name=name, country=e.country.code)
            spans.take(brand[0].start, e.end, org, (brand[0].start, e.end))
        elif e.country is not None:
            spans.take(e.start, e.end, Country(code=e.country.code), (e.start, e.end))
    for k, w in enumerate(words):
        if not spans.free(w.start, w.end):
            continue
        party: Party | None = None
        if w.text in DEMONYMS and _ends_a_name(text, words, k):
            continue  # "Leong Keng Thai, IDA director general": a person
        if w.text in defined.by_acronym:
            party = defined.by_acronym[w.text]
        elif without_possessive(w.text) in defined.officials:
            # "Mr Prasert", "Gen Prayut", "Moon's trip": an official the
            # article names in full.
            party = Country(code=defined.officials[without_possessive(w.text)])
        elif w.capitalized and (w.text.endswith(_POSSESSIVE) or w.text in DEMONYMS):
            nation = _country_of_word(w.text)
            party = Country(code=nation) if nation is not None else None
        if party is not None:
            spans.take(w.start, w.end, party, (w.start, w.end))
