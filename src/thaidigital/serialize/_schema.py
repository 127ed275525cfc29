"""JSON Schema (2020-12) for every model, derived from the classes themselves."""

from __future__ import annotations

import enum
import functools
import inspect
import operator
import typing
from typing import Any

import attrs

from thaidigital import reference
from thaidigital.models import DOCUMENT_TYPES, PartialDate
from thaidigital.models import _validators as v
from thaidigital.serialize._converter import (
    TAGS,
    _is_homogeneous_tuple,
    _union_args,
)

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# The same language as PartialDate.parse, in ECMA-262 syntax.
_PARTIAL_DATE_PATTERN = (
    r"^(?:[0-9]{4}|-)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"
    r"(?: (?:early|mid|late))?$"
)
_NOT_BLANK_PATTERN = r"^\S(?:[\s\S]*\S)?$"
_SCHEMA_VERSION_PATTERN = r"^[0-9]+\.[0-9]+$"


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``cls`` as ``to_dict`` writes it.

    The schema states types, required fields, enums, unknown-key refusal and
    the per-field checks (ranges, codes, non-blank text, distinct items).
    Checks that span fields (a day that exists in its month, a range's end
    after its start) are enforced when a document is read, not in the schema.

    Example:
        >>> import thaidigital as td
        >>> schema = td.json_schema(td.Quantity)
        >>> schema["required"], schema["properties"]["qualifier"]["enum"][:2]
        (['value'], ['exact', 'approximate'])

    .. versionadded:: 0.1.0
    """
    builder = _Builder()
    root = builder.inline(cls)
    if cls in DOCUMENT_TYPES:
        root["properties"] = {
            "schema_version": {"type": "string", "pattern": _SCHEMA_VERSION_PATTERN},
            **root["properties"],
        }
    schema: dict[str, Any] = {"$schema": _DIALECT, **root}
    if builder.defs:
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


def _walk(validator: Any) -> list[Any]:
    """Flatten composed attrs validators into their parts."""
    if validator is None:
        return []
    if isinstance(validator, v._Optional):
        return _walk(validator.inner)
    inner = getattr(validator, "_validators", None)
    if inner is not None:
        return [leaf for part in inner for leaf in _walk(part)]
    return [validator]


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def inline(self, cls: type[Any]) -> dict[str, Any]:
        if cls is PartialDate:
            return self._partial_date()
        return self._object(cls, tag=None)

    def _partial_date(self) -> dict[str, Any]:
        return {
            "type": "string",
            "pattern": _PARTIAL_DATE_PATTERN,
            "description": "An ISO 8601 date or prefix: 2025, 2025-01, 2025-01-16, "
            "--01-16; optionally followed by ' early', ' mid' or ' late'.",
        }

    def _object(self, cls: type[Any], tag: str | None) -> dict[str, Any]:
        attrs.resolve_types(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if tag is not None:
            properties["type"] = {"const": tag}
            required.append("type")
        for a in attrs.fields(cls):
            properties[a.name] = self._field(a)
            if a.default is attrs.NOTHING:
                required.append(a.name)
        doc = inspect.getdoc(cls) or ""
        return {
            "title": cls.__name__,
            "description": doc.split("\n\n", 1)[0].replace("\n", " "),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def _model(self, cls: type[Any], tag: str | None = None) -> dict[str, Any]:
        name = cls.__name__ if tag is None else f"{cls.__name__}Tagged"
        if name not in self.defs:
            self.defs[name] = {}  # reserve: guards against recursion
            self.defs[name] = (
                self.inline(cls) if tag is None else self._object(cls, tag)
            )
        return self.ref(name)

    def _codes(self, name: str, codes: list[str], title: str) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {"title": title, "type": "string", "enum": sorted(codes)}
        return self.ref(name)

    def _field(self, a: attrs.Attribute[Any]) -> dict[str, Any]:
        schema = self._type(a.type, _walk(a.validator))
        default = a.default
        if default is attrs.NOTHING:
            return schema
        if isinstance(default, enum.Enum):
            default = default.value
        elif isinstance(default, tuple):
            default = list(default)
        return {**schema, "default": default}

    def _type(self, t: Any, checks: list[Any]) -> dict[str, Any]:
        args = _union_args(t)
        if type(None) in args:
            rest = [x for x in args if x is not type(None)]
            inner = self._type(functools.reduce(operator.or_, rest), checks)
            return {"anyOf": [inner, {"type": "null"}]}
        if args and all(x in TAGS for x in args):
            return {"oneOf": [self._model(x, TAGS[x]) for x in args]}
        if args and set(args) == {int, float}:
            return {"type": "number"}
        if _is_homogeneous_tuple(t):
            item_checks = [
                c.each for c in checks if isinstance(c, v._TupleOf) and c.each
            ]
            schema: dict[str, Any] = {
                "type": "array",
                "items": self._type(
                    typing.get_args(t)[0],
                    [leaf for c in item_checks for leaf in _walk(c)],
                ),
            }
            if any(isinstance(c, v._Distinct) for c in checks):
                schema["uniqueItems"] = True
            return schema
        if t is PartialDate:
            return self._partial_date()
        if attrs.has(t):
            return self._model(t)
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"type": "string", "enum": [m.value for m in t]}
        if t is str:
            return self._string(checks)
        if t is int:
            schema = {"type": "integer"}
            for c in checks:
                if isinstance(c, v._Between):
                    schema["minimum"] = c.low
                    if c.high is not None:
                        schema["maximum"] = c.high
            return schema
        if t is float:
            return {"type": "number"}
        if t is bool:
            return {"type": "boolean"}
        raise TypeError(f"no JSON Schema for {t!r}")  # pragma: no cover

    def _string(self, checks: list[Any]) -> dict[str, Any]:
        for c in checks:
            if isinstance(c, v._CountryCode):
                codes = [r.code for r in reference.countries()]
                return self._codes("CountryCode", codes, "ISO 3166-1 alpha-2 code")
            if isinstance(c, v._ProvinceCode):
                codes = [r.code for r in reference.provinces()]
                return self._codes("ProvinceCode", codes, "ISO 3166-2:TH code")
        if any(isinstance(c, v._NotBlank) for c in checks):
            return {"type": "string", "pattern": _NOT_BLANK_PATTERN}
        return {"type": "string"}
