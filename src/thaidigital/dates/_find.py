"""Find every date and range in running prose, with its span."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator
from typing import Final

import attrs

from thaidigital._errors import ParseError
from thaidigital.dates import _vocabulary as vocab
from thaidigital.dates._parse import (
    DAY_FIRST,
    Context,
    NeedsReferenceError,
    as_date,
    finish,
    read,
)
from thaidigital.dates._patterns import FieldIndex, Fields, patterns
from thaidigital.models import DateRange, PartialDate, Precision


class MentionKind(enum.StrEnum):
    """What a date found in prose is.

    ``DOCUMENT_PERIOD`` is a year or year range that names the period a
    document covers, not when something happened: the "(2023-2024)" of
    "ASEAN Online Scam Survey Report (2023-2024)" or the "2023-2027" of
    "Digital Master Plan 2023-2027".

    Example:
        >>> from thaidigital.dates import MentionKind
        >>> MentionKind.RANGE.value
        'range'

    .. versionadded:: 0.1.0
    """

    DATE = "date"
    RANGE = "range"
    DOCUMENT_PERIOD = "document_period"


@attrs.frozen(kw_only=True)
class DateMention:
    """A date or range found in a text, where it was, and what it means.

    Attributes:
        start: Offset of the first character of the mention in the text.
        end: Offset just past its last character; the searched text's
            ``[start:end]`` slice is the mention's ``text``.
        text: The mention as written.
        value: The date (:class:`~thaidigital.PartialDate`) or range
            (:class:`~thaidigital.DateRange`) it means.
        kind: Whether it is a date, a range or the period of a document.
        relative: Whether it was read against the reference date
            ("yesterday", "last week").

    Example:
        >>> from thaidigital.dates import find_dates
        >>> [mention] = find_dates("The meeting took place on January 16-17 in Bangkok.")
        >>> mention.text, mention.start, mention.end, str(mention.value)
        ('January 16-17', 26, 39, '--01-16/--01-17')

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    text: str
    value: PartialDate | DateRange = attrs.field(
        validator=attrs.validators.instance_of((PartialDate, DateRange))
    )
    kind: MentionKind = MentionKind.DATE
    relative: bool = False


_DOCUMENT_NOUNS: Final = frozenset(w for w in vocab.DOCUMENT_NOUNS if w.isascii())
_THAI_DOCUMENT_NOUNS: Final = tuple(w for w in vocab.DOCUMENT_NOUNS if not w.isascii())
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)\s{0,3}\(?\s{0,3}$")
_LOOK_BACK: Final = 40


def _years_only(value: PartialDate | DateRange) -> bool:
    if isinstance(value, PartialDate):
        return value.precision is Precision.YEAR and value.qualifier is None
    return all(
        date.precision is Precision.YEAR and date.qualifier is None
        for date in (value.start, value.last)
    )


def _kind(
    value: PartialDate | DateRange, text: str, start: int, end: int
) -> MentionKind:
    if _years_only(value):
        before = text[max(0, start - _LOOK_BACK) : start]
        word = _WORD_BEFORE.search(before)
        bare = before.rstrip()
        in_parentheses = bare.endswith("(") and text[end : end + 4].lstrip().startswith(
            ")"
        )
        if word is not None and (
            word.group(1).casefold() in _DOCUMENT_NOUNS
            or (in_parentheses and word.group(1)[0].isupper())
        ):
            return MentionKind.DOCUMENT_PERIOD
        if bare.rstrip("( ").endswith(_THAI_DOCUMENT_NOUNS):
            return MentionKind.DOCUMENT_PERIOD
    if isinstance(value, DateRange):
        return MentionKind.RANGE
    return MentionKind.DATE


def scan(
    text: str,
    *,
    reference: dt.date | None,
    day_first: bool,
    skipped: list[ParseError] | None = None,
) -> Iterator[DateMention]:
    """Yield the mentions in ``text`` left to right; record what was skipped."""
    normal = text.translate(vocab.THAI_DIGITS)
    compiled = patterns()
    ctx = Context(text, reference=reference, day_first=day_first, finding=True)
    position = 0
    while (match := compiled.find.search(normal, position)) is not None:
        mention = _mention(match, compiled.find_index, ctx, skipped)
        if mention is None:
            # A range that did not hold may still start with a good date.
            retry = compiled.single.match(normal, match.start())
            mention = retry and _mention(retry, compiled.single_index, ctx, skipped)
        if mention is None:
            position = match.start() + 1
            continue
        yield mention
        position = max(mention.end, match.start() + 1)


def _mention(
    match: re.Match[str],
    index: FieldIndex,
    ctx: Context,
    skipped: list[ParseError] | None,
) -> DateMention | None:
    try:
        raw, relative = read(match, index, ctx)
        value = finish(raw, ctx.reference)
    except ParseError as exc:
        if skipped is not None:
            skipped.append(exc)
        return None
    start, end = match.span()
    if match.lastgroup == "S8":  # the month after "in", "since"…
        start, end = Fields(match, index, "S8").span("month")
    text = ctx.text
    return DateMention(
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        kind=_kind(value, text, start, end),
        relative=relative,
    )


def find_dates(
    text: str,
    *,
    reference: dt.date | None = None,
    day_first: bool = DAY_FIRST,
) -> list[DateMention]:
    """Find every date and range in running prose.

    Each mention keeps its span, so ``text[m.start:m.end] == m.text``. Finding
    is stricter than :func:`parse_date` about what counts as a date:

    * English month names must be capitalised ("may" and "march" are verbs);
      a month alone counts only after "in", "since", "for"… ("scheduled for
      November").
    * A bare four-digit number is a year only if it falls in 1900–2100 (after
      the Buddhist Era rule), so "1500 participants" is not a date.
    * Relative expressions ("yesterday", "last week") are found only when
      ``reference`` is given; otherwise they are skipped.
    * A year or year range in parentheses after a capitalised word, or right
      after a document noun ("Plan", "Report", "แผน"), is the period of a
      document: it is reported with kind ``DOCUMENT_PERIOD``.
    * Numbers that are not dates ("50th anniversary", "3:15 p.m.", "1.8
      million", "5G", "Industry 4.0") are never reported.

    Args:
        text: Any text, English or Thai.
        reference: The date the text was written. Yearless dates get the year
            that puts them nearest to it; relative dates are resolved from it.
        day_first: How to read numeric dates such as ``16-1-2025``.

    Returns:
        The mentions, in order of position, none overlapping.

    Example:
        >>> import datetime
        >>> text = "Released Tuesday, 21 January 2025: the Report (2023-2024) is out."
        >>> for m in find_dates(text):
        ...     print(m.start, m.text, m.value, m.kind.value)
        9 Tuesday, 21 January 2025 2025-01-21 date
        47 2023-2024 2023/2024 document_period
        >>> [m.value for m in find_dates("ประชุมเมื่อวานนี้", reference=datetime.date(2025, 1, 22))]
        [PartialDate(year=2025, month=1, day=21, qualifier=None)]

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates expects a str, got {type(text).__name__}")
    return list(
        scan(text, reference=as_date(reference), day_first=day_first, skipped=None)
    )


__all__ = ["DateMention", "MentionKind", "NeedsReferenceError", "find_dates", "scan"]
