"""Agreements signed as a package, and the ones the text then tells apart.

A visit's report often signs several agreements at once ("signed four
agreements") and then names them one by one: by ordinal ("the first, an MoC,
is on fisheries; the second …"), or as a list of nouns ("they were an MoU
on ports; an MoU on mining; …").
Each one it tells apart is a record of its own, with the package's parties,
status, date and meeting; the package is then no record of its own (the
label conventions: agreements the text does not tell apart are one record,
ones it distinguishes are one record each).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from thaidigital.extract._deals import agreement_nouns
from thaidigital.extract._drafts import AgreementDraft, ReaderState
from thaidigital.extract._facts import EARLIER, Fact
from thaidigital.extract._pack import rows
from thaidigital.extract._text import Sentence
from thaidigital.extract._vocabulary import NUMBER_WORDS, ORDINAL_WORDS
from thaidigital.models import AgreementKind

__all__ = [
    "drop_told_apart",
    "indefinite",
    "listed_items",
    "next_item_key",
    "ordinal_items",
    "package_size",
    "pair_items",
    "remember",
]

#: The largest package a count may give.
_MAX_PACKAGE = 99
#: The most words between a count and its plural noun ("six cooperation
#: agreements", "14 memoranda of understanding").
_COUNT_GAP_WORDS = 2
#: "the first Memorandum of Cooperation", "the third agreement", "the
#: second": an ordinal that names one of a package's items. Written here as
#: a shape; the ordinal words themselves come from the vocabulary.
_ORDINAL = re.compile(r"\b[Tt]he\s+(?P<ordinal>[a-z]+|\d{1,2}(?:st|nd|rd|th))\b")
#: An indefinite agreement noun: "a memorandum of understanding", "an MoU".
_INDEFINITE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@functools.cache
def _vague_count() -> re.Pattern[str]:
    """ "several", "a number of" … right before a plural noun, up to two
    words away."""
    phrases = sorted((row["phrase"] for row in rows("en", "vague_counts")), key=len)
    alternation = "|".join(re.escape(p) for p in reversed(phrases))
    return re.compile(
        rf"\b(?:{alternation})\s+(?:[\w-]+\s+){{0,{_COUNT_GAP_WORDS}}}$",
        re.IGNORECASE,
    )


def package_size(text: str, noun: tuple[int, int]) -> int | None:
    """How many agreements a plural noun counts: "six cooperation agreements"
    → 6; "several agreements" → 0 (more than one, number unknown); None when
    the noun counts none.

    >>> package_size("They signed six cooperation agreements.", (28, 38))
    6
    >>> package_size("They signed several MoUs.", (20, 24))
    0
    >>> package_size("They signed an MoU.", (15, 18)) is None
    True
    >>> package_size("They signed five MoU.", (17, 20))
    5
    >>> package_size("The two sides signed agreements.", (21, 31)) is None
    True
    """
    words = text[noun[0] : noun[1]].lower().split()
    plural = words[0].endswith("s") or words[0] == "memoranda"
    before = text[max(0, noun[0] - 40) : noun[0]]
    # Back from the noun over at most two describing words ("cooperation",
    # "bilateral"), never over a verb ("the two sides signed agreements").
    # A count right before a singular noun counts it too, as outlets write
    # it ("signed five Memorandum of Understanding").
    gap = _COUNT_GAP_WORDS if plural else 0
    for word in reversed(before.lower().split()[-1 - gap :]):
        if word.isdigit() and 2 <= int(word) <= _MAX_PACKAGE:
            return int(word)
        if NUMBER_WORDS.get(word, 0) >= 2:
            return NUMBER_WORDS[word]
        if word.endswith(("ed", ",")) or not word.isalpha():
            break
    if not plural:
        return None
    return 0 if _vague_count().search(before) else None


def indefinite(text: str, at: int) -> bool:
    """Whether an agreement noun at ``at`` brings a new one ("a cooperation
    agreement", "an MoU")."""
    return _INDEFINITE.search(text, max(0, at - 30), at) is not None


def _item(
    state: ReaderState,
    package: AgreementDraft,
    number: int,
    kind: str | None,
    where: tuple[Sentence, int, int],
    *,
    sides: Sequence[Fact] = (),
) -> None:
    """Item ``number`` of ``package``, made once, with the package's facts;
    with ``sides``' parties instead of the package's when the sentence
    names the item's own ("the fifth MoU … between A and B")."""
    key = f"{package.key}#{number}"
    if key in state.agreements:
        return
    item = AgreementDraft(
        key=key,
        kind=AgreementKind(kind) if kind and kind != EARLIER else package.kind,
        status=package.status,
        parties=[f.value for f in sides] if sides else list(package.parties),
        date=package.date,
        meeting=package.meeting,
    )
    item.evidence.append(state.ev(*where, "kind"))
    item.evidence.extend(
        e
        for e in package.evidence
        if e.field in ("status", "date", "meeting")
        or (e.field == "parties" and not sides)
    )
    item.evidence.extend(state.ev(f.sentence, f.start, f.end, "parties") for f in sides)
    state.agreements[key] = item
    state.package_items.setdefault(package.key, set()).add(number)


def ordinal_items(
    state: ReaderState,
    s: Sentence,
    own: Callable[[], Sequence[Fact]] = tuple,
) -> list[tuple[int, int]]:
    """Items a sentence names by ordinal ("the first, an MoC, is on
    fisheries; the second …"), of the package read last. Returns
    the spans of the agreement nouns they name, which are read here and not
    as agreements of their own. ``own`` gives the facts the deal rule reads
    in the sentence (asked for only when an item is named): the parties an
    item's noun is between are its own."""
    package = state.package
    if package is None:
        return []
    size = state.package_sizes.get(package.key, 0)
    nouns, kinds = agreement_nouns()
    taken: list[tuple[int, int]] = []
    for match in _ORDINAL.finditer(s.text):
        number = _ordinal_number(match["ordinal"])
        if number is None or (size and number > size):
            continue
        noun = nouns.match(s.text, match.end() + 1)
        if noun is None and not _stands_alone(s.text, match.end()):
            continue  # "the first time", "the second phase"
        kind = kinds[noun.group().lower()] if noun is not None else None
        end = noun.end() if noun is not None else match.end()
        sides = _noun_sides(own(), noun.start()) if noun is not None else []
        _item(state, package, number, kind, (s, match.start(), end), sides=sides)
        if noun is not None:
            taken.append(noun.span())
    return taken


def _noun_sides(facts: Sequence[Fact], at: int) -> list[Fact]:
    """The party facts the deal rule read for the agreement noun at ``at``."""
    key = next((f.key for f in facts if f.field == "kind" and f.start == at), None)
    return [f for f in facts if f.key == key and f.field == "parties"]


@functools.cache
def _pair_item() -> tuple[re.Pattern[str], dict[str, int]]:
    """ "One was an MoU …", "The other MoU …": a sentence that opens by
    naming one of a package of two, then its noun."""
    table = {row["phrase"]: int(row["number"]) for row in rows("en", "pair_items")}
    words = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<which>{words})\s+(?:(?:was|is)\s+)?(?:an?\s+)?", re.IGNORECASE
    )
    return pattern, table


