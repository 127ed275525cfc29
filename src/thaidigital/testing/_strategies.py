"""Hypothesis strategies for every model, built bottom-up."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs
from hypothesis import strategies as st

from thaidigital import reference
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
    Heading,
    ListItem,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Membership,
    MembershipStatus,
    Organization,
    Outcome,
    OutcomeAction,
    Paragraph,
    PartialDate,
    Person,
    Place,
    ProgramScope,
    Qualifier,
    Quantity,
    QuantityQualifier,
    SmartCityProgram,
)

__all__ = [
    "STRATEGIES",
    "agreements",
    "articles",
    "blocks",
    "countries",
    "country_codes",
    "date_ranges",
    "evidence",
    "extractions",
    "figures",
    "meetings",
    "memberships",
    "organizations",
    "outcomes",
    "partial_dates",
    "parties",
    "people",
    "places",
    "programs",
    "province_codes",
    "quantities",
    "record_ids",
    "register_type_strategies",
    "texts",
]

# Latin letters with diacritics, Thai letters with their combining marks,
# digits and the punctuation news uses: enough to break naive code.
_ALPHABET = st.characters(
    codec="utf-8",
    categories=("Lu", "Ll", "Lo", "Mn", "Nd", "Pd", "Po"),
    exclude_characters="\u2028\u2029",
)
_WORD = st.text(alphabet=_ALPHABET, min_size=1, max_size=12)


def texts(max_words: int = 6) -> st.SearchStrategy[str]:
    """Non-blank text without outer whitespace, in English or Thai letters.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import texts
        >>> @settings(max_examples=10)
        ... @given(texts())
        ... def check(s):
        ...     assert s and s == s.strip()
        >>> check()
    """
    return st.lists(_WORD, min_size=1, max_size=max_words).map(" ".join)


def record_ids() -> st.SearchStrategy[str]:
    """Identifiers such as ``"meeting-3f2a"``.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(record_ids())
        ... def check(value):
        ...     assert "-" in value
        >>> check()
    """
    return st.from_regex(r"[a-z]{1,8}-[0-9a-f]{1,16}", fullmatch=True)


def country_codes() -> st.SearchStrategy[str]:
    """Any ISO 3166-1 alpha-2 code from the reference data.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(country_codes())
        ... def check(value):
        ...     assert len(value) == 2 and value.isupper()
        >>> check()
    """
    return st.deferred(lambda: st.sampled_from([r.code for r in reference.countries()]))


def province_codes() -> st.SearchStrategy[str]:
    """Any ISO 3166-2:TH code from the reference data.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(province_codes())
        ... def check(value):
        ...     assert value.startswith("TH-")
        >>> check()
    """
    return st.deferred(lambda: st.sampled_from([r.code for r in reference.provinces()]))


@st.composite
def partial_dates(draw: st.DrawFn, *, yearless: bool | None = None) -> PartialDate:
    """Partial dates of every precision, with or without a year.

    Args:
        yearless: ``True`` for only yearless dates, ``False`` for none,
            ``None`` for both.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(partial_dates(yearless=True))
        ... def check(value):
        ...     assert value.year is None
        >>> check()
    """
    has_year = draw(st.booleans()) if yearless is None else not yearless
    year = draw(st.integers(1, 9999)) if has_year else None
    month = draw(st.integers(1, 12)) if not has_year or draw(st.booleans()) else None
    day = None
    if month is not None and draw(st.booleans()):
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        day = draw(st.integers(1, last))
    qualifier = None
    if day is None and draw(st.integers(0, 4)) == 0:
        qualifier = draw(st.sampled_from(Qualifier))
    return PartialDate(year=year, month=month, day=day, qualifier=qualifier)


def _after(start: PartialDate, end: PartialDate) -> bool:
    if end == start:
        return False
    if start.year is None:
        return (end.month or 12, end.day or 31) >= (start.month or 1, start.day or 1)
    return end.latest() >= start.earliest()


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Date ranges: single dates and spans, with or without years.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(date_ranges())
        ... def check(value):
        ...     assert DateRange.parse(str(value)) == value
        >>> check()
    """
    start = draw(partial_dates())
    if draw(st.booleans()):
        return DateRange(start=start)
    end = draw(
        partial_dates(yearless=start.year is None).filter(lambda e: _after(start, e))
    )
    return DateRange(start=start, end=end)


def quantities() -> st.SearchStrategy[Quantity]:
    """Quantities with integer or float values.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(quantities())
        ... def check(value):
        ...     assert isinstance(value, Quantity)
        >>> check()
    """
    return st.builds(
        Quantity,
        value=st.integers(-(10**12), 10**12)
        | st.floats(allow_nan=False, allow_infinity=False),
        qualifier=st.sampled_from(QuantityQualifier),
        unit=st.none() | texts(2),
    )


