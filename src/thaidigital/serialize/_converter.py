"""The library's cattrs converter: every wire decision in one place."""

from __future__ import annotations

import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_unstructure_fn

from thaidigital import models
from thaidigital.models import PartialDate
from thaidigital.serialize._problems import json_type

__all__ = ["TAGS", "configure_converter", "make_converter"]

#: The ``"type"`` tag of each member of a tagged union on the wire.
TAGS: Mapping[type[Any], str] = types.MappingProxyType(
    {
        models.Country: "country",
        models.Organization: "organization",
        models.Paragraph: "paragraph",
        models.Heading: "heading",
        models.ListItem: "list_item",
    }
)

_MODEL_TYPES: frozenset[type[Any]] = frozenset(
    getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))
)

_ENUM_TYPES: tuple[type[enum.Enum], ...] = tuple(
    obj
    for obj in (getattr(models, name) for name in models.__all__)
    if isinstance(obj, type) and issubclass(obj, enum.Enum)
)

StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]


def make_converter() -> cattrs.Converter:
    """Build a new converter configured for thaidigital's models.

    Example:
        >>> import thaidigital as td
        >>> conv = td.make_converter()
        >>> conv.unstructure(td.Country(code="TH"))
        {'code': 'TH'}

    .. versionadded:: 0.1.0
    """
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    configure_converter(converter)
    return converter


def configure_converter(converter: cattrs.Converter) -> None:
    """Teach ``converter`` thaidigital's wire format.

    Use it to add our hooks to a converter of your own; ``make_converter``
    calls it on a fresh one. The wire decisions, all made here:

    - **Partial dates** are ISO 8601 prefixes: ``"2025"``, ``"2025-01"``,
      ``"2025-01-16"``, ``"--01-16"`` without a year, with ``" early"``,
      ``" mid"`` or ``" late"`` appended for a qualifier. A ``DateRange`` is an
      object ``{"start": …, "end": …}``.
    - **Enums** are written by value (``"ministerial"``), and read back only
      from an exact value.
    - **Tuples** are JSON arrays; an array is required when reading (a string
      is not taken for a list of characters).
    - **Unions** (a party, an article block) are objects tagged by
      ``"type"``: ``{"type": "country", "code": "TH"}``; see :data:`~thaidigital.serialize.TAGS`.
    - **Every field is written**, ``null`` and ``[]`` included, so every
      record of a kind has the same keys.
    - **Unknown keys are refused**, and so is a missing required field.
    - **Primitives are strict**: ``"5"`` is not an integer, ``5`` is not a
      string, ``true`` is not a number.
    - **Non-ASCII text is written as is** by the JSON functions (UTF-8).
    - **Validation is complete**: reading collects every problem of a
      document, including every failing validator, before it raises.

    Hooks for containers and optional values are bound once, when a class is
    first seen, not looked up on every call.

    Args:
        converter: A ``cattrs.Converter``, preferably made with
            ``detailed_validation=True``.

    Example:
        >>> import cattrs, thaidigital as td
        >>> conv = cattrs.Converter(detailed_validation=True)
        >>> td.configure_converter(conv)
        >>> conv.structure({"type": "country", "code": "VN"}, td.Party)
        Country(code='VN')

    .. versionadded:: 0.1.0
    """
    for primitive, check in _PRIMITIVES.items():
        converter.register_structure_hook(primitive, check)
    converter.register_structure_hook(int | float, _structure_number)
    converter.register_unstructure_hook(int | float, _identity)
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_unstructure_hook(PartialDate, str)
    # Registered class by class: our enums are str subclasses, and a hook for
    # str would otherwise catch them first.
    for enum_type in _ENUM_TYPES:
        converter.register_structure_hook(enum_type, _enum_structure_hook(enum_type))
        converter.register_unstructure_hook(enum_type, _enum_value)
    converter.register_structure_hook_factory(
        _is_optional, lambda t: _optional_structure_factory(converter, t)
    )
    converter.register_unstructure_hook_factory(
        _is_optional, lambda t: _optional_unstructure_factory(converter, t)
    )
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda t: _tuple_structure_factory(converter, t)
    )
    converter.register_unstructure_hook_factory(
        _is_homogeneous_tuple, lambda t: _tuple_unstructure_factory(converter, t)
    )
    converter.register_structure_hook_factory(
        _is_tagged_union, lambda t: _union_structure_factory(converter, t)
    )
    converter.register_unstructure_hook_factory(
        _is_tagged_union, lambda t: _union_unstructure_factory(converter, t)
    )
    converter.register_structure_hook_factory(
        _is_model, lambda t: _model_structure_factory(converter, t)
    )
    converter.register_unstructure_hook_factory(
        _is_model, lambda t: _model_unstructure_factory(converter, t)
    )


