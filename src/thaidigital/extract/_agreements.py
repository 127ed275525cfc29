"""Reading agreements: outcomes of meetings, MoUs, their status, dates and topics."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from thaidigital import reference
from thaidigital.extract._deals import (
    ITEM_NEAR,
    agreement_nouns,
    clause_words,
    compound_sides,
    deals,
    listed_deal,
    pair_reference,
)
from thaidigital.extract._drafts import (
    AgreementDraft,
    MeetingDraft,
    ReaderState,
    add,
)
from thaidigital.extract._facts import EARLIER, Fact, assemble
from thaidigital.extract._meetings import not_of_the_event
from thaidigital.extract._names import (
    DocumentMention,
    agreement_kind,
)
from thaidigital.extract._pack import rows
from thaidigital.extract._packages import (
    indefinite,
    listed_items,
    next_item_key,
    ordinal_items,
    package_size,
    pair_items,
    remember,
)
from thaidigital.extract._parties import Party, PartyMention
from thaidigital.extract._text import (
    Entity,
    Sentence,
    covering,
    date_spans,
    named_country,
)
from thaidigital.extract._vocabulary import (
    AGREEMENT_KINDS,
    BETWEEN_PARTIES,
    DEMONYMS,
    HEDGES,
    NUMBER_WORDS,
    OUTCOME_PHRASES,
    OUTCOME_VERBS,
    PLANNED_VERBS,
    STATUS_OF_ACTION,
    TOPIC_CUES,
)
from thaidigital.models import (
    AgreementKind,
    AgreementStatus,
    Country,
    ListItem,
    MeetingKind,
    MeetingStatus,
    Organization,
    Outcome,
    OutcomeAction,
    PartialDate,
)

_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?")

_PAIR_SPLIT = re.compile(r"\s+and\s+")
_SEMICOLON_SPLIT = re.compile(r";\s*(?:and\s+|or\s+)?")

_CLAUSE_SPLIT = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+")

_PAIR = re.compile(r"(?P<a>[A-Z][\w]+)[-–](?P<b>[A-Z][\w]+)")

_DONE_TO = frozenset({"occasion to", "on to", "voted to", "moved to", "met to"})

_DRAFT = re.compile(r"\bdraft\s+(?:the\s+)?$", re.IGNORECASE)

_WORD_RE = re.compile(r"\b[a-z]+\b")

_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p, _ in OUTCOME_PHRASES) + r")\b",
    re.IGNORECASE,
)

_PHRASE_ACTION = dict(OUTCOME_PHRASES)

Verb = tuple[OutcomeAction, int, int, bool]  # action, start, end, only planned


def _last_words(text: str, lo: int, at: int) -> list[str]:
    """The last three words before ``at`` (not before ``lo``), lower case. The
    window is bounded, so asking at every word of a clause costs its length."""
    return text[max(lo, at - _WINDOW) : at].lower().split()[-3:]


#: How far back (characters) the words before a verb are looked for.
_WINDOW = 80


def _verbs(text: str, clause: tuple[int, int]) -> list[Verb]:
    """Every outcome verb of a clause in order, each marked if only planned."""
    found: list[Verb] = []
    # Characters inside a phrase already read ("signed" in "signed off on").
    taken = bytearray(clause[1] - clause[0] + 1)
    for phrase in _PHRASE_RE.finditer(text, clause[0], clause[1]):
        hedged = any(w in HEDGES for w in _last_words(text, clause[0], phrase.start()))
        found.append(
            (
                _PHRASE_ACTION[phrase.group().lower()],
                phrase.start(),
                phrase.end(),
                hedged,
            )
        )
        a, b = phrase.start() - clause[0], phrase.end() - clause[0]
        taken[a:b] = b"\x01" * (b - a)
    for match in _WORD_RE.finditer(text, clause[0], clause[1]):
        if taken[match.start() - clause[0]]:
            continue  # "signed" inside "signed off on"
        word = match.group()
        action = OUTCOME_VERBS.get(word)
        planned_action = PLANNED_VERBS.get(word)
        if action is None and planned_action is None:
            continue
        before = _last_words(text, clause[0], match.start())
        hedged = any(w in HEDGES for w in before)
        if action is not None:
            found.append((action, match.start(), match.end(), hedged))
        elif planned_action is not None and " ".join(before[-2:]) in _DONE_TO:
            # "used the occasion to adopt X": they did adopt it.
            found.append((planned_action, match.start(), match.end(), False))
        elif planned_action is not None and (hedged or word in _ALWAYS_PLANNED):
            found.append((planned_action, match.start(), match.end(), True))
    return sorted(found, key=lambda v: v[1])


def _verb(text: str, clause: tuple[int, int]) -> Verb | None:
    """The first outcome verb of a clause."""
    verbs = _verbs(text, clause)
    return verbs[0] if verbs else None


#: Words between a verb and a document that make the document no object of
#: the verb: a clause ("noted that ASEAN has … completed the Masterplan",
#: "welcomed the Guidelines, which are initiatives of the Framework") or a
#: basis ("adopted under the Recovery Framework").
_NOT_THE_OBJECT = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in (*clause_words("relative"), *clause_words("basis"))
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
#: The most characters between a verb and the document it acts on, unless
#: a list of documents fills them ("adopted the X, the Y and the Z").
_GOVERN_REACH = 120


def _far_object(doc_starts: list[int], verb_end: int, doc_start: int) -> bool:
    """Whether a document is too far after its verb to be what it acts on,
    no other document (``doc_starts``, in order) standing between them as
    the head of a list.

    >>> _far_object([300], 10, 300), _far_object([50, 300], 10, 300)
    (True, False)
    """
    if doc_start - verb_end <= _GOVERN_REACH:
        return False
    k = bisect.bisect_right(doc_starts, verb_end)
    return k >= len(doc_starts) or doc_starts[k] >= doc_start


def _verb_for(verbs: list[Verb], starts: list[int], document: DocumentMention) -> Verb:
    """The verb that governs a document: the last one before it ("they
    welcomed X and endorsed Y"), else the first after it ("X was approved").
    ``verbs`` are in text order and ``starts`` are where they start."""
    k = bisect.bisect_left(starts, document.start)
    return verbs[k - 1] if k > 0 else verbs[0]


# Words that put a document on the table without acting on it.
_ALWAYS_PLANNED = frozenset({"consider", "tabled", "table"})

_AGREEMENT_WORD = re.compile(
    r"\b(?:agreements?|pacts?|deals?|MoUs?|MOUs?|MoCs?|memorand(?:um|a|ums))\b",
    re.IGNORECASE,
)

#: "the MoU", "this agreement": a noun right after these points back.
_THE_BEFORE = re.compile(r"\b(?:the|this) $", re.IGNORECASE)
#: "the three agreements", "these five MoUs": a count that points back.
_POINTS_BACK = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)


#: A preposition that sets a date off after a list ("… and fisheries on
#: Thursday (Feb 9)").
_DATE_SET_OFF = re.compile(r"\s(?:on|in)\s+(?:the\s+)?$")


def _before_a_date(text: str, start: int, end: int) -> int:
    """Where a topic list in ``text[start:end]`` ends before a date set off
    after it: "covering ports and fisheries on Thursday" ends at
    "fisheries"; "the 2030 agenda" is no date set off."""
    segment = text[start:end]
    for a, _ in date_spans(segment):
        set_off = _DATE_SET_OFF.search(segment, max(0, a - 12), a)
        if set_off is not None:
            return start + set_off.start()
    return end


def _is_date(item: str) -> bool:
    """Whether a list item is a date ("cooperation on Tuesday", "Thursday
    (Feb 9)"), not a topic: nothing but dates and the marks between them."""
    spans = date_spans(item)
    if not spans:
        return False
    rest, at = [], 0
    for a, b in spans:
        rest.append(item[at:a])
        at = b
    rest.append(item[at:])
    return not any(c.isalnum() for c in "".join(rest))


@functools.cache
def _qualifiers() -> tuple[str, ...]:
    return tuple(row["word"] + " " for row in rows("en", "topic_qualifiers"))


def _qualifies(item: str) -> bool:
    """Whether a part of a topic list narrows the item before it."""
    return (item.lower() + " ").startswith(_qualifiers())


@functools.cache
def _list_tails() -> frozenset[str]:
    return frozenset(row["phrase"] for row in rows("en", "list_tails"))


_BOTH = re.compile(
    r"\b(?:both|the two) (?:agreements|pacts|deals|MoUs|MOUs|memorand(?:a|ums))\b", re.I
)

_RANGING = re.compile(r"\branging from (?P<a>[^,.;]+?) to (?P<b>[^,.;]+)")

_DEMONYM_DEAL = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:agreement|pact|deal|MoU|MOU|memorandum)\b"
)


