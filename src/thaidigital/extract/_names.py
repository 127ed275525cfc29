"""Names in a sentence: documents, meetings and people, found from tokens."""

from __future__ import annotations

import functools
import re

import attrs

from thaidigital import reference
from thaidigital.extract._pack import rows
from thaidigital.extract._text import (
    POSSESSIVE,
    Entity,
    Token,
    date_spans,
    named_country,
    without_possessive,
)
from thaidigital.extract._vocabulary import (
    ACRONYM_KINDS,
    AGREEMENT_KINDS,
    AGREEMENT_WORDS,
    DATE_NAMES,
    DOCUMENT_HEADS,
    MEETING_NOUNS,
    MODIFIERS,
    NAME_CONNECTORS,
    NAMED_MEETING_NOUNS,
    NUMBERED_MEETING_NOUNS,
    ORDINAL_BLOCKERS,
    ORDINAL_WORDS,
    ORGANIZATION_HEADS,
    PLACE_NOUNS,
    REPORTING_VERBS,
    ROLE_HEADS,
    VISIT_NOUNS,
)
from thaidigital.models import AgreementKind, MeetingKind

__all__ = [
    "DocumentMention",
    "MeetingMention",
    "PersonMention",
    "agreement_kind",
    "documents",
    "meetings",
    "ordinal",
    "people",
]

#: Short titles written before a person's name ("Dr", "HRH").
_TITLES = frozenset(row["word"] for row in rows("en", "titles"))
#: Capitalised words that start sentences or clauses but never names, and
#: the short titles before a person's name.
FUNCTION_WORDS = (
    frozenset(row["word"] for row in rows("en", "function_words")) | _TITLES
)
#: Ranks written in full before a name ("General Kun Kim", "Air Chief
#: Marshal Prajin"): part of the role, never of the name.
_RANKS = frozenset(row["word"] for row in rows("en", "ranks"))
_PARTICLES = frozenset(row["word"] for row in rows("en", "name_particles"))
# "0th" is no ordinal: the models count meetings from 1.
_ORDINAL_DIGITS = re.compile(r"([1-9]\d?)(?:st|nd|rd|th)", re.IGNORECASE)
_GAP = re.compile(r"[’']?\s*[-–]?\s*")
_PAREN = re.compile(r"\s*\((?P<inner>\d{4}\s*[-–]\s*\d{2,4}|[A-Z][\w ]{0,40}?\d*)\)")
_SUPERLATIVE = re.compile(
    r"\s+(?:to\b|at which\b|in which\b|where\b|ever\b|since\b|outside\b)"
)
_SERIES_ORDINAL = re.compile(r"[- ]([1-9]\d?)\b")
#: "on" inside a body's name goes on to a capitalised word that is no
#: day or month ("Commission on Bilateral Cooperation", not "… on Monday").
_ON_IN_NAME = (
    r"on(?=\s+(?!(?:"
    + "|".join(
        sorted((re.escape(d.capitalize()) for d in DATE_NAMES), key=len, reverse=True)
    )
    + r")\b)[A-Z0-9])"
)
_OF_NAME = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<name>[A-Z0-9][\w-]*"
    # "the Japan – Thailand High Level Joint Commission", "… Cooperation
    # between Cambodia and Thailand": a spaced dash, or "between", before a
    # capitalised word is inside the name.
    r"(?:\s+(?:of|and|for|the|(?:[–-]|between)(?=\s+[A-Z])|"
    + _ON_IN_NAME
    + r"|[A-Z0-9][\w-]*))*)"
)
#: "ASEAN Summit on Artificial Intelligence": a capitalised name's subject.
_ON_NAME = re.compile(r"\s+on\s+(?P<name>[A-Z][\w-]*(?:\s+(?:and|[A-Z][\w-]*))*)")


def ordinal(word: str) -> int | None:
    """The number an ordinal word gives: "5th" → 5, "sixth" → 6."""
    match = _ORDINAL_DIGITS.fullmatch(word)
    if match:
        return int(match.group(1))
    return ORDINAL_WORDS.get(word.lower())


def agreement_kind(text: str) -> AgreementKind | None:
    """The kind a document's name or description says it is."""
    lowered = text.lower()
    for pattern, kind in _KIND_PATTERNS:
        if pattern.search(lowered):
            return kind
    return None


_KIND_PATTERNS = tuple(
    (re.compile(rf"\b{re.escape(phrase)}\b"), kind) for phrase, kind in AGREEMENT_KINDS
)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return _GAP.fullmatch(text[left.end : right.start]) is not None


@attrs.frozen
class DocumentMention:
    """A capitalised document name ("ASEAN Checklist on Cyberspace Norms")."""

    start: int
    end: int
    text: str
    kind: AgreementKind


def _is_head(word: Token) -> bool:
    return (word.capitalized and word.text.lower() in DOCUMENT_HEADS) or word.text in (
        "MoU",
        "MOU",
        "MoC",
        "MOC",
    )


def _name_word(word: Token) -> bool:
    return word.capitalized and word.text not in FUNCTION_WORDS


def _a_country(text: str, words: list[Token], k: int) -> bool:
    """Whether word ``k``, alone or with the next, names a country."""
    two = text[words[k].start : words[k + 1].end] if k + 1 < len(words) else ""
    return any(named_country(name) is not None for name in (words[k].text, two) if name)


def _opens_a_country(words: list[Token], k: int) -> bool:
    """Whether word ``k`` opens a country's two-word name ("Sri Lanka"),
    though alone it is an honorific ("The Peru" is "The" before a name)."""
    if k + 1 >= len(words) or not words[k].capitalized:
        return False
    second = words[k + 1].text
    return (
        named_country(f"{words[k].text} {second}") is not None
        and named_country(second) is None
    )


