"""``parse_date`` and ``parse_range``: one date or range, strictly or fuzzily."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Final

from thaidigital._errors import ParseError
from thaidigital.dates import _vocabulary as vocab
from thaidigital.dates._fallback import fallback
from thaidigital.dates._find import scan
from thaidigital.dates._parse import (
    BE_THRESHOLD,
    DAY_FIRST,
    Context,
    NeedsReferenceError,
    as_date,
    finish,
    interned,
    read,
)
from thaidigital.dates._patterns import patterns
from thaidigital.models import DateRange, PartialDate

_EXPECTED: Final = (
    "expected a date such as '22 January 2025', 'January 16-17', '16 ม.ค. 68', "
    "'2025-01-16', '16-1-2025', 'mid-2025' or, with a reference date, 'last week'"
)


#: Strict reads of texts up to this long are remembered: news repeats its
#: dates, and a value once read is immutable.
_CACHED_LENGTH: Final = 64


def _read(
    text: str, *, reference: dt.date | None, fuzzy: bool, day_first: bool, what: str
) -> PartialDate | DateRange:
    if not isinstance(text, str):
        raise ParseError(f"expected {what} as a str, got {type(text).__name__}")
    if fuzzy:
        return _read_fuzzy(text, reference=reference, day_first=day_first, what=what)
    if len(text) <= _CACHED_LENGTH:
        return _read_cached(text, reference, day_first, what)
    return _read_strict(text, reference, day_first, what)


@functools.lru_cache(maxsize=4096)
def _read_cached(
    text: str, reference: dt.date | None, day_first: bool, what: str
) -> PartialDate | DateRange:
    # Failures raise and so are never cached; only values are.
    return _read_strict(text, reference, day_first, what)


# The three shapes news uses most, read without the general machinery:
# "2025-01-16", "16 January 2025", "January 16, 2025". Anything unusual about
# them (an unknown month word, an impossible day, a Buddhist Era year) falls
# through to the general path, which also gives the errors.
_FAST = re.compile(
    r"(?:(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})"
    r"|(?P<d>[0-9]{1,2}) (?P<m>[A-Za-z]{3,9})\.? (?P<y>[0-9]{4})"
    r"|(?P<m2>[A-Za-z]{3,9})\.? (?P<d2>[0-9]{1,2}),? (?P<y2>[0-9]{4}))"
)


def _fast(text: str) -> PartialDate | None:
    match = _FAST.fullmatch(text)
    if match is None:
        return None
    if match["iy"]:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
    else:
        number = vocab.MONTH_NUMBER.get((match["m"] or match["m2"]).lower())
        if number is None:
            return None
        year, month = int(match["y"] or match["y2"]), number
        day = int(match["d"] or match["d2"])
    if not (1000 <= year < BE_THRESHOLD and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return interned(year, month, day, None)


def _read_strict(
    text: str, reference: dt.date | None, day_first: bool, what: str
) -> PartialDate | DateRange:
    fast = _fast(text.strip()) if what == "a date" else None
    if fast is not None:
        return fast
    stripped = text.strip()
    normal = stripped.translate(vocab.THAI_DIGITS)
    compiled = patterns()
    match, index = compiled.whole(normal)
    if match is None:
        found = fallback(normal, day_first=day_first) if what == "a date" else None
        if found is None:
            raise ParseError(f"cannot read {text!r} as {what}: {_EXPECTED}")
        return finish(found, reference)
    ctx = Context(stripped, reference=reference, day_first=day_first, finding=False)
    try:
        raw, _ = read(match, index, ctx)
        return finish(raw, reference)
    except ParseError as exc:
        raise ParseError(f"cannot read {text!r} as {what}: {exc}") from None


def _read_fuzzy(
    text: str, *, reference: dt.date | None, day_first: bool, what: str
) -> PartialDate | DateRange:
    skipped: list[ParseError] = []
    for mention in scan(
        text, reference=reference, day_first=day_first, skipped=skipped
    ):
        if what != "a date" or isinstance(mention.value, PartialDate):
            return mention.value
        raise ParseError(
            f"cannot read {text!r} as {what}: the first date in it, "
            f"{mention.text!r}, is a range; use parse_range"
        )
    for problem in skipped:
        if isinstance(problem, NeedsReferenceError):
            raise ParseError(f"cannot read {text!r} as {what}: {problem}")
    raise ParseError(f"found no date in {text!r}; {_EXPECTED}")


def parse_date(
    text: str,
    *,
    reference: dt.date | None = None,
    fuzzy: bool = False,
    day_first: bool = DAY_FIRST,
) -> PartialDate:
    """Read one date as news writes it, keeping only the precision given.

    Strict by default: the whole text must be one date (a time of day next to
    it is allowed and ignored). With ``fuzzy=True`` the first date in the text
    is returned and the words around it are skipped, with the same rules as
    :func:`find_dates`.

    Rules:

    * **Yearless dates** ("January 16") take, given a ``reference`` date, the
      year that puts the date nearest to the reference (ties go to the
      earlier year); without a reference they stay yearless (``--01-16``).
      A year is never guessed.
    * **Buddhist Era.** CE = BE − 543. A year marked "พ.ศ." or "B.E." is BE;
      a bare four-digit year of 2400 or more is BE (CE 2400 is four centuries
      away; BE 2400 is CE 1857); two digits after a Thai month are BE 25xx
      ("16 ม.ค. 68" is 16 January 2025). Thai digits are read as digits.
    * **Numeric dates** such as ``16-1-2025`` and ``18/01/2026`` are day first
      unless ``day_first=False``; there is no silent swap when the month
      would be out of range. Year-first ISO dates are always year-month-day.
    * **Relative dates** ("today", "last Thursday", "this June", "next year")
      need ``reference``. A weekday alone ("on Thursday") is the one nearest
      to it, "last"/"next" the one strictly before/after, "this" the one in
      the same Monday-to-Sunday week.
    * A weekday written next to a full date must agree with it.

    Args:
        text: The date, in English or Thai.
        reference: The date the text was written (a ``datetime`` counts as its
            date).
        fuzzy: Skip words around the date instead of refusing them.
        day_first: Read ``16-1-2025`` as 16 January (``True``, the default) or
            as the first of the 16th month (``False``: refused).

    Returns:
        The date with the precision the text gave.

    Raises:
        ParseError: ``text`` is not one date (the message names the text and
            what was expected), is a range, or is relative and no
            ``reference`` was given.
        TypeError: ``reference`` is not a ``date`` or ``datetime``.

    Example:
        >>> import datetime
        >>> from thaidigital.dates import parse_date
        >>> str(parse_date("Saturday, 3rd February 2024"))
        '2024-02-03'
        >>> str(parse_date("16 มกราคม พ.ศ. 2568")), str(parse_date("mid-2025"))
        ('2025-01-16', '2025 mid')
        >>> str(parse_date("January 16")), str(parse_date("January 16", reference=datetime.date(2025, 1, 22)))
        ('--01-16', '2025-01-16')
        >>> str(parse_date("It ended last Thursday.", fuzzy=True, reference=datetime.date(2025, 1, 22)))
        '2025-01-16'
        >>> parse_date("50th anniversary")
        Traceback (most recent call last):
        ...
        thaidigital.ParseError: cannot read '50th anniversary' as a date: expected ...

    .. versionadded:: 0.1.0
    """
    value = _read(
        text,
        reference=as_date(reference),
        fuzzy=fuzzy,
        day_first=day_first,
        what="a date",
    )
    if isinstance(value, DateRange):
        raise ParseError(
            f"cannot read {text!r} as a date: it is the range {value}; use parse_range"
        )
    return value


def parse_range(
    text: str,
    *,
    reference: dt.date | None = None,
    fuzzy: bool = False,
    day_first: bool = DAY_FIRST,
) -> DateRange:
    """Read a date range ("January 16-17, 2025", "between Sept 1 and Oct 10").

    A missing month or year at one end comes from the other end ("16-17
    January 2025", "March-April 2021"); a range that crosses a year end takes
    the year before for its start ("30 December - 2 January 2025"). A single
    date is returned as a range of that date alone (``end=None``), and so is a
    range whose ends are the same date. The rules of :func:`parse_date` apply
    to each end; "last week" is the Monday-to-Sunday week before the
    reference's.

    Args:
        text: The range, in English or Thai.
        reference: The date the text was written.
        fuzzy: Return the first date or range in the text, skipping the words
            around it.
        day_first: How to read numeric dates such as ``16-1-2025``.

    Returns:
        The range with the precision the text gave.

    Raises:
        ParseError: ``text`` is not one date or range, or its end is before
            its start, or it is relative and no ``reference`` was given.
        TypeError: ``reference`` is not a ``date`` or ``datetime``.

    Example:
        >>> import datetime
        >>> from thaidigital.dates import parse_range
        >>> str(parse_range("January 16-17, 2025")), str(parse_range("16-17 ม.ค. 68"))
        ('2025-01-16/2025-01-17', '2025-01-16/2025-01-17')
        >>> str(parse_range("January 16-17", reference=datetime.date(2025, 1, 22)))
        '2025-01-16/2025-01-17'
        >>> str(parse_range("last week", reference=datetime.date(2025, 1, 22)))
        '2025-01-13/2025-01-19'

    .. versionadded:: 0.1.0
    """
    value = _read(
        text,
        reference=as_date(reference),
        fuzzy=fuzzy,
        day_first=day_first,
        what="a date range",
    )
    if isinstance(value, PartialDate):
        return DateRange(start=value)
    return value
