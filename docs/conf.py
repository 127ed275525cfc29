"""Sphinx configuration for thaidigital."""

import os
from importlib.metadata import version as _version

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
exclude_patterns = ["_build"]

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