@st.composite
def places(draw: st.DrawFn) -> Place:
    """Places in Thailand (with a province) and elsewhere.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(places())
        ... def check(value):
        ...     assert value.province is None or value.country in (None, "TH")
        >>> check()
    """
    province = draw(st.none() | province_codes())
    in_thailand = st.sampled_from([None, "TH"])
    country = draw(in_thailand if province is not None else st.none() | country_codes())
    return Place(name=draw(texts(3)), province=province, country=country)


@st.composite
def people(draw: st.DrawFn) -> Person:
    """People, some with a role and a spelling as written.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(people())
        ... def check(value):
        ...     assert value.as_written != value.name
        >>> check()
    """
    name = draw(texts(3))
    written = draw(st.none() | texts(3).filter(lambda w: w != name))
    return Person(name=name, role=draw(st.none() | texts()), as_written=written)


def countries() -> st.SearchStrategy[Country]:
    """Countries by ISO code.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(countries())
        ... def check(value):
        ...     assert isinstance(value, Country)
        >>> check()
    """
    return st.builds(Country, code=country_codes())


def organizations() -> st.SearchStrategy[Organization]:
    """Organisations, with or without acronym and country.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(organizations())
        ... def check(value):
        ...     assert value.name.strip()
        >>> check()
    """
    return st.builds(
        Organization,
        name=texts(4),
        acronym=st.none() | st.from_regex(r"[A-Z]{2,6}", fullmatch=True),
        country=st.none() | country_codes(),
    )


def parties() -> st.SearchStrategy[Country | Organization]:
    """A country or an organisation.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(parties())
        ... def check(value):
        ...     assert isinstance(value, Country | Organization)
        >>> check()
    """
    return countries() | organizations()


def evidence(fields: tuple[str, ...] = ()) -> st.SearchStrategy[Evidence]:
    """Evidence spans, optionally naming one of ``fields``.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(evidence(("when",)))
        ... def check(value):
        ...     assert value.field in (None, "when")
        >>> check()
    """

    def build(block: int, start: int, length: int, field: str | None) -> Evidence:
        return Evidence(block=block, start=start, end=start + length, field=field)

    return st.builds(
        build,
        block=st.integers(-1, 200),
        start=st.integers(0, 5000),
        length=st.integers(1, 300),
        field=st.none() | st.sampled_from(fields) if fields else st.none(),
    )


@st.composite
def _paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(texts(12))
    if draw(st.booleans()):
        return Paragraph(text=text)
    label = draw(texts(3))
    return Paragraph(text=f"{label}: {text}", label=label)


def blocks() -> st.SearchStrategy[Paragraph | Heading | ListItem]:
    """Paragraphs, headings and list items.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(blocks())
        ... def check(value):
        ...     assert value.text.strip()
        >>> check()
    """
    return (
        _paragraphs()
        | st.builds(Heading, text=texts(6))
        | st.builds(ListItem, text=texts(10), number=st.none() | st.integers(1, 99))
    )


def _tuples(strategy: st.SearchStrategy[Any], max_size: int = 4, **kw: Any) -> Any:
    return st.lists(strategy, max_size=max_size, **kw).map(tuple)


def articles() -> st.SearchStrategy[Article]:
    """Articles with any metadata and any blocks.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(articles())
        ... def check(value):
        ...     assert isinstance(value, Article)
        >>> check()
    """
    return st.builds(
        Article,
        id=record_ids(),
        title=texts(10),
        subtitle=st.none() | texts(),
        published=st.none() | partial_dates(),
        dateline=st.none() | places(),
        byline=st.none() | texts(4),
        url=st.none()
        | st.from_regex(
            r"https://[a-z]{1,10}\.[a-z]{2,3}/[a-z0-9/-]{0,20}", fullmatch=True
        ),
        outlet=st.none() | texts(3),
        read_minutes=st.none() | st.integers(1, 60),
        blocks=_tuples(blocks(), 6),
        breadcrumbs=_tuples(texts(2), 3),
        tags=_tuples(texts(2), 3),
        source_tags=_tuples(texts(2), 2),
        language=st.sampled_from(["en", "th", "en-TH"]),
    )


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    return tuple(a.name for a in attrs.fields(cls) if a.name != "evidence")


def outcomes() -> st.SearchStrategy[Outcome]:
    """Documents a meeting acted on.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(outcomes())
        ... def check(value):
        ...     assert value.document.strip()
        >>> check()
    """
    return st.builds(Outcome, action=st.sampled_from(OutcomeAction), document=texts())


def meetings() -> st.SearchStrategy[Meeting]:
    """Meetings with any combination of known facts.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(meetings())
        ... def check(value):
        ...     assert isinstance(value, Meeting)
        >>> check()
    """
    return st.builds(
        Meeting,
        id=record_ids(),
        name=texts(),
        kind=st.sampled_from(MeetingKind),
        status=st.sampled_from(MeetingStatus),
        series=st.none() | st.sampled_from(["ADGMIN", "ASCN"]),
        ordinal=st.none() | st.integers(1, 60),
        when=st.none() | date_ranges(),
        place=st.none() | places(),
        chair=st.none() | people(),
        participants=_tuples(parties(), unique=True),
        outcomes=_tuples(outcomes(), unique=True),
        evidence=_tuples(evidence(_field_names(Meeting))),
    )