# -- primitives ---------------------------------------------------------------


def _strict(expected: type[Any], label: str) -> StructureHook:
    def structure(value: Any, _: Any) -> Any:
        # bool is an int subclass; JSON keeps them apart, so do we.
        if type(value) is not expected:
            raise TypeError(f"expected {label}, got {json_type(value)} {value!r}")
        return value

    return structure


_PRIMITIVES: dict[type[Any], StructureHook] = {
    str: _strict(str, "a string"),
    int: _strict(int, "an integer"),
    bool: _strict(bool, "a boolean"),
}


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {json_type(value)} {value!r}")
    return float(value)


_PRIMITIVES[float] = _structure_float


def _structure_number(value: Any, _: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {json_type(value)} {value!r}")
    return value


def _identity(value: Any) -> Any:
    return value


def _structure_partial_date(value: Any, _: Any) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(
            f"expected an ISO 8601 date string, got {json_type(value)} {value!r}"
        )
    return PartialDate.parse(value)


# -- enums --------------------------------------------------------------------


def _enum_structure_hook(t: type[enum.Enum]) -> StructureHook:
    by_value = {member.value: member for member in t}
    expected = ", ".join(repr(v) for v in by_value)

    def structure(value: Any, _: Any) -> enum.Enum:
        try:
            return by_value[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not one of {expected}") from None

    return structure


def _enum_value(member: enum.Enum) -> Any:
    return member.value


# -- optional values ----------------------------------------------------------


def _union_args(t: Any) -> tuple[Any, ...]:
    if isinstance(t, types.UnionType) or typing.get_origin(t) is typing.Union:
        return typing.get_args(t)
    return ()


def _is_optional(t: Any) -> bool:
    args = _union_args(t)
    return type(None) in args and len(args) >= 2


def _without_none(t: Any) -> Any:
    rest = tuple(a for a in _union_args(t) if a is not type(None))
    return functools.reduce(operator.or_, rest)


def _optional_structure_factory(converter: cattrs.Converter, t: Any) -> StructureHook:
    inner = _without_none(t)
    hook = converter.get_structure_hook(inner)

    def structure(value: Any, _: Any) -> Any:
        return None if value is None else hook(value, inner)

    return structure


def _optional_unstructure_factory(
    converter: cattrs.Converter, t: Any
) -> UnstructureHook:
    hook = converter.get_unstructure_hook(_without_none(t))

    def unstructure(value: Any) -> Any:
        return None if value is None else hook(value)

    return unstructure


# -- tuples -------------------------------------------------------------------


def _is_homogeneous_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_structure_factory(converter: cattrs.Converter, t: Any) -> StructureHook:
    item_type = typing.get_args(t)[0]
    hook = converter.get_structure_hook(item_type)

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected an array, got {json_type(value)} {value!r}")
        items = []
        errors = []
        for index, item in enumerate(value):
            try:
                items.append(hook(item, item_type))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", ()),
                    IterableValidationNote(
                        f"Structuring item at index {index}", index, item_type
                    ),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return tuple(items)

    return structure


def _tuple_unstructure_factory(converter: cattrs.Converter, t: Any) -> UnstructureHook:
    hook = converter.get_unstructure_hook(typing.get_args(t)[0])
    if hook is _identity or typing.get_args(t)[0] in (str, int, float, bool):
        return list
    return lambda value: [hook(item) for item in value]


# -- tagged unions ------------------------------------------------------------


def _is_tagged_union(t: Any) -> bool:
    args = _union_args(t)
    return bool(args) and all(a in TAGS for a in args)


def _union_structure_factory(converter: cattrs.Converter, t: Any) -> StructureHook:
    members = {TAGS[cls]: cls for cls in _union_args(t)}
    hooks = {tag: converter.get_structure_hook(cls) for tag, cls in members.items()}
    expected = ", ".join(repr(tag) for tag in members)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {json_type(value)} {value!r}")
        tag = value.get("type")
        if tag not in members:
            problem = (
                KeyError("type")
                if "type" not in value
                else ValueError(f"{tag!r} is not one of {expected}")
            )
            problem.__notes__ = [AttributeValidationNote("the union tag", "type", str)]
            raise ClassValidationError(f"While structuring {t!r}", [problem], dict)
        rest = {key: item for key, item in value.items() if key != "type"}
        return hooks[tag](rest, members[tag])

    return structure


def _union_unstructure_factory(converter: cattrs.Converter, t: Any) -> UnstructureHook:
    hooks = {
        cls: (TAGS[cls], converter.get_unstructure_hook(cls)) for cls in _union_args(t)
    }

    def unstructure(value: Any) -> Any:
        tag, hook = hooks[type(value)]
        return {"type": tag, **hook(value)}

    return unstructure


# -- models -------------------------------------------------------------------


def _is_model(t: Any) -> bool:
    return t in _MODEL_TYPES


def _model_unstructure_factory(
    converter: cattrs.Converter, t: type[Any]
) -> UnstructureHook:
    attrs.resolve_types(t)
    return make_dict_unstructure_fn(t, converter)


def _with_note(exc: Exception, name: str, t: Any) -> Exception:
    exc.__notes__ = [
        *getattr(exc, "__notes__", ()),
        AttributeValidationNote(f"Structuring attribute {name}", name, t),
    ]
    return exc


def _field_problems(
    specs: list[tuple[str, Any, Any, Any, bool]], kwargs: dict[str, Any]
) -> list[Exception]:
    """Run each field's validator on its own, collecting every failure."""
    found: list[Exception] = []
    for key, attribute, _hook, key_type, _required in specs:
        if attribute.validator is None or key not in kwargs:
            continue
        try:
            attribute.validator(None, attribute, kwargs[key])
        except (TypeError, ValueError) as exc:
            found.append(_with_note(exc, key, key_type))
    return found


def _model_structure_factory(
    converter: cattrs.Converter, cls: type[Any]
) -> StructureHook:
    """Structure a model, collecting every problem before raising.

    Type errors of all fields are gathered first. If the constructor refuses
    the values, each field's validator is run on its own so that every bad
    field is reported, not just the first attrs happened to check.
    """
    attrs.resolve_types(cls)
    fields = attrs.fields(cls)
    specs = [
        (
            a.name,
            a,
            converter.get_structure_hook(a.type),
            a.type,
            a.default is attrs.NOTHING,
        )
        for a in fields
    ]
    known = frozenset(a.name for a in fields)
    name = cls.__name__

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(
                f"expected an object for {name}, got {json_type(value)} {value!r}"
            )
        kwargs: dict[str, Any] = {}
        errors: list[Exception] = []
        for key, _attribute, hook, key_type, required in specs:
            if key not in value:
                if required:
                    errors.append(_with_note(KeyError(key), key, key_type))
                continue
            try:
                kwargs[key] = hook(value[key], key_type)
            except Exception as exc:
                errors.append(_with_note(exc, key, key_type))
        extra = value.keys() - known
        if extra and converter.forbid_extra_keys:
            errors.append(ForbiddenExtraKeysError("", cls, set(extra)))
        if not errors:
            try:
                return cls(**kwargs)
            except (TypeError, ValueError) as exc:
                errors = _field_problems(specs, kwargs) or [exc]
        else:
            errors.extend(_field_problems(specs, kwargs))
        raise ClassValidationError(f"While structuring {name}", errors, cls)

    return structure