def _rstrip_separators(text: str) -> str:
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return text[:end]


def _rstrip_word(text: str, words: tuple[str, ...]) -> str:
    for word in words:
        if text.endswith(word):
            before = text[: -len(word)]
            if not before or not (before[-1].isalnum() or before[-1] == "_"):
                return before
    return text


def trim_join(text: str) -> str:
    """Drop a trailing "…, and the" joining a list to the next name.

    Right to left in one pass: a regex anchored at ``$`` would be tried from
    every comma and space of a long run (cubic on ", , , …").

    >>> trim_join("digital skills, and the")
    'digital skills'
    """
    text = _rstrip_word(text.rstrip(), ("the",))
    return _rstrip_separators(_rstrip_word(_rstrip_separators(text), ("and", "or")))


_WITH_PARTNER = re.compile(
    r"\b(?:agreement|pact|deal|MoU|MOU|memorandum)\s+with\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
)

_LIST_END = re.compile(
    r",\s+(?:was|were|is|are|has|have|had|will|which|while|who|"
    r"and\s+(?:promotes|encourages|provides|aims|seeks|also|calls)|"
    # ", the institute said in a statement": who reports it, not an item.
    r"(?:[\w’'-]+\s+){1,4}(?:said|says|told|added|noted|stated))\b"
)


