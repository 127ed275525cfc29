"""The records extraction produces: meetings, agreements, smart-city programs."""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from thaidigital._errors import InvalidValueError
from thaidigital.models._dates import DateRange, PartialDate
from thaidigital.models._validators import (
    at_least,
    distinct,
    not_blank,
    optional,
    tuple_of,
)
from thaidigital.models._values import (
    Country,
    Evidence,
    Organization,
    Person,
    Place,
    Quantity,
)

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Extraction",
    "Figure",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Membership",
    "MembershipStatus",
    "Outcome",
    "OutcomeAction",
    "ProgramScope",
    "SmartCityProgram",
]

_PARTY_TYPES = (Country, Organization)
_FIELD_REF = re.compile(r"[a-z_]+")


def _instance(cls: type[Any]) -> Any:
    return attrs.validators.instance_of(cls)


def _maybe(cls: type[Any]) -> Any:
    return attrs.validators.optional(attrs.validators.instance_of(cls))


def _check_evidence(record: Any) -> None:
    """Each evidence span names a field the record really has."""
    names = attrs.fields_dict(type(record))
    for i, ev in enumerate(record.evidence):
        if ev.field is None:
            continue
        match = _FIELD_REF.match(ev.field)
        if match is None or match.group() not in names or match.group() == "evidence":
            raise InvalidValueError(
                f"evidence[{i}].field",
                ev.field,
                f"{ev.field!r} is not a field of {type(record).__name__}",
            )


class MeetingKind(enum.StrEnum):
    """What sort of gathering a meeting is.

    .. versionadded:: 0.1.0
    """

    MINISTERIAL = "ministerial"
    SUMMIT = "summit"
    BILATERAL = "bilateral"
    SENIOR_OFFICIALS = "senior_officials"
    NETWORK_MEETING = "network_meeting"
    WORKING_LEVEL = "working_level"
    CONFERENCE = "conference"
    FORUM = "forum"
    EXPO = "expo"
    OTHER = "other"


class MeetingStatus(enum.StrEnum):
    """Whether a meeting has happened.

    .. versionadded:: 0.1.0
    """

    HELD = "held"
    ONGOING = "ongoing"
    PLANNED = "planned"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class OutcomeAction(enum.StrEnum):
    """What a meeting did with a document.

    .. versionadded:: 0.1.0
    """

    ADOPTED = "adopted"
    APPROVED = "approved"
    ENDORSED = "endorsed"
    SIGNED = "signed"
    ACKNOWLEDGED = "acknowledged"
    LAUNCHED = "launched"
    NOTED = "noted"


@attrs.frozen(kw_only=True)
class Outcome:
    """A document a meeting acted on, and what it did.

    Attributes:
        action: Adopted, approved, endorsed, signed, acknowledged…
        document: The document's name as written.

    Example:
        >>> from thaidigital import Outcome, OutcomeAction
        >>> Outcome(action=OutcomeAction.APPROVED, document="Bangkok Digital Declaration").action.value
        'approved'

    .. versionadded:: 0.1.0
    """

    action: OutcomeAction = attrs.field(validator=_instance(OutcomeAction))
    document: str = attrs.field(validator=not_blank())