def _head_follows(words: list[Token], k: int) -> bool:
    """Whether the capitalised run from ``k`` names a document of its own."""
    while k < len(words) and (words[k].text == "the" or _name_word(words[k])):
        if _is_head(words[k]):
            return True
        k += 1
    return False


def _when_or_where(text: str, words: list[Token], k: int) -> bool:
    """Whether the words from ``k`` are a date or a place ("on Monday", "in
    Lima"), which follow a document's name rather than belong to it."""
    here = words[k]
    two = text[here.start : words[k + 1].end] if k + 1 < len(words) else here.text
    if not here.text.isupper() and any(
        # A bare code ("AI" is Anguilla's) is a word, not a place.
        lookup(name) is not None
        for name in (here.text, two)
        # A city: "in Lima". A country may be in a name ("Plan on
        # Japan-Thailand Strategic Economic Partnership").
        for lookup in (reference.get_venue,)
    ):
        return True
    return any(start == 0 for start, _ in date_spans(text[here.start : here.end + 16]))


#: Words that open a document's qualifier ("… on Cooperation", "… for Peace").
_QUALIFIER_OPENS = frozenset(
    row["word"] for row in rows("en", "clause_words") if row["role"] == "qualifier"
)
_ARTICLES = frozenset(
    row["word"] for row in rows("en", "clause_words") if row["role"] == "article"
)


def _after_own_acronym(text: str, words: list[Token], first: int, last: int) -> int:
    """Where a name goes on past its own acronym in brackets ("Memorandum
    of Understanding (MOU) on Cooperation …"): the index of the last word
    of " (MOU) on" or of " (MOU) on a" before a capitalised word; else 0."""
    k = last + 1
    if k + 2 >= len(words) or text[words[last].end : words[k].start] != " (":
        return 0
    acronym = words[k].text
    if not 2 <= len(acronym) == last + 1 - first:
        return 0  # (checked first: a long run must not cost its square)
    if acronym.upper() != "".join(w.text[0] for w in words[first : last + 1]).upper():
        return 0
    if text[words[k].end : words[k + 1].start] != ") ":
        return 0
    if words[k + 1].text not in _QUALIFIER_OPENS:
        return 0
    at = k + 1
    if words[at + 1].text in _ARTICLES and at + 2 < len(words):
        at += 1
    return at if _name_word(words[at + 1]) else 0


def documents(text: str, words: list[Token]) -> list[DocumentMention]:
    """Capitalised document names, with a year-range or acronym in brackets."""
    found: list[DocumentMention] = []
    i = 0
    while i < len(words):
        if not _is_head(words[i]):
            i += 1
            continue
        first = i
        while (
            first > 0
            and _adjacent(text, words[first - 1], words[first])
            # "Thailand and Japan Sign MoU": a headline's verb opens no name
            and words[first - 1].text.lower() not in REPORTING_VERBS
            and (
                _name_word(words[first - 1])
                or _opens_a_country(words, first - 1)
                or (
                    # "Partnership and Cooperation Agreement", "Trade in
                    # Goods Agreement"
                    words[first - 1].text in ("on", "of", "for", "to", "and", "in")
                    and first - 2 >= 0
                    and _name_word(words[first - 2])
                )
            )
        ):
            first -= 1
        last = i
        qualified = False  # crossed "on"/"of"/"for"/"to" after the head
        while last + 1 < len(words):
            if (
                qualified
                and last + 2 < len(words)
                and text[words[last].end : words[last + 1].start] == " ("
                and words[last + 1].text.isupper()
                and text[words[last + 1].end : words[last + 2].start] == ") "
                and _name_word(words[last + 2])
            ):
                # "Guide on Artificial Intelligence (AI) Governance": an
                # acronym in brackets inside the name's qualifier, which goes
                # on (after the head itself a bracket ends the name).
                last += 2
                continue
            if goes_on := _after_own_acronym(text, words, first, last):
                # "Memorandum of Understanding (MoU) on a Framework for …":
                # the head's own acronym in brackets, then its qualifier.
                last, qualified = goes_on, True
                continue
            if not _adjacent(text, words[last], words[last + 1]):
                break
            nxt = words[last + 1]
            if (
                _name_word(nxt)
                and (qualified or not _is_head(nxt) or _is_head(words[last]))
            ) or (nxt.text.isdigit() and len(nxt.text) == 4):
                # Heads may follow a head ("Framework Agreement") or sit
                # inside a qualifier ("Guidelines for the … Framework").
                last += 1
            elif (
                nxt.text in NAME_CONNECTORS
                and last + 2 < len(words)
                and not _when_or_where(text, words, last + 2)
                # "an MOU in Cambodia", "the MoU in Bucharest": "in" right
                # after the head, or before a country, says where
                and not (
                    nxt.text == "in"
                    and (_is_head(words[last]) or _a_country(text, words, last + 2))
                )
                and (
                    _name_word(words[last + 2])
                    # "Guidelines for the ASEAN Data Management Framework"
                    or (
                        words[last + 2].text == "the"
                        and last + 3 < len(words)
                        and _name_word(words[last + 3])
                    )
                )
            ):
                # "Plan and AI governance": an "and" right after the head
                # joins two things; inside "Guide on AI Governance and
                # Ethics" it belongs to the name.
                if nxt.text == "and" and (
                    not qualified or _head_follows(words, last + 2)
                ):
                    break
                qualified = qualified or nxt.text in ("on", "of", "for", "to")
                last += 1
            else:
                break
        if last == first and not words[first].text.isupper():
            i += 1
            continue
        start, end = words[first].start, words[last].end
        paren = _PAREN.match(text, end)
        if paren and paren["inner"][:1].isdigit():
            end = paren.end()  # "(2023-2024)" is part of a name; "(ADM2025)" is not
        name = text[start:end]
        kind = agreement_kind(name) or DOCUMENT_HEADS.get(
            words[i].text.lower(), AgreementKind.OTHER
        )
        found.append(DocumentMention(start, end, name, kind))
        i = last + 1
    return found


