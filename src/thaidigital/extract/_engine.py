"""Walk an article sentence by sentence and build the records it reports."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Callable
from typing import TypeVar

import attrs

from thaidigital import reference
from thaidigital._errors import InvalidValueError
from thaidigital.dates import DateMention, MentionKind, find_dates
from thaidigital.extract._names import (
    DocumentMention,
    MeetingMention,
    PersonMention,
    agreement_kind,
    documents,
    meetings,
    people,
)
from thaidigital.extract._quantities import find_numbers
from thaidigital.extract._text import (
    Entity,
    Sentence,
    Token,
    entities,
    sentences,
    tokens,
)
from thaidigital.extract._vocabulary import (
    AGREEMENT_KINDS,
    DEMONYMS,
    FIGURE_CONTEXT_LABELS,
    FIGURE_LABELS,
    FIGURE_UNITS,
    HEDGES,
    NATIONAL_PROGRAM,
    OUTCOME_PHRASES,
    OUTCOME_VERBS,
    PARTICIPANT_CUES,
    PARTICIPANT_GROUPS,
    PLANNED_VERBS,
    PROGRAMS,
    STATUS_OF_ACTION,
    TOPIC_CUES,
)
from thaidigital.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    DateRange,
    Evidence,
    Extraction,
    Figure,
    ListItem,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    MembershipStatus,
    Organization,
    Outcome,
    OutcomeAction,
    PartialDate,
    Person,
    Place,
    ProgramScope,
    SmartCityProgram,
)

__all__ = ["run"]

Party = Country | Organization
T = TypeVar("T")
Free = Callable[[int, int], bool]

_PLACE = re.compile(
    r"\b(?:in|at|on|to|hosted by)\s+(?:the\s+(?:[A-Za-z-]+\s+){0,3}of\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})"
    r"(?:,\s+(?P<country>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}))?"
)
# Figures that count places, and so can be proposed ("six additional regions").
_PROPOSABLE = frozenset({"areas", "provinces", "cities"})
_OWNER = re.compile(r"\b(?:network['’]s|its|the network['’]s)\s+$", re.IGNORECASE)
_MET_IN = re.compile(
    r"\b(?:met|meet|meets|meeting|held|gathered|took place|convened)\s+(?:in|on|at)\s+(?:the\s+)?$"
)
_HOST_AFTER = re.compile(
    r"\s+(?:played host|served as (?:the )?host(?: city)?|was (?:the )?host(?: city)?|hosted the)\b"
)
_CAPITAL = re.compile(r"\bthe (?P<demonym>[A-Z][a-z]+) capital\b")
_MEET = re.compile(
    r"\b(?:will meet|met|meets|convene[sd]?|ran|runs|opened|opens|closed|closes)\b"
)
_HOST = re.compile(r"\bhost(?:s|ing|ed)?\s+(?:the\s+)?(?:next\s+)?$")
_HELD = re.compile(
    r"\b(?:held|took place|hosted|convened|met|taking place|was staged)\b"
)
_FUTURE = re.compile(
    r"\b(?:will be held|will take place|will be hosted|will convene|will meet|"
    r"is scheduled|scheduled for|is set to|are set to|will open|upcoming|"
    r"ahead of|expected to|will host|to host|plans to|is due to|are due to)\b"
)
# "opened today", "which ends tomorrow": the meeting is on as the story is filed.
_ONGOING = re.compile(
    r"\b(?:(?:opened|opens|began|begins|kicked off|got under way)\s+(?:here\s+)?today|"
    r"is under ?way|ends tomorrow|closes tomorrow|continues today)\b"
)
_NAME_YEAR = re.compile(r"[A-Z][\w-]*\s+$")
_ENDS = re.compile(
    r"\b(?:ends|closes|concludes|runs until|continues until|until)\b[^.]*$"
)
_CHAIR_BY = re.compile(
    r"\b(?:chaired by|presided over by|presided by|under the chairmanship of|chaired\s*:)\s*"
)
# "X chaired the meeting"; "vice-chair" and "will chair" are not chairs.
_CHAIRED = re.compile(
    r"(?<![-\w])(?<!will )(?<!to )(?:chaired\b(?! by)|presided\b(?! over by| by)"
    r"|in the chair\b|tak(?:ing|es) the chair\b|took the chair\b|['’]s chairmanship\b)"
)
# "bring the total to 29", "now 31 strong", "had grown to 34 cities".
_COUNT_AFTER = re.compile(
    r"\b(?:(?:total|count|membership|tally)\s+(?:to|of)|now|(?:grown|grew|expanded|risen|rose|"
    r"increased|climbed|reached|counted|counts|numbered|numbers)(?:\s+to)?)\s+"
    r"(?P<after>\d{1,3})(?:\s+(?:strong|cities|members|member cities))\b"
    r"|\btotal\s+to\s+(?P<total>\d{1,3})\b"
)
_COUNT_BEFORE = re.compile(r"\bup from (?P<before>\d{1,3})\b")
_COUNTS = re.compile(
    r"\bfrom\s+(?P<before>\d+)\s+(?:\w+\s+)?to\s+(?:a\s+total\s+of\s+)?(?P<after>\d+)\b"
)
_JOIN = re.compile(
    r"\b(?:join|joins|joined|joining|newly|now members|new members|admitted|admission|additional|added)\b",
    re.I,
)
_PROPOSE = re.compile(
    r"\b(?:plans? to turn|proposed|nominated|candidates?|to become|shortlisted|put forward)\b",
    re.I,
)
_SMART = re.compile(r"\bsmart[ -]?cit(?:y|ies)\b", re.I)
_NATIONAL = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:national|nationwide|Thailand['’]s|Thai)\s+smart[ -]city\s+"
    r"(?:development\s+)?(?:plan|blueprint|programme|program|initiative|project|masterplan|master plan|strategy))\b",
    re.I,
)
_IN_PROVINCE = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+in\s+(?:the\s+)?"
    r"(?:(?:Eastern|Western|Northern|Southern|Central|Northeastern|North|South|East|West)\s+)?"
    r"(?P<province>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
)
_BETWEEN = re.compile(r"\bbetween\s+(?P<parties>[^.;:]{3,200})")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?")
_PAIR_SPLIT = re.compile(r"\s+and\s+")
_CLAUSE_SPLIT = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+")
_PAIR = re.compile(r"(?P<a>[A-Z][\w]+)[-–](?P<b>[A-Z][\w]+)")


_BARE_NAME = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.E\.)\.?\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+){1,3})"
)


def _bare_name(text: str, at: int) -> PersonMention | None:
    """A plain name right after "chaired by", with no role beside it."""
    match = _BARE_NAME.match(text, at)
    if match is None:
        return None
    name = match["name"]
    record = reference.get_officeholder(name)
    return PersonMention(match.start("name"), match.end("name"), name, None, record)


_LAST = 1 << 30


_WEEKDAY_JOIN = re.compile(r"\s*(?:to|and|through|until|till|-|–|—)\s*")


def _weekday_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "from Tuesday to Friday", "on Thursday and Friday": two weekdays read
    relative to the reference make one range ending on the second."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        first = found[i]
        second = found[i + 1] if i + 1 < len(found) else None
        if (
            second is not None
            and first.relative
            and second.relative
            and isinstance(first.value, PartialDate)
            and isinstance(second.value, PartialDate)
            and first.value.day is not None
            and second.value.day is not None
            and _WEEKDAY_JOIN.fullmatch(text[first.end : second.start])
        ):
            end = second.value.earliest()
            start = end - dt.timedelta(
                days=(end.weekday() - first.value.earliest().weekday()) % 7
            )
            if start < end:
                value = DateRange(start=PartialDate.from_date(start), end=second.value)
                out.append(
                    attrs.evolve(
                        first,
                        end=second.end,
                        text=text[first.start : second.end],
                        value=value,
                        kind=MentionKind.RANGE,
                    )
                )
                i += 2
                continue
        out.append(first)
        i += 1
    return out


def _meeting_key(mention: MeetingMention) -> str:
    """One key per meeting however it is named: series and number, or its
    capitalised words and kind."""
    if mention.series and mention.ordinal:
        return f"{mention.series}-{mention.ordinal}"
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", mention.text) if w[0].isupper()]
    return (
        reference.fold_name(" ".join(words) or mention.text) + f"|{mention.kind.value}"
    )


def _first_evidence(draft: _ProgramDraft) -> tuple[int, int]:
    # The title (block -1) is read last, so it sorts last.
    return min(
        ((e.block if e.block >= 0 else _LAST, e.start) for e in draft.evidence),
        default=(0, 0),
    )


_DONE_TO = frozenset({"occasion to", "on to", "voted to", "moved to", "met to"})
_DRAFT = re.compile(r"\bdraft\s+(?:the\s+)?$", re.IGNORECASE)
_WORD_RE = re.compile(r"\b[a-z]+\b")


_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p, _ in OUTCOME_PHRASES) + r")\b",
    re.IGNORECASE,
)
_PHRASE_ACTION = dict(OUTCOME_PHRASES)


Verb = tuple[OutcomeAction, int, int, bool]  # action, start, end, only planned


def _verbs(text: str, clause: tuple[int, int]) -> list[Verb]:
    """Every outcome verb of a clause in order, each marked if only planned."""
    found: list[Verb] = []
    taken: list[tuple[int, int]] = []
    for phrase in _PHRASE_RE.finditer(text, clause[0], clause[1]):
        before = text[clause[0] : phrase.start()].lower().split()[-3:]
        hedged = any(w in HEDGES for w in before)
        found.append(
            (
                _PHRASE_ACTION[phrase.group().lower()],
                phrase.start(),
                phrase.end(),
                hedged,
            )
        )
        taken.append(phrase.span())
    for match in _WORD_RE.finditer(text, clause[0], clause[1]):
        if any(a <= match.start() < b for a, b in taken):
            continue  # "signed" inside "signed off on"
        word = match.group()
        action = OUTCOME_VERBS.get(word)
        planned_action = PLANNED_VERBS.get(word)
        before = text[clause[0] : match.start()].lower().split()[-3:]
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


def _verb_for(verbs: list[Verb], document: DocumentMention) -> Verb:
    """The verb that governs a document: the last one before it ("they
    welcomed X and endorsed Y"), else the first after it ("X was approved")."""
    before = [v for v in verbs if v[1] < document.start]
    return before[-1] if before else verbs[0]


# Words that put a document on the table without acting on it.
_ALWAYS_PLANNED = frozenset({"consider", "tabled", "table"})


_AGREEMENT_WORD = re.compile(
    r"\b(?:agreements?|pacts?|deals?|MoUs?|MOUs?|MoCs?|memorand(?:um|a|ums))\b",
    re.IGNORECASE,
)
_BOTH = re.compile(
    r"\b(?:both|the two) (?:agreements|pacts|deals|MoUs|MOUs|memorand(?:a|ums))\b", re.I
)
_RANGING = re.compile(r"\branging from (?P<a>[^,.;]+?) to (?P<b>[^,.;]+)")
_WITH_PARTNER = re.compile(
    r"\b(?:agreement|pact|deal|MoU|MOU|memorandum)\s+with\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
)


_MEMBER = re.compile(
    r"\b(?:members?|pilot cities|original|cities in the network|from the start|"
    r"belong(?:s|ed)? to)\b",
    re.I,
)
_EARLIER = re.compile(
    r"\b(?:last year|years? ago|in (?:19|20)\d\d|earlier|previously|already|"
    r"from the start|original|since (?:its|the) (?:launch|start)|since (?:19|20)\d\d|"
    r"belong(?:s|ed)? to)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[:;]|,\s+(?:and|while|but)\s|\.\s")


def _clause_standing(text: str, at: int) -> MembershipStatus | None:
    """ "X joined" (newly) or "X is a member", read from the clause around ``at``.

    A place named early in a list ("Sumedang, a regency in Indonesia, and
    Sihanoukville have joined") takes the verb that ends the list.
    """
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    stop = _CLAUSE_END.search(text, at)
    clause = text[start : stop.start() if stop else len(text)]
    for scope in (clause, text[start:]):
        if _JOIN.search(scope):
            earlier = _EARLIER.search(scope)
            return MembershipStatus.MEMBER if earlier else MembershipStatus.JOINED
        if _MEMBER.search(scope):
            return MembershipStatus.MEMBER
    return None


_LIST_END = re.compile(
    r",\s+(?:was|were|is|are|has|have|had|will|which|while|who|"
    r"and\s+(?:promotes|encourages|provides|aims|seeks|also|calls))\b"
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
    return parts


def _mou_parties(text: str, found: list[Entity]) -> list[list[Entity]]:
    """Who signed which MoU.

    "between Thailand and Cambodia, and Thailand and the Philippines" is two
    pairs; "Thailand signed MoUs with Cambodia and with the Philippines" is
    the subject with each partner.
    """
    countries = [e for e in found if e.country]
    between = _BETWEEN.search(text)
    if between is not None:
        inside = [
            e
            for e in countries
            if between.start("parties") <= e.start and e.end <= between.end()
        ]
        if len(inside) % 2 == 0:
            return [inside[i : i + 2] for i in range(0, len(inside), 2)]
        return [inside] if len(inside) > 1 else []
    with_at = text.find(" with ")
    if with_at < 0:
        return []
    subject = [e for e in countries if e.end <= with_at]
    partners = [e for e in countries if e.start > with_at]
    if not subject or not partners:
        return []
    return [[subject[-1], partner] for partner in partners]


def _kind_phrase(text: str, kind: AgreementKind) -> tuple[str, int] | None:
    """The words that named an untitled document, as written, and where."""
    lowered = text.lower()
    for phrase, phrase_kind in AGREEMENT_KINDS:
        if phrase_kind is kind:
            at = lowered.find(phrase)
            if at >= 0:
                return text[at : at + len(phrase)], at
    return None


def _last_bare_name(text: str, before: int) -> PersonMention | None:
    """The last plain name before ``before`` that is not a place or a body."""
    found = None
    for match in _BARE_NAME.finditer(text, 0, before):
        name = match["name"]
        if (
            reference.get_venue(name) is None
            and reference.get_country(name) is None
            and reference.get_organization(name) is None
            and name.split()[0] not in _NOT_FIRST_NAMES
        ):
            found = match
    if found is None:
        return None
    name = found["name"]
    return PersonMention(
        found.start("name"),
        found.end("name"),
        name,
        None,
        reference.get_officeholder(name),
    )


# Capitalised words that open sentences, not names.
_NOT_FIRST_NAMES = frozenset(
    {"The", "It", "This", "That", "Under", "With", "Delegates", "Representatives"}
)


def _id(kind: str, article_id: str, key: str) -> str:
    digest = hashlib.sha256(f"{article_id}|{kind}|{key}".encode()).hexdigest()
    return f"{kind}-{digest[:12]}"


def _place(entity: Entity, name: str | None = None) -> Place:
    city, province, country = entity.city, entity.province, entity.country
    code = (
        province.code
        if province
        else (city.province if city and city.province else None)
    )
    nation = (
        "TH" if code else (city.country if city else country.code if country else None)
    )
    return Place(name=name or entity.text, province=code, country=nation)


@attrs.define
class _MeetingDraft:
    key: str
    name: str
    kind: MeetingKind
    status: MeetingStatus = MeetingStatus.HELD
    series: str | None = None
    ordinal: int | None = None
    year: int | None = None
    when: DateRange | None = None
    when_rank: tuple[bool, bool] = (False, False)
    place: Place | None = None
    chair: Person | None = None
    participants: list[Party] = attrs.Factory(list)
    outcomes: list[Outcome] = attrs.Factory(list)
    evidence: list[Evidence] = attrs.Factory(list)


@attrs.define
class _AgreementDraft:
    key: str
    kind: AgreementKind
    status: AgreementStatus
    title: str | None = None
    parties: list[Party] = attrs.Factory(list)
    date: PartialDate | None = None
    topics: list[str] = attrs.Factory(list)
    meeting: str | None = None
    evidence: list[Evidence] = attrs.Factory(list)


@attrs.define
class _ProgramDraft:
    key: str
    name: str
    scope: ProgramScope
    members: list[Membership] = attrs.Factory(list)
    before: int | None = None
    after: int | None = None
    figures: list[Figure] = attrs.Factory(list)
    pillars: list[str] = attrs.Factory(list)
    evidence: list[Evidence] = attrs.Factory(list)


def _add(items: list[T], item: T) -> bool:
    if item in items:
        return False
    items.append(item)
    return True


class _Reader:
    """One pass over one article; holds the drafts as they grow."""

    def __init__(self, article: Article, reference_date: dt.date | None) -> None:
        self.article = article
        published = article.published
        self.reference_date = reference_date or (
            published.earliest()
            if published is not None
            and published.day is not None
            and published.has_year
            else None
        )
        self.meetings: dict[str, _MeetingDraft] = {}
        self.agreements: dict[str, _AgreementDraft] = {}
        self.programs: dict[str, _ProgramDraft] = {}
        self.people: dict[str, Person] = {}
        self.focus: _MeetingDraft | None = None
        self.main: _MeetingDraft | None = None  # the article's own meeting
        self.main_key: str | None = None
        self.program_focus: _ProgramDraft | None = None
        self.proposing = 0  # sentences left in which places are proposed members
        self.proposing_now = False  # this sentence proposes new members
        self.venues: list[tuple[int, int]] = []  # where this sentence's meetings are
        # An outcome verb a sentence ending in ":" lends to the list below it.
        self.list_verb: tuple[OutcomeAction, int, int, bool] | None = None

    # -- helpers ---------------------------------------------------------------

    def ev(self, s: Sentence, start: int, end: int, field: str | None) -> Evidence:
        return Evidence(
            block=s.block, start=s.offset + start, end=s.offset + end, field=field
        )

    def _meeting(self, mention: MeetingMention, s: Sentence) -> _MeetingDraft:
        mention = self._network_meeting(mention, s)
        key = _meeting_key(mention)
        draft = self.meetings.get(key)
        if draft is None:
            draft = _MeetingDraft(
                key=key,
                name=mention.text,
                kind=mention.kind,
                series=mention.series,
                ordinal=mention.ordinal,
                year=mention.year,
            )
            draft.evidence.append(self.ev(s, mention.start, mention.end, "name"))
            if mention.series:
                draft.evidence.append(self.ev(s, mention.start, mention.end, "series"))
            if mention.ordinal:
                draft.evidence.append(self.ev(s, mention.start, mention.end, "ordinal"))
            self.meetings[key] = draft
        return draft

    # -- the walk ---------------------------------------------------------------

    def read(self) -> None:
        all_sentences = sentences(self.article)
        national = self._national_program(all_sentences)
        # Each sentence's words and names are read once, for both passes.
        read = []
        for s in all_sentences:
            words = tokens(s.text)
            read.append((s, words, entities(s.text, words)))
        self.main_key = self._most_named(read)
        for s, words, found in read:
            self._sentence(s, national, words, found)

    @staticmethod
    def _most_named(
        read: list[tuple[Sentence, list[Token], list[Entity]]],
    ) -> str | None:
        """The article's own meeting: the numbered one it names most often
        (the first named on a tie), not one it recalls in passing."""
        counts: dict[str, int] = {}
        for s, words, found in read:
            for m in meetings(s.text, words, found):
                if m.series and not m.generic and not m.upcoming:
                    counts[_meeting_key(m)] = counts.get(_meeting_key(m), 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _network_meeting(self, m: MeetingMention, s: Sentence) -> MeetingMention:
        """ "the network's sixth annual meeting": a numbered meeting of the
        program the article is about takes that program's series."""
        if m.series or m.ordinal is None or self.program_focus is None:
            return m
        if not _OWNER.search(s.text[max(0, m.start - 24) : m.start]):
            return m
        series = reference.get_meeting_series(self.program_focus.name + " Meeting")
        if series is None:
            return m
        return attrs.evolve(m, series=series.key, kind=MeetingKind.NETWORK_MEETING)

    def _mentions(
        self, mentions: list[MeetingMention], s: Sentence
    ) -> tuple[list[_MeetingDraft], _MeetingDraft | None]:
        """The meetings a sentence speaks of, and the announced next one."""
        text = s.text
        subjects: list[_MeetingDraft] = []
        upcoming: _MeetingDraft | None = None
        for m in mentions:
            if m.upcoming:
                upcoming = self._next_meeting(m, s)
                subjects.append(upcoming)
                continue
            draft = self.focus if m.generic else self._meeting(m, s)
            if draft is None:
                continue
            subjects.append(draft)
            if m.generic:
                for place in m.places:
                    self._set_place(draft, _place(place), s, place.start, place.end)
            else:
                if self.focus is None or draft.kind is not MeetingKind.EXPO:
                    self.focus = draft
                if self.main is None and draft.key == self.main_key:
                    self.main = draft
            if draft.status is MeetingStatus.HELD and (m.generic or m is mentions[-1]):
                if _ONGOING.search(text):
                    draft.status = MeetingStatus.ONGOING
                    draft.evidence.append(self.ev(s, m.start, m.end, "status"))
                elif _FUTURE.search(text) and not m.generic:
                    draft.status = MeetingStatus.PLANNED
                    draft.evidence.append(self.ev(s, m.start, m.end, "status"))
        return subjects, upcoming

    def _sentence(
        self,
        s: Sentence,
        national: _ProgramDraft | None,
        words: list[Token],
        found: list[Entity],
    ) -> None:
        text = s.text
        self.venues = []
        docs = documents(text, words)
        mentions = meetings(text, words, found)
        persons = people(text, words, found)
        inside = [(d.start, d.end) for d in docs] + [
            (m.start, m.end) for m in mentions if not m.generic
        ]

        def free(start: int, end: int) -> bool:
            return not any(a <= start and end <= b for a, b in inside)

        # People first: they give chairs and bilateral participants.
        for p in persons:
            self._person(p.name, p.role, p.record)

        before_focus = self.focus
        subjects, upcoming = self._mentions(mentions, s)
        explicit = bool(subjects)
        # A sentence that names no meeting speaks of the article's own one
        # ("The Bangkok Digital Declaration was approved"), not of one named
        # in passing ("formerly the 19th TELMIN").
        subject = subjects[-1] if subjects else (self.main or self.focus)

        if subject is not None and (
            explicit or _HELD.search(text) or _MEET.search(text)
        ):
            self._dates(subject, s, inside)
            self._places(subject, s, found, free)
        for m in mentions:
            self._host(m, s, found, free)
        self._same_venue(mentions, s, before_focus)
        if subject is not None and subject.chair is None:
            self._chair(subject, s, persons, found)
        if subject is not None and subject.kind is MeetingKind.BILATERAL and explicit:
            # The parties of a bilateral meeting are the countries of the
            # leaders named in the sentence that reports it.
            for e in found:
                if e.person is not None and _add(
                    subject.participants, Country(code=e.person.country)
                ):
                    subject.evidence.append(self.ev(s, e.start, e.end, "participants"))
            for p in persons:
                code = next(
                    (c for d, c in DEMONYMS.items() if p.role and p.role.startswith(d)),
                    None,
                )
                if code and _add(subject.participants, Country(code=code)):
                    subject.evidence.append(self.ev(s, p.start, p.end, "participants"))
        if (
            subject is not None
            and upcoming is None
            and any(c in text.lower() for c in PARTICIPANT_CUES)
        ):
            self._participants(subject, s, found, free)
        outcome_target = (
            subject
            if subject is not None and subject.status is MeetingStatus.HELD
            else None
        )
        self._outcomes(outcome_target, s, docs, self._list_verb(s, docs))
        self._mous(s, found)
        self._programs(s, found, free, national)

    # -- meetings ------------------------------------------------------------------

    def _next_meeting(self, m: MeetingMention, s: Sentence) -> _MeetingDraft:
        # "the next meeting" follows the article's own numbered meeting, not
        # whichever meeting was named last ("the 19th TELMIN").
        base = self.main or self.focus
        key = f"next|{base.key if base else ''}"
        draft = self.meetings.get(key)
        if draft is None:
            draft = _MeetingDraft(
                key=key,
                name=m.text if m.text.lower() != "meeting" else "next meeting",
                kind=base.kind if base else m.kind,
                status=MeetingStatus.PLANNED,
                series=base.series if base else None,
                ordinal=base.ordinal + 1 if base and base.ordinal else None,
            )
            start = s.text.lower().rfind("next", 0, m.end)
            draft.name = s.text[start : m.end] if start >= 0 else m.text
            draft.evidence.append(self.ev(s, max(start, 0), m.end, "name"))
            draft.evidence.append(self.ev(s, max(start, 0), m.end, "status"))
            self.meetings[key] = draft
        return draft

    def _chair(
        self,
        draft: _MeetingDraft,
        s: Sentence,
        persons: list[PersonMention],
        found: list[Entity],
    ) -> None:
        text = s.text
        passive = _CHAIR_BY.search(text)
        active = _CHAIRED.search(text)
        chair: PersonMention | None = None
        if passive is not None:
            chair = next((p for p in persons if p.start >= passive.end()), None)
        elif active is not None:
            before = [p for p in persons if p.end <= active.start()]
            before += [
                PersonMention(e.start, e.end, e.text, None, e.person)
                for e in found
                if e.person is not None and e.end <= active.start()
            ]
            chair = max(before, key=lambda p: p.end) if before else None
        if chair is None and passive is not None:
            chair = _bare_name(text, passive.end())
        if chair is None and active is not None:
            chair = self._known_surname(text, active.start())
        if chair is None and active is not None:
            # "with Ivan John E. Uy of the Philippines' DICT in the chair"
            chair = _last_bare_name(text, active.start())
        if chair is None:
            return
        name = chair.record.name if chair.record else chair.name
        if name not in self.people:
            self._person(chair.name, None, chair.record)
        draft.chair = self.people[name]
        draft.evidence.append(self.ev(s, chair.start, chair.end, "chair"))

    def _known_surname(self, text: str, before: int) -> PersonMention | None:
        """ "Uy chaired the meeting": a person named in full earlier."""
        words = text[:before].split()
        if not words:
            return None
        last = words[-1].strip(",")
        for person in self.people.values():
            parts = (person.as_written or person.name).split()
            if len(parts) > 1 and last == parts[-1]:
                start = text.rfind(last, 0, before)
                return PersonMention(start, start + len(last), person.name, None, None)
        return None

    def _dates(
        self, draft: _MeetingDraft, s: Sentence, names: list[tuple[int, int]]
    ) -> None:
        """The meeting's dates: a stated range beats a single day, and a
        written date beats a relative one ("today", "on Friday")."""
        for found in _weekday_ranges(
            s.text, find_dates(s.text, reference=self.reference_date)
        ):
            # A year in a name ("Expo 2023", "Report (2023-2024)") is not
            # when the meeting met.
            if (
                found.kind is MentionKind.DOCUMENT_PERIOD
                or any(a <= found.start < b for a, b in names)
                or (
                    _NAME_YEAR.search(s.text[max(0, found.start - 30) : found.start])
                    and found.text.isdigit()
                )
            ):
                continue
            value = found.value
            single = value if isinstance(value, PartialDate) else None
            first_day = value if isinstance(value, PartialDate) else value.start
            if (
                found.relative
                and first_day.day is None
                and draft.status is MeetingStatus.HELD
            ):
                continue  # "next year" in a report of a past meeting
            if (
                single is not None
                and draft.when is not None
                and draft.when.end is None
                and _ENDS.search(s.text[: found.start])
            ):
                # "opened today … ends tomorrow, 17 January"
                try:
                    draft.when = DateRange(start=draft.when.start, end=single)
                except InvalidValueError:
                    continue
                draft.when_rank = (True, True)  # a span the text states end to end
                draft.evidence.append(self.ev(s, found.start, found.end, "when"))
                continue
            rank = (isinstance(value, DateRange), not found.relative)
            if draft.when is not None and rank <= draft.when_rank:
                continue
            when = value if isinstance(value, DateRange) else DateRange(start=value)
            draft.when = self._with_year(draft, when)
            draft.when_rank = rank
            draft.evidence.append(self.ev(s, found.start, found.end, "when"))

    def _with_year(self, draft: _MeetingDraft, when: DateRange) -> DateRange:
        if when.start.year is not None:
            return when
        year = draft.year
        if year is None and draft.series and draft.ordinal:
            known = reference.get_meeting(draft.series, draft.ordinal)
            if (
                known is not None
                and known.start
                and known.start[5:7] == f"{when.start.month:02d}"
            ):
                year = known.year
        if year is None:
            return when
        try:
            end = when.end.with_year(year) if when.end else None
            return DateRange(start=when.start.with_year(year), end=end)
        except InvalidValueError:
            return when

    def _same_venue(
        self, mentions: list[MeetingMention], s: Sentence, inner: _MeetingDraft | None
    ) -> None:
        """ "their meeting at the Japan-ASEAN special summit": one venue for both."""
        for first, second in itertools.pairwise(mentions):
            if (
                first.generic
                and not second.generic
                and re.fullmatch(
                    r"\s+at\s+(?:the\s+)?", s.text[first.end : second.start]
                )
            ):
                outer = self._meeting(second, s)
                if (
                    inner is not None
                    and inner is not outer
                    and inner.place is not None
                    and outer.place is None
                ):
                    self._set_place(outer, inner.place, s, second.start, second.end)

    def _host(
        self, m: MeetingMention, s: Sentence, found: list[Entity], free: Free
    ) -> None:
        """ "Viet Nam will host the next meeting": the host is where it meets."""
        if _HOST.search(s.text[: m.start]) is None:
            return
        base = self.main or self.focus
        draft = self.meetings.get(f"next|{base.key}") if m.upcoming and base else None
        if draft is None and not m.generic and not m.upcoming:
            draft = self._meeting(m, s)
        if draft is None:
            return
        hosts = [
            e for e in found if e.is_place and e.end <= m.start and free(e.start, e.end)
        ]
        if hosts:
            self._set_place(draft, _place(hosts[-1]), s, hosts[-1].start, hosts[-1].end)

    def _set_place(
        self, draft: _MeetingDraft, place: Place, s: Sentence, start: int, end: int
    ) -> None:
        current = draft.place
        if (
            current is not None
            and current.province is None
            and reference.get_country(current.name) is not None
            and (
                place.country == current.country
                and reference.get_country(place.name) is None
            )
        ):
            # A city in the country already known is more precise.
            draft.place = None
        self.venues.append((start, end))
        if draft.place is None:
            draft.place = place
            draft.evidence.append(self.ev(s, start, end, "place"))

    def _places(
        self, draft: _MeetingDraft, s: Sentence, found: list[Entity], free: Free
    ) -> None:
        if draft.place is not None:
            return
        for e in found:
            # "Kuala Lumpur played host", "… served as the host city"
            if e.is_place and free(e.start, e.end) and _HOST_AFTER.match(s.text, e.end):
                self._set_place(draft, _place(e), s, e.start, e.end)
                return
        capital = _CAPITAL.search(s.text)
        if capital is not None:
            # "in the Thai capital": the capital of the country named.
            code = DEMONYMS.get(capital["demonym"])
            city = reference.get_capital(code) if code else None
            if city is not None:
                place = Place(
                    name=city.name, province=city.province, country=city.country
                )
                self._set_place(draft, place, s, capital.start(), capital.end())
                return
        for match in _PLACE.finditer(s.text):
            name, start = match["name"], match.start("name")
            after = s.text[match.end("name") : match.end("name") + 30].lower()
            if re.match(
                r"\s+(?:digital|declaration|summit|meeting|expo|forum|smart|guide|action)",
                after,
            ):
                continue
            if not free(start, match.end("name")):
                continue
            entity = next((e for e in found if e.start == start and e.is_place), None)
            # "Bali, Indonesia": the country after the comma, if it is one.
            code = next(
                (
                    e.country.code
                    for e in found
                    if match["country"]
                    and e.start == match.start("country")
                    and e.country
                ),
                None,
            )
            if entity is not None:
                place = _place(entity)
                if code is not None and place.country is None:
                    place = attrs.evolve(place, country=code)
            elif code is not None and reference.get_organization(name) is None:
                place = Place(name=name, country=code)
            elif (
                draft.kind is MeetingKind.BILATERAL
                and " " not in name
                and reference.get_organization(name) is None
            ):
                place = Place(name=name)
            else:
                continue
            end = match.end("country") if code is not None else match.end("name")
            self._set_place(draft, place, s, start, end)
            return

    def _participants(
        self, draft: _MeetingDraft, s: Sentence, found: list[Entity], free: Free
    ) -> None:
        lowered = s.text.lower()
        cue = min(
            (lowered.find(c) for c in PARTICIPANT_CUES if c in lowered), default=0
        )
        for phrase, name in PARTICIPANT_GROUPS:
            at = lowered.find(phrase)
            also_asean = phrase == "member states" and "asean member states" in lowered
            if (
                at >= 0
                and not also_asean
                and _add(draft.participants, Organization(name=name))
            ):
                draft.evidence.append(self.ev(s, at, at + len(phrase), "participants"))
        for e in found:
            if e.start < cue - 60 or not free(e.start, e.end):
                continue
            party: Party | None = None
            if e.country is not None:
                party = Country(code=e.country.code)
            elif e.organization is not None and e.organization.key != "ASEAN":
                o = e.organization
                party = Organization(name=o.name, acronym=o.acronym, country=o.country)
            if party is not None and _add(draft.participants, party):
                draft.evidence.append(self.ev(s, e.start, e.end, "participants"))

    # -- outcomes and agreements --------------------------------------------------------

    def _list_verb(
        self, s: Sentence, docs: list[DocumentMention]
    ) -> tuple[OutcomeAction, int, int, bool] | None:
        """ "Ministers signed off on a declaration and two guides:" lends its
        verb to the list items that follow it."""
        block = self.article.blocks[s.block] if s.block >= 0 else None
        if isinstance(block, ListItem):
            return self.list_verb
        self.list_verb = None
        if s.text.rstrip().endswith(":") and not docs:
            verb = _verb(s.text, (0, len(s.text)))
            if verb is not None:
                self.list_verb = (verb[0], 0, 0, verb[3])
        return None

    def _outcomes(
        self,
        draft: _MeetingDraft | None,
        s: Sentence,
        docs: list[DocumentMention],
        lent: Verb | None = None,
    ) -> None:
        text = s.text
        clause_start = 0
        for clause_end in [m.start() for m in _CLAUSE_SPLIT.finditer(text)] + [
            len(text)
        ]:
            clause = (clause_start, clause_end)
            clause_start = clause_end
            in_clause = [d for d in docs if clause[0] <= d.start < clause[1]]
            drafts = [
                d
                for d in in_clause
                if _DRAFT.search(text[max(0, d.start - 8) : d.start])
            ]
            # "the draft ASEAN Smart City Action Plan" is on the table, acted on or not.
            self._planned(draft, s, drafts)
            in_clause = [d for d in in_clause if d not in drafts]
            verbs = _verbs(text, clause) or ([lent] if lent else [])
            if not verbs:
                continue
            action, vstart, vend, planned = verbs[0]
            for d in in_clause:
                if d.kind is AgreementKind.MOU or d.kind is AgreementKind.MOC:
                    continue
                action, vstart, vend, planned = _verb_for(verbs, d)
                if planned:
                    # "expected to approve the Bangkok Digital Declaration": a
                    # document on the table, not an outcome.
                    self._planned(draft, s, [d])
                    continue
                meeting_id = draft.key if draft is not None else None
                if draft is not None and _add(
                    draft.outcomes, Outcome(action=action, document=d.text)
                ):
                    draft.evidence.append(
                        self.ev(
                            s,
                            min(d.start, vstart),
                            max(d.end, vend),
                            f"outcomes[{len(draft.outcomes) - 1}]",
                        )
                    )
                agreement = self._agreement(
                    d.text,
                    d.kind,
                    STATUS_OF_ACTION[action],
                    meeting_id,
                    s=s,
                    start=d.start,
                    end=d.end,
                )
                self._agreement_date(agreement, s, clause, d)
                if len(in_clause) == 1:
                    for topic, start, end in self._topics(text):
                        if _add(agreement.topics, topic):
                            agreement.evidence.append(self.ev(s, start, end, "topics"))
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
                if kind is not None and kind not in (
                    AgreementKind.MOU,
                    AgreementKind.MOC,
                ):
                    meeting_id = draft.key if draft is not None else None
                    self._agreement(
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
                        and _add(
                            draft.outcomes, Outcome(action=action, document=written[0])
                        )
                    ):
                        at = clause[0] + written[1]
                        draft.evidence.append(
                            self.ev(
                                s,
                                at,
                                at + len(written[0]),
                                f"outcomes[{len(draft.outcomes) - 1}]",
                            )
                        )

    def _agreement_date(
        self,
        agreement: _AgreementDraft,
        s: Sentence,
        clause: tuple[int, int],
        document: DocumentMention,
    ) -> None:
        """ "X was adopted on 2 February 2024": the day it reached its status."""
        if agreement.date is not None:
            return
        for found in find_dates(s.text[: clause[1]], reference=self.reference_date):
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
                meeting = self.meetings.get(agreement.meeting or "")
                year = meeting.when.start.year if meeting and meeting.when else None
                if year is None:
                    continue
                value = value.with_year(year)
            agreement.date = value
            agreement.evidence.append(self.ev(s, found.start, found.end, "date"))
            return

    def _planned(
        self, meeting: _MeetingDraft | None, s: Sentence, docs: list[DocumentMention]
    ) -> None:
        for d in docs:
            if d.kind not in (AgreementKind.MOU, AgreementKind.MOC):
                self._agreement(
                    d.text,
                    d.kind,
                    AgreementStatus.PROPOSED,
                    meeting.key if meeting is not None else None,
                    s=s,
                    start=d.start,
                    end=d.end,
                )

    def _agreement(
        self,
        title: str | None,
        kind: AgreementKind,
        status: AgreementStatus,
        meeting: str | None,
        *,
        s: Sentence,
        start: int,
        end: int,
        key: str | None = None,
    ) -> _AgreementDraft:
        key = key or reference.fold_name(title or "")
        draft = self.agreements.get(key)
        if (
            draft is not None
            and draft.status is AgreementStatus.PROPOSED
            and status is not AgreementStatus.PROPOSED
        ):
            draft.status = status  # proposed earlier in the text, acted on later
            draft.evidence.append(self.ev(s, start, end, "status"))
        if draft is None:
            draft = _AgreementDraft(
                key=key, kind=kind, status=status, title=title, meeting=meeting
            )
            draft.evidence.append(self.ev(s, start, end, "title" if title else "kind"))
            self.agreements[key] = draft
        return draft

    def _mous(self, s: Sentence, found: list[Entity]) -> None:
        text = s.text
        lowered = text.lower()
        kind = agreement_kind(text)
        if kind not in (AgreementKind.MOU, AgreementKind.MOC):
            self._mou_details(s, found)
            return
        verb = next(
            (
                OUTCOME_VERBS[w]
                for w in re.findall(r"\b[a-z]+\b", lowered)
                if w in OUTCOME_VERBS
            ),
            None,
        )
        hedged = verb is None or any(
            f"{h} be signed" in lowered or f"{h} sign" in lowered
            for h in ("to", "will", "would")
        )
        status = (
            AgreementStatus.PROPOSED
            if hedged or verb is None
            else STATUS_OF_ACTION[verb]
        )
        groups = _mou_parties(text, found)
        if not groups:
            return
        topics = self._topics(text)
        meeting = (
            self.focus.key
            if self.focus is not None and self.focus.status is MeetingStatus.HELD
            else None
        )
        for group in groups:
            codes = [e.country.code for e in group if e.country is not None]
            key = f"{kind.value}|{'-'.join(codes)}"
            draft = self._agreement(
                None,
                kind,
                status,
                meeting,
                s=s,
                start=group[0].start,
                end=group[-1].end,
                key=key,
            )
            for e in group:
                if e.country is not None and _add(
                    draft.parties, Country(code=e.country.code)
                ):
                    draft.evidence.append(self.ev(s, e.start, e.end, "parties"))
            for topic, start, end in topics:
                if _add(draft.topics, topic):
                    draft.evidence.append(self.ev(s, start, end, "topics"))

    def _mou_details(self, s: Sentence, found: list[Entity]) -> None:
        """Topics of MoUs named by their parties later in the article: "The
        Thailand-Cambodia agreement …", "Under the agreement with Cambodia,
        …", "Both agreements …", each followed by a list of areas."""
        if not _AGREEMENT_WORD.search(s.text):
            return
        mous = [
            d
            for d in self.agreements.values()
            if d.kind in (AgreementKind.MOU, AgreementKind.MOC)
        ]
        wanted: set[str] = set()
        pair = _PAIR.search(s.text)
        if pair is not None:
            a, b = reference.get_country(pair["a"]), reference.get_country(pair["b"])
            if a is not None and b is not None:
                wanted = {a.code, b.code}
        partner = _WITH_PARTNER.search(s.text)
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
        else:
            return
        for draft in matches:
            for topic, start, end in self._topics(s.text):
                if _add(draft.topics, topic):
                    draft.evidence.append(self.ev(s, start, end, "topics"))

    @staticmethod
    def _topics(text: str) -> list[tuple[str, int, int]]:
        lowered = text.lower()
        ranging = _RANGING.search(text)
        if ranging is not None:
            # "ranging from A to B": the two ends are what the text names.
            return [
                (ranging[g].strip(), ranging.start(g), ranging.end(g))
                for g in ("a", "b")
            ]
        for cue in TOPIC_CUES:
            at = lowered.find(cue)
            if at < 0:
                continue
            start = at + len(cue)
            end = len(text)
            for stop in (
                ".",
                ";",
                ", with ",
                " with the aim",
                " in order to",
                " as well as",
            ):
                found = text.find(stop, start)
                if found >= 0:
                    end = min(end, found)
            clause_end = _LIST_END.search(text, start, end)
            if clause_end is not None:
                # ", was approved as well", ", and promotes investment": the
                # sentence goes on after the list.
                end = clause_end.start()
            out = []
            pos = start
            segment = text[start:end]
            if "," in segment:
                parts = _LIST_SPLIT.split(segment)
                if not re.search(r",\s*(?:and|or)\s", segment):
                    # No serial comma: "online safety and the prevention of
                    # scams" ends the list with two items, not one.
                    parts[-1:] = _split_pair(parts[-1])
            else:
                parts = _split_pair(segment)
            for part in parts:
                item = part.strip().strip(",").strip()
                item_start = text.find(item, pos) if item else -1
                if item and item_start >= 0:
                    out.append((item, item_start, item_start + len(item)))
                    pos = item_start + len(item)
            return out
        return []

    # -- people ------------------------------------------------------------------------

    def _person(
        self, name: str, role: str | None, record: reference.OfficeholderRecord | None
    ) -> None:
        canonical = record.name if record else name
        written = name if name != canonical else None
        known = self.people.get(canonical)
        if known is None or (known.role is None and role):
            self.people[canonical] = Person(
                name=canonical, role=role, as_written=written
            )

    # -- programs ----------------------------------------------------------------------

    def _national_program(self, all_sentences: list[Sentence]) -> _ProgramDraft | None:
        for s in all_sentences:
            match = _NATIONAL.search(s.text)
            if match:
                draft = _ProgramDraft(
                    key="national", name=NATIONAL_PROGRAM, scope=ProgramScope.NATIONAL
                )
                draft.evidence.append(
                    self.ev(s, match.start("name"), match.end("name"), "name")
                )
                self.programs["national"] = draft
                return draft
        return None

    def _programs(
        self,
        s: Sentence,
        found: list[Entity],
        free: Free,
        national: _ProgramDraft | None,
    ) -> None:
        text = s.text
        regional = None
        for canonical, variant, scope in PROGRAMS:
            at = text.find(variant)
            if at >= 0:
                regional = self.programs.get(canonical)
                if regional is None:
                    regional = _ProgramDraft(
                        key=canonical, name=canonical, scope=ProgramScope(scope)
                    )
                    regional.evidence.append(self.ev(s, at, at + len(variant), "name"))
                    self.programs[canonical] = regional
                break
        if regional is not None:
            self.program_focus = regional
        elif national is not None and (_SMART.search(text) or _NATIONAL.search(text)):
            self.program_focus = national
        target = self.program_focus
        if target is None:
            return
        self.proposing_now = (
            bool(_PROPOSE.search(text)) and target.scope is ProgramScope.NATIONAL
        )
        if self.proposing_now:
            self.proposing = 2
        counts = _COUNTS.search(text)
        if counts and target.before is None:
            target.before, target.after = int(counts["before"]), int(counts["after"])
            target.evidence.append(
                self.ev(s, counts.start(), counts.end(), "member_count_before")
            )
            target.evidence.append(
                self.ev(s, counts.start(), counts.end(), "member_count_after")
            )
        elif target.scope is ProgramScope.REGIONAL and target.after is None:
            self._count_after(target, s)
        if self.proposing:
            self.proposing -= 1
            self._members(target, MembershipStatus.PROPOSED, s, found, free)
        elif target.scope is ProgramScope.REGIONAL and (
            _JOIN.search(text) or _MEMBER.search(text)
        ):
            self._members(target, None, s, found, free)
        for e in found:
            if e.dimension is not None and _add(target.pillars, e.text):
                target.evidence.append(self.ev(s, e.start, e.end, "pillars"))
        self._figures(target, s, counts)

    def _count_after(self, target: _ProgramDraft, s: Sentence) -> None:
        """A count stated after a change: "bring the total to 29, up from 26"."""
        after = _COUNT_AFTER.search(s.text)
        if after is None:
            return
        group = "after" if after["after"] else "total"
        target.after = int(after[group])
        target.evidence.append(
            self.ev(s, after.start(group), after.end(group), "member_count_after")
        )
        before = _COUNT_BEFORE.search(s.text)
        if before is not None and target.before is None:
            target.before = int(before["before"])
            target.evidence.append(
                self.ev(
                    s,
                    before.start("before"),
                    before.end("before"),
                    "member_count_before",
                )
            )

    def _members(
        self,
        target: _ProgramDraft,
        status: MembershipStatus | None,
        s: Sentence,
        found: list[Entity],
        free: Free,
    ) -> None:
        """Places in the program, each with the standing its clause gives it."""
        candidates: list[tuple[int, int, Place]] = []
        for match in _IN_PROVINCE.finditer(s.text):
            # "Theppharat in the Eastern Chachoengsao": a town and its province.
            province = reference.get_province(match["province"])
            if (
                province is None
                or reference.get_province(match["name"])
                or reference.get_venue(match["name"])
            ):
                continue
            place = Place(name=match["name"], province=province.code, country="TH")
            candidates.append((match.start(), match.end(), place))
        for e in found:
            if not (e.province or e.city) or e.country or not free(e.start, e.end):
                continue
            if (
                any(a <= e.start < b for a, b, _ in candidates)
                or any(a <= e.start < b for a, b in self.venues)
                or _MET_IN.search(s.text[max(0, e.start - 40) : e.start])
                or _HOST_AFTER.match(s.text, e.end)
            ):
                continue  # a town's province, or where a meeting was held
            candidates.append((e.start, e.end, _place(e)))
        for start, end, place in sorted(candidates, key=lambda c: c[0]):
            standing = status or _clause_standing(s.text, start)
            if standing is not None and _add(
                target.members, Membership(place=place, status=standing)
            ):
                target.evidence.append(self.ev(s, start, end, "members"))

    def _figures(
        self, target: _ProgramDraft, s: Sentence, counts: re.Match[str] | None
    ) -> None:
        if s.block == -1:
            return  # headlines round and repeat the body's numbers
        stated = [
            m.span()
            for m in (counts, _COUNT_AFTER.search(s.text), _COUNT_BEFORE.search(s.text))
            if m
        ]
        for number in find_numbers(s.text):
            if any(a <= number.start < b for a, b in stated):
                continue  # a member count, not a figure
            if (
                target.scope is ProgramScope.REGIONAL
                and "pilot" not in number.unit_text.lower()
            ):
                continue  # a network's own figures are its pilot cities; counts are above
            # Words around the number say what it counts ("took part in its
            # Smart City Leadership Programme" comes after "140 people").
            context = s.text[: number.end + 80].lower()
            unit_text = number.unit_text.lower()
            label = next(
                (
                    lab
                    for cue, lab in FIGURE_CONTEXT_LABELS
                    if cue in unit_text or cue in context
                ),
                None,
            ) or next((lab for cue, lab in FIGURE_LABELS if cue in unit_text), None)
            if label is None:
                continue
            if self.proposing_now and label in _PROPOSABLE:
                label = f"proposed_{label}"
            quantity = number.quantity
            if quantity.unit is None:
                unit = next((u for cue, u in FIGURE_UNITS if cue in unit_text), None)
                quantity = attrs.evolve(quantity, unit=unit)
            figure = Figure(label=label, quantity=quantity)
            if _add(target.figures, figure):
                target.evidence.append(self.ev(s, number.start, number.end, "figures"))

    # -- records -------------------------------------------------------------------------

    def records(self) -> Extraction:
        aid = self.article.id
        ids = {key: _id("meeting", aid, key) for key in self.meetings}
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
            for d in self.meetings.values()
        )
        built_agreements = tuple(
            Agreement(
                id=_id("agreement", aid, d.key),
                kind=d.kind,
                status=d.status,
                title=d.title,
                parties=tuple(d.parties),
                date=d.date,
                topics=tuple(d.topics),
                meeting=ids.get(d.meeting) if d.meeting else None,
                evidence=tuple(d.evidence),
            )
            for d in self.agreements.values()
        )
        built_programs = tuple(
            SmartCityProgram(
                id=_id("program", aid, d.key),
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
            for d in sorted(self.programs.values(), key=_first_evidence)
        )
        return Extraction(
            article_id=aid,
            meetings=built_meetings,
            agreements=built_agreements,
            programs=built_programs,
            people=tuple(self.people.values()),
        )


def run(article: Article, reference_date: dt.date | None) -> Extraction:
    """Extract every record ``article`` reports."""
    reader = _Reader(article, reference_date)
    reader.read()
    return reader.records()
