"""The words dates are written with, as plain tables.

Every word the parser knows lives here, not in branches of code: month and
weekday names in English and Thai, eras, qualifiers, range connectors and the
words of relative dates. The pattern builder in :mod:`._patterns` turns the
tables into regular expressions once, at import; the parser looks matched words
up in the dictionaries built from them below.

Matching is case-insensitive for English words. Thai month names follow the
Royal Institute's forms (the same as ``reference/thai_months.csv``); the
abbreviations are also accepted without their final dot.
"""

from __future__ import annotations

from typing import Final

from thaidigital.models import Qualifier

# (number, full name, abbreviations...). "Sept" is as common as "Sep" in news.
ENGLISH_MONTHS: Final = (
    (1, "january", "jan"),
    (2, "february", "feb"),
    (3, "march", "mar"),
    (4, "april", "apr"),
    (5, "may"),
    (6, "june", "jun"),
    (7, "july", "jul"),
    (8, "august", "aug"),
    (9, "september", "sept", "sep"),
    (10, "october", "oct"),
    (11, "november", "nov"),
    (12, "december", "dec"),
)

# (number, full name, abbreviation with dots).
THAI_MONTHS: Final = (
    (1, "มกราคม", "ม.ค."),
    (2, "กุมภาพันธ์", "ก.พ."),
    (3, "มีนาคม", "มี.ค."),
    (4, "เมษายน", "เม.ย."),
    (5, "พฤษภาคม", "พ.ค."),
    (6, "มิถุนายน", "มิ.ย."),
    (7, "กรกฎาคม", "ก.ค."),
    (8, "สิงหาคม", "ส.ค."),
    (9, "กันยายน", "ก.ย."),
    (10, "ตุลาคม", "ต.ค."),
    (11, "พฤศจิกายน", "พ.ย."),
    (12, "ธันวาคม", "ธ.ค."),
)

# (ISO weekday number, Monday = 0, names...).
ENGLISH_WEEKDAYS: Final = (
    (0, "monday", "mon"),
    (1, "tuesday", "tues", "tue"),
    (2, "wednesday", "wed"),
    (3, "thursday", "thurs", "thur", "thu"),
    (4, "friday", "fri"),
    (5, "saturday", "sat"),
    (6, "sunday", "sun"),
)

# Thai weekday names follow วัน ("day"): วันจันทร์, วันพฤหัสบดี.
THAI_WEEKDAYS: Final = (
    (0, "จันทร์"),
    (1, "อังคาร"),
    (2, "พุธ"),
    (3, "พฤหัสบดี", "พฤหัส"),
    (4, "ศุกร์"),
    (5, "เสาร์"),
    (6, "อาทิตย์"),
)

# Era markers written before the year ("พ.ศ. 2568", "B.E. 2568", "ค.ศ. 2025")
# or after it ("2568 BE", "2025 AD"). True means Buddhist Era.
ERAS_BEFORE: Final = (
    ("พ.ศ.", True),
    ("พ.ศ", True),
    ("พ. ศ.", True),
    ("พศ.", True),
    ("B.E.", True),
    ("BE", True),
    ("ค.ศ.", False),
    ("ค.ศ", False),
    ("A.D.", False),
    ("AD", False),
)
ERAS_AFTER: Final = (
    ("B.E.", True),
    ("BE", True),
    ("C.E.", False),
    ("CE", False),
    ("A.D.", False),
    ("AD", False),
)

# Parts of a year or month. Thai qualifiers may be followed by ปี (year) or
# เดือน (month): ต้นปี 2568, ปลายเดือนมกราคม.
QUALIFIERS: Final = (
    ("early", Qualifier.EARLY),
    ("beginning of", Qualifier.EARLY),
    ("start of", Qualifier.EARLY),
    ("mid", Qualifier.MID),
    ("middle of", Qualifier.MID),
    ("late", Qualifier.LATE),
    ("end of", Qualifier.LATE),
    ("ต้น", Qualifier.EARLY),
    ("กลาง", Qualifier.MID),
    ("ปลาย", Qualifier.LATE),
)

# Words between the two ends of a range. "and" (และ) only after "between"
# (ระหว่าง): "between Sept 1 and Oct 10".
RANGE_CONNECTORS: Final = (
    "-",
    "–",
    "—",
    "‒",
    "−",
    "to",
    "until",
    "till",
    "through",
    "thru",
    "จนถึง",
    "ถึง",
)
BETWEEN_CONNECTORS: Final = ("and", "และ")
RANGE_OPENERS: Final = ("from", "between", "ตั้งแต่", "ระหว่าง", "จาก")
BETWEEN_OPENERS: Final = ("between", "ระหว่าง")

