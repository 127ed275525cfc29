"""What the reader builds as it goes: drafts of records, and its shared state."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from thaidigital import reference
from thaidigital.dates import DateMention, find_dates
from thaidigital.extract._names import (
    MeetingMention,
)
from thaidigital.extract._parties import Defined
from thaidigital.extract._text import (
    Entity,
    Sentence,
)
from thaidigital.models import (
    AgreementKind,
    AgreementStatus,
    Article,
    Country,
    DateRange,
    Evidence,
    Figure,
    MeetingKind,
    MeetingStatus,
    Membership,
    Organization,
    Outcome,
    OutcomeAction,
    PartialDate,
    Person,
    Place,
    ProgramScope,
)

Party = Country | Organization

T = TypeVar("T")

Free = Callable[[int, int], bool]

LAST = 1 << 30


def record_id(kind: str, article_id: str, key: str) -> str:
    digest = hashlib.sha256(f"{article_id}|{kind}|{key}".encode()).hexdigest()
    return f"{kind}-{digest[:12]}"


def place_of(entity: Entity, name: str | None = None) -> Place:
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
class MeetingDraft:
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
class AgreementDraft:
    key: str
    kind: AgreementKind
    status: AgreementStatus
    title: str | None = None
    parties: list[Party] = attrs.Factory(list)
    date: PartialDate | None = None
    topics: list[str] = attrs.Factory(list)
    meeting: str | None = None
    evidence: list[Evidence] = attrs.Factory(list)
    #: Whether the parties are the sides of the meeting it came out of,
    #: not ones the text named for it: a later sentence naming them wins.
    sides_of_meeting: bool = False
    #: The countries the text gave as its sides before organisations named
    #: them ("The Philippines and China signed an MoU … between DICT and
    #: MIIT"), with the evidence that names each.
    sides: list[tuple[Country, Evidence]] = attrs.Factory(list)


@attrs.define
class ProgramDraft:
    key: str
    name: str
    scope: ProgramScope
    members: list[Membership] = attrs.Factory(list)
    before: int | None = None
    after: int | None = None
    figures: list[Figure] = attrs.Factory(list)
    pillars: list[str] = attrs.Factory(list)
    evidence: list[Evidence] = attrs.Factory(list)


def add(items: list[T], item: T) -> bool:
    if item in items:
        return False
    items.append(item)
    return True


#: The key of the visit an article reports.
VISIT_KEY = "visit|bilateral"


def meeting_key(mention: MeetingMention) -> str:
    """One key per meeting however it is named: series and number, or its
    capitalised words and kind."""
    if mention.series and mention.ordinal:
        return f"{mention.series}-{mention.ordinal}"
    if mention.visit:
        # "his first official visit", "the president's visit": an article
        # reports one visit, however it names it.
        return VISIT_KEY
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", mention.text) if w[0].isupper()]
    return (
        reference.fold_name(" ".join(words) or mention.text) + f"|{mention.kind.value}"
    )


def first_evidence(draft: ProgramDraft) -> tuple[int, int]:
    # The title (block -1) is read last, so it sorts last.
    return min(
        ((e.block if e.block >= 0 else LAST, e.start) for e in draft.evidence),
        default=(0, 0),
    )


class ReaderState:
    """The state one pass over one article shares between its readers."""

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
        self.meetings: dict[str, MeetingDraft] = {}
        # Acronyms the article defines for meetings ("(SCEKL2025)"), and the
        # meeting each names.
        self.meeting_acronyms: dict[str, str] = {}
        self.agreements: dict[str, AgreementDraft] = {}
        # Keys of agreements found to be another one, named more or less
        # precisely ("Thailand and Hungary" for two named associations).
        self.same_agreement: dict[str, str] = {}
        # Facts of agreements named without a status ("the MoU between A and
        # B"), kept until an agreement they name more precisely is read.
        self.unplaced: list[list[Any]] = []
        # Facts of definite nouns whose sentence names no parties ("The MoU,
        # signed in November, …"), resolved once the article is read.
        self.pointers: list[list[Any]] = []
        self.programs: dict[str, ProgramDraft] = {}
        self.people: dict[str, Person] = {}
        # Acronyms the article has defined in brackets: "(NBTC)".
        self.defined = Defined()
        # The two countries that opened the last sentence opened by two ("Peru
        # and Chile agreed …"): who "They" opening a sentence is.
        self.subject_pair: tuple[Country, Country] | tuple[()] = ()
        # Every two countries the article joins by "and" ("The Philippines
        # and Japan agreed", "between Thailand and the Lao PDR"), first
        # seen first, with the evidence that names each.
        self.country_pairs: dict[
            frozenset[Country], list[tuple[Country, Evidence]]
        ] = {}
        # The organisations named so far, by folded name, the latest last:
        # who "the two institutions" are.
        self.organizations: dict[str, Organization] = {}
        self.focus: MeetingDraft | None = None
        # The meetings the headline names, read before the body when a
        # pointer there has nothing else to point at ("The meeting took
        # note of …" under "The 36th ASEAN-Japan Forum held …").
        self.headline: list[tuple[Sentence, MeetingMention]] = []
        # A meeting the story brought without a name ("during a meeting on
        # 6-7 June"), and the sentence that did, until a name follows.
        self.unnamed: tuple[MeetingDraft, Sentence] | None = None
        # Keys of meetings named after they were first read, to the key
        # they were read under.
        self.meeting_aliases: dict[str, str] = {}
        self.main: MeetingDraft | None = None  # the article's own meeting
        self.main_key: str | None = None
        self.program_focus: ProgramDraft | None = None
        self.proposing = 0  # sentences left in which places are proposed members
        self.proposing_now = False  # this sentence proposes new members
        self.venues: list[tuple[int, int]] = []  # where this sentence's meetings are
        # The MoU whose "…:" sentence introduces a list of its topics.
        self.list_topics: AgreementDraft | None = None
        # Its agreement noun, and kind, in that sentence ("The MoUs are:"):
        # what a list item naming only two parties ("Between A and B …") is.
        self.list_noun: tuple[Sentence, int, int, str] | None = None
        # The agreement read last from a counted plural noun ("signed six
        # agreements"), how many it counts (0: several), and the numbers of
        # its items the text told apart so far, by package key.
        self.package: AgreementDraft | None = None
        self.package_sizes: dict[str, int] = {}
        self.package_items: dict[str, set[int]] = {}
        # Each sentence's dates, by (block, offset): see ``dates``.
        self._dates: dict[tuple[int, int], list[DateMention]] = {}
        self._cues: dict[tuple[int, int, re.Pattern[str]], bool] = {}
        # An outcome verb a sentence ending in ":" lends to the list below it.
        self.list_verb: tuple[OutcomeAction, int, int, bool] | None = None

    def dates(self, s: Sentence) -> list[DateMention]:
        """The dates a sentence gives, found once however many rules ask."""
        key = (s.block, s.offset)
        found = self._dates.get(key)
        if found is None:
            found = self._dates[key] = find_dates(s.text, reference=self.reference_date)
        return found

    def says(self, s: Sentence, cue: re.Pattern[str]) -> bool:
        """Whether a sentence holds a cue anywhere, searched once however
        many mentions in it ask (a long sentence of many meetings must not
        cost its square).

        >>> from thaidigital.models import Article, Paragraph
        >>> state = ReaderState(Article(id="a", title="t", blocks=(Paragraph(text="x"),)), None)
        >>> state.says(Sentence(0, 0, "It was held."), re.compile("held"))
        True
        """
        key = (s.block, s.offset, cue)
        found = self._cues.get(key)
        if found is None:
            found = self._cues[key] = cue.search(s.text) is not None
        return found

    def ev(self, s: Sentence, start: int, end: int, field: str | None) -> Evidence:
        return Evidence(
            block=s.block, start=s.offset + start, end=s.offset + end, field=field
        )

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