def _split_pair(text: str) -> list[str]:
    """ "A and B" is two items, but "the prevention and combat of online
    scams" is one: two nouns sharing what follows them."""
    parts = _PAIR_SPLIT.split(text, maxsplit=1)
    if (
        len(parts) == 2
        and re.fullmatch(r"(?:the\s+)?\w+", parts[0])
        and " of " in parts[1]
    ):
        return [text]
    if len(parts) == 2 and parts[0].split()[-1:] and parts[0].split()[-1] in DEMONYMS:
        # "between Thai and Israeli companies": two adjectives, one noun.
        return [text]
    return parts


def _kind_phrase(text: str, kind: AgreementKind) -> tuple[str, int] | None:
    """The words that named an untitled document, as written, and where."""
    lowered = text.lower()
    for phrase, phrase_kind in AGREEMENT_KINDS:
        if phrase_kind is kind:
            at = lowered.find(phrase)
            if at >= 0:
                return text[at : at + len(phrase)], at
    return None


def list_verb(
    state: ReaderState, s: Sentence, docs: list[DocumentMention]
) -> tuple[OutcomeAction, int, int, bool] | None:
    """ "Ministers signed off on a declaration and two guides:" lends its
    verb to the list items that follow it."""
    block = state.article.blocks[s.block] if s.block >= 0 else None
    if isinstance(block, ListItem):
        return state.list_verb
    state.list_verb = None
    if s.text.rstrip().endswith(":") and not docs:
        verb = _verb(s.text, (0, len(s.text)))
        if verb is not None:
            state.list_verb = (verb[0], 0, 0, verb[3])
    return None


