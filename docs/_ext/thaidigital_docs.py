"""Pages generated from the package at build time, and ``>>>`` blocks that run.

- ``_generated/reference-data.md``: a table per reference dataset, read through
  ``thaidigital.reference`` (so it shows what the lookups see), each followed
  by the sources of its CSV files, cut from ``reference/data/SOURCES.md``.
- ``_generated/schema-reference.md``: every field of every model, with its
  Python type, its JSON form (from ``thaidigital.json_schema``), its meaning
  (the class docstring's ``Attributes:`` section) and an example value read
  from the bundled seed articles by the library itself.
- Every Markdown code block that starts with ``>>>`` becomes a doctest, so the
  README example included into the index runs under ``-b doctest`` like the
  ``{doctest}`` blocks do.

Files are rewritten only when their text changes, so incremental builds stay
incremental. Nothing here needs the network.
"""

from __future__ import annotations

import enum
import inspect
import json
import pathlib
import re
import types
import typing
from collections.abc import Iterable
from typing import Any

import attrs
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

import thaidigital as td
from thaidigital import models, reference

GENERATED = "_generated"
DATA = pathlib.Path(reference.__file__).parent / "data"

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _write_if_changed(path: pathlib.Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _cell(value: Any) -> str:
    """A value as the text of one Markdown table cell."""
    if value is None or value in ((), ""):
        text = ""
    elif isinstance(value, bool):
        text = "yes" if value else ""
    elif isinstance(value, enum.Enum):
        text = str(value.value)
    elif isinstance(value, tuple | list):
        text = ", ".join(_cell(v) for v in value)
    else:
        text = str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    header = list(header)
    lines = [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------

# (title, records, columns, CSV files behind them, a sentence on the lookups)
_DATASETS: list[tuple[str, Any, tuple[str, ...], tuple[str, ...], str]] = [
    (
        "ASEAN members and dialogue partners",
        lambda: [
            c for c in reference.countries() if c.asean_member or c.dialogue_partner
        ],
        (
            "code",
            "code3",
            "name",
            "asean_member",
            "asean_joined",
            "dialogue_partner",
            "dialogue_partner_since",
            "variants",
        ),
        ("asean_members.csv", "dialogue_partners.csv"),
        "`reference.country(text)` / `get_country(text)`; the rows of "
        "`reference.countries()` that are ASEAN members or dialogue partners.",
    ),
    (
        "Countries (ISO 3166-1)",
        reference.countries,
        ("code", "code3", "name", "iso_name", "thai_names"),
        ("iso3166_1.csv", "iso3166_1_withdrawn.csv", "country_names.csv"),
        "`reference.country(text)` / `get_country(text)` / `countries()`; "
        "`is_country_code(code)`.",
    ),
    (
        "Thai provinces (ISO 3166-2:TH)",
        reference.provinces,
        ("code", "name", "common_name", "name_th", "region", "type", "variants"),
        ("th_provinces.csv",),
        "`reference.province(text)` / `get_province(text)` / `provinces()`; "
        "`is_province_code(code)`.",
    ),
    (
        "Organisations",
        reference.organizations,
        ("key", "name", "acronym", "name_th", "kind", "parent", "successor"),
        ("th_agencies.csv", "organizations.csv"),
        "`reference.organization(text)` / `get_organization(text)` / "
        "`organizations()`; the non-country rows of `dialogue_partners.csv` "
        "(EU, ITU, APT, ASEC) are organisations too.",
    ),
    (
        "ASEAN Smart Cities Network cities",
        reference.cities,
        ("name", "country", "province", "ascn_joined", "variants"),
        ("ascn_cities.csv",),
        "`reference.city(text)` / `get_city(text)` / `cities()`.",
    ),
    (
        "Meeting venues",
        lambda: [v for v in reference.venues() if v.ascn_joined is None],
        ("name", "country", "variants"),
        ("venues.csv",),
        "`reference.venue(text)` / `get_venue(text)` / `venues()`; the ASCN "
        "cities above are venues too and are not repeated here.",
    ),
    (
        "Meeting series",
        reference.meeting_series_all,
        ("key", "name", "variants"),
        ("meeting_series.csv",),
        "`reference.meeting_series(text)` / `get_meeting_series(text)` / "
        "`meeting_series_all()`.",
    ),
    (
        "Meetings",
        reference.meetings,
        (
            "series",
            "ordinal",
            "year",
            "start",
            "end",
            "city",
            "country",
            "chair",
            "format",
            "theme",
            "documents",
        ),
        ("adgmin_meetings.csv", "ascn_meetings.csv"),
        "`reference.meeting(series, ordinal)` / `get_meeting(series, ordinal)` "
        "/ `meetings()`.",
    ),
    (
        "Officeholders",
        reference.officeholders,
        ("name", "role", "country", "start", "end", "note"),
        ("officeholders.csv",),
        "`reference.officeholder(text)` / `get_officeholder(text)` / "
        "`officeholder_terms(text)` / `officeholders()`.",
    ),
    (
        "Smart-city dimensions",
        reference.smart_dimensions,
        ("key", "name", "name_th", "variants"),
        ("smart_dimensions.csv",),
        "`reference.smart_dimension(text)` / `get_smart_dimension(text)` / "
        "`smart_dimensions()`.",
    ),
    (
        "Thai month names",
        reference.thai_months,
        ("number", "full", "abbr"),
        ("thai_months.csv",),
        "`reference.thai_months()`; `thaidigital.dates` reads these names.",
    ),
]


def _sources_by_file() -> dict[str, str]:
    """Each CSV file's section of SOURCES.md, keyed by file name."""
    text = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    sections: dict[str, str] = {}
    current: str | None = None
    body: list[str] = []
    for line in text.splitlines():
        heading = re.match(r"#{2,6}\s+`?([\w.]+\.csv)`?\s*$", line)
        if heading or line.startswith("## "):
            if current is not None:
                sections[current] = "\n".join(body).strip()
            current = heading.group(1) if heading else None
            body = []
        elif current is not None:
            body.append(line)
    if current is not None:
        sections[current] = "\n".join(body).strip()
    return sections


def reference_data_page() -> str:
    sources = _sources_by_file()
    shipped = sorted(p.name for p in DATA.glob("*.csv"))
    covered = {f for _, _, _, files, _ in _DATASETS for f in files}
    covered.add("dialogue_partners.csv")
    missing = sorted(set(shipped) - covered)
    if missing:
        raise RuntimeError(f"reference data files with no docs table: {missing}")
    undocumented = sorted(set(shipped) - set(sources))
    if undocumented:
        raise RuntimeError(f"CSV files without a SOURCES.md section: {undocumented}")

    out = [
        "<!-- Generated by docs/_ext/thaidigital_docs.py at build time; "
        "do not edit. -->\n"
    ]
    for title, records, columns, files, lookups in _DATASETS:
        rows = list(records())
        out.append(f"## {title}\n")
        out.append(
            f"{len(rows)} records, from "
            + ", ".join(f"`{f}`" for f in files)
            + f". Look-ups: {lookups}\n"
        )
        out.append(_table(columns, ([getattr(r, c) for c in columns] for r in rows)))
        out.extend(f"\n**Source of `{n}`.**\n\n{sources[n]}\n" for n in files)
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Schema reference
# ---------------------------------------------------------------------------


def _type_name(tp: Any) -> str:
    """A Python annotation as a reader writes it: ``tuple[Evidence, ...]``."""
    if tp is type(None):
        return "None"
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_name(a) for a in typing.get_args(tp))
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return f"tuple[{_type_name(args[0])}, ...]"
        return "tuple[" + ", ".join(_type_name(a) for a in args) + "]"
    return getattr(tp, "__name__", str(tp))


def _ref_name(ref: str) -> str:
    name = ref.rsplit("/", 1)[-1]
    return name.removesuffix("Tagged")


def _json_form(schema: dict[str, Any]) -> str:
    """A JSON Schema fragment in a few words."""
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        if name == "CountryCode":
            return "country code"
        return f"{name} object" if name != "PartialDate" else "date string"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            parts = [_json_form(s) for s in schema[key]]
            return " or ".join(dict.fromkeys(parts))
    kind = schema.get("type")
    if kind == "array":
        items = _json_form(schema.get("items", {}))
        distinct = ", distinct" if schema.get("uniqueItems") else ""
        return f"array of {items}{distinct}"
    if "enum" in schema:
        values = schema["enum"]
        if len(values) > 6:
            return f"one of {len(values)} strings (`{values[0]}`, `{values[1]}`, …)"
        return "one of " + ", ".join(f"`{v}`" for v in values)
    if kind == "string" and schema.get("pattern", "").startswith("^(?:[0-9]{4}|-)"):
        return "date string"
    if kind in ("integer", "number"):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and high is not None:
            return f"{kind} {low}–{high}"
        if low is not None:
            return f"{kind} ≥ {low}"
        return str(kind)
    if kind == "string" and "pattern" in schema:
        return "non-blank string" if schema["pattern"].startswith("^\\S") else "string"
    return str(kind or "any")


def _attributes(cls: type[Any]) -> dict[str, str]:
    """The ``Attributes:`` section of a class docstring, name → meaning."""
    doc = inspect.cleandoc(cls.__doc__ or "")
    out: dict[str, str] = {}
    inside = False
    name = None
    for line in doc.splitlines():
        if line.strip() == "Attributes:":
            inside = True
            continue
        if not inside:
            continue
        if line and not line.startswith(" "):
            break  # the next section
        entry = re.match(r"    (\w+): ?(.*)$", line)
        if entry:
            name = entry.group(1)
            out[name] = entry.group(2).strip()
        elif line.strip() and name is not None:
            out[name] += " " + line.strip()
    return out


def _is_text(hint: Any) -> bool:
    args = set(typing.get_args(hint)) - {type(None)} or {hint}
    return args <= {str, tuple[str, ...]}


def _walk(obj: Any, seen: dict[Any, Any], fallback: dict[Any, Any]) -> None:
    """Remember the first non-empty value of every (class, field) met."""
    if isinstance(obj, tuple):
        for item in obj:
            _walk(item, seen, fallback)
        return
    if not attrs.has(type(obj)):
        return
    cls = type(obj)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        value = getattr(obj, field.name)
        if value is not None and value != ():
            seen.setdefault((cls, field.name), value)
            # A value of the same type and check may stand in for a field no
            # article fills (a country code, a date), but not for free text.
            if not _is_text(hints[field.name]) or "ISO" in repr(field.validator):
                key = (hints[field.name], repr(field.validator))
                fallback.setdefault(key, value)
        _walk(value, seen, fallback)


def _examples(srcdir: pathlib.Path) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """Values the library itself reads from the seeds and the labelled corpus."""
    from thaidigital._seeds import seed_files

    seen: dict[Any, Any] = {}
    fallback: dict[Any, Any] = {}
    corpus = srcdir.parent / "tests" / "extraction" / "corpus"
    for path in [*seed_files(), *sorted(corpus.glob("*.txt"))]:
        article = td.parse_article(path.read_text(encoding="utf-8"))
        _walk(article, seen, fallback)
        _walk(td.extract(article), seen, fallback)
    # Article fields only a caller gives (url, outlet) and a numbered list,
    # which no seed has: one small article, parsed the same way.
    extra = td.parse_article(
        "Digital park opens\n\n"
        "Its first tenants:\n1. A data centre.\n2. A training school.\n",
        url="https://example.org/news/digital-park",
        outlet="Example News",
    )
    _walk(extra, seen, fallback)
    return seen, fallback


def _compact(value: Any, budget: int = 70) -> str:
    """JSON text of ``value``, shortened with ``…`` to about ``budget`` chars."""
    full = json.dumps(value, ensure_ascii=False)
    if len(full) <= budget:
        return full
    if isinstance(value, list):
        return (
            "[" + _compact(value[0], budget - 5) + (", …]" if len(value) > 1 else "]")
        )
    if isinstance(value, dict):
        parts: list[str] = []
        used = 2
        for key, item in value.items():
            piece = f"{json.dumps(key)}: {_compact(item, max(budget - used - 8, 12))}"
            if used + len(piece) > budget and parts:
                parts.append("…")
                break
            parts.append(piece)
            used += len(piece) + 2
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, str):
        return json.dumps(value[: max(budget - 3, 8)] + "…", ensure_ascii=False)
    return full


