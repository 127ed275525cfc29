"""Walk an article sentence by sentence and build the records it reports.

The state of one article lives in one object, a
:class:`~thaidigital.extract._drafts.ReaderState`, that every rule is passed.
Each sentence is read once into a :class:`SentenceView` (its words and the
names in it); then the rules of :data:`RULES` run on it, in order. A rule is
a plain function ``rule(state, view) -> None``: adding a way of reading is
adding a function to the registry, not a method to a mixin.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable

import attrs

from thaidigital.extract._agreements import (
    agreement_deals,
    list_topic,
    list_verb,
    meeting_outcomes,
)
from thaidigital.extract._drafts import (
    VISIT_KEY,
    MeetingDraft,
    Party,
    ProgramDraft,
    ReaderState,
    add,
    first_evidence,
    meeting_key,
    record_id,
)
from thaidigital.extract._facts import dated_by_meeting, point_back
from thaidigital.extract._meetings import (
    HELD,
    MEET,
    TWO_SIDED,
    meeting_by_acronym,
    meeting_chair,
    meeting_dates,
    meeting_host,
    meeting_mentions,
    meeting_participants,
    meeting_places,
    meeting_tense,
    same_venue,
    two_sided,
)
from thaidigital.extract._names import (
    DocumentMention,
    MeetingMention,
    PersonMention,
    documents,
    meetings,
    people,
)
from thaidigital.extract._pack import cue_pattern
from thaidigital.extract._packages import drop_told_apart
from thaidigital.extract._parties import PartyMention, parties
from thaidigital.extract._programs import national_program, read_programs
from thaidigital.extract._text import (
    Entity,
    Sentence,
    Token,
    entities,
    sentences,
    tokens,
)
from thaidigital.extract._vocabulary import (
    ATTENDANCE_CUES,
    DEMONYMS,
    PARTICIPANT_CUES,
)
from thaidigital.models import (
    Agreement,
    Article,
    Country,
    Evidence,
    Extraction,
    ListItem,
    Meeting,
    MeetingKind,
    SmartCityProgram,
)

__all__ = ["RULES", "SentenceView", "run"]


@attrs.define
class SentenceView:
    """One sentence as the rules see it, read once.

    The first fields are what the sentence names; ``subject`` and the fields
    after it say which meeting it speaks of, set by the first rules for the
    ones after them.
    """

    s: Sentence
    words: list[Token]
    found: list[Entity]
    docs: list[DocumentMention]
    mentions: list[MeetingMention]
    persons: list[PersonMention]
    #: The parties it names: countries (by name, possessive or adjective)
    #: and organisations.
    parties: list[PartyMention]
    #: Spans of named documents and meetings: no party or place is inside one.
    inside: list[tuple[int, int]]
    #: The national programme, when the article speaks of it anywhere.
    national: ProgramDraft | None
    subject: MeetingDraft | None = None
    #: Whether the sentence names ``subject`` (not only points back at it).
    explicit: bool = False
    upcoming: MeetingDraft | None = None
    #: The meeting in focus before this sentence.
    before_focus: MeetingDraft | None = None
    #: Every meeting the sentence names, in order (``subject`` is the last).
    subjects: list[MeetingDraft] = attrs.Factory(list)

    def free(self, start: int, end: int) -> bool:
        """Whether a span lies outside every named document and meeting."""
        return not any(a <= start and end <= b for a, b in self.inside)


Rule = Callable[[ReaderState, SentenceView], None]


def _people(state: ReaderState, v: SentenceView) -> None:
    """People first: they give chairs and bilateral participants."""
    for p in v.persons:
        state._person(p.name, p.role, p.record)


def _subject(state: ReaderState, v: SentenceView) -> None:
    """Which meeting the sentence speaks of. One that names no meeting speaks
    of the article's own ("The Bangkok Digital Declaration was approved"),
    not of one named in passing ("formerly the 19th TELMIN")."""
    v.before_focus = state.focus
    subjects, v.upcoming = meeting_mentions(state, v.mentions, v.s)
    if not subjects and (named := meeting_by_acronym(state, v.words)) is not None:
        subjects = [named]
    v.explicit = bool(subjects)
    v.subjects = subjects
    v.subject = subjects[-1] if subjects else (state.main or state.focus)


def _when_and_where(state: ReaderState, v: SentenceView) -> None:
    text = v.s.text
    if v.subject is not None and (v.explicit or HELD.search(text) or MEET.search(text)):
        meeting_dates(state, v.subject, v.s, v.inside)
        meeting_places(state, v.subject, v.s, v.found, v.free)


def _hosts(state: ReaderState, v: SentenceView) -> None:
    for m in v.mentions:
        meeting_host(state, m, v.s, v.found, v.free)
    same_venue(state, v.mentions, v.s, v.before_focus)


def _chair(state: ReaderState, v: SentenceView) -> None:
    if v.subject is not None and v.subject.chair is None:
        meeting_chair(state, v.subject, v.s, v.persons, v.found)


_SIDELINES = cue_pattern("en", "meeting_cues", "sidelines")


def _bilateral(state: ReaderState, v: SentenceView) -> None:
    """The parties of a bilateral meeting are the countries of the leaders
    named in the sentence that reports it."""
    subject = v.subject
    if subject is None or not v.explicit:
        return
    bilateral = [d for d in v.subjects if d.kind is MeetingKind.BILATERAL]
    if subject.kind is not MeetingKind.BILATERAL and len(bilateral) == 1:
        # "held a bilateral meeting with … during the 47th ASEAN Summit":
        # the officials met at the bilateral one.
        subject = bilateral[0]
    if (
        subject.kind in TWO_SIDED
        and subject.series is None
        and subject.name.islower()
        # "both leaders spoke beside the regional summit, on its sidelines":
        # the summit is the talks' occasion, not the talks.
        and _SIDELINES.search(v.s.text) is None
        and len({code for code, _, _ in _officials(v)}) == 2
    ):
        # "signed between Foreign Minister Don and Japan's Foreign Minister
        # Hayashi during a meeting in Bangkok": a meeting of two countries'
        # officials is bilateral.
        subject.kind = MeetingKind.BILATERAL
    if subject.kind is not MeetingKind.BILATERAL:
        return
    for code, start, end in _officials(v):
        if add(subject.participants, Country(code=code)):
            subject.evidence.append(state.ev(v.s, start, end, "participants"))
    if subject.key == VISIT_KEY and any(m.visit for m in v.mentions):
        _visit_sides(state, subject, v)


#: Capitalised role words between a possessive country and an official's
#: name: "Chile's Foreign Minister Ana Rojas".
_ROLE_WORDS = re.compile(r"\s*(?:[A-Z][\w-]*\s+){0,5}")


def _officials(v: SentenceView) -> list[tuple[str, int, int]]:
    """The countries of the officials a sentence names, with their spans: a
    known officeholder's, a role's demonym ("Thai Prime Minister …") or a
    possessive country before the role ("Japan's Foreign Minister …")."""
    out = [(e.person.country, e.start, e.end) for e in v.found if e.person is not None]
    countries = [m for m in v.parties if isinstance(m.party, Country)]
    for p in v.persons:
        code = next(
            (c for d, c in DEMONYMS.items() if p.role and p.role.startswith(d)),
            None,
        )
        if code is None:
            code = next(
                (
                    m.party.code
                    for m in countries
                    if isinstance(m.party, Country)
                    and m.end <= p.start
                    and _ROLE_WORDS.fullmatch(v.s.text, m.end, p.start)
                ),
                None,
            )
        if code is not None:
            out.append((code, p.start, p.end))
    return out


def _visit_sides(state: ReaderState, visit: MeetingDraft, v: SentenceView) -> None:
    """The sentence that reports a visit names its two sides: "Chile
    signed two MoUs with Peru during its president's state visit",
    "the visit of Peru's President Ana Diaz to Lima".
    Only when it names no more than two countries."""
    named = [
        m for m in v.parties if isinstance(m.party, Country) and v.free(m.start, m.end)
    ]
    codes = {m.party for m in named} | set(visit.participants)
    if len(codes) > 2:
        return
    for m in named:
        if add(visit.participants, m.party):
            visit.evidence.append(state.ev(v.s, m.start, m.end, "participants"))


def _participants(state: ReaderState, v: SentenceView) -> None:
    lowered = v.s.text.lower()
    if (
        v.subject is not None
        and v.upcoming is None
        and any(c in lowered for c in PARTICIPANT_CUES)
        # The sentence speaks of a meeting: it names one, points at one ("the
        # meeting"), says one met, or says who attended. "ministers of 10
        # ASEAN and dialogue partner countries" describing a series, or
        # "participating commercial banks", names no participants.
        and not any(_defines(v.s.text, m) for m in v.mentions)
        and (
            v.mentions
            or HELD.search(v.s.text)
            or MEET.search(v.s.text)
            or any(c in lowered for c in ATTENDANCE_CUES)
        )
    ):
        meeting_participants(state, v.subject, v.s, v.found, v.free)


_DEFINITION = re.compile(r"\b(?:is|are|was|were)\s+an?\s+$")


def _defines(text: str, m: MeetingMention) -> bool:
    """Whether a meeting is named only to say what something is: "The ADGMIN
    is an annual meeting of …" describes a series, not one meeting."""
    return _DEFINITION.search(text, max(0, m.start - 12), m.start) is not None