def meeting_outcomes(
    state: ReaderState,
    subject: MeetingDraft | None,
    s: Sentence,
    docs: list[DocumentMention],
    lent: Verb | None = None,
) -> None:
    """Documents a sentence says were acted on, as agreements, and as
    outcomes of the meeting it speaks of when that meeting was held.
    Documents only on the table ("expected to approve", "the draft …") are
    proposed agreements of that meeting, held or planned."""
    draft = (
        subject
        if subject is not None and subject.status is MeetingStatus.HELD
        else None
    )
    text = s.text
    docs = sorted(docs, key=lambda d: d.start)
    doc_starts = [d.start for d in docs]
    clause_start = 0
    for clause_end in [m.start() for m in _CLAUSE_SPLIT.finditer(text)] + [len(text)]:
        clause = (clause_start, clause_end)
        clause_start = clause_end
        in_clause = docs[
            bisect.bisect_left(doc_starts, clause[0]) : bisect.bisect_left(
                doc_starts, clause[1]
            )
        ]
        drafts = [
            d for d in in_clause if _DRAFT.search(text[max(0, d.start - 8) : d.start])
        ]
        # "the draft ASEAN Smart City Action Plan" is on the table, acted on or not.
        _planned(state, subject, s, drafts)
        if drafts:
            drafted = {id(d) for d in drafts}
            in_clause = [d for d in in_clause if id(d) not in drafted]
        verbs = _verbs(text, clause) or ([lent] if lent else [])
        if not verbs:
            continue
        action, vstart, vend, planned = verbs[0]
        verb_starts = [v[1] for v in verbs]
        for d in in_clause:
            if d.kind in BETWEEN_PARTIES:
                continue  # the deals rule reads it
            action, vstart, vend, planned = _verb_for(verbs, verb_starts, d)
            if vend <= d.start and (
                _far_object(doc_starts, vend, d.start)
                or _NOT_THE_OBJECT.search(text, vend, d.start) is not None
            ):
                # "took note of the good progress made in … over the last
                # year …, including … the implementation of the Revised
                # Implementation Plan": the verb's object is the progress.
                continue
            if planned:
                # "expected to approve the Bangkok Digital Declaration": a
                # document on the table, not an outcome.
                _planned(state, subject, s, [d])
                continue
            meeting_id = draft.key if draft is not None else None
            if draft is not None and add(
                draft.outcomes, Outcome(action=action, document=d.text)
            ):
                draft.evidence.append(
                    state.ev(
                        s,
                        min(d.start, vstart),
                        max(d.end, vend),
                        f"outcomes[{len(draft.outcomes) - 1}]",
                    )
                )
            agreement = _agreement(
                state,
                d.text,
                d.kind,
                STATUS_OF_ACTION[action],
                meeting_id,
                s=s,
                start=d.start,
                end=d.end,
            )
            _agreement_date(state, agreement, s, clause, d)
            # A topic list after a document's name and before the next
            # one's describes it ("X, which deals with A, and Y, targeting B").
            following = bisect.bisect_right(doc_starts, d.start)
            next_doc = doc_starts[following] if following < len(docs) else len(text)
            for topic, start, end in _topics(text, d.end, next_doc):
                if add(agreement.topics, topic):
                    agreement.evidence.append(state.ev(s, start, end, "topics"))
        action, vstart, vend, planned = verbs[0]
        if (
            not in_clause
            and not planned
            and s.block >= 0
            and not text.rstrip().endswith(":")
        ):
            # An untitled document: "leaders ratified a joint vision statement".
            phrase = text[clause[0] : clause[1]]
            kind = agreement_kind(phrase)
            if kind is not None and kind not in BETWEEN_PARTIES:
                meeting_id = draft.key if draft is not None else None
                _agreement(
                    state,
                    None,
                    kind,
                    STATUS_OF_ACTION[action],
                    meeting_id,
                    s=s,
                    start=vstart,
                    end=vend,
                    key=f"{kind.value}|{meeting_id}",
                )
                written = _kind_phrase(phrase, kind)
                if (
                    draft is not None
                    and written
                    and add(draft.outcomes, Outcome(action=action, document=written[0]))
                ):
                    at = clause[0] + written[1]
                    draft.evidence.append(
                        state.ev(
                            s,
                            at,
                            at + len(written[0]),
                            f"outcomes[{len(draft.outcomes) - 1}]",
                        )
                    )


def _agreement_date(
    state: ReaderState,
    agreement: AgreementDraft,
    s: Sentence,
    clause: tuple[int, int],
    document: DocumentMention,
) -> None:
    """ "X was adopted on 2 February 2024": the day it reached its status
    (of the sentence's dates, one in the document's clause)."""
    if agreement.date is not None:
        return
    for found in state.dates(s):
        if found.end > clause[1]:
            break
        value = found.value
        lead = s.text[clause[0] : found.start].strip(" ,").lower()
        lead = re.sub(r"^(?:and|then|but)\s+", "", lead)
        # "X was adopted on 2 February 2024" or "On 17 December, … adopted
        # X"; a date elsewhere in the clause dates something else.
        placed = found.start >= document.end or lead in ("", "on")
        if (
            not placed
            or found.start < clause[0]
            or not isinstance(value, PartialDate)
            or value.day is None
        ):
            continue
        if value.year is None:
            meeting = state.meetings.get(agreement.meeting or "")
            year = meeting.when.start.year if meeting and meeting.when else None
            if year is None:
                continue
            value = value.with_year(year)
        agreement.date = value
        agreement.evidence.append(state.ev(s, found.start, found.end, "date"))
        return


