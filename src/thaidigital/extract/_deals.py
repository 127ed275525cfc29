"""Agreements between parties: "A signed an MoU with B", "an MoU between A and B".

One rule, read from data: the agreement nouns (``agreement_nouns.csv``) and
the cues that give their status (``agreement_cues.csv``) of a language pack.
The parties are who the sentence names on each side: an organisation when it
names one, else a country (by name, possessive, adjective or the official
who acts for it). The rule returns :class:`~thaidigital.extract._facts.Fact`
values; it never guesses a party it cannot point at.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from thaidigital import reference
from thaidigital.extract._facts import (
    BACK,
    EARLIER,
    NAMED_BY_SIDES,
    READ_BY_DEALS,
    Fact,
)
from thaidigital.extract._pack import rows
from thaidigital.extract._parties import Party, PartyMention
from thaidigital.extract._text import Sentence, holding, in_title_case
from thaidigital.extract._vocabulary import NUMBER_WORDS
from thaidigital.models import Country, Organization

__all__ = [
    "ITEM_NEAR",
    "agreement_nouns",
    "clause_words",
    "compound_sides",
    "deals",
    "listed_deal",
    "pair_reference",
    "signed_before",
    "signing_ends",
]


#: How far a cue may be from its noun (characters), before and after it.
_CUE_BEFORE = 90
_CUE_AFTER = 140
#: "an MoU", "four MoUs": a noun that brings a new agreement (a count from
#: two to ten, in figures or in the vocabulary's number words).
_NEW = re.compile(
    r"\b(?:an?|\d{1,2}|"
    + "|".join(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 10)
    + r")\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: "the deal", "this deal": a noun that points back.
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)

#: How far after an agreement's noun or cue "with" or "by" may name its
#: other side (characters): "signed an MoU on … with Singapore".
_PARTNER_REACH = 300
#: The most characters between two parties that "and" joins.
_JOIN_GAP = 24
#: The most characters of an officer's role and name between two parties.
_OFFICER_GAP = 80
#: An officer's role and name, then "and": capitalised words, and the small
#: words of a portfolio ("Minister of Energy Juan Perez and").
_OFFICER = re.compile(
    r"(?:(?:[A-Z][\w.’'-]*|of|for|and|the|&)\s+){1,10}[A-Z][\w.’'-]*"
    r"(?:,\s*and|\s+and)?"
)

#: "A (ACR), and Rosa Vidal, governor of the B": the second
#: signer named with their role in B, after the first signer's body.
_SIGNER_OF = re.compile(
    r"(?:\s*\([^()]{1,16}\))?,?\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*,"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){1,6}?(?:of|at)\s+(?:the\s+)?"
)
#: The most characters of such a gap.
_SIGNER_GAP = 120

#: How far after its noun or cue "between" may open the parties (characters).
_NEAR = 40
#: How far it may in a sentence about one item of a package ("The other MoU
#: covers cooperation on broadcasting between A and B").
ITEM_NEAR = 120
#: How far it may when the noun's title runs on to it ("a Memorandum of
#: Understanding on Technology Research and Development Cooperation between").
_TITLE_NEAR = 120


@functools.cache
def clause_words(role: str, language: str = "en") -> tuple[str, ...]:
    """The small words of clauses of one role (``clause_words.csv``).

    >>> clause_words("relative")
    ('that', 'which')
    """
    return tuple(
        row["word"] for row in rows(language, "clause_words") if row["role"] == role
    )


def _between(
    text: str,
    noun: tuple[int, int],
    cue: tuple[int, int],
    end: int,
    reach: int = _NEAR,
) -> int:
    """Where " between " opens the agreement's parties, or -1: near its noun
    or cue, or right after the title the noun begins. A "between" further
    on belongs to the topics ("… development between Thai and Israeli
    firms")."""
    found = text.find(" between ", noun[1], min(end, max(noun[1], cue[1]) + reach))
    if found >= 0:
        return found
    far = text.find(" between ", noun[1], min(end, noun[1] + _TITLE_NEAR))
    if far >= 0 and _title_words(text[noun[1] : far]):
        return far
    return -1


def _title_words(gap: str) -> bool:
    """Whether the words after an agreement noun go on with its title: every
    word longer than a joining word ("on", "and", "for") is capitalised."""
    words = gap.split()
    return bool(words) and all(len(w) <= 3 or w[:1].isupper() for w in words)


@functools.cache
def _matcher(
    language: str, table: str, column: str
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of a table's phrases, longest first, and what each gives."""
    table_rows = rows(language, table)
    meaning = {row["phrase"].lower(): row[column] for row in table_rows}
    phrases = sorted(meaning, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)",
        re.IGNORECASE,
    )
    return pattern, meaning


def _party_key(party: Party) -> str:
    if isinstance(party, Country):
        return party.code
    # By name: one organisation is one party with or without its acronym;
    # two countries' "Ministry of Commerce" are two.
    return reference.fold_name(party.name) + "|" + (party.country or "")


def _group_key(kind: str, group: list[PartyMention]) -> str:
    """The key of an agreement of ``kind`` between ``group``'s parties: the
    same kind and parties are the same agreement, in any order."""
    return f"{kind}|" + "-".join(sorted(_party_key(m.party) for m in group))


def _clause_end(text: str, at: int) -> int:
    """Where the clause that holds ``at`` ends: at ";" or the sentence end."""
    semis = _semicolons(text)
    k = bisect.bisect_left(semis, at)
    return semis[k] if k < len(semis) else len(text)


@functools.lru_cache(maxsize=4)
def _semicolons(text: str) -> list[int]:
    """Where a sentence's semicolons are, found once for all its nouns."""
    return [i for i, c in enumerate(text) if c == ";"]


#: The most parties a list of signers is read for: a sentence that lists
#: more names no agreement's sides, and reading on would cost its square.
_MOST_SIDES = 64


class _Row:
    """A sentence's party mentions in text order, read by position in
    logarithmic time: a long sentence of many agreement nouns and names
    must not cost their product."""

    def __init__(self, mentions: Sequence[PartyMention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def after(self, lo: int, hi: int) -> Iterator[PartyMention]:
        """The mentions that start after ``lo`` and before ``hi``, in order."""
        first = bisect.bisect_right(self.starts, lo)
        last = bisect.bisect_left(self.starts, hi)
        return itertools.islice(self.items, first, max(first, last))

    def before(self, at: int) -> Iterator[PartyMention]:
        """The mentions that end by ``at``, the last first."""
        k = bisect.bisect_left(self.starts, at)
        return (self.items[i] for i in range(k - 1, -1, -1) if self.items[i].end <= at)


def _sides(
    text: str,
    row: _Row,
    noun: tuple[int, int],
    cue: tuple[int, int],
    reach: int = _NEAR,
) -> list[list[PartyMention]]:
    """Who the agreement is between, as groups of two or more parties."""
    end = _clause_end(text, noun[1])
    # "an MoU between A and B", "signed between A and B"; not a later
    # "between" of the topics ("… development between Thai and Israeli firms").
    between = _between(text, noun, cue, end, reach)
    if between >= 0:
        inside = _chain(row.after(between, end), text)
        if len(inside) >= 4 and len(inside) % 2 == 0:
            # "between Thailand and Cambodia, and Thailand and the Philippines"
            return [inside[i : i + 2] for i in range(0, len(inside), 2)]
        inside = _distinct(inside)
        return [inside] if len(inside) >= 2 else []
    if cue[0] > noun[1] and _RELATIVE.match(text, noun[1]):
        # "The MOU that the PCOO and the Public Relations Department of
        # Thailand signed today": the signers between the noun and its cue,
        # the cue the clause's own verb ("An MoU that China and Russia
        # opposed was signed by …" names no signers there).
        signers = _distinct(_chain(row.after(noun[1], cue[0]), text))
        if len(signers) >= 2 and _AUXILIARIES.fullmatch(text, signers[-1].tail, cue[0]):
            return [signers]
    first = min(noun[0], cue[0])
    with_at = text.find(" with ", first, min(end, first + _PARTNER_REACH))
    last_two = list(itertools.islice(row.before(first), 2))
    if with_at >= 0:
        partners = _distinct(_chain(row.after(with_at, end), text))
        if not last_two:
            # "The cabinet approved a draft MoU with Peru": the partner is
            # named, the other side is not; one side is what the text supports.
            return [partners[:1]] if len(partners) == 1 else []
        # "NSTDA and the NIA signed an MoU with Huawei": both sign.
        signers = last_two[:1]
        if len(last_two) > 1 and _joined(text, last_two[1], last_two[0]):
            signers.insert(0, last_two[1])
        partners = [p for p in partners if not _same(p, signers)]
        if not partners:
            named = _named_after(text, with_at + len(" with "))
            partners = [named] if named is not None else []
        if len(partners) > 1 and _singular(text[noun[0] : noun[1]]):
            # "an MoU with the Bank of England and the MAS": one agreement
            # of three; "MoUs with Japan and Korea": one with each.
            return [[*signers, *partners]]
        if partners:
            return [[*signers, p] for p in partners]
        # "… signed an MoU on mapping the border with satellites": a "with"
        # that names no partner; the parties are those listed before.
    # "Thailand and Singapore signed an MoU", "A, B and C inked the MoUs":
    # the parties listed before the cue.
    listed = _distinct(_chain_back(row.before(first), text))
    if len(listed) >= 2:
        return [listed]
    # "an MoU signed by A and B".
    by = text.find(" by ", first, min(end, first + _PARTNER_REACH))
    if by >= 0:
        after = _distinct(_chain(row.after(by, end), text))
        if len(after) == 1 and (joined := _AND_NAME.match(text, after[0].tail)):
            # "signed by Siriraj Hospital and Huawei": a company the reference
            # data and the shapes do not know, named as the other signer.
            named = _named_after(text, joined.end())
            if named is not None:
                after.append(named)
        return [after] if len(after) >= 2 else []
    # "Under an MoU, Lima Port and Andes Rail are to …": the
    # subject of the clause the noun's phrase opens.
    opens = _OPENING_PHRASE.match(text, noun[1])
    if opens is not None:
        subject = _distinct(_chain(row.after(opens.end() - 1, end), text))
        if len(subject) >= 2 and subject[0].start == opens.end():
            return [subject]
    return _compound(text, row, noun)


#: What may end a phrase an agreement's noun closes, before the clause it
#: opens: its acronym in brackets, then a comma.
_OPENING_PHRASE = re.compile(r"(?: \([^()]{1,12}\))?, (?:the )?")


#: "South Korea-Thailand": the hyphen that joins two sides in one compound.
_HYPHEN = re.compile(r" ?[-–] ?")
#: What may stand between such a compound and its noun: a few words, no
#: punctuation ("… joint action plan", "… Free Trade Agreement").
_MODIFIERS = re.compile(r"(?: [\w’']+){0,3} ")


def compound_sides(
    text: str, mentions: list[PartyMention], documents: Sequence[tuple[int, int]]
) -> list[PartyMention]:
    """The mentions that are two sides joined by a hyphen inside a named
    document ("the Peru-Chile MoU"): its parties, unlike other names in it.

    >>> from thaidigital.extract._text import tokens, entities
    >>> from thaidigital.extract._parties import Defined, parties
    >>> text = "They signed the Peru-Chile MoU."
    >>> words = tokens(text)
    >>> found = parties(text, words, entities(text, words), Defined())
    >>> [text[m.start : m.end] for m in compound_sides(text, found, [(16, 30)])]
    ['Peru', 'Chile']
    """
    spans = sorted(documents)
    starts = [lo for lo, _ in spans]
    out: list[PartyMention] = []
    for a, b in itertools.pairwise(mentions):
        if _HYPHEN.fullmatch(text[a.tail : b.start]) is None:
            continue
        # The one document that could hold the pair: the last to open by it
        # (binary search: many names must not cost their product).
        at = bisect.bisect_right(starts, a.start) - 1
        if at >= 0 and b.end <= spans[at][1]:
            out.extend((a, b))
    return out


def _compound(text: str, row: _Row, noun: tuple[int, int]) -> list[list[PartyMention]]:
    """ "a 2022-2027 South Korea-Thailand joint action plan", "the Sri
    Lanka-Thailand Free Trade Agreement": two sides joined by a hyphen in
    the words right before the noun."""
    near = [
        m for m in itertools.islice(row.before(noun[0]), 2) if noun[0] - m.end <= 40
    ]
    if len(near) < 2:
        return []
    b, a = near
    if (
        _HYPHEN.fullmatch(text[a.tail : b.start]) is None
        or _MODIFIERS.fullmatch(text[b.tail : noun[0]]) is None
        or _same(a, [b])
    ):
        return []
    return [[a, b]]


#: What may stand between a relative clause's signers and its verb ("that A
#: and B have jointly signed").
_AUXILIARIES = re.compile(
    r"\s+(?:(?:" + "|".join(re.escape(w) for w in clause_words("auxiliary")) + r")\s+)*"
)
#: "the MoU that …", "the agreement which …": a clause whose subject signed.
_RELATIVE = re.compile(
    r"\s*(?:\([^()]{1,16}\)\s*)?(?:"
    + "|".join(re.escape(w) for w in clause_words("relative"))
    + r")\s+"
)

#: "… and Huawei": the "and" before a second signer's name.
_AND_NAME = re.compile(r"\s+and\s+(?=[A-Z])")


def _singular(noun: str) -> bool:
    """Whether an agreement noun names one agreement ("MoU", "memorandum of
    understanding"), not several ("MoUs", "memoranda")."""
    head = noun.split(maxsplit=1)[0].lower()
    return not (head.endswith("s") or head == "memoranda")


def _chain(mentions: Iterable[PartyMention], text: str) -> list[PartyMention]:
    """The first mentions in a row that a list joins ("A, B and C"): the
    parties after "between", not a later name in the clause."""
    rest = iter(mentions)
    out = list(itertools.islice(rest, 1))
    for m in rest:
        if len(out) >= _MOST_SIDES:
            break
        if m.start == out[-1].start:
            out.append(m)  # "the two sides": one phrase, two parties
            continue
        gap = text[out[-1].tail : m.start]
        listed = len(gap) <= _JOIN_GAP and gap.startswith(", ")
        if not (listed or _joined(text, out[-1], m)):
            break
        out.append(m)
    return out


def _chain_back(last_first: Iterable[PartyMention], text: str) -> list[PartyMention]:
    """The last mentions in a row that a list joins, read back from the last
    (given last first): the parties before a cue."""
    rest = iter(last_first)
    out = list(itertools.islice(rest, 1))
    for m in rest:
        if len(out) >= _MOST_SIDES or not (
            _joined(text, m, out[-1]) or _listed(text, m, out[-1])
        ):
            break
        out.append(m)
    out.reverse()
    return out


def _joined(text: str, a: PartyMention, b: PartyMention) -> bool:
    """ "A and B", "A (ACR) and the B": two parties on one side; or one phrase
    that names both ("the two sides"); or two signers each given with their
    officer ("Bank Negara Malaysia Governor Abdul Rasheed Ghaffour, and Bank
    of Thailand Governor …", "governor of A, and Sethaput …, governor of
    B")."""
    if a.start == b.start:
        return True
    between = text[a.tail : b.start]
    if " and " in between and len(between) <= _JOIN_GAP:
        return True
    if len(between) <= _SIGNER_GAP and _SIGNER_OF.fullmatch(between) is not None:
        return True
    return (
        len(between) <= _OFFICER_GAP
        and between.rstrip().endswith((",", " and"))
        and _OFFICER.fullmatch(between.strip(" ,")) is not None
    )


def _listed(text: str, a: PartyMention, b: PartyMention) -> bool:
    """ "A, B and C": a comma between two of a list's names."""
    return text[a.tail : b.start] in (", ", ", the ")


_NAME_RUN = re.compile(r"(?:the )?([A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*)*)")


def _named_after(text: str, at: int) -> PartyMention | None:
    """A partner the reference data and the shapes do not know, named right
    after "with": "signed an MoU with Huawei" (a company, by its name)."""
    run = _NAME_RUN.match(text, at)
    if run is None:
        return None
    name = run.group(1).rstrip(".")
    first = name.split(" ", 1)[0]
    if first in _honorifics() or len(name) < 2:
        return None  # a person, not an organisation
    return PartyMention(run.start(1), run.start(1) + len(name), Organization(name=name))


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("en", "honorifics"))


def _titled(name: str, noun: str, cues: re.Pattern[str]) -> bool:
    """Whether a document name says more than its generic noun: "Memorandum
    of Understanding (MoU)" names no document, "Bangkok Digital Declaration"
    does, and "MOU Signing Ceremony" (the noun and a cue) names an event."""
    rest = name.replace(noun, "", 1)
    # "(MoU)" says nothing more; "(2020 - 2022)" dates the document.
    rest = re.sub(r"\([^()0-9]*\)", "", rest).strip(" -,.;:")
    return bool(rest) and cues.fullmatch(rest) is None


def _same(m: PartyMention, others: list[PartyMention]) -> bool:
    return any(_party_key(m.party) == _party_key(o.party) for o in others)


def _distinct(mentions: list[PartyMention]) -> list[PartyMention]:
    """The first mention of each party, in order (one pass: a long list of
    partners must not cost its square)."""
    seen: set[str] = set()
    out: list[PartyMention] = []
    for m in mentions:
        key = _party_key(m.party)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def agreement_nouns(language: str = "en") -> tuple[re.Pattern[str], dict[str, str]]:
    """The agreement nouns of a language pack as one pattern (whole words,
    longest first, any case), and the kind each names, by lower-case phrase.

    >>> nouns, kinds = agreement_nouns()
    >>> kinds[nouns.search("They signed two MoUs.").group().lower()]
    'mou'
    """
    return _matcher(language, "agreement_nouns", "kind")


#: How far before a date a signing verb makes it the signing's day.
_SIGNED_BEFORE = 60


def signing_ends(text: str, language: str = "en") -> list[int]:
    """Where the sentence's signing cues end, in order: see
    :func:`signed_before`.

    >>> signing_ends("They signed two MoUs and inked a deal.")
    [11, 30]
    """
    cues, statuses = _matcher(language, "agreement_cues", "status")
    return [
        m.end() for m in cues.finditer(text) if statuses[m.group().lower()] == "signed"
    ]


def signed_before(ends: Sequence[int], at: int) -> int | None:
    """Where a signing cue ends right before ``at`` (within a clause's
    reach), of the cue ends :func:`signing_ends` gives, if one does: a date
    after it is the signing's day ("signed two MoUs on October 18 during
    the …"), not a meeting's.

    >>> signed_before(signing_ends("They signed two MoUs on October 18."), 24)
    11
    >>> signed_before(signing_ends("The talks were held on October 18."), 23) is None
    True
    """
    found = [end for end in ends if at - _SIGNED_BEFORE <= end <= at]
    return found[-1] if found else None


def pair_reference(
    text: str, language: str = "en", start: int = 0
) -> tuple[int, int, str, str] | None:
    """Where a sentence names the two parties spoken of before ("the two
    sides", "both countries"), if it does; which two: ``"any"``, or
    ``"organizations"`` for two bodies ("the two institutions"); and the
    word their names have, if the phrase says ("the two universities").
    The search starts at ``start``.

    >>> pair_reference("The two sides also exchanged an MoU on e-commerce.")
    (0, 13, 'any', '')
    >>> pair_reference("An MoU was signed between the two universities.")
    (26, 46, 'organizations', 'University')
    """
    pattern, sides = _matcher(language, "pair_references", "sides")
    _, heads = _matcher(language, "pair_references", "head")
    found = pattern.search(text, start)
    if found is None:
        return None
    phrase = found.group().lower()
    return found.start(), found.end(), sides[phrase], heads[phrase]


def deals(
    s: Sentence,
    mentions: list[PartyMention],
    taken: list[tuple[int, int]],
    language: str = "en",
    *,
    documents: Sequence[tuple[int, int]] = (),
    skip: Sequence[tuple[int, int]] = (),
    reach: int = _NEAR,
) -> list[Fact]:
    """Facts of the agreements a sentence reports between named parties.

    ``taken`` are spans already read as named documents and meetings.
    ``reach`` is how far after its noun or cue "between" may open the
    parties. ``documents`` are the sentence's named documents: who signed one is read
    as facts titled with its name, which only complete an agreement the
    outcome rules read ("The UK and Thailand signed a Strategic Partnership
    Roadmap"). ``skip`` are agreement nouns another rule has read (the items
    of a package).

    >>> from thaidigital.extract._text import Sentence, tokens, entities
    >>> from thaidigital.extract._parties import Defined, parties
    >>> text = "Thailand signed an MoU with Singapore on digital government."
    >>> words = tokens(text)
    >>> found = parties(text, words, entities(text, words), Defined())
    >>> [(f.field, str(f.value)) for f in deals(Sentence(0, 0, text), found, [])]
    [('kind', 'mou'), ('status', 'signed'), ('parties', "Country(code='TH')"), ('parties', "Country(code='SG')")]
    """
    text = s.text
    nouns, kinds = agreement_nouns(language)
    cues, statuses = _matcher(language, "agreement_cues", "status")
    cue_spans = [
        (m.start(), m.end(), statuses[m.group().lower()]) for m in cues.finditer(text)
    ]
    facts: list[Fact] = []
    seen: set[str] = set()
    row = _Row(mentions)
    cue_starts = [c[0] for c in cue_spans]
    held_by = holding(taken)
    # A headline in title case names no document by its capitals: "ASEAN
    # and SCO Sign Agreement for Cooperation" reports an agreement.
    capitals_name = not (s.block < 0 and in_title_case(text))
    for noun in nouns.finditer(text):
        if noun.span() in skip:
            continue
        # A named document ("the Strategic Partnership Roadmap"): the outcome
        # rules read it; here only who signed it, when two parties did.
        doc = next(
            (
                (a, b)
                for a, b in held_by(noun.start())
                if capitals_name and _titled(text[a:b], noun.group(), cues)
            ),
            None,
        )
        cue = _nearest_cue(cue_spans, cue_starts, noun.span())
        if cue is None and (
            doc is not None
            or _between(text, noun.span(), noun.span(), len(text), reach) < 0
        ):
            continue
        kind = kinds[noun.group().lower()]
        # A deal's name that opens with its sides; a meeting's work plan
        # ("the ASEAN-India Digital Work Plan") has none of its own.
        named_sides = (
            doc is not None
            and kind in NAMED_BY_SIDES
            and bool(_compound(text, row, noun.span()))
        )
        if (
            doc is not None
            and kind in READ_BY_DEALS
            and noun.end() >= doc[1]
            and not named_sides
        ):
            doc = None  # "an R&D MoU" names none; "the Peru-Chile MoU" does
        # A named document of another kind: the outcome rules read it, and
        # this rule only adds who signed it, or its sides when its name
        # opens with them ("the Sri Lanka-Thailand Free Trade Agreement").
        if doc is not None and (
            cue is None
            or (cue[2] != "signed" and kind not in READ_BY_DEALS and not named_sides)
        ):
            continue
        if cue is not None and cue[2] == "none":
            continue  # "can be renewed by a written agreement": no report
        # Without a cue, "the MoU between A and B" gives no status: its facts
        # only name the parties of an agreement read elsewhere more precisely.
        groups = _sides(
            text,
            row,
            noun.span(),
            (cue[0], cue[1]) if cue else noun.span(),
            reach,
        )
        definite = _DEFINITE.search(text, max(0, noun.start() - 6), noun.start())
        if kind == EARLIER and not definite:
            kind = "other"  # "inked a deal with …" is a new one
        if definite and doc is None:
            # "The agreement, signed … with an ASEAN member": one side of an
            # agreement read before is no new agreement.
            groups = [g for g in groups if len(g) >= 2]
            if not groups and cue is not None:
                # "The MoU, signed in November last year": the status of
                # the one read before.
                key = BACK + kind
                facts.append(Fact("agreement", key, "kind", kind, s, *noun.span()))
                facts.append(Fact("agreement", key, "status", cue[2], s, *cue[:2]))
                continue
        elif (
            not groups
            and cue is not None
            and (
                doc is not None
                or _NEW.search(text, max(0, noun.start() - 16), noun.start())
            )
        ):
            # "before signing four memorandums of understanding", "will sign
            # the Memorandum of Understanding on …": an agreement the text
            # reports, its parties nowhere it says.
            groups = [[]]
        for group in groups:
            facts.extend(
                _group_facts(
                    s, kind, group, noun=noun.span(), doc=doc, cue=cue, seen=seen
                )
            )
    for a, b in documents if capitals_name else ():
        if any(a <= n.start() < b for n in nouns.finditer(text, a, b)):
            continue  # its noun was read above
        facts.extend(_signed_document(s, row, cue_spans, cue_starts, (a, b)))
    return facts


def _group_facts(
    s: Sentence,
    kind: str,
    group: list[PartyMention],
    *,
    noun: tuple[int, int],
    doc: tuple[int, int] | None,
    cue: tuple[int, int, str] | None,
    seen: set[str],
) -> list[Fact]:
    """The facts of one agreement a noun reports between one group of
    parties, unless the sentence gave them already (``seen``, updated)."""
    text = s.text
    key = _group_key(kind, group)
    if key in seen and doc is not None:
        # "signed a memorandum of understanding named 'MEMORANDUM OF
        # UNDERSTANDING BETWEEN A AND B'": the name of the one read.
        return [Fact("agreement", key, "title", text[doc[0] : doc[1]], s, *doc)]
    if doc is not None:
        key = "title|" + reference.fold_name(text[doc[0] : doc[1]])
    if key in seen:
        return []
    seen.add(key)
    facts = [Fact("agreement", key, "kind", kind, s, *noun)]
    if doc is not None:
        facts.append(Fact("agreement", key, "title", text[doc[0] : doc[1]], s, *doc))
    if cue is not None and kind != EARLIER:
        facts.append(Fact("agreement", key, "status", cue[2], s, cue[0], cue[1]))
    facts.extend(
        Fact("agreement", key, "parties", m.party, s, m.start, m.end) for m in group
    )
    return facts


def _cues_near(
    cue_spans: list[tuple[int, int, str]], starts: list[int], span: tuple[int, int]
) -> Iterator[tuple[int, int, str]]:
    """The cues (in text order, starting at ``starts``) that start within a
    cue's reach of a span."""
    lo = bisect.bisect_left(starts, span[0] - _CUE_BEFORE)
    hi = bisect.bisect_right(starts, span[1] + _CUE_AFTER)
    return itertools.islice(cue_spans, lo, max(lo, hi))


def _nearest_cue(
    cue_spans: list[tuple[int, int, str]], starts: list[int], noun: tuple[int, int]
) -> tuple[int, int, str] | None:
    """The cue that governs a noun: the closest within reach, a hedge right
    before it ("to sign") as close as one right after it ("was signed").
    The cues are in text order; only those within reach are looked at."""
    near = [
        c
        for c in _cues_near(cue_spans, starts, noun)
        if c[1] <= noun[1] + _CUE_AFTER and not (noun[0] <= c[0] < noun[1])
    ]
    # A possibility ("that may be extended") governs only when no report
    # is in reach: "inked a three-year MoU that may be extended" is signed.
    reports = [c for c in near if c[2] != "none"] or near
    if not reports:
        return None
    return min(reports, key=lambda c: min(abs(c[1] - noun[0]), abs(c[0] - noun[1])))


def _signed_document(
    s: Sentence,
    row: _Row,
    cue_spans: list[tuple[int, int, str]],
    cue_starts: list[int],
    doc: tuple[int, int],
) -> list[Fact]:
    """Who signed a named document, as facts titled with its name."""
    text = s.text
    near = [
        c
        for c in _cues_near(cue_spans, cue_starts, doc)
        if c[1] <= doc[1] + _CUE_AFTER and c[2] == "signed"
    ]
    if not near:
        return []
    cue = min(near, key=lambda c: min(abs(c[1] - doc[0]), abs(c[0] - doc[1])))
    groups = _sides(text, row, doc, (cue[0], cue[1]))
    if not groups:
        return []
    title = text[doc[0] : doc[1]]
    key = "title|" + reference.fold_name(title)
    return [
        Fact("agreement", key, "kind", "other", s, *doc),
        Fact("agreement", key, "title", title, s, *doc),
        *(
            Fact("agreement", key, "parties", m.party, s, m.start, m.end)
            for m in groups[0]
        ),
    ]


#: A list item that opens with the parties of its agreement.
_BETWEEN_OPENS = re.compile(r"\s*between\s+", re.IGNORECASE)


def listed_deal(
    s: Sentence,
    mentions: list[PartyMention],
    package: tuple[Sentence, int, int, str],
) -> list[Fact]:
    """ "▪ Between A and B on …" under "The MoUs are:": a list item that
    names only the parties of one of the package's agreements. Its kind is
    the package noun's, on that noun's span; it has no status of its own.

    >>> from thaidigital.extract._text import Sentence, tokens, entities
    >>> from thaidigital.extract._parties import Defined, parties
    >>> heading = Sentence(0, 0, "The MoUs are:")
    >>> text = "Between Peru's Ministry of Energy and Chile's Energy Agency."
    >>> words = tokens(text)
    >>> found = parties(text, words, entities(text, words), Defined())
    >>> facts = listed_deal(Sentence(1, 0, text), found, (heading, 4, 8, "mou"))
    >>> [(f.field, f.sentence.block, f.start, f.end) for f in facts][:2]
    [('kind', 0, 4, 8), ('parties', 1, 15, 33)]
    """
    text = s.text
    opens = _BETWEEN_OPENS.match(text)
    if opens is None:
        return []
    end = _clause_end(text, opens.end())
    group = _distinct(_chain(_Row(mentions).after(opens.end() - 1, end), text))
    if len(group) < 2:
        return []
    heading, start, stop, kind = package
    key = _group_key(kind, group)
    return [
        Fact("agreement", key, "kind", kind, heading, start, stop),
        *(Fact("agreement", key, "parties", m.party, s, m.start, m.end) for m in group),
    ]
