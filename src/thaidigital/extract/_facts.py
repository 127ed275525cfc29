"""Facts, and the one place that turns them into drafts with their evidence.

A rule returns :class:`Fact` values: which record (kind and key), which
field, the value, the words that support it and a rank. :func:`assemble`
merges them into the reader's drafts. A scalar field keeps the value of the
highest rank (the first on a tie); a list field gathers every distinct value.
Each value that lands brings its evidence with it, in the same step, so no
value is ever set without the span that supports it.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any, Literal

import attrs

from thaidigital.extract._drafts import AgreementDraft, ReaderState
from thaidigital.extract._pack import rows
from thaidigital.extract._text import Sentence
from thaidigital.extract._vocabulary import BETWEEN_PARTIES
from thaidigital.models import AgreementKind, AgreementStatus, Country, ListItem

__all__ = [
    "BACK",
    "EARLIER",
    "NAMED_BY_SIDES",
    "READ_BY_DEALS",
    "Fact",
    "assemble",
    "point_back",
]

#: The kind a rule gives a noun that refers back to an agreement already
#: read ("inked the deal"): its facts make that agreement more precise and
#: never make one of their own.
EARLIER = "earlier"

#: How the key of a definite noun's facts opens when the sentence names no
#: parties for it ("The MoU, signed in November last year, …"): its status
#: goes to the agreement of that kind read last without one.
BACK = "back|"

#: Fields that hold a list of values.
_LISTS = frozenset({"parties", "topics"})
#: The kinds whose named documents only the deals rule reads, by value.
READ_BY_DEALS = frozenset(kind.value for kind in BETWEEN_PARTIES)
#: The kinds whose names may open with their two sides ("the Peru-Chile
#: MoU", "the Sri Lanka-Thailand Free Trade Agreement"): not a meeting's
#: plan or declaration ("the ASEAN-India Digital Work Plan").
NAMED_BY_SIDES = READ_BY_DEALS | {AgreementKind.OTHER.value, EARLIER}


@attrs.frozen
class Fact:
    """One value a rule read, for one field of one record.

    Attributes:
        record: The record kind (``"agreement"``).
        key: The record's key: facts with one key build one record.
        field: The field the value is for.
        value: The value, in the model's type.
        sentence: The sentence the supporting words are in.
        start: Where the supporting words start in the sentence.
        end: Where they end.
        rank: How sure the rule is; a higher rank replaces a lower one.
    """

    record: Literal["agreement"]
    key: str
    field: str
    value: Any
    sentence: Sentence
    start: int
    end: int
    rank: int = 0


def _countries(parties: list[Any]) -> tuple[bool, set[str]]:
    """Whether every party is a country, and the countries the parties name."""
    codes = {p.code if isinstance(p, Country) else p.country for p in parties}
    return all(isinstance(p, Country) for p in parties), {c for c in codes if c}


def _compatible(one: list[Any], other: list[Any]) -> bool:
    """Whether two lists of parties name one agreement, one side by countries
    and the other by organisations of those countries: "Thailand signs MoU
    with Hungary" and "the MoU between the Thai Fintech Association and the
    Hungarian Blockchain Coalition". At least one organisation must name its
    country, and none another country."""
    if len(one) != len(other):
        return False
    only, codes = _countries(one)
    other_only, other_codes = _countries(other)
    if only == other_only or not codes or not other_codes:
        return False
    return codes <= other_codes if other_only else other_codes <= codes


def _sums_up(headline: list[Any], body: list[Any]) -> bool:
    """Whether a headline's parties are a body agreement's, each by name or
    as the country of one of its bodies ("ASTRI signs MoU with Thai agency"
    over "ASTRI and Thailand's ETDA")."""
    if len(headline) != len(body):
        return False
    countries = {getattr(p, "country", None) for p in body}
    return all(
        p in body or (isinstance(p, Country) and p.code in countries) for p in headline
    )


def _same_as(
    state: ReaderState, kind: str, parties: list[Any]
) -> AgreementDraft | None:
    """An agreement already read that these parties name again (of any kind
    when the noun only refers back to one: "the deal")."""
    # The latest first: "The MoU was signed by A and B" names the one the
    # text spoke of last ("The second MoU is …"), not the package before it;
    # and only the latest few, so many agreements do not cost their square.
    for draft in _latest(state, _NAMED_AGAIN_REACH):
        if (kind in (EARLIER, draft.kind.value)) and _compatible(
            parties, draft.parties
        ):
            return draft
    return None


#: How many characters before an agreement's noun a word may make it one
#: more ("also signed a cooperation agreement").
_ONE_MORE_REACH = 60


@functools.cache
def _one_more_words() -> re.Pattern[str]:
    words = [
        row["word"] for row in rows("en", "clause_words") if row["role"] == "another"
    ]
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE
    )


def _one_more(kind: Fact) -> bool:
    """Whether words before an agreement's noun make it one more ("also
    signed a cooperation agreement", "another MoU")."""
    start = max(0, kind.start - _ONE_MORE_REACH)
    return _one_more_words().search(kind.sentence.text, start, kind.start) is not None