@attrs.frozen
class MeetingMention:
    """A phrase that names or points at a meeting."""

    start: int
    end: int
    text: str
    ordinal: int | None
    series: str | None
    kind: MeetingKind
    generic: bool
    upcoming: bool
    places: tuple[Entity, ...]
    year: int | None
    #: The acronym the text defines for it in brackets ("(SCEKL2025)").
    acronym: str | None = None
    #: Whether it names a visit ("the Peruvian president's official visit").
    visit: bool = False
    #: Where a visit goes: the place named right after "to".
    destination: Entity | None = None


def _series(name_words: list[str]) -> str | None:
    for word in name_words:
        if word.isupper() and (series := reference.get_meeting_series(word)):
            return series.key
    folded = reference.fold_name(" ".join(name_words))
    for record in reference.meeting_series_all():
        for variant in record.variants:
            key = reference.fold_name(variant)
            if len(key) >= 6 and key in folded:
                return record.key
    return None


def _names_a_venue(words: list[Token], i: int) -> bool:
    """Whether the meeting noun at ``i`` is part of a venue's name: a place
    noun right after it ("meeting room") or after "and" and one more
    capitalised word ("Convention and Exhibition Center")."""
    nxt = [w.text for w in words[i + 1 : i + 4]]
    if nxt[:1] and nxt[0].lower() in PLACE_NOUNS:
        return True
    return (
        len(nxt) == 3
        and nxt[0] == "and"
        and nxt[1][:1].isupper()
        and nxt[2].lower() in PLACE_NOUNS
    )


def _of_a_name(words: list[Token], k: int) -> bool:
    """Whether a capitalised name starts at word ``k``, after "the" or not."""
    if words[k].text == "the" and k + 1 < len(words):
        k += 1
    return words[k].capitalized


def _anchor(words: list[Token], i: int) -> tuple[bool, bool]:
    """Whether word ``i`` is a meeting noun, or a series acronym ("ADGMIN")."""
    word = words[i].text
    lower = word.lower()
    is_noun = (
        lower in MEETING_NOUNS
        or (
            lower in NUMBERED_MEETING_NOUNS
            and (
                words[i].capitalized
                # "the fourth session of the Peru-Chile Strategic Dialogue"
                or (
                    0 < i < len(words) - 2
                    and ordinal(words[i - 1].text) is not None
                    and words[i + 1].text == "of"
                    and _of_a_name(words, i + 2)
                )
            )
        )
        # "Thailand Smart City Week": the last word of a capitalised name
        or (
            lower in NAMED_MEETING_NOUNS
            and words[i].capitalized
            and i > 0
            and words[i - 1].capitalized
            and words[i - 1].end + 1 == words[i].start
        )
    ) and not _names_a_venue(words, i)
    if not word.isupper():
        return is_noun, False
    is_series = reference.get_meeting_series(word) is not None
    # "the 19th TELMIN": an ordinal before an acronym names a meeting too;
    # "the first MOU" is an agreement.
    is_numbered = (
        len(word) >= 3
        and i > 0
        and ordinal(words[i - 1].text) is not None
        and words[i - 1].text.lower() not in ORDINAL_BLOCKERS
        and lower not in AGREEMENT_WORDS
    )
    return is_noun, is_series or is_numbered


@attrs.frozen
class _Span:
    first: int  # index of the first name word
    last: int  # index of the last name word (the noun, or a year after it)
    end: int  # character end of the name
    number: int | None  # "ADGMIN-5", "ADGMIN 6"
    tail: str | None  # "of the ASEAN Smart Cities Network"
    acronym: str | None  # "(ADGMIN)" after the name
    #: Whether the tail is a subject after "on" ("ASEAN Summit on AI"): a
    #: meeting of its own, not one of the series its first words name.
    subject: bool = False


def _bracketed_acronym(text: str, words: list[Token], k: int) -> bool:
    """Whether word ``k`` is an acronym in brackets inside a name, after a
    name word: "Ministers (AEM)" in "ASEAN Economic Ministers (AEM) meeting"."""
    return (
        k >= 1
        and k + 1 < len(words)
        and words[k].text.isupper()
        and len(words[k].text) >= 2
        # "Ministers (AEM)", "Ministers’ (AEM)"
        and text[words[k - 1].end : words[k].start] in (" (", "’ (", "' (")
        and text[words[k].end : words[k + 1].start] == ") "
        and (_name_word(words[k - 1]) or words[k - 1].text.lower() in MODIFIERS)
    )


def _year_after(text: str, words: list[Token], i: int) -> int | None:
    """The index of a year that ends a meeting's name after its noun, over at
    most three capitalised words: "Expo 2023", "Summit Thailand 2023"."""
    k = i + 1
    while k < len(words) and k - i <= 4 and _adjacent(text, words[k - 1], words[k]):
        word = words[k].text
        if word.isdigit() and len(word) == 4:
            return k
        if not _name_word(words[k]):
            return None
        k += 1
    return None


#: The most words of a meeting's name before its noun ("Special Meeting of
#: the ASEAN Economic Ministers …" has fewer by far).
_MAX_NAME_WORDS = 16