def pair_items(
    state: ReaderState, s: Sentence, own: Callable[[], Sequence[Fact]] = tuple
) -> list[tuple[int, int]]:
    """The item of a package of two a sentence opens with ("One was an MoU
    on health between A and B"; "The other MoU covers …"), with the parties
    its noun is between. Returns the noun's span, read here."""
    package = state.package
    if package is None or state.package_sizes.get(package.key) != 2:
        return []
    pattern, table = _pair_item()
    opening = pattern.match(s.text)
    if opening is None:
        return []
    nouns, kinds = agreement_nouns()
    noun = nouns.match(s.text, opening.end())
    if noun is None:
        return []
    number = table[opening["which"].lower()]
    _item(
        state,
        package,
        number,
        kinds[noun.group().lower()],
        (s, opening.start(), noun.end()),
        sides=_noun_sides(own(), noun.start()),
    )
    return [noun.span()]


def _ordinal_number(word: str) -> int | None:
    if word[:1].isdigit():
        return int(re.match(r"\d+", word)[0])  # type: ignore[index]
    return ORDINAL_WORDS.get(word)


#: Words after a bare ordinal that show it stands for an item ("the second
#: agreed to", "the fourth related to", "the sixth was a Letter of Intent").
_ALONE = re.compile(r"\s+(?:was|is|agreed|concerned|covered|related|dealt|aims?|on)\b")


def _stands_alone(text: str, end: int) -> bool:
    return _ALONE.match(text, end) is not None


def listed_items(state: ReaderState, s: Sentence) -> list[tuple[int, int]]:
    """Items a sentence lists as indefinite nouns ("they were an MoU on
    ports; an MoU on mining"), of the package read last, when it names two
    or more. Returns the spans of the nouns read."""
    package = state.package
    if package is None:
        return []
    nouns, kinds = agreement_nouns()
    found = [
        n
        for n in nouns.finditer(s.text)
        if indefinite(s.text, n.start()) and package_size(s.text, n.span()) is None
    ]
    if len(found) < 2:
        return []
    for noun in found:
        number = _next_number(state, package)
        _item(state, package, number, kinds[noun.group().lower()], (s, *noun.span()))
    return [n.span() for n in found]


def _next_number(state: ReaderState, package: AgreementDraft) -> int:
    """The number after the package's items told apart so far."""
    return max(state.package_items.get(package.key, ()), default=0) + 1


def next_item_key(state: ReaderState, package: AgreementDraft) -> str:
    """The key of the package's next item, counted as one of its items."""
    number = _next_number(state, package)
    state.package_items.setdefault(package.key, set()).add(number)
    return f"{package.key}#{number}"


def drop_told_apart(state: ReaderState) -> None:
    """A package whose items the text told apart (all of them, when it
    counts them) is no record of its own;
    what the text said of it after the items were named (its date, its
    meeting) is said of each item."""
    for key, numbers in state.package_items.items():
        if len(numbers) < state.package_sizes.get(key, 0):
            # "five MoUs … the fifth is between A and B": the four the text
            # does not tell apart stay one record.
            continue
        package = state.agreements.pop(key, None)
        if package is None:
            continue
        for number in numbers:
            item = state.agreements.get(f"{key}#{number}")
            if item is None:
                continue
            if item.date is None and package.date is not None:
                item.date = package.date
                item.evidence.extend(e for e in package.evidence if e.field == "date")
            if item.meeting is None and package.meeting is not None:
                item.meeting = package.meeting
                item.evidence.extend(
                    e for e in package.evidence if e.field == "meeting"
                )


def remember(state: ReaderState, draft: AgreementDraft, size: int) -> None:
    """``draft`` counts ``size`` agreements (0: several): later ordinals and
    lists name its items."""
    state.package = draft
    state.package_sizes[draft.key] = size
