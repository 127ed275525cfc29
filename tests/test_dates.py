"""Specification of ``thaidigital.dates.parse_date`` and ``parse_range``."""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from thaidigital import DateRange, ParseError, PartialDate, Qualifier
from thaidigital.dates import DAY_FIRST, parse_date, parse_range

# A Wednesday.
REFERENCE = dt.date(2025, 1, 22)

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_ABBR = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
TH_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
TH_ABBR = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]


class TestSingleDates:
    """Every single-date shape in the issue, read strictly."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2025-01-16", "2025-01-16"),
            ("2025/01/16", "2025-01-16"),
            ("2025-01", "2025-01"),
            ("2025-01-16T10:30:00+07:00", "2025-01-16"),
            ("22 January 2025", "2025-01-22"),
            ("January 22, 2025", "2025-01-22"),
            ("January 22 2025", "2025-01-22"),
            ("Jan. 22", "--01-22"),
            ("22 Jan 2025", "2025-01-22"),
            ("16 JANUARY 2025", "2025-01-16"),
            ("17 JAN 2025", "2025-01-17"),
            ("Sept 1", "--09-01"),
            ("22nd of January 2025", "2025-01-22"),
            ("Saturday, 3rd February 2024", "2024-02-03"),
            ("Sat 3 Feb 2024", "2024-02-03"),
            ("Thursday, January 16, 2025", "2025-01-16"),
            ("12:49 JST, December 18, 2023", "2023-12-18"),
            ("December 18, 2023 at 3:15 p.m.", "2023-12-18"),
            ("16-1-2025", "2025-01-16"),
            ("16/01/2025", "2025-01-16"),
            ("16.01.2025", "2025-01-16"),
            ("18/01/2026 15:11", "2026-01-18"),
            ("November 2023", "2023-11"),
            ("November, 2023", "2023-11"),
            ("November", "--11"),
            ("2026", "2026"),
            ("mid-2025", "2025 mid"),
            ("mid 2025", "2025 mid"),
            ("early 2024", "2024 early"),
            ("late 2023", "2023 late"),
            ("end of 2025", "2025 late"),
            ("early January 2025", "2025-01 early"),
            ("mid-January", "--01 mid"),
            ("  22 January 2025  ", "2025-01-22"),
            ("on 22 January 2025", "2025-01-22"),
            ("in 2026", "2026"),
            ("2025 AD", "2025"),
        ],
    )
    def test_english(self, text: str, expected: str) -> None:
        """English dates keep exactly the precision written."""
        assert expected == str(parse_date(text))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("16 มกราคม 2568", "2025-01-16"),
            ("16 มกราคม พ.ศ. 2568", "2025-01-16"),
            ("16 มกราคม พ.ศ.2568", "2025-01-16"),
            ("3 กุมภาพันธ์ 2567", "2024-02-03"),
            ("15 มี.ค. 2567", "2024-03-15"),
            ("16 ม.ค. 68", "2025-01-16"),
            ("16 ม.ค 68", "2025-01-16"),
            ("16ม.ค.68", "2025-01-16"),
            ("๑๖ ม.ค. ๒๕๖๘", "2025-01-16"),
            ("วันที่ 16 มกราคม 2568", "2025-01-16"),
            ("วันเสาร์ที่ 3 กุมภาพันธ์ 2567", "2024-02-03"),
            ("มกราคม 2568", "2025-01"),
            ("ธ.ค. 67", "2024-12"),
            ("พ.ศ. 2568", "2025"),
            ("ปี 2568", "2025"),
            ("2568", "2025"),
            ("ค.ศ. 2025", "2025"),
            ("B.E. 2568", "2025"),
            ("2568 BE", "2025"),
            ("ต้นปี 2568", "2025 early"),
            ("ปลายเดือนมกราคม 2568", "2025-01 late"),
            ("16 มกราคม 2568 เวลา 10.30 น.", "2025-01-16"),
            ("16/1/2568", "2025-01-16"),
        ],
    )
    def test_thai(self, text: str, expected: str) -> None:
        """Thai months, Thai digits and Buddhist Era years (CE = BE - 543)."""
        assert expected == str(parse_date(text))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2399", "2399"),
            ("2400", "1857"),
            ("พ.ศ. 2300", "1757"),
            ("16 ม.ค. 99", "2056-01-16"),
        ],
    )
    def test_buddhist_era_rule(self, text: str, expected: str) -> None:
        """Bare years from 2400 are BE; marked years always; two digits are 25xx."""
        assert expected == str(parse_date(text))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2025 January 16", "2025-01-16"),
            ("16-Jan-2025", "2025-01-16"),
            ("Thu, 16 Jan 2025 10:00:00 +0700", "2025-01-16"),
            ("2568 มกราคม 16", "2025-01-16"),
        ],
    )
    def test_other_shapes_fall_back_to_dateutil(self, text: str, expected: str) -> None:
        """Shapes without a pattern are read by dateutil, Thai words rewritten."""
        assert expected == str(parse_date(text))


class TestDayFirst:
    """Numeric dates are day first unless the switch says otherwise."""

    def test_default_is_day_first(self) -> None:
        """The documented default reads 16-1-2025 as 16 January."""
        assert DAY_FIRST is True
        assert PartialDate(year=2025, month=1, day=16) == parse_date("16-1-2025")

    def test_month_first(self) -> None:
        """``day_first=False`` reads 1/16/2025 as 16 January."""
        assert "2025-01-16" == str(parse_date("1/16/2025", day_first=False))

    def test_no_silent_swap(self) -> None:
        """A month out of range is refused, not swapped."""
        with pytest.raises(ParseError, match="1/16/2025"):
            parse_date("1/16/2025")

    def test_iso_is_always_year_first(self) -> None:
        """The switch does not touch ISO dates."""
        assert "2025-01-02" == str(parse_date("2025-01-02", day_first=False))


class TestRanges:
    """Every range shape in the issue."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("January 16-17", "--01-16/--01-17"),
            ("January 16–17, 2025", "2025-01-16/2025-01-17"),
            ("16-17 January 2025", "2025-01-16/2025-01-17"),
            ("16 to 17 January 2025", "2025-01-16/2025-01-17"),
            ("from 15 to 16 January, 2026", "2026-01-15/2026-01-16"),
            ("1st – 2nd February 2024", "2024-02-01/2024-02-02"),
            ("Jan 13-17", "--01-13/--01-17"),
            ("March-April 2021", "2021-03/2021-04"),
            ("between Sept 1 and Oct 10", "--09-01/--10-10"),
            ("between 1 and 3 March 2025", "2025-03-01/2025-03-03"),
            ("21 and 22 January 2021", "2021-01-21/2021-01-22"),
            ("February 9 and 10, 2023", "2023-02-09/2023-02-10"),
            ("16 และ 17 มกราคม 2568", "2025-01-16/2025-01-17"),
            ("30 January - 2 February 2025", "2025-01-30/2025-02-02"),
            ("30 December - 2 January 2025", "2024-12-30/2025-01-02"),
            ("December 2024 – March 2025", "2024-12/2025-03"),
            ("January 1, 2020 to January 10, 2020", "2020-01-01/2020-01-10"),
            ("2025-01-16 to 2025-01-17", "2025-01-16/2025-01-17"),
            ("2023-2024", "2023/2024"),
            ("early 2024 to mid-2025", "2024 early/2025 mid"),
            ("16-17 มกราคม 2568", "2025-01-16/2025-01-17"),
            ("16 ถึง 17 ม.ค. 68", "2025-01-16/2025-01-17"),
            ("ระหว่างวันที่ 16-17 มกราคม 2568", "2025-01-16/2025-01-17"),
            ("ระหว่าง 1 มี.ค. และ 3 เม.ย. 2568", "2025-03-01/2025-04-03"),
            ("2566-2567", "2023/2024"),
        ],
    )
    def test_shapes(self, text: str, expected: str) -> None:
        """The missing month or year of one end comes from the other."""
        assert expected == str(parse_range(text))

    def test_single_date_is_a_range_of_itself(self) -> None:
        """A single date comes back with ``end=None``."""
        assert DateRange(start=PartialDate(year=2026)) == parse_range("2026")

    def test_equal_ends_collapse(self) -> None:
        """A range from a date to itself is that date alone."""
        assert parse_range("2025 - 2025").end is None

    def test_end_before_start_is_refused(self) -> None:
        """A backwards range is a ParseError naming the text."""
        with pytest.raises(ParseError, match="2024 - 2023"):
            parse_range("2024 - 2023")

    def test_and_needs_between(self) -> None:
        """ "and" joins a range only after "between"."""
        with pytest.raises(ParseError):
            parse_range("Sept 1 and Oct 10")

    def test_parse_date_refuses_a_range(self) -> None:
        """A range is not a date; the message points to parse_range."""
        with pytest.raises(ParseError, match="parse_range"):
            parse_date("January 16-17")

    def test_yearless_range_across_new_year_needs_a_year(self) -> None:
        """Without a year or a reference, December 30 - January 2 cannot be ordered."""
        with pytest.raises(ParseError):
            parse_range("December 30 - January 2")
        expected = "2024-12-30/2025-01-02"
        assert expected == str(
            parse_range("December 30 - January 2", reference=REFERENCE)
        )