def _planned(
    state: ReaderState,
    meeting: MeetingDraft | None,
    s: Sentence,
    docs: list[DocumentMention],
) -> None:
    for d in docs:
        if d.kind not in BETWEEN_PARTIES:
            _agreement(
                state,
                d.text,
                d.kind,
                AgreementStatus.PROPOSED,
                meeting.key if meeting is not None else None,
                s=s,
                start=d.start,
                end=d.end,
            )


def _agreement(
    state: ReaderState,
    title: str | None,
    kind: AgreementKind,
    status: AgreementStatus,
    meeting: str | None,
    *,
    s: Sentence,
    start: int,
    end: int,
    key: str | None = None,
) -> AgreementDraft:
    key = key or reference.fold_name(title or "")
    draft = state.agreements.get(key)
    if (
        draft is not None
        and draft.status is AgreementStatus.PROPOSED
        and status is not AgreementStatus.PROPOSED
    ):
        draft.status = status  # proposed earlier in the text, acted on later
        draft.evidence.append(state.ev(s, start, end, "status"))
    if draft is None:
        draft = AgreementDraft(
            key=key, kind=kind, status=status, title=title, meeting=meeting
        )
        draft.evidence.append(state.ev(s, start, end, "title" if title else "kind"))
        state.agreements[key] = draft
    return draft


def _with_pair_reference(
    state: ReaderState, s: Sentence, mentions: list[PartyMention]
) -> list[PartyMention]:
    """ "The two sides also exchanged an MoU on e-commerce": each such phrase
    names the two parties of the agreement read last (or of the bilateral
    meeting in focus), as two mentions at its span."""
    named: list[PartyMention] = []
    found = pair_reference(s.text)
    while found is not None:
        start, end, sides, head = found
        named.extend(
            PartyMention(start, end, party)
            for party in _pair_named(state, mentions, start, sides, head)
        )
        found = pair_reference(s.text, start=end)
    return sorted([*mentions, *named], key=lambda m: m.start)


def _pair_named(
    state: ReaderState, mentions: list[PartyMention], at: int, sides: str, head: str
) -> tuple[Party, ...]:
    """Who a pair phrase at ``at`` names, or nobody when the text does not say."""
    if sides == "subject":
        # "They also signed an accord": only opening the sentence, and only
        # the two countries that opened the one before.
        return state.subject_pair if at == 0 else ()
    if sides == "organizations":
        # "signed between the two institutions": the last two bodies named;
        # "the two universities": the last two named "… University".
        named_orgs = [
            org
            for org in state.organizations.values()
            if not head or head in org.name.split()
        ][-2:]
        return tuple(named_orgs) if len(named_orgs) == 2 else ()
    # "The leaders of Thailand and Cambodia … between the two countries":
    # two countries named before the phrase in the same sentence, else the
    # pair the article spoke of last.
    before = list(
        {
            m.party.code: m.party
            for m in mentions
            if m.end <= at and isinstance(m.party, Country)
        }.values()
    )
    pair = (before[0], before[1]) if len(before) == 2 else _last_pair(state)
    return pair or ()


#: What may come before the subject that opens a sentence: nothing, or a
#: place set off by a colon as datelines print it ("Bangkok: ").
_OPENS = re.compile(r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}:\s+)?")


def _remember_subject_pair(
    state: ReaderState, s: Sentence, mentions: list[PartyMention]
) -> None:
    """ "Peru and Chile agreed …": two countries joined by "and" that open a
    sentence are who a "They" opening the next one is."""
    if len(mentions) < 2:
        return
    a, b = mentions[0], mentions[1]
    if (
        _OPENS.fullmatch(s.text, 0, a.start) is not None
        and isinstance(a.party, Country)
        and isinstance(b.party, Country)
        and a.party != b.party
        and s.text[a.tail : b.start].strip(" ,") == "and"
    ):
        state.subject_pair = (a.party, b.party)


def _remember_organizations(state: ReaderState, mentions: list[PartyMention]) -> None:
    """Keep the organisations a sentence names, the latest named last."""
    for m in mentions:
        if isinstance(m.party, Organization):
            key = reference.fold_name(m.party.name)
            state.organizations.pop(key, None)
            state.organizations[key] = m.party