def agreements(meeting_ids: tuple[str, ...] = ()) -> st.SearchStrategy[Agreement]:
    """Agreements; ``meeting`` is drawn from ``meeting_ids`` when given.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(agreements(("m1",)))
        ... def check(value):
        ...     assert value.meeting in (None, "m1")
        >>> check()
    """
    return st.builds(
        Agreement,
        id=record_ids(),
        kind=st.sampled_from(AgreementKind),
        status=st.sampled_from(AgreementStatus),
        title=st.none() | texts(),
        parties=_tuples(parties(), unique=True),
        date=st.none() | partial_dates(),
        topics=_tuples(texts(3), unique=True),
        meeting=st.none() | st.sampled_from(meeting_ids) if meeting_ids else st.none(),
        evidence=_tuples(evidence(_field_names(Agreement))),
    )


def memberships() -> st.SearchStrategy[Membership]:
    """Places with their standing in a program.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(memberships())
        ... def check(value):
        ...     assert isinstance(value, Membership)
        >>> check()
    """
    return st.builds(
        Membership, place=places(), status=st.sampled_from(MembershipStatus)
    )


def figures() -> st.SearchStrategy[Figure]:
    """Labelled quantities.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(figures())
        ... def check(value):
        ...     assert value.label.strip()
        >>> check()
    """
    return st.builds(Figure, label=texts(2), quantity=quantities())


def programs() -> st.SearchStrategy[SmartCityProgram]:
    """Smart-city programs.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(programs())
        ... def check(value):
        ...     assert isinstance(value, SmartCityProgram)
        >>> check()
    """
    return st.builds(
        SmartCityProgram,
        id=record_ids(),
        name=texts(),
        scope=st.sampled_from(ProgramScope),
        members=_tuples(memberships(), unique=True),
        member_count_before=st.none() | st.integers(0, 500),
        member_count_after=st.none() | st.integers(0, 500),
        figures=_tuples(figures()),
        pillars=_tuples(texts(2), unique=True),
        evidence=_tuples(evidence(_field_names(SmartCityProgram))),
    )


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    """Extractions whose ids are unique and whose agreements point at meetings.

    Example:
        >>> from hypothesis import given, settings
        >>> from thaidigital.testing import *
        >>> @settings(max_examples=5)
        ... @given(extractions())
        ... def check(value):
        ...     assert len({m.id for m in value.meetings}) == len(value.meetings)
        >>> check()
    """
    ids = draw(st.lists(record_ids(), unique=True, max_size=9))
    meeting_list = [attrs.evolve(draw(meetings()), id=i) for i in ids[:3]]
    meeting_ids = tuple(m.id for m in meeting_list)
    agreement_list = [
        attrs.evolve(draw(agreements(meeting_ids)), id=i) for i in ids[3:6]
    ]
    program_list = [attrs.evolve(draw(programs()), id=i) for i in ids[6:]]
    return Extraction(
        article_id=draw(record_ids()),
        meetings=tuple(meeting_list),
        agreements=tuple(agreement_list),
        programs=tuple(program_list),
        people=draw(_tuples(people(), unique=True)),
    )


#: Every model class, each with a function that returns its strategy.
STRATEGIES: Mapping[type[Any], Callable[[], st.SearchStrategy[Any]]] = MappingProxyType(
    {
        PartialDate: partial_dates,
        DateRange: date_ranges,
        Quantity: quantities,
        Place: places,
        Person: people,
        Country: countries,
        Organization: organizations,
        Evidence: evidence,
        Paragraph: _paragraphs,
        Heading: lambda: st.builds(Heading, text=texts(6)),
        ListItem: lambda: st.builds(
            ListItem, text=texts(10), number=st.none() | st.integers(1, 99)
        ),
        Article: articles,
        Outcome: outcomes,
        Meeting: meetings,
        Agreement: agreements,
        Membership: memberships,
        Figure: figures,
        SmartCityProgram: programs,
        Extraction: extractions,
    }
)


def register_type_strategies() -> None:
    """Make ``st.from_type(Model)`` use these strategies for every model.

    Example:
        >>> from hypothesis import strategies as st
        >>> import thaidigital as td
        >>> from thaidigital.testing import register_type_strategies
        >>> register_type_strategies()
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(st.from_type(td.Meeting))
        ... def check(meeting):
        ...     assert isinstance(meeting, td.Meeting)
        >>> check()
    """
    for cls, factory in STRATEGIES.items():
        st.register_type_strategy(cls, factory())