class TestYearless:
    """A date without a year takes the nearest year to the reference, or none."""

    def test_without_reference_stays_yearless(self) -> None:
        """No year is ever guessed."""
        assert PartialDate(month=1, day=16) == parse_date("January 16")

    @pytest.mark.parametrize(
        ("text", "reference", "expected"),
        [
            ("January 16", dt.date(2025, 1, 22), "2025-01-16"),
            ("December 28", dt.date(2025, 1, 3), "2024-12-28"),
            ("January 3", dt.date(2024, 12, 28), "2025-01-03"),
            ("July 1", dt.date(2025, 1, 1), "2025-07-01"),
            ("August 1", dt.date(2025, 1, 1), "2024-08-01"),
            ("November", dt.date(2025, 1, 3), "2024-11"),
            ("February 29", dt.date(2025, 3, 1), "2024-02-29"),
            ("mid-January", dt.date(2025, 12, 1), "2026-01 mid"),
            ("January", dt.date(2025, 1, 22), "2025-01"),
        ],
    )
    def test_nearest_year(self, text: str, reference: dt.date, expected: str) -> None:
        """The year is the one that puts the date nearest the reference."""
        assert expected == str(parse_date(text, reference=reference))

    def test_ties_go_to_the_earlier_year(self) -> None:
        """Equally near in both directions: the past wins."""
        # 2 July 2024 is 183 days after 1 January 2024 and before 1 January 2025.
        assert "2024-01-01" == str(
            parse_date("January 1", reference=dt.date(2024, 7, 2))
        )

    def test_datetime_reference(self) -> None:
        """A datetime reference counts as its date."""
        reference = dt.datetime(2025, 1, 22, 23, 59)
        assert "2025-01-21" == str(parse_date("yesterday", reference=reference))

    def test_range_through_29_february(self) -> None:
        """A yearless range through 29 February takes the nearest leap year."""
        assert "2024-02-29/2024-03-02" == str(
            parse_range("29 February - 2 March", reference=dt.date(2025, 3, 1))
        )

    def test_range_takes_one_year(self) -> None:
        """Both ends of a yearless range take the same nearest year."""
        assert "2025-01-16/2025-01-17" == str(
            parse_range("January 16-17", reference=REFERENCE)
        )