def _outcomes(state: ReaderState, v: SentenceView) -> None:
    meeting_outcomes(state, v.subject, v.s, v.docs, list_verb(state, v.s, v.docs))
    if v.s.block >= 0 and isinstance(state.article.blocks[v.s.block], ListItem):
        list_topic(state, v.s)
    else:
        state.list_topics = None
        state.list_noun = None


def _deals(state: ReaderState, v: SentenceView) -> None:
    documents = [(d.start, d.end) for d in v.docs]
    agreement_deals(state, v.s, v.found, v.parties, v.inside, documents=documents)


def _programs(state: ReaderState, v: SentenceView) -> None:
    read_programs(state, v.s, v.found, v.free, v.national)


#: The rules, in the order they run on each sentence.
#: What joins two countries into a pair: "Peru and Chile", "Peru and the
#: Lao PDR".
_AND = re.compile(r",? and (?:the )?")


def _pairs(state: ReaderState, v: SentenceView) -> None:
    """Remember the two countries a sentence joins by "and"."""
    countries = [m for m in v.parties if isinstance(m.party, Country)]
    for a, b in itertools.pairwise(countries):
        if (
            isinstance(a.party, Country)
            and isinstance(b.party, Country)
            and a.party != b.party
            and _AND.fullmatch(v.s.text, a.tail, b.start)
        ):
            state.country_pairs.setdefault(
                frozenset((a.party, b.party)),
                [
                    (a.party, state.ev(v.s, a.start, a.end, "participants")),
                    (b.party, state.ev(v.s, b.start, b.end, "participants")),
                ],
            )