def _restated(
    state: ReaderState, kind: str, status: str, parties: list[Any]
) -> AgreementDraft | None:
    """An agreement read before between the same sides, at the same status,
    named then or now by a generic noun: "the two central banks concluded a
    deal … the memorandum of understanding was signed by …" is one MoU (the
    specific kind wins). "plan to sign a free trade agreement" and "an MoU
    signed in November" are two."""
    if len(parties) < 2 or kind == EARLIER:
        return None
    generic = AgreementKind.OTHER.value
    for draft in _latest(state, _NAMED_AGAIN_REACH):
        if (
            set(draft.parties) != set(parties)
            or draft.status.value != status
            or draft.kind.value == kind
            or generic not in (kind, draft.kind.value)
        ):
            continue
        if draft.kind.value == generic:
            draft.kind = AgreementKind(kind)  # "a deal", then "an MoU"
        return draft
    return None


def _read_without_parties(
    state: ReaderState, kind: Fact, meeting: str | None
) -> AgreementDraft | None:
    """An agreement another rule read without its parties, from the same
    sentence ("approved an action plan" as a document), or of a kind a
    meeting makes one of and from the same meeting ("adopted a joint action
    plan … the leaders adopted a South Korea-Thailand joint action plan"):
    the parties complete it rather than make a second one. Parties a
    draft only took from its meeting's sides ("adopted a joint action
    plan" at a summit of the two) give way to the ones the text names."""
    s = kind.sentence
    here = state.ev(s, 0, len(s.text), None)
    for draft in state.agreements.values():
        if _named_parties(draft) or draft.kind.value != kind.value:
            continue
        if any(
            e.field == "kind"
            and e.block == here.block
            and here.start <= e.start < here.end
            for e in draft.evidence
        ):
            return _unnamed(draft)
    # Of the meeting's partyless plans, the untitled one read last: a
    # titled plan is another ("adopted the ASEAN-Korea Digital Action Plan
    # … also adopted a joint action plan").
    for draft in reversed(state.agreements.values()):
        if (
            meeting is not None
            and not _named_parties(draft)
            and draft.title is None
            and draft.kind.value == kind.value
            and draft.meeting == meeting
            and kind.value not in READ_BY_DEALS
        ):
            return _unnamed(draft)
    return None


def _told_without_sides(
    state: ReaderState, kind: Fact, status: str, parties: list[Any]
) -> AgreementDraft | None:
    """The one agreement of this kind and status read so far, read without
    its sides, when this one names them: a photo caption of the ministers
    "after signing an MoU in Lima", then "Peru and Chile inked a memorandum
    of understanding on Monday". Not a package ("signed four MoUs"), a
    titled one, or one of several."""
    if not parties:
        return None
    same = [
        d
        for d in state.agreements.values()
        if d.kind.value == kind.value and d.status.value == status
    ]
    if len(same) != 1:
        return None
    (draft,) = same
    if (
        draft.parties
        or draft.title is not None
        or draft.key in state.package_sizes
        or _plural(state, draft)
    ):
        return None
    return draft


def _plural(state: ReaderState, draft: AgreementDraft) -> bool:
    """Whether a draft was read from a plural noun ("two memorandums of
    understanding", "joint statements"): several, not one to complete."""
    for e in draft.evidence:
        if e.field == "kind":
            words = state.article.quote(e).lower().split()
            return bool(words) and (
                words[0].endswith("s")
                or words[-1].endswith("s")
                or words[0] == "memoranda"
            )
    return False