class TestRelative:
    """Relative dates against a fixed reference date (Wednesday 22 January 2025)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("today", "2025-01-22"),
            ("yesterday", "2025-01-21"),
            ("tomorrow", "2025-01-23"),
            ("the day before yesterday", "2025-01-20"),
            ("on Thursday", "2025-01-23"),
            ("Monday", "2025-01-20"),
            ("Sunday", "2025-01-19"),
            ("last Thursday", "2025-01-16"),
            ("last Wednesday", "2025-01-15"),
            ("next Wednesday", "2025-01-29"),
            ("this Friday", "2025-01-24"),
            ("this June", "2025-06"),
            ("last June", "2024-06"),
            ("next June", "2025-06"),
            ("next January", "2026-01"),
            ("last January", "2024-01"),
            ("last month", "2024-12"),
            ("this month", "2025-01"),
            ("next year", "2026"),
            ("last year", "2024"),
            ("yesterday (Jan 21)", "2025-01-21"),
            ("yesterday (Nov 7)", "2024-11-07"),
            ("วันนี้", "2025-01-22"),
            ("เมื่อวานนี้", "2025-01-21"),
            ("พรุ่งนี้", "2025-01-23"),
            ("วันพฤหัสบดี", "2025-01-23"),
            ("วันพฤหัสบดีที่แล้ว", "2025-01-16"),
            ("เดือนที่แล้ว", "2024-12"),
            ("ปีหน้า", "2026"),
            ("เดือนมกราคมหน้า", "2026-01"),
        ],
    )
    def test_dates(self, text: str, expected: str) -> None:
        """Each relative word resolves against the reference date."""
        assert expected == str(parse_date(text, reference=REFERENCE))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("last week", "2025-01-13/2025-01-19"),
            ("this week", "2025-01-20/2025-01-26"),
            ("next week", "2025-01-27/2025-02-02"),
            ("สัปดาห์ที่แล้ว", "2025-01-13/2025-01-19"),
        ],
    )
    def test_weeks_are_ranges(self, text: str, expected: str) -> None:
        """A week is the Monday-to-Sunday range."""
        assert expected == str(parse_range(text, reference=REFERENCE))

    @pytest.mark.parametrize(
        "text", ["today", "last Thursday", "next year", "on Thursday"]
    )
    def test_needs_a_reference(self, text: str) -> None:
        """Without a reference date a relative date is a ParseError saying so."""
        with pytest.raises(ParseError, match="reference"):
            parse_date(text)

    def test_explicit_date_in_parentheses_needs_no_reference(self) -> None:
        """ "yesterday (Nov 7)" names its date, so it reads without a reference."""
        assert "--11-07" == str(parse_date("yesterday (Nov 7)"))


class TestStrictness:
    """Strict by default, lenient on request."""

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "banana",
            "50th anniversary",
            "3:15 p.m.",
            "1.8 million",
            "5G",
            "Industry 4.0",
            "32 January 2025",
            "30 February 2024",
            "22 January 2025 and more",
            "0000",
            "16",
        ],
    )
    def test_refuses(self, text: str) -> None:
        """Anything but exactly one date is a ParseError naming the text."""
        with pytest.raises(ParseError, match="cannot read"):
            parse_date(text)

    def test_error_is_a_value_error(self) -> None:
        """ParseError is a ValueError, and says what was expected."""
        with pytest.raises(ValueError, match="expected a date such as"):
            parse_date("banana")

    def test_weekday_must_agree(self) -> None:
        """A weekday that contradicts the date is refused."""
        with pytest.raises(ParseError, match="Saturday, not a Friday"):
            parse_date("Friday, 3 February 2024")

    def test_not_a_string(self) -> None:
        """Non-strings are refused with a ParseError."""
        with pytest.raises(ParseError, match="str"):
            parse_date(20250116)  # type: ignore[arg-type]

    def test_fuzzy_skips_words(self) -> None:
        """``fuzzy=True`` returns the first date among other words."""
        text = "The forum, held on 22 January 2025 in Bangkok, closed."
        assert "2025-01-22" == str(parse_date(text, fuzzy=True))

    def test_fuzzy_range(self) -> None:
        """``parse_range(fuzzy=True)`` returns the first date or range."""
        text = "The meeting took place on January 16-17 in Bangkok."
        assert "--01-16/--01-17" == str(parse_range(text, fuzzy=True))

    def test_fuzzy_refuses_a_first_range(self) -> None:
        """A fuzzy parse_date whose first date is a range points to parse_range."""
        with pytest.raises(ParseError, match="parse_range"):
            parse_date("It ran January 16-17.", fuzzy=True)

    def test_fuzzy_with_nothing(self) -> None:
        """No date at all is a ParseError."""
        with pytest.raises(ParseError, match="found no date"):
            parse_date("Industry 4.0 and 5G for 1.8 million people", fuzzy=True)

    def test_fuzzy_relative_needs_reference(self) -> None:
        """A fuzzy read of only a relative date asks for a reference."""
        with pytest.raises(ParseError, match="reference"):
            parse_date("They may 5 meet, or met yesterday.", fuzzy=True)
        assert "2025-01-21" == str(
            parse_date("They met yesterday.", fuzzy=True, reference=REFERENCE)
        )


# -- round trips -----------------------------------------------------------------

STYLES = ("en-dmy", "en-mdy", "en-abbr", "en-upper", "th-full", "th-abbr", "th-be")


@st.composite
def partial_dates(draw: st.DrawFn, *, with_year: bool | None = None) -> PartialDate:
    """Any PartialDate with a four-digit CE year below 2400, or no year."""
    has_year = draw(st.booleans()) if with_year is None else with_year
    year = draw(st.integers(1000, 2399)) if has_year else None
    month = (
        draw(st.none() | st.integers(1, 12)) if has_year else draw(st.integers(1, 12))
    )
    day = None
    if month is not None and draw(st.booleans()):
        day = draw(st.integers(1, calendar.monthrange(year or 2000, month)[1]))
    qualifier = (
        None if day is not None else draw(st.none() | st.sampled_from(Qualifier))
    )
    return PartialDate(year=year, month=month, day=day, qualifier=qualifier)


_EN_QUALIFIER = {
    Qualifier.EARLY: "early ",
    Qualifier.MID: "mid-",
    Qualifier.LATE: "late ",
}
_TH_QUALIFIER = {Qualifier.EARLY: "ต้น", Qualifier.MID: "กลาง", Qualifier.LATE: "ปลาย"}


def render(date: PartialDate, style: str) -> str:
    """Write ``date`` the way news does, in one of ``STYLES``."""
    thai = style.startswith("th")
    year = None
    if date.year is not None:
        be = date.year + 543
        if style == "th-be" or (thai and be < 2400):
            year = f"พ.ศ. {be}"
        elif thai and style == "th-abbr" and date.month and 2500 <= be <= 2599:
            year = f"{be % 100:02d}"
        elif thai:
            year = str(be)
        else:
            year = str(date.year)
    month = None
    if date.month is not None:
        names = {
            "en-abbr": EN_ABBR,
            "th-full": TH_MONTHS,
            "th-be": TH_MONTHS,
            "th-abbr": TH_ABBR,
        }.get(style, EN_MONTHS)
        month = names[date.month - 1]
    if date.day is not None and style == "en-mdy":
        text = f"{month} {date.day}" + (f", {year}" if year else "")
    elif date.day is not None:
        text = f"{date.day} {month}" + (f" {year}" if year else "")
    else:
        text = " ".join(part for part in (month, year) if part)
    if date.qualifier is not None:
        if thai:
            unit = "เดือน" if date.month else "ปี"
            text = f"{_TH_QUALIFIER[date.qualifier]}{unit}{text}"
        else:
            text = _EN_QUALIFIER[date.qualifier] + text
    return text.upper() if style == "en-upper" else text


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Any DateRange whose ends both have a year or both have none."""
    with_year = draw(st.booleans())
    start = draw(partial_dates(with_year=with_year))
    end = draw(partial_dates(with_year=with_year))
    assume(start != end)
    try:
        return DateRange(start=start, end=end)
    except ValueError:
        assume(False)
        raise  # pragma: no cover


