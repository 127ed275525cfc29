"""The thaidigital command line."""

import json

import pytest

import thaidigital as td
from thaidigital.cli import main


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class TestSchema:
    def test_prints_schema(self, capsys):
        """`thaidigital schema Meeting` prints the model's JSON Schema."""
        status, out, _ = run(capsys, "schema", "Meeting")
        assert (0, td.json_schema(td.Meeting)) == (status, json.loads(out))

    @pytest.mark.parametrize(
        "name", ["meeting", "smart_city_program", "SmartCityProgram", "partialdate"]
    )
    def test_names_are_forgiving(self, capsys, name):
        """Model names match case-insensitively, with or without underscores."""
        assert 0 == run(capsys, "schema", name)[0]

    def test_unknown_model(self, capsys):
        """An unknown model is a usage error listing the choices."""
        with pytest.raises(SystemExit) as info:
            main(["schema", "Planet"])
        assert 2 == info.value.code
        assert (
            "unknown model 'Planet'; choose from Agreement" in capsys.readouterr().err
        )


class TestValidate:
    def test_good_and_bad_lines(self, capsys, tmp_path):
        """Every bad line is reported with its number; the exit status is 1."""
        path = tmp_path / "meetings.jsonl"
        good = td.to_json(td.Meeting(id="m", name="ADGMIN"))
        path.write_text(
            f'{good}\n{{"id": "x"}}\n\n{good}\n{{"id": "y", "name": "z", "ordinal": 0}}\n',
            encoding="utf-8",
        )
        status, out, err = run(capsys, "validate", str(path), "--type", "meeting")
        assert 1 == status
        assert f"{path}: 2 valid, 2 invalid Meeting records\n" == out
        assert (
            f"{path}:2: invalid Meeting document (1 problem):\n  required field missing @ $.name"
            in err
        )
        assert (
            f"{path}:5: invalid Meeting document (1 problem):\n  0 is not ≥ 1 @ $.ordinal"
            in err
        )

    def test_json_file_is_one_document(self, capsys, tmp_path):
        """A .json file is read as one (indented) document."""
        path = tmp_path / "extraction.json"
        path.write_text(
            td.to_json(td.Extraction(article_id="a"), indent=2), encoding="utf-8"
        )
        status, out, _ = run(capsys, "validate", str(path))
        assert (0, f"{path}: 1 valid, 0 invalid Extraction records\n") == (status, out)

    def test_missing_file(self, capsys, tmp_path):
        """A missing file is an error on stderr, not a traceback."""
        status, _, err = run(capsys, "validate", str(tmp_path / "nope.jsonl"))
        assert 1 == status
        assert "nope.jsonl: [Errno 2]" in err
