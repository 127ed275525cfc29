"""Specification of ``thaidigital.dates.find_dates``: dates in running prose."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thaidigital import DateRange, PartialDate
from thaidigital.dates import DateMention, MentionKind, find_dates, parse_date

REFERENCE = dt.date(2025, 1, 22)

SEED_PROSE = (
    "BANGKOK, 22 January 2025 - The 5th ASEAN Digital Ministers' Meeting "
    "endorsed the ASEAN Online Scam Survey Report (2023-2024) and its "
    "recommendations. The meeting took place on January 16-17 in Bangkok. "
    "The Thailand Smart City Expo 2023, scheduled for November, confirmed "
    "the next meeting will be held in Vietnam in 2026."
)


def found(text: str, **kwargs: object) -> list[tuple[str, str, str]]:
    """(text, value, kind) of every mention, for compact expectations."""
    return [
        (m.text, str(m.value), m.kind.value)
        for m in find_dates(text, **kwargs)  # type: ignore[arg-type]
    ]


class TestFindDates:
    """Every date and range in prose, with spans that point back at the text."""

    def test_seed_article(self) -> None:
        """The seed article's dates, with the report's years as its period."""
        assert [
            ("22 January 2025", "2025-01-22", "date"),
            ("2023-2024", "2023/2024", "document_period"),
            ("January 16-17", "--01-16/--01-17", "range"),
            ("2023", "2023", "date"),
            ("November", "--11", "date"),
            ("2026", "2026", "date"),
        ] == found(SEED_PROSE)

    def test_reference_gives_years(self) -> None:
        """With a reference date, yearless mentions take the nearest year."""
        values = [str(m.value) for m in find_dates(SEED_PROSE, reference=REFERENCE)]
        assert "2025-01-16/2025-01-17" in values
        assert "2024-11" in values

    def test_spans(self) -> None:
        """Each mention's span slices its text out of the original."""
        for mention in find_dates(SEED_PROSE):
            assert mention.text == SEED_PROSE[mention.start : mention.end]

    def test_mention_record(self) -> None:
        """A mention is a frozen record of span, text, value and kind."""
        [mention] = find_dates("Signed on 16 ม.ค. 68.")
        assert (
            DateMention(
                start=10,
                end=20,
                text="16 ม.ค. 68",
                value=PartialDate(year=2025, month=1, day=16),
                kind=MentionKind.DATE,
            )
            == mention
        )

    def test_thai_prose(self) -> None:
        """Thai prose without spaces between words."""
        text = "การประชุมจัดขึ้นระหว่างวันที่ 16-17 มกราคม 2568 ณ กรุงเทพฯ"
        assert [
            ("ระหว่างวันที่ 16-17 มกราคม 2568", "2025-01-16/2025-01-17", "range")
        ] == found(text)

    def test_thai_digits_keep_offsets(self) -> None:
        """Thai digits are read without shifting any span."""
        text = "ประชุมวันที่ ๑๖ ม.ค. ๖๘"
        [mention] = find_dates(text)
        assert "2025-01-16" == str(mention.value)
        assert text[mention.start : mention.end] == mention.text

    def test_relative_needs_reference(self) -> None:
        """Relative mentions are skipped without a reference and found with one."""
        text = "Ministers met yesterday (Nov 7) and again last week."
        assert [("yesterday (Nov 7)", "--11-07", "date")] == found(text)
        with_reference = find_dates(text, reference=dt.date(2025, 11, 8))
        assert [
            ("yesterday (Nov 7)", "2025-11-07", True),
            ("last week", "2025-10-27/2025-11-02", True),
        ] == [(m.text, str(m.value), m.relative) for m in with_reference]

    def test_and_without_between(self) -> None:
        """Two dates joined by "and" are two dates, not a range."""
        assert [
            ("Sept 1", "--09-01", "date"),
            ("Oct 10", "--10-10", "date"),
        ] == found("They met Sept 1 and Oct 10.")

    def test_failed_range_keeps_its_first_date(self) -> None:
        """A range that does not hold still yields the date it starts with."""
        assert [("March 2024", "2024-03", "date"), ("2023", "2023", "date")] == found(
            "from March 2024 to 2023"
        )

    def test_day_first_switch(self) -> None:
        """Numeric dates in prose follow the same switch."""
        text = "Filed 1/16/2025."
        assert [] == found(text)
        assert [("1/16/2025", "2025-01-16", "date")] == found(text, day_first=False)

    def test_not_a_string(self) -> None:
        """Only text is searched."""
        with pytest.raises(TypeError):
            find_dates(b"2025")  # type: ignore[arg-type]