def _last_pair(state: ReaderState) -> tuple[Party, Party] | None:
    """The two parties the article spoke of last: of its latest agreement
    between two, else of the bilateral meeting in focus."""
    for draft in reversed(state.agreements.values()):
        if len(draft.parties) == 2:
            return draft.parties[0], draft.parties[1]
    focus = state.focus
    if (
        focus is not None
        and focus.kind is MeetingKind.BILATERAL
        and len(focus.participants) == 2
    ):
        return focus.participants[0], focus.participants[1]
    return None


def agreement_deals(
    state: ReaderState,
    s: Sentence,
    found: list[Entity],
    mentions: list[PartyMention],
    inside: list[tuple[int, int]],
    *,
    documents: Sequence[tuple[int, int]] = (),
) -> None:
    """Agreements between named parties, with their topics, and the
    meeting they came out of when the article is about one.

    ``inside`` are the spans of named documents and meetings: nothing in
    them is a party ("with Cambodia at the 5th ASEAN … Meeting"), but the
    two sides a document's name opens with ("the Sri Lanka-Thailand Free
    Trade Agreement")."""
    paired = {id(m) for m in compound_sides(s.text, mentions, documents)}
    in_a_name = covering(inside)
    mentions = [m for m in mentions if id(m) in paired or not in_a_name(m.start)]
    _remember_organizations(state, mentions)
    mentions = _with_pair_reference(state, s, mentions)
    _remember_subject_pair(state, s, mentions)
    # What the deal rule reads of the sentence's item nouns, read once if
    # an item rule asks.
    own = functools.cache(
        functools.partial(deals, s, mentions, inside, reach=ITEM_NEAR)
    )
    items = (
        ordinal_items(state, s, own)
        + pair_items(state, s, own)
        + listed_items(state, s)
    )
    facts = deals(s, mentions, inside, documents=documents, skip=items)
    if not facts and state.list_noun is not None and s.offset == 0:
        facts = listed_deal(s, mentions, state.list_noun)
    if not facts:
        if not items:
            _mou_details(state, s, found)
        return
    facts = _new_items(state, s, facts)
    keys = dict.fromkeys(f.key for f in facts)
    meeting = (
        state.focus.key
        if state.focus is not None and state.focus.status is MeetingStatus.HELD
        else None
    )
    kind_fact = {f.key: f for f in facts if f.field == "kind"}
    signed = {f.key for f in facts if f.field == "status" and f.value == "signed"}
    day = _signing_day(state, s) if signed else None
    for key in keys:
        if meeting is not None:
            f = kind_fact[key]
            facts.append(attrs.evolve(f, field="meeting", value=meeting))
        if day is not None and key in signed:
            facts.append(Fact("agreement", key, "date", *day))
        for topic, start, end in _topics(s.text):
            facts.append(Fact("agreement", key, "topics", topic, s, start, end))
    assemble(state, facts)
    for key, f in kind_fact.items():
        size = package_size(s.text, (f.start, f.end))
        draft = state.agreements.get(state.same_agreement.get(key, key))
        if draft is not None and not draft.parties:
            _sides_of_the_visit(state, draft)
        # "the three agreements were signed, the first …" points back at the
        # package read before; "signed six agreements" makes one.
        if (
            size is not None
            and draft is not None
            and not _POINTS_BACK.search(s.text, max(0, f.start - 40), f.start)
        ):
            remember(state, draft, size)


def _sides_of_the_visit(state: ReaderState, draft: AgreementDraft) -> None:
    """ "signed four MoUs during the visit": an agreement read without its
    parties, under a bilateral meeting in focus, is between that meeting's
    two sides (with the evidence that names them)."""
    focus = state.focus
    if (
        focus is None
        or draft.meeting != focus.key
        or focus.kind is not MeetingKind.BILATERAL
        or len(focus.participants) != 2
    ):
        return
    draft.parties.extend(focus.participants)
    draft.sides_of_meeting = True
    draft.evidence.extend(
        attrs.evolve(e, field="parties")
        for e in focus.evidence
        if e.field == "participants"
    )


