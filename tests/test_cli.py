"""The thaidigital command line."""

import io
import json
import os
import subprocess
import sys

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


SEED = (
    "ASEAN ministers meet in Bangkok\n\n"
    "The 5th ASEAN Digital Ministerial Meeting took place on January 16-17 in Bangkok.\n"
)


class TestParse:
    def test_demo(self, capsys):
        """`thaidigital demo` prints each bundled seed with its extraction."""
        status, out, _ = run(capsys, "demo")
        results = json.loads(out)
        assert 0 == status
        assert 3 == len(results)
        assert {"file", "article", "extraction"} == set(results[0])
        adgmin = next(r for r in results if "adgmin5" in r["file"])
        assert "ADGMIN" == adgmin["extraction"]["meetings"][0]["series"]

    def test_parse_files_and_stdin(self, capsys, tmp_path, monkeypatch):
        """Files and '-' are read; jsonl gives one line per input."""
        path = tmp_path / "a.txt"
        path.write_text(SEED, encoding="utf-8")
        monkeypatch.setattr("sys.stdin", io.StringIO(SEED))
        status, out, _ = run(capsys, "parse", str(path), "-", "--format", "jsonl")
        lines = [json.loads(line) for line in out.splitlines()]
        assert (0, [str(path), "-"]) == (status, [r["file"] for r in lines])
        assert lines[0]["article"] == lines[1]["article"]

    def test_bad_file_does_not_stop_the_others(self, capsys, tmp_path):
        """A failing input is reported on stderr; the rest are still printed."""
        good = tmp_path / "good.txt"
        good.write_text(SEED, encoding="utf-8")
        empty = tmp_path / "empty.txt"
        empty.write_text("   \n", encoding="utf-8")
        status, out, err = run(capsys, "parse", str(empty), str(good))
        assert 1 == status
        assert [str(good)] == [r["file"] for r in json.loads(out)]
        assert err.startswith(f"thaidigital: {empty}: ")

    def test_output_file(self, capsys, tmp_path):
        """-o writes the whole result to a file, and nothing to stdout."""
        source = tmp_path / "a.txt"
        source.write_text(SEED, encoding="utf-8")
        target = tmp_path / "out.json"
        status, out, _ = run(
            capsys, "parse", str(source), "-o", str(target), "--outlet", "Test"
        )
        assert (0, "") == (status, out)
        assert (
            "Test"
            == json.loads(target.read_text(encoding="utf-8"))[0]["article"]["outlet"]
        )
        assert [target] == [p for p in tmp_path.iterdir() if p.suffix != ".txt"]

    def test_reference_date(self, capsys, tmp_path):
        """--reference-date gives yearless dates their year."""
        source = tmp_path / "a.txt"
        source.write_text(
            "Forum news\n\nThe Thailand Digital Forum took place on March 3 in Bangkok.\n",
            encoding="utf-8",
        )
        _, out, _ = run(capsys, "parse", str(source), "--reference-date", "2026-03-05")
        assert (
            "2026-03-03"
            == json.loads(out)[0]["extraction"]["meetings"][0]["when"]["start"]
        )

    def test_url_needs_one_file(self, capsys):
        """--url names one article, so several files are a usage error."""
        with pytest.raises(SystemExit):
            main(["parse", "--url", "https://example.org/a", "a.txt", "b.txt"])
        assert "--url names one article" in capsys.readouterr().err

    def test_closed_pipe(self, capsys, monkeypatch):
        """A reader that goes away ends the command quietly."""

        class Closed(io.StringIO):
            def write(self, text):
                raise BrokenPipeError

            def fileno(self):
                return sys.__stdout__.fileno()

        monkeypatch.setattr("os.dup2", lambda *args: None)
        monkeypatch.setattr("sys.stdout", Closed())
        # Its own status: not 1, which says an input failed.
        assert main(["demo"]) == 141

    def test_module_entry_point(self):
        """`python -m thaidigital` runs the same command line."""
        out = subprocess.run(
            [sys.executable, "-m", "thaidigital", "schema", "Country"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert '"title": "Country"' in out.stdout


class TestValidateResults:
    def test_parse_output_validates(self, capsys, tmp_path):
        """What `parse`/`demo` write is read back by `validate --type result`."""
        target = tmp_path / "demo.jsonl"
        assert 0 == main(["demo", "--format", "jsonl", "-o", str(target)])
        status, out, _ = run(capsys, "validate", str(target), "--type", "result")
        assert (0, f"{target}: 3 valid, 0 invalid parse result records\n") == (
            status,
            out,
        )
        whole = tmp_path / "demo.json"
        assert 0 == main(["demo", "-o", str(whole)])
        assert 0 == run(capsys, "validate", str(whole), "--type", "result")[0]

    def test_a_line_separator_inside_a_string_is_no_line(self, capsys, tmp_path):
        """JSON Lines part lines at newlines only: a result whose file name
        holds U+2028 is one valid record, not two broken ones."""
        source = tmp_path / "odd\u2028name.txt"
        source.write_text(
            "Cities sign a pact\n\nTen cities agreed to share data.",
            encoding="utf-8",
        )
        target = tmp_path / "out.jsonl"
        assert 0 == main(["parse", str(source), "--format", "jsonl", "-o", str(target)])
        status, out, _ = run(capsys, "validate", str(target), "--type", "result")
        assert (status, out) == (
            0,
            f"{target}: 1 valid, 0 invalid parse result records\n",
        )

    def test_bad_results_name_their_paths(self, capsys, tmp_path):
        """Problems inside a result point into its article or extraction."""
        path = tmp_path / "bad.jsonl"
        path.write_text(
            '{"file": "x", "article": {"id": "a"}, "extraction": {"article_id": ""}}\n'
            '{"file": "y"}\n'
            "not json\n",
            encoding="utf-8",
        )
        status, _, err = run(capsys, "validate", str(path), "--type", "result")
        assert 1 == status
        assert "required field missing @ $.article.title" in err
        assert "must not be blank @ $.extraction.article_id" in err
        assert (
            f"{path}:2: expected an object with file, article and extraction @ $" in err
        )
        assert f"{path}:3: not JSON" in err


class TestOutputAndExitStatus:
    def _article(self, tmp_path):
        source = tmp_path / "a.txt"
        source.write_text("Cities sign a pact\n\nTen cities agreed to share data.")
        return source

    def test_an_output_that_cannot_be_written(self, capsys, tmp_path):
        source = self._article(tmp_path)
        for target in (tmp_path / "missing" / "out.json", tmp_path):
            status, _, err = run(capsys, "parse", str(source), "-o", str(target))
            assert status == 3
            assert f"cannot write {str(target)!r}" in err
            assert "Traceback" not in err

    def test_no_output_when_no_input_was_read(self, capsys, tmp_path):
        target = tmp_path / "out.json"
        status, _, _ = run(
            capsys, "parse", str(tmp_path / "missing.txt"), "-o", str(target)
        )
        assert status == 1
        assert not target.exists()

    def test_the_output_takes_the_umask(self, capsys, tmp_path):
        source = self._article(tmp_path)
        target = tmp_path / "out.json"
        old = os.umask(0o022)
        try:
            assert run(capsys, "parse", str(source), "-o", str(target))[0] == 0
        finally:
            os.umask(old)
        assert target.stat().st_mode & 0o777 == 0o644
