"""Serialization: round trips, the wire format, and errors with paths."""

import io
import json
import re

import cattrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thaidigital as td
from thaidigital.testing import STRATEGIES

MODELS = list(STRATEGIES)


def _json_only(value):
    """True when value holds nothing but JSON types."""
    if value is None or isinstance(value, bool | str):
        return True
    if isinstance(value, int | float):
        return True
    if isinstance(value, list):
        return all(_json_only(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_only(v) for k, v in value.items())
    return False


class TestRoundTrips:
    @pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
    def test_every_model(self, cls):
        """dict and JSON round trips give back an equal value; dicts hold only
        JSON types and validate against the model's JSON Schema."""
        validator = jsonschema.Draft202012Validator(td.json_schema(cls))

        @settings(max_examples=60)
        @given(STRATEGIES[cls]())
        def check(x):
            data = td.to_dict(x)
            assert _json_only(data)
            assert x == td.from_dict(data, cls)
            assert x == td.from_json(td.to_json(x), cls)
            validator.validate(data)

        check()

    def test_every_model_has_a_strategy(self):
        """thaidigital.testing covers every attrs class in thaidigital.models."""
        import attrs

        classes = {getattr(td.models, n) for n in td.models.__all__}
        assert {c for c in classes if attrs.has(c)} == set(STRATEGIES)


class TestWireFormat:
    def test_partial_dates_are_iso_prefixes(self):
        """A PartialDate is its ISO 8601 prefix on the wire."""
        assert ["2025", "2025-01", "2025-01-16", "--01-16", "2025 mid"] == [
            td.to_dict(td.PartialDate.parse(s))
            for s in ["2025", "2025-01", "2025-01-16", "--01-16", "2025 mid"]
        ]

    def test_ranges_are_objects(self):
        """A DateRange is an object, so errors can point at .start or .end."""
        r = td.DateRange.parse("2025-01-16/2025-01-17")
        assert {"start": "2025-01-16", "end": "2025-01-17"} == td.to_dict(r)

    def test_enums_by_value_and_unions_tagged(self):
        """Enums are written by value; parties and blocks carry a "type" tag."""
        g = td.Agreement(
            id="g1",
            kind=td.AgreementKind.MOU,
            status=td.AgreementStatus.SIGNED,
            parties=(td.Country(code="TH"), td.Organization(name="ITU", acronym="ITU")),
        )
        data = td.to_dict(g)
        assert ("mou", "signed") == (data["kind"], data["status"])
        assert [
            {"type": "country", "code": "TH"},
            {"type": "organization", "name": "ITU", "acronym": "ITU", "country": None},
        ] == data["parties"]

    def test_every_field_written(self):
        """Nulls and empty lists are written, so records of a kind share keys."""
        assert {
            "schema_version": "1.0",
            "article_id": "a",
            "meetings": [],
            "agreements": [],
            "programs": [],
            "people": [],
        } == td.to_dict(td.Extraction(article_id="a"))

    def test_non_ascii_as_is(self):
        """Thai text is written as UTF-8 characters, not \\u escapes."""
        text = td.to_json(td.Place(name="กรุงเทพมหานคร", province="TH-10"))
        assert "กรุงเทพมหานคร" in text
        assert "\\u" not in text

    def test_indent(self):
        """to_json can indent for people."""
        assert td.to_json(td.Country(code="TH"), indent=2) == '{\n  "code": "TH"\n}'

    def test_configure_user_converter(self):
        """configure_converter teaches a user's own converter our format."""
        conv = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
        td.configure_converter(conv)
        r = td.DateRange.parse("2025-01/2025-02")
        assert r == conv.structure(conv.unstructure(r), td.DateRange)

    def test_global_converter_untouched(self):
        """Importing thaidigital registers nothing on cattrs' global converter."""
        assert cattrs.global_converter.unstructure(td.PartialDate(year=2025)) != "2025"


INVALID = [
    pytest.param(
        td.Country,
        {"code": 5},
        ["expected a string, got integer 5 @ $.code"],
        id="wrong-type",
    ),
    pytest.param(
        td.Quantity,
        {"value": "5"},
        ["expected a number, got string '5' @ $.value"],
        id="string-number",
    ),
    pytest.param(
        td.Quantity,
        {"value": True},
        ["expected a number, got boolean True @ $.value"],
        id="bool-number",
    ),
    pytest.param(
        td.ListItem,
        {"text": "x", "number": 1.0},
        ["expected an integer, got number 1.0 @ $.number"],
        id="float-int",
    ),
    pytest.param(
        td.Place,
        {"name": "X", "country": "ZZ"},
        ["'ZZ' is not an ISO 3166-1 alpha-2 country code @ $.country"],
        id="unknown-code",
    ),
    pytest.param(
        td.Place,
        {"name": "X", "province": "TH-99", "country": "XX"},
        [
            "'TH-99' is not an ISO 3166-2:TH province code @ $.province",
            "'XX' is not an ISO 3166-1 alpha-2 country code @ $.country",
        ],
        id="two-bad-codes",
    ),
    pytest.param(
        td.DateRange,
        {"start": "2025-02-30"},
        ["'2025-02-30' is not a valid date: day: 30 is not a day of 2025-02 @ $.start"],
        id="impossible-date",
    ),
    pytest.param(
        td.DateRange,
        {"start": "2025-01-17", "end": "2025-01-16"},
        ["2025-01-16 is before the start 2025-01-17 @ $.end"],
        id="reversed-range",
    ),
    pytest.param(
        td.Country,
        {"code": "TH", "name": "Thailand"},
        ["unknown field 'name' @ $"],
        id="extra-key",
    ),
    pytest.param(
        td.Meeting, {"id": "m"}, ["required field missing @ $.name"], id="missing-field"
    ),
    pytest.param(
        td.Meeting,
        {"id": "m", "name": "x", "kind": "party"},
        [
            "'party' is not one of 'ministerial', 'summit', 'bilateral', 'senior_officials', "
            "'network_meeting', 'working_level', 'conference', 'forum', 'expo', 'other' @ $.kind"
        ],
        id="bad-enum",
    ),
    pytest.param(
        td.Meeting,
        {"id": "m", "name": "x", "participants": "TH"},
        ["expected an array, got string 'TH' @ $.participants"],
        id="string-for-list",
    ),
    pytest.param(
        td.Meeting,
        {
            "id": "m",
            "name": "x",
            "participants": [{"code": "TH"}, {"type": "planet"}, 7],
        },
        [
            "required field missing @ $.participants[0].type",
            "'planet' is not one of 'country', 'organization' @ $.participants[1].type",
            "expected an object, got integer 7 @ $.participants[2]",
        ],
        id="bad-union-items",
    ),
    pytest.param(
        td.Extraction,
        {
            "article_id": "a",
            "meetings": [
                {"id": "m", "name": " ", "ordinal": 0, "when": {"start": "2025-13"}}
            ],
        },
        [
            "'2025-13' is not a valid date: month: 13 is not in 1..12 @ $.meetings[0].when.start",
            "must not be blank @ $.meetings[0].name",
            "0 is not ≥ 1 @ $.meetings[0].ordinal",
        ],
        id="nested-errors",
    ),
    pytest.param(
        td.Extraction,
        {
            "article_id": "a",
            "agreements": [
                {"id": "g", "kind": "mou", "status": "signed", "meeting": "m9"}
            ],
        },
        ["no meeting with id 'm9' in this extraction @ $.agreements[0].meeting"],
        id="dangling-meeting",
    ),
    pytest.param(
        td.Agreement,
        {
            "id": "g",
            "kind": "mou",
            "status": "signed",
            "parties": [
                {"type": "country", "code": "TH"},
                {"type": "country", "code": "TH"},
            ],
        },
        ["repeats an earlier item (Country(code='TH')) @ $.parties[1]"],
        id="repeated-party",
    ),
    pytest.param(
        td.Article,
        {
            "id": "a",
            "title": "t",
            "blocks": [{"type": "paragraph", "text": "A: b", "label": "B"}],
        },
        ["the text must start with 'B:' @ $.blocks[0].label"],
        id="label-not-prefix",
    ),
    pytest.param(
        td.Extraction,
        "x",
        ["expected an object for Extraction, got string 'x' @ $"],
        id="not-an-object",
    ),
    pytest.param(
        td.PartialDate,
        2025,
        ["expected an ISO 8601 date string, got integer 2025 @ $"],
        id="date-not-string",
    ),
]


class TestInvalidDocuments:
    @pytest.mark.parametrize(("cls", "data", "expected"), INVALID)
    def test_every_problem_with_its_path(self, cls, data, expected):
        """One DocumentError lists every problem as 'message @ $.path'."""
        with pytest.raises(td.DocumentError) as info:
            td.from_dict(data, cls)
        assert expected == list(info.value.errors)
        assert isinstance(info.value, ValueError)

    def test_cause_is_the_cattrs_group(self):
        """The cattrs exception group is kept for debugging."""
        with pytest.raises(td.DocumentError) as info:
            td.from_dict({"code": 5}, td.Country)
        assert isinstance(info.value.__cause__, cattrs.BaseValidationError)

    def test_message_lists_problems(self):
        """The message names the type and every problem."""
        with pytest.raises(td.DocumentError) as info:
            td.from_dict({"name": "X", "province": "TH-99", "country": "XX"}, td.Place)
        assert str(info.value).startswith("invalid Place document (2 problems):\n  ")

    def test_not_json(self):
        """Text that is not JSON is a DocumentError too."""
        with pytest.raises(
            td.DocumentError, match="not JSON: Expecting value at column 1"
        ):
            td.from_json("oops", td.Country)

    def test_not_utf8(self):
        """Bytes that are not UTF-8 are reported, not raised raw."""
        with pytest.raises(
            td.DocumentError, match=r"not UTF-8 text: invalid start byte @ \$"
        ):
            td.from_json(b'{"code": "\xff"}', td.Country)


class TestLimits:
    """Hostile documents give one documented error, never a raw one."""

    def test_nesting_too_deep(self):
        deep = "[" * 5000 + "]" * 5000
        with pytest.raises(td.DocumentError, match="nested deeper"):
            td.from_json('{"code": ' + deep + "}", td.Country)

    def test_a_number_too_long_to_read(self):
        with pytest.raises(td.DocumentError, match="over 4,300 digits"):
            td.from_json('{"value": ' + "9" * 5000 + "}", td.Quantity)

    def test_a_figure_too_large_for_a_number(self):
        with pytest.raises(
            td.DocumentError, match=r"too large .* @ \$\.quantity\.value"
        ):
            td.from_dict({"label": "x", "quantity": {"value": 10**400}}, td.Figure)
        with pytest.raises(td.InvalidValueError, match="too large"):
            td.Quantity(value=-(10**400))

    def test_a_version_of_any_length_is_compared_not_converted(self):
        with pytest.raises(td.SchemaVersionError, match="is newer than"):
            td.from_json('{"schema_version": "' + "9" * 5000 + '.0"}', td.Article)

    def test_a_number_too_long_to_write(self):
        meeting = td.Meeting(
            id="m",
            name="M",
            kind=td.MeetingKind.OTHER,
            status=td.MeetingStatus.HELD,
            ordinal=10**5000,
        )
        with pytest.raises(td.InvalidValueError, match="too long to write"):
            td.to_json(meeting)

    def test_not_json_names_the_line(self):
        with pytest.raises(td.DocumentError, match="at line 3, column 10"):
            td.from_json('{\n"id": "a",\n"title": }', td.Article)

    def test_a_key_given_twice(self):
        """The last of two values would win unseen (two schema versions
        too): the document is refused."""
        with pytest.raises(td.DocumentError, match="key 'code' given twice"):
            td.from_json('{"code": "TH", "code": "KH"}', td.Country)
        lines = io.StringIO('{"code": "TH"}\n{"code": "TH", "code": "KH"}\n')
        records = td.load_jsonl(lines, td.Country)
        assert next(records) == td.Country(code="TH")
        with pytest.raises(td.DocumentError, match="given twice") as info:
            next(records)
        assert info.value.line == 2

    def test_jsonl_bytes_that_are_not_utf8_in_a_text_file(self, tmp_path):
        path = tmp_path / "bad.jsonl"
        path.write_bytes(b'{"code": "TH"}\n{"code": "\xff"}\n')
        with (
            path.open(encoding="utf-8") as fp,
            pytest.raises(td.DocumentError, match="not UTF-8 text"),
        ):
            list(td.load_jsonl(fp, td.Country))
        with path.open("rb") as fp:
            records = td.load_jsonl(fp, td.Country)
            assert next(records) == td.Country(code="TH")
            with pytest.raises(td.DocumentError) as info:
                next(records)
        assert info.value.line == 2

    @pytest.mark.parametrize("mode", ["r", "rb"])
    def test_jsonl_with_a_byte_order_mark(self, tmp_path, mode):
        path = tmp_path / "bom.jsonl"
        path.write_bytes(b'\xef\xbb\xbf{"code": "TH"}\n')
        with path.open(mode) as fp:
            assert list(td.load_jsonl(fp, td.Country)) == [td.Country(code="TH")]

    def test_not_text_is_a_type_error(self):
        with pytest.raises(TypeError, match="must be str or bytes, not NoneType"):
            td.from_json(None, td.Article)  # type: ignore[arg-type]


class TestSchemaEvolution:
    """A newer minor version only adds optional fields: its documents load,
    the fields this library does not know left out and named in a warning.
    The library accepts exactly the version strings its JSON Schema allows."""

    def test_a_newer_minor_version_loads_with_a_warning(self):
        data = {"schema_version": "1.1", "article_id": "a1", "mood": "calm"}
        with pytest.warns(td.NewerSchemaWarning, match=r"'mood' @ \$"):
            record = td.from_dict(data, td.Extraction)
        assert record == td.Extraction(article_id="a1")

    def test_unknown_fields_of_this_version_are_still_refused(self):
        data = {"schema_version": "1.0", "article_id": "a1", "mood": "calm"}
        with pytest.raises(td.DocumentError, match="unknown field 'mood'"):
            td.from_dict(data, td.Extraction)

    def test_a_newer_minor_version_with_a_bad_value_is_refused(self):
        data = {"schema_version": "1.1", "article_id": 5, "mood": "calm"}
        with pytest.raises(td.DocumentError, match="expected a string"):
            td.from_dict(data, td.Extraction)

    @pytest.mark.parametrize("version", ["1", "1.0.0", "1.garbage", "v1.0", "١.٠"])
    def test_only_the_schemas_version_strings(self, version):
        data = {"schema_version": version, "article_id": "a1"}
        with pytest.raises(td.DocumentError, match="expected a version string"):
            td.from_dict(data, td.Extraction)
        schema = td.json_schema(td.Extraction)["properties"]["schema_version"]
        assert re.fullmatch(schema["pattern"].strip("^$"), version) is None


class TestSchemaVersion:
    def test_written_on_documents_only(self):
        """Records carry schema_version at the top; values do not."""
        assert "schema_version" in td.to_dict(td.Meeting(id="m", name="x"))
        assert "schema_version" not in td.to_dict(td.Place(name="x"))
        nested = td.to_dict(
            td.Extraction(article_id="a", meetings=(td.Meeting(id="m", name="x"),))
        )
        assert "schema_version" not in nested["meetings"][0]

    @pytest.mark.parametrize("version", ["1.0", "1.7"])
    def test_same_major_is_read(self, version):
        """Any minor version of our major version is read."""
        assert td.Meeting(id="m", name="x") == td.from_dict(
            {"schema_version": version, "id": "m", "name": "x"}, td.Meeting
        )

    def test_newer_major_is_refused(self):
        """A newer major version is refused with a message saying so."""
        with pytest.raises(
            td.SchemaVersionError,
            match=r"schema version 2\.0 is newer than this library's 1\.0",
        ):
            td.from_dict({"schema_version": "2.0", "id": "m", "name": "x"}, td.Meeting)

    @pytest.mark.parametrize("version", [2, "", "x.1", "١.0"])
    def test_malformed_version(self, version):
        """A version that is not 'MAJOR.MINOR' is a DocumentError."""
        with pytest.raises(td.DocumentError, match="expected a version string"):
            td.from_dict(
                {"schema_version": version, "id": "m", "name": "x"}, td.Meeting
            )


class TestJsonLines:
    def test_round_trip(self):
        """dump_jsonl then load_jsonl gives the records back, in order."""
        records = [td.Meeting(id=f"m{i}", name=f"Meeting {i}") for i in range(5)]
        buffer = io.StringIO()
        assert 5 == td.dump_jsonl(records, buffer)
        buffer.seek(0)
        assert records == list(td.load_jsonl(buffer, td.Meeting))

    def test_broken_line_in_the_middle(self):
        """A bad line raises with its line number after the good lines were yielded."""
        lines = [td.to_json(td.Country(code=c)) for c in ("TH", "VN")]
        text = "\n".join([lines[0], "", '{"code": "XX"}', lines[1]]) + "\n"
        got = []
        with pytest.raises(td.DocumentError) as info:
            got.extend(td.load_jsonl(io.StringIO(text), td.Country))
        assert [td.Country(code="TH")] == got
        assert 3 == info.value.line
        assert "on line 3" in str(info.value)

    def test_truncated_line(self):
        """A line cut off mid-record is reported with its number."""
        text = '{"code": "TH"}\n{"code": "V'
        records = td.load_jsonl(io.StringIO(text), td.Country)
        assert td.Country(code="TH") == next(records)
        with pytest.raises(td.DocumentError, match="on line 2"):
            next(records)

    def test_lazy(self):
        """load_jsonl reads one line at a time, not the whole stream."""
        consumed = []

        def lines():
            for i, code in enumerate(["TH", "VN", "LA"]):
                consumed.append(i)
                yield json.dumps({"code": code}) + "\n"

        first = next(td.load_jsonl(lines(), td.Country))
        assert (td.Country(code="TH"), [0]) == (first, consumed)

    @given(st.lists(STRATEGIES[td.Extraction](), max_size=3))
    @settings(max_examples=20)
    def test_property(self, records):
        """Any list of extractions survives JSONL."""
        buffer = io.StringIO()
        td.dump_jsonl(records, buffer)
        buffer.seek(0)
        assert records == list(td.load_jsonl(buffer, td.Extraction))