def _new_items(state: ReaderState, s: Sentence, facts: list[Fact]) -> list[Fact]:
    """ "… also signed a cooperation agreement on railways" after the
    package's items were told apart: one more item, not the package again."""
    package = state.package
    if package is None or not state.package_items.get(package.key):
        return facts
    renamed: dict[str, str] = {}
    for f in facts:
        if (
            f.field == "kind"
            and state.agreements.get(state.same_agreement.get(f.key, f.key)) is package
            and package_size(s.text, (f.start, f.end)) is None
            and indefinite(s.text, f.start)
        ):
            renamed[f.key] = next_item_key(state, package)
    return [attrs.evolve(f, key=renamed.get(f.key, f.key)) for f in facts]


def _signing_day(
    state: ReaderState, s: Sentence
) -> tuple[PartialDate, Sentence, int, int] | None:
    """The day a sentence that reports a signing gives, when it gives one
    and only one ("inked an MoU on October 18"); not a deadline or another
    event's day ("by 1 May", "since 2 June")."""
    days = [
        found
        for found in state.dates(s)
        if isinstance(found.value, PartialDate)
        and found.value.day is not None
        and not not_of_the_event(s.text, found.start)
    ]
    if len(days) != 1:
        return None
    value = days[0].value
    assert isinstance(value, PartialDate)
    return value, s, days[0].start, days[0].end


def _mou_details(state: ReaderState, s: Sentence, found: list[Entity]) -> None:
    """Topics of MoUs named by their parties later in the article: "The
    Thailand-Cambodia agreement …", "Under the agreement with Cambodia,
    …", "Both agreements …", each followed by a list of areas."""
    if not _AGREEMENT_WORD.search(s.text):
        return
    mous = [
        d
        for d in state.agreements.values()
        if d.kind in (AgreementKind.MOU, AgreementKind.MOC)
    ]
    wanted: set[str] = set()
    pair = _PAIR.search(s.text)
    if pair is not None:
        a, b = named_country(pair["a"]), named_country(pair["b"])
        if a is not None and b is not None:
            wanted = {a.code, b.code}
    partner = _WITH_PARTNER.search(s.text)
    demonym = _DEMONYM_DEAL.search(s.text)
    if not wanted and demonym is not None and demonym["adj"] in DEMONYMS:
        # "The Cambodian memorandum": the deal with Cambodia.
        wanted = {DEMONYMS[demonym["adj"]]}
    if not wanted and partner is not None:
        found_partner = next(
            (e for e in found if e.start == partner.start("name") and e.country),
            None,
        )
        if found_partner is not None and found_partner.country is not None:
            wanted = {found_partner.country.code}
    if wanted:
        matches = [
            d
            for d in mous
            if wanted <= {p.code for p in d.parties if isinstance(p, Country)}
        ]
        if len(matches) != 1:
            return  # no MoU, or more than one it could be
    elif _BOTH.search(s.text) and len(mous) == 2:
        matches = mous
    elif len(state.agreements) == 1 and _names_only_deal(state, s.text):
        # "Under the MoU, …", "The agreement aims to …": the article's
        # only agreement.
        matches = list(state.agreements.values())
    else:
        return
    for draft in matches:
        for topic, start, end in _topics(s.text):
            if add(draft.topics, topic):
                draft.evidence.append(state.ev(s, start, end, "topics"))
    if s.text.rstrip().endswith(":") and len(matches) == 1:
        # "The Cambodian memorandum adds a longer list of shared work:"
        state.list_topics = matches[0]
        nouns, kinds = agreement_nouns()
        noun = nouns.search(s.text)
        if noun is not None and kinds[noun.group().lower()] != EARLIER:
            state.list_noun = (s, *noun.span(), kinds[noun.group().lower()])


def _names_only_deal(state: ReaderState, text: str) -> bool:
    """Whether the sentence points at the article's only agreement by its
    noun: "the MoU" for an MoU, or a noun of any agreement ("the deal")."""
    (draft,) = state.agreements.values()
    nouns, kinds = agreement_nouns()
    for m in nouns.finditer(text):
        if not _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue
        kind = kinds[m.group().lower()]
        if kind in (draft.kind.value, AgreementKind.OTHER.value, EARLIER):
            return True
    return False


def _names_an_agreement(item: str) -> bool:
    """Whether a list item names an agreement of its own: an agreement noun,
    or the parties it is "between"."""
    nouns, _ = agreement_nouns()
    return item.lower().startswith("between ") or nouns.search(item) is not None