def _span(
    text: str, words: list[Token], i: int, is_noun: bool, is_series: bool
) -> _Span:
    """How far a meeting's name reaches on either side of its noun (back
    over at most ``_MAX_NAME_WORDS`` words: a run of capitals is read once
    per noun, so the reach bounds the cost)."""
    first = i
    while first > 0 and i - first < _MAX_NAME_WORDS:
        if _bracketed_acronym(text, words, first - 1):
            first -= 2  # "… Economic Ministers (AEM) meeting"
            continue
        if (
            first >= 2
            and words[first - 1].text == "and"
            # "Finance Ministers' and Central Bank Governors' Meeting"
            and (
                _name_word(words[first - 2])
                or words[first - 2].text.lower() in MODIFIERS
            )
            # "the ASCN Roundtable Meeting and Conference on …": two meetings
            and words[first - 2].text.lower() not in MEETING_NOUNS
            and _name_word(words[first])
            and _adjacent(text, words[first - 2], words[first - 1])
            and _adjacent(text, words[first - 1], words[first])
        ):
            first -= 2  # "ASEAN Telecommunications and Information Technology …"
            continue
        if not _adjacent(text, words[first - 1], words[first]):
            break
        prev = words[first - 1]
        if not (
            _name_word(prev) or prev.text.lower() in MODIFIERS or ordinal(prev.text)
        ) or (first < i and prev.text.endswith(POSSESSIVE)):
            # "MI’s 10th Mekong Forum": the owner is not in the name; it
            # is all the name "the Commission’s meeting" has
            break
        first -= 1
    if (
        first > 0
        and first < i
        and re.fullmatch(r"(?:19|20)\d\d", words[first - 1].text)
        and _adjacent(text, words[first - 1], words[first])
    ):
        first -= 1  # "2022 APEC Ministers Responsible for Trade Meeting"
    last, end = i, words[i].end
    numbered = _SERIES_ORDINAL.match(text, end) if is_series else None
    if numbered:
        end = numbered.end()
    elif (year_at := _year_after(text, words, i)) is not None:
        # "Expo 2023", "Smart City Expo Kuala Lumpur 2025"
        last, end = year_at, words[year_at].end
    tail_name = None
    tail = _OF_NAME.match(text, end) if is_noun else None
    subject = False
    if tail is None and is_noun and words[i].capitalized:
        tail = _ON_NAME.match(text, end)
        if tail is not None and (
            tail["name"].split()[0].lower() in DATE_NAMES
            or tail["name"].split()[-1] == "and"
        ):
            tail = None
        subject = tail is not None
    if (
        tail
        and (
            # "the second annual meeting of the ASEAN Smart Cities Network"
            _series([tail["name"] + " Meeting"])
            # "Commemorative Summit for the 50th Year of ASEAN-Japan Friendship",
            # "the 5th Meeting of the Joint Committee on Trade"
            or (
                (words[first].capitalized or words[i].capitalized)
                and not tail["name"][:1].islower()
            )
            # "the 6th meeting of the China-Thailand Joint Commission", "4th
            # meeting of Joint Commission on Bilateral Cooperation", "a
            # meeting of the National Data Committee": a sitting of a body,
            # numbered or not
            or any(w in ORGANIZATION_HEADS for w in tail["name"].split())
            # "the fourth session of the Peru-Chile Strategic Dialogue": a
            # sitting of a meeting the tail names
            or tail["name"].split()[-1].lower()
            in MEETING_NOUNS | NUMBERED_MEETING_NOUNS
        )
    ):
        end, tail_name = tail.end(), tail["name"]
    paren = _PAREN.match(text, end)
    acronym = paren["inner"] if paren and not paren["inner"][:1].isdigit() else None
    return _Span(
        first,
        last,
        end,
        int(numbered.group(1)) if numbered else None,
        tail_name,
        acronym,
        subject=subject and tail_name is not None,
    )


def _kind(noun: str, name_words: list[str], series: str | None) -> MeetingKind:
    record = reference.get_meeting_series(series) if series else None
    if record is not None and record.kind is not None:
        return MeetingKind(record.kind)
    for w in name_words:
        for ending, kind in ACRONYM_KINDS:
            if w.isupper() and len(w) > len(ending) and w.endswith(ending):
                return kind
    for w in name_words:
        cue = MODIFIERS.get(w.lower())
        if cue is not None and cue is not MeetingKind.OTHER:
            return cue
    return (
        MEETING_NOUNS.get(noun)
        or NAMED_MEETING_NOUNS.get(noun)
        or NUMBERED_MEETING_NOUNS.get(noun, MeetingKind.OTHER)
    )


@functools.cache
def _hold_verbs() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("en", "hold_verbs"))


#: What attaches a visit's visitor or destination after its noun: "a visit
#: to Peru", "a state visit by the Chilean President …", "the visit of the
#: Peruvian Foreign Minister …".
_VISIT_AFTER = re.compile(r"\s+(?:to|by|of)\s+(?:the\s+)?(?=[A-Z])")
#: Pronouns that attach a visitor before the noun ("his first visit").
_VISITOR_PRONOUNS = ("his", "her", "their")


def _attached_visit(
    text: str, before: list[str], end: int, came: Entity | None
) -> bool:
    """Whether a visit noun has its visitor or destination attached:
    "the president's visit", "his first official visit", "a trip to Lima",
    "is in Lima for an official visit" (``came``: the place the sentence's
    subject goes to before "for a … visit")."""
    if before and before[-1] in ("upcoming", "next", "future"):
        return False  # "her upcoming trip to Singapore": not yet a meeting
    possessive = bool(before) and (
        before[-1].endswith(POSSESSIVE) or before[-1] in _VISITOR_PRONOUNS
    )
    return possessive or came is not None or _VISIT_AFTER.match(text, end) is not None


