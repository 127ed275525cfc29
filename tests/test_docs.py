"""The documentation tree: every page exists and the README's text is reused."""

import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

pytestmark = pytest.mark.skipif(
    not (DOCS / "index.md").is_file(), reason="needs the source tree"
)


def toctree_entries(page):
    """The documents a page's toctree blocks list."""
    text = page.read_text(encoding="utf-8")
    entries = []
    for block in re.findall(r"```\{toctree\}\n(.*?)```", text, re.S):
        stripped = (line.strip() for line in block.splitlines())
        entries += [line for line in stripped if line and not line.startswith(":")]
    return entries


def readme_fragment(name):
    """The README text between <!-- start-NAME --> and <!-- end-NAME -->."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(f"<!-- start-{name} -->(.*?)<!-- end-{name} -->", readme, re.S)
    assert match is not None, name
    return match.group(1)


class TestTree:
    def test_every_toctree_entry_exists(self):
        """Every document the index's toctrees list is a page in docs/."""
        entries = toctree_entries(DOCS / "index.md")
        assert len(entries) >= 13
        missing = [
            e
            for e in entries
            if not any((DOCS / f"{e}{s}").is_file() for s in (".md", ".rst"))
        ]
        assert [] == missing

    def test_every_page_is_in_the_toctree(self):
        """No page in docs/ is left out of the navigation."""
        pages = {p.stem for p in DOCS.glob("*.md")} | {
            p.stem for p in DOCS.glob("*.rst")
        }
        assert {"index"} == pages - set(toctree_entries(DOCS / "index.md"))

    def test_index_includes_readme_fragments(self):
        """The index includes the README's pitch, set-up and example by their markers."""
        index = (DOCS / "index.md").read_text(encoding="utf-8")
        for name in ("pitch", "setup", "example"):
            assert f":start-after: <!-- start-{name} -->" in index
            assert f":end-before: <!-- end-{name} -->" in index

    def test_readme_setup_has_the_two_commands(self):
        """The included set-up fragment holds the two set-up commands."""
        setup = readme_fragment("setup")
        assert "python -m pip install . && thaidigital demo" in setup
        assert 'python -m pip install -e ".[test]" && python -m pytest' in setup

    def test_generated_pages_are_included(self):
        """The reference-data and schema pages include their build-time tables."""
        for page, fragment in (
            ("reference-data.md", "_generated/reference-data.md"),
            ("schema.md", "_generated/schema-reference.md"),
        ):
            assert f"```{{include}} {fragment}" in (DOCS / page).read_text(
                encoding="utf-8"
            )


def load_ext():
    """docs/_ext/thaidigital_docs.py, which needs Sphinx (the docs extra)."""
    pytest.importorskip("sphinx")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "thaidigital_docs", DOCS / "_ext" / "thaidigital_docs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestGenerated:
    def test_schema_reference_lists_every_field(self):
        """Every field of every model has a row, with an example value."""
        ext = load_ext()
        import attrs

        from thaidigital import models

        page = ext.schema_reference_page(DOCS)
        for name in models.__all__:
            cls = getattr(models, name)
            if not attrs.has(cls):
                continue
            assert f"## {name}\n" in page
            section = page.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
            for field in attrs.fields(cls):
                row = next(
                    (
                        r
                        for r in section.splitlines()
                        if r.startswith(f"| `{field.name}` |")
                    ),
                    None,
                )
                assert row is not None, (name, field.name)
                assert not row.endswith("| — |"), (name, field.name)

    def test_reference_tables_cover_every_data_file(self):
        """Every packaged CSV file is cited under a generated table."""
        ext = load_ext()
        page = ext.reference_data_page()
        for path in ext.DATA.glob("*.csv"):
            assert f"`{path.name}`" in page
