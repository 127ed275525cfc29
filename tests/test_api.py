"""The public surface: what `import thaidigital` promises."""

import doctest
import pathlib
import re
import subprocess
import sys

import pytest

import thaidigital as td

ROOT = pathlib.Path(__file__).resolve().parents[1]


class TestPublicNames:
    def test_all_is_sorted_and_importable(self):
        """__all__ is sorted (constants, classes, functions) and every name exists."""

        def group(name):
            return (not name.isupper(), not name[:1].isupper(), name)

        assert sorted(td.__all__, key=group) == td.__all__
        for name in td.__all__:
            assert hasattr(td, name), name

    def test_version(self):
        """__version__ comes from the installed metadata."""
        assert re.match(r"\d+\.\d+", td.__version__)

    def test_every_public_name_in_api_page(self):
        """The API page documents every name in thaidigital.__all__."""
        page = (ROOT / "docs" / "api.rst").read_text(encoding="utf-8")
        documented = set(re.findall(r"thaidigital\.(\w+)", page))
        missing = {n for n in td.__all__ if not n.startswith("__")} - documented
        assert set() == missing

    def test_optional_dependencies_stay_optional(self):
        """Importing thaidigital pulls in neither hypothesis nor jsonschema."""
        code = (
            "import sys, thaidigital as td; td.to_json(td.Country(code='TH')); "
            "td.reference.country('TH'); "
            "print(sorted(m for m in ('hypothesis', 'jsonschema', 'dateparser') if m in sys.modules))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == out.stdout.strip()

    def test_py_typed_ships(self):
        """The package is marked as typed."""
        assert (pathlib.Path(td.__file__).parent / "py.typed").is_file()


@pytest.mark.skipif(not (ROOT / "README.md").is_file(), reason="needs the source tree")
def test_readme_examples_run():
    """Every >>> example in the README runs and prints what it shows."""
    result = doctest.testfile(
        str(ROOT / "README.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.attempted > 0
    assert 0 == result.failed


def _public_callables():
    import enum
    import importlib
    import inspect

    for module_name in (
        "thaidigital",
        "thaidigital.reference",
        "thaidigital.dates",
        "thaidigital.parse",
        "thaidigital.serialize",
        "thaidigital.testing",
    ):
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            if inspect.isclass(obj) and issubclass(obj, enum.Enum):
                continue  # members are the documentation
            yield f"{module_name}.{name}", obj


@pytest.mark.parametrize(
    ("name", "obj"),
    list(_public_callables()),
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_every_public_callable_has_an_example(name, obj):
    """Every public function and class shows a runnable example in its docstring."""
    import inspect

    assert ">>>" in (inspect.getdoc(obj) or ""), name
