"""Dates as news writes them, read into honest, typed values.

``parse_date`` reads one date, ``parse_range`` one range, and ``find_dates``
every date and range in running prose with its span. Values are
:class:`~thaidigital.PartialDate` and :class:`~thaidigital.DateRange`: a date
keeps the precision the text gave ("November 2023" is a month, "2026" a year,
"January 16" has no year) and nothing is filled in by guessing.

English and Thai are both read: full and abbreviated month names (January,
Jan., Sept; มกราคม, ม.ค.), weekday names, Thai digits, and Buddhist Era years
with or without "พ.ศ." (CE = BE − 543; see :func:`parse_date` for the rules).
The vocabulary lives in tables (``thaidigital/dates/_vocabulary.py``); known
shapes are read with precompiled, linear-time regular expressions, and only a
strict ``parse_date`` of an unknown shape falls back to dateutil.

Example:
    >>> import datetime
    >>> from thaidigital import dates
    >>> str(dates.parse_date("12:49 JST, December 18, 2023"))
    '2023-12-18'
    >>> str(dates.parse_range("16 to 17 January 2025"))
    '2025-01-16/2025-01-17'
    >>> [(m.text, str(m.value)) for m in dates.find_dates(
    ...     "Talks ran 16-17 ม.ค. 68 and resume yesterday (Nov 7).")]
    [('16-17 ม.ค. 68', '2025-01-16/2025-01-17'), ('yesterday (Nov 7)', '--11-07')]

Attributes:
    DAY_FIRST: The default of every ``day_first`` switch, ``True``:
        ``16-1-2025`` is 16 January, as Thai and ASEAN outlets write it.
    BE_THRESHOLD: ``2400``; a bare four-digit year at or above it is a
        Buddhist Era year.

.. versionadded:: 0.1.0
"""

from thaidigital.dates._api import parse_date, parse_range
from thaidigital.dates._find import DateMention, MentionKind, find_dates
from thaidigital.dates._parse import BE_THRESHOLD, DAY_FIRST

__all__ = [
    "BE_THRESHOLD",
    "DAY_FIRST",
    "DateMention",
    "MentionKind",
    "find_dates",
    "parse_date",
    "parse_range",
]
