"""Dates with the precision the text gave: ``PartialDate`` and ``DateRange``."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re

import attrs

from thaidigital._errors import InvalidValueError, ParseError, shown
from thaidigital.models._validators import between, optional

__all__ = ["DateRange", "PartialDate", "Precision", "Qualifier"]


class Precision(enum.StrEnum):
    """How much of a date the text gave.

    .. versionadded:: 0.1.0
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Qualifier(enum.StrEnum):
    """A part of a year or month named in words ("early 2024", "mid-2025").

    .. versionadded:: 0.1.0
    """

    EARLY = "early"
    MID = "mid"
    LATE = "late"


# ``2025``, ``2025-01``, ``2025-01-16``, ``--01``, ``--01-16``, each optionally
# followed by `` early``/`` mid``/`` late``. Anchored and without nested
# quantifiers, so it runs in linear time on any input.
_ISO_PREFIX = re.compile(
    r"(?:(?P<year>[0-9]{4})|-)(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
    r"(?: (?P<qualifier>early|mid|late))?"
)


def _month_length(year: int | None, month: int) -> int:
    # A yearless 29 February is a real date in some year, so allow it.
    return calendar.monthrange(year if year is not None else 2000, month)[1]


@attrs.frozen(kw_only=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    News often gives less than a full date ("November 2023", "2026") or no
    year ("January 16"). A ``PartialDate`` keeps exactly what was given and
    never fills in the rest. Its text form is an ISO 8601 prefix (``2025``,
    ``2025-01``, ``2025-01-16``); a date without a year is written ``--01-16``
    (ISO 8601:2000's truncated form). A qualifier for "early", "mid" or "late"
    follows after a space: ``2025 mid``.

    Attributes:
        year: The year (1–9999), or ``None`` when the text gave none.
        month: The month (1–12), or ``None``.
        day: The day of the month, or ``None``; needs a month.
        qualifier: "early", "mid" or "late" part of the year or month.

    Example:
        >>> from thaidigital import PartialDate
        >>> d = PartialDate(year=2025, month=1)
        >>> str(d), d.precision.value
        ('2025-01', 'month')
        >>> d.earliest(), d.latest()
        (datetime.date(2025, 1, 1), datetime.date(2025, 1, 31))
        >>> PartialDate.parse("--01-16")
        PartialDate(year=None, month=1, day=16, qualifier=None)

    .. versionadded:: 0.1.0
    """

    year: int | None = attrs.field(default=None, validator=optional(between(1, 9999)))
    month: int | None = attrs.field(default=None, validator=optional(between(1, 12)))
    day: int | None = attrs.field(default=None, validator=optional(between(1, 31)))
    qualifier: Qualifier | None = attrs.field(
        default=None, validator=optional(attrs.validators.instance_of(Qualifier))
    )

    def __attrs_post_init__(self) -> None:
        if self.day is not None:
            if self.month is None:
                raise InvalidValueError("day", self.day, "a day needs a month")
            if self.day > _month_length(self.year, self.month):
                raise InvalidValueError(
                    "day", self.day, f"{self.day} is not a day of {self._prefix(2)}"
                )
            if self.qualifier is not None:
                raise InvalidValueError(
                    "qualifier",
                    self.qualifier.value,
                    "a full date cannot be early, mid or late",
                )
        if self.year is None and self.month is None:
            raise InvalidValueError("year", None, "a date needs a year or a month")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read the text form written by ``str()``.

        Only the canonical form is accepted; use :func:`thaidigital.dates.parse_date`
        for dates as news writes them.

        Raises:
            ParseError: ``text`` is not an ISO 8601 prefix date.

        Example:
            >>> PartialDate.parse("2025-01-16")
            PartialDate(year=2025, month=1, day=16, qualifier=None)
            >>> PartialDate.parse("2025 mid").qualifier
            <Qualifier.MID: 'mid'>

        .. versionadded:: 0.1.0
        """
        if not isinstance(text, str):
            raise ParseError(f"expected an ISO 8601 date string, got {shown(text)}")
        match = _ISO_PREFIX.fullmatch(text)
        if match is None or (match["year"] is None and match["month"] is None):
            raise ParseError(
                f"{shown(text)} is not an ISO 8601 date such as 2025, 2025-01, "
                "2025-01-16 or --01-16"
            )
        year, month, day, qualifier = match.group("year", "month", "day", "qualifier")
        try:
            return cls(
                year=int(year) if year else None,
                month=int(month) if month else None,
                day=int(day) if day else None,
                qualifier=Qualifier(qualifier) if qualifier else None,
            )
        except InvalidValueError as exc:
            raise ParseError(f"{shown(text)} is not a valid date: {exc}") from None

    @classmethod
    def from_date(cls, date: dt.date) -> PartialDate:
        """Make a day-precision ``PartialDate`` from a ``datetime.date``.

        Example:
            >>> import datetime
            >>> str(PartialDate.from_date(datetime.date(2025, 1, 16)))
            '2025-01-16'

        .. versionadded:: 0.1.0
        """
        return cls(year=date.year, month=date.month, day=date.day)

    @property
    def precision(self) -> Precision:
        """The finest unit given (year, month or day)."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def has_year(self) -> bool:
        """Whether the year is known."""
        return self.year is not None

    def _prefix(self, parts: int = 3) -> str:
        text = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is not None and parts >= 2:
            text += f"-{self.month:02d}"
            if self.day is not None and parts >= 3:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        if self.qualifier is None:
            return self._prefix()
        return f"{self._prefix()} {self.qualifier.value}"

    def with_year(self, year: int) -> PartialDate:
        """Return a copy with the year set, e.g. once context tells it.

        Example:
            >>> str(PartialDate.parse("--01-16").with_year(2025))
            '2025-01-16'

        .. versionadded:: 0.1.0
        """
        return attrs.evolve(self, year=year)

    def _require_year(self) -> int:
        if self.year is None:
            raise InvalidValueError(
                "year", None, f"{self} has no year, so it has no calendar bounds"
            )
        return self.year

    def earliest(self) -> dt.date:
        """The first day the date can mean.

        Raises:
            InvalidValueError: the date has no year.
        """
        year = self._require_year()
        return dt.date(year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the date can mean.

        Raises:
            InvalidValueError: the date has no year.
        """
        year = self._require_year()
        month = self.month or 12
        return dt.date(year, month, self.day or _month_length(year, month))

    def contains(self, date: dt.date) -> bool:
        """Whether ``date`` falls within this date's span.

        Example:
            >>> import datetime
            >>> PartialDate(year=2025, month=1).contains(datetime.date(2025, 1, 16))
            True

        .. versionadded:: 0.1.0
        """
        return self.earliest() <= date <= self.latest()

    def _key(self) -> tuple[int, int]:
        # (month, day) order for yearless dates; both ends compare on it.
        return (self.month or 1, self.day or 1)


def _end_before_start(start: PartialDate, end: PartialDate) -> bool:
    if start.year is None:
        last = (end.month or 12, end.day or 31)
        return last < start._key()
    return end.latest() < start.earliest()


@attrs.frozen(kw_only=True)
class DateRange:
    """A span from one ``PartialDate`` to another, or a single date.

    ``end=None`` means the range is the start date itself (a one-day meeting,
    say); an end equal to the start is refused so each range has one form.
    Both ends have a year, or neither does. Its text form is the ISO 8601
    interval ``2025-01-16/2025-01-17``.

    Attributes:
        start: The first date.
        end: The last date, or ``None`` for a single date.

    Example:
        >>> from thaidigital import DateRange
        >>> r = DateRange.parse("2025-01-16/2025-01-17")
        >>> str(r.start), str(r.end), r.latest()
        ('2025-01-16', '2025-01-17', datetime.date(2025, 1, 17))
        >>> str(DateRange.parse("--01-16/--01-17"))
        '--01-16/--01-17'

    .. versionadded:: 0.1.0
    """

    start: PartialDate = attrs.field(
        validator=attrs.validators.instance_of(PartialDate)
    )
    end: PartialDate | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate)),
    )

    def __attrs_post_init__(self) -> None:
        end = self.end
        if end is None:
            return
        if end == self.start:
            raise InvalidValueError(
                "end", str(end), "equals start; leave end empty for a single date"
            )
        if (self.start.year is None) != (end.year is None):
            raise InvalidValueError(
                "end",
                str(end),
                f"{end} and {self.start} must both have a year or neither",
            )
        if _end_before_start(self.start, end):
            raise InvalidValueError(
                "end", str(end), f"{end} is before the start {self.start}"
            )

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Read the text form written by ``str()``.

        Raises:
            ParseError: ``text`` is not ``START`` or ``START/END`` in ISO form,
                or the end is before the start.

        Example:
            >>> DateRange.parse("2025-01/2025-03").end
            PartialDate(year=2025, month=3, day=None, qualifier=None)

        .. versionadded:: 0.1.0
        """
        if not isinstance(text, str):
            raise ParseError(f"expected an ISO 8601 interval string, got {shown(text)}")
        first, sep, second = text.partition("/")
        start = PartialDate.parse(first)
        end = PartialDate.parse(second) if sep else None
        try:
            return cls(start=start, end=end)
        except InvalidValueError as exc:
            raise ParseError(f"{shown(text)} is not a valid range: {exc}") from None

    @classmethod
    def single(cls, date: PartialDate) -> DateRange:
        """A range that is one date.

        .. versionadded:: 0.1.0
        """
        return cls(start=date)

    def __str__(self) -> str:
        if self.end is None:
            return str(self.start)
        return f"{self.start}/{self.end}"

    @property
    def last(self) -> PartialDate:
        """The end date, or the start when the range is one date."""
        return self.start if self.end is None else self.end

    def earliest(self) -> dt.date:
        """The first day of the range (needs a year)."""
        return self.start.earliest()

    def latest(self) -> dt.date:
        """The last day of the range (needs a year)."""
        return self.last.latest()