#: "for a state visit", "for an official visit": the visit of the sentence's
#: subject, to the place it went to before.
_FOR_A = ("for", "on")
#: What puts a place before "for a … visit": "visit Lima", "is in Lima",
#: "arrived in Lima", "travel to Lima".
_CAME_TO = re.compile(r"\b(?:visits?|visited|visiting|in|to)\s+(?:the\s+)?$")


def _came_to(
    text: str, before: list[str], start: int, found: list[Entity]
) -> Entity | None:
    """The place a visit is to, named before "for a … visit" or "on an … visit"
    ("will visit Lima on Monday for an official visit"), if any."""
    if len(before) < 2 or before[-1] not in ("a", "an") or before[-2] not in _FOR_A:
        return None
    places = [
        e
        for e in found
        if e.end <= start
        and e.is_place
        and _CAME_TO.search(text, max(0, e.start - 12), e.start) is not None
    ]
    return places[-1] if places else None


_TO_PLACE = re.compile(r"\s+to\s+(?:the\s+)?")
_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_NAME_GOES_ON = re.compile(r"[-–]|\s+[A-Z]")


def _place_after(
    text: str, end: int, found: list[Entity], preposition: re.Pattern[str]
) -> Entity | None:
    """The place the reference data knows right after ``preposition`` at
    ``end``."""
    located = preposition.match(text, end)
    if located is None:
        return None
    return next((e for e in found if e.start == located.end() and e.is_place), None)


def _destination(text: str, end: int, found: list[Entity]) -> Entity | None:
    """The place right after "to" or "in" that ends a visit's name: "a visit
    to Thailand", "his state visit in China"."""
    return _place_after(text, end, found, _TO_PLACE) or _place_after(
        text, end, found, _IN_PLACE
    )


def _placed(text: str, end: int, found: list[Entity]) -> bool:
    """Whether a place the reference data knows follows "in" or "at" right
    after a meeting's name."""
    place = _place_after(text, end, found, _IN_PLACE)
    # "at the Japan-ASEAN summit": the place opens another name.
    return place is not None and not _NAME_GOES_ON.match(text, place.end)


def _mention(
    text: str, words: list[Token], i: int, span: _Span, found: list[Entity]
) -> MeetingMention | None:
    first = span.first
    visit = words[i].text.lower() in VISIT_NOUNS
    if visit:
        # "Mr Diaz's first official visit": the visitor is not in the name.
        first = max(
            [k + 1 for k in range(first, i) if words[k].text.endswith(POSSESSIVE)],
            default=first,
        )
    before = text[max(0, words[first].start - 20) : words[first].start].lower().split()
    came = _came_to(text, before, words[first].start, found) if visit else None
    attached = visit and _attached_visit(text, before, span.end, came)
    if visit:
        if not attached and not (before and before[-1] in ("the", "this", "that")):
            return None  # "high-level visits next year"
        # "his first official visit": a first visit, not the first of a series.
        while first < i and ordinal(words[first].text) is not None:
            first += 1
    name_words = [w.text for w in words[first : span.last + 1]]
    number = None if visit else span.number
    for k in range(first, i):
        value = ordinal(words[k].text)
        if value is not None and words[k + 1].text.lower() not in ORDINAL_BLOCKERS:
            number = value if span.number is None else span.number
    noun = words[i].text.lower()
    if noun in NUMBERED_MEETING_NOUNS and noun not in MEETING_NOUNS and number is None:
        return None  # "the ASEAN Economic Community Council": the body
    series = None if span.subject else _series(name_words)
    if series is None and span.tail is not None and not span.subject:
        series = _series([span.tail + " Meeting"])
    if series is None and span.acronym is not None:
        series = _series([re.split(r"[-\s]", span.acronym)[0]])
    if (
        series is None
        and number is not None
        and span.acronym is not None
        and re.fullmatch(r"[A-Z]{2,10}", span.acronym)
    ):
        # "the 5th Meeting of the Joint Committee … (JC)": a numbered meeting
        # the reference data does not know is of the series its acronym names.
        series = span.acronym
    specific = any(
        MODIFIERS.get(w.lower(), MeetingKind.OTHER) is not MeetingKind.OTHER
        for w in name_words[:-1]
    )
    capitals = [
        w
        for w in words[first:i]
        if _name_word(w)
        and not ordinal(w.text)
        # "Related meetings …" opens a sentence; "Digital Forum" is a name.
        and not (w.start == 0 and w.text.lower() in MODIFIERS)
    ]
    if all(w.text.lower() in MODIFIERS for w in capitals):
        # "Related Meetings", "the Ministerial Meeting": words that only say
        # what kind of sitting it is name none.
        capitals = []
    start = words[first].start
    places = tuple(
        e for e in found if start <= e.start and e.end <= words[i].start and e.is_place
    )
    place_only = (
        bool(capitals)
        and not series
        and all(any(e.start <= w.start < e.end for e in places) for w in capitals)
    )
    # "the ministerial meeting" points back at a meeting named before; "a
    # bilateral meeting in Tokyo" introduces one.
    definite = bool(before) and before[-1] in ("the", "this", "that")
    # "held a summit", "hold talks": a meeting the sentence introduces.
    hold = _hold_verbs()
    introduced = bool(before) and (
        before[-1] in hold
        or (len(before) >= 2 and before[-1] in ("a", "an") and before[-2] in hold)
    )
    if visit:
        introduced = attached
    elif (
        before and before[-1] in ("a", "an", "their") and _placed(text, span.end, found)
    ):
        # "during a meeting in Bangkok", "their meeting in Tokyo": a meeting
        # the sentence places.
        introduced = True
    return MeetingMention(
        start=start,
        end=span.end,
        text=text[start : span.end],
        ordinal=number,
        series=series,
        kind=_kind(words[i].text.lower(), name_words, series),
        generic=(
            not (capitals or words[i].text.isupper() or span.tail or introduced)
            and not series
            and (definite or (number is None and not specific))
        )
        or place_only,
        upcoming=bool(before)
        and (
            before[-1] in ("next", "upcoming", "following")
            or before[-2:] in (["next", "year's"], ["next", "year’s"])
        ),
        places=places if place_only else (),
        year=next((int(w) for w in name_words if w.isdigit() and len(w) == 4), None),
        acronym=span.acronym
        if span.acronym and re.fullmatch(r"[A-Z][A-Za-z]*\d*", span.acronym)
        else None,
        visit=visit,
        destination=(_destination(text, span.end, found) or came) if visit else None,
    )