def _sides_of_the_pair(state: ReaderState) -> None:
    """A bilateral meeting the text gives fewer than two sides has the two
    countries the article joins by "and", when it joins only those two
    ("The Philippines and Japan agreed … during the bilateral talks")."""
    if len(state.country_pairs) != 1:
        return
    ((pair, named),) = state.country_pairs.items()
    for draft in state.meetings.values():
        countries = {p for p in draft.participants if isinstance(p, Country)}
        if (
            draft.kind is not MeetingKind.BILATERAL
            or len(countries) >= 2
            or not countries <= pair
            or len(draft.participants) != len(countries)
            # a visit with no side of its own may be to a company ("this
            # visit to Alibaba"): not one of the two countries' meetings
            or (draft.key == VISIT_KEY and not countries)
        ):
            continue
        for country, evidence in named:
            if add(draft.participants, country):
                draft.evidence.append(evidence)


RULES: tuple[Rule, ...] = (
    _pairs,
    _people,
    _subject,
    _when_and_where,
    _hosts,
    _chair,
    _bilateral,
    _participants,
    _outcomes,
    _deals,
    _programs,
)


#: One sentence read once: its words, reference names and meeting mentions.
_Read = tuple[Sentence, list[Token], list[Entity], list[MeetingMention]]


def _most_named(read: list[_Read]) -> str | None:
    """The article's own meeting: the numbered one it names most often
    (the first named on a tie), not one it recalls in passing."""
    counts: dict[str, int] = {}
    for _, _, _, mentions in read:
        for m in mentions:
            if m.series and not m.generic and not m.upcoming:
                counts[meeting_key(m)] = counts.get(meeting_key(m), 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _view(
    state: ReaderState, sentence: _Read, national: ProgramDraft | None
) -> SentenceView:
    s, words, found, mentions = sentence
    docs = documents(s.text, words)
    inside = [(d.start, d.end) for d in docs] + [
        (m.start, m.end) for m in mentions if not m.generic
    ]
    return SentenceView(
        s=s,
        words=words,
        found=found,
        docs=docs,
        mentions=mentions,
        persons=people(s.text, words, found),
        parties=parties(s.text, words, found, state.defined),
        inside=inside,
        national=national,
    )


def _read(state: ReaderState) -> None:
    all_sentences = sentences(state.article)
    national = national_program(state, all_sentences)
    # Each sentence's words, names and meetings are read once, for both passes.
    read: list[_Read] = []
    for s in all_sentences:
        words = tokens(s.text)
        found = entities(s.text, words)
        read.append((s, words, found, meetings(s.text, words, found)))
    state.main_key = _most_named(read)
    state.headline = [
        (s, m)
        for s, _, _, mentions in read
        if s.block < 0
        for m in mentions
        if not m.generic and not m.upcoming
    ]
    for _, _, found, _ in read:
        # Officials named in full anywhere: "Gen Prayut" may come first.
        for e in found:
            if e.person is not None and e.person.country:
                state.defined.official(e.person.name, e.person.country)
    for sentence in read:
        state.venues = []
        view = _view(state, sentence, national)
        for rule in RULES:
            rule(state, view)


def _other_side(state: ReaderState, visit: MeetingDraft) -> None:
    """A visit whose report names one side only ("during President X's
    state visit in China") has the other side of the agreements the article
    reports between that side and one other country ("The Philippines and
    China signed …"), when they all name the same two."""
    (side,) = visit.participants
    sides: dict[frozenset[Party], list[tuple[Party, Evidence]]] = {}
    for d in state.agreements.values():
        named = [e for e in d.evidence if e.field == "parties"]
        two: list[tuple[Party, Evidence]] = list(d.sides)
        if (
            not two
            and len(named) == len(d.parties)
            and all(isinstance(p, Country) for p in d.parties)
        ):
            two = list(zip(d.parties, named, strict=True))
        pair = frozenset(p for p, _ in two)
        if len(two) == len(pair) == 2 and side in pair:
            sides.setdefault(pair, two)
    if len(sides) != 1:
        return
    ((other, evidence),) = [(p, e) for p, e in next(iter(sides.values())) if p != side]
    visit.participants.append(other)
    visit.evidence.append(attrs.evolve(evidence, field="participants"))


def _records(state: ReaderState) -> Extraction:
    point_back(state)
    meeting_tense(state)
    two_sided(state)
    drop_told_apart(state)
    _sides_of_the_pair(state)
    dated_by_meeting(state)
    visit = state.meetings.get(VISIT_KEY)
    if visit is not None and len(visit.participants) == 1:
        _other_side(state, visit)
    if visit is not None and len(visit.participants) < 2:
        # A visit is a meeting of two sides; one whose sides the text does
        # not give ("this visit to Alibaba") is not reported as one.
        del state.meetings[VISIT_KEY]
    aid = state.article.id
    ids = {key: record_id("meeting", aid, key) for key in state.meetings}
    built_meetings = tuple(
        Meeting(
            id=ids[d.key],
            name=d.name,
            kind=d.kind,
            status=d.status,
            series=d.series,
            ordinal=d.ordinal,
            when=d.when,
            place=d.place,
            chair=d.chair,
            participants=tuple(d.participants),
            outcomes=tuple(d.outcomes),
            evidence=tuple(d.evidence),
        )
        for d in state.meetings.values()
    )
    built_agreements = tuple(
        Agreement(
            id=record_id("agreement", aid, d.key),
            kind=d.kind,
            status=d.status,
            title=d.title,
            parties=tuple(d.parties),
            date=d.date,
            topics=tuple(d.topics),
            meeting=ids.get(d.meeting) if d.meeting else None,
            evidence=tuple(d.evidence),
        )
        for d in state.agreements.values()
    )
    built_programs = tuple(
        SmartCityProgram(
            id=record_id("program", aid, d.key),
            name=d.name,
            scope=d.scope,
            members=tuple(d.members),
            member_count_before=d.before,
            member_count_after=d.after,
            figures=tuple(d.figures),
            pillars=tuple(d.pillars),
            evidence=tuple(d.evidence),
        )
        # In reading order: by where the article first speaks of each.
        for d in sorted(state.programs.values(), key=first_evidence)
    )
    return Extraction(
        article_id=aid,
        meetings=built_meetings,
        agreements=built_agreements,
        programs=built_programs,
        people=tuple(state.people.values()),
    )


def run(article: Article, reference_date: dt.date | None) -> Extraction:
    """Extract every record ``article`` reports."""
    state = ReaderState(article, reference_date)
    _read(state)
    return _records(state)
