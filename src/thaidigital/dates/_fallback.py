"""The last resort for strict ``parse_date``: dateutil, with Thai words rewritten.

Only texts no pattern knows reach this (``"Thu, 16 Jan 2025 10:00:00 +0700"``
does not; ``"2025 January 16"`` or ``"16-Jan-2025"`` do). One ``parserinfo``
and one ``parser`` serve every call: building them per call costs half as
much again as the parse itself.

dateutil fills what the text leaves out from a default ``datetime``. Parsing
twice with two defaults that differ in every field tells which fields the text
gave: those that came out the same both times.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from dateutil import parser as dateutil_parser

from thaidigital.dates import _vocabulary as vocab
from thaidigital.dates._parse import BE_OFFSET, BE_THRESHOLD
from thaidigital.models import PartialDate

_MAX_LENGTH: Final = 64


class _ParserInfo(dateutil_parser.parserinfo):
    """English tables, with Buddhist Era years turned into CE."""

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        if year >= BE_THRESHOLD:
            return year - BE_OFFSET
        return int(super().convertyear(year, century_specified))


def _thai_rewrites() -> dict[str, str]:
    english_months = {
        int(row[0]): str(row[2] if len(row) > 2 else row[1])
        for row in vocab.ENGLISH_MONTHS
    }
    english_days = {int(row[0]): str(row[1]) for row in vocab.ENGLISH_WEEKDAYS}
    table: dict[str, str] = {}
    for number, full, abbr in vocab.THAI_MONTHS:
        for name in (full, abbr, abbr.rstrip(".")):
            table[name] = english_months[number]
    for number, *names in vocab.THAI_WEEKDAYS:
        for name in names:
            table[str(name)] = english_days[int(number)]
    for name, is_be in vocab.ERAS_BEFORE:
        if not name.isascii() and is_be:
            table[name] = ""  # BE years are 2400 and above: convertyear handles them
    for word in ("วันที่", "วัน", "ที่", "เวลา", "น."):
        table[word] = ""
    return table


_REWRITES: Final = _thai_rewrites()
_THAI_WORDS: Final = re.compile(
    "|".join(re.escape(w) for w in sorted(_REWRITES, key=len, reverse=True))
)
_PARSER: Final = dateutil_parser.parser(_ParserInfo())
# Every field differs between the two defaults; both years are leap years.
_DEFAULTS: Final = (dt.datetime(2000, 1, 1), dt.datetime(2004, 12, 28))


def fallback(text: str, *, day_first: bool) -> PartialDate | None:
    """Read ``text`` with dateutil; ``None`` if it gives no year and no month."""
    if len(text) > _MAX_LENGTH or not any(c.isdigit() for c in text):
        return None
    rewritten = _THAI_WORDS.sub(lambda m: f" {_REWRITES[m.group()]} ", text)
    try:
        first, second = (
            # A zone word dateutil does not know ("10:00 ASCN") would warn;
            # only the day matters here.
            _PARSER.parse(rewritten, default=default, dayfirst=day_first, ignoretz=True)
            for default in _DEFAULTS
        )
    except (ValueError, OverflowError):
        return None
    year = first.year if first.year == second.year else None
    month = first.month if first.month == second.month else None
    day = first.day if first.day == second.day and month is not None else None
    if month is None and year is None:
        return None
    return PartialDate(year=year, month=month, day=day)