def meetings(
    text: str, words: list[Token], found: list[Entity]
) -> list[MeetingMention]:
    """Meeting names and pointers ("the meeting", "the next meeting")."""
    mentions: list[MeetingMention] = []
    i = 0
    while i < len(words):
        is_noun, is_series = _anchor(words, i)
        if not (is_noun or is_series):
            i += 1
            continue
        span = _span(text, words, i, is_noun, is_series)
        if (
            _SUPERLATIVE.match(text, span.end)
            and words[i].text.lower() not in VISIT_NOUNS
            and any(w.text.lower() == "first" for w in words[span.first : i])
        ):
            # "the first ADGMIN to be held in Bangkok" describes a meeting.
            i = span.last + 1
            continue
        if (
            is_series
            and not is_noun
            and span.number is None
            and not any(ordinal(w.text) for w in words[span.first : i])
            and not (i > 0 and words[i - 1].text.lower() in ("next", "upcoming"))
            and not (
                i > 1
                and words[i - 1].text.lower() in ("year's", "year’s")
                and words[i - 2].text.lower() == "next"
            )
        ):
            i += 1  # "the ASCN" is the network, not one of its meetings
            continue
        mention = _mention(text, words, i, span, found)
        if mention is not None:
            mentions.append(mention)
        i = span.last + 1
    # "sixth ASCN annual gathering": the series word alone is part of the
    # longer name found at its noun; keep the longest of overlapping mentions.
    kept: list[MeetingMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


@attrs.frozen
class PersonMention:
    """A named person, with a role when the text gives one next to the name."""

    start: int
    end: int
    name: str
    role: str | None
    record: reference.OfficeholderRecord | None


_ROLE_AFTER = re.compile(
    r",\s+(?:the\s+|who is (?:also )?(?:the\s+)?)?(?P<role>[^,.;:]{3,120})"
)


def _has_role_head(text: str) -> bool:
    return any(w.lower().strip(",") in ROLE_HEADS for w in re.split(r"[\s-]+", text))


def people(text: str, words: list[Token], found: list[Entity]) -> list[PersonMention]:
    """People named in a sentence: reference officeholders, and names beside a role."""
    # The characters names other than people's cover, one flag each, so a
    # word is looked up in constant time however many names the text has.
    taken = bytearray(len(text) + 1)
    for e in found:
        if not e.person:
            taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    person_at = {e.start: e for e in reversed(found) if e.person}
    people_at = frozenset(person_at)
    marks = (
        frozenset(e.end for e in found if e.person),
        # "depa president": an organisation's acronym may open a role in
        # lower case.
        frozenset(e.start for e in found if e.organization is not None),
    )
    out: list[PersonMention] = []
    i = 0
    while i < len(words):
        entity = person_at.get(words[i].start)
        if entity is not None:
            start, end, record = entity.start, entity.end, entity.person
            name = entity.text
        else:
            run = _name_run(text, words, i, taken, people_at)
            if (
                i > 1
                and words[i - 1].text in ("of", "and", "for")
                and (run - i >= 3 or words[i - 2].text[:1].isupper())
            ):
                # "Minister of Science and Technology Nguyen Manh Hung": the
                # first capital still belongs to the role.
                i += 1
                continue
            if (
                run - i < 2
                or (
                    run - i >= 3
                    and any(_opens_no_name(w.text) for w in words[i : run - 2])
                )
                or any(without_possessive(w.text) in _NOT_PERSON for w in words[i:run])
                # "APEC MRT": acronyms, not a name
                or all(w.text.isupper() for w in words[i:run])
            ):
                # "HKMA Norman Chan", "Customs Department Theeraj Athana":
                # the words up to the body's head are the body the person is
                # of, not their name.
                i += 1
                continue
            last = words[run - 1]
            end = last.start + len(without_possessive(last.text))
            # "Chang Pei-zen", "Bae Kyung-hun": a lower-case part after a
            # hyphen is part of the given name.
            if (joined := _HYPHENATED.match(text, end)) is not None:
                end = joined.end()
            start, record, name = words[i].start, None, text[words[i].start : end]
        role = _role_before(text, words, i, marks) or _role_after(text, end)
        if record is None and role is None:
            i += 1
            continue
        if record is not None and " " not in name and role is None:
            # A later short mention ("Srettha") of someone named before.
            i += 1
            continue
        out.append(PersonMention(start, end, name, role, record))
        while i < len(words) and words[i].start < end:
            i += 1
    return out


_HYPHENATED = re.compile(r"(?:-[a-z]{1,12})+(?![\w-])")

#: Words no person's name has: an organisation's head ("International
#: College"), a place in one ("Auditorium"), a unit or a document ("Sector
#: Team", "Band Plan").
_NOT_PERSON = (
    ORGANIZATION_HEADS
    | frozenset(w.capitalize() for w in PLACE_NOUNS)
    | frozenset(w.capitalize() for w in MEETING_NOUNS)
    | frozenset(row["word"] for row in rows("en", "not_person_words"))
)


def _opens_no_name(word: str) -> bool:
    """Whether a capitalised word can open a person's name: an acronym
    ("HKMA") or an organisation's head word ("Group") cannot."""
    return (len(word) >= 2 and word.isupper()) or word in ORGANIZATION_HEADS


def _name_run(
    text: str,
    words: list[Token],
    i: int,
    taken: bytearray,
    people_at: frozenset[int] = frozenset(),
) -> int:
    """The end of a run of up to four name words from ``i`` ("Ivan John E. Uy"),
    over the particles inside one ("Abdullah bin Amer Al-Swaha")."""
    run = i
    particles = 0
    while (
        (
            run > i
            and _particle_at(text, words, run)
            and not taken[words[run].start]
            and words[run].start not in people_at
        )
        or (
            run < len(words)
            and words[run].text[:1].isupper()
            and without_possessive(words[run].text).isalpha()
            and (
                run == i
                or without_possessive(words[run - 1].text) == words[run - 1].text
            )
            and words[run].text not in FUNCTION_WORDS
            and words[run].text not in _RANKS
            # "Tan Sri Muhyiddin" is a title; "Tan See Leng" is a name.
            and not (
                words[run].text == "Tan"
                and run + 1 < len(words)
                and words[run + 1].text == "Sri"
            )
            and words[run].text.lower() not in ROLE_HEADS
            and not taken[words[run].start]
            # "Secretary-General Kao": a name does not open after a hyphen;
            # inside one a hyphen joins its parts ("Jean-Marc Ayrault").
            and (run > i or text[words[run].start - 1 : words[run].start] != "-")
            and (run == i or words[run].start not in people_at)
            and (
                run == i
                or _adjacent(text, words[run - 1], words[run])
                or _initial(text, words[run - 1], words[run])
            )
            and run - i - particles < 4
        )
    ):
        particles += words[run].text in _PARTICLES
        run += 1
    while run > i and words[run - 1].text in _PARTICLES:
        run -= 1  # "… Saud bin" at the limit: a name ends on a name word
    return run


def _particle_at(text: str, words: list[Token], k: int) -> bool:
    """Whether word ``k`` is a particle inside a name: one or two of them
    ("bin", "von der") between capitalised name words."""
    end = k
    while end < len(words) and end - k < 2 and words[end].text in _PARTICLES:
        end += 1
    return (
        end > k
        and end < len(words)
        and words[end].text[:1].isupper()
        and all(_adjacent(text, words[j - 1], words[j]) for j in range(k, end + 1))
    )


def _initial(text: str, left: Token, right: Token) -> bool:
    """ "E. Uy": a one-letter initial, its dot, then the next name word."""
    return len(left.text) == 1 and text[left.end : right.start] in (". ", ".")


_LEADING_JOIN = re.compile(r"^(?:and|or)\s+")
_LEADING_LOWER = re.compile(r"^(?:[a-z][\w'’]*\s+){1,4}(?=[A-Z])")


@functools.cache
def _role_end_words() -> frozenset[str]:
    """The one-word phrases that end a role after a name ("met", "signed"):
    before a name they end it too ("… met the Prime Minister of France X")."""
    return frozenset(
        r["phrase"] for r in rows("en", "role_ends") if " " not in r["phrase"]
    )


_ROLE_STOPS = frozenset(
    {
        "under",
        "by",
        "with",
        "from",
        "for",
        "to",
        "at",
        "in",
        "on",
        "the",
        "a",
        "an",
        "that",
        "said",
        "says",
        "as",
        "while",
        "when",
        "after",
        "before",
        "who",
        "which",
        "was",
        "is",
        "were",
        "are",
        "and",
        "its",
        "his",
        "her",
        "their",
        "led",
        "told",
    }
)


#: Where the sentence's known people end, and where its organisations start.
_Marks = tuple[frozenset[int], frozenset[int]]

#: How many words a role before a name may have (it bounds the walk back, so
#: a long capitalised run costs its length once, not once a name).
_MAX_ROLE_WORDS = 12


def _ends_a_name(words: list[Token], k: int) -> bool:
    """Whether word ``k`` ends a person's name after a role: "Minister Don
    Pramudwinai" in "Foreign Minister Don Pramudwinai and Japan's …"."""
    m = k
    while m >= 0 and k - m < 4:
        if words[m].text.lower() in ROLE_HEADS:
            return m < k  # "NSTDA president Narong Sirilertworakul and …"
        if not words[m].text[:1].isupper():
            return False
        m -= 1
    return False


def _role_before(text: str, words: list[Token], i: int, marks: _Marks) -> str | None:
    """A capitalised role right before the name ("Japanese Prime Minister"),
    over the titles of the name ("Science Minister Dr. Anan")."""
    person_ends, org_at = marks
    while (
        i > 0
        and words[i - 1].text in _TITLES
        and text[words[i - 1].end : words[i].start] in (" ", ". ")
    ):
        i -= 1
    j = i
    while j > 0 and i - j < _MAX_ROLE_WORDS:
        if j < i and _bracketed_acronym(text, words, j - 1):
            j -= 2  # "Digital Economy and Society (DES) Minister"
            continue
        if (
            not _adjacent(text, words[j - 1], words[j])
            or words[j - 1].text in FUNCTION_WORDS
        ):
            break
        prev = words[j - 1].text
        if (
            j >= 2
            and text[words[j - 2].end : words[j - 1].start] == "-"
            and f"{words[j - 2].text}-{prev}".lower() in ROLE_HEADS
        ):
            j -= 2  # "ASEAN secretary-general Kao": one role over a hyphen
        elif (
            prev[:1].isupper()
            or prev in ("of", "the", "for")
            # "Ambassador to Vietnam Urawadee", not "handed it to Minister X"
            or (prev == "to" and j >= 2 and words[j - 2].text.lower() in ROLE_HEADS)
            or prev.lower() in ROLE_HEADS
            or words[j - 1].start in org_at
        ):
            j -= 1
        elif (
            prev == "and"
            and j - 2 >= 0
            and words[j - 2].end not in person_ends
            and not _ends_a_name(words, j - 2)
            and (
                words[j - 2].text[:1].isupper()
                or _has_role_head(text[words[j].start : words[i].start])
            )
        ):
            # "Communications and Multimedia Minister", not "Srettha and …"
            j -= 1
        elif (
            prev.islower()
            and words[j].text.islower()
            and prev not in _ROLE_STOPS
            and prev not in _role_end_words()
            # "the visit of Hong Kong's Chief Executive": before "of" only
            # a role's own head word ("secretary of").
            and (words[j].text != "of" or prev in ROLE_HEADS)
            and _has_role_head(text[words[j].start : words[i].start])
            and i - j < 6
        ):
            # "Thai digital minister Prasert": lower-case words before a
            # lower-case role's head word belong to the role; not "signed
            # between Foreign Minister …".
            j -= 1
        else:
            break
    while j < i and words[j].text in ("the", "of", "and", "for", "to"):
        j += 1  # "the South Korean President": the article is not the role
    gap = text[words[j].start : words[i].start] if j < i else ""
    if j < i and _has_role_head(gap):
        # "Malaysia's Communications … Minister": the country is not the role,
        # nor the "and" that joined it to what came before.
        role = _without_titles(gap.strip().rstrip(",").strip())
        return _LEADING_JOIN.sub("", role) or None
    # "chaired by Minister of Digital Economy and Society, Prasert …"
    head = text[: words[i].start].rstrip()
    if head.endswith(","):
        clause = re.split(
            r"\b(?:by|with|from)\s+(?:the\s+)?(?=[A-Z])|[;:,]|\((?![A-Z]{2,10}\))",
            head[:-1],
        )[-1]
        # "A met the Prime Minister of France, X": the role starts after
        # the verb that ends the one before it.
        ends = list(_role_end().finditer(clause))
        if ends:
            clause = clause[ends[-1].end() :]
        # "The country's Digital Economy and Society (DES) Minister,": whose.
        clause = _WHOSE.sub("", clause.strip())
        # "had Viet Nam's Minister of …,": the verb before the role is not in it.
        clause = _LEADING_LOWER.sub("", clause.strip())
        if (
            clause
            and clause[0].isupper()
            and _has_role_head(clause)
            and len(clause) <= 80
        ):
            return clause
    return None


@functools.cache
def _role_end() -> re.Pattern[str]:
    phrases = sorted(
        (r["phrase"] for r in rows("en", "role_ends")), key=len, reverse=True
    )
    return re.compile(
        r"\s(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE
    )


def _without_titles(role: str) -> str:
    """A role without the short titles of the name after it, nor a form of
    address before it: "Science Minister Dr" is "Science Minister", "HRH
    Crown Prince" is "Crown Prince". Ranks stay: "General" ends "Director
    General" too.

    >>> _without_titles("KMUTT President Assoc.")
    'KMUTT President'
    >>> _without_titles("Secretary General")
    'Secretary General'
    """
    words = role.split(" ")
    while len(words) > 1 and words[-1].rstrip(".") in _TITLES:
        words.pop()
    while len(words) > 1 and words[0].rstrip(".") in _TITLES:
        words.pop(0)
    if not _has_role_head(" ".join(words)):
        return role  # "Air Chief Marshal": the ranks are all the role says
    return " ".join(words)


_WHOSE = re.compile(r"^[Tt]he\s+[a-z]+['’]s\s+")
_TRAILING_ACRONYM = re.compile(r"\s\([A-Za-z]{2,10}\)$")


def _cut_role(role: str) -> str:
    """A role written after a name, without the sentence that goes on after
    it, nor the acronym of its office at the end ("… Office (EECO)")."""
    stop = _role_end().search(role)
    role = role[: stop.start()] if stop else role
    return _TRAILING_ACRONYM.sub("", role.rstrip())


def _role_after(text: str, end: int) -> str | None:
    """An appositive role after the name (", the head of the … Agency"), or
    the one a person "served as" ("served as vice-chair")."""
    match = _ROLE_AFTER.match(text, end)
    if match is not None and (cut := _cut_role(match["role"])) != match["role"]:
        match = _ROLE_AFTER.match(text[: match.start("role") + len(cut)], end)
    first = match["role"].split()[0] if match and match["role"].split() else ""
    if (
        match
        and (first[:1].isupper() or first.lower() in ROLE_HEADS)
        and _has_role_head(match["role"].split(" of ")[0])
    ):
        # ", the head of the … Agency", not ", beside him as vice-chair"
        return match["role"].strip()
    # "Prasert Jantararuangtong (DES minister)", "Nuttapon — president of depa —"
    aside = _ROLE_ASIDE.match(text, end)
    role = (aside["paren"] or aside["dash"]) if aside else None
    if role and _has_role_head(role):
        return role.strip()
    served = _SERVED_AS.match(text, end)
    if served and _has_role_head(served["role"]):
        return served["role"]
    return None


_ROLE_ASIDE = re.compile(
    r"\s*(?:\((?P<paren>[^()]{3,80})\)|[—–]\s*(?P<dash>[^—–,.;()]{3,80}?)\s*(?:[—–]|[,.;]|$))"
)
_SERVED_AS = re.compile(
    r"\s+(?:(?:served|serves|serving|acted|acts|was named|was appointed)\s+)?as\s+(?:the\s+)?"
    r"(?P<role>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?)(?=[,.;]|\s+of\b|\s+for\b|$)"
)