def render_range(value: DateRange, style: str, connector: str) -> str:
    """Write a range: compactly where news does, else as two full dates."""
    start, end = value.start, value.last
    thai = style.startswith("th")
    if (
        start.day is not None
        and end.day is not None
        and (start.year, start.month) == (end.year, end.month)
        and not thai
    ):
        whole = render(end, style)
        if style == "en-mdy":  # January 16-17, 2025
            month = whole.split(" ")[0]
            return whole.replace(
                f"{month} {end.day}", f"{month} {start.day}{connector}{end.day}"
            )
        return f"{start.day}{connector}{whole}"  # 16-17 January 2025
    return f"{render(start, style)}{connector}{render(end, style)}"


class TestRoundTrips:
    """``parse(render(x)) == x`` for every value and every rendering style."""

    @given(partial_dates(), st.sampled_from(STYLES))
    def test_dates(self, date: PartialDate, style: str) -> None:
        """Every PartialDate survives every style."""
        assert date == parse_date(render(date, style))

    @given(
        date_ranges(),
        st.sampled_from(STYLES),
        st.sampled_from([" - ", "-", " – ", " to "]),
    )
    def test_ranges(self, value: DateRange, style: str, connector: str) -> None:
        """Every DateRange survives every style and connector."""
        if style.startswith("th") and connector == " to ":
            connector = " ถึง "
        assert value == parse_range(render_range(value, style, connector))


