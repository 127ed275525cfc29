"""JSON Schema generation: valid 2020-12 schemas that say what the models say."""

import jsonschema
import pytest

import thaidigital as td
from thaidigital.testing import STRATEGIES


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
def test_schema_is_valid_2020_12(cls):
    """Every model's schema is itself a valid draft 2020-12 schema."""
    schema = td.json_schema(cls)
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]
    jsonschema.Draft202012Validator.check_schema(schema)


def _errors(cls, data):
    validator = jsonschema.Draft202012Validator(td.json_schema(cls))
    return sorted(e.message for e in validator.iter_errors(data))


class TestSchemaContent:
    def test_required_and_closed(self):
        """Required fields are those without defaults; unknown keys are refused."""
        schema = td.json_schema(td.Meeting)
        assert ["id", "name"] == schema["required"]
        assert schema["additionalProperties"] is False
        assert _errors(td.Meeting, {"id": "m", "name": "x", "venue": "y"})

    def test_document_version(self):
        """Top-level documents may carry schema_version."""
        assert "schema_version" in td.json_schema(td.Meeting)["properties"]
        assert "schema_version" not in td.json_schema(td.Place)["properties"]

    def test_codes_are_enumerated(self):
        """Country and province codes come from the reference data."""
        defs = td.json_schema(td.Place)["$defs"]
        assert "TH-20" in defs["ProvinceCode"]["enum"]
        assert 78 == len(defs["ProvinceCode"]["enum"])
        assert "GB" in defs["CountryCode"]["enum"]
        assert "UK" not in defs["CountryCode"]["enum"]
        assert _errors(td.Place, {"name": "x", "country": "UK"})

    def test_ranges_from_validators(self):
        """Integer bounds in validators become minimum/maximum."""
        props = td.json_schema(td.Meeting)["$defs"]["Evidence"]["properties"]
        assert -1 == props["block"]["minimum"]
        assert {"minimum": 1, "type": "integer"} == td.json_schema(td.ListItem)[
            "properties"
        ]["number"]["anyOf"][0]

    def test_partial_date_pattern(self):
        """The date pattern accepts the ISO prefixes and refuses the rest."""
        assert not _errors(td.PartialDate, "2025-01-16")
        assert not _errors(td.PartialDate, "--01 early")
        assert _errors(td.PartialDate, "2025-13")
        assert _errors(td.PartialDate, "16 January 2025")

    def test_tagged_unions(self):
        """Parties are tagged by type, and the tag is required."""
        assert not _errors(
            td.Agreement,
            {
                "id": "g",
                "kind": "mou",
                "status": "signed",
                "parties": [{"type": "country", "code": "TH"}],
            },
        )
        assert _errors(
            td.Agreement,
            {"id": "g", "kind": "mou", "status": "signed", "parties": [{"code": "TH"}]},
        )

    def test_distinct_and_blank(self):
        """Repeated parties and blank names are refused by the schema too."""
        th = {"type": "country", "code": "TH"}
        assert _errors(
            td.Agreement,
            {"id": "g", "kind": "mou", "status": "signed", "parties": [th, th]},
        )
        assert _errors(td.Place, {"name": " "})

    def test_defaults_documented(self):
        """Defaults are stated in JSON terms."""
        props = td.json_schema(td.Quantity)["properties"]
        assert "exact" == props["qualifier"]["default"]
        assert [] == td.json_schema(td.Meeting)["properties"]["participants"]["default"]
