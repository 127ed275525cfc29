"""Speed and correctness of ``thaidigital.dates`` against dateparser and dateutil.

Run from the repository root::

    PYTHONPATH=src python benchmarks/dates.py [--repeats N]

Every expression (the shapes of issue 3, English and Thai) goes through the
three libraries in one run. Each call is timed alone with
``time.perf_counter_ns``; a library's figure for an expression is the median
of its repeats, and its overall figure the median over expressions.

Grading. An answer is right when it means the expected value:

* thaidigital returns typed values, compared exactly (``str`` of the
  ``PartialDate`` or ``DateRange``: the ISO prefix or interval).
* dateparser and dateutil return one ``datetime``, which cannot say "a month",
  "a year" or "a range". They are graded leniently: right when the expected
  value is a single date and their date falls inside it (so any day of
  November 2023 is right for "November 2023"); a range is never right.

All three get the same reference date (22 January 2025): dateparser as
``RELATIVE_BASE``, dateutil as ``default``; dateutil and dateparser read
numeric dates day first, as thaidigital does.

thaidigital remembers what it has read (news repeats its dates: a strict read
of a short text is cached, and the values it builds are interned), so the
"thaidigital" column is the cost of a date seen before. The "cold" column
clears those caches before every timed call: the cost of a date never seen
before. Both are reported; the goal of issue 3 (≥ 10× dateutil) is met only
by the first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
import warnings
from collections.abc import Callable
from typing import Any

import dateparser
from dateutil import parser as dateutil_parser

from thaidigital import DateRange, PartialDate
from thaidigital.dates import _api, _parse, parse_date, parse_range

REFERENCE = dt.date(2025, 1, 22)
REFERENCE_DATETIME = dt.datetime(2025, 1, 22)

# (expression, expected answer as ISO prefix or interval)
CASES: tuple[tuple[str, str], ...] = (
    # English single dates
    ("2025-01-16", "2025-01-16"),
    ("22 January 2025", "2025-01-22"),
    ("January 22, 2025", "2025-01-22"),
    ("Jan. 22", "2025-01-22"),
    ("22 Jan 2025", "2025-01-22"),
    ("16 JANUARY 2025", "2025-01-16"),
    ("17 JAN 2025", "2025-01-17"),
    ("Saturday, 3rd February 2024", "2024-02-03"),
    ("12:49 JST, December 18, 2023", "2023-12-18"),
    ("16-1-2025", "2025-01-16"),
    ("18/01/2026 15:11", "2026-01-18"),
    ("November 2023", "2023-11"),
    ("2026", "2026"),
    ("mid-2025", "2025 mid"),
    ("early 2024", "2024 early"),
    ("late 2023", "2023 late"),
    # English ranges
    ("January 16-17", "2025-01-16/2025-01-17"),
    ("January 16–17, 2025", "2025-01-16/2025-01-17"),
    ("16-17 January 2025", "2025-01-16/2025-01-17"),
    ("16 to 17 January 2025", "2025-01-16/2025-01-17"),
    ("from 15 to 16 January, 2026", "2026-01-15/2026-01-16"),
    ("1st – 2nd February 2024", "2024-02-01/2024-02-02"),
    ("Jan 13-17", "2025-01-13/2025-01-17"),
    ("March-April 2021", "2021-03/2021-04"),
    ("between Sept 1 and Oct 10", "2024-09-01/2024-10-10"),
    # Relative to the reference date
    ("today", "2025-01-22"),
    ("yesterday", "2025-01-21"),
    ("on Thursday", "2025-01-23"),
    ("last Thursday", "2025-01-16"),
    ("last week", "2025-01-13/2025-01-19"),
    ("this June", "2025-06"),
    ("next year", "2026"),
    ("yesterday (Jan 21)", "2025-01-21"),
    # Thai
    ("16 มกราคม 2568", "2025-01-16"),
    ("16 มกราคม พ.ศ. 2568", "2025-01-16"),
    ("15 มี.ค. 2567", "2024-03-15"),
    ("16 ม.ค. 68", "2025-01-16"),
    ("3 กุมภาพันธ์ 2567", "2024-02-03"),
    ("๑๖ ม.ค. ๒๕๖๘", "2025-01-16"),
    ("วันเสาร์ที่ 3 กุมภาพันธ์ 2567", "2024-02-03"),
    ("มกราคม 2568", "2025-01"),
    ("16-17 มกราคม 2568", "2025-01-16/2025-01-17"),
    ("เมื่อวานนี้", "2025-01-21"),
    ("สัปดาห์ที่แล้ว", "2025-01-13/2025-01-19"),
)


def run_thaidigital(text: str, expected: str) -> object:
    if "/" in expected:
        return parse_range(text, reference=REFERENCE)
    return parse_date(text, reference=REFERENCE)


def run_dateparser(text: str, expected: str) -> object:
    return dateparser.parse(
        text, settings={"RELATIVE_BASE": REFERENCE_DATETIME, "DATE_ORDER": "DMY"}
    )


def run_dateutil(text: str, expected: str) -> object:
    return dateutil_parser.parse(text, default=REFERENCE_DATETIME, dayfirst=True)


def clear_caches() -> None:
    _api._read_cached.cache_clear()
    _parse._interned.cache_clear()
    _parse._range.cache_clear()


def right(answer: object, expected: str) -> bool:
    if isinstance(answer, (PartialDate, DateRange)):
        return str(answer) == expected
    if not isinstance(answer, dt.datetime) or "/" in expected:
        return False
    wanted = PartialDate.parse(expected)
    return wanted.contains(answer.date())


def call(function: Callable[[str, str], object], text: str, expected: str) -> Any:
    try:
        return function(text, expected)
    except (ValueError, OverflowError, TypeError):
        return None


def time_one(
    function: Callable[[str, str], object],
    text: str,
    expected: str,
    repeats: int,
    before: Callable[[], None] | None = None,
) -> float:
    """Median microseconds of ``repeats`` separately timed calls."""
    samples = []
    for _ in range(repeats):
        if before is not None:
            before()
        started = time.perf_counter_ns()
        call(function, text, expected)
        samples.append(time.perf_counter_ns() - started)
    return statistics.median(samples) / 1000


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--repeats", type=int, default=301)
    arguments.add_argument("--verbose", action="store_true")
    options = arguments.parse_args()
    warnings.simplefilter("ignore")  # dateparser's deprecation chatter

    libraries: dict[str, tuple[Callable[[str, str], object], int, Any]] = {
        "thaidigital": (run_thaidigital, options.repeats, None),
        "thaidigital (cold)": (run_thaidigital, options.repeats, clear_caches),
        "dateutil": (run_dateutil, options.repeats, None),
        "dateparser": (run_dateparser, max(11, options.repeats // 10), None),
    }
    medians: dict[str, list[float]] = {name: [] for name in libraries}
    scores: dict[str, int] = dict.fromkeys(libraries, 0)
    for function, _, _ in libraries.values():  # warm up: compile, load languages
        for text, expected in CASES:
            call(function, text, expected)
    for text, expected in CASES:
        row = []
        for name, (function, repeats, before) in libraries.items():
            answer = call(function, text, expected)
            ok = right(answer, expected)
            scores[name] += ok
            micros = time_one(function, text, expected, repeats, before)
            medians[name].append(micros)
            row.append(f"{name}={micros:8.1f}µs {'ok ' if ok else 'BAD'} {answer}")
        if options.verbose:
            print(f"{text!r} -> {expected}")
            for cell in row:
                print("    " + cell)

    ours = statistics.median(medians["thaidigital"])
    print(f"{len(CASES)} expressions, reference date {REFERENCE}\n")
    print(f"{'library':<20} {'median µs/expr':>15} {'× thaidigital':>14} {'right':>8}")
    for name in libraries:
        median = statistics.median(medians[name])
        print(
            f"{name:<20} {median:>15.2f} {median / ours:>14.1f} "
            f"{scores[name]:>4}/{len(CASES)}"
        )


if __name__ == "__main__":
    main()
