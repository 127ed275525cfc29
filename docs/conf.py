"""Sphinx configuration for thaidigital."""

import doctest
import os
import sys
from importlib.metadata import version as _version
from pathlib import Path

# docs/_ext/thaidigital_docs.py: the generated pages (reference data, schema
# reference) and ``>>>`` Markdown blocks run as doctests.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "thaidigital"
author = "The thaidigital authors"
copyright = "2026, The thaidigital authors"
release = _version("thaidigital")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "thaidigital_docs",
]
if os.environ.get("THAIDIGITAL_DOCS_INTERSPHINX"):
    # Off by default: the build must pass offline with -n -W.
    extensions.append("sphinx.ext.intersphinx")
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "cattrs": ("https://catt.rs/en/stable/", None),
    }

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
# _generated/ holds fragments written at build time and included by pages.
exclude_patterns = ["_build", "_generated"]

html_theme = "furo"
html_title = "thaidigital"

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

nitpicky = True
# Types from outside the project that cannot be linked without intersphinx.
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|typing|collections\.abc|enum|types|importlib)\..*"),
    (r"py:.*", r"(attrs|attr|cattrs|hypothesis)\..*"),
    (
        r"py:class",
        r"(str|int|float|bool|bytes|object|type|tuple|dict|list|None|Exception|ValueError|LookupError|TypeError|IndexError|Any|T|IO|Iterable|Iterator|Sequence|Mapping|Callable)",
    ),
    (
        r"py:class",
        r"(SearchStrategy|DrawFn|Traversable|StructureHook|UnstructureHook|Validator)",
    ),
    (r"py:class", r"thaidigital\..*\._[a-z_]+\..*"),
]

doctest_global_setup = "import thaidigital as td"
# Pages' examples are ``{doctest}`` blocks and ``>>>`` code blocks (marked by
# the thaidigital_docs extension). Docstring examples shown by autodoc are run
# by ``pytest --doctest-modules`` with their module's names in scope, so the
# doctest builder does not run them a second time out of context.
doctest_test_doctest_blocks = ""
# Unlike Sphinx's default, compare exception messages too: the validation
# pages promise what a bad document prints.
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1
)
