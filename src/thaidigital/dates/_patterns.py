"""Regular expressions for the date shapes news uses, built from the tables.

Every shape is a named group of one large alternation (``R1``, ``S1``…); the
name of the group that matched (``match.lastgroup``) says which handler reads
it. Inside a shape, fields are named ``<shape>__<field>__<n>`` because a field
(``s_day``, ``month``…) can appear in several branches; :class:`Fields` reads
the first one that took part in the match.

Linear time: every repetition is bounded (``\\s{0,3}``, ``[0-9]{4}``) and no
quantifier wraps another, so each attempt at a position costs a bounded amount
of work and scanning a text is linear in its length.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Final, TypeAlias

from thaidigital.dates import _vocabulary as vocab

_S: Final = r"\s{0,3}"
_S1: Final = r"\s{1,3}"
_LB: Final = r"(?<![a-z])"  # no Latin letter before (the patterns ignore case)
_RB: Final = r"(?![a-z])"
_DAY_NUMBER: Final = r"3[01]|[12][0-9]|0?[1-9]"
_DASHES: Final = "-–—‒−"


_Trie: TypeAlias = "dict[str, _Trie]"


def _alt(words: Iterable[str], *, case_sensitive: bool = False) -> str:
    """A trie-shaped alternation of ``words``: longest match first, few branches.

    ``["sep", "sept", "september"]`` becomes ``sep(?:t(?:ember)?)?``: the engine
    tests each character once instead of trying every word in turn.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word if case_sensitive else word.casefold():
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie_pattern(trie)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _trie_pattern(node: _Trie) -> str:
    branches = []
    for char in sorted(key for key in node if key):
        child = node[char]
        piece = r"\s{1,3}" if char == " " else re.escape(char)
        branches.append(piece + _trie_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: prefer the longer words, then stop
        return f"(?:{body})?"
    return body


def _latin(text: str) -> bool:
    return text.isascii()


_EN_MONTH_FULL: Final = _alt(str(row[1]) for row in vocab.ENGLISH_MONTHS)
_EN_MONTH_ABBR: Final = _alt(
    str(name) for row in vocab.ENGLISH_MONTHS for name in row[2:]
)
_TH_MONTH: Final = _alt(
    name
    for _, full, abbr in vocab.THAI_MONTHS
    for name in (full, abbr, abbr.rstrip("."))
)
_EN_WEEKDAY: Final = _alt(
    str(name) for row in vocab.ENGLISH_WEEKDAYS for name in row[1:]
)
_EN_WEEKDAY_FULL: Final = _alt(str(row[1]) for row in vocab.ENGLISH_WEEKDAYS)
_TH_WEEKDAY: Final = _alt(str(name) for row in vocab.THAI_WEEKDAYS for name in row[1:])
_ERA_BEFORE: Final = "|".join(
    (_alt([name], case_sensitive=_latin(name)) + (_RB if _latin(name) else ""))
    for name, _ in sorted(vocab.ERAS_BEFORE, key=lambda row: -len(row[0]))
)
_ERA_AFTER: Final = _alt((name for name, _ in vocab.ERAS_AFTER), case_sensitive=True)
_EN_QUALIFIER: Final = _alt(name for name, _ in vocab.QUALIFIERS if _latin(name))
_TH_QUALIFIER: Final = _alt(name for name, _ in vocab.QUALIFIERS if not _latin(name))
_CONNECTOR_WORDS: Final = _alt(
    word for word in vocab.RANGE_CONNECTORS if word.isalpha() and _latin(word)
)
_TH_CONNECTORS: Final = _alt(
    word for word in vocab.RANGE_CONNECTORS if not _latin(word)
)
_BETWEEN_CONNECTORS: Final = "|".join(
    f"{_LB}{word}{_RB}" if _latin(word) else word for word in vocab.BETWEEN_CONNECTORS
)
_BETWEEN: Final = _alt(vocab.BETWEEN_OPENERS)
_OTHER_OPENERS: Final = _alt(
    word for word in vocab.RANGE_OPENERS if word not in vocab.BETWEEN_OPENERS
)
_RELATIVE_DAY: Final = _alt(name for name, _ in vocab.RELATIVE_DAYS)
_MODIFIER: Final = _alt(name for name, _ in vocab.RELATIVE_MODIFIERS)
_TH_MODIFIER: Final = _alt(name for name, _ in vocab.THAI_RELATIVE_MODIFIERS)
_EN_UNIT: Final = _alt(name for name, _ in vocab.RELATIVE_UNITS if _latin(name))
_TH_UNIT: Final = _alt(name for name, _ in vocab.RELATIVE_UNITS if not _latin(name))
_EN_PREPOSITION: Final = _alt(w for w in vocab.MONTH_PREPOSITIONS if _latin(w))
_TH_PREPOSITION: Final = _alt(w for w in vocab.MONTH_PREPOSITIONS if not _latin(w))
_TIME_ZONE: Final = (
    rf"(?:{_alt(vocab.TIME_ZONES, case_sensitive=True)}"
    r"(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}:?[0-9]{2})(?![a-z0-9])"
)
_MERIDIEM: Final = r"[ap]\.?\s?m\.?"
_TIME: Final = (
    r"(?<![0-9.:])(?:[01]?[0-9]|2[0-3])"
    rf"(?:[:.][0-5][0-9](?:[:.][0-5][0-9](?:\.[0-9]{{1,6}})?)?"
    rf"(?:{_S}(?:{_MERIDIEM}|น\.|hrs?\.?))?|{_S}{_MERIDIEM})(?![a-z0-9])"
)
_TIME_SEP: Final = rf"(?:{_S},{_S}|{_S})"
# A time of day before ("12:49 JST, December 18") or after a date: ignored.
_LEADING_TIME: Final = rf"(?:{_TIME}(?:{_S}{_TIME_ZONE})?{_S},?{_S})?"
_TRAILING_TIME: Final = (
    rf"(?:{_TIME_SEP}(?:at{_S1}|เวลา{_S})?{_TIME}(?:{_S}{_TIME_ZONE})?)?"
)
_ISO_TIME: Final = (
    r"(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
)
_YEAR_SEP: Final = rf"(?:{_S},{_S}|{_S})"
_YEAR_END: Final = r"(?![0-9a-z]|[.,:/][0-9])"
_NUMBER_START: Final = r"(?<![0-9,:/$€£฿])(?<![0-9]\.)"


class _Shape:
    """Allocates unique group names for the fields of one shape."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._count: Counter[str] = Counter()

    def name_of(self, field: str) -> str:
        number = self._count[field]
        self._count[field] += 1
        return f"{self.name}__{field}__{number}"

    def group(self, field: str, body: str) -> str:
        return f"(?P<{self.name_of(field)}>{body})"

    # -- pieces --------------------------------------------------------------

    def day(self, p: str) -> str:
        return (
            rf"{_NUMBER_START}{self.group(p + 'day', _DAY_NUMBER)}(?![0-9])"
            rf"(?:(?:st|nd|rd|th){_RB})?"
        )

    def en_month(self, p: str) -> str:
        body = rf"{_EN_MONTH_FULL}|{_EN_MONTH_ABBR}\.?"
        return rf"{_LB}{self.group(p + 'month', body)}{_RB}"

    def th_month(self, p: str) -> str:
        return self.group(p + "month", _TH_MONTH)

    def year(self, p: str, *, two_digits: bool = False) -> str:
        def number() -> str:
            if two_digits:
                return (
                    f"(?:{self.group(p + 'year', '[0-9]{4}')}"
                    f"|{self.group(p + 'yy', '[0-9]{2}')})"
                )
            return self.group(p + "year", "[0-9]{4}")

        era = self.group(p + "era", _ERA_BEFORE)
        after = self.group(p + "eraa", _ERA_AFTER)
        return (
            rf"(?:{era}{_S}{number()}|{_NUMBER_START}{number()}){_YEAR_END}"
            rf"(?:{_S1}{after}{_RB})?"
        )

    def month_year(self, p: str) -> str:
        """A month name, optionally followed by a year (Thai: also two digits)."""
        return (
            rf"(?:{self.en_month(p)}(?:{_YEAR_SEP}{self.year(p)})?"
            rf"|{self.th_month(p)}(?:{_YEAR_SEP}{self.year(p, two_digits=True)})?)"
        )

    def weekday_prefix(self, p: str) -> str:
        english = (
            rf"{_LB}{self.group(p + 'wd', _EN_WEEKDAY)}{_RB}\.?"
            rf"(?:{_S},{_S}|{_S1})(?:the{_S1})?"
        )
        thai = rf"วัน(?:{self.group(p + 'wd', _TH_WEEKDAY)})?{_S}(?:ที่{_S})?"
        return f"(?:{english}|{thai})?"

    def qualifier(self, p: str) -> str:
        english = (
            rf"{_LB}{self.group(p + 'q', _EN_QUALIFIER)}"
            rf"(?:{_S}-{_S}|{_S1})(?:the{_S1})?"
        )
        thai = rf"{self.group(p + 'q', _TH_QUALIFIER)}(?:ปี|เดือน)?{_S}"
        return f"(?:{english}|{thai})"

    def iso(self, p: str) -> str:
        branches = [
            rf"{self.group(p + 'year', '[0-9]{4}')}{sep}"
            rf"{self.group(p + 'month', '[01][0-9]')}{sep}"
            rf"{self.group(p + 'day', '[0-3][0-9]')}{_ISO_TIME}(?![0-9])"
            for sep in ("-", "/")
        ]
        branches.append(
            rf"{self.group(p + 'year', '[0-9]{4}')}-"
            rf"{self.group(p + 'month', '[01][0-9]')}(?![0-9]|-[0-9])"
        )
        return rf"{_NUMBER_START}(?<!-)(?:{'|'.join(branches)})"

    def numeric(self, p: str) -> str:
        """``16-1-2025``, ``18/01/2026``, ``16.1.2568``: read per ``day_first``."""
        branches = [
            rf"{self.group(p + 'na', '[0-9]{1,2}')}{re.escape(sep)}"
            rf"{self.group(p + 'nb', '[0-9]{1,2}')}{re.escape(sep)}"
            rf"{self.group(p + 'year', '[0-9]{4}')}{_YEAR_END}"
            for sep in "-/."
        ]
        return rf"{_NUMBER_START}(?<!-)(?:{'|'.join(branches)})"

    def day_month(self, p: str) -> str:
        return (
            rf"{self.weekday_prefix(p)}{self.day(p)}(?:{_S1}of{_S1}|{_S})"
            rf"{self.month_year(p)}"
        )

    def month_day(self, p: str) -> str:
        return (
            rf"{self.weekday_prefix(p)}{self.en_month(p)}{_S}{self.day(p)}"
            rf"(?:{_YEAR_SEP}{self.year(p)})?"
        )

    def single(self, p: str) -> str:
        """Any one date that can stand at either end of a range."""
        return (
            f"(?:{self.iso(p)}|{self.numeric(p)}|{self.day_month(p)}"
            f"|{self.month_day(p)}|{self.qualifier(p)}(?:{self.month_year(p)}"
            f"|{self.year(p)})|{self.month_year(p)}|{self.year(p)})"
        )

    def opener(self) -> tuple[str, str]:
        """``from``/``between`` before a range; returns (pattern, group name)."""
        between = self.name_of("between")
        pattern = (
            rf"(?:{_LB}(?:(?P<{between}>{_BETWEEN})|{_OTHER_OPENERS})"
            rf"{_S}(?:วันที่{_S})?)?"
        )
        return pattern, between

    @staticmethod
    def connector(between: str, *, days: bool = False) -> str:
        # Between two bare days of one month ("21 and 22 January") "and"
        # joins the ends of a range; elsewhere only after "between".
        pair = f"|{_BETWEEN_CONNECTORS}" if days else ""
        return (
            rf"{_S}(?:[{_DASHES}]|{_LB}{_CONNECTOR_WORDS}{_RB}|{_TH_CONNECTORS}{pair}"
            rf"|(?({between})(?:{_BETWEEN_CONNECTORS})|(?!))){_S}(?:วันที่{_S})?"
        )


# Which shapes can start with a digit, a Latin letter or Thai, in the order a
# whole text is tried against them (single dates first, ranges last).
_PARSE_ORDER: Final = {
    "digit": ("S6", "S7", "S1", "S2", "S5", "R2", "R7"),
    "latin": ("S2", "S1", "Q", "S3", "S5", "X1", "X3", "X2", "S8", "R1", "R2", "R7"),
    "thai": ("S1", "S3", "Q", "S5", "X1", "X4", "X2", "S8", "R1", "R2", "R7"),
}
# Searching prose tries ranges first, so "16-17 January" is not cut short.
_FIND_ORDER: Final = (
    "R1",
    "R2",
    "R7",
    "X1",
    "S1",
    "S2",
    "S6",
    "S7",
    "Q",
    "S3",
    "X3",
    "X4",
    "X2",
    "S5",
    "S8",
)


def _shapes(*, parsing: bool, order: tuple[str, ...] = _FIND_ORDER) -> str:
    def r1(s: _Shape) -> str:  # January 16-17, 2025
        opener, between = s.opener()
        return (
            rf"{opener}{s.en_month('')}{_S}{s.day('s_')}{s.connector(between, days=True)}"
            rf"{s.day('e_')}(?:{_YEAR_SEP}{s.year('')})?"
        )

    def r2(s: _Shape) -> str:  # 16-17 January 2025
        opener, between = s.opener()
        return (
            rf"{opener}{s.weekday_prefix('')}{s.day('s_')}{s.connector(between, days=True)}"
            rf"{s.day('e_')}(?:{_S1}of{_S1}|{_S}){s.month_year('')}"
        )

    def r7(s: _Shape) -> str:  # 30 January - 2 February 2025, 2023-2024
        opener, between = s.opener()
        return f"{opener}{s.single('s_')}{s.connector(between)}{s.single('e_')}"

    def x1(s: _Shape) -> str:  # yesterday (Nov 7)
        return (
            rf"{_LB}{s.group('rel', _RELATIVE_DAY)}{_RB}"
            rf"(?:{_S}\({_S}(?:{s.day_month('')}|{s.month_day('')}){_S}\))?"
        )

    def s1(s: _Shape) -> str:  # Saturday, 3rd February 2024
        return rf"{_LEADING_TIME}{s.day_month('')}{_TRAILING_TIME}"

    def s2(s: _Shape) -> str:  # December 18, 2023
        return rf"{_LEADING_TIME}{s.month_day('')}{_TRAILING_TIME}"

    def s6(s: _Shape) -> str:  # 2025-01-16
        return rf"{s.iso('')}{_TRAILING_TIME}"

    def s7(s: _Shape) -> str:  # 18/01/2026 15:11
        return rf"{s.numeric('')}{_TRAILING_TIME}"

    def q(s: _Shape) -> str:  # mid-2025, early January 2025
        return rf"{s.qualifier('')}(?:{s.month_year('')}|{s.year('')})"

    def s3(s: _Shape) -> str:  # November 2023
        return (
            rf"(?:{s.en_month('')}{_YEAR_SEP}{s.year('')}"
            rf"|{s.th_month('')}{_YEAR_SEP}{s.year('', two_digits=True)})"
        )

    def x3(s: _Shape) -> str:  # last Thursday, next year, this June
        return (
            rf"{_LB}{s.group('mod', _MODIFIER)}{_S1}"
            rf"(?:{s.group('wd', _EN_WEEKDAY_FULL)}|{s.group('unit', _EN_UNIT)}"
            rf"|{s.group('month', _EN_MONTH_FULL)}){_RB}"
        )

    def x4(s: _Shape) -> str:  # สัปดาห์ที่แล้ว, วันพุธหน้า
        return (
            rf"(?:วัน{s.group('wd', _TH_WEEKDAY)}|เดือน{s.group('month', _TH_MONTH)}"
            rf"|{s.group('unit', _TH_UNIT)}){_S}{s.group('mod', _TH_MODIFIER)}"
        )

    def x2(s: _Shape) -> str:  # Thursday
        return (
            rf"(?:{_LB}{s.group('wd', _EN_WEEKDAY_FULL)}{_RB}"
            rf"|วัน{s.group('wd', _TH_WEEKDAY)})"
        )

    def s5(s: _Shape) -> str:  # 2026, พ.ศ. 2568
        return rf"(?:ปี{_S})?{s.year('')}"

    def s8(s: _Shape) -> str:  # a month alone: November
        if parsing:
            return f"(?:{s.en_month('')}|{s.th_month('')})"
        return (
            rf"(?:{_LB}{_EN_PREPOSITION}{_S1}|{_TH_PREPOSITION}{_S})"
            rf"(?:{s.en_month('')}|{s.th_month('')})(?!{_YEAR_SEP}[0-9])"
        )

    builders: dict[str, Callable[[_Shape], str]] = {
        "R1": r1,
        "R2": r2,
        "R7": r7,
        "X1": x1,
        "S1": s1,
        "S2": s2,
        "S6": s6,
        "S7": s7,
        "Q": q,
        "S3": s3,
        "X3": x3,
        "X4": x4,
        "X2": x2,
        "S5": s5,
        "S8": s8,
    }
    return "|".join(f"(?P<{name}>{builders[name](_Shape(name))})" for name in order)


def _singles() -> str:
    """The single-date shapes alone: tried again where a range did not hold."""
    shape = _Shape("S0")
    return f"(?P<S0>{shape.single('')})"


FieldIndex = dict[str, dict[str, tuple[int, ...]]]


def _index(pattern: re.Pattern[str]) -> FieldIndex:
    index: dict[str, dict[str, list[int]]] = {}
    for name, number in pattern.groupindex.items():
        if "__" not in name:
            continue
        shape, field, _ = name.split("__")
        index.setdefault(shape, {}).setdefault(field, []).append(number)
    return {
        shape: {field: tuple(sorted(numbers)) for field, numbers in fields.items()}
        for shape, fields in index.items()
    }


# Thai words a date can start with; a Thai position that starts none of them
# is skipped at once.
_THAI_STARTERS: Final = _alt(
    [full for _, full, _ in vocab.THAI_MONTHS]
    + [abbr.rstrip(".") for _, _, abbr in vocab.THAI_MONTHS]
    + [name for name, _ in vocab.QUALIFIERS if not _latin(name)]
    + [word for word in vocab.RANGE_OPENERS if not _latin(word)]
    + [name for name, _ in vocab.RELATIVE_DAYS if not _latin(name)]
    + [name for name, _ in vocab.RELATIVE_UNITS if not _latin(name)]
    + [name for name, _ in vocab.ERAS_BEFORE if not _latin(name)]
    + ["วัน", "เดือน", "ปี"]
)
# Where a date may start: a number or Latin word at its beginning, or a Thai
# starter word.
_START: Final = rf"(?:(?=[0-9a-z])(?<![a-z0-9])|(?={_THAI_STARTERS}))"
_LEAD_IN: Final = re.compile(rf"(?:on|in){_S1}(?=[0-9a-z\u0E00-\u0E7F])", re.I)


class Patterns:
    """The compiled patterns and, for each, where each field's groups are.

    ``parse`` holds one pattern per kind of first character (digit, Latin,
    Thai) for a whole text (``fullmatch``); ``find`` searches prose;
    ``single`` holds the single-date shapes alone.
    """

    def __init__(self) -> None:
        flags = re.IGNORECASE
        self.parse = {
            first: re.compile(_shapes(parsing=True, order=order), flags)
            for first, order in _PARSE_ORDER.items()
        }
        self.find = re.compile(rf"{_START}(?:{_shapes(parsing=False)})", flags)
        self.single = re.compile(_singles(), flags)
        # Keyed by attribute, not by pattern: hashing a compiled pattern hashes
        # its whole program, which for these is slower than the match itself.
        self.parse_index = {first: _index(p) for first, p in self.parse.items()}
        self.find_index = _index(self.find)
        self.single_index = _index(self.single)

    def whole(self, text: str) -> tuple[re.Match[str] | None, FieldIndex]:
        """Match all of ``text`` (after an optional "on"/"in") as one shape."""
        lead = _LEAD_IN.match(text)
        start = lead.end() if lead is not None else 0
        if start >= len(text):
            return None, self.find_index
        first = text[start]
        kind = "digit" if first.isdigit() else "latin" if first.isascii() else "thai"
        return self.parse[kind].fullmatch(text, start), self.parse_index[kind]


@functools.cache
def patterns() -> Patterns:
    """Compile the patterns on first use (about 0.1 s), then reuse them."""
    return Patterns()


class Fields:
    """Read a match's fields by name, whichever branch supplied them."""

    __slots__ = ("_groups", "_index", "_match", "shape", "text")

    def __init__(self, match: re.Match[str], index: FieldIndex, shape: str) -> None:
        self._match = match
        self.text = match.group()
        self._groups = match.groups()
        self._index = index[shape]
        self.shape = shape

    def get(self, field: str) -> str | None:
        """The text of the first group for ``field`` that matched, or ``None``."""
        for number in self._index.get(field, ()):
            value = self._groups[number - 1]
            if value is not None:
                return value
        return None

    def span(self, field: str) -> tuple[int, int]:
        """Where the first group for ``field`` that matched is."""
        groups = self._groups
        matched = [n for n in self._index[field] if groups[n - 1] is not None]
        return self._match.span(matched[0])
