"""The models: construction-time validation, date forms, helpers."""

import datetime as dt

import attrs
import pytest
from hypothesis import given

import thaidigital as td
from thaidigital.models import DOCUMENT_TYPES
from thaidigital.testing import date_ranges, partial_dates

MODEL_CLASSES = [
    getattr(td.models, name)
    for name in td.models.__all__
    if attrs.has(getattr(td.models, name))
]


class TestShape:
    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    def test_frozen_slotted_keyword_only(self, cls):
        """Every model is frozen, slotted and keyword-only."""
        assert "__slots__" in cls.__dict__
        assert all(a.kw_only for a in attrs.fields(cls))
        params = attrs.fields(cls)
        assert cls.__setattr__ is not object.__setattr__
        assert params

    def test_cannot_mutate(self):
        """Assigning to a field raises."""
        place = td.Place(name="Bangkok")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            place.name = "Hanoi"  # type: ignore[misc]

    def test_documents_are_records(self):
        """The top-level document types are the five record kinds."""
        assert {c.__name__ for c in DOCUMENT_TYPES} == {
            "Article",
            "Meeting",
            "Agreement",
            "SmartCityProgram",
            "Extraction",
        }


class TestPartialDate:
    @given(partial_dates())
    def test_text_form_round_trips(self, d):
        """PartialDate.parse(str(d)) == d for every partial date."""
        assert td.PartialDate.parse(str(d)) == d

    @pytest.mark.parametrize(
        ("text", "precision"),
        [
            ("2025", "year"),
            ("2025-01", "month"),
            ("2025-01-16", "day"),
            ("--01-16", "day"),
            ("--02", "month"),
        ],
    )
    def test_precision(self, text, precision):
        """The precision is the finest unit written."""
        assert precision == td.PartialDate.parse(text).precision.value

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"year": 0}, "year: 0 is not in 1..9999"),
            ({"year": 2025, "month": 13}, "month: 13 is not in 1..12"),
            ({"year": 2025, "month": 2, "day": 29}, "day: 29 is not a day of 2025-02"),
            ({"year": 2025, "day": 3}, "day: a day needs a month"),
            ({}, "year: a date needs a year or a month"),
            (
                {"year": 2025, "month": 1, "day": 2, "qualifier": td.Qualifier.MID},
                "qualifier: a full date cannot be early, mid or late",
            ),
        ],
    )
    def test_impossible_dates_are_refused(self, kwargs, message):
        """Impossible dates raise InvalidValueError naming field and value."""
        with pytest.raises(td.InvalidValueError) as info:
            td.PartialDate(**kwargs)
        assert message == str(info.value)

    def test_yearless_leap_day(self):
        """29 February without a year exists in some year, so it is allowed."""
        assert "--02-29" == str(td.PartialDate(month=2, day=29))

    def test_wrong_type_is_a_type_error(self):
        """A string year is refused with TypeError, not silently kept."""
        with pytest.raises(TypeError, match="year must be an integer"):
            td.PartialDate(year="2025")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "25",
            "2025-1",
            "2025-01-16T10:00",
            "2025/01",
            "--",
            "2025 soon",
            "2025-02-30",
            "１２３４",
        ],
    )
    def test_parse_is_strict(self, text):
        """Only the canonical form parses."""
        with pytest.raises(td.ParseError):
            td.PartialDate.parse(text)

    def test_parse_refuses_non_strings(self):
        """A number is not a date string."""
        with pytest.raises(td.ParseError, match="expected an ISO 8601 date string"):
            td.PartialDate.parse(2025)  # type: ignore[arg-type]

    def test_bounds(self):
        """earliest/latest span the whole period, leap years included."""
        d = td.PartialDate(year=2024, month=2)
        assert (dt.date(2024, 2, 1), dt.date(2024, 2, 29)) == (d.earliest(), d.latest())
        y = td.PartialDate(year=2025, qualifier=td.Qualifier.LATE)
        assert (dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == (
            y.earliest(),
            y.latest(),
        )
        assert y.contains(dt.date(2025, 6, 1))
        assert not y.contains(dt.date(2026, 1, 1))

    def test_yearless_has_no_bounds(self):
        """A yearless date cannot be placed on the calendar."""
        with pytest.raises(td.InvalidValueError, match="has no year"):
            td.PartialDate(month=1, day=16).earliest()

    def test_helpers(self):
        """from_date, with_year and has_year do what they say."""
        d = td.PartialDate.from_date(dt.date(2025, 1, 16))
        assert td.PartialDate(year=2025, month=1, day=16) == d
        assert d == td.PartialDate(month=1, day=16).with_year(2025)
        assert d.has_year
        assert not td.PartialDate(month=1).has_year


class TestDateRange:
    @given(date_ranges())
    def test_text_form_round_trips(self, r):
        """DateRange.parse(str(r)) == r for every range."""
        assert td.DateRange.parse(str(r)) == r

    @pytest.mark.parametrize(
        ("start", "end", "message"),
        [
            (
                "2025-01-17",
                "2025-01-16",
                "end: 2025-01-16 is before the start 2025-01-17",
            ),
            (
                "2025-01-16",
                "2025-01-16",
                "end: equals start; leave end empty for a single date",
            ),
            ("--01-17", "--01-16", "end: --01-16 is before the start --01-17"),
            (
                "2025-01-16",
                "--01-17",
                "end: --01-17 and 2025-01-16 must both have a year or neither",
            ),
        ],
    )
    def test_bad_ranges_are_refused(self, start, end, message):
        """An end before the start, or equal to it, is refused."""
        with pytest.raises(td.InvalidValueError) as info:
            td.DateRange(
                start=td.PartialDate.parse(start), end=td.PartialDate.parse(end)
            )
        assert message == str(info.value)

    def test_coarse_end_overlapping_start_is_fine(self):
        """A month end may contain a day start: 2025-01-16/2025-01."""
        r = td.DateRange.parse("2025-01-16/2025-01")
        assert dt.date(2025, 1, 31) == r.latest()

    def test_single(self):
        """A single-date range has no end; its last date is its start."""
        d = td.PartialDate(year=2026)
        r = td.DateRange.single(d)
        assert (None, d, "2026") == (r.end, r.last, str(r))
        assert dt.date(2026, 1, 1) == r.earliest()

    @pytest.mark.parametrize("text", ["", "2025/", "/2025", "2025//2026", "2026/2025"])
    def test_parse_is_strict(self, text):
        """Malformed intervals raise ParseError."""
        with pytest.raises(td.ParseError):
            td.DateRange.parse(text)

    def test_parse_refuses_non_strings(self):
        """None is not an interval."""
        with pytest.raises(td.ParseError):
            td.DateRange.parse(None)  # type: ignore[arg-type]


class TestValues:
    @pytest.mark.parametrize(
        ("build", "message"),
        [
            (lambda: td.Place(name=""), "name: must not be blank"),
            (
                lambda: td.Place(name=" Bangkok"),
                "name: must not start or end with whitespace (' Bangkok')",
            ),
            (
                lambda: td.Place(name="X", province="TH-99"),
                "province: 'TH-99' is not an ISO 3166-2:TH province code",
            ),
            (
                lambda: td.Place(name="X", province="Chonburi"),
                "province: 'Chonburi' is not an ISO 3166-2:TH province code (did you mean 'TH-20'?)",
            ),
            (
                lambda: td.Place(name="X", country="th"),
                "country: 'th' is not an ISO 3166-1 alpha-2 country code (did you mean 'TH'?)",
            ),
            (
                lambda: td.Country(code="EU"),
                "code: 'EU' is not an ISO 3166-1 alpha-2 country code",
            ),
            (lambda: td.Quantity(value=float("nan")), "value: nan is not finite"),
            (
                lambda: td.Person(name="A", as_written="A"),
                "as_written: repeats name; leave it empty",
            ),
            (lambda: td.Evidence(block=-2, start=0, end=1), "block: -2 is not ≥ -1"),
            (
                lambda: td.Evidence(block=0, start=3, end=2),
                "end: 2 must be greater than start 3",
            ),
            (
                lambda: td.Paragraph(text="Hello: world", label="Hi"),
                "label: the text must start with 'Hi:'",
            ),
            (lambda: td.ListItem(text="x", number=0), "number: 0 is not ≥ 1"),
        ],
    )
    def test_bad_values_are_refused(self, build, message):
        """Each validator names the field and the bad value."""
        with pytest.raises(td.InvalidValueError) as info:
            build()
        assert message == str(info.value)

    @pytest.mark.parametrize(
        "build",
        [
            lambda: td.Quantity(value=True),
            lambda: td.Quantity(value="5"),
            lambda: td.Place(name=5),
            lambda: td.Country(code=None),
            lambda: td.Place(name="x", province=20),
            lambda: td.Article(id="a", title="t", blocks=["x"]),
            lambda: td.Article(id="a", title="t", blocks=[td.Heading(text="x")]),
        ],
    )
    def test_wrong_types_are_refused(self, build):
        """Values of the wrong type raise TypeError."""
        with pytest.raises(TypeError):
            build()

    def test_place_in_a_province_is_in_thailand(self):
        """A Thai province implies country TH."""
        assert "TH" == td.Place(name="Rayong", province="TH-21", country="TH").country
        with pytest.raises(td.InvalidValueError, match="is in 'TH', not 'ID'"):
            td.Place(name="Bali", province="TH-21", country="ID")


class TestArticle:
    ARTICLE = td.Article(
        id="a1",
        title="Digital future",
        blocks=(
            td.Heading(text="Key points:"),
            td.Paragraph(text="Cyber: CERT acknowledged.", label="Cyber"),
        ),
    )

    def test_quote(self):
        """quote() returns the words a span points at, in a block or the title."""
        assert "CERT" == self.ARTICLE.quote(td.Evidence(block=1, start=7, end=11))
        assert "future" == self.ARTICLE.quote(td.Evidence(block=-1, start=8, end=14))

    @pytest.mark.parametrize(
        ("evidence", "message"),
        [
            (
                td.Evidence(block=2, start=0, end=1),
                "block 2 is outside the article's 2 blocks",
            ),
            (
                td.Evidence(block=0, start=0, end=99),
                "span 0..99 is outside block 0, which has 11 characters",
            ),
        ],
    )
    def test_quote_outside(self, evidence, message):
        """A span outside its block raises IndexError, never a wrong quote."""
        with pytest.raises(IndexError) as info:
            self.ARTICLE.quote(evidence)
        assert message == str(info.value)

    def test_text(self):
        """text joins the blocks with blank lines."""
        assert "Key points:\n\nCyber: CERT acknowledged." == self.ARTICLE.text

    def test_bad_tags(self):
        """Each tag is checked, and the message says which."""
        with pytest.raises(td.InvalidValueError, match=r"tags\[1\]: must not be blank"):
            td.Article(id="a", title="t", tags=("ok", " "))


class TestRecords:
    def test_evidence_must_name_a_field(self):
        """Evidence that names a field the record lacks is refused."""
        ev = td.Evidence(block=0, start=0, end=1, field="venue")
        with pytest.raises(
            td.InvalidValueError, match="'venue' is not a field of Meeting"
        ):
            td.Meeting(id="m", name="x", evidence=(ev,))
        ok = td.Evidence(block=0, start=0, end=1, field="outcomes[1]")
        assert td.Meeting(id="m", name="x", evidence=(ok,)).evidence == (ok,)

    def test_agreement_parties_distinct(self):
        """An agreement cannot list the same party twice."""
        th = td.Country(code="TH")
        with pytest.raises(
            td.InvalidValueError, match=r"parties\[1\]: repeats an earlier item"
        ):
            td.Agreement(
                id="g",
                kind=td.AgreementKind.MOU,
                status=td.AgreementStatus.SIGNED,
                parties=(th, th),
            )

    def test_ordinal_at_least_one(self):
        """There is no 0th meeting."""
        with pytest.raises(td.InvalidValueError, match="ordinal: 0 is not ≥ 1"):
            td.Meeting(id="m", name="x", ordinal=0)

    def test_extraction_ids_unique(self):
        """Two records of an extraction cannot share an id."""
        m = td.Meeting(id="x", name="A")
        g = td.Agreement(
            id="x", kind=td.AgreementKind.MOU, status=td.AgreementStatus.SIGNED
        )
        with pytest.raises(
            td.InvalidValueError, match=r"agreements\[0\].id: id 'x' is used twice"
        ):
            td.Extraction(article_id="a", meetings=(m,), agreements=(g,))

    def test_extraction_meeting_reference(self):
        """An agreement's meeting must be in the same extraction."""
        g = td.Agreement(
            id="g",
            kind=td.AgreementKind.MOU,
            status=td.AgreementStatus.SIGNED,
            meeting="m",
        )
        with pytest.raises(td.InvalidValueError, match="no meeting with id 'm'"):
            td.Extraction(article_id="a", agreements=(g,))
        m = td.Meeting(id="m", name="A")
        assert td.Extraction(
            article_id="a", meetings=(m,), agreements=(g,)
        ).agreements == (g,)

    def test_program_counts_not_negative(self):
        """Member counts are never negative."""
        with pytest.raises(td.InvalidValueError, match="member_count_before: -1"):
            td.SmartCityProgram(
                id="p", name="x", scope=td.ProgramScope.REGIONAL, member_count_before=-1
            )

    def test_validator_reprs(self):
        """Validators have readable reprs, attrs style."""
        from thaidigital.models import _validators as v

        reprs = [
            repr(f)
            for f in (
                v.not_blank(),
                v.between(1, 2),
                v.at_least(0),
                v.finite(),
                v.country_code(),
                v.province_code(),
                v.optional(v.finite()),
                v.tuple_of(str),
                v.distinct(),
            )
        ]
        assert all(r.startswith("<") and "validator" in r for r in reprs)


@pytest.mark.parametrize(
    "build",
    [
        lambda: td.Paragraph(text=" " + "x" * 20_000),
        lambda: td.PartialDate.parse("y" * 20_000),
        lambda: td.Country(code="Q" * 20_000),
    ],
)
def test_an_error_quotes_a_long_value_cut_short(build):
    """The message names the bad value without repeating all of it."""
    with pytest.raises(td.ThaiDigitalError) as info:
        build()
    assert len(str(info.value)) < 300
    assert "characters)" in str(info.value)