@attrs.frozen(kw_only=True)
class Meeting:
    """A meeting, summit or forum the article reports, held or planned.

    Attributes:
        id: A stable identifier.
        name: The name as written ("5th ASEAN Digital Ministerial Meeting").
        kind: Ministerial, summit, bilateral…
        status: Held, planned…; an announced next meeting is ``planned``.
        series: The normalised series key from the reference data
            ("ADGMIN"), or ``None``.
        ordinal: Which meeting of the series (5 for "5th"), at least 1.
        when: The dates, as precise as known.
        place: Where it took place.
        chair: Who chaired it.
        participants: Countries and organisations that took part.
        outcomes: Documents it acted on.
        evidence: Where each fact was read.

    Example:
        >>> from thaidigital import Meeting, MeetingKind, MeetingStatus, DateRange
        >>> m = Meeting(id="m1", name="5th ASEAN Digital Ministerial Meeting",
        ...             kind=MeetingKind.MINISTERIAL, status=MeetingStatus.HELD,
        ...             series="ADGMIN", ordinal=5,
        ...             when=DateRange.parse("2025-01-16/2025-01-17"))
        >>> str(m.when)
        '2025-01-16/2025-01-17'

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=not_blank())
    name: str = attrs.field(validator=not_blank())
    kind: MeetingKind = attrs.field(
        default=MeetingKind.OTHER, validator=_instance(MeetingKind)
    )
    status: MeetingStatus = attrs.field(
        default=MeetingStatus.HELD, validator=_instance(MeetingStatus)
    )
    series: str | None = attrs.field(default=None, validator=optional(not_blank()))
    ordinal: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    when: DateRange | None = attrs.field(default=None, validator=_maybe(DateRange))
    place: Place | None = attrs.field(default=None, validator=_maybe(Place))
    chair: Person | None = attrs.field(default=None, validator=_maybe(Person))
    participants: tuple[Country | Organization, ...] = attrs.field(
        default=(), validator=[tuple_of(_PARTY_TYPES), distinct()]
    )
    outcomes: tuple[Outcome, ...] = attrs.field(
        default=(), validator=[tuple_of(Outcome), distinct()]
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), validator=tuple_of(Evidence)
    )

    def __attrs_post_init__(self) -> None:
        _check_evidence(self)


class AgreementKind(enum.StrEnum):
    """The sort of document an agreement is.

    .. versionadded:: 0.1.0
    """

    MOU = "mou"
    MOC = "moc"
    DECLARATION = "declaration"
    FRAMEWORK_AGREEMENT = "framework_agreement"
    JOINT_STATEMENT = "joint_statement"
    JOINT_VISION_STATEMENT = "joint_vision_statement"
    ACTION_PLAN = "action_plan"
    WORK_PLAN = "work_plan"
    MASTERPLAN = "masterplan"
    CHECKLIST = "checklist"
    RECOMMENDATIONS = "recommendations"
    REPORT = "report"
    GUIDELINE = "guideline"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    """How far an agreement has come, read from the verb the text uses.

    .. versionadded:: 0.1.0
    """

    PROPOSED = "proposed"
    UNDER_NEGOTIATION = "under_negotiation"
    ACKNOWLEDGED = "acknowledged"
    ENDORSED = "endorsed"
    APPROVED = "approved"
    ADOPTED = "adopted"
    SIGNED = "signed"
    IN_FORCE = "in_force"


@attrs.frozen(kw_only=True)
class Agreement:
    """An agreement, declaration, plan or other document the article reports.

    Attributes:
        id: A stable identifier.
        kind: MoU, declaration, framework agreement…
        title: The document's name as written, or ``None`` when the text
            names no title (a bare "MoU between Thailand and Cambodia").
        parties: The distinct countries and organisations bound by it.
        status: How far it has come.
        date: When it reached that status, as precise as known.
        topics: What it covers, as the text lists it.
        meeting: The id of the meeting it came out of, or ``None``.
        evidence: Where each fact was read.

    Example:
        >>> from thaidigital import Agreement, AgreementKind, AgreementStatus, Country
        >>> mou = Agreement(id="g1", kind=AgreementKind.MOU, status=AgreementStatus.SIGNED,
        ...                 parties=(Country(code="TH"), Country(code="KH")))
        >>> [p.code for p in mou.parties]
        ['TH', 'KH']

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=not_blank())
    kind: AgreementKind = attrs.field(validator=_instance(AgreementKind))
    status: AgreementStatus = attrs.field(validator=_instance(AgreementStatus))
    title: str | None = attrs.field(default=None, validator=optional(not_blank()))
    parties: tuple[Country | Organization, ...] = attrs.field(
        default=(), validator=[tuple_of(_PARTY_TYPES), distinct()]
    )
    date: PartialDate | None = attrs.field(default=None, validator=_maybe(PartialDate))
    topics: tuple[str, ...] = attrs.field(
        default=(), validator=[tuple_of(str, not_blank()), distinct()]
    )
    meeting: str | None = attrs.field(default=None, validator=optional(not_blank()))
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), validator=tuple_of(Evidence)
    )

    def __attrs_post_init__(self) -> None:
        _check_evidence(self)


class ProgramScope(enum.StrEnum):
    """How far a smart-city program reaches.

    .. versionadded:: 0.1.0
    """

    REGIONAL = "regional"
    NATIONAL = "national"
    LOCAL = "local"


class MembershipStatus(enum.StrEnum):
    """A place's standing in a program.

    .. versionadded:: 0.1.0
    """

    JOINED = "joined"
    PROPOSED = "proposed"
    MEMBER = "member"