def list_topic(state: ReaderState, s: Sentence) -> None:
    """A list item under an MoU's "…:" sentence is one of its topics; the
    sentences after an item's first ("A signed for Thailand.") are not."""
    draft = state.list_topics
    if draft is None or s.offset > 0:
        return
    # "▪ Facilitating dialogues between researchers; and": the join to the
    # next item is not part of this one.
    item = trim_join(s.text.strip().rstrip(".;,").strip())
    if _names_an_agreement(item):
        return  # "▪ An MoU between A and B …": an agreement, not a topic
    if item and add(draft.topics, item):
        at = s.text.find(item)
        draft.evidence.append(state.ev(s, at, at + len(item), "topics"))


#: A list that opens with an agreement noun names agreements, not topics.
_LISTS_AGREEMENTS = re.compile(
    r"\s*(?:(?:"
    + "|".join(
        re.escape(w)
        for w in (
            *clause_words("article"),
            *(w for w, n in NUMBER_WORDS.items() if n >= 2),
            *(row["phrase"] for row in rows("en", "vague_counts")),
        )
    )
    + r")\s+)?(?:"
    + agreement_nouns()[0].pattern
    + ")",
    re.IGNORECASE,
)


#: How many words may stand between a topic cue and a second cue that
#: opens the list itself ("to work on several fields, including A, B").
_BEFORE_SECOND_CUE = 2


def _list_opens(lowered: str, start: int, hi: int) -> int:
    """Where the items after a topic cue start: after a second cue a few
    words on ("aims to work on several fields, including ports, …"), whose
    words before it only say there are items, not one of them."""
    best = start
    for cue in TOPIC_CUES:
        at = lowered.find(cue, start, min(hi, start + 40))
        if at < 0:
            continue
        gap = lowered[start:at]
        if "," not in gap and len(gap.split()) <= _BEFORE_SECOND_CUE:
            best = max(best, at + len(cue))
    return best


def _topics(
    text: str, lo: int = 0, hi: int | None = None
) -> list[tuple[str, int, int]]:
    """The items of the first topic list in ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    lowered = text[:hi].lower()
    ranging = _RANGING.search(text, lo, hi)
    if ranging is not None:
        # "ranging from A to B": the two ends are what the text names.
        return [
            (ranging[g].strip(), ranging.start(g), ranging.end(g)) for g in ("a", "b")
        ]
    # The cues in the table's order, the surer first: a list opens at the
    # first that gives one ("cooperation on Thursday" gives none).
    for cue in TOPIC_CUES:
        at = lowered.find(cue, lo)
        if at < 0:
            continue
        start = _list_opens(lowered, at + len(cue), hi)
        if _LISTS_AGREEMENTS.match(text, start) is not None:
            continue  # "including memoranda of understanding on A and B"
        end = hi
        # "covers four major areas: A; B; and C": after a colon the items
        # are parted by semicolons.
        semicolons = cue.endswith(":")
        for stop in (
            ".",
            "" if semicolons else ";",
            ", with ",
            " with the aim",
            " in order to",
            " as well as",
        ):
            if not stop:
                continue
            found = text.find(stop, start)
            if found >= 0:
                end = min(end, found)
        clause_end = _LIST_END.search(text, start, end)
        if clause_end is not None:
            # ", was approved as well", ", and promotes investment": the
            # sentence goes on after the list.
            end = clause_end.start()
        end = _before_a_date(text, start, end)
        out = []
        pos = start
        # "…, and the" before the next document's name is not an item.
        segment = trim_join(text[start:end])
        if semicolons and ";" in segment:
            parts = _SEMICOLON_SPLIT.split(segment)
        elif "," in segment:
            parts = _LIST_SPLIT.split(segment)
            if not re.search(r",\s*(?:and|or)\s", segment):
                # No serial comma: "online safety and the prevention of
                # scams" ends the list with two items, not one.
                parts[-1:] = _split_pair(parts[-1])
        else:
            parts = _split_pair(segment)
        tails = _list_tails()
        for part in parts:
            item = part.strip().strip(",").strip()
            if item.lower().rstrip(".") in tails or _is_date(item):
                continue  # "…, etc.": the list goes on, unnamed; "on Tuesday"
            if _qualifies(item):
                continue  # "…, particularly in the EEC" narrows the item before
            item_start = text.find(item, pos) if item else -1
            if item and item_start >= 0:
                out.append((item, item_start, item_start + len(item)))
                pos = item_start + len(item)
        if out:
            return out
    return []