class TestVocabulary:
    """The dates vocabulary agrees with the packaged reference data."""

    def test_thai_months_match_reference(self) -> None:
        """Thai month names and abbreviations equal reference.thai_months()."""
        reference = pytest.importorskip("thaidigital.reference")
        assert [(m.full, m.abbr) for m in reference.thai_months()] == list(
            zip(TH_MONTHS, TH_ABBR, strict=True)
        )
        for month in reference.thai_months():
            assert month.number == parse_date(f"1 {month.abbr} 2568").month
            assert month.number == parse_date(f"1 {month.full} 2568").month


class TestCache:
    def test_repeated_reads_share_values(self) -> None:
        """A short text read twice gives the same (immutable) value object."""
        first = parse_date("22 January 2025")
        assert first is parse_date("22 January 2025")

    def test_failures_are_not_cached(self) -> None:
        """A text that fails keeps failing with the same message."""
        for _ in range(2):
            with pytest.raises(ParseError, match="cannot read 'not a date'"):
                parse_date("not a date")

    def test_reference_is_part_of_the_key(self) -> None:
        """The same relative text against two references gives two dates."""
        one = parse_date("yesterday", reference=dt.date(2025, 1, 22))
        two = parse_date("yesterday", reference=dt.date(2026, 1, 22))
        assert (str(one), str(two)) == ("2025-01-21", "2026-01-21")

    def test_long_texts_are_not_cached(self) -> None:
        """Texts longer than the cache limit are read each time."""
        long = "22 January 2025" + " " * 80
        assert parse_date(long) == parse_date("22 January 2025")