def _named_parties(draft: AgreementDraft) -> bool:
    """Whether the text named the draft's parties for it."""
    return bool(draft.parties) and not draft.sides_of_meeting


def _unnamed(draft: AgreementDraft) -> AgreementDraft:
    """The draft without the sides it took from its meeting, for the
    parties the text names to take their place."""
    if draft.sides_of_meeting:
        _forget_countries(draft)
        draft.sides_of_meeting = False
    return draft


def _same_title(state: ReaderState, facts: list[Fact]) -> AgreementDraft | None:
    """The agreement the outcome rules read under the title these facts give
    ("The UK and Thailand signed a Strategic Partnership Roadmap"): the
    parties complete it."""
    title = next((f.value for f in facts if f.field == "title"), None)
    if title is None:
        return None
    folded = title.casefold()
    return next(
        (
            d
            for d in state.agreements.values()
            if d.title is not None and d.title.casefold() == folded
        ),
        None,
    )


def _in_a_list(state: ReaderState, fact: Fact) -> bool:
    """Whether a fact was read in a list item ("▪ An MoU between A and B on
    …" under "The MoUs are:"): each item is an agreement of its own."""
    block = fact.sentence.block
    return 0 <= block < len(state.article.blocks) and isinstance(
        state.article.blocks[block], ListItem
    )


def _from_the_package(
    state: ReaderState, key: str, kind: Fact, parties: list[Any]
) -> AgreementDraft | None:
    """An agreement a list item details, without a status of its own: it is
    one of a package read before ("signed five MoUs between the two
    countries"), of the same kind and between the same countries, and has
    the package's status, on the package's evidence."""
    _, codes = _countries(parties)
    package = next(
        (
            d
            for d in reversed(state.agreements.values())
            if d.kind.value == kind.value
            and codes
            and codes <= _countries(d.parties)[1]
        ),
        None,
    )
    if package is None:
        return None
    draft = AgreementDraft(key=key, kind=package.kind, status=package.status)
    draft.evidence.append(state.ev(kind.sentence, kind.start, kind.end, "kind"))
    draft.evidence.extend(e for e in package.evidence if e.field == "status")
    state.agreements[key] = draft
    return draft


def _forget_countries(draft: AgreementDraft) -> None:
    """Drop the country parties of a draft that organisations will name,
    keeping them as its sides."""
    named = [e for e in draft.evidence if e.field == "parties"]
    if len(named) == len(draft.parties):
        draft.sides = [
            (p, e)
            for p, e in zip(draft.parties, named, strict=True)
            if isinstance(p, Country)
        ]
    draft.parties.clear()
    draft.evidence[:] = [e for e in draft.evidence if e.field != "parties"]


def _titled_by_noun(facts: list[Fact]) -> bool:
    """Whether the facts are of an agreement whose name opens with its two
    sides ("the Peru-Chile MoU"), or with its noun ("a Memorandum of
    Understanding on Technology Research …") when it is of a kind only the
    deals rule reads ("will sign the Memorandum of Understanding on …") or
    signed by two sides or more: an agreement of its own, meeting or not."""
    title = next(f for f in facts if f.field == "title")
    kind = next((f for f in facts if f.field == "kind"), None)
    if kind is None:
        return False
    statuses = {f.value for f in facts if f.field == "status"}
    opens = kind.start == title.start and kind.end < title.end
    if (
        statuses
        and kind.value in NAMED_BY_SIDES
        and any(
            f.field == "parties" and title.start <= f.start < kind.start for f in facts
        )
    ):
        # "the Peru-Chile MoU", "the Sri Lanka-Thailand Free Trade
        # Agreement": a name that opens with the two sides.
        return True
    if statuses and kind.value in READ_BY_DEALS:
        return opens
    if not opens:
        return False
    return "signed" in statuses and sum(f.field == "parties" for f in facts) >= 2