class TestWhatIsNotADate:
    """Numbers and words that look like dates but are not."""

    @pytest.mark.parametrize(
        "text",
        [
            "the 50th anniversary",
            "at 3:15 p.m. local time",
            "1.8 million people",
            "5G networks",
            "Industry 4.0 plans",
            "ministers may 16 march",
            "1500 participants",
            "scores of 3-1",
            "the 2020s",
            "version 2025.1",
            "US$2025",
        ],
    )
    def test_traps(self, text: str) -> None:
        """None of these is returned as a date."""
        assert [] == find_dates(text, reference=REFERENCE)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("the Scam Survey Report (2023-2024) says", "2023-2024"),
            ("the Digital Master Plan 2023-2027 says", "2023-2027"),
            ("the Report (2024) says", "2024"),
            ("แผนแม่บท 2566-2570", "2566-2570"),
        ],
    )
    def test_document_periods(self, text: str, expected: str) -> None:
        """Years naming a document's period are reported as such."""
        [mention] = find_dates(text)
        assert (expected, MentionKind.DOCUMENT_PERIOD) == (mention.text, mention.kind)

    def test_parenthesised_years_in_prose_are_ranges(self) -> None:
        """A year range in parentheses after a lower-case word is an event range."""
        [mention] = find_dates("the talks (2023-2024) ended")
        assert MentionKind.RANGE == mention.kind
        assert DateRange.parse("2023/2024") == mention.value


WORDS = (
    "The",
    "ministers",
    "met",
    "on",
    "in",
    "and",
    "agreed",
    "ASEAN",
    "5G",
    "1.8 million",
    "50th",
    "(",
    ")",
    "-",
    ",",
    "ประชุม",
    "ที่",
    "กรุงเทพฯ",
)


@st.composite
def prose(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Filler words with rendered dates between them; returns (text, dates)."""
    pieces: list[str] = []
    dates: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        pieces.extend(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)))
        year = draw(st.integers(1900, 2100))
        month = draw(st.integers(1, 12))
        day = draw(st.integers(1, 28))
        written = draw(
            st.sampled_from(
                [
                    f"{day} {('January', 'March', 'June', 'December')[month % 4]} {year}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day} ม.ค. {year + 543}",
                ]
            )
        )
        pieces.extend(("on", written, "and"))  # never two dates joined as a range
        dates.append(written)
    pieces.extend(draw(st.lists(st.sampled_from(WORDS), max_size=3)))
    return " ".join(pieces), dates


class TestProperties:
    """Spans point back at the text, and every written date is found."""

    @given(prose())
    def test_spans_and_values(self, case: tuple[str, list[str]]) -> None:
        """``text[m.start:m.end] == m.text``, and each date reads as parse_date does."""
        text, dates = case
        mentions = find_dates(text)
        for mention in mentions:
            assert mention.text == text[mention.start : mention.end]
        assert [str(parse_date(d)) for d in dates] == [
            str(m.value) for m in mentions if m.text in dates
        ]

    @given(
        st.text(alphabet="0123456789-–/., JanuryFebMchSptmbMay()ม.ค2568", max_size=80)
    )
    def test_any_text(self, text: str) -> None:
        """On any text, mentions are ordered, disjoint and sliced from the text."""
        end = 0
        for mention in find_dates(text, reference=REFERENCE):
            assert mention.start >= end
            assert mention.text == text[mention.start : mention.end]
            end = mention.end


PIECES = (
    "1",
    "12",
    "2025",
    "-",
    "–",
    " ",
    "Jan",
    "Janu",
    "ม.ค",
    "มกรา",
    "16 ",
    "/",
    ".",
    ",",
    "Sept",
    "th",
    "mid-",
    "to ",
    "(",
    "between ",
    "พ.ศ.",
    "1-1-",
)


@pytest.fixture(scope="module")
def adversarial() -> str:
    """About 1 MB of digits, dashes, month-name fragments and spaces."""
    rng = random.Random(20250122)
    text = "".join(rng.choice(PIECES) for _ in range(400_000))
    return text[:1_000_000]


@pytest.mark.usefixtures("untraced")
class TestLinearTime:
    """Adversarial near-misses cost time in proportion to their length."""

    def test_find_dates(self, adversarial: str) -> None:
        """find_dates reads 1 MB of near-matches well within 10 seconds."""
        started = time.perf_counter()
        find_dates(adversarial)
        assert time.perf_counter() - started < 10

    def test_fuzzy_parse(self, adversarial: str) -> None:
        """A fuzzy parse_date of 1 MB of near-matches is as bounded."""
        started = time.perf_counter()
        with contextlib.suppress(ValueError):
            parse_date(adversarial, fuzzy=True)
        assert time.perf_counter() - started < 10


class TestDayPairs:
    def test_and_joins_two_days_of_one_month(self) -> None:
        """ "on 21 and 22 January" is one two-day range, not the 22nd alone."""
        found = find_dates(
            "held online on 21 and 22 January and hosted from Kuala Lumpur"
        )
        assert [("21 and 22 January", "--01-21/--01-22")] == [
            (m.text, str(m.value)) for m in found
        ]

    def test_and_between_numbers_is_not_a_range(self) -> None:
        """ "3 and then" has no month, so nothing is read."""
        assert [] == find_dates("On 3 and then 4 occasions")