class TestFastPath:
    @given(
        st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2399, 12, 31)),
        st.sampled_from(
            ["{d} {M} {y}", "{M} {d}, {y}", "{M}. {d} {y}", "{y}-{m:02d}-{dd:02d}"]
        ),
        st.sampled_from([str.lower, str.upper, str.title]),
        st.booleans(),
    )
    def test_fast_path_agrees_with_the_general_one(
        self, date, shape, case, short
    ) -> None:
        """The shortcut for common shapes gives exactly what the full parser gives."""
        from thaidigital.dates import _api

        name = calendar.month_name[date.month]
        month = case(name[:3] if short else name)
        text = shape.format(d=date.day, M=month, y=date.year, m=date.month, dd=date.day)
        fast = _api._fast(text)
        saved = _api._fast
        try:
            _api._fast = lambda _text: None
            slow = _api._read_strict(text, None, True, "a date")
        finally:
            _api._fast = saved
        assert fast is not None
        assert fast == slow
        assert str(slow) == date.isoformat()

    @pytest.mark.parametrize(
        "text", ["30 February 2025", "16 January 2568", "16 Janu 2025", "2025-13-01"]
    )
    def test_unusual_texts_take_the_general_path(self, text: str) -> None:
        """Impossible days, BE years and unknown words are left to the full parser."""
        from thaidigital.dates import _api

        assert _api._fast(text) is None


class TestCalendarEnds:
    """A reference date anywhere in the calendar, the years 1 and 9999
    included, gives a date or a ParseError, never a raw ValueError."""

    EXPRESSIONS = (
        "3 May",
        "29 February",
        "30 December - 2 January",
        "next week",
        "last December",
        "yesterday",
        "next year",
        "Monday",
    )

    @given(
        reference=st.one_of(
            st.dates(max_value=dt.date(12, 12, 31)),
            st.dates(min_value=dt.date(9988, 1, 1)),
            st.dates(),
        ),
        text=st.sampled_from(EXPRESSIONS),
    )
    def test_only_documented_errors(self, reference: dt.date, text: str) -> None:
        from thaidigital.dates import find_dates

        for read in (parse_date, parse_range):
            with contextlib.suppress(ParseError):
                read(text, reference=reference)
        find_dates(f"It ran {text} and on 3 May.", reference=reference)

    def test_a_yearless_date_near_the_last_year(self) -> None:
        assert PartialDate(year=9999, month=5, day=3) == parse_date(
            "3 May", reference=dt.date(9999, 12, 31)
        )

    def test_a_range_that_would_run_past_9999(self) -> None:
        with pytest.raises(ParseError, match="years 1 to 9999"):
            parse_range("next week", reference=dt.date(9999, 12, 31))

    def test_an_unknown_zone_word_does_not_warn(self) -> None:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert PartialDate(year=2025, month=1, day=16) == parse_date(
                "2025-01-16 10:00 ASCN"
            )


def test_a_reference_that_is_no_date_is_a_type_error():
    with pytest.raises(TypeError, match=r"reference must be a datetime\.date"):
        parse_date("yesterday", reference="2025-01-01")  # type: ignore[arg-type]