def _agreement(state: ReaderState, facts: list[Fact]) -> AgreementDraft | None:
    """The draft the facts of one key build. A new one is made when its
    kind and status are known; facts without a status only make an
    agreement already read more precise."""
    key = state.same_agreement.get(facts[0].key, facts[0].key)
    draft = state.agreements.get(key) or _same_title(state, facts)
    if draft is not None:
        return draft
    if facts[0].key.startswith("title|") and not _titled_by_noun(facts):
        return None  # who signed a named document the outcome rules did not read
    kind = next((f for f in facts if f.field == "kind"), None)
    if kind is None:
        return None
    parties = [f.value for f in facts if f.field == "parties"]
    if kind.sentence.block < 0:
        # The headline sums up agreements the story reads one by one ("Chile,
        # Peru ink several MoUs"): one of the same kind and
        # parties is the one it names.
        same_kind = next(
            (
                d
                for d in state.agreements.values()
                # "inks digital pacts with A and B" over two MoUs: a noun of
                # any kind of agreement sums up ones of a kind.
                if kind.value in (d.kind.value, AgreementKind.OTHER.value)
                and _sums_up(parties, d.parties)
            ),
            None,
        )
        if same_kind is None:
            # "Signing MoC between A and B" over "signed today a memorandum
            # of cooperation": the headline names the sides of the one
            # agreement of its kind the body read without them.
            unnamed = [
                d
                for d in state.agreements.values()
                if d.kind.value == kind.value and not d.parties
            ]
            same_kind = unnamed[0] if len(unnamed) == 1 and parties else None
        if same_kind is not None:
            return same_kind
    # "▪ Between A and B …" takes its kind from the list's heading.
    listed = any(_in_a_list(state, f) for f in facts)
    same = None if listed else _same_as(state, kind.value, parties)
    if same is not None:
        state.same_agreement[key] = same.key
        if all(isinstance(p, Country) for p in same.parties):
            _forget_countries(same)  # the organisations say more
        return same
    status = next((f for f in facts if f.field == "status"), None)
    if status is None and listed and kind.value != EARLIER:
        return _from_the_package(state, key, kind, parties)
    if status is None or kind.value == EARLIER:
        return None
    meeting = next((f.value for f in facts if f.field == "meeting"), None)
    read = (
        _read_without_parties(state, kind, meeting)
        or _told_without_sides(state, kind, status.value, parties)
        or (
            None
            if listed or _one_more(kind)
            else _restated(state, kind.value, status.value, parties)
        )
    )
    if read is not None:
        state.same_agreement[key] = read.key
        return read
    draft = AgreementDraft(
        key=key, kind=AgreementKind(kind.value), status=AgreementStatus(status.value)
    )
    draft.evidence.append(state.ev(kind.sentence, kind.start, kind.end, "kind"))
    draft.evidence.append(state.ev(status.sentence, status.start, status.end, "status"))
    state.agreements[key] = draft
    return draft


def assemble(state: ReaderState, facts: list[Fact]) -> None:
    """Merge ``facts`` into the reader's drafts, evidence and all."""
    by_key: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        by_key.setdefault((fact.record, fact.key), []).append(fact)
    for group in by_key.values():
        if group[0].key.startswith(BACK):
            state.pointers.append(group)  # read once the whole text is
            continue
        draft = _agreement(state, group)
        if draft is None:
            if not any(f.field in ("status", "title") for f in group):
                state.unplaced.append(group)
            continue
        _merge(state, draft, group)
        if not all(isinstance(p, Country) for p in draft.parties):
            continue
        for waiting in state.unplaced[-_NAMED_AGAIN_REACH:]:
            named = [f.value for f in waiting if f.field == "parties"]
            kind = next(f.value for f in waiting if f.field == "kind")
            if kind in (EARLIER, draft.kind.value) and _compatible(
                named, draft.parties
            ):
                state.unplaced.remove(waiting)
                _forget_countries(draft)
                _merge(state, draft, waiting)
                break


def dated_by_meeting(state: ReaderState) -> None:
    """An agreement signed at a meeting of one day, with no date of its
    own, was signed that day: "met in Beijing on 21 May 2024. On this
    occasion, both governors signed the MoU" (the meeting's date evidence
    supports it)."""
    for draft in state.agreements.values():
        meeting = state.meetings.get(draft.meeting) if draft.meeting else None
        if (
            draft.date is not None
            or draft.status is not AgreementStatus.SIGNED
            or meeting is None
            or meeting.when is None
            or meeting.when.end is not None
            or meeting.when.start.day is None
        ):
            continue
        draft.date = meeting.when.start
        draft.evidence.extend(
            attrs.evolve(e, field="date") for e in meeting.evidence if e.field == "when"
        )