def _example(cls: type[Any], field: attrs.Attribute, hint: Any, found: Any) -> str:
    seen, fallback = found
    value = seen.get((cls, field.name))
    if value is None:
        value = fallback.get((hint, repr(field.validator)))
    if value is None and field.default not in (None, (), attrs.NOTHING):
        value = field.default
    if value is None:
        for arg in typing.get_args(hint) or (hint,):
            if isinstance(arg, type) and issubclass(arg, enum.Enum):
                value = next(iter(arg))
                break
    if value is None:
        return "—"
    wire = td.make_converter().unstructure(value, hint)
    return "`" + _compact(wire).replace("`", "'").replace("|", "\\|") + "`"


def _model_classes() -> list[type[Any]]:
    return [getattr(models, n) for n in models.__all__ if attrs.has(getattr(models, n))]


def schema_reference_page(srcdir: pathlib.Path) -> str:
    found = _examples(srcdir)
    document_types = set(models.DOCUMENT_TYPES)
    out = [
        "<!-- Generated by docs/_ext/thaidigital_docs.py at build time; "
        "do not edit. -->\n"
    ]
    for cls in sorted(
        _model_classes(), key=lambda c: (c not in document_types, c.__name__)
    ):
        schema = td.json_schema(cls)
        hints = typing.get_type_hints(cls)
        meanings = _attributes(cls)
        summary = inspect.cleandoc(cls.__doc__ or "").splitlines()[0]
        out.append(f"## {cls.__name__}\n")
        out.append(f"{summary} API: {{class}}`~thaidigital.{cls.__name__}`.\n")
        if cls in document_types:
            out.append(
                'A top-level document: `to_dict` adds `"schema_version": '
                f'"{td.SCHEMA_VERSION}"` before the fields.\n'
            )
        if schema.get("type") != "object":
            out.append(
                f"On the wire it is not an object but a {schema.get('type')}: "
                f"{schema.get('description', '')}\n"
            )
        props = schema.get("properties", {})
        required = set(schema.get("required", ()))
        rows = []
        for field in attrs.fields(cls):
            prop = props.get(field.name)
            if prop is None:
                json_text, need = "(part of the string)", ""
            else:
                json_text = _json_form(prop)
                default = json.dumps(prop.get("default"))
                need = "required" if field.name in required else f"default `{default}`"
            python = _type_name(hints[field.name]).replace("|", "\\|")
            rows.append(
                [
                    f"`{field.name}`",
                    f"`{python}`<br>JSON: {json_text}"
                    + (f"<br>{need}" if need else ""),
                    meanings.get(field.name, ""),
                    _example(cls, field, hints[field.name], found),
                ]
            )
            if field.name not in meanings:
                raise RuntimeError(
                    f"{cls.__name__}.{field.name} has no entry under Attributes:"
                )
        out.append(
            "| field | type | meaning | example |\n"
            "| --- | --- | --- | --- |\n"
            + "\n".join("| " + " | ".join(r) + " |" for r in rows)
            + "\n"
        )
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Sphinx wiring
# ---------------------------------------------------------------------------


def _generate(app: Sphinx) -> None:
    folder = pathlib.Path(app.srcdir) / GENERATED
    _write_if_changed(folder / "reference-data.md", reference_data_page())
    _write_if_changed(
        folder / "schema-reference.md", schema_reference_page(pathlib.Path(app.srcdir))
    )


class DoctestFromCodeBlocks(SphinxTransform):
    """Mark every ``>>>`` code block of a Markdown page as a doctest."""

    default_priority = 500

    def apply(self, **kwargs: Any) -> None:
        if self.env.doc2path(self.env.docname).suffix != ".md":
            return
        for node in self.document.findall(nodes.literal_block):
            if "testnodetype" in node:
                continue
            if node.astext().lstrip().startswith(">>>"):
                node["testnodetype"] = "doctest"
                node["groups"] = ["default"]
                node.setdefault("options", {})


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _generate)
    app.add_transform(DoctestFromCodeBlocks)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


__all__ = ["reference_data_page", "schema_reference_page", "setup"]
