"""Turn a matched shape into a ``PartialDate`` or ``DateRange``."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Final

from thaidigital._errors import InvalidValueError, ParseError
from thaidigital.dates import _vocabulary as vocab
from thaidigital.dates._patterns import FieldIndex, Fields
from thaidigital.models import DateRange, PartialDate, Qualifier

#: Default for ``day_first``: ``16-1-2025`` is 16 January, as Thai and ASEAN
#: outlets write it. Pass ``day_first=False`` for month-first (US) sources.
DAY_FIRST: Final = True

#: A bare four-digit year at or above this is a Buddhist Era year (CE = BE − 543).
#: BE 2400 is CE 1857; no news date is in CE 2400 or later.
BE_THRESHOLD: Final = 2400
BE_OFFSET: Final = 543

Raw = PartialDate | tuple[PartialDate, PartialDate]


class NeedsReferenceError(ParseError):
    """A relative date ("yesterday") was read without a reference date."""


class Context:
    """What one reading needs besides the match: mode, switches, reference."""

    __slots__ = ("day_first", "finding", "reference", "relative", "text")

    def __init__(
        self,
        text: str,
        *,
        reference: dt.date | None,
        day_first: bool,
        finding: bool,
    ) -> None:
        self.text = text
        self.reference = reference
        self.day_first = day_first
        self.finding = finding
        self.relative = False

    def need_reference(self, what: str) -> dt.date:
        self.relative = True
        if self.reference is None:
            raise NeedsReferenceError(
                f"{what!r} is relative to when the text was written; "
                "pass reference=<datetime.date> to resolve it"
            )
        return self.reference


def as_date(reference: dt.date | None) -> dt.date | None:
    """The calendar date of a reference ``date`` or ``datetime``.

    Raises:
        TypeError: ``reference`` is neither (a string is not read as one).

    >>> as_date(dt.datetime(2025, 1, 16, 9, 30))
    datetime.date(2025, 1, 16)
    """
    if isinstance(reference, dt.datetime):
        return reference.date()
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError(
            "reference must be a datetime.date or datetime.datetime, not "
            f"{type(reference).__name__}"
        )
    return reference


# -- fields to numbers ---------------------------------------------------------


def _month(f: Fields, p: str, ctx: Context) -> int | None:
    text = f.get(p + "month")
    if text is None:
        return None
    if text[0].isdigit():
        return int(text)
    if ctx.finding and text[0].isascii() and not text[0].isupper():
        # In prose "may" and "march" are verbs; month names are capitalised.
        raise ParseError(f"{text!r} is not capitalised like a month name")
    return vocab.MONTH_NUMBER[text.rstrip(".").casefold()]


def _year(f: Fields, p: str) -> int | None:
    two = f.get(p + "yy")
    if two is not None:
        # Two digits after a Thai month are a Buddhist Era year 25xx.
        return 2500 + int(two) - BE_OFFSET
    text = f.get(p + "year")
    if text is None:
        return None
    year = int(text)
    era = f.get(p + "era") or f.get(p + "eraa")
    if era is not None:
        return year - BE_OFFSET if vocab.ERA_IS_BE[vocab.era_key(era)] else year
    return year - BE_OFFSET if year >= BE_THRESHOLD else year


def _qualifier(f: Fields, p: str) -> Qualifier | None:
    text = f.get(p + "q")
    if text is None:
        return None
    return vocab.QUALIFIER[" ".join(text.casefold().split())]


def _date(
    *,
    year: int | None,
    month: int | None,
    day: int | None = None,
    qualifier: Qualifier | None = None,
) -> PartialDate:
    try:
        return _interned(year, month, day, qualifier)
    except InvalidValueError as exc:
        raise ParseError(str(exc)) from None


@functools.lru_cache(maxsize=4096)
def _interned(
    year: int | None, month: int | None, day: int | None, qualifier: Qualifier | None
) -> PartialDate:
    # Values are frozen, and news repeats its dates: build each one once.
    return PartialDate(year=year, month=month, day=day, qualifier=qualifier)


#: The shared constructor of read values, for fast paths elsewhere in the package.
interned = _interned


def _from_date(date: dt.date) -> PartialDate:
    return _interned(date.year, date.month, date.day, None)


def _check_weekday(f: Fields, p: str, date: PartialDate) -> None:
    text = f.get(p + "wd")
    if text is None or date.year is None or date.day is None:
        return
    expected = vocab.WEEKDAY_NUMBER[text.rstrip(".").casefold()]
    actual = date.earliest()
    if actual.weekday() != expected:
        raise ParseError(f"{actual.isoformat()} is a {actual:%A}, not a {text}")


def _single(f: Fields, p: str, ctx: Context) -> PartialDate:
    """One date from the fields of ``single``/``day_month``/… with prefix ``p``."""
    day_text = f.get(p + "day")
    month: int | None
    a, b = f.get(p + "na"), f.get(p + "nb")
    if a is not None and b is not None:
        day_text, month = (a, int(b)) if ctx.day_first else (b, int(a))
    else:
        month = _month(f, p, ctx)
    year = _year(f, p)
    if (
        ctx.finding
        and f.get(p + "year") is not None
        and f.get(p + "era") is None
        and month is None
        and year is not None
        and not 1900 <= year <= 2100
    ):
        raise ParseError(f"{year} is outside the years a bare number is read as")
    date = _date(
        year=year,
        month=month,
        day=int(day_text) if day_text is not None else None,
        qualifier=_qualifier(f, p),
    )
    _check_weekday(f, p, date)
    return date


# -- shapes --------------------------------------------------------------------


def _single_shape(f: Fields, ctx: Context) -> Raw:
    return _single(f, "", ctx)


def _day_range(f: Fields, ctx: Context) -> Raw:
    """R1 and R2: two days of one month."""
    month = _month(f, "", ctx)
    year = _year(f, "")
    start_day, end_day = f.get("s_day"), f.get("e_day")
    assert start_day is not None
    assert end_day is not None
    start = _date(year=year, month=month, day=int(start_day))
    _check_weekday(f, "", start)
    return (start, _date(year=year, month=month, day=int(end_day)))


def _general_range(f: Fields, ctx: Context) -> Raw:
    """R7: two full dates; a missing year is taken from the other end."""
    start, end = _single(f, "s_", ctx), _single(f, "e_", ctx)
    if start.year is None and end.year is not None:
        start = _take_year(start, end.year, end, before=True)
    elif end.year is None and start.year is not None:
        end = _take_year(end, start.year, start, before=False)
    return (start, end)


def _take_year(
    date: PartialDate, year: int, other: PartialDate, *, before: bool
) -> PartialDate:
    """Give ``date`` the year of ``other``.

    Takes the year before (or after) instead when the range would otherwise
    run backwards: "30 December - 2 January 2025".
    """
    dated = _with_year(date, year)
    if before and dated.earliest() > other.latest():
        return _with_year(date, year - 1)
    if not before and dated.latest() < other.earliest():
        return _with_year(date, year + 1)
    return dated


def _with_year(date: PartialDate, year: int) -> PartialDate:
    return _date(year=year, month=date.month, day=date.day, qualifier=date.qualifier)


def _relative_day(f: Fields, ctx: Context) -> Raw:
    """X1: today, yesterday; "yesterday (Nov 7)" keeps the date it names."""
    word = f.get("rel")
    assert word is not None
    if f.get("month") is not None:
        ctx.relative = True
        return _single(f, "", ctx)
    reference = ctx.need_reference(word)
    offset = vocab.RELATIVE_DAY[" ".join(word.casefold().split())]
    return _from_date(reference + dt.timedelta(days=offset))


def _nearest_weekday(f: Fields, ctx: Context) -> Raw:
    """X2: a weekday alone is the one nearest the reference date."""
    word = f.get("wd")
    assert word is not None
    reference = ctx.need_reference(word)
    weekday = vocab.WEEKDAY_NUMBER[word.casefold()]
    delta = (weekday - reference.weekday() + 3) % 7 - 3
    return _from_date(reference + dt.timedelta(days=delta))


def _modified(f: Fields, ctx: Context) -> Raw:
    """X3 and X4: last/this/next weekday, week, month, year or named month."""
    mod = f.get("mod")
    assert mod is not None
    reference = ctx.need_reference(f.text)
    step = vocab.RELATIVE_MODIFIER[mod.casefold()]
    weekday, unit = f.get("wd"), f.get("unit")
    if weekday is not None:
        return _shift_weekday(reference, vocab.WEEKDAY_NUMBER[weekday.casefold()], step)
    if unit is not None:
        return _shift_unit(reference, vocab.RELATIVE_UNIT[unit.casefold()], step)
    month = _month(f, "", ctx)
    assert month is not None
    year = reference.year
    if step < 0 and month >= reference.month:
        year -= 1
    elif step > 0 and month <= reference.month:
        year += 1
    return _date(year=year, month=month)


def _shift_weekday(reference: dt.date, weekday: int, step: int) -> PartialDate:
    today = reference.weekday()
    if step < 0:  # the latest such day strictly before the reference
        delta = -((today - weekday - 1) % 7 + 1)
    elif step > 0:  # the first such day strictly after it
        delta = (weekday - today - 1) % 7 + 1
    else:  # the one in the reference's Monday-to-Sunday week
        delta = weekday - today
    return _from_date(reference + dt.timedelta(days=delta))


def _shift_unit(reference: dt.date, unit: str, step: int) -> Raw:
    if unit == "week":
        monday = reference - dt.timedelta(days=reference.weekday() - 7 * step)
        return (
            _from_date(monday),
            _from_date(monday + dt.timedelta(days=6)),
        )
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + step
        return _interned(index // 12, index % 12 + 1, None, None)
    return _interned(reference.year + step, None, None, None)


_HANDLERS: Final[dict[str, Callable[[Fields, Context], Raw]]] = {
    "R1": _day_range,
    "R2": _day_range,
    "R7": _general_range,
    "X1": _relative_day,
    "X2": _nearest_weekday,
    "X3": _modified,
    "X4": _modified,
}


def _in_calendar(what: str, exc: ValueError | OverflowError) -> ParseError:
    """A date arithmetic ran off the calendar (years 1 to 9999): a reference
    date at its ends with "next year", "30 December - 2 January"."""
    return ParseError(f"{what} falls outside the years 1 to 9999 ({exc})")


def read(match: re.Match[str], index: FieldIndex, ctx: Context) -> tuple[Raw, bool]:
    """Interpret a match of one of the patterns: (raw value, was relative)."""
    try:
        return _read(match, index, ctx)
    except ParseError:
        raise
    except (ValueError, OverflowError) as exc:
        raise _in_calendar(repr(match.group()), exc) from None


def _read(match: re.Match[str], index: FieldIndex, ctx: Context) -> tuple[Raw, bool]:
    shape = match.lastgroup
    assert shape is not None
    fields = Fields(match, index, shape)
    ctx.relative = False
    raw = _HANDLERS.get(shape, _single_shape)(fields, ctx)
    return raw, ctx.relative


# -- from raw values to final ones ---------------------------------------------


def _distance(first: dt.date, last: dt.date, reference: dt.date) -> int:
    if first <= reference <= last:
        return 0
    return min(abs((first - reference).days), abs((last - reference).days))


def _candidate_years(reference: dt.date) -> range:
    # Four years either side so that a yearless 29 February finds a leap year,
    # within the years a date can have.
    return range(
        max(dt.MINYEAR, reference.year - 4), min(dt.MAXYEAR, reference.year + 4) + 1
    )


def _no_year_near(date: PartialDate, reference: dt.date) -> ParseError:
    return ParseError(
        f"no year near {reference.year} gives {date}: the years 1 to 9999 "
        "are the ones a date can have"
    )


def _bounds(date: PartialDate, year: int) -> tuple[dt.date, dt.date] | None:
    """First and last day of a yearless ``date`` put in ``year``, if it exists."""
    month = date.month
    assert month is not None
    if date.day is None:
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last)
    if date.day > calendar.monthrange(year, month)[1]:
        return None
    day = dt.date(year, month, date.day)
    return day, day


def _nearest(date: PartialDate, reference: dt.date) -> PartialDate:
    best: tuple[int, int] | None = None
    for year in _candidate_years(reference):
        bounds = _bounds(date, year)
        if bounds is not None:
            key = (_distance(*bounds, reference), year)
            best = key if best is None or key < best else best
    if best is None:  # only at the ends of the calendar: 29 February 9999
        raise _no_year_near(date, reference)
    return _with_year(date, best[1])


def _nearest_range(
    start: PartialDate, end: PartialDate, reference: dt.date
) -> tuple[PartialDate, PartialDate]:
    best: tuple[int, int, int] | None = None
    for year in _candidate_years(reference):
        first, last = _bounds(start, year), _bounds(end, year)
        end_year = year
        if first is not None and last is not None and last[1] < first[0]:
            end_year = year + 1  # "December 30 - January 2"
            last = _bounds(end, end_year) if end_year <= dt.MAXYEAR else None
        if first is None or last is None:
            continue
        key = (_distance(first[0], last[1], reference), year, end_year)
        best = key if best is None or key < best else best
    if best is None:
        raise _no_year_near(start, reference)
    return _with_year(start, best[1]), _with_year(end, best[2])


def finish(raw: Raw, reference: dt.date | None) -> PartialDate | DateRange:
    """Give yearless values the year nearest ``reference``; build the range."""
    try:
        return _finish(raw, reference)
    except ParseError:
        raise
    except (ValueError, OverflowError) as exc:
        raise _in_calendar("the date", exc) from None


def _finish(raw: Raw, reference: dt.date | None) -> PartialDate | DateRange:
    if isinstance(raw, PartialDate):
        if reference is not None and raw.year is None:
            return _nearest(raw, reference)
        return raw
    start, end = raw
    if reference is not None and start.year is None and end.year is None:
        start, end = _nearest_range(start, end, reference)
    if start == end:
        return start
    try:
        return _range(start, end)
    except InvalidValueError as exc:
        raise ParseError(str(exc)) from None


@functools.lru_cache(maxsize=1024)
def _range(start: PartialDate, end: PartialDate) -> DateRange:
    return DateRange(start=start, end=end)