def point_back(state: ReaderState) -> None:
    """ "… was apprised of an MoU between India and Thailand. The MoU,
    signed in November, …": the status a definite noun's sentence gives
    completes the agreement of that kind read last without one (or acts on
    one only proposed so far). Run once the whole article, headline
    included, is read.

    >>> from thaidigital.models import Article, Paragraph
    >>> state = ReaderState(Article(id="a", title="t", blocks=(Paragraph(text="x"),)), None)
    >>> point_back(state)  # nothing pointed back
    >>> state.agreements
    {}
    """
    for group in state.pointers:
        _point_back(state, group)
    state.pointers.clear()


def _point_back(state: ReaderState, group: list[Fact]) -> None:
    kind = next(f.value for f in group if f.field == "kind")
    status = next(f for f in group if f.field == "status")

    def same_kind(value: str) -> bool:
        return EARLIER in (kind, value) or value == kind

    # The latest few only: a pointer names what was read just before it,
    # and a long text of many must not cost pointers times agreements.
    for waiting in state.unplaced[: -_POINT_BACK_REACH - 1 : -1]:
        if same_kind(next(f.value for f in waiting if f.field == "kind")):
            state.unplaced.remove(waiting)
            facts = [*waiting, attrs.evolve(status, key=waiting[0].key)]
            named = {f.value for f in waiting if f.field == "parties"}
            # Between the parties of one read already ("the draft framework
            # agreement … between Thailand and the EU" after the PCA's
            # signing): that one.
            # Or of that kind read without its parties ("signed a memorandum
            # … The MoU outlines cooperation between the UK and Vietnam …
            # as the Memorandum was signed"): its parties.
            draft = (
                next(
                    (
                        d
                        for d in _latest(state)
                        if named == set(d.parties) and same_kind(d.kind.value)
                    ),
                    None,
                )
                or next(
                    (
                        d
                        for d in _latest(state)
                        if not d.parties and same_kind(d.kind.value)
                    ),
                    None,
                )
                or _agreement(state, facts)
            )
            if draft is not None:
                _merge(state, draft, facts)
            return
    for draft in _latest(state):
        if same_kind(draft.kind.value):
            if draft.status is AgreementStatus.PROPOSED:
                _merge(state, draft, [status])
            return


#: How many of the latest waiting facts and agreements a pointer looks at.
_POINT_BACK_REACH = 16


#: How many of the latest agreements one named again by its parties may be.
_NAMED_AGAIN_REACH = 64


def _latest(state: ReaderState, reach: int = _POINT_BACK_REACH) -> list[AgreementDraft]:
    """The agreements read last, the latest first (at most ``reach``)."""
    return list(itertools.islice(reversed(state.agreements.values()), reach))


def _merge(state: ReaderState, draft: AgreementDraft, group: list[Fact]) -> None:
    """Set the draft's fields from one key's facts, each with its evidence."""
    for fact in sorted(group, key=lambda f: -f.rank):
        if fact.field == "kind":
            continue
        current = getattr(draft, fact.field)
        if fact.field in _LISTS:
            if fact.value in current:
                continue
            if (
                fact.field == "parties"
                and isinstance(fact.value, Country)
                and any(
                    not isinstance(p, Country) and p.country == fact.value.code
                    for p in current
                )
            ):
                continue  # an organisation of that country already names this side
            current.append(fact.value)
        elif fact.field == "status":
            # A status seen later in the text that acts on a proposed one
            # ("proposed earlier, signed now") replaces it.
            if current is not AgreementStatus.PROPOSED or fact.value == current:
                continue
            draft.status = AgreementStatus(fact.value)
        elif current is None:
            setattr(draft, fact.field, fact.value)
        elif fact.field == "date" and fact.value.has_year and not current.has_year:
            # "announced on Wednesday (May 15) … signed on May 12, 2019": the
            # date with its year says more.
            draft.date = fact.value
            draft.evidence[:] = [e for e in draft.evidence if e.field != "date"]
        else:
            continue
        draft.evidence.append(state.ev(fact.sentence, fact.start, fact.end, fact.field))
