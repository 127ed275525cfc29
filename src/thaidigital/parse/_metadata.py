"""Metadata lines: date line, read time, byline, tags, breadcrumbs, datelines.

Each reader takes one normalised line and returns what it found, or ``None``.
Patterns are anchored with bounded or unambiguous repetition (linear time).
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import re

import attrs

from thaidigital import reference
from thaidigital._errors import InvalidValueError
from thaidigital.models import PartialDate, Place
from thaidigital.parse._lines import ends_sentence
from thaidigital.parse._pack import rows

__all__ = [
    "DateLine",
    "Dateline",
    "date_shaped",
    "opens_with_day",
    "read_breadcrumb_line",
    "read_byline",
    "read_counter_suffix",
    "read_credit_line",
    "read_date",
    "read_date_line",
    "read_dated_line",
    "read_dated_suffix",
    "read_dateline",
    "read_headline_date",
    "read_minutes",
    "read_opening_date",
    "read_prose_tags",
    "read_source_tag_line",
    "read_source_tag_suffix",
    "read_tags_line",
    "read_thai_byline",
    "read_title_label",
    "resolve_place",
]

# --- dates -----------------------------------------------------------------

_DATE_MAX_CHARS = 60
_DATE_PREFIX = re.compile(
    r"(?:(?:first |last )?(?:published|posted|updated|date)(?: on)? ?:? )",
    re.IGNORECASE,
)


def _month_words() -> re.Pattern[str]:
    """English and Thai month names and abbreviations, from the dates tables."""
    from thaidigital.dates._vocabulary import ENGLISH_MONTHS, THAI_MONTHS

    english = sorted((str(n) for _, *names in ENGLISH_MONTHS for n in names), key=len)
    thai: list[str] = []
    for _, full, abbr in THAI_MONTHS:
        # "ก.พ." is also written without its last dot.
        thai += [full, abbr, abbr.rstrip(".")]
    return re.compile(
        rf"\b(?:{'|'.join(reversed(english))})\b|"
        + "|".join(re.escape(w) for w in sorted(thai, key=len, reverse=True)),
        re.IGNORECASE,
    )


_MONTH_WORD = functools.cache(_month_words)
# "3/5/2024", "03.05.67", "2024-05-03", "2024-05": numbers alone make a date
# only in one of these shapes, so "Room 12 3" or "เลขที่ 12 345" are none.
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}([-/.])\d{1,2}\1\d{2,4}|\d{4}([-/.])\d{1,2}(?:\2\d{1,2})?)(?!\d)"
)


def date_shaped(text: str) -> bool:
    """Whether ``text`` is written like a date: with a month's name, or in a
    whole numeric date shape. Bare numbers ("12 3", "Page 3 of 12") are not.

    >>> date_shaped("3 May 2024"), date_shaped("16 พ.ย. 2566"), date_shaped("2024-05-03")
    (True, True, True)
    >>> date_shaped("12 3"), date_shaped("Page 3 of 12"), date_shaped("2024")
    (False, False, False)
    """
    return bool(_MONTH_WORD().search(text) or _NUMERIC_DATE.search(text))


# A day and month open a line within its first word and this many after it.
_OPENING_DAY_WORDS = 3


def opens_with_day(text: str) -> bool:
    """Whether a day and month open ``text``, perhaps after one word ("วันที่
    4 เมษายน เวลา …", "เมื่อวันที่ 2 กันยายน 2562 ณ …"): a story's scene.

    >>> opens_with_day("เมื่อวันที่ 2 กันยายน 2562 ณ กรุงโซล"), opens_with_day("4 May 2024 was")
    (True, True)
    >>> opens_with_day("Ministers met on 4 May 2024")
    False
    """
    words = text.split(" ", _OPENING_DAY_WORDS + 1)
    for first in (0, 1):
        for size in range(_OPENING_DAY_WORDS, 1, -1):
            date = read_date(" ".join(words[first : first + size]), None)
            if date is not None and None not in (date.day, date.month):
                return True
    return False


def read_date(text: str, reference_date: dt.date | None) -> PartialDate | None:
    """``thaidigital.dates.parse_date`` on short text written like a date
    (:func:`date_shaped`); ``None`` if it is no date.

    >>> str(read_date("3 May 2024", None)), read_date("12 345", None)
    ('2024-05-03', None)
    """
    if len(text) > _DATE_MAX_CHARS or not any(c.isdigit() for c in text):
        return None
    if not date_shaped(text):
        return None
    try:
        from thaidigital.dates import parse_date
    except ImportError:  # pragma: no cover - the dates module is not there yet
        return None
    try:
        return parse_date(text, reference=reference_date)
    except (ValueError, OverflowError, LookupError):
        # ParseError is a ValueError; dateutil may also overflow on odd numbers.
        return None


def read_date_line(text: str, reference_date: dt.date | None) -> PartialDate | None:
    """A line that is only a date, perhaps after "Published:" or "Updated"."""
    match = _DATE_PREFIX.match(text)
    rest = text[match.end() :] if match else text
    return read_date(rest, reference_date)


# --- lines that state the page's date -----------------------------------------


@attrs.frozen
class DateLine:
    """A line that states a date, and how it states it.

    ``kind`` is ``"published"`` or ``"updated"`` after a label of that kind,
    ``"credit"`` in a credit line, else ``"plain"`` (the line is only a date)
    or ``"headed"`` (a short name, outlet or section before the date). The
    date starts at ``at`` in the line.
    """

    kind: str
    date: PartialDate
    at: int = 0


def _alternation(phrases: list[str]) -> str:
    # Longest first, so "published on" wins over "published".
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def _date_label() -> re.Pattern[str]:
    labels = _alternation([row["label"] for row in rows("date_labels")])
    # "Published: 3 May", "Posted on 3 May", and "Updated:2024-04-01" with
    # no space after the colon.
    return re.compile(rf"(?P<label>{labels})(?: ?[:：] ?| )", re.IGNORECASE)


@functools.cache
def _label_kinds() -> dict[str, str]:
    return {row["label"].casefold(): row["kind"] for row in rows("date_labels")}


@functools.cache
def _credit_label() -> re.Pattern[str]:
    labels = _alternation([row["label"] for row in rows("credit_labels")])
    return re.compile(rf"(?:{labels}) ?(?::|：) ?", re.IGNORECASE)


@functools.cache
def _credit_after() -> re.Pattern[str]:
    """A credit label after a space, as a date line ends with one."""
    return re.compile(rf" {_credit_label().pattern}", re.IGNORECASE)


_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?น\.)?")
# A time set off after a date by a colon or a bar, at the end of a line.
_SET_OFF_TIME = re.compile(
    r" [:|] \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?(?:น\.|[ap]\.?m\.?))?\Z",
    re.IGNORECASE,
)
# The time, offset and zone name a script's date prints after the date:
# "Tue Mar 09 2021 08:30:00 GMT+0700 (Indochina Time)".
_SCRIPT_TIME = re.compile(
    r" \d{2}:\d{2}:\d{2} (?:GMT|UTC)[+-]\d{4}(?: \([A-Za-z][A-Za-z .'-]{0,59}\))?\Z"
)
_HEAD_EDGES = " ,;|·–—-:"
# A date is at most this many words ("Wednesday, 22 November 2017 16:28:07 น.").
_DATE_MAX_WORDS = 8
_HEADED_MAX_WORDS = 4
_CREDIT_MAX_WORDS = 6


@functools.cache
def _bare_zone() -> re.Pattern[str]:
    """A time zone left at the end of a date line with no time before it
    ("Tue, 21 May 2024 GMT")."""
    # Imported here, as read_date imports the dates package: the parser's
    # modules load before it.
    from thaidigital.dates._vocabulary import TIME_ZONES

    return re.compile(
        r"(?<=\d) (?:" + "|".join(re.escape(zone) for zone in TIME_ZONES) + r")\Z"
    )


def _without_time(text: str) -> str:
    """ "11 November 2022 ( 10:43 )" → "11 November 2022"; "Tue, 21 May
    2024 GMT" → "Tue, 21 May 2024"; "3 May 2024 : 9.07 am" → "3 May 2024";
    "Tue Mar 09 2021 08:30:00 GMT+0700 (Indochina Time)" →
    "Tue Mar 09 2021"."""
    if text.endswith(")"):
        at = text.rfind("(")
        if at > 0 and _TIME_OF_DAY.fullmatch(text[at + 1 : -1].strip()):
            return text[:at].rstrip()
    script = _SCRIPT_TIME.search(text)
    if script is not None:
        return text[: script.start()]
    zone = _bare_zone().search(text)
    if zone is not None:
        return text[: zone.start()]
    # "27 กันยายน 2564 : 20:00 น.", "November 24th, 2022 : 9.07 am"
    time = _SET_OFF_TIME.search(text)
    return text[: time.start()] if time is not None else text


def _without_source(text: str) -> str:
    """ "News 22 Oct 2019 18:26 —Cabinet" → "News 22 Oct 2019 18:26": the
    source or label a date line names after a dash or a bar ("Lima, 15 May
    2024 | For Immediate Release"), once a date or time ends before
    it."""
    at = max(text.rfind("—"), text.rfind("–"), text.rfind("|"))
    head = text[:at].rstrip()
    if at <= 0 or not head[-1:].isdigit():
        return text
    tail = text[at + 1 :].strip()
    return head if _name_like(tail, _HEADED_MAX_WORDS) else text


# A view or comment count: "303", "1,082".
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
_MAX_COUNTS = 3
_YEAR = re.compile(r"\d{4}")


def _without_counts(text: str) -> str:
    """ "16 พ.ย. 2566 303 0" → "16 พ.ย. 2566": the view and comment counts a
    date bar prints after its date, once a year or a time ends the date."""
    words = text.split(" ")
    for size in range(1, min(_MAX_COUNTS, len(words) - 1) + 1):
        if not _COUNT.fullmatch(words[-size]):
            return text
        last = words[-size - 1]
        if _YEAR.fullmatch(last) or _TIME_OF_DAY.fullmatch(last) or last == "น.":
            return " ".join(words[:-size])
    return text


def _without_credit(text: str) -> str:
    """ "Updated: May 22, 2024 Source: Wire Agency" → "Updated: May 22, 2024":
    a credit a date line names after its date or time."""
    matches = collections.deque(_credit_after().finditer(text), maxlen=1)
    if not matches:
        return text
    last = matches[0]
    if not text[: last.start()][-1:].isdigit():
        return text
    tail = text[last.end() :].strip()
    return text[: last.start()] if _name_like(tail, _CREDIT_MAX_WORDS) else text


#: The most characters of a byline, outlet or section before a date: Thai
#: writes a headline with few spaces, so words alone do not tell it apart.
_NAME_MAX_CHARS = 40


def _name_like(head: str, max_words: int) -> bool:
    """A byline, outlet or section: a few words, none starting in lower case."""
    words = head.split(" ")
    return (
        bool(head)
        and len(words) <= max_words
        and len(head) <= _NAME_MAX_CHARS
        and not any(w[0].isalpha() and w[0].islower() for w in words)
        and head[-1] not in ".!?"
    )


_BY = re.compile(r"^by\s+", re.IGNORECASE)
_OUTLET_AFTER = re.compile(r"(?<=\S) \([A-Z][^()]{0,39}\)$")


def _tail_date(
    text: str, max_head: int, reference_date: dt.date | None
) -> DateLine | None:
    """The longest run of last words that is a date, after a name-like head."""
    words = text.split(" ")
    if len(words) > max_head + _DATE_MAX_WORDS + 2:
        # Longer than a name and a date (with a stray mark or two): a
        # sentence, not a dated header line.
        return None
    for size in range(min(_DATE_MAX_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:-size]).strip(_HEAD_EDGES)
        # "by Staff Writer 03-02-2024": a byline's "by" is not in the name,
        # nor the outlet in brackets after it ("Ana Diaz (The Freeman) -").
        head = _OUTLET_AFTER.sub("", _BY.sub("", head))
        if not _name_like(head, max_head):
            continue
        date = read_date(" ".join(words[-size:]).strip(_HEAD_EDGES), reference_date)
        if date is not None and date.month is not None:
            at = len(text) - len(" ".join(words[-size:]))
            return DateLine("headed", date, at)
    return None


def read_dated_line(text: str, reference_date: dt.date | None) -> DateLine | None:
    """A header line that states a date: "Published: 3 May 2024", "May 3,
    2024", "Somchai Jaidee 3 May 2024", "วันที่ลงข่าว 3 พ.ค. 2567", a section
    name, a date with weekday and time, a source after a dash or a credit
    label, and view or comment counts after the date ("16 พ.ย. 2566 303 0").

    >>> line = read_dated_line("Posted on May 3, 2024", None)
    >>> line.kind, str(line.date)
    ('published', '2024-05-03')
    >>> line = read_dated_line("Somchai Jaidee 3 May 2024 ( 10:43 )", None)
    >>> line.kind, str(line.date), line.at
    ('headed', '2024-05-03', 15)
    >>> line = read_dated_line("Politics Tuesday May 7, 2024 18:26 —Cabinet", None)
    >>> line.kind, str(line.date), line.at
    ('headed', '2024-05-07', 9)
    >>> str(read_dated_line("16 พ.ย. 2566 303 0", None).date)
    '2023-11-16'
    >>> line = read_dated_line("Updated: May 22, 2024 Source: Wire Agency", None)
    >>> line.kind, str(line.date)
    ('updated', '2024-05-22')
    >>> str(read_dated_line("by Staff Writer 03-02-2024 | 7:00 AM", None).date)
    '2024-02-03'
    >>> str(read_dated_line("Ana Maria J. Diaz (The Courier) - May 3, 2024 - 9:00am", None).date)
    '2024-05-03'
    >>> line = read_dated_line("Lima, 15 May 2024 | For Immediate Release", None)
    >>> line.kind, str(line.date)
    ('headed', '2024-05-15')
    >>> read_dated_line("Ministers meet on 3 May 2024", None) is None
    True
    """
    text = _without_counts(_without_source(_without_credit(_without_time(text))))
    label = _date_label().match(text)
    if label is not None:
        rest = text[label.end() :].strip(_HEAD_EDGES)
        date = read_date(rest, reference_date) or _date_then_extras(
            rest, reference_date
        )
        if date is not None:
            kind = _label_kinds()[label["label"].casefold()]
            return DateLine(kind, date, 0)
    date = read_date(text, reference_date) or _date_then_extras(text, reference_date)
    if date is not None:
        return DateLine("plain", date, 0)
    return _tail_date(text, _HEADED_MAX_WORDS, reference_date)


# "January 5, 2018 / 5:20 AM / a day ago", "Monday, May 4th, 2020, Section,
# Topic": a whole date, then short pieces after a slash or a comma.
_EXTRA_CUT = re.compile(r" / |, ")
_EXTRAS_MAX_CHARS = 2 * _DATE_MAX_CHARS
_EXTRA_MAX_WORDS = 4
# Thai writes a section's name without spaces: pieces are short in letters too.
_EXTRA_MAX_CHARS = 30


def _date_then_extras(text: str, reference_date: dt.date | None) -> PartialDate | None:
    """The whole date (day, month and year) a short line opens with, when
    only short pieces (a time, an age, a section's name) follow it, each
    after " / " or ", "; the longest such opening wins.

    >>> str(_date_then_extras("January 5, 2024 / 5:20 AM / a day ago", None))
    '2024-01-05'
    >>> _date_then_extras("May 5, 2024, ministers met in Lima to sign a pact", None)
    """
    if len(text) > _EXTRAS_MAX_CHARS or text.endswith((".", "!", "?")):
        return None
    cuts = [match.start() for match in _EXTRA_CUT.finditer(text)]
    for cut in reversed(cuts):
        pieces = _EXTRA_CUT.split(text[cut:])
        if any(
            p.count(" ") >= _EXTRA_MAX_WORDS or len(p) > _EXTRA_MAX_CHARS
            for p in pieces
        ):
            continue
        date = read_date(text[:cut], reference_date)
        if date is not None and None not in (date.year, date.day):
            return date
    return None


def read_credit_line(text: str, reference_date: dt.date | None) -> DateLine | None:
    """A dated credit line, usually at the end: "Source: Asia News, 10 November
    2022", "(Bangkok Agency August 6, 2004)", "-- Khaosod 2016-06-05".

    >>> line = read_credit_line("Source: Asia News, 10 November 2022", None)
    >>> line.kind, str(line.date)
    ('credit', '2022-11-10')
    >>> read_credit_line("The pact was signed on 10 November 2022.", None) is None
    True
    """
    inner = text
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    elif inner.startswith(("--", "—", "–")):
        inner = inner.lstrip("-—– ")
    else:
        label = _credit_label().match(inner)
        if label is None:
            return None
        inner = inner[label.end() :]
    if not inner or inner.count(" ") > _CREDIT_MAX_WORDS + _DATE_MAX_WORDS:
        return None
    piped = _piped_date(inner, reference_date)
    if piped is not None:
        return DateLine("credit", piped.date, len(text) - len(inner) + piped.at)
    found = _tail_date(inner, _CREDIT_MAX_WORDS, reference_date)
    if found is None:
        return None
    return DateLine("credit", found.date, len(text) - len(inner) + found.at)


def _piped_date(text: str, reference_date: dt.date | None) -> DateLine | None:
    """The date among short pieces set apart by bars, as a credit line
    prints its source, date and author ("X Daily| 2022-01-06 09:13:46|
    Author: Y"): one piece only a date, each other a few words.

    >>> found = _piped_date("Science Daily| 2022-01-06 09:13:46| Author: Staff", None)
    >>> str(found.date), found.at
    ('2022-01-06', 15)
    >>> _piped_date("Science Daily 2022-01-06", None) is None
    True
    """
    pieces = text.split("|")
    if len(pieces) < 2:
        return None
    found: DateLine | None = None
    at = 0
    for piece in pieces:
        bare = piece.strip()
        dated = read_dated_line(bare, reference_date) if found is None else None
        if dated is not None and dated.kind == "plain" and dated.date.day is not None:
            found = DateLine("credit", dated.date, at + piece.index(bare))
        elif (
            not bare
            or bare.count(" ") >= _CREDIT_MAX_WORDS
            or len(bare) > _NAME_MAX_CHARS
            or bare.endswith((".", "!", "?"))
        ):
            return None
        at += len(piece) + 1
    return found


def read_dated_suffix(
    text: str, reference_date: dt.date | None
) -> tuple[DateLine, int] | None:
    """A date a headline ends with after a bar, as some sites print the
    day in the title line ("Cities sign a data pact | Updated:2024-04-01"):
    the date line and where the bar is. The piece after the last bar must be
    only a date, perhaps labelled.

    >>> line, at = read_dated_suffix("Cities sign a data pact | Updated:2024-04-01", None)
    >>> line.kind, str(line.date), at
    ('updated', '2024-04-01', 24)
    >>> read_dated_suffix("Cities sign a data pact | Reuters", None) is None
    True
    """
    at = text.rfind("|")
    if at <= 0 or not text[:at].strip():
        return None
    dated = read_dated_line(text[at + 1 :].strip(), reference_date)
    if dated is None or dated.kind == "headed" or dated.date.month is None:
        return None
    return dated, at


@functools.cache
def _counter_suffix() -> re.Pattern[str]:
    from thaidigital.parse._furniture import COUNTER_WORDS

    words = _alternation(sorted(COUNTER_WORDS, key=len, reverse=True))
    return re.compile(
        rf" ?\((?:(?:{words}) \d[\d,]* ?(?:times)?|\d[\d,]* (?:{words}))\)\Z",
        re.IGNORECASE,
    )


def read_counter_suffix(text: str) -> int | None:
    """Where a count a forum or a site prints after a headline starts ("…
    CCTV (Read 181 times)", "… (345 views)"), or ``None``.

    >>> read_counter_suffix("Cities sign a data pact (Read 181 times)")
    23
    >>> read_counter_suffix("Cities sign a data pact (2023-2024)") is None
    True
    """
    found = _counter_suffix().search(text)
    return found.start() if found is not None and found.start() > 0 else None


# Thai runs the time of day into the cue with no space ("เช้าวันนี้", this
# morning): the cue may close an opening word of at most this many letters.
_CUE_PREFIX_MAX = 8


@functools.cache
def _opening_cue() -> re.Pattern[str]:
    cues = _alternation([row["cue"] for row in rows("opening_date_cues")])
    return re.compile(
        rf"[\u0e00-\u0e7f]{{0,{_CUE_PREFIX_MAX}}}?(?:{cues}) ?\((?P<date>[^()]{{1,40}})\)"
    )


def read_opening_date(text: str, reference_date: dt.date | None) -> PartialDate | None:
    """The day a Thai press release reports, from its opening words; the cue
    may end a longer first word ("บ่ายวันนี้", this afternoon).

    >>> str(read_opening_date("วันนี้ (1 พฤษภาคม 2568) นายกรัฐมนตรีเป็นประธาน", None))
    '2025-05-01'
    >>> str(read_opening_date("เช้าวันนี้ (27 พ.ค. 64) กรมประชาสัมพันธ์", None))
    '2021-05-27'
    """
    match = _opening_cue().match(text)
    if match is None:
        return _dated_opening(text, reference_date)
    date = read_date(match["date"].strip(), reference_date)
    return date if date is not None and date.day is not None else None


# "7 สิงหาคม พ.ศ. 2564, นาย…": a whole date, day first and with a Thai
# month, then a comma, opens a Thai release's first paragraph; a newspaper
# puts a dash there instead ("7 ส.ค. 64 - ที่ทำเนียบรัฐบาล …"). (An English
# "12 March 2025, the ministry said …" is left to the dateline readers.)
_DATED_OPENING = re.compile(
    r"(?P<date>\d{1,2} [\u0e00-\u0e7f][^,]{2,40}?)(?:, | [-–—] (?!\d))"
)


def _dated_opening(text: str, reference_date: dt.date | None) -> PartialDate | None:
    """The whole Thai date, day first, that opens ``text`` before a comma or
    a dash.

    >>> str(_dated_opening("7 สิงหาคม พ.ศ. 2564, นายสมชายเปิดงาน", None))
    '2021-08-07'
    >>> str(_dated_opening("7 ส.ค. 64 - ที่ทำเนียบรัฐบาล นายกรัฐมนตรีเปิดงาน", None))
    '2021-08-07'
    >>> _dated_opening("19 คนเข้าร่วม, นายสมชายเปิดงาน", None)
    """
    match = _DATED_OPENING.match(text)
    if match is None:
        return None
    date = read_date(match["date"], reference_date)
    return date if date is not None and None not in (date.day, date.year) else None


_LEADING_ISO_DATE = re.compile(
    r"(?:published|posted|updated|date)(?: on)? ?:? (?P<date>\d{4}-\d{2}(?:-\d{2})?) +(?=\S)",
    re.IGNORECASE,
)


def read_leading_date(text: str) -> tuple[PartialDate, int] | None:
    """A labelled ISO date that opens a line of prose: "date 2023-08-21 A
    regional pact …" (how some scrapes put the page's date). The date, and
    where the prose starts.

    >>> date, at = read_leading_date("date 2023-08-21 A regional pact was agreed.")
    >>> str(date), at
    ('2023-08-21', 16)
    """
    match = _LEADING_ISO_DATE.match(text)
    if match is None:
        return None
    try:
        return PartialDate.parse(match["date"]), match.end()
    except ValueError:
        return None


_PLACED_DATE = re.compile(r"(?P<place>[A-Z][A-Za-z .'-]{1,40}?),\s+(?P<date>\S.{4,40})")


#: The most characters of a wire's source after its dateline ("ก.ไอซีที").
_WIRE_SOURCE_MAX = 50


def read_placed_date_line(
    text: str, reference_date: dt.date | None
) -> tuple[Place, PartialDate] | None:
    """A line that is only a dateline: "CHIANG MAI, 15 July 2023".

    The place must be one the reference data knows, so "Bangkok, Chiang Mai"
    or a sentence is never taken for one.

    >>> place, date = read_placed_date_line("กรุงเทพฯ--14 มี.ค.--ก.ดิจิทัล", None)
    >>> place.province, str(date)
    ('TH-10', '--03-14')
    """
    match = _PLACED_DATE.fullmatch(text)
    if match is None:
        # "กรุงเทพฯ--14 มี.ค.--ก.ไอซีที": a Thai wire's dateline and its
        # source's short name, on a line of their own.
        match = _THAI_PLACE_FIRST.match(text)
        source = text[match.end() :] if match is not None else ""
        if match is None or len(source) > _WIRE_SOURCE_MAX or " " in source:
            return None
    place, known = resolve_place(_place_name(match["place"]))
    if not known:
        return None
    date = read_date(match["date"], reference_date)
    return (place, date) if date is not None else None


# --- a dated headline -------------------------------------------------------

# "มีนาคม 2564 : headline": a date, then a colon, then the headline.
_DATE_COLON = re.compile(r"(?P<date>[^:：]{4,40}?) ?[:：] (?=\S)")
# "Site News : 28 ธันวาคม 2564 headline": the outlet's name and a colon
# stamp the headline with its date.
_NAMED_STAMP = re.compile(r"[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,3} ?[:：] (?=\d)")
# The most words of a whole date that opens a headline ("9 มีนาคม 2564").
_HEADLINE_DATE_MAX_WORDS = 5


def read_headline_date(
    text: str, reference_date: dt.date | None
) -> tuple[PartialDate, int] | None:
    """The date a headline opens with, and where the headline goes on: after
    a colon that sets the date off, or after an English date that a
    capitalised headline follows ("March 31, 2017 Signing …"); else 0, the
    date being the headline's own (a Thai headline runs on from its date).

    A date before a colon needs a month and a year; a date that runs into
    the headline needs a day too.

    >>> date, at = read_headline_date("มีนาคม 2564 : เทศบาลเปิดศูนย์", None)
    >>> str(date), at
    ('2021-03', 14)
    >>> date, at = read_headline_date("9 มีนาคม 2564 เทศบาลเปิดศูนย์", None)
    >>> str(date), at
    ('2021-03-09', 0)
    >>> read_headline_date("May 2024 inflation rises", None) is None
    True
    >>> date, at = read_headline_date("March 31, 2017 Signing an MoU on ICT", None)
    >>> str(date), at
    ('2017-03-31', 15)

    The outlet's name may stamp the date ("Site News : 9 มีนาคม 2564
    เทศบาลเปิดศูนย์"): both are read out of the title.

    >>> date, at = read_headline_date("Site News : 9 มีนาคม 2564 เทศบาลเปิดศูนย์", None)
    >>> str(date), at
    ('2021-03-09', 26)
    """
    named = _NAMED_STAMP.match(text)
    if named is not None:
        stamped = _whole_date_opening(text[named.end() :], reference_date)
        if stamped is not None:
            return stamped[0], named.end() + stamped[1] + 1
    colon = _DATE_COLON.match(text)
    if colon is not None:
        date = read_date(colon["date"], reference_date)
        if date is not None and None not in (date.year, date.month):
            return date, colon.end()
    opening = _whole_date_opening(text, reference_date)
    if opening is None:
        return None
    date, size = opening
    # "March 31, 2017 Signing Memorandum of …": a capitalised headline after
    # the date is a headline of its own; a Thai one runs on from it.
    after = text[size : size + 2]
    return (date, size + 1) if after[:1] == " " and after[1:].isupper() else (date, 0)


def _whole_date_opening(
    text: str, reference_date: dt.date | None
) -> tuple[PartialDate, int] | None:
    """The longest run of at most ``_HEADLINE_DATE_MAX_WORDS`` words opening
    ``text``, with words after it, that is a whole date (day, month and
    year), and how many characters it takes."""
    words = text.split(" ", _HEADLINE_DATE_MAX_WORDS)
    for size in range(min(_HEADLINE_DATE_MAX_WORDS, len(words) - 1), 1, -1):
        head = " ".join(words[:size])
        date = read_date(head, reference_date)
        if date is not None and None not in (date.year, date.month, date.day):
            return date, len(head)
    return None


# --- a labelled headline ----------------------------------------------------


@functools.cache
def _title_label() -> re.Pattern[str]:
    labels = _alternation([row["label"] for row in rows("title_labels")])
    return re.compile(rf"(?:{labels}) ?(?::|：) ?(?=\S)", re.IGNORECASE)


def read_title_label(text: str) -> int | None:
    """Where the headline starts after a label that names it ("หัวข้อ : …",
    "Title: …"), as listings of notices label their fields; ``None`` when
    the line opens with no such label.

    >>> read_title_label("Title: Cities sign a data pact")
    7
    >>> read_title_label("Title fight ends in a draw") is None
    True
    """
    match = _title_label().match(text)
    return match.end() if match is not None else None


# --- read time, byline, tags, breadcrumbs ------------------------------------

_READ_TIME = (
    re.compile(
        r"(?P<n>\d{1,3}) ?-?(?:min|mins|minute|minutes)\.? (?:read|reading|to read)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:estimated )?(?:reading|read) time ?:? ?(?:about |approx\.? )?"
        r"(?P<n>\d{1,3}) ?(?:min|mins|minute|minutes)\.?",
        re.IGNORECASE,
    ),
)


def read_minutes(text: str) -> int | None:
    """The minutes of a read-time line ("2 min read"), at least 1."""
    for pattern in _READ_TIME:
        match = pattern.fullmatch(text)
        if match:
            return max(1, int(match["n"]))
    return None


_BYLINE = re.compile(
    r"(?:(?:written|story|reported|words|text) )?by:? (?P<a>.+)"
    r"|(?:author|reporter|writer|byline)s? ?: (?P<b>.+)",
    re.IGNORECASE,
)
# The most characters of a Thai byline's name (Thai has no spaces to count).
_THAI_BYLINE_MAX_CHARS = 40


@functools.cache
def _thai_byline() -> re.Pattern[str]:
    labels = _alternation([row["label"] for row in rows("byline_labels")])
    return re.compile(
        rf"(?:{labels}):? (?P<name>\S.{{0,{_THAI_BYLINE_MAX_CHARS - 1}}})"
    )


def read_thai_byline(text: str) -> str | None:
    """The name of a Thai byline line in a page's header ("โดย กองบรรณาธิการ
    M2F"), or ``None``. Only header lines are asked: in the story the same
    word joins clauses.

    >>> read_thai_byline("โดย กองบรรณาธิการ ข่าวเมือง")
    'กองบรรณาธิการ ข่าวเมือง'
    >>> read_thai_byline("โดยมีผู้แทนจากหน่วยงานเข้าร่วม") is None
    True
    """
    match = _thai_byline().fullmatch(text)
    if match is None or ends_sentence(text):
        return None
    return match["name"]


_BYLINE_MAX_WORDS = 12


@functools.cache
def _staff_byline() -> re.Pattern[str]:
    """A staff credit ("Staff writer, with CNA", "Lee Mei / Staff reporter"):
    the ``byline_roles`` tables, perhaps after a name and a slash, perhaps
    with an agency after "with" or "and"."""
    roles = _alternation([row["role"] for row in rows("byline_roles")])
    return re.compile(
        rf"(?:[A-Z][^/]{{0,60}}? ?/ ?)?(?:{roles})"
        r"(?:,? (?:with|and|from) [A-Z][^,/]{0,40})?",
        re.IGNORECASE,
    )


def read_byline(text: str) -> str | None:
    """The credited author of a "By …" line or of a staff credit, or ``None``.

    The name must start with a letter that is not lower case and must not end
    like a sentence, so "By 2030, Thailand …" and "by the end of …" stay prose.

    >>> read_byline("By Somchai Jaidee"), read_byline("Staff writer, with CNA")
    ('Somchai Jaidee', 'Staff writer, with CNA')
    >>> read_byline("by the end of the year") is None
    True
    """
    if _staff_byline().fullmatch(text):
        return text
    match = _BYLINE.fullmatch(text)
    if match is None:
        return None
    name = match["a"] or match["b"]
    first = name[0]
    if not first.isalpha() or first.islower():
        return None
    if name.count(" ") >= _BYLINE_MAX_WORDS or ":" in name:
        return None
    if name[-1] in ".!?…":
        return None
    return name


_TAGS_LINE = re.compile(
    r"(?:tags?|tagged|tagged with|topics?|keywords?|related topics|filed under)"
    r" ?: ?(?P<list>\S.*)",
    re.IGNORECASE,
)
_TAG_SPLIT = re.compile(r" ?[,;|] ?")


def read_tags_line(text: str) -> tuple[str, ...] | None:
    """The tags of a "Tags: a, b, c" line."""
    match = _TAGS_LINE.fullmatch(text)
    if match is None:
        return None
    tags = tuple(t.strip() for t in _TAG_SPLIT.split(match["list"]) if t.strip())
    return tags or None


_CRUMB_SPLIT = re.compile(r" ?[›»>] ?")


def read_breadcrumb_line(text: str) -> tuple[str, ...] | None:
    """The sections of a "Home › News › Thailand" line."""
    parts = [p.strip() for p in _CRUMB_SPLIT.split(text)]
    if len(parts) < 2 or parts[0].casefold() != "home" or not all(parts):
        return None
    if any(len(p) > 40 for p in parts):
        return None
    return tuple(parts)


# --- source tags ---------------------------------------------------------------

_TAG_BODY = r"[A-Z][^()]{0,39}"
_SOURCE_LINE = re.compile(rf"(?:\({_TAG_BODY}\) ?)+")
_SOURCE_TAG = re.compile(r"\(([^()]+)\)")
_SOURCE_SUFFIX = re.compile(rf"(?<=[.!?\"”’]) ?\(({_TAG_BODY})\)$")
_SOURCE_MAX_WORDS = 4


def _good_tag(tag: str) -> bool:
    return tag == tag.strip() and tag.count(" ") < _SOURCE_MAX_WORDS


def read_source_tag_line(text: str) -> tuple[str, ...] | None:
    """The agencies of a line such as "(NNT)" or "(NNT) (TNA)"."""
    if not _SOURCE_LINE.fullmatch(text):
        return None
    tags = tuple(_SOURCE_TAG.findall(text))
    return tags if all(map(_good_tag, tags)) else None


def read_source_tag_suffix(text: str) -> tuple[int, str] | None:
    """Where a trailing "(NNT)" starts after the last sentence, and the tag."""
    if not text.endswith(")"):
        return None
    match = _SOURCE_SUFFIX.search(text)
    if match is None or not _good_tag(match[1]):
        return None
    return match.start(), match[1]


# --- prose tag lines -------------------------------------------------------------

_PROSE_TAGS = re.compile(r"\btag(?:s|ged)?\b[^,.;:!?]{0,20}? (?:with|as|under|in) ")
_PROSE_TAG_MAX_WORDS = 4
_PROSE_TAG_MAX_ITEMS = 12


def read_prose_tags(text: str, sections: tuple[str, ...]) -> tuple[str, ...] | None:
    """Tags from a closing line that names the page's sections and lists tags.

    Some sites spin their category and tag links into a last sentence ("As
    part of Economy News and Thailand News, this story tags along with ASEAN,
    infrastructure, and technology, …"). Such a line is read only when it
    names one of the page's ``sections`` (its breadcrumbs beyond "Home") and
    then lists at least two tags ending with "and …".
    """
    named = [s for s in sections if s.casefold() != "home" and s in text]
    if not named:
        return None
    match = _PROSE_TAGS.search(text)
    if match is None:
        return None
    items: list[str] = []
    for raw in text[match.end() :].split(",")[:_PROSE_TAG_MAX_ITEMS]:
        item = raw.strip().rstrip(".;:!?").strip()
        last = item.startswith(("and ", "or "))
        if last:
            item = item.partition(" ")[2]
        if not item or item.count(" ") >= _PROSE_TAG_MAX_WORDS:
            return None
        items.append(item)
        if last:
            return tuple(items) if len(items) >= 2 else None
    return None


# --- datelines -------------------------------------------------------------------

_WORD = r"[A-Z][A-Za-z'.]*"
_PLACE = rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}})"
_AGENCY = r"(?: ?\((?P<agency>[^()]{1,40})\))?"
_SEP = r" ?(?P<sep>[–—:]|-{1,2}) "
_DATE = r"(?P<date>[^,–—:()-]{1,30}?(?:, \d{4})?)"
_DATELINE_FORMS = (
    # "SINGAPORE – 17 JAN 2025 – …"
    re.compile(rf"{_PLACE}{_AGENCY} ?[–—-] ?{_DATE}{_SEP}"),
    # "BANGKOK, 16 JANUARY 2025 – …", "Bangkok, April 3: …", "TOKYO (Jiji Press) — …"
    re.compile(rf"{_PLACE}{_AGENCY}(?:, ?{_DATE})?{_SEP}"),
    # "Hanoi, May 15 (Prensa Latina) …"
    re.compile(
        rf"{_PLACE}, ?{_DATE} ?\((?P<agency>[^()]{{1,40}})\)(?: ?(?P<sep>[–—:]|-{{1,2}}))? "
    ),
    # "Bangkok 19 September 2016 – …"
    re.compile(
        rf"{_PLACE}{_AGENCY} (?P<date>\d{{1,2}} [A-Za-z]{{3,9}}\.? \d{{4}}){_SEP}"
    ),
    # "16-1-2025 (BANGKOK) …"
    re.compile(
        r"(?P<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}) ?\((?P<place>[^()]{2,40})\)"
        r"(?: ?(?P<sep>[–—:]|-{1,2}))? "
    ),
)
# "กรุงเทพฯ 16 พ.ค.- …", "กรุงเทพฯ--14 มี.ค.--…": a Thai wire's dateline,
# its place, the day and month, and a dash glued to the month's last dot. The
# place must be one the reference knows.
_THAI_PLACE_FIRST = re.compile(
    r"(?P<place>[\u0e00-\u0e7f][\u0e00-\u0e7f.]{1,29})(?: |--)"
    r"(?P<date>\d{1,2} [\u0e00-\u0e7f.]{2,12}(?: \d{2,4})?) ?(?P<sep>[–—]|-{1,2}) ?"
)
# "5 พฤศจิกายน 2564, กรุงเทพมหานคร – …", "16 January 2025, Bangkok – …": a
# press release's date, then its place, which must be one the reference knows.
_DATE_FIRST = re.compile(
    r"(?P<day>(?:DAY) ?)?(?P<date>\d{1,2} [^\d\s,–—:()-]{2,12} \d{4}), ?"
    rf"(?P<place>[^\d\s,–—:()-][^\d,–—:()-]{{1,39}}?){_SEP}".replace(
        "DAY",
        _alternation([r["word"] for r in rows("dateline_words") if r["role"] == "day"]),
    )
)
#: Words before a province's name that only say it is one ("จังหวัดน่าน").
_PROVINCE_WORDS = tuple(
    sorted(
        (r["word"] for r in rows("dateline_words") if r["role"] == "province"),
        key=len,
        reverse=True,
    )
)


@attrs.frozen
class Dateline:
    """A dateline at the start of the first paragraph."""

    length: int
    place: Place
    date: PartialDate | None
    agency: str | None


def _place_name(raw: str) -> str:
    name = " ".join(raw.split())
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.split(" "))
    return name


def resolve_place(name: str) -> tuple[Place, bool]:
    """A ``Place`` for a dateline name, and whether the reference data knows it.

    >>> resolve_place("จังหวัดน่าน")
    (Place(name='จังหวัดน่าน', province='TH-55', country='TH'), True)
    """
    province = reference.get_province(name) or next(
        (
            reference.get_province(name[len(word) :].strip())
            for word in _PROVINCE_WORDS
            if name.startswith(word) and len(name) > len(word)
        ),
        None,
    )
    if province is not None:
        return Place(name=name, province=province.code, country="TH"), True
    city = reference.get_venue(name)
    if city is not None:
        return Place(name=name, province=city.province, country=city.country), True
    country = reference.get_country(name)
    if country is not None:
        return Place(name=name, country=country.code), True
    return Place(name=name), False


def read_dateline(text: str, reference_date: dt.date | None) -> Dateline | None:
    """A dateline opening ``text``: where (and perhaps when) it was filed.

    A dateline needs a date, an agency in brackets, or a place in capitals
    that the reference data knows ("KUALA LUMPUR: …"), so "Cybersecurity:
    The …" stays a label.
    A date before the place ("5 พฤศจิกายน 2564, กรุงเทพมหานคร – …") needs a
    place the reference data knows.

    >>> found = read_dateline("5 พฤศจิกายน 2564, กรุงเทพมหานคร – ที่ประชุมเห็นชอบ", None)
    >>> str(found.date), found.place.province
    ('2021-11-05', 'TH-10')
    >>> read_dateline("5 May 2024, Somewhere Else – a story", None) is None
    True
    """
    for form in (*_DATELINE_FORMS, _DATE_FIRST, _THAI_PLACE_FIRST):
        match = form.match(text)
        if match is None or match.end() >= len(text):
            continue
        date = None
        if match["date"] is not None:
            date = read_date(match["date"].strip(), reference_date)
            if date is None:
                continue
        groups = match.groupdict()
        agency = groups.get("agency")
        raw_place = match["place"].strip()
        try:
            place, known = resolve_place(_place_name(raw_place))
        except InvalidValueError:  # pragma: no cover - a blank place name
            continue
        if form in (_DATE_FIRST, _THAI_PLACE_FIRST) and not known:
            continue
        dash = match["sep"] not in (None, ":")
        capitals = raw_place.isupper() and known
        # "KUALA LUMPUR: …" is a dateline; "Cybersecurity: …" a label.
        if date is None and not ((dash and agency) or (capitals and match["sep"])):
            continue
        return Dateline(match.end(), place, date, agency)
    return None