@attrs.frozen(kw_only=True)
class Membership:
    """A place in a smart-city program and its standing there.

    Attributes:
        place: The city or area.
        status: ``joined`` (newly, as reported), ``proposed`` or ``member``.

    Example:
        >>> from thaidigital import Membership, MembershipStatus, Place
        >>> m = Membership(place=Place(name="Rayong", province="TH-21"),
        ...                status=MembershipStatus.JOINED)
        >>> m.status.value
        'joined'

    .. versionadded:: 0.1.0
    """

    place: Place = attrs.field(validator=_instance(Place))
    status: MembershipStatus = attrs.field(
        default=MembershipStatus.MEMBER, validator=_instance(MembershipStatus)
    )


@attrs.frozen(kw_only=True)
class Figure:
    """A labelled number a program reports ("beneficiaries", "ambassadors").

    Attributes:
        label: What the number is.
        quantity: The number with its qualifier and unit.

    Example:
        >>> from thaidigital import Figure, Quantity
        >>> Figure(label="ambassadors", quantity=Quantity(value=134)).quantity.value
        134

    .. versionadded:: 0.1.0
    """

    label: str = attrs.field(validator=not_blank())
    quantity: Quantity = attrs.field(validator=_instance(Quantity))


@attrs.frozen(kw_only=True)
class SmartCityProgram:
    """A smart-city network or plan and what the article says of it.

    Attributes:
        id: A stable identifier.
        name: The program's name ("ASEAN Smart Cities Network").
        scope: Regional, national or local.
        members: Places in the program, each with its standing.
        member_count_before: The member count before the reported change.
        member_count_after: The member count after it.
        figures: Other numbers reported (beneficiaries, areas, provinces…).
        pillars: The dimensions it works on ("Smart Environment").
        evidence: Where each fact was read.

    Example:
        >>> from thaidigital import SmartCityProgram, ProgramScope
        >>> SmartCityProgram(id="p1", name="ASEAN Smart Cities Network",
        ...                  scope=ProgramScope.REGIONAL, member_count_before=26,
        ...                  member_count_after=29).member_count_after
        29

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=not_blank())
    name: str = attrs.field(validator=not_blank())
    scope: ProgramScope = attrs.field(validator=_instance(ProgramScope))
    members: tuple[Membership, ...] = attrs.field(
        default=(), validator=[tuple_of(Membership), distinct()]
    )
    member_count_before: int | None = attrs.field(
        default=None, validator=optional(at_least(0))
    )
    member_count_after: int | None = attrs.field(
        default=None, validator=optional(at_least(0))
    )
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=tuple_of(Figure))
    pillars: tuple[str, ...] = attrs.field(
        default=(), validator=[tuple_of(str, not_blank()), distinct()]
    )
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), validator=tuple_of(Evidence)
    )

    def __attrs_post_init__(self) -> None:
        _check_evidence(self)


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything extracted from one article.

    Record ids are unique within an extraction, and an agreement's
    ``meeting`` names a meeting of the same extraction.

    Attributes:
        article_id: The id of the article the records were read from.
        meetings: The meetings it reports.
        agreements: The agreements and documents it reports.
        programs: The smart-city programs it reports.
        people: Named officials, with their roles.

    Example:
        >>> from thaidigital import Extraction
        >>> Extraction(article_id="a1").meetings
        ()

    .. versionadded:: 0.1.0
    """

    article_id: str = attrs.field(validator=not_blank())
    meetings: tuple[Meeting, ...] = attrs.field(default=(), validator=tuple_of(Meeting))
    agreements: tuple[Agreement, ...] = attrs.field(
        default=(), validator=tuple_of(Agreement)
    )
    programs: tuple[SmartCityProgram, ...] = attrs.field(
        default=(), validator=tuple_of(SmartCityProgram)
    )
    people: tuple[Person, ...] = attrs.field(
        default=(), validator=[tuple_of(Person), distinct()]
    )

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for kind in ("meetings", "agreements", "programs"):
            for i, record in enumerate(getattr(self, kind)):
                if record.id in seen:
                    raise InvalidValueError(
                        f"{kind}[{i}].id", record.id, f"id {record.id!r} is used twice"
                    )
                seen.add(record.id)
        meeting_ids = {m.id for m in self.meetings}
        for i, agreement in enumerate(self.agreements):
            if agreement.meeting is not None and agreement.meeting not in meeting_ids:
                raise InvalidValueError(
                    f"agreements[{i}].meeting",
                    agreement.meeting,
                    f"no meeting with id {agreement.meeting!r} in this extraction",
                )