# Day words and their offset from the reference date.
RELATIVE_DAYS: Final = (
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("today", 0),
    ("yesterday", -1),
    ("tomorrow", 1),
    ("วันนี้", 0),
    ("เมื่อวานซืน", -2),
    ("เมื่อวานนี้", -1),
    ("เมื่อวาน", -1),
    ("วานนี้", -1),
    ("พรุ่งนี้", 1),
    ("มะรืนนี้", 2),
)

# "last week", "next June": the modifier's step, in the unit that follows.
RELATIVE_MODIFIERS: Final = (
    ("last", -1),
    ("past", -1),
    ("previous", -1),
    ("this", 0),
    ("current", 0),
    ("next", 1),
    ("coming", 1),
)
# Thai puts the modifier after the unit: สัปดาห์ที่แล้ว (last week), ปีหน้า (next year).
THAI_RELATIVE_MODIFIERS: Final = (
    ("ที่แล้ว", -1),
    ("ที่ผ่านมา", -1),
    ("ก่อน", -1),
    ("นี้", 0),
    ("หน้า", 1),
)
RELATIVE_UNITS: Final = (
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("สัปดาห์", "week"),
    ("อาทิตย์", "week"),
    ("เดือน", "month"),
    ("ปี", "year"),
)

# A bare month name ("November") counts as a date in running prose only after
# one of these words: "scheduled for November", "in May".
MONTH_PREPOSITIONS: Final = (
    "in",
    "since",
    "until",
    "till",
    "by",
    "for",
    "during",
    "from",
    "before",
    "after",
    "of",
    "เดือน",
)

# A year or year range right after one of these names a document's period
# ("Digital Master Plan 2023-2027"), not an event date.
DOCUMENT_NOUNS: Final = (
    "plan",
    "masterplan",
    "report",
    "roadmap",
    "strategy",
    "framework",
    "blueprint",
    "agenda",
    "programme",
    "program",
    "vision",
    "แผน",
    "แผนแม่บท",
    "ยุทธศาสตร์",
    "รายงาน",
)

# Time-zone abbreviations that may follow a time of day ("12:49 JST").
TIME_ZONES: Final = (
    "UTC",
    "GMT",
    "ICT",
    "JST",
    "KST",
    "SGT",
    "MYT",
    "WIB",
    "PHT",
    "HKT",
    "CST",
    "EST",
    "EDT",
    "PST",
    "PDT",
    "CET",
    "CEST",
    "BST",
    "IST",
    "AEST",
    "AEDT",
    "ET",
    "PT",
)

# Thai digits ๐–๙ map one to one onto 0–9, so rewriting keeps every offset.
THAI_DIGITS: Final = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, *names in ENGLISH_MONTHS:
        for name in names:
            table[str(name)] = int(number)
    for number, full, abbr in THAI_MONTHS:
        table[full] = number
        table[abbr] = number
        table[abbr.rstrip(".")] = number
    return table


def _weekday_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for rows in (ENGLISH_WEEKDAYS, THAI_WEEKDAYS):
        for number, *names in rows:
            for name in names:
                table[str(name)] = int(number)
    return table


def era_key(text: str) -> str:
    """The table key for an era marker as written: folded, without spaces."""
    return "".join(text.casefold().split())


MONTH_NUMBER: Final[dict[str, int]] = _month_table()
THAI_MONTH_NAMES: Final = frozenset(
    name for _, full, abbr in THAI_MONTHS for name in (full, abbr, abbr.rstrip("."))
)
WEEKDAY_NUMBER: Final[dict[str, int]] = _weekday_table()
ERA_IS_BE: Final = {era_key(name): be for name, be in ERAS_BEFORE + ERAS_AFTER}
QUALIFIER: Final[dict[str, Qualifier]] = dict(QUALIFIERS)
RELATIVE_DAY: Final[dict[str, int]] = dict(RELATIVE_DAYS)
RELATIVE_MODIFIER: Final[dict[str, int]] = dict(
    RELATIVE_MODIFIERS + THAI_RELATIVE_MODIFIERS
)
RELATIVE_UNIT: Final[dict[str, str]] = dict(RELATIVE_UNITS)
